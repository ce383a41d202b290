"""Cloning keeps content and renews ids consistently."""

from __future__ import annotations

from editor.model.copying import clone_node, clone_note
from editor.model.tree import Note
from editor.model.values import KpiList, Thresholds
from editor.model.xmlio import note_from_bytes, note_to_bytes
from tests.model.builders import small_note


def test_clone_node_renews_every_id_and_keeps_threshold_links():
    note = small_note()
    original = note.objectives[0]
    plan = original.children[0].children[1]
    kpis = plan.fields["kpis"]
    thresholds = plan.fields["thresholds"]
    assert isinstance(kpis, KpiList) and isinstance(thresholds, Thresholds)
    thresholds.kpi = kpis.items[0].id
    twin = clone_node(original)
    old_ids = {node.id for node in original.walk()}
    assert not old_ids & {node.id for node in twin.walk()}
    twin_plan = twin.children[0].children[1]
    twin_kpis = twin_plan.fields["kpis"]
    twin_thresholds = twin_plan.fields["thresholds"]
    assert isinstance(twin_kpis, KpiList) and isinstance(twin_thresholds, Thresholds)
    assert twin_thresholds.kpi == twin_kpis.items[0].id != kpis.items[0].id
    assert twin.title.fr == original.title.fr
    note.objectives.append(twin)
    assert isinstance(note_from_bytes(note_to_bytes(note)), Note)


def test_clone_note_is_independent():
    note = small_note()
    twin = clone_note(note)
    twin.objectives[0].title.fr = "Autre"
    assert note.objectives[0].title.fr != "Autre"
    assert twin.objectives[0].id == note.objectives[0].id


def test_new_note_from_the_skeleton_gets_fresh_ids_and_this_session():
    from datetime import date

    from editor.model.copying import note_from_template
    from editor.model.labels import NodeKind
    from editor.model.resources import NEW_NOTE
    from editor.model.xmlio import load_note

    skeleton = load_note(NEW_NOTE)
    first = note_from_template(skeleton, date(2030, 5, 4))
    second = note_from_template(skeleton, date(2030, 5, 4))
    assert first.id != second.id != skeleton.id
    assert {n.id for n in first.walk()}.isdisjoint(n.id for n in second.walk())
    assert (first.title.session_year, first.title.budget_year) == (2030, 2031)
    years = {node.kind: node.year for node in first.walk() if node.year is not None}
    assert years == {NodeKind.REALISATION: 2030, NodeKind.PLANNING: 2031}
    assert isinstance(note_from_bytes(note_to_bytes(first)), Note)

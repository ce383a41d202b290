"""Structure edits of chapter IV: add, move, reparent, delete, optional fields, confirmation."""

from __future__ import annotations

import pytest

from editor.model.bitext import BiText, Lang
from editor.model.edits import set_text
from editor.model.labels import NodeKind, Template
from editor.model.numbering import heading, numbering
from editor.model.structure import (
    StructureError,
    add_node,
    completeness,
    delete_node,
    has_content,
    insertion_point,
    make_node,
    mark_up_to_date,
    move_node,
    reparent,
    required_slots,
    set_optional_field,
)
from editor.model.tree import Note
from tests.editor.windowkit import built_note


def headings(note: Note, lang: Lang) -> list[str]:
    paths = numbering(note)
    return [heading(node, paths[node.id], lang) for node in note.walk()]


def test_new_template_b_objective_arrives_with_last_year_and_next_year_blocks() -> None:
    note = Note()
    note.title.budget_year = 2027
    oo = make_node(note, NodeKind.OO, Template.B)
    assert [(child.kind, child.year) for child in oo.children] == [
        (NodeKind.REALISATION, 2026),
        (NodeKind.PLANNING, 2027),
    ]
    planning = oo.children[1]
    assert {"kpis", "thresholds", "deadline", "means"} <= set(planning.fields)


def test_add_oo_after_the_selected_oo_renumbers_in_both_languages() -> None:
    note = built_note()
    first_oo = note.objectives[0].children[0]
    edit, node = add_node(note, first_oo, NodeKind.OO, Template.B)
    edit.apply()
    assert note.objectives[0].children[1] is node
    assert headings(note, Lang.FR)[note_index(note, node)].startswith("IV.1.2. OO 1.2. :")
    assert headings(note, Lang.NL)[note_index(note, node)].startswith("IV.1.2. OD 1.2. :")
    edit.revert()
    assert node not in note.objectives[0].children


def note_index(note: Note, target: object) -> int:
    return next(i for i, node in enumerate(note.walk()) if node is target)


def test_insertion_point_climbs_to_an_ancestor_that_accepts_the_kind() -> None:
    note = built_note()
    realisation = note.objectives[0].children[0].children[0]
    parent, index = insertion_point(note, realisation, NodeKind.OO)
    assert parent is note.objectives[0] and index == 1
    assert insertion_point(note, realisation, NodeKind.OS) == (None, 1)
    with pytest.raises(StructureError):
        insertion_point(note, realisation, NodeKind.ITEM)  # a template-B OO holds no items


def test_move_and_reparent_follow_child_kinds() -> None:
    note = built_note()
    first, second = note.objectives
    oo_b, oo_a = first.children
    move_node(note, oo_a, -1).apply()
    assert first.children == [oo_a, oo_b]
    with pytest.raises(StructureError):
        move_node(note, oo_a, -1)
    reparent(note, oo_b, second, 0).apply()
    assert second.children == [oo_b]
    assert "IV.2.1. OD 2.1. : Snelheid verminderen" in headings(note, Lang.NL)
    assert "IV.2.1. OO 2.1. : Réduire la vitesse" in headings(note, Lang.FR)
    with pytest.raises(StructureError):
        reparent(note, oo_b.children[0], oo_a, 0)  # a template-A OO holds no year blocks
    with pytest.raises(StructureError):
        reparent(note, second, oo_b, 0)  # an OS never goes under an OO


def test_delete_knows_when_content_would_be_lost() -> None:
    note = built_note()
    second = note.objectives[1]
    second.title = BiText()
    assert not has_content(second)
    assert has_content(note.objectives[0])
    edit = delete_node(note, second)
    edit.apply()
    assert len(note.objectives) == 1
    edit.revert()
    assert note.objectives[1] is second


def test_optional_field_added_then_removed_keeps_spec_order() -> None:
    note = built_note()
    oo_a = note.objectives[0].children[1]
    keys_before = list(oo_a.fields)
    add = set_optional_field(oo_a, "partners", True)
    add.apply()
    assert "partners" in oo_a.fields
    remove = set_optional_field(oo_a, "partners", False)
    remove.apply()
    assert list(oo_a.fields) == keys_before
    with pytest.raises(StructureError):
        set_optional_field(oo_a, "description", False)


def test_mark_up_to_date_confirms_every_edited_text_in_one_step() -> None:
    note = built_note()
    oo = note.objectives[0].children[0]
    oo.title.confirm()
    set_text(oo.title, Lang.FR, "Réduire la vitesse à 30 km/h").apply()
    description = oo.children[1].text("description")
    description.fr, description.nl = "Zones 30 généralisées", "Zones 30 veralgemeend"
    assert oo.title.stale_langs() == (Lang.NL,)
    edit = mark_up_to_date(oo)
    assert edit is not None
    edit.apply()
    assert oo.title.stale_langs() == () and description.confirmed
    edit.revert()
    assert oo.title.stale_langs() == (Lang.NL,)
    assert mark_up_to_date(note.objectives[1]) is not None  # titles never confirmed yet


def test_completeness_counts_required_fields_per_language() -> None:
    note = built_note()
    before = completeness(note)
    planning = note.objectives[0].children[0].children[1]
    planning.text("description").fr = "Installer des radars tronçons"
    after = completeness(note)
    assert after[Lang.FR] > before[Lang.FR]
    assert after[Lang.NL] == before[Lang.NL]
    assert (Lang.NL, False) in list(required_slots(planning))


def test_issues_per_owner_follow_every_change_of_the_issues(qapp) -> None:
    from editor.document import Document

    document = Document(built_note())
    planning = document.note.objectives[0].children[0].children[1]
    everything = document.issues
    for owner in {issue.node_id for issue in everything}:
        assert document.issues_for(owner) == [issue for issue in everything if issue.node_id == owner]
    assert [issue.code for issue in document.issues_for(planning.id, "description")] == ["FIELD_EMPTY"]
    text = planning.text("description")
    document.apply(set_text(text, Lang.FR, "Installer des radars à l’école", planning.id), "Typing")
    after = document.issues_for(planning.id, "description")
    assert [(issue.code, issue.lang) for issue in after] == [("TRANSLATION_MISSING", Lang.NL)]

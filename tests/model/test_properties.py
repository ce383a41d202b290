"""Property-based tests: random notes survive save/load; random edit sequences undo exactly."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.model.bitext import BiText, Lang
from editor.model.edits import Edit, ListInsert, ListMove, ListRemove, SetAttr, confirm_text, set_text
from editor.model.labels import NodeKind, Template
from editor.model.tree import Node, Note, new_node
from editor.model.values import Deadline, DeadlineKind, Direction, Kpi, KpiList
from editor.model.xmlio import note_from_bytes, note_to_bytes, xml_safe

# Any text a user can type or paste, XML-incompatible characters included (they are dropped).
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from("éèëœ’«»–\n\u00a0\u202f"),
    max_size=40,
)
bitexts = st.builds(BiText, texts, texts)
decimals = st.decimals(min_value=-(10**9), max_value=10**9, allow_nan=False, allow_infinity=False, places=3)
years = st.integers(min_value=1990, max_value=2100)


@st.composite
def kpis(draw: st.DrawFn) -> Kpi:
    return Kpi(
        name=draw(bitexts),
        unit=draw(bitexts),
        baseline=draw(st.none() | decimals),
        baseline_year=draw(st.none() | years),
        target=draw(st.none() | decimals),
        direction=draw(st.none() | st.sampled_from(Direction)),
    )


@st.composite
def planning_blocks(draw: st.DrawFn) -> Node:
    block = new_node(NodeKind.PLANNING, year=draw(years))
    block.title = draw(bitexts)
    block.fields["description"] = draw(bitexts)
    block.fields["kpis"] = KpiList(draw(st.lists(kpis(), max_size=3)))
    block.fields["deadline"] = Deadline(DeadlineKind.RANGE, year=draw(years), start_year=draw(years))
    return block


@st.composite
def notes(draw: st.DrawFn) -> Note:
    note = Note()
    note.title.competence = draw(bitexts)
    for _ in range(draw(st.integers(0, 3))):
        os_ = new_node(NodeKind.OS, title=draw(bitexts))
        os_.fields["description"] = draw(bitexts)
        for _ in range(draw(st.integers(0, 2))):
            oo = new_node(NodeKind.OO, draw(st.sampled_from(Template)), title=draw(bitexts))
            if oo.template is Template.B:
                oo.children.append(draw(planning_blocks()))
            os_.children.append(oo)
        note.objectives.append(os_)
    if draw(st.booleans()) and note.objectives:
        note.objectives[0].title.confirm()
        note.objectives[0].title.fr += "!"
    return note


def _clean(note: Note) -> Note:
    """What the file can hold: the same note with XML-incompatible characters dropped."""
    for node in note.walk():
        for text in [node.title, *[v for v in node.fields.values() if isinstance(v, BiText)]]:
            text.fr, text.nl = xml_safe(text.fr), xml_safe(text.nl)
            if text.base_fr is not None and text.base_nl is not None:
                text.base_fr, text.base_nl = xml_safe(text.base_fr), xml_safe(text.base_nl)
    return note


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(notes())
def test_random_notes_survive_save_and_load(note: Note) -> None:
    data = note_to_bytes(note)
    loaded = note_from_bytes(data)
    assert note_to_bytes(loaded) == data
    cleaned = _clean(note)
    for before, after in zip(cleaned.walk(), loaded.walk(), strict=True):
        assert before.id == after.id
        assert before.title.same(after.title)
        for key, value in before.fields.items():
            if isinstance(value, BiText):
                other = after.fields[key]
                assert isinstance(other, BiText) and value.same(other)


def _random_edit(note: Note, data: st.DataObject) -> Edit | None:
    nodes = list(note.walk())
    choice = data.draw(st.integers(0, 5))
    if choice == 0 or not nodes:
        return ListInsert(
            note.objectives, data.draw(st.integers(0, len(note.objectives))), new_node(NodeKind.OS)
        )
    node = data.draw(st.sampled_from(nodes))
    siblings = note.siblings_of(node)
    index = next(i for i, one in enumerate(siblings) if one is node)
    if choice == 1:
        return ListRemove(siblings, index)
    if choice == 2:
        return ListMove(siblings, index, data.draw(st.integers(0, len(siblings) - 1)))
    if choice == 3:
        return set_text(node.title, data.draw(st.sampled_from(Lang)), data.draw(texts))
    if choice == 4:
        return confirm_text(node.title)
    return SetAttr(node, "year", data.draw(st.none() | years))


@settings(max_examples=60, deadline=None)
@given(notes(), st.data())
def test_random_edit_sequences_undo_to_the_original(note: Note, data: st.DataObject) -> None:
    original = note_to_bytes(note)
    applied: list[Edit] = []
    for _ in range(data.draw(st.integers(1, 15))):
        edit = _random_edit(note, data)
        if edit is None:
            continue
        edit.apply()
        applied.append(edit)
    for edit in reversed(applied):
        edit.revert()
    assert note_to_bytes(note) == original


def test_decimal_values_round_trip_exactly() -> None:
    note = Note()
    os_ = new_node(NodeKind.OS)
    os_.fields["kpis"] = KpiList([Kpi(name=BiText("Taux", "Percentage"), target=Decimal("2.50"))])
    note.objectives.append(os_)
    loaded = note_from_bytes(note_to_bytes(note)).objectives[0].fields["kpis"]
    assert isinstance(loaded, KpiList) and str(loaded.items[0].target) == "2.50"

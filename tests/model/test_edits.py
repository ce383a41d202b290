"""Edits apply and revert exactly; typing merges; numbering follows structure edits."""

from __future__ import annotations

from editor.model.bitext import BiText, Lang
from editor.model.edits import (
    Compound,
    ListInsert,
    ListMove,
    ListRemove,
    SetKey,
    confirm_text,
    set_text,
)
from editor.model.labels import NodeKind, Template
from editor.model.numbering import heading, numbering, objectives_list
from editor.model.tree import new_node
from editor.model.xmlio import note_to_bytes
from tests.model.builders import small_note


def test_typing_merges_into_one_edit_and_reverts_to_the_original():
    text = BiText("Réseau", "Netwerk")
    first = set_text(text, Lang.FR, "Réseau c")
    first.apply()
    for value in ("Réseau cy", "Réseau cyclable"):
        nxt = set_text(text, Lang.FR, value)
        nxt.apply()
        assert first.merge(nxt)
    assert text.fr == "Réseau cyclable"
    first.revert()
    assert text.fr == "Réseau"


def test_edits_on_different_sides_do_not_merge():
    text = BiText()
    assert not set_text(text, Lang.FR, "a").merge(set_text(text, Lang.NL, "b"))


def test_structure_edits_renumber_both_languages_and_undo():
    note = small_note()
    original = note_to_bytes(note)
    os_ = note.objectives[0]
    new_os = new_node(NodeKind.OS, title=BiText("Sécurité routière", "Verkeersveiligheid"))
    edits = [
        ListInsert(note.objectives, 0, new_os),
        ListMove(os_.children, 0, 1),
        ListRemove(os_.children[0].children, 0) if os_.children[0].children else ListInsert([], 0, 1),
    ]
    group = Compound(edits)
    group.apply()
    paths = numbering(note)
    moved = os_.children[1]
    assert heading(moved, paths[moved.id], Lang.FR) == "IV.2.2. OO 2.2. : Itinéraires cyclables"
    assert heading(moved, paths[moved.id], Lang.NL) == "IV.2.2. OD 2.2. : Fietsroutes"
    assert [entry.line(Lang.NL) for entry in objectives_list(note)][:2] == [
        "SD1 : Verkeersveiligheid",
        "SD2 : Een fietsvriendelijke stad",
    ]
    group.revert()
    assert note_to_bytes(note) == original


def test_optional_field_added_and_removed_keeps_field_order():
    oo = new_node(NodeKind.OO, Template.A)
    before = list(oo.fields)
    add = SetKey(oo.fields, "deadline", None)
    add.apply()
    add.revert()
    assert list(oo.fields) == before
    remove = SetKey(oo.fields, "targets", None)
    remove.apply()
    assert "targets" not in oo.fields
    remove.revert()
    assert list(oo.fields) == before


def test_confirmation_clears_staleness_in_both_directions():
    text = BiText("2,5 %", "2,5 %")
    confirm_text(text).apply()
    text.nl = "25 %"
    assert text.stale_langs() == (Lang.FR,)
    confirm = confirm_text(text)
    confirm.apply()
    assert text.stale_langs() == ()
    confirm.revert()
    assert text.stale_langs() == (Lang.FR,)
    text.nl, text.fr = "2,5 %", "3 %"
    assert text.stale_langs() == (Lang.NL,)

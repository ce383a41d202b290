"""Deep copies of nodes and notes, optionally with fresh ids (duplicate, templates, benchmarks)."""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

from editor.model.ids import new_id
from editor.model.kinds import kind_of_value
from editor.model.tree import Node, Note


def clone_node(node: Node, fresh_ids: bool = True) -> Node:
    """A deep copy of a subtree; with ``fresh_ids`` every node, KPI and budget line gets a new id
    (threshold links follow their KPI). Organisation references are kept: they are note-level."""
    twin = copy.deepcopy(node)
    if fresh_ids:
        _renew_ids(twin)
    return twin


def _renew_ids(root: Node) -> None:
    for node in root.walk():
        node.id = new_id(node.kind.value)
        renamed: dict[str, str] = {}
        for value in node.fields.values():
            for owner, prefix in kind_of_value(value).ids(value):
                renamed[owner.id] = owner.id = new_id(prefix)
        for value in node.fields.values():
            kind_of_value(value).remap(value, renamed)


def clone_note(note: Note) -> Note:
    """An independent deep copy with the same ids."""
    twin: Any = copy.deepcopy(note)
    assert isinstance(twin, Note)
    return twin


def note_from_template(template: Note, today: date) -> Note:
    """A new note from the bundled skeleton: fresh ids, and the session that starts this year.

    Notes are written for the session that opens in the autumn with the next year's budget, so
    the session is today's year and the budget year the next; year blocks shift with it.
    """
    note = clone_note(template)
    note.id = new_id("note")
    shift = (today.year + 1) - note.title.budget_year
    note.title.session_year = today.year
    note.title.budget_year = today.year + 1
    note.objectives = [clone_node(objective) for objective in note.objectives]
    for node in note.walk():
        if node.year is not None:
            node.year += shift
    return note

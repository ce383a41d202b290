"""Structure editing of chapter IV as model edits: add, delete, move, mark as up to date."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from editor.model.bitext import LANGS, BiText, Lang
from editor.model.edits import (
    Compound,
    Edit,
    ListInsert,
    ListMove,
    ListRemove,
    SetKey,
    confirm_text,
    index_of,
)
from editor.model.labels import NodeKind, Template, field_specs, spec_for
from editor.model.tree import Node, Note, bitexts, empty_value, new_node


class StructureError(ValueError):
    """A structure change the note's rules do not allow (reported to the user, not raised up)."""


def block_year(note: Note, kind: NodeKind) -> int:
    """Year of a new block: Planning is the budget year, Réalisations the year before."""
    budget_year = note.title.budget_year
    return budget_year - 1 if kind is NodeKind.REALISATION else budget_year


def make_node(note: Note, kind: NodeKind, template: Template | None = None) -> Node:
    """A new node with its template's fields; a template-B OO arrives with its two year blocks."""
    year = block_year(note, kind) if kind in (NodeKind.REALISATION, NodeKind.PLANNING) else None
    node = new_node(kind, template, year)
    if kind is NodeKind.OO and node.template is Template.B:
        node.children = [
            new_node(NodeKind.REALISATION, year=block_year(note, NodeKind.REALISATION)),
            new_node(NodeKind.PLANNING, year=block_year(note, NodeKind.PLANNING)),
        ]
    return node


def allows(parent: Node | None, kind: NodeKind) -> bool:
    """Whether a node of ``kind`` may sit under ``parent`` (None = chapter IV itself)."""
    if parent is None:
        return kind is NodeKind.OS
    return kind in parent.allowed_children()


def insertion_point(
    note: Note, current: Node | None, kind: NodeKind, chain: list[Node] | None = None
) -> tuple[Node | None, int]:
    """Where "add ``kind``" puts the new node, given the selected node.

    The nearest node (the selection or one of its ancestors) that may hold ``kind`` becomes
    the parent; when the selection itself is of that kind the new node follows it. ``chain``
    is the selection's ancestry when the caller already has it (one walk for every kind).
    """
    if chain is None:
        chain = ancestry(note, current) if current is not None else []
    for depth in range(len(chain) - 1, -1, -1):
        node = chain[depth]
        if node.kind is kind and depth > 0 and allows(chain[depth - 1], kind):
            parent = chain[depth - 1]
            return parent, index_of(parent.children, node) + 1
        if node.kind is kind and depth == 0 and kind is NodeKind.OS:
            return None, index_of(note.objectives, node) + 1
        if allows(node, kind):
            return node, len(node.children)
    if kind is NodeKind.OS:
        return None, len(note.objectives)
    raise StructureError(kind.value)


def ancestry(note: Note, node: Node) -> list[Node]:
    """The chain from the strategic objective down to ``node`` (inclusive), in one walk."""

    chain: list[Node] = []

    def search(nodes: list[Node]) -> bool:
        for one in nodes:
            chain.append(one)
            if one is node or search(one.children):
                return True
            chain.pop()
        return False

    return chain if search(note.objectives) else [node]


def add_node(
    note: Note, current: Node | None, kind: NodeKind, template: Template | None = None
) -> tuple[Edit, Node]:
    """The edit that adds a new node of ``kind`` near the selection, and the new node."""
    parent, index = insertion_point(note, current, kind)
    node = make_node(note, kind, template)
    items = parent.children if parent else note.objectives
    return ListInsert(items, index, node, scope=parent.id if parent else None), node


def delete_node(note: Note, node: Node) -> Edit:
    parent = note.parent_of(node)
    items = parent.children if parent else note.objectives
    return ListRemove(items, index_of(items, node), scope=parent.id if parent else None)


def has_content(node: Node) -> bool:
    """Whether deleting the node (and its subtree) would lose anything the user typed."""
    for one in node.walk():
        if not one.title.is_empty() or any(not value.is_empty() for value in one.fields.values()):
            return True
        if one.delegation is not None:
            return True
    return False


def can_move(note: Note, node: Node, delta: int) -> bool:
    siblings = note.siblings_of(node)
    target = index_of(siblings, node) + delta
    return 0 <= target < len(siblings)


def move_node(note: Note, node: Node, delta: int) -> Edit:
    """Move a node up (-1) or down (+1) among its siblings."""
    if not can_move(note, node, delta):
        raise StructureError("move")
    parent = note.parent_of(node)
    siblings = note.siblings_of(node)
    source = index_of(siblings, node)
    return ListMove(siblings, source, source + delta, scope=parent.id if parent else None)


def is_inside(node: Node, candidate: Node | None) -> bool:
    """Whether ``candidate`` is ``node`` or one of its descendants."""
    return candidate is not None and any(one is candidate for one in node.walk())


def reparent(note: Note, node: Node, parent: Node | None, index: int) -> Edit:
    """Move ``node`` under ``parent`` at ``index`` (index counted before removal), e.g. a drop."""
    if not allows(parent, node.kind) or is_inside(node, parent):
        raise StructureError("drop")
    old_parent = note.parent_of(node)
    source_items = old_parent.children if old_parent else note.objectives
    target_items = parent.children if parent else note.objectives
    source = index_of(source_items, node)
    if source_items is target_items:
        dest = index - 1 if index > source else index
        dest = max(0, min(dest, len(source_items) - 1))
        return ListMove(source_items, source, dest, scope=parent.id if parent else None)
    remove = ListRemove(source_items, source, scope=old_parent.id if old_parent else None)
    insert = ListInsert(target_items, max(0, min(index, len(target_items))), node)
    return Compound([remove, insert], scope=parent.id if parent else None)


def set_optional_field(node: Node, key: str, present: bool) -> Edit:
    """Add an absent optional field (empty) or remove a present one."""
    spec = spec_for(node.kind, node.template, key)
    if spec.required and not present:
        raise StructureError(key)
    value = empty_value(spec) if present else None
    return SetKey(node.fields, key, value, scope=node.id)


def node_bitexts(node: Node) -> Iterator[BiText]:
    """The title, the fields and the delegation texts of a node and of its subtree."""
    for one in node.walk():
        yield one.title
        for value in one.fields.values():
            yield from bitexts(value)
        if one.delegation is not None:
            yield from bitexts(one.delegation)


def mark_up_to_date(node: Node) -> Edit | None:
    """Confirm every text of the objective whose sides changed since the last confirmation.

    Returns None when there is nothing to confirm (no undo step is made for nothing).
    """
    edits: list[Edit] = [
        confirm_text(text, node.id)
        for text in node_bitexts(node)
        if not text.is_empty() and (text.base_fr != text.fr or text.base_nl != text.nl)
    ]
    return Compound(edits, scope=node.id) if edits else None


_TITLED = frozenset({NodeKind.OS, NodeKind.OO, NodeKind.ITEM})


@functools.cache
def _required_keys(kind: NodeKind, template: Template | None) -> tuple[str, ...]:
    return tuple(spec.key for spec in field_specs(kind, template) if spec.required)


def _filled_sides(value: object) -> tuple[bool, bool]:
    """Whether a value is filled (French side, Dutch side); language-neutral values fill both."""
    if isinstance(value, BiText):
        return not value.is_empty(Lang.FR), not value.is_empty(Lang.NL)
    is_empty = getattr(value, "is_empty", None)
    filled = value is not None and not (is_empty() if callable(is_empty) else False)
    return filled, filled


def _node_slots(node: Node) -> Iterator[tuple[bool, bool]]:
    """(filled in French, filled in Dutch) for the title and each required field of the node.

    A delegated OO points to another minister's note: its fields are not required.
    """
    if node.delegation is not None:
        return
    if node.kind in _TITLED:
        yield _filled_sides(node.title)
    fields = node.fields
    for key in _required_keys(node.kind, node.template):
        yield _filled_sides(fields.get(key))


def required_slots(node: Node) -> Iterator[tuple[Lang, bool]]:
    """(language, filled) for each required field and title of the node, per language."""
    slots = list(_node_slots(node))
    for index, lang in enumerate(LANGS):
        for sides in slots:
            yield lang, sides[index]


def completeness(note: Note) -> dict[Lang, float]:
    """Percentage of required fields filled, per language, over chapter IV."""
    # The status bar asks after every pause in typing: one pass, both languages at once.
    done_fr = done_nl = count = 0
    for node in note.walk():
        for fr, nl in _node_slots(node):
            done_fr += fr
            done_nl += nl
            count += 1
    if not count:
        return {Lang.FR: 100.0, Lang.NL: 100.0}
    return {Lang.FR: 100.0 * done_fr / count, Lang.NL: 100.0 * done_nl / count}

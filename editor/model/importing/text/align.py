"""Pair the French and Dutch nodes of a note: by numbering first, by position where it diverges."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from difflib import SequenceMatcher
from typing import TypeVar

from editor.model.importing.text.raw import RawNode
from editor.model.labels import NodeKind

T = TypeVar("T")
Pair = tuple[T | None, T | None]

_SKELETON = (NodeKind.OS, NodeKind.OO)


def pair_sequences(fr: list[T], nl: list[T], key: Callable[[T], Hashable]) -> list[Pair[T]]:
    """Pairs in order: equal keys are matched, differing stretches pair up by position."""
    matcher = SequenceMatcher(None, [key(x) for x in fr], [key(x) for x in nl], autojunk=False)
    pairs: list[Pair[T]] = []
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        left, right = fr[i1:i2], nl[j1:j2]
        common = min(len(left), len(right))
        pairs.extend(zip(left[:common], right[:common], strict=True))
        pairs.extend((one, None) for one in left[common:])
        pairs.extend((None, one) for one in right[common:])
    return pairs


def skeleton(objectives: list[RawNode]) -> list[RawNode]:
    """OS and OO headings in document order."""
    result = []
    for os_node in objectives:
        result.append(os_node)
        result.extend(child for child in os_node.children if child.kind in _SKELETON)
    return result


def skeleton_key(node: RawNode) -> Hashable:
    """ "OS1" / "OO1.5" from the printed token (SD/OD read as OS/OO), else from the IV number."""
    level = "OS" if node.kind is NodeKind.OS else "OO"
    return level, node.token_number or node.number


def child_key(node: RawNode) -> Hashable:
    """Items by their last number, year blocks by kind and year, actions by kind."""
    if node.kind is NodeKind.ITEM:
        return node.kind, node.number[-1:] if node.number else ()
    return node.kind, node.year


def pair_children(fr: RawNode | None, nl: RawNode | None) -> list[Pair[RawNode]]:
    """Children that are not OS/OO headings (items, year blocks, actions), paired."""
    fr_kids = [c for c in (fr.children if fr else []) if c.kind not in _SKELETON]
    nl_kids = [c for c in (nl.children if nl else []) if c.kind not in _SKELETON]
    pairs: list[Pair[RawNode]] = []
    for one, other in pair_sequences(fr_kids, nl_kids, child_key):
        if one is not None and other is not None and one.kind is not other.kind:
            pairs.extend([(one, None), (None, other)])  # an item never pairs with a year block
        else:
            pairs.append((one, other))
    return pairs

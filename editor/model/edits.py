"""Invertible edits of the note: every change the editor makes goes through one of these."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from editor.model.bitext import BiText, Lang


class Edit(Protocol):
    """A change that can be applied and reverted; ``scope`` is the node id it touches."""

    scope: str | None

    def apply(self) -> None: ...

    def revert(self) -> None: ...

    def merge(self, other: Edit) -> bool: ...


@dataclass
class SetAttr:
    """Set one attribute of a model object (a text side, a KPI value, a deadline kind…).

    ``mergeable`` edits of the same attribute fold into one, so typing a word is one undo step.
    """

    target: Any
    name: str
    new: Any
    scope: str | None = None
    mergeable: bool = False
    old: Any = field(init=False)

    def __post_init__(self) -> None:
        self.old = getattr(self.target, self.name)

    def apply(self) -> None:
        setattr(self.target, self.name, self.new)

    def revert(self) -> None:
        setattr(self.target, self.name, self.old)

    def merge(self, other: Edit) -> bool:
        if (
            isinstance(other, SetAttr)
            and self.mergeable
            and other.mergeable
            and other.target is self.target
            and other.name == self.name
        ):
            self.new = other.new
            return True
        return False


@dataclass
class ListInsert:
    """Insert an item into a model list (objectives, children, KPIs, records…)."""

    items: list[Any]
    index: int
    item: Any
    scope: str | None = None

    def apply(self) -> None:
        self.items.insert(self.index, self.item)

    def revert(self) -> None:
        del self.items[self.index]

    def merge(self, other: Edit) -> bool:
        return False


@dataclass
class ListRemove:
    """Remove the item at ``index`` from a model list."""

    items: list[Any]
    index: int
    scope: str | None = None
    item: Any = field(init=False)

    def __post_init__(self) -> None:
        self.item = self.items[self.index]

    def apply(self) -> None:
        del self.items[self.index]

    def revert(self) -> None:
        self.items.insert(self.index, self.item)

    def merge(self, other: Edit) -> bool:
        return False


@dataclass
class ListMove:
    """Move an item within one list from ``source`` to ``dest`` (index after removal)."""

    items: list[Any]
    source: int
    dest: int
    scope: str | None = None

    def apply(self) -> None:
        self.items.insert(self.dest, self.items.pop(self.source))

    def revert(self) -> None:
        self.items.insert(self.source, self.items.pop(self.dest))

    def merge(self, other: Edit) -> bool:
        return False


_MISSING = object()


@dataclass
class SetKey:
    """Add, replace or (with ``value=None``) remove a key of a dict, e.g. an optional field."""

    mapping: dict[str, Any]
    key: str
    value: Any
    scope: str | None = None
    old: Any = field(init=False)
    order: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.old = self.mapping.get(self.key, _MISSING)
        self.order = list(self.mapping)

    def apply(self) -> None:
        if self.value is None:
            self.mapping.pop(self.key, None)
        else:
            self.mapping[self.key] = self.value

    def revert(self) -> None:
        restored = {key: self.mapping.get(key) for key in self.order if key != self.key}
        if self.old is not _MISSING:
            restored[self.key] = self.old
        ordered = {key: restored[key] for key in self.order if key in restored}
        self.mapping.clear()
        self.mapping.update(ordered)

    def merge(self, other: Edit) -> bool:
        return False


@dataclass
class Compound:
    """Several edits as one undo step; reverted in reverse order."""

    edits: list[Edit]
    scope: str | None = None

    def apply(self) -> None:
        for edit in self.edits:
            edit.apply()

    def revert(self) -> None:
        for edit in reversed(self.edits):
            edit.revert()

    def merge(self, other: Edit) -> bool:
        return False


def set_text(text: BiText, lang: Lang, value: str, scope: str | None = None) -> SetAttr:
    """Typing into one side of a field: successive edits of that side merge."""
    return SetAttr(text, lang.value, value, scope=scope, mergeable=True)


def confirm_text(text: BiText, scope: str | None = None) -> Compound:
    """Mark both sides of a field as agreeing translations (clears stale markers)."""
    return Compound(
        [SetAttr(text, "base_fr", text.fr, scope), SetAttr(text, "base_nl", text.nl, scope)],
        scope,
    )


def index_of(items: list[Any], item: Any) -> int:
    """Position of ``item`` by identity (model objects compare by identity, not content)."""
    for index, candidate in enumerate(items):
        if candidate is item:
            return index
    raise ValueError("item is not in the list")

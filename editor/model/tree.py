"""The note as a tree: title block, abbreviations, chapters, objectives, annexes."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from editor.model.bitext import BiText, Lang
from editor.model.ids import new_id
from editor.model.kinds import empty_value
from editor.model.labels import (
    AnnexKind,
    ChapterKind,
    FieldSpec,
    NodeKind,
    Template,
    child_kinds,
    field_specs,
)
from editor.model.values import FieldValue

T = TypeVar("T")


def bitexts(value: object) -> Iterator[BiText]:
    """Every bilingual text inside a model value, however deep: a note, a node, a field value
    (KPI names, band texts, budget labels…), a record or a list of them."""
    if isinstance(value, BiText):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from bitexts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from bitexts(item)
    else:
        cls: Any = type(value)  # any class hashes; the stubs say type[object] may not
        for name in _dataclass_fields(cls):
            yield from bitexts(getattr(value, name))


@functools.cache
def _dataclass_fields(cls: type) -> tuple[str, ...]:
    # bitexts() walks whole notes: asking dataclasses for the fields of every value it meets
    # (is_dataclass, fields) cost more than the walk itself on a large note.
    return tuple(one.name for one in dataclasses.fields(cls)) if dataclasses.is_dataclass(cls) else ()


@dataclass(eq=False)
class Delegation:
    """An OO whose content belongs to another minister's note."""

    delegate: BiText = field(default_factory=BiText)
    reference: BiText = field(default_factory=BiText)


@dataclass(eq=False)
class Node:
    """A node of chapter IV. ``fields`` holds the present fields, keyed as in labels."""

    kind: NodeKind
    id: str
    title: BiText = field(default_factory=BiText)
    fields: dict[str, FieldValue] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    template: Template | None = None
    year: int | None = None
    delegation: Delegation | None = None

    def specs(self) -> tuple[FieldSpec, ...]:
        return field_specs(self.kind, self.template)

    def present_specs(self) -> list[FieldSpec]:
        """Specs of the fields this node holds, in document order."""
        return [spec for spec in self.specs() if spec.key in self.fields]

    def allowed_children(self) -> tuple[NodeKind, ...]:
        return child_kinds(self.kind, self.template)

    def text(self, key: str) -> BiText:
        value = self.fields[key]
        assert isinstance(value, BiText), key
        return value

    def value(self, key: str, cls: type[T]) -> T | None:
        """The field ``key`` when present and of class ``cls`` (say, the KPIs a rule compares)."""
        value = self.fields.get(key)
        return value if isinstance(value, cls) else None

    def values_of(self, cls: type[T]) -> list[T]:
        """The values of this node's fields that are of class ``cls`` (its means, its KPI lists…)."""
        return [value for value in self.fields.values() if isinstance(value, cls)]

    def walk(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            yield from child.walk()


def new_node(
    kind: NodeKind,
    template: Template | None = None,
    year: int | None = None,
    title: BiText | None = None,
) -> Node:
    """A node with its required fields present and empty, as a new objective arrives."""
    if kind is NodeKind.OO and template is None:
        template = Template.B
    node = Node(
        kind=kind,
        id=new_id(kind.value),
        title=title or BiText(),
        template=template if kind is NodeKind.OO else None,
        year=year,
    )
    for spec in node.specs():
        if spec.required:
            node.fields[spec.key] = empty_value(spec)
    return node


@dataclass(eq=False)
class TitleBlock:
    """Cover information of the note."""

    competence: BiText = field(default_factory=BiText)
    minister: BiText = field(default_factory=BiText)
    body: BiText = field(default_factory=BiText)
    session_year: int = 2025
    budget_year: int = 2026
    document_ref: str = ""
    original_language: Lang = Lang.FR

    @property
    def session(self) -> str:
        """Parliamentary session, e.g. "2021-2022"."""
        return f"{self.session_year}-{self.session_year + 1}"

    @property
    def reference_line(self) -> str:
        """Running-header reference, e.g. "A-453/2 – 2021/2022"."""
        tail = f"{self.session_year}/{self.session_year + 1}"
        return f"{self.document_ref} – {tail}" if self.document_ref else tail


@dataclass(eq=False)
class Abbreviation:
    """A bilingual pair of abbreviations (CIRB ↔ CIBG), sorted per language on output."""

    id: str = field(default_factory=lambda: new_id("abbr"))
    short: BiText = field(default_factory=BiText)
    long: BiText = field(default_factory=BiText)


@dataclass(eq=False)
class Organisation:
    """An organisation in the note's bilingual list (STIB ↔ MIVB)."""

    id: str = field(default_factory=lambda: new_id("org"))
    name: BiText = field(default_factory=BiText)


@dataclass(eq=False)
class Chapter:
    """One of chapters I–III: prose per language."""

    kind: ChapterKind
    body: BiText = field(default_factory=BiText)

    @property
    def id(self) -> str:
        return f"chapter-{self.kind.value}"


@dataclass(eq=False)
class AgendaRecord:
    """Regulatory agenda entry, referring to real objectives by id."""

    id: str = field(default_factory=lambda: new_id("agenda"))
    content: BiText = field(default_factory=BiText)
    os_ref: str | None = None
    oo_refs: list[str] = field(default_factory=list)
    situation: BiText = field(default_factory=BiText)


@dataclass(eq=False)
class AuditRecord:
    """Follow-up of one Court of Audit recommendation."""

    id: str = field(default_factory=lambda: new_id("audit"))
    reference: BiText = field(default_factory=BiText)
    recommendations: BiText = field(default_factory=BiText)
    application: BiText = field(default_factory=BiText)


Record = AgendaRecord | AuditRecord


@dataclass(eq=False)
class Annex:
    """An annex keyed by type; objectives and means annexes are generated, never stored."""

    kind: AnnexKind
    records: list[Record] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"annex-{self.kind.value}"


def default_chapters() -> list[Chapter]:
    return [Chapter(kind) for kind in ChapterKind]


def default_annexes() -> list[Annex]:
    return [Annex(kind) for kind in AnnexKind]


@dataclass(eq=False)
class Note:
    """A whole orientation note."""

    id: str = field(default_factory=lambda: new_id("note"))
    title: TitleBlock = field(default_factory=TitleBlock)
    abbreviations: list[Abbreviation] = field(default_factory=list)
    organisations: list[Organisation] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=default_chapters)
    objectives: list[Node] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=default_annexes)
    # The format version of the file it was read from when older than the current one (it is
    # saved in the current version); None otherwise. Not part of the note's content.
    source_format: str | None = None

    def walk(self) -> Iterator[Node]:
        """Every node of chapter IV, depth first in document order."""
        for objective in self.objectives:
            yield from objective.walk()

    def find(self, node_id: str) -> Node | None:
        return next((node for node in self.walk() if node.id == node_id), None)

    def parent_of(self, target: Node) -> Node | None:
        """The parent node, or None for a strategic objective (or a node not in the note)."""
        for node in self.walk():
            for child in node.children:
                if child is target:
                    return node
        return None

    def siblings_of(self, target: Node) -> list[Node]:
        parent = self.parent_of(target)
        return parent.children if parent else self.objectives

    def organisation(self, org_id: str) -> Organisation | None:
        return next((org for org in self.organisations if org.id == org_id), None)

    def annex(self, kind: AnnexKind) -> Annex | None:
        return next((annex for annex in self.annexes if annex.kind is kind), None)

    def chapter(self, kind: ChapterKind) -> Chapter:
        return next(chapter for chapter in self.chapters if chapter.kind is kind)

"""What a field kind declares: its value class and every stage a value of that kind goes through.

A field kind is declared once, in its module of this package; the file reader and writer, the
schema generator, the rule checks, the exporters, the importers and the window find everything
about it through the registry (``editor.model.kinds``). The editor widget of a kind is
registered beside the other widgets, in the Qt layer (editor/widgets/factory.py), since the
model knows no Qt; a test checks that every kind has one.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from lxml import etree

from editor.model.bitext import BiText, Lang
from editor.model.checks_fields import FieldScope
from editor.model.checks_issue import Reporter
from editor.model.labels import FieldSpec, FieldType
from editor.model.printed.source import ParseContext, Parsed, Printed
from editor.model.rendered import Layout, Rendered

if TYPE_CHECKING:
    from editor.model.values import FieldValue

Element = etree._Element
V = TypeVar("V")


class Named(Protocol):
    """An organisation as rendering needs it."""

    name: BiText


class NoteContext(Protocol):
    """What rendering a value needs from its note (the note itself satisfies it)."""

    def organisation(self, org_id: str) -> Named | None: ...


class FieldKind(ABC, Generic[V]):
    """One kind of field value: text, KPIs, thresholds, deadline, status, means, partners…"""

    field_type: ClassVar[FieldType]
    value_class: ClassVar[type]
    layout: ClassVar[Layout]
    # The XSD complexType of a field of this kind, and the schema fragment that defines it
    # (with any type only this kind uses).
    schema_type: ClassVar[str]
    schema: ClassVar[str]
    # The enumerations its schema fragment uses, generated from the model's enums.
    enums: ClassVar[tuple[tuple[str, type[Enum]], ...]] = ()

    @abstractmethod
    def empty(self) -> V:
        """A fresh, empty value, as a new field arrives."""

    def is_empty(self, value: V, lang: Lang | None = None) -> bool:
        """Whether the value holds nothing (in ``lang``, for kinds that have sides)."""
        del lang  # typed values are language-neutral: empty in both or in neither
        empty: bool = value.is_empty()  # type: ignore[attr-defined]
        return empty

    @abstractmethod
    def read(self, element: Element) -> V:
        """The value of a schema-valid field element."""

    @abstractmethod
    def write(self, parent: Element, tag: str, value: V) -> None:
        """Append the field element ``tag`` holding ``value`` to ``parent``."""

    @abstractmethod
    def check(
        self, rep: Reporter, spec: FieldSpec, value: V, scope: FieldScope, fields: Mapping[str, FieldValue]
    ) -> None:
        """Report every rule the value breaks; ``fields`` are the other fields of its node."""

    @abstractmethod
    def render(self, value: V, lang: Lang, note: NoteContext) -> Rendered:
        """The value in one language, in the shape ``layout`` names."""

    @abstractmethod
    def parse(self, printed: Printed, context: ParseContext) -> Parsed[V]:
        """The typed value of the field as a document printed it, with what was found."""

    def ids(self, value: V) -> Iterator[tuple[Any, str]]:
        """The objects inside the value that carry their own id (KPIs, budget lines), with
        the id's prefix: id uniqueness is checked over them, copies give them new ids."""
        return iter(())

    def remap(self, value: V, ids: Mapping[str, str]) -> None:
        """Follow renamed ids inside the value (a thresholds field's KPI after a copy)."""
        del value, ids

"""Deadline fields: one typed value (a year, a range, a semester, a month, a season…) rendered in
each language, never typed twice; free text where no form fits."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from lxml import etree

from editor.model import l10n, xmlcore
from editor.model.bitext import Lang
from editor.model.checks_fields import FieldScope, deadline_rules
from editor.model.checks_issue import Reporter
from editor.model.kinds.base import Element, FieldKind, NoteContext
from editor.model.labels import FieldSpec, FieldType
from editor.model.printed.deadlines import parse_deadline
from editor.model.printed.source import ParseContext, Parsed, Printed
from editor.model.rendered import Layout, Rendered
from editor.model.values import Deadline, DeadlineKind, Season

if TYPE_CHECKING:
    from editor.model.values import FieldValue

_KINDS = xmlcore.members(DeadlineKind)
_SEASONS = xmlcore.members(Season)


class DeadlineKindSpec(FieldKind[Deadline]):
    field_type = FieldType.DEADLINE
    value_class = Deadline
    layout = Layout.LINE
    schema_type = "Deadline"
    schema = """\
  <xs:complexType name="Deadline">
    <xs:sequence>
      <xs:element name="text" type="BiText" minOccurs="0"/>
      <xs:element name="qualifier" type="BiText" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="kind" type="DeadlineKind" use="required"/>
    <xs:attribute name="year" type="Year"/>
    <xs:attribute name="start-year" type="Year"/>
    <xs:attribute name="part" type="Part"/>
    <xs:attribute name="day" type="Day"/>
    <xs:attribute name="season" type="Season"/>
  </xs:complexType>
"""
    enums = (("DeadlineKind", DeadlineKind), ("Season", Season))

    def empty(self) -> Deadline:
        return Deadline()

    def read(self, element: Element) -> Deadline:
        attrs = xmlcore.attrs(element)
        parts = xmlcore.by_tag(element)
        integer = xmlcore.integer
        return Deadline(
            _KINDS[attrs.get("kind")],
            year=integer(attrs.get("year")),
            start_year=integer(attrs.get("start-year")),
            part=integer(attrs.get("part")),
            day=integer(attrs.get("day")),
            season=_SEASONS.get(attrs.get("season")),
            text=xmlcore.child_bitext(parts, "text"),
            qualifier=xmlcore.child_bitext(parts, "qualifier"),
        )

    def write(self, parent: Element, tag: str, value: Deadline) -> None:
        element = etree.SubElement(parent, tag)
        xmlcore.set_attrs(
            element,
            kind=value.kind,
            year=value.year,
            start_year=value.start_year,
            part=value.part,
            day=value.day,
            season=value.season,
        )
        xmlcore.put_optional(element, "text", value.text)
        xmlcore.put_optional(element, "qualifier", value.qualifier)

    def check(
        self, rep: Reporter, spec: FieldSpec, value: Deadline, scope: FieldScope, fields: Mapping[str, FieldValue]
    ) -> None:
        deadline_rules(rep, spec.key, spec.place, value, scope)

    def render(self, value: Deadline, lang: Lang, note: NoteContext) -> Rendered:
        return l10n.render_deadline(value, lang)

    def parse(self, printed: Printed, context: ParseContext) -> Parsed[Deadline]:
        return parse_deadline(printed)


DEADLINE = DeadlineKindSpec()

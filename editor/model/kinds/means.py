"""Means fields: staff in FTE, ICT needs, budget lines (code, label, amount, credit) and remarks."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from lxml import etree

from editor.model import l10n, xmlcore
from editor.model.bitext import Lang
from editor.model.checks_fields import FieldScope, means_rules
from editor.model.checks_issue import Reporter
from editor.model.kinds.base import Element, FieldKind, NoteContext
from editor.model.labels import FieldSpec, FieldType
from editor.model.printed.means import parse_means
from editor.model.printed.source import ParseContext, Parsed, Printed
from editor.model.rendered import Layout, Rendered
from editor.model.values import BudgetLine, CreditType, Means

if TYPE_CHECKING:
    from editor.model.values import FieldValue

_CREDITS = xmlcore.members(CreditType)


def _budget_line(element: Element) -> BudgetLine:
    attrs = xmlcore.attrs(element)
    return BudgetLine(
        id=attrs.get("id", ""),
        code=attrs.get("code", ""),
        label=xmlcore.bitext(element[0]),  # the label is the only child the schema allows
        amount=xmlcore.dec(attrs.get("amount")),
        per_year=attrs.get("per-year") == "true",
        credit=_CREDITS.get(attrs.get("credit")),
    )


class MeansKind(FieldKind[Means]):
    field_type = FieldType.MEANS
    value_class = Means
    layout = Layout.LINES
    schema_type = "Means"
    schema = """\
  <xs:complexType name="BudgetLine">
    <xs:sequence><xs:element name="label" type="BiText"/></xs:sequence>
    <xs:attribute name="id" type="xs:ID" use="required"/>
    <xs:attribute name="code" type="xs:string" use="required"/>
    <xs:attribute name="amount" type="xs:decimal"/>
    <xs:attribute name="per-year" type="xs:boolean"/>
    <xs:attribute name="credit" type="CreditType"/>
  </xs:complexType>
  <xs:complexType name="Means">
    <xs:sequence>
      <xs:element name="fte-note" type="BiText" minOccurs="0"/>
      <xs:element name="ict" type="BiText" minOccurs="0"/>
      <xs:element name="budget-line" type="BudgetLine" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="note" type="BiText" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="fte" type="xs:decimal"/>
  </xs:complexType>
"""
    enums = (("CreditType", CreditType),)

    def empty(self) -> Means:
        return Means()

    def read(self, element: Element) -> Means:
        parts: dict[str, Element] = {}
        lines = []
        for child in element:
            if child.tag == "budget-line":
                lines.append(_budget_line(child))
            else:
                parts[child.tag] = child
        return Means(
            fte=xmlcore.dec(element.get("fte")),
            fte_note=xmlcore.child_bitext(parts, "fte-note"),
            ict=xmlcore.child_bitext(parts, "ict"),
            budget=lines,
            note=xmlcore.child_bitext(parts, "note"),
        )

    def write(self, parent: Element, tag: str, value: Means) -> None:
        element = etree.SubElement(parent, tag)
        xmlcore.set_attrs(element, fte=value.fte)
        xmlcore.put_optional(element, "fte-note", value.fte_note)
        xmlcore.put_optional(element, "ict", value.ict)
        for line in value.budget:
            b = etree.SubElement(element, "budget-line", id=line.id, code=line.code)
            xmlcore.set_attrs(b, amount=line.amount, per_year=line.per_year or None, credit=line.credit)
            xmlcore.put_bitext(b, "label", line.label)
        xmlcore.put_optional(element, "note", value.note)

    def check(
        self, rep: Reporter, spec: FieldSpec, value: Means, scope: FieldScope, fields: Mapping[str, FieldValue]
    ) -> None:
        means_rules(rep, spec.key, spec.place, value, scope)

    def render(self, value: Means, lang: Lang, note: NoteContext) -> Rendered:
        return tuple(l10n.render_means(value, lang))

    def parse(self, printed: Printed, context: ParseContext) -> Parsed[Means]:
        return parse_means(printed)

    def ids(self, value: Means) -> Iterator[tuple[Any, str]]:
        return ((line, "bl") for line in value.budget)


MEANS = MeansKind()

"""KPI fields: a list of indicators, each a name and optional unit, baseline, target, achieved
value (with their years), direction and source."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from lxml import etree

from editor.model import l10n, xmlcore
from editor.model.bitext import Lang
from editor.model.checks_fields import FieldScope, kpi_rules
from editor.model.checks_issue import Reporter
from editor.model.kinds.base import Element, FieldKind, NoteContext
from editor.model.labels import DIRECTION_LABELS, KPI_LABELS, FieldSpec, FieldType
from editor.model.printed.kpis import parse_kpis
from editor.model.printed.source import ParseContext, Parsed, Printed
from editor.model.rendered import Layout, Rendered, Table, TableRow
from editor.model.values import Direction, Kpi, KpiList

if TYPE_CHECKING:
    from editor.model.values import FieldValue

_DIRECTIONS = xmlcore.members(Direction)
_VALUES = ("baseline", "target", "actual")


def _kpi(element: Element) -> Kpi:
    attrs = xmlcore.attrs(element)
    parts = xmlcore.by_tag(element)
    dec, integer = xmlcore.dec, xmlcore.integer
    return Kpi(
        id=attrs.get("id", ""),
        name=xmlcore.child_bitext(parts, "name"),
        unit=xmlcore.child_bitext(parts, "unit"),
        baseline=dec(attrs.get("baseline")),
        baseline_year=integer(attrs.get("baseline-year")),
        target=dec(attrs.get("target")),
        target_year=integer(attrs.get("target-year")),
        actual=dec(attrs.get("actual")),
        actual_year=integer(attrs.get("actual-year")),
        direction=_DIRECTIONS.get(attrs.get("direction")),
        source=xmlcore.child_bitext(parts, "source"),
    )


def _value(value: Decimal | None, year: int | None, percent: bool, lang: Lang) -> str:
    if value is None:
        return str(year) if year else ""
    number = l10n.render_percent(value, lang) if percent else l10n.render_number(value, lang)
    return f"{number} ({year})" if year else number


def _cell(kpi: Kpi, column: str, lang: Lang) -> str:
    unit = kpi.unit.get(lang).strip()
    percent = unit == "%"
    if column == "name":
        name = f"{kpi.name.get(lang)} ({unit})" if unit and not percent else kpi.name.get(lang)
        source = kpi.source.get(lang).strip()
        return f"{name}\n{KPI_LABELS['source'][lang]}{l10n.COLON}{source}" if source else name
    if column == "direction":
        return DIRECTION_LABELS[kpi.direction][lang] if kpi.direction else ""
    value, year = {
        "baseline": (kpi.baseline, kpi.baseline_year),
        "target": (kpi.target, kpi.target_year),
        "actual": (kpi.actual, kpi.actual_year),
    }[column]
    return _value(value, year, percent, lang)


def kpi_table(kpis: KpiList, lang: Lang) -> Table:
    """KPIs as a table: indicator (unit), baseline (year), target (year), [achieved], direction."""
    columns = ["name", "baseline", "target", "direction"]
    if any(kpi.actual is not None for kpi in kpis.items):
        columns.insert(3, "actual")
    header = tuple(KPI_LABELS[column][lang] for column in columns)
    rows = tuple(TableRow(tuple(_cell(kpi, column, lang) for column in columns)) for kpi in kpis.items)
    return Table(header, rows)


class KpisKind(FieldKind[KpiList]):
    field_type = FieldType.KPIS
    value_class = KpiList
    layout = Layout.TABLE
    schema_type = "Kpis"
    schema = """\
  <xs:complexType name="Kpi">
    <xs:sequence>
      <xs:element name="name" type="BiText"/>
      <xs:element name="unit" type="BiText" minOccurs="0"/>
      <xs:element name="source" type="BiText" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="id" type="xs:ID" use="required"/>
    <xs:attribute name="direction" type="Direction"/>
    <xs:attribute name="baseline" type="xs:decimal"/>
    <xs:attribute name="baseline-year" type="Year"/>
    <xs:attribute name="target" type="xs:decimal"/>
    <xs:attribute name="target-year" type="Year"/>
    <xs:attribute name="actual" type="xs:decimal"/>
    <xs:attribute name="actual-year" type="Year"/>
  </xs:complexType>
  <xs:complexType name="Kpis">
    <xs:sequence><xs:element name="kpi" type="Kpi" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
  </xs:complexType>
"""
    enums = (("Direction", Direction),)

    def empty(self) -> KpiList:
        return KpiList()

    def read(self, element: Element) -> KpiList:
        return KpiList([_kpi(kpi) for kpi in element])

    def write(self, parent: Element, tag: str, value: KpiList) -> None:
        element = etree.SubElement(parent, tag)
        for kpi in value.items:
            k = etree.SubElement(element, "kpi", id=kpi.id)
            xmlcore.set_attrs(
                k,
                direction=kpi.direction,
                baseline=kpi.baseline,
                baseline_year=kpi.baseline_year,
                target=kpi.target,
                target_year=kpi.target_year,
                actual=kpi.actual,
                actual_year=kpi.actual_year,
            )
            xmlcore.put_bitext(k, "name", kpi.name)
            xmlcore.put_optional(k, "unit", kpi.unit)
            xmlcore.put_optional(k, "source", kpi.source)

    def check(
        self, rep: Reporter, spec: FieldSpec, value: KpiList, scope: FieldScope, fields: Mapping[str, FieldValue]
    ) -> None:
        kpi_rules(rep, spec.key, spec.place, value, scope)

    def render(self, value: KpiList, lang: Lang, note: NoteContext) -> Rendered:
        return kpi_table(value, lang)

    def parse(self, printed: Printed, context: ParseContext) -> Parsed[KpiList]:
        return parse_kpis(printed)

    def ids(self, value: KpiList) -> Iterator[tuple[Any, str]]:
        return ((kpi, "kpi") for kpi in value.items)


KPIS = KpisKind()

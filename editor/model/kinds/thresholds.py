"""Threshold fields: green / orange / red bands (or the yes / no form), each a text per language and,
for a numeric KPI, bounds; optionally tied to one KPI of the same node."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from lxml import etree

from editor.model import l10n, xmlcore
from editor.model.bitext import Lang
from editor.model.checks_fields import FieldScope, threshold_rules
from editor.model.checks_issue import Reporter
from editor.model.kinds.base import Element, FieldKind, NoteContext
from editor.model.labels import THRESHOLDS_KPIS, FieldSpec, FieldType
from editor.model.printed.source import ParseContext, Parsed, Printed
from editor.model.printed.thresholds import parse_thresholds
from editor.model.rendered import Layout, Rendered, Table, TableRow
from editor.model.values import Band, KpiList, ThresholdKind, Thresholds

if TYPE_CHECKING:
    from editor.model.values import FieldValue

_KINDS = xmlcore.members(ThresholdKind)
_NO_KPIS = KpiList()  # read only by the rules


def _band(element: Element) -> Band:
    return Band(xmlcore.bitext(element), xmlcore.dec(element.get("lower")), xmlcore.dec(element.get("upper")))


def threshold_table(thresholds: Thresholds, lang: Lang) -> Table:
    """One shaded row per colour band, in the order green, orange, red."""
    rows = tuple(
        TableRow((l10n.render_band(thresholds, colour, lang),), colour) for colour in thresholds.colours()
    )
    return Table((), rows)


class ThresholdsKind(FieldKind[Thresholds]):
    field_type = FieldType.THRESHOLDS
    value_class = Thresholds
    layout = Layout.TABLE
    schema_type = "Thresholds"
    schema = """\
  <xs:complexType name="Band">
    <xs:complexContent>
      <xs:extension base="BiText">
        <xs:attribute name="lower" type="xs:decimal"/>
        <xs:attribute name="upper" type="xs:decimal"/>
      </xs:extension>
    </xs:complexContent>
  </xs:complexType>
  <xs:complexType name="Thresholds">
    <xs:sequence>
      <xs:element name="green" type="Band"/>
      <xs:element name="orange" type="Band"/>
      <xs:element name="red" type="Band"/>
    </xs:sequence>
    <xs:attribute name="kind" type="ThresholdKind" use="required"/>
    <xs:attribute name="kpi" type="xs:IDREF"/>
  </xs:complexType>
"""
    enums = (("ThresholdKind", ThresholdKind),)

    def empty(self) -> Thresholds:
        return Thresholds()

    def read(self, element: Element) -> Thresholds:
        green, orange, red = element  # the schema requires all three, in this order
        return Thresholds(_KINDS[element.get("kind")], element.get("kpi"), _band(green), _band(orange), _band(red))

    def write(self, parent: Element, tag: str, value: Thresholds) -> None:
        element = etree.SubElement(parent, tag)
        xmlcore.set_attrs(element, kind=value.kind, kpi=value.kpi)
        for name, band in (("green", value.green), ("orange", value.orange), ("red", value.red)):
            xmlcore.put_bitext(element, name, band.text, lower=xmlcore.lexical(band.lower),
                               upper=xmlcore.lexical(band.upper))  # fmt: skip

    def check(
        self, rep: Reporter, spec: FieldSpec, value: Thresholds, scope: FieldScope, fields: Mapping[str, FieldValue]
    ) -> None:
        kpis = fields.get(THRESHOLDS_KPIS.get(spec.key, ""))
        threshold_rules(rep, spec.key, spec.place, value, scope, kpis if isinstance(kpis, KpiList) else _NO_KPIS)

    def render(self, value: Thresholds, lang: Lang, note: NoteContext) -> Rendered:
        return threshold_table(value, lang)

    def parse(self, printed: Printed, context: ParseContext) -> Parsed[Thresholds]:
        return parse_thresholds(printed)

    def remap(self, value: Thresholds, ids: Mapping[str, str]) -> None:
        if value.kpi is not None and value.kpi in ids:
            value.kpi = ids[value.kpi]


THRESHOLDS = ThresholdsKind()

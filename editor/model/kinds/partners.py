"""Partner fields: references into the note's bilingual list of organisations (STIB ↔ MIVB)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from lxml import etree

from editor.model.bitext import Lang
from editor.model.checks_fields import FieldScope, partner_rules
from editor.model.checks_issue import Reporter
from editor.model.kinds.base import Element, FieldKind, NoteContext
from editor.model.labels import FieldSpec, FieldType
from editor.model.printed.partners import parse_partners
from editor.model.printed.source import ParseContext, Parsed, Printed
from editor.model.rendered import Layout, Rendered
from editor.model.values import Partners

if TYPE_CHECKING:
    from editor.model.values import FieldValue


def partner_names(note: NoteContext, partners: Partners, lang: Lang) -> str:
    """Partner organisations by their name in this language, comma separated."""
    names = []
    for org_id in partners.items:
        org = note.organisation(org_id)
        names.append(org.name.get(lang) if org else org_id)
    return ", ".join(names)


class PartnersKind(FieldKind[Partners]):
    field_type = FieldType.PARTNERS
    value_class = Partners
    layout = Layout.LINE
    schema_type = "Partners"
    schema = """\
  <xs:complexType name="PartnerRef"><xs:attribute name="ref" type="xs:IDREF" use="required"/></xs:complexType>
  <xs:complexType name="Partners">
    <xs:sequence><xs:element name="partner" type="PartnerRef" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
  </xs:complexType>
"""

    def empty(self) -> Partners:
        return Partners()

    def read(self, element: Element) -> Partners:
        return Partners([partner.get("ref", "") for partner in element])

    def write(self, parent: Element, tag: str, value: Partners) -> None:
        element = etree.SubElement(parent, tag)
        for ref in value.items:
            etree.SubElement(element, "partner", ref=ref)

    def check(
        self, rep: Reporter, spec: FieldSpec, value: Partners, scope: FieldScope, fields: Mapping[str, FieldValue]
    ) -> None:
        partner_rules(rep, spec.key, spec.place, value, scope)

    def render(self, value: Partners, lang: Lang, note: NoteContext) -> Rendered:
        return partner_names(note, value, lang)

    def parse(self, printed: Printed, context: ParseContext) -> Parsed[Partners]:
        return parse_partners(printed, context)

    def remap(self, value: Partners, ids: Mapping[str, str]) -> None:
        value.items = [ids.get(ref, ref) for ref in value.items]


PARTNERS = PartnersKind()

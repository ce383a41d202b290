"""Status fields of a Réalisations block: one of the fixed statuses, and a comment."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from lxml import etree

from editor.model import l10n, xmlcore
from editor.model.bitext import Lang
from editor.model.checks_fields import FieldScope, status_rules
from editor.model.checks_issue import Reporter
from editor.model.kinds.base import Element, FieldKind, NoteContext
from editor.model.labels import FieldSpec, FieldType
from editor.model.printed.source import ParseContext, Parsed, Printed
from editor.model.printed.statuses import parse_status
from editor.model.rendered import Layout, Rendered
from editor.model.values import Status, StatusCode

if TYPE_CHECKING:
    from editor.model.values import FieldValue

_CODES = xmlcore.members(StatusCode)


class StatusKind(FieldKind[Status]):
    field_type = FieldType.STATUS
    value_class = Status
    layout = Layout.LINE
    schema_type = "Status"
    schema = """\
  <xs:complexType name="Status">
    <xs:sequence><xs:element name="comment" type="BiText" minOccurs="0"/></xs:sequence>
    <xs:attribute name="code" type="StatusCode"/>
  </xs:complexType>
"""
    enums = (("StatusCode", StatusCode),)

    def empty(self) -> Status:
        return Status()

    def read(self, element: Element) -> Status:
        # The comment is the only child the schema allows: no lookup by name (``find`` is slow).
        return Status(_CODES.get(element.get("code")), xmlcore.bitext(element[0] if len(element) else None))

    def write(self, parent: Element, tag: str, value: Status) -> None:
        element = etree.SubElement(parent, tag)
        xmlcore.set_attrs(element, code=value.code)
        xmlcore.put_optional(element, "comment", value.comment)

    def check(
        self, rep: Reporter, spec: FieldSpec, value: Status, scope: FieldScope, fields: Mapping[str, FieldValue]
    ) -> None:
        status_rules(rep, spec.key, spec.place, value, scope)

    def render(self, value: Status, lang: Lang, note: NoteContext) -> Rendered:
        return l10n.render_status(value, lang)

    def parse(self, printed: Printed, context: ParseContext) -> Parsed[Status]:
        return parse_status(printed)


STATUS = StatusKind()

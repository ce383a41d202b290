"""Generate schemas/orientation-note.xsd from the field table, so the schema cannot drift from it.

Run ``python -m editor.model.schemagen`` after changing labels.FIELD_SPECS; a test checks that
the committed schema equals the generated one.
"""

from __future__ import annotations

import sys
from enum import Enum

from editor.model.formats import CURRENT, schema_path
from editor.model.kinds import KINDS, kind_of
from editor.model.labels import CHILD_KINDS, FIELD_SPECS, AnnexKind, ChapterKind, NodeKind, Template

SCHEMA_PATH = schema_path(CURRENT)



def element_name(kind: NodeKind, template: Template | None) -> str:
    """XML element of a node: the kind, with the template for an OO (oo-a / oo-b)."""
    if kind is NodeKind.OO:
        assert template is not None
        return f"oo-{template.value.lower()}"
    return kind.value


def xml_key(key: str) -> str:
    return key.replace("_", "-")


def _enum(name: str, enum: type[Enum]) -> str:
    values = "".join(f'<xs:enumeration value="{member.value}"/>' for member in enum)
    return f'  <xs:simpleType name="{name}"><xs:restriction base="xs:string">{values}</xs:restriction></xs:simpleType>\n'


def _node_type(kind: NodeKind, template: Template | None) -> str:
    name = element_name(kind, template)
    lines = [f'  <xs:complexType name="node-{name}">', "    <xs:sequence>"]
    lines.append('      <xs:element name="title" type="BiText"/>')
    if kind is NodeKind.OO:
        lines.append('      <xs:element name="delegation" type="Delegation" minOccurs="0"/>')
    for spec in FIELD_SPECS[(kind, template)]:
        occurs = "" if spec.required else ' minOccurs="0"'
        lines.append(
            f'      <xs:element name="{xml_key(spec.key)}" type="{kind_of(spec).schema_type}"{occurs}/>'
        )
    children = CHILD_KINDS[(kind, template)]
    if children:
        lines.append('      <xs:choice minOccurs="0" maxOccurs="unbounded">')
        for child in children:
            for child_name, child_template in _element_variants(child):
                lines.append(f'        <xs:element name="{child_name}" type="node-{child_name}"/>')
                del child_template
        lines.append("      </xs:choice>")
    lines.append("    </xs:sequence>")
    lines.append('    <xs:attribute name="id" type="xs:ID" use="required"/>')
    if kind in (NodeKind.REALISATION, NodeKind.PLANNING):
        lines.append('    <xs:attribute name="year" type="Year" use="required"/>')
    lines.append("  </xs:complexType>")
    return "\n".join(lines) + "\n"


def _element_variants(kind: NodeKind) -> list[tuple[str, Template | None]]:
    if kind is NodeKind.OO:
        return [(element_name(kind, t), t) for t in Template]
    return [(element_name(kind, None), None)]


_FIXED = """\
  <xs:simpleType name="Year"><xs:restriction base="xs:integer"><xs:minInclusive value="1900"/><xs:maxInclusive value="2200"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="Part"><xs:restriction base="xs:integer"><xs:minInclusive value="1"/><xs:maxInclusive value="12"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="Day"><xs:restriction base="xs:integer"><xs:minInclusive value="1"/><xs:maxInclusive value="31"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="Lang"><xs:restriction base="xs:string"><xs:enumeration value="fr"/><xs:enumeration value="nl"/></xs:restriction></xs:simpleType>
  <xs:complexType name="Lines" mixed="true">
    <xs:choice minOccurs="0" maxOccurs="unbounded">
      <xs:element name="p" type="xs:string"/>
      <xs:element name="li" type="xs:string"/>
    </xs:choice>
  </xs:complexType>
  <xs:complexType name="BiText">
    <xs:sequence>
      <xs:element name="fr" type="Lines"/>
      <xs:element name="nl" type="Lines"/>
      <xs:element name="fr-base" type="Lines" minOccurs="0"/>
      <xs:element name="nl-base" type="Lines" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="confirmed" type="xs:boolean"/>
  </xs:complexType>
  <xs:complexType name="Delegation">
    <xs:sequence>
      <xs:element name="delegate" type="BiText"/>
      <xs:element name="reference" type="BiText"/>
    </xs:sequence>
  </xs:complexType>
  <xs:complexType name="TitleBlock">
    <xs:sequence>
      <xs:element name="competence" type="BiText"/>
      <xs:element name="minister" type="BiText"/>
      <xs:element name="body" type="BiText"/>
    </xs:sequence>
    <xs:attribute name="session-year" type="Year" use="required"/>
    <xs:attribute name="budget-year" type="Year" use="required"/>
    <xs:attribute name="document-ref" type="xs:string" use="required"/>
    <xs:attribute name="original-language" type="Lang" use="required"/>
  </xs:complexType>
  <xs:complexType name="Abbreviation">
    <xs:sequence>
      <xs:element name="short" type="BiText"/>
      <xs:element name="long" type="BiText"/>
    </xs:sequence>
    <xs:attribute name="id" type="xs:ID" use="required"/>
  </xs:complexType>
  <xs:complexType name="Organisation">
    <xs:sequence><xs:element name="name" type="BiText"/></xs:sequence>
    <xs:attribute name="id" type="xs:ID" use="required"/>
  </xs:complexType>
  <xs:complexType name="Chapter">
    <xs:sequence><xs:element name="body" type="BiText"/></xs:sequence>
    <xs:attribute name="kind" type="ChapterKind" use="required"/>
  </xs:complexType>
  <xs:complexType name="Ref"><xs:attribute name="ref" type="xs:IDREF" use="required"/></xs:complexType>
  <xs:complexType name="AgendaRecord">
    <xs:sequence>
      <xs:element name="content" type="BiText"/>
      <xs:element name="os" type="Ref" minOccurs="0"/>
      <xs:element name="oo" type="Ref" minOccurs="0" maxOccurs="unbounded"/>
      <xs:element name="situation" type="BiText"/>
    </xs:sequence>
    <xs:attribute name="id" type="xs:ID" use="required"/>
  </xs:complexType>
  <xs:complexType name="AuditRecord">
    <xs:sequence>
      <xs:element name="reference" type="BiText"/>
      <xs:element name="recommendations" type="BiText"/>
      <xs:element name="application" type="BiText"/>
    </xs:sequence>
    <xs:attribute name="id" type="xs:ID" use="required"/>
  </xs:complexType>
  <xs:complexType name="Annex">
    <xs:choice minOccurs="0" maxOccurs="unbounded">
      <xs:element name="agenda-record" type="AgendaRecord"/>
      <xs:element name="audit-record" type="AuditRecord"/>
    </xs:choice>
    <xs:attribute name="kind" type="AnnexKind" use="required"/>
  </xs:complexType>
  <xs:complexType name="Objectives">
    <xs:sequence><xs:element name="os" type="node-os" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
  </xs:complexType>
"""

_ROOT = """\
  <xs:element name="note">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="title-block" type="TitleBlock"/>
        <xs:element name="abbreviations">
          <xs:complexType><xs:sequence><xs:element name="abbreviation" type="Abbreviation" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
        </xs:element>
        <xs:element name="organisations">
          <xs:complexType><xs:sequence><xs:element name="organisation" type="Organisation" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
        </xs:element>
        <xs:element name="chapters">
          <xs:complexType><xs:sequence><xs:element name="chapter" type="Chapter" minOccurs="3" maxOccurs="3"/></xs:sequence></xs:complexType>
          <xs:unique name="one-chapter-per-kind"><xs:selector xpath="chapter"/><xs:field xpath="@kind"/></xs:unique>
        </xs:element>
        <xs:element name="objectives" type="Objectives"/>
        <xs:element name="annexes">
          <xs:complexType><xs:sequence><xs:element name="annex" type="Annex" minOccurs="0" maxOccurs="4"/></xs:sequence></xs:complexType>
          <xs:unique name="one-annex-per-kind"><xs:selector xpath="annex"/><xs:field xpath="@kind"/></xs:unique>
        </xs:element>
      </xs:sequence>
      <xs:attribute name="format" type="xs:string" use="required" fixed="{version}"/>
      <xs:attribute name="id" type="xs:ID" use="required"/>
    </xs:complexType>
  </xs:element>
"""


def generate() -> str:
    """The schema text."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        "<!-- Orientation note file format. GENERATED by editor/model/schemagen.py from the\n"
        "     field table in editor/model/labels/: edit that table, then regenerate. -->\n",
        '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">\n',
        _ROOT.replace("{version}", CURRENT),
        _FIXED,
        *(kind.schema for kind in KINDS),
        *(_enum(name, enum) for kind in KINDS for name, enum in kind.enums),
        _enum("ChapterKind", ChapterKind),
        _enum("AnnexKind", AnnexKind),
    ]
    for kind, template in FIELD_SPECS:
        parts.append(_node_type(kind, template))
    parts.append("</xs:schema>\n")
    return "".join(parts)


def main() -> int:
    """Write the current schema, and its copy under the current version's name (kept as it is
    once the next version is released: files of this version are validated against it)."""
    text = generate()
    for path in (SCHEMA_PATH, SCHEMA_PATH.with_name(f"orientation-note-{CURRENT}.xsd")):
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

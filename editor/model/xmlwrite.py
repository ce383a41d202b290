"""Write the note model as canonical XML: one order, so an unchanged note saves byte-identically."""

from __future__ import annotations

from lxml import etree

from editor.model.formats import CURRENT
from editor.model.kinds import kind_of
from editor.model.schemagen import element_name, xml_key
from editor.model.tree import AgendaRecord, Annex, Node, Note, TitleBlock
from editor.model.xmlcore import put_bitext, set_attrs


class _Writer:
    """Serialise the model in one canonical order, so unchanged notes save byte-identically."""

    def note(self, note: Note) -> etree._Element:
        root = etree.Element("note")
        root.set("format", CURRENT)
        root.set("id", note.id)
        self.title_block(root, note.title)
        abbreviations = etree.SubElement(root, "abbreviations")
        for abbreviation in note.abbreviations:
            el = etree.SubElement(abbreviations, "abbreviation", id=abbreviation.id)
            put_bitext(el, "short", abbreviation.short)
            put_bitext(el, "long", abbreviation.long)
        organisations = etree.SubElement(root, "organisations")
        for organisation in note.organisations:
            el = etree.SubElement(organisations, "organisation", id=organisation.id)
            put_bitext(el, "name", organisation.name)
        chapters = etree.SubElement(root, "chapters")
        for chapter in note.chapters:
            el = etree.SubElement(chapters, "chapter", kind=chapter.kind.value)
            put_bitext(el, "body", chapter.body)
        objectives = etree.SubElement(root, "objectives")
        for node in note.objectives:
            self.node(objectives, node)
        annexes = etree.SubElement(root, "annexes")
        for annex in note.annexes:
            self.annex(annexes, annex)
        return root

    def title_block(self, root: etree._Element, title: TitleBlock) -> None:
        el = etree.SubElement(root, "title-block")
        set_attrs(
            el,
            session_year=title.session_year,
            budget_year=title.budget_year,
            document_ref=title.document_ref,
            original_language=title.original_language,
        )
        put_bitext(el, "competence", title.competence)
        put_bitext(el, "minister", title.minister)
        put_bitext(el, "body", title.body)

    def node(self, parent: etree._Element, node: Node) -> None:
        el = etree.SubElement(parent, element_name(node.kind, node.template), id=node.id)
        set_attrs(el, year=node.year)
        put_bitext(el, "title", node.title)
        if node.delegation is not None:
            delegation = etree.SubElement(el, "delegation")
            put_bitext(delegation, "delegate", node.delegation.delegate)
            put_bitext(delegation, "reference", node.delegation.reference)
        for spec in node.present_specs():
            kind_of(spec).write(el, xml_key(spec.key), node.fields[spec.key])
        for child in node.children:
            self.node(el, child)

    def annex(self, parent: etree._Element, annex: Annex) -> None:
        el = etree.SubElement(parent, "annex", kind=annex.kind.value)
        for record in annex.records:
            if isinstance(record, AgendaRecord):
                r = etree.SubElement(el, "agenda-record", id=record.id)
                put_bitext(r, "content", record.content)
                if record.os_ref:
                    etree.SubElement(r, "os", ref=record.os_ref)
                for ref in record.oo_refs:
                    etree.SubElement(r, "oo", ref=ref)
                put_bitext(r, "situation", record.situation)
            else:
                r = etree.SubElement(el, "audit-record", id=record.id)
                put_bitext(r, "reference", record.reference)
                put_bitext(r, "recommendations", record.recommendations)
                put_bitext(r, "application", record.application)


def note_to_bytes(note: Note) -> bytes:
    """Canonical, pretty-printed UTF-8 XML of the note."""
    root = _Writer().note(note)
    data: bytes = etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8")
    return data



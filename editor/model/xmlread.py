"""Build the note model from a schema-valid note tree, in one pass over each element's children.

This runs on every open, for tens of thousands of elements: each element is visited once, by
iterating its children and dispatching on the tag (``find`` would walk them again per lookup),
and enum values are looked up in plain dicts rather than through the enum constructors.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from lxml import etree

from editor.model.bitext import Lang
from editor.model.kinds import kind_of
from editor.model.labels import AnnexKind, ChapterKind, NodeKind, Template, field_specs
from editor.model.schemagen import xml_key
from editor.model.tree import (
    Abbreviation,
    AgendaRecord,
    Annex,
    AuditRecord,
    Chapter,
    Delegation,
    Node,
    Note,
    Organisation,
    TitleBlock,
)
from editor.model.values import FieldValue
from editor.model.xmlcore import bitext, by_tag, child_bitext, integer

Element = etree._Element

NODE_TAGS = frozenset({"os", "oo-a", "oo-b", "item", "realisation", "planning", "action"})
_NODE_KINDS = {tag: NodeKind.OO if tag.startswith("oo-") else NodeKind(tag) for tag in NODE_TAGS}
_TEMPLATES = {"oo-a": Template.A, "oo-b": Template.B}
_int = integer
Reader = Callable[[Element], FieldValue]


@functools.cache
def _fields_of(kind: NodeKind, template: Template | None) -> dict[str, tuple[str, Reader]]:
    """XML tag → (field key, reader of its type) of a node kind's fields."""
    return {xml_key(spec.key): (spec.key, kind_of(spec).read) for spec in field_specs(kind, template)}


def node(element: Element) -> Node:
    """An objective, item, year block or action, with its fields and children."""
    tag = element.tag
    kind = _NODE_KINDS[tag]
    template = _TEMPLATES.get(tag)
    result = Node(kind, element.get("id", ""), template=template, year=_int(element.get("year")))
    fields_of, fields, children = _fields_of(kind, template), result.fields, result.children
    for child in element:
        tag = child.tag
        field = fields_of.get(tag)  # fields first: they outnumber child nodes
        if field is not None:
            fields[field[0]] = field[1](child)
        elif tag in NODE_TAGS:
            children.append(node(child))
        elif tag == "title":
            result.title = bitext(child)
        elif tag == "delegation":
            parts = by_tag(child)
            result.delegation = Delegation(child_bitext(parts, "delegate"), child_bitext(parts, "reference"))
    return result


def _items(parts: dict[str, Element], tag: str) -> list[Element]:
    container = parts.get(tag)
    return list(container) if container is not None else []


def title_block(element: Element | None) -> TitleBlock:
    assert element is not None  # required by the schema
    parts = by_tag(element)
    return TitleBlock(
        competence=child_bitext(parts, "competence"),
        minister=child_bitext(parts, "minister"),
        body=child_bitext(parts, "body"),
        session_year=int(element.get("session-year", "0")),
        budget_year=int(element.get("budget-year", "0")),
        document_ref=element.get("document-ref", ""),
        original_language=Lang(element.get("original-language")),
    )


def _agenda_record(record: Element) -> AgendaRecord:
    os_ref = record.find("os")
    return AgendaRecord(
        record.get("id", ""),
        bitext(record.find("content")),
        os_ref.get("ref") if os_ref is not None else None,
        [oo.get("ref", "") for oo in record.findall("oo")],
        bitext(record.find("situation")),
    )


def _audit_record(record: Element) -> AuditRecord:
    parts = by_tag(record)
    return AuditRecord(
        record.get("id", ""),
        child_bitext(parts, "reference"),
        child_bitext(parts, "recommendations"),
        child_bitext(parts, "application"),
    )


def annex(element: Element) -> Annex:
    result = Annex(AnnexKind(element.get("kind")))
    for record in element:
        reader = _agenda_record if record.tag == "agenda-record" else _audit_record
        result.records.append(reader(record))
    return result


class ReadStopped(Exception):
    """Reading was given up because the tree turned out not to be a valid note."""


def read_note(root: Element, stop: Callable[[], bool] = lambda: False) -> Note:
    """The note held by a schema-valid tree (the schema guarantees its shape).

    ``stop`` is polled between objectives: the loader validates while reading, and gives up
    on a large invalid file instead of building it all.
    """
    parts = by_tag(root)
    note = Note(id=root.get("id", ""))
    note.title = title_block(parts.get("title-block"))
    note.abbreviations = [
        Abbreviation(el.get("id", ""), bitext(el.find("short")), bitext(el.find("long")))
        for el in _items(parts, "abbreviations")
    ]
    note.organisations = [
        Organisation(el.get("id", ""), bitext(el.find("name"))) for el in _items(parts, "organisations")
    ]
    note.chapters = [Chapter(ChapterKind(el.get("kind")), bitext(el.find("body"))) for el in _items(parts, "chapters")]
    for element in _items(parts, "objectives"):
        if stop():
            raise ReadStopped
        note.objectives.append(node(element))
    note.annexes = [annex(el) for el in _items(parts, "annexes")]
    return note

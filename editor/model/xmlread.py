"""Build the note model from a schema-valid note tree, in one pass over each element's children.

This runs on every open, for tens of thousands of elements: each element is visited once, by
iterating its children and dispatching on the tag (``find`` would walk them again per lookup),
and enum values are looked up in plain dicts rather than through the enum constructors.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from lxml import etree

from editor.model.bitext import BULLET, BiText, Lang
from editor.model.labels import AnnexKind, ChapterKind, FieldType, NodeKind, Template, field_specs
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
from editor.model.values import (
    Band,
    BudgetLine,
    CreditType,
    Deadline,
    DeadlineKind,
    Direction,
    FieldValue,
    Kpi,
    KpiList,
    Means,
    Partners,
    Season,
    Status,
    StatusCode,
    ThresholdKind,
    Thresholds,
)

Element = etree._Element
E = TypeVar("E", bound=Enum)

NODE_TAGS = frozenset({"os", "oo-a", "oo-b", "item", "realisation", "planning", "action"})
_EMPTY: dict[str, Element] = {}


def _members(enum: type[E]) -> dict[str | None, E]:
    return {member.value: member for member in enum}


_DIRECTIONS = _members(Direction)
_DEADLINE_KINDS = _members(DeadlineKind)
_SEASONS = _members(Season)
_STATUS_CODES = _members(StatusCode)
_CREDITS = _members(CreditType)
_THRESHOLD_KINDS = _members(ThresholdKind)
_NODE_KINDS = {tag: NodeKind.OO if tag.startswith("oo-") else NodeKind(tag) for tag in NODE_TAGS}
_TEMPLATES = {"oo-a": Template.A, "oo-b": Template.B}


def _dec(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def _int(value: str | None) -> int | None:
    return int(value) if value is not None else None


def _attrs(element: Element) -> dict[str, str]:
    """All attributes at once: cheaper than one ``get`` per attribute on a KPI or a deadline."""
    items: Any = element.items()  # parsed values are str; the stubs also allow bytes
    return dict(items)


def _by_tag(element: Element | None) -> dict[str, Element]:
    # Most deadlines have no child at all: no dict to build for them.
    return {child.tag: child for child in element} if element is not None and len(element) else _EMPTY


def _lines(element: Element) -> str:
    """A side written as <p>/<li> lines."""
    return "\n".join([BULLET + (child.text or "") if child.tag == "li" else child.text or "" for child in element])


def _side(element: Element) -> str:
    return (element.text or "") if len(element) == 0 else _lines(element)


def bitext(element: Element | None) -> BiText:
    """A text field: <fr/> and <nl/> in that order, then the confirmed bases when they differ."""
    if element is None:
        return BiText()
    # Inlined side reading: this runs for every text of the note (most sides are one line).
    # One slice makes every child proxy in a single call, cheaper than unpacking an iterator.
    children: list[Element] = element[:]  # type: ignore[index,assignment]  # the stubs lack slicing
    fr, nl = children[0], children[1]
    fr_text = (fr.text or "") if len(fr) == 0 else _lines(fr)
    nl_text = (nl.text or "") if len(nl) == 0 else _lines(nl)
    if element.get("confirmed") != "true":
        return BiText(fr_text, nl_text)
    if len(children) == 2:  # a base equal to its side is not written
        return BiText(fr_text, nl_text, fr_text, nl_text)
    base_fr, base_nl = fr_text, nl_text
    for base in children[2:]:
        if base.tag == "fr-base":
            base_fr = _side(base)
        else:
            base_nl = _side(base)
    return BiText(fr_text, nl_text, base_fr, base_nl)


def _child_bitext(parts: dict[str, Element], tag: str) -> BiText:
    return bitext(parts.get(tag))


def kpis(element: Element) -> KpiList:
    items = []
    for kpi in element:
        attrs = _attrs(kpi)
        parts = _by_tag(kpi)
        items.append(
            Kpi(
                id=attrs.get("id", ""),
                name=_child_bitext(parts, "name"),
                unit=_child_bitext(parts, "unit"),
                baseline=_dec(attrs.get("baseline")),
                baseline_year=_int(attrs.get("baseline-year")),
                target=_dec(attrs.get("target")),
                target_year=_int(attrs.get("target-year")),
                actual=_dec(attrs.get("actual")),
                actual_year=_int(attrs.get("actual-year")),
                direction=_DIRECTIONS.get(attrs.get("direction")),
                source=_child_bitext(parts, "source"),
            )
        )
    return KpiList(items)


def _band(element: Element) -> Band:
    return Band(bitext(element), _dec(element.get("lower")), _dec(element.get("upper")))


def thresholds(element: Element) -> Thresholds:
    green, orange, red = element  # the schema requires all three, in this order
    return Thresholds(
        _THRESHOLD_KINDS[element.get("kind")],
        element.get("kpi"),
        _band(green),
        _band(orange),
        _band(red),
    )


def deadline(element: Element) -> Deadline:
    attrs = _attrs(element)
    parts = _by_tag(element)
    return Deadline(
        _DEADLINE_KINDS[attrs.get("kind")],
        year=_int(attrs.get("year")),
        start_year=_int(attrs.get("start-year")),
        part=_int(attrs.get("part")),
        day=_int(attrs.get("day")),
        season=_SEASONS.get(attrs.get("season")),
        text=_child_bitext(parts, "text"),
        qualifier=_child_bitext(parts, "qualifier"),
    )


def status(element: Element) -> Status:
    # The comment is the only child the schema allows: no lookup by name (``find`` is slow).
    return Status(_STATUS_CODES.get(element.get("code")), bitext(element[0] if len(element) else None))


def _budget_line(element: Element) -> BudgetLine:
    attrs = _attrs(element)
    return BudgetLine(
        id=attrs.get("id", ""),
        code=attrs.get("code", ""),
        label=bitext(element[0]),  # the label is the only child the schema allows
        amount=_dec(attrs.get("amount")),
        per_year=attrs.get("per-year") == "true",
        credit=_CREDITS.get(attrs.get("credit")),
    )


def means(element: Element) -> Means:
    parts: dict[str, Element] = {}
    lines = []
    for child in element:
        if child.tag == "budget-line":
            lines.append(_budget_line(child))
        else:
            parts[child.tag] = child
    return Means(
        fte=_dec(element.get("fte")),
        fte_note=_child_bitext(parts, "fte-note"),
        ict=_child_bitext(parts, "ict"),
        budget=lines,
        note=_child_bitext(parts, "note"),
    )


def partners(element: Element) -> Partners:
    return Partners([partner.get("ref", "") for partner in element])


Reader = Callable[[Element], FieldValue]

_READERS: dict[FieldType, Reader] = {
    FieldType.TEXT: bitext,
    FieldType.KPIS: kpis,
    FieldType.THRESHOLDS: thresholds,
    FieldType.DEADLINE: deadline,
    FieldType.STATUS: status,
    FieldType.MEANS: means,
    FieldType.PARTNERS: partners,
}


@functools.cache
def _fields_of(kind: NodeKind, template: Template | None) -> dict[str, tuple[str, Reader]]:
    """XML tag → (field key, reader of its type) of a node kind's fields."""
    return {xml_key(spec.key): (spec.key, _READERS[spec.type]) for spec in field_specs(kind, template)}


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
            parts = _by_tag(child)
            result.delegation = Delegation(_child_bitext(parts, "delegate"), _child_bitext(parts, "reference"))
    return result


def _items(parts: dict[str, Element], tag: str) -> list[Element]:
    container = parts.get(tag)
    return list(container) if container is not None else []


def title_block(element: Element | None) -> TitleBlock:
    assert element is not None  # required by the schema
    parts = _by_tag(element)
    return TitleBlock(
        competence=_child_bitext(parts, "competence"),
        minister=_child_bitext(parts, "minister"),
        body=_child_bitext(parts, "body"),
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
    parts = _by_tag(record)
    return AuditRecord(
        record.get("id", ""),
        _child_bitext(parts, "reference"),
        _child_bitext(parts, "recommendations"),
        _child_bitext(parts, "application"),
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
    parts = _by_tag(root)
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

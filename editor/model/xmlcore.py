"""The XML primitives every part of a note file is made of: bilingual texts, attributes, numbers.

The field kinds (editor/model/kinds/) and the file reader and writer build on these; nothing
here knows a field kind. Reading is on the hot path of every open: each function visits an
element's children once, and enum values come from plain dicts.
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from lxml import etree

from editor.model.bitext import BULLET, BiText

Element = etree._Element
E = TypeVar("E", bound=Enum)

_EMPTY: dict[str, Element] = {}

# Characters XML 1.0 cannot hold (C0 controls but tab/newline/CR, surrogates, U+FFFE/FFFF);
# pasted or imported text may carry them, and they must never make a save fail.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# ---------------------------------------------------------------- reading


def members(enum: type[E]) -> dict[str | None, E]:
    """Value → member of an enum, for lookups cheaper than the enum's constructor."""
    return {member.value: member for member in enum}


def dec(value: str | None) -> Decimal | None:
    return Decimal(value) if value is not None else None


def integer(value: str | None) -> int | None:
    return int(value) if value is not None else None


def attrs(element: Element) -> dict[str, str]:
    """All attributes at once: cheaper than one ``get`` per attribute on a KPI or a deadline."""
    items: Any = element.items()  # parsed values are str; the stubs also allow bytes
    return dict(items)


def by_tag(element: Element | None) -> dict[str, Element]:
    """An element's children by tag (most deadlines have no child at all: no dict for them)."""
    return {child.tag: child for child in element} if element is not None and len(element) else _EMPTY


def _lines(element: Element) -> str:
    """A side written as <p>/<li> lines."""
    return "\n".join([BULLET + (child.text or "") if child.tag == "li" else child.text or "" for child in element])


def side(element: Element) -> str:
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
            base_fr = side(base)
        else:
            base_nl = side(base)
    return BiText(fr_text, nl_text, base_fr, base_nl)


def child_bitext(parts: dict[str, Element], tag: str) -> BiText:
    return bitext(parts.get(tag))


# ---------------------------------------------------------------- writing


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


def _put_side(parent: Element, tag: str, text: str) -> None:
    element = etree.SubElement(parent, tag)
    text = xml_safe(text)
    if "\n" not in text:
        element.text = text or None
        return
    for line in text.split("\n"):
        if line.startswith(BULLET):
            etree.SubElement(element, "li").text = line[len(BULLET) :] or None
        else:
            etree.SubElement(element, "p").text = line or None


def put_bitext(parent: Element, tag: str, text: BiText, **extra: str | None) -> Element:
    """<tag confirmed?><fr/><nl/>[<fr-base/>][<nl-base/>]</tag>, with extra attributes."""
    element = etree.SubElement(parent, tag)
    if text.confirmed:
        element.set("confirmed", "true")
    for name, value in extra.items():
        if value is not None:
            element.set(name.replace("_", "-"), value)
    _put_side(element, "fr", text.fr)
    _put_side(element, "nl", text.nl)
    if text.base_fr is not None and text.base_fr != text.fr:
        _put_side(element, "fr-base", text.base_fr)
    if text.base_nl is not None and text.base_nl != text.nl:
        _put_side(element, "nl-base", text.base_nl)
    return element


def put_optional(parent: Element, tag: str, text: BiText) -> None:
    """An optional text, left out when empty and unconfirmed."""
    # Empty as it will be stored: a side holding only characters XML cannot carry is written
    # empty, and must be omitted now as it will be once the file is read back and saved again.
    stored = BiText(xml_safe(text.fr), xml_safe(text.nl))
    if not stored.is_empty() or text.confirmed:
        put_bitext(parent, tag, text)


def lexical(value: object) -> str | None:
    """The attribute text of a value: enums by value, booleans as true/false, None left out."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def set_attrs(element: Element, **values: object) -> None:
    """Set the attributes that have a value; ``baseline_year`` becomes ``baseline-year``."""
    for name, value in values.items():
        text = lexical(value)
        if text is not None:
            element.set(name.replace("_", "-"), text)


def sub(parent: Element, tag: str, **values: object) -> Element:
    """A new child element with the attributes that have a value."""
    element = etree.SubElement(parent, tag)
    set_attrs(element, **values)
    return element

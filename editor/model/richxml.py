"""Rich text in the note file: a small canonical vocabulary inside each prose side.

    <fr>
      <p>Renforcer <b>l’offre</b> de <a href="https://…">bus</a><fn>Voir le <i>plan</i>.</fn>.</p>
      <li level="2" numbered="true" restart="true">…</li>
      <table header="true"><tr><td>…</td><td>…</td></tr></table>
    </fr>

Marks nest in one order (b, i, u, sup, sub), adjacent spans of the same marks are one span, and
an inline container that starts with an element gets an empty text node so that pretty-printing
never indents inside it: one changed word changes one line, and an unchanged side saves
byte-identically. The reader must keep whitespace between inline elements (the space between
"<b>a</b> <i>b</i>"), so note files are parsed with blank text kept (xmlio).
"""

from __future__ import annotations

from lxml import etree

from editor.model.rich import (
    MARK_ORDER,
    NO_MARKS,
    Block,
    Blocks,
    Footnote,
    Inline,
    Inlines,
    Link,
    ListItem,
    Mark,
    Paragraph,
    Span,
    TableBlock,
    normalise,
)
from editor.model.xmlcore import xml_safe

Element = etree._Element
_MARKS = {mark.value: mark for mark in Mark}
_INLINE_TAGS = frozenset({*_MARKS, "a", "fn"})


# --- writing -----------------------------------------------------------------------------------


def write_blocks(side: Element, blocks: Blocks) -> None:
    """Append the blocks of one side to its element (``<fr>``, ``<nl>``, or a base); a side that
    is one unformatted paragraph is written as the side's text, as most sides are."""
    if len(blocks) == 1 and isinstance(blocks[0], Paragraph):
        content = normalise(blocks[0].content)
        if len(content) == 1 and isinstance(content[0], Span) and not content[0].marks:
            side.text = xml_safe(content[0].text)
            return
    for block in blocks:
        if isinstance(block, TableBlock):
            table = etree.SubElement(side, "table")
            if block.header:
                table.set("header", "true")
            for row in block.rows:
                tr = etree.SubElement(table, "tr")
                for cell in row:
                    _write_inlines(etree.SubElement(tr, "td"), cell)
            continue
        element = etree.SubElement(side, "p" if isinstance(block, Paragraph) else "li")
        if isinstance(block, ListItem):
            element.set("level", str(block.level))
            if block.numbered:
                element.set("numbered", "true")
            if block.restart:
                element.set("restart", "true")
        _write_inlines(element, block.content)


def _write_inlines(container: Element, content: tuple[Inline, ...]) -> None:
    last: Element | None = None
    for inline in normalise(content):
        if isinstance(inline, Span):
            last = _write_span(container, last, inline)
        elif isinstance(inline, Link):
            last = etree.SubElement(container, "a", href=xml_safe(inline.href))
            _write_inlines(last, inline.content)
        else:
            last = etree.SubElement(container, "fn")
            _write_inlines(last, inline.content)
    if len(container) and container.text is None:
        container.text = ""  # keeps the pretty-printer from indenting inside inline content


def _write_span(container: Element, last: Element | None, span: Span) -> Element | None:
    text = xml_safe(span.text)
    if not span.marks:
        if last is None:
            container.text = (container.text or "") + text
        else:
            last.tail = (last.tail or "") + text
        return last
    marks = [mark for mark in MARK_ORDER if mark in span.marks]
    outer = inner = etree.SubElement(container, marks[0].value)
    for mark in marks[1:]:
        inner = etree.SubElement(inner, mark.value)
    inner.text = text
    return outer


# --- reading -----------------------------------------------------------------------------------


def read_blocks(side: Element) -> Blocks:
    """The blocks of a side element; a side with text and no block (a plain value) is one paragraph."""
    if len(side) == 0:
        text = side.text or ""
        return (Paragraph((Span(text),)),) if text else ()
    blocks: list[Block] = []
    _stray(side.text, blocks)
    for element in side:
        tag = element.tag
        if tag == "p":
            blocks.append(Paragraph(_content(element)))
        elif tag == "li":
            blocks.append(
                ListItem(
                    _content(element),
                    int(element.get("level", "1")),
                    element.get("numbered") in ("true", "1"),
                    element.get("restart") in ("true", "1"),
                )
            )
        elif tag == "table":
            rows = tuple(tuple(_content(td) for td in tr) for tr in element)
            blocks.append(TableBlock(rows, element.get("header") in ("true", "1")))
        _stray(element.tail, blocks)
    return tuple(blocks)


def _stray(text: str | None, blocks: list[Block]) -> None:
    """Text written beside the blocks (by hand: the editor never does) is a paragraph, not lost;
    the indentation between blocks is not text."""
    if text and not text.isspace():
        blocks.append(Paragraph((Span(text.strip()),)))


def _content(element: Element) -> Inlines:
    """The inline content of a container (the fast way for the usual unformatted paragraph)."""
    if len(element) == 0:
        return (Span(element.text),) if element.text else ()
    found: list[Inline] = []
    _collect(element, NO_MARKS, found)
    return normalise(tuple(found))


def _collect(element: Element, marks: frozenset[Mark], found: list[Inline]) -> None:
    if element.text:
        found.append(Span(element.text, marks))
    for child in element:
        tag = child.tag
        if tag in _MARKS:
            _collect(child, marks | {_MARKS[tag]}, found)
        elif tag == "a":
            inner: list[Inline] = []
            _collect(child, NO_MARKS, inner)
            found.append(Link(child.get("href", ""), tuple(one for one in inner if isinstance(one, Span))))
        elif tag == "fn":
            body: list[Inline] = []
            _collect(child, NO_MARKS, body)
            found.append(Footnote(tuple(one for one in body if not isinstance(one, Footnote))))
        if child.tail:
            found.append(Span(child.tail, marks))


# --- schema ------------------------------------------------------------------------------------

SCHEMA = """\
  <xs:complexType name="Inline" mixed="true">
    <xs:choice minOccurs="0" maxOccurs="unbounded">
      <xs:element name="b" type="Inline"/>
      <xs:element name="i" type="Inline"/>
      <xs:element name="u" type="Inline"/>
      <xs:element name="sup" type="Inline"/>
      <xs:element name="sub" type="Inline"/>
      <xs:element name="a" type="Link"/>
      <xs:element name="fn" type="FootnoteBody"/>
    </xs:choice>
  </xs:complexType>
  <xs:complexType name="Marked" mixed="true">
    <xs:choice minOccurs="0" maxOccurs="unbounded">
      <xs:element name="b" type="Marked"/>
      <xs:element name="i" type="Marked"/>
      <xs:element name="u" type="Marked"/>
      <xs:element name="sup" type="Marked"/>
      <xs:element name="sub" type="Marked"/>
    </xs:choice>
  </xs:complexType>
  <xs:complexType name="Link" mixed="true">
    <xs:complexContent><xs:extension base="Marked"><xs:attribute name="href" type="xs:string" use="required"/></xs:extension></xs:complexContent>
  </xs:complexType>
  <xs:complexType name="FootnoteBody" mixed="true">
    <xs:choice minOccurs="0" maxOccurs="unbounded">
      <xs:element name="b" type="Marked"/>
      <xs:element name="i" type="Marked"/>
      <xs:element name="u" type="Marked"/>
      <xs:element name="sup" type="Marked"/>
      <xs:element name="sub" type="Marked"/>
      <xs:element name="a" type="Link"/>
    </xs:choice>
  </xs:complexType>
  <xs:simpleType name="Level"><xs:restriction base="xs:integer"><xs:minInclusive value="1"/><xs:maxInclusive value="3"/></xs:restriction></xs:simpleType>
  <xs:complexType name="Item" mixed="true">
    <xs:complexContent>
      <xs:extension base="Inline">
        <xs:attribute name="level" type="Level" use="required"/>
        <xs:attribute name="numbered" type="xs:boolean"/>
        <xs:attribute name="restart" type="xs:boolean"/>
      </xs:extension>
    </xs:complexContent>
  </xs:complexType>
  <xs:complexType name="Row"><xs:sequence><xs:element name="td" type="Inline" maxOccurs="unbounded"/></xs:sequence></xs:complexType>
  <xs:complexType name="Table">
    <xs:sequence><xs:element name="tr" type="Row" maxOccurs="unbounded"/></xs:sequence>
    <xs:attribute name="header" type="xs:boolean"/>
  </xs:complexType>
  <xs:complexType name="Blocks" mixed="true">
    <xs:choice minOccurs="0" maxOccurs="unbounded">
      <xs:element name="p" type="Inline"/>
      <xs:element name="li" type="Item"/>
      <xs:element name="table" type="Table"/>
    </xs:choice>
  </xs:complexType>
  <xs:complexType name="Prose">
    <xs:sequence>
      <xs:element name="fr" type="Blocks"/>
      <xs:element name="nl" type="Blocks"/>
      <xs:element name="fr-base" type="Blocks" minOccurs="0"/>
      <xs:element name="nl-base" type="Blocks" minOccurs="0"/>
    </xs:sequence>
    <xs:attribute name="confirmed" type="xs:boolean"/>
  </xs:complexType>
"""

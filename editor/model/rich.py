"""Rich text: what one language side of a prose field holds — paragraphs, list items, tables —
with emphasis, links and footnotes inside.

Values are immutable (frozen dataclasses and tuples): an edit replaces a side's blocks, so undo
keeps the old tuple and equality is plain ``==``. French typography's no-break and thin spaces
are ordinary characters of a span's text.

``plain`` is the side as plain text, the form every part of the editor that reads words uses (the
FR/NL number checks, search, the outline): paragraphs on lines, "– " before a bullet, "1. " before
a numbered item, table rows as cells joined by " | ", footnote bodies after their paragraph as
"[1] …". ``from_plain`` reads that form back for text without numbered items, tables or
footnotes — exactly what the first file format stored — so ``plain(from_plain(s)) == s``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from enum import StrEnum

BULLET = "– "


class Mark(StrEnum):
    """Character formatting of a span; the value is the file's element name. Nesting order in
    the file follows the order here."""

    BOLD = "b"
    ITALIC = "i"
    UNDERLINE = "u"
    SUPERSCRIPT = "sup"
    SUBSCRIPT = "sub"


MARK_ORDER: tuple[Mark, ...] = tuple(Mark)
NO_MARKS: frozenset[Mark] = frozenset()


@dataclass(frozen=True)
class Span:
    """A run of text with the same formatting."""

    text: str
    marks: frozenset[Mark] = NO_MARKS


@dataclass(frozen=True)
class Link:
    """A hyperlink: its address and the text that shows it."""

    href: str
    content: tuple[Span, ...]


@dataclass(frozen=True)
class Footnote:
    """A footnote: the call sits where the footnote stands; its body is inline text of the same side."""

    content: tuple[Span | Link, ...]


Inline = Span | Link | Footnote
Inlines = tuple[Inline, ...]


@dataclass(frozen=True)
class Paragraph:
    content: Inlines = ()


@dataclass(frozen=True)
class ListItem:
    """A list item, bulleted or numbered, at level 1 to 3; ``restart`` starts its numbering at 1."""

    content: Inlines = ()
    level: int = 1
    numbered: bool = False
    restart: bool = False


@dataclass(frozen=True)
class TableBlock:
    """A table: rows of cells of inline text; the first row is a header when ``header``."""

    rows: tuple[tuple[Inlines, ...], ...]
    header: bool = False

    @property
    def shape(self) -> tuple[int, int]:
        """(rows, columns of the widest row)."""
        return len(self.rows), max((len(row) for row in self.rows), default=0)


Block = Paragraph | ListItem | TableBlock
Blocks = tuple[Block, ...]
MAX_LEVEL = 3


# --- building ----------------------------------------------------------------------------------


def text_of(content: tuple[Inline, ...]) -> str:
    """The words of inline content, without footnote bodies (``plain`` lists them after their
    paragraph)."""
    parts: list[str] = []
    for inline in content:
        if isinstance(inline, Span):
            parts.append(inline.text)
        elif isinstance(inline, Link):
            parts.append(text_of(inline.content))
    return "".join(parts)


def normalise(content: tuple[Inline, ...]) -> Inlines:
    """Inline content in its one canonical form: adjacent spans of the same marks merged, empty
    spans dropped (a file saved twice is byte-identical, equal values compare equal)."""
    result: list[Inline] = []
    for inline in content:
        if isinstance(inline, Link):
            inline = Link(inline.href, tuple(one for one in normalise(inline.content) if isinstance(one, Span)))
        elif isinstance(inline, Footnote):
            inline = Footnote(tuple(one for one in normalise(inline.content) if not isinstance(one, Footnote)))
        elif not inline.text:
            continue
        previous = result[-1] if result else None
        if isinstance(inline, Span) and isinstance(previous, Span) and previous.marks == inline.marks:
            result[-1] = Span(previous.text + inline.text, inline.marks)
        else:
            result.append(inline)
    return tuple(result)


def spans(text: str, marks: frozenset[Mark] = NO_MARKS) -> Inlines:
    """Plain text as inline content."""
    return (Span(text, marks),) if text else ()


def paragraph(text: str) -> Paragraph:
    return Paragraph(spans(text))


def from_plain(text: str) -> Blocks:
    """Blocks of a plain side: one per line, "– " making a bullet item (the first file format)."""
    if not text:
        return ()
    blocks: list[Block] = []
    for line in text.split("\n"):
        if line.startswith(BULLET):
            blocks.append(ListItem(spans(line[len(BULLET) :])))
        else:
            blocks.append(paragraph(line))
    return tuple(blocks)


# What people type (or paste) at the start of a line to make a list item.
_TYPED_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?:[–•·▪◦\-*]|\u2022)\s+(?P<text>.*)$")
_TYPED_NUMBER = re.compile(r"^(?P<indent>[ \t]*)(?P<mark>\d{1,2}[.)]|[a-z][.)]|[ivx]{1,4}[.)])\s+(?P<text>.*)$")


def from_typed_text(text: str) -> Blocks:
    """Blocks of text typed or pasted as plain text: a paragraph per line (blank lines dropped),
    "- ", "– ", "• " bullets and "1.", "a)" numbered items recognised, indentation as level."""
    blocks: list[Block] = []
    previous_numbered = False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.replace("\t", "    ").rstrip()
        if not line.strip():
            previous_numbered = False
            continue
        found = _TYPED_NUMBER.match(line)
        if found:
            level = min(MAX_LEVEL, 1 + len(found["indent"]) // 2)
            first = found["mark"][0] in "1a" and found["mark"][:-1] in ("1", "a", "i")
            blocks.append(ListItem(spans(found["text"]), level, True, restart=first and previous_numbered))
            previous_numbered = True
            continue
        previous_numbered = False
        found = _TYPED_BULLET.match(line)
        if found:
            level = min(MAX_LEVEL, 1 + len(found["indent"]) // 2)
            blocks.append(ListItem(spans(found["text"]), level))
        else:
            blocks.append(paragraph(line.strip()))
    return tuple(blocks)


# --- reading -----------------------------------------------------------------------------------


def footnotes_of(content: tuple[Inline, ...]) -> list[Footnote]:
    return [inline for inline in content if isinstance(inline, Footnote)]


def block_contents(block: Block) -> Iterator[Inlines]:
    """The inline contents of a block: its text, or each cell of a table."""
    if isinstance(block, TableBlock):
        for row in block.rows:
            yield from row
    else:
        yield block.content


def numbers(blocks: Blocks) -> list[str]:
    """The number each numbered item prints ("1.", "2.", "a."…), "" for other blocks."""
    counters = [0] * (MAX_LEVEL + 1)
    result = []
    for block in blocks:
        if isinstance(block, ListItem) and block.numbered:
            if block.restart:
                counters[block.level] = 0
            counters[block.level] += 1
            for deeper in range(block.level + 1, MAX_LEVEL + 1):
                counters[deeper] = 0
            result.append(_number_text(counters[block.level], block.level))
        else:
            if not isinstance(block, ListItem):
                counters = [0] * (MAX_LEVEL + 1)
            result.append("")
    return result


def _number_text(count: int, level: int) -> str:
    if level == 2:
        return f"{chr(ord('a') + (count - 1) % 26)}."
    if level == 3:
        return f"{('i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x')[(count - 1) % 10]}."
    return f"{count}."


def plain(blocks: Blocks) -> str:
    """The side as plain text (see the module docstring)."""
    lines: list[str] = []
    footnote_count = 0
    for block, number in zip(blocks, numbers(blocks), strict=True):
        notes: list[Footnote] = []
        if isinstance(block, TableBlock):
            for row in block.rows:
                lines.append(" | ".join(text_of(cell) for cell in row))
                notes += [note for cell in row for note in footnotes_of(cell)]
        else:
            text = text_of(block.content)
            if isinstance(block, ListItem):
                text = (f"{number} " if block.numbered else BULLET) + text
            lines.append(text)
            notes = footnotes_of(block.content)
        for note in notes:
            footnote_count += 1
            lines.append(f"[{footnote_count}] {text_of(note.content)}")
    return "\n".join(lines)


@dataclass(frozen=True)
class Shape:
    """The structure of a side, compared between the two languages of a field."""

    paragraphs: int
    items: int
    tables: tuple[tuple[int, int], ...]
    footnotes: int


def shape(blocks: Blocks) -> Shape:
    paragraphs = sum(isinstance(block, Paragraph) for block in blocks)
    items = sum(isinstance(block, ListItem) for block in blocks)
    tables = tuple(block.shape for block in blocks if isinstance(block, TableBlock))
    footnotes = sum(len(footnotes_of(content)) for block in blocks for content in block_contents(block))
    return Shape(paragraphs, items, tables, footnotes)


def is_plain(blocks: Blocks) -> bool:
    """Whether the side is only paragraphs and level-1 bullets of unformatted text (what
    ``from_plain`` gives back from ``plain``)."""
    for block in blocks:
        if isinstance(block, TableBlock):
            return False
        if isinstance(block, ListItem) and (block.level != 1 or block.numbered or block.restart):
            return False
        if any(not isinstance(inline, Span) or inline.marks for inline in block.content):
            return False
    return True


def with_content(block: Block, content: Inlines) -> Block:
    """The same paragraph or item with other inline content (tables are replaced whole)."""
    if isinstance(block, TableBlock):
        raise TypeError("a table has cells, not content")
    return replace(block, content=normalise(content))

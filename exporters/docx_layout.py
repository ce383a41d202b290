"""Lay the blocks of a note out in Word: one column per language (single) or side by side."""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from editor.model.bitext import Lang
from exporters.blocks import Block, BlockKind
from exporters.common import TOC_PLACEHOLDER, Progress
from exporters.docx_render import Look, is_abbreviations, paragraph, render
from exporters.docx_styles import (
    PLACEHOLDER_STYLE,
    add_text,
    begin_field,
    end_field,
)
from exporters.docx_tables import close_cell, new_row, new_table

TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'
TOC_DEPTH = 3

# Blocks that open a new page: chapters, the abbreviations list, the contents, every annex.
BREAKING = (BlockKind.PAGE_BREAK, BlockKind.CHAPTER, BlockKind.SECTION)
# Rows kept on one page in the side-by-side layout: short blocks that read badly when torn.
WHOLE_ROWS = (BlockKind.TABLE, BlockKind.HEADING, BlockKind.LABEL, BlockKind.CHAPTER, BlockKind.SECTION)


def toc_field(container: Document | _Cell, entries: Sequence[Block], langs: tuple[Lang, ...]) -> None:
    """A TOC field Word updates; until then it shows a hint and the computed entries.

    With two languages the entries alternate French / Dutch, as Word lists the headings of
    the two columns once it updates the field.
    """
    lead = langs[0]
    first = paragraph(container, lead)
    begin_field(first, TOC_INSTRUCTION, lead)
    for index, lang in enumerate(langs):
        hint = f"{' / ' if index else ''}{TOC_PLACEHOLDER[lang]}"
        add_text(first, hint, lang, style=PLACEHOLDER_STYLE)
    last = first
    for entry in entries:
        if entry.level > TOC_DEPTH:
            continue
        for lang in langs:
            last = paragraph(container, lang)
            last.paragraph_format.left_indent = Cm(0.6 * (entry.level - 1))
            last.paragraph_format.space_after = Pt(1)
            add_text(last, entry.text(lang), lang)
    end_field(last, lead)


def _groups(blocks: Sequence[Block]) -> list[tuple[Block, list[Block]]]:
    """Blocks with the TOC entries that follow a TOC heading gathered onto that heading."""
    groups: list[tuple[Block, list[Block]]] = []
    for block in blocks:
        if block.kind is BlockKind.TOC_ENTRY and groups:
            groups[-1][1].append(block)
        else:
            groups.append((block, []))
    return groups


def lay_out_single(
    document: Document,
    blocks: Sequence[Block],
    lang: Lang,
    width: Length,
    look: Look,
    progress: Progress | None,
) -> None:
    """One language: every block's ``lang`` side in the body, page breaks before chapters."""
    body = document.element.body
    groups = _groups(blocks)
    pending_break = False
    plain_next = False
    for done, (block, entries) in enumerate(groups, start=1):
        if block.kind in BREAKING and done > 2:
            pending_break = True
        if block.kind is not BlockKind.PAGE_BREAK:
            # The section properties stay last: new content goes between them and ``previous``.
            previous = body[-1].getprevious()
            render(document, block, lang, look, width, plain_table=plain_next)
            if entries:
                toc_field(document, entries, (lang,))
            first = previous.getnext() if previous is not None else body[0]
            if pending_break and first.tag == qn("w:p"):
                Paragraph(first, document._body).paragraph_format.page_break_before = True
                pending_break = False
        plain_next = is_abbreviations(block)
        if progress:
            progress(done, len(groups))
    end_body(document, lang)


def end_body(document: Document, lang: Lang) -> None:
    """Word wants a paragraph, not a table, just before the final section properties."""
    sect_pr = document.element.body[-1]
    previous = sect_pr.getprevious()
    if previous is not None and previous.tag == qn("w:tbl"):
        paragraph(document, lang)


class _Columns:
    """Side-by-side layout: a borderless two-column table, one row per block pair."""

    def __init__(self, document: Document, order: tuple[Lang, Lang], width: Length):
        self.document = document
        self.order = order
        self.widths = (Length(width // 2), Length(width // 2))
        self.table: WordTable | None = None
        self.page_has_content = False

    def page_break(self) -> None:
        """End the current table; the next one starts on a new page (never an empty page)."""
        if not self.page_has_content:
            return
        self.page_has_content = False
        separator = paragraph(self.document, self.order[0])
        separator.paragraph_format.page_break_before = True
        separator.paragraph_format.space_after = Pt(0)
        separator.paragraph_format.line_spacing = Pt(1)
        self.table = None

    def _table(self) -> WordTable:
        if self.table is None:
            body = self.document.element.body
            self.table = WordTable(new_table(body, self.widths, borders=False, centred=True), self.document._body)
        return self.table

    def block(self, block: Block, look: Look, plain: bool) -> None:
        self.page_has_content = True
        table = self._table()
        _, cells = new_row(table._tbl, self.widths, whole=block.kind in WHOLE_ROWS)
        for tc, lang, width in zip(cells, self.order, self.widths, strict=True):
            render(_Cell(tc, table), block, lang, look, width, plain_table=plain)
            close_cell(tc, lang)

    def toc(self, heading: Block, entries: list[Block]) -> None:
        """One full-width contents for both languages: Word lists the headings of both columns."""
        self.table = None
        self.page_has_content = True
        title = paragraph(self.document, self.order[0], "TOC Heading")
        for index, lang in enumerate(self.order):
            add_text(title, f"{' / ' if index else ''}{heading.text(lang)}", lang)
        toc_field(self.document, entries, self.order)


def lay_out_columns(
    document: Document,
    blocks: Sequence[Block],
    order: tuple[Lang, Lang],
    width: Length,
    look: Look,
    progress: Progress | None,
) -> None:
    """Both languages side by side, each French block level with its Dutch block."""
    columns = _Columns(document, order, width)
    groups = _groups(blocks)
    plain_next = False
    for done, (block, entries) in enumerate(groups, start=1):
        if block.kind in BREAKING:
            columns.page_break()
        if entries:
            columns.toc(block, entries)
        elif block.kind is not BlockKind.PAGE_BREAK:
            columns.block(block, look, plain_next)
        plain_next = is_abbreviations(block)
        if progress:
            progress(done, len(groups))
    end_body(document, order[0])

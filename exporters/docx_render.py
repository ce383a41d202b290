"""Write one language side of a block (exporters.blocks) into a Word body or table cell."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.table import CT_Tc
from docx.oxml.text.paragraph import CT_P
from docx.shared import Cm, Length, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from editor.model.bitext import Lang, lines
from editor.model.l10n import COLON
from editor.model.labels import ABBREVIATIONS_TITLE, COLOUR_LABELS, TOC_TITLE
from editor.model.values import Colour
from exporters.blocks import Block, BlockKind, Table
from exporters.common import PLACEHOLDER
from exporters.docx_styles import (
    COVER_LINE,
    FIELD_LABEL,
    PLACEHOLDER_STYLE,
    SHADES,
    TABLE_TEXT,
    add_text,
    new_paragraph_element,
)
from exporters.docx_tables import W, close_cell, new_row, new_table, shade_cell

Container = Document | _Cell

HEADER_FILL = "D9E2F3"


@dataclass(frozen=True)
class Look:
    """How blocks are set: one line per chapter heading (Word) or capitals over title (Parliament);
    ``draft`` shows what is missing."""

    chapter_on_two_lines: bool = False
    draft: bool = False


def paragraph(container: Container, lang: Lang, style: str | None = None) -> Paragraph:
    """A new paragraph whose mark carries the proofing language."""
    parent = container.element.body if isinstance(container, Document) else container._tc
    return Paragraph(cast(CT_P, new_paragraph_element(parent, lang, style)), container)


def _text_paragraph(container: Container, text: str, lang: Lang, style: str | None) -> Paragraph:
    """A paragraph of text; a draft placeholder line is set grey and italic."""
    result = paragraph(container, lang, style)
    if text.strip() == PLACEHOLDER[lang]:
        add_text(result, text.strip(), lang, style=PLACEHOLDER_STYLE)
    else:
        add_text(result, text, lang)
    return result


def prose(container: Container, text: str, lang: Lang, style: str | None = None) -> list[Paragraph]:
    """Lines of a text side: bullet lines in List Bullet, others in ``style`` (Normal)."""
    return [
        _text_paragraph(container, line, lang, "List Bullet" if bullet else style) for bullet, line in lines(text)
    ]


def _cell_text(cell: CT_Tc, text: str, lang: Lang, *, bold: bool = False) -> None:
    """Lines of a table cell, each its own Table Text paragraph."""
    for line in text.split("\n"):
        target = Paragraph(cast(CT_P, new_paragraph_element(cell, lang, TABLE_TEXT)), None)  # type: ignore[arg-type]
        # The draft placeholder may end a line ("orange : [à compléter]"): set it apart.
        head, marker, tail = line.partition(PLACEHOLDER[lang])
        for part, style in ((head, None), (marker, PLACEHOLDER_STYLE), (tail, None)):
            if part:
                add_text(target, part, lang, style=style, bold=bold)


def column_widths(columns: int, width: Length) -> list[Length]:
    """Wider first column (indicator, label, abbreviation), the others sharing the rest."""
    if columns == 1:
        return [width]
    first = int(width * (0.3 if columns == 2 else 0.36))
    rest = (width - first) // (columns - 1)
    return [Length(first)] + [Length(rest)] * (columns - 1)


def _band_text(text: str, colour: Colour, lang: Lang, draft: bool) -> str:
    """A band with neither text nor bounds shows only its colour: a draft says it is missing."""
    if draft and text.strip() == COLOUR_LABELS[colour][lang]:
        return f"{text}{COLON}{PLACEHOLDER[lang]}"
    return text


def table(
    container: Container, value: Table, lang: Lang, width: Length, *, plain: bool = False, draft: bool = False
) -> None:
    """A Word table of a blocks Table: header row shaded, threshold rows in their colour.

    Rows never split across pages, so an indicator or a band is read in one piece.
    """
    columns = max(value.columns, 1)
    widths = column_widths(columns, width)
    parent = container.element.body if isinstance(container, Document) else container._tc
    style = None if plain else "TableGrid"  # a real Word table style; borders also set directly
    tbl = new_table(parent, widths, borders=not plain, style=style)
    if value.header:
        _, cells = new_row(tbl, widths, header=True)
        for cell, text in zip(cells, value.header, strict=False):
            shade_cell(cell, HEADER_FILL)
            _cell_text(cell, text, lang, bold=True)
    for source in value.rows:
        _, cells = new_row(tbl, widths)
        for index, (cell, text) in enumerate(zip(cells, source.cells, strict=False)):
            if source.colour is not None:
                shade_cell(cell, SHADES[source.colour.value])
                text = _band_text(text, source.colour, lang, draft)
            _cell_text(cell, text, lang, bold=plain and index == 0)
    for element in tbl.iter(W["tc"]):
        close_cell(cast(CT_Tc, element), lang)


def _title_page(container: Container, text: str, lang: Lang) -> list[Paragraph]:
    parts = text.split("\n")
    spacer = paragraph(container, lang)
    spacer.paragraph_format.space_before = Pt(120)
    title = paragraph(container, lang, "Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text(title, parts[0], lang)
    written = [spacer, title]
    for part in parts[1:]:
        line = paragraph(container, lang, COVER_LINE)
        add_text(line, part, lang)
        written.append(line)
    return written


def _chapter(container: Container, text: str, lang: Lang, look: Look) -> Paragraph:
    word, _, title = text.partition("\n")
    result = paragraph(container, lang, "Heading 1")
    if look.chapter_on_two_lines:
        add_text(result, word, lang)
        add_text(result, "\n", lang)  # a w:br: capitals over the title, in one heading
        add_text(result, title, lang)
    else:
        add_text(result, f"{word} – {title}", lang)
    return result


def _section(container: Container, text: str, lang: Lang) -> Paragraph:
    style = "TOC Heading" if text == TOC_TITLE[lang] else "Heading 1"
    result = paragraph(container, lang, style)
    add_text(result, text, lang)
    return result


def render(
    container: Container, block: Block, lang: Lang, look: Look, width: Length, *, plain_table: bool = False
) -> None:
    """Write the ``lang`` side of ``block`` in ``width`` (not PAGE_BREAK / TOC_ENTRY: callers own those)."""
    side = block.side(lang)
    if isinstance(side, Table):
        # A nested table needs the cell's margins; a little less than the cell keeps it inside.
        table(
            container,
            side,
            lang,
            width if isinstance(container, Document) else Length(width - Cm(0.2)),
            plain=plain_table,
            draft=look.draft,
        )
        return
    kind = block.kind
    if kind is BlockKind.TITLE_PAGE:
        _title_page(container, side, lang)
    elif kind is BlockKind.CHAPTER:
        _chapter(container, side, lang, look)
    elif kind is BlockKind.SECTION:
        _section(container, side, lang)
    elif kind is BlockKind.HEADING:
        result = paragraph(container, lang, f"Heading {min(block.level + 1, 5)}")
        add_text(result, side, lang)
    elif kind is BlockKind.LABEL:
        _text_paragraph(container, side, lang, FIELD_LABEL)
    elif kind is BlockKind.BULLET:
        _text_paragraph(container, side, lang, "List Bullet")
    elif kind is BlockKind.PLACEHOLDER:
        _text_paragraph(container, side, lang, None)
    else:
        prose(container, side, lang)


def is_abbreviations(block: Block) -> bool:
    return block.kind is BlockKind.SECTION and block.fr == ABBREVIATIONS_TITLE[Lang.FR]

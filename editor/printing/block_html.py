"""Rich-text (Qt HTML subset) for one language side of a block in the Parliament layout."""

from __future__ import annotations

from html import escape

from editor.model.bitext import BULLET, Lang
from editor.model.values import Colour
from exporters.blocks import PLACEHOLDER_TEXT, Block, BlockKind, Table

# Light shades so the band text stays readable in print and in greyscale.
ROW_SHADES = {Colour.GREEN: "#c8e6c9", Colour.ORANGE: "#ffe0b2", Colour.RED: "#ffcdd2"}
HEADER_SHADE = "#e6e6e6"

# Point sizes: the Parliament sets body text small, headings barely larger, in bold.
BODY_PT = 9.0
# Indents in Qt rich-text px (about 0.1 mm on the 300 dpi PDF device): the width of "– " at
# 9 pt, so a bullet's wrapped lines align with its text; one step per table-of-contents level.
BULLET_INDENT = 27
TOC_INDENT = 24
STYLE_SHEET = "p { margin-top: 0; margin-bottom: 0; }.placeholder { color: #808080; font-style: italic; }"

_HEADING_STYLE = {
    1: "font-weight: bold; font-size: 10pt;",
    2: "font-weight: bold; font-size: 9.5pt;",
    3: "font-weight: bold; font-style: italic;",
    4: "font-style: italic; text-decoration: underline;",
}


def _text(value: str) -> str:
    return escape(value, quote=False)


def _lines_html(text: str) -> str:
    """Paragraph lines; a "– " line becomes a hanging-indent bullet item.

    Ragged right: Qt does not hyphenate, and justified narrow columns open wide gaps.
    """
    parts = []
    for line in text.split("\n"):
        if line.startswith(BULLET):
            parts.append(_bullet(line[len(BULLET) :]))
        else:
            parts.append(f"<p>{_text(line)}</p>")
    return "".join(parts)


def _bullet(text: str) -> str:
    return f'<p style="margin-left: {BULLET_INDENT}px; text-indent: -{BULLET_INDENT}px;">–&#160;{_text(text)}</p>'


# Tables use the condensed face: four columns must fit in half an A4 page.
_CELL_STYLE = "font-family: 'DejaVu Serif Condensed'; font-size: 8pt;"


def _cell(text: str, bold: bool = False) -> str:
    body = "<br/>".join(_text(line) for line in text.split("\n"))
    # Header cells: bold but smaller, so "Streefwaarde" fits a value column unbroken.
    weight = " font-weight: bold; font-size: 6.5pt;" if bold else ""
    return f'<span style="{_CELL_STYLE}{weight}">{body}</span>'


def _width(index: int, table: Table) -> str:
    """The first column of a wide table holds names: it takes what the value columns leave."""
    columns = table.columns
    if columns == 2:
        # Short keys (abbreviations, codes) get a narrow column; record labels a wider one.
        short_keys = all(len(row.cells[0]) <= 12 for row in table.rows if row.cells)
        first = 20 if short_keys else 40
        return f' width="{first if index == 0 else 100 - first}%"'
    if columns < 3:
        return ""
    # Value columns just wide enough for "Streefwaarde" or "150 (2029)" in the condensed face.
    value = 22 if columns <= 4 else 18
    share = 100 - value * (columns - 1) if index == 0 else value
    return f' width="{share}%"'


def table_html(table: Table) -> str:
    """A bordered full-width table; threshold rows shaded in their colour."""
    rows = []
    if table.header:
        cells = "".join(
            f'<td bgcolor="{HEADER_SHADE}"{_width(i, table)}>{_cell(c, bold=True)}</td>'
            for i, c in enumerate(table.header)
        )
        rows.append(f"<tr>{cells}</tr>")
    for row in table.rows:
        shade = f' bgcolor="{ROW_SHADES[row.colour]}"' if row.colour else ""
        cells = "".join(f"<td{_width(i, table)}>{_cell(c)}</td>" for i, c in enumerate(row.cells))
        rows.append(f"<tr{shade}>{cells}</tr>")
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
        f'style="border-collapse: collapse; border-color: #606060;">{"".join(rows)}</table>'
    )


def _title_page(text: str) -> str:
    lines = text.split("\n")
    title, rest = lines[0], lines[1:]
    body = "".join(f'<p align="center" style="font-size: 11pt; margin-top: 8px;">{_text(x)}</p>' for x in rest)
    return f'<p align="center" style="font-size: 16pt; font-weight: bold;">{_text(title)}</p>{body}'


def _chapter(text: str) -> str:
    word, _, title = text.partition("\n")
    return (
        f'<p align="center" style="font-weight: bold; font-size: 10.5pt;">{_text(word)}</p>'
        f'<p align="center" style="font-weight: bold; font-size: 10.5pt;">{_text(title)}</p>'
    )


def side_html(block: Block, lang: Lang) -> str:
    """HTML of one side of a block (no page-break blocks here)."""
    side = block.side(lang)
    if isinstance(side, Table):
        return table_html(side)
    kind = block.kind
    if kind is BlockKind.TITLE_PAGE:
        return _title_page(side)
    if kind is BlockKind.CHAPTER:
        return _chapter(side)
    if kind is BlockKind.SECTION:
        return f'<p align="center" style="font-weight: bold; font-size: 10pt;">{_text(side)}</p>'
    if kind is BlockKind.HEADING:
        style = _HEADING_STYLE[min(max(block.level, 1), 4)]
        return f'<p style="{style}">{_text(side)}</p>'
    if kind is BlockKind.LABEL:
        return f'<p style="font-weight: bold; font-style: italic;">{_text(side)}</p>'
    if kind is BlockKind.TOC_ENTRY:
        indent = TOC_INDENT * max(block.level - 1, 0)
        return f'<p style="margin-left: {indent}px;">{_text(side)}</p>'
    if kind is BlockKind.BULLET:
        return _bullet(side)
    if kind is BlockKind.PLACEHOLDER:
        return f'<p class="placeholder">{_text(side)}</p>'
    # A one-sided draft text carries the placeholder inside a paragraph: grey it there too.
    marker = _text(PLACEHOLDER_TEXT[lang])
    return _lines_html(side).replace(marker, f'<span class="placeholder">{marker}</span>')

"""Word tables built straight as WordprocessingML elements (data tables and the column layout).

python-docx's table API looks the whole table up for each row and cell and creates every
property element through its generic machinery; for a note of several hundred objectives
that made the export many times slower than writing the same text as plain paragraphs.
The elements are written here in schema order, with lxml.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from docx.oxml.table import CT_Row, CT_Tbl, CT_Tc
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Length
from lxml import etree

from editor.model.bitext import Lang
from exporters.docx_styles import W_NS, new_paragraph_element

_TAGS = [
    "tbl",
    "tblPr",
    "tblStyle",
    "tblW",
    "jc",
    "tblBorders",
    "tblLayout",
    "tblGrid",
    "gridCol",
    "tr",
    "trPr",
    "cantSplit",
    "tblHeader",
    "tc",
    "tcPr",
    "tcW",
    "shd",
    "p",
    "top",
    "left",
    "bottom",
    "right",
    "insideH",
    "insideV",
]
W = {tag: f"{{{W_NS}}}{tag}" for tag in _TAGS}
_VAL, _WIDTH, _TYPE = f"{{{W_NS}}}val", f"{{{W_NS}}}w", f"{{{W_NS}}}type"
_EDGES = ("top", "left", "bottom", "right", "insideH", "insideV")


def _sub(parent: etree._Element, tag: str, **attributes: str) -> etree._Element:
    return etree.SubElement(parent, W[tag], {f"{{{W_NS}}}{k}": v for k, v in attributes.items()})


def new_table(
    parent: BaseOxmlElement,
    widths: Sequence[Length],
    *,
    borders: bool,
    centred: bool = False,
    style: str | None = None,
) -> CT_Tbl:
    """An empty table of fixed column widths, placed like a paragraph (see new_paragraph_element)."""
    last = parent[-1] if len(parent) else None
    tbl = parent.makeelement(W["tbl"], {})
    if last is not None and last.tag == f"{{{W_NS}}}sectPr":
        last.addprevious(tbl)
    else:
        parent.append(tbl)
    pr = _sub(tbl, "tblPr")
    if style:
        _sub(pr, "tblStyle", val=style)
    _sub(pr, "tblW", w=str(sum(width.twips for width in widths)), type="dxa")
    if centred:
        _sub(pr, "jc", val="center")
    edges = _sub(pr, "tblBorders")
    for edge in _EDGES:
        if borders:
            _sub(edges, edge, val="single", sz="4", space="0", color="808080")
        else:
            _sub(edges, edge, val="nil")
    _sub(pr, "tblLayout", type="fixed")
    grid = _sub(tbl, "tblGrid")
    for width in widths:
        _sub(grid, "gridCol", w=str(width.twips))
    return cast(CT_Tbl, tbl)


def new_row(
    tbl: CT_Tbl, widths: Sequence[Length], *, whole: bool = True, header: bool = False
) -> tuple[CT_Row, list[CT_Tc]]:
    """A row (kept on one page when ``whole``; repeated on each page when ``header``) of empty
    cells; fill them, then close each with close_cell."""
    tr = _sub(tbl, "tr")
    if whole or header:
        pr = _sub(tr, "trPr")
        if whole:
            _sub(pr, "cantSplit")
        if header:
            _sub(pr, "tblHeader", val="true")
    cells = []
    for width in widths:
        tc = _sub(tr, "tc")
        _sub(_sub(tc, "tcPr"), "tcW", w=str(width.twips), type="dxa")
        cells.append(cast(CT_Tc, tc))
    return cast(CT_Row, tr), cells


def shade_cell(tc: CT_Tc, fill: str) -> None:
    """Background colour of a cell (w:shd right after w:tcW in w:tcPr)."""
    _sub(tc[0], "shd", val="clear", color="auto", fill=fill)


def close_cell(tc: CT_Tc, lang: Lang) -> None:
    """Word requires every cell to end with a paragraph (also after a nested table)."""
    if tc[-1].tag != W["p"]:
        new_paragraph_element(tc, lang, None)

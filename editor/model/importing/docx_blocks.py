"""Flatten a Word body into paragraphs and data tables, each with its style and language tag.

A two-column table whose left cells are tagged in one language and right cells in the other
is a side-by-side layout (the bilingual export): its cells are flattened, left then right, so
that every paragraph lands in its language stream. Any other table is data (KPIs, thresholds,
abbreviations, annex records) and stays a table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from editor.model.bitext import Lang
from editor.model.importing.docx_labels import text_marker

_HEADING_STYLE = re.compile(r"^(heading|titre|kop)\s*(\d)$", re.IGNORECASE)
_WHITESPACE = re.compile(r"[\u00a0\u2009\u202f\u2007\t ]+")


@dataclass
class Para:
    """One paragraph: text (spaces normalised), style, heading level (0 = body), bullet, language."""

    text: str
    style: str = ""
    level: int = 0
    bullet: bool = False
    bold: bool = False
    lang: Lang | None = None
    index: int = 0


@dataclass
class DataTable:
    """A data table: rows of cells, each cell's paragraphs joined by "\\n"."""

    rows: list[list[str]] = field(default_factory=list)
    lang: Lang | None = None
    index: int = 0


Item = Para | DataTable


def clean(text: str) -> str:
    """Normalise no-break and thin spaces and tabs to plain spaces; trim every line."""
    parts = (_WHITESPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(part for part in parts if part)


def _lang_of(value: str | None) -> Lang | None:
    if not value:
        return None
    head = value.split("-")[0].lower()
    return Lang(head) if head in ("fr", "nl") else None


def _paragraph_lang(paragraph: Paragraph) -> Lang | None:
    """Language tag of the text runs (most frequent), else of the paragraph mark."""
    counts: dict[Lang, int] = {}
    for run in paragraph._p.iter(qn("w:r")):
        lang_el = run.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        lang = _lang_of(lang_el.get(qn("w:val")) if lang_el is not None else None)
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if lang and text.strip():
            counts[lang] = counts.get(lang, 0) + len(text)
    if counts:
        return max(counts, key=lambda lang: counts[lang])
    mark = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:lang')}")
    return _lang_of(mark.get(qn("w:val")) if mark is not None else None)


def style_names(document: Document) -> dict[str, str]:
    """Paragraph style id → name, read once (python-docx looks styles up slowly per paragraph)."""
    names = {}
    for style in document.styles.element.iter(qn("w:style")):
        name = style.find(qn("w:name"))
        if name is not None and style.get(qn("w:styleId")):
            names[style.get(qn("w:styleId"), "")] = name.get(qn("w:val"), "")
    return names


def bold_styles(document: Document) -> set[str]:
    """Names of the paragraph styles that set bold themselves or through the style they extend."""
    own: dict[str, tuple[bool | None, str]] = {}
    for style in document.styles.element.iter(qn("w:style")):
        bold = style.find(f"{qn('w:rPr')}/{qn('w:b')}")
        based = style.find(qn("w:basedOn"))
        flag = None if bold is None else bold.get(qn("w:val"), "true") not in _FALSE
        own[style.get(qn("w:styleId"), "")] = (flag, based.get(qn("w:val"), "") if based is not None else "")
    names = style_names(document)
    result = set()
    for style_id in own:
        seen, current = set(), style_id
        while current in own and current not in seen and own[current][0] is None:
            seen.add(current)
            current = own[current][1]
        if current in own and own[current][0]:
            result.add(names.get(style_id, style_id))
    return result


def _style_name(paragraph: Paragraph, names: dict[str, str]) -> str:
    style = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    if style is None:
        return "Normal"
    style_id = style.get(qn("w:val"), "")
    return names.get(style_id, style_id)


def _is_bullet(paragraph: Paragraph, style: str) -> bool:
    if "list" in style.lower() or "liste" in style.lower() or "lijst" in style.lower():
        return True
    return paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None


_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_FALSE = ("0", "false", "off")


def paragraph_text(paragraph: Paragraph) -> str:
    """Text of a paragraph (runs and hyperlinks; tabs and breaks kept), read straight from the
    XML: python-docx's ``Paragraph.text`` runs an XPath per run, the bulk of reading time."""
    parts = []
    for element in paragraph._p.iter(_T, _TAB, _BR, _CR):
        if element.tag == _T:
            parts.append(element.text or "")
        else:
            parts.append("\t" if element.tag == _TAB else "\n")
    return "".join(parts)


def _is_bold(paragraph: Paragraph) -> bool:
    """Every run with text is bold by direct formatting (how hand-made headings are set)."""
    seen = False
    for run in paragraph._p.iter(qn("w:r")):
        if not "".join(t.text or "" for t in run.iter(_T)).strip():
            continue
        bold = run.find(f"{qn('w:rPr')}/{qn('w:b')}")
        if bold is None or bold.get(qn("w:val"), "true") in _FALSE:
            return False
        seen = True
    return seen


def _heading_level(paragraph: Paragraph, style: str) -> int:
    match = _HEADING_STYLE.match(style.strip())
    if match:
        return int(match.group(2))
    outline = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    if outline is not None and (value := outline.get(qn("w:val"), "")).isdigit() and int(value) < 9:
        return int(value) + 1
    return 0


def make_para(paragraph: Paragraph, index: int, names: dict[str, str], bold: set[str]) -> Para | None:
    """A Para for a paragraph with text; None for empty ones and table-of-contents lines."""
    text = clean(paragraph_text(paragraph))
    if not text:
        return None
    style = _style_name(paragraph, names)
    if not text or style.lower().startswith(("toc", "table of contents")):
        return None
    return Para(
        text=text,
        style=style,
        level=_heading_level(paragraph, style),
        bullet=_is_bullet(paragraph, style),
        bold=style in bold or _is_bold(paragraph),
        lang=_paragraph_lang(paragraph),
        index=index,
    )


class _Walker:
    """Walks a body in document order, numbering paragraphs as it goes."""

    def __init__(self, names: dict[str, str], bold: set[str]) -> None:
        self.count = 0
        self.in_toc = False
        self.names = names
        self.bold = bold

    def container(self, parent: Document | _Cell) -> Iterator[Item]:
        for child in parent.iter_inner_content():
            if isinstance(child, Paragraph):
                self.count += 1
                if self.skip_toc(child):
                    continue
                para = make_para(child, self.count, self.names, self.bold)
                if para is not None:
                    yield para
            else:
                yield from self.table(child)

    def skip_toc(self, paragraph: Paragraph) -> bool:
        """True inside a table-of-contents field: its lines copy the headings, they are not ones."""
        element = paragraph._p
        if any("TOC" in (instr.text or "") for instr in element.iter(qn("w:instrText"))):
            self.in_toc = True
        if not self.in_toc:
            return False
        ends = [c for c in element.iter(qn("w:fldChar")) if c.get(qn("w:fldCharType")) == "end"]
        if ends:
            self.in_toc = False
        return True

    def table(self, table: Table) -> Iterator[Item]:
        cells = [[cell for cell in _unique_cells(row.cells)] for row in table.rows]
        langs = _layout_langs(cells)
        if langs is not None:
            for row in cells:
                for cell, lang in zip(row, langs, strict=True):
                    for item in self.container(cell):
                        # An untagged paragraph takes its column's language (hand-made side-by-side).
                        if item.lang is None:
                            item.lang = lang
                        yield item
            return
        yield self.data_table(cells)

    def data_table(self, cells: list[list[_Cell]]) -> DataTable:
        data = DataTable(index=self.count + 1)
        counts: dict[Lang, int] = {}
        for row in cells:
            texts = []
            for cell in row:
                items = list(self.container(cell))
                texts.append("\n".join(p.text for p in items if isinstance(p, Para)))
                for item in items:
                    if isinstance(item, Para) and item.lang:
                        counts[item.lang] = counts.get(item.lang, 0) + 1
            data.rows.append(texts)
        data.lang = max(counts, key=lambda lang: counts[lang]) if counts else None
        return data


def _unique_cells(cells: tuple[_Cell, ...]) -> list[_Cell]:
    """Cells of a row without the repeats python-docx returns for merged cells."""
    seen: list[_Cell] = []
    for cell in cells:
        if not any(cell._tc is other._tc for other in seen):
            seen.append(cell)
    return seen


def _cell_lang(cell: _Cell) -> Lang | None:
    """The one language a cell is tagged in; untagged, the one its headings and labels are in."""
    filled = [p for p in cell.paragraphs if paragraph_text(p).strip()]
    langs = {_paragraph_lang(p) for p in filled} - {None}
    if not langs:
        langs = {text_marker(paragraph_text(p)) for p in filled} - {None}
    return langs.pop() if len(langs) == 1 else None


def _layout_langs(rows: list[list[_Cell]]) -> tuple[Lang, Lang] | None:
    """(left, right) languages of a side-by-side table: two columns, every row whose language
    shows puts one language on the left and the other on the right; None for a data table."""
    found: tuple[Lang, Lang] | None = None
    for row in rows:
        if len(row) != 2:
            return None
        left, right = _cell_lang(row[0]), _cell_lang(row[1])
        if left is None and right is None:
            continue
        if (left is None and row[0].text.strip()) or (right is None and row[1].text.strip()):
            return None  # "label | value" of a data table: the value says no language
        left = left or (right.other if right else None)  # an empty cell faces its pair
        right = right or (left.other if left else None)
        if left is None or right is None or left is right or (found and found != (left, right)):
            return None
        found = (left, right)
    return found


def document_items(document: Document) -> list[Item]:
    """Every paragraph and data table of the body, in document order."""
    return list(_Walker(style_names(document), bold_styles(document)).container(document))

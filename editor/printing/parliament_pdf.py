"""The Parliament's bilingual PDF: A4, French and Dutch in two columns aligned block by block.

Each block pair of ``exporters.blocks`` starts at the same height in both columns and the next
pair starts below the taller side, so one language never runs ahead of the other by more than
the block in hand. A pair taller than the rest of the page is cut between lines (table rows
included) and continued on the next page. Every page carries the running header: the document
reference over each column and the page number "— N —" centred; a draft is marked on every page.
Needs a QGuiApplication (the caller creates it); QtGui only, so it runs offscreen.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from editor.model.bitext import Lang
from editor.model.tree import Note
from editor.printing.block_html import BODY_PT, STYLE_SHEET, side_html
from editor.printing.page_frame import DPI, FONT_FAMILY, Pages, mm
from editor.printing.text_layout import Cut, LaidOut, lay_out
from exporters.blocks import Block, BlockKind, note_blocks

Progress = Callable[[int, int], None]

# Blocks that introduce what follows must not end a page: keep this much room after them (mm).
KEEP_WITH_NEXT_MM = 14.0
# Never start a pair in less room than this (mm) unless it fits whole: avoids lone lines.
MIN_SLICE_MM = 9.0
# A pair up to this tall (mm) that does not fit goes to the next page whole rather than being cut.
MOVE_WHOLE_MM = 40.0
_INTRODUCERS = (BlockKind.CHAPTER, BlockKind.SECTION, BlockKind.HEADING, BlockKind.LABEL)
# Space before a block (mm), by kind: headings breathe, paragraphs of one field stay close.
_SPACE_BEFORE_MM = {
    BlockKind.CHAPTER: 8.0,
    BlockKind.SECTION: 6.0,
    BlockKind.HEADING: 4.0,
    BlockKind.LABEL: 2.5,
    BlockKind.TABLE: 1.2,
}
_DEFAULT_SPACE_MM = 1.2


class PdfWriteError(OSError):
    """The PDF could not be written (path not writable, disk full)."""


def body_font(points: float = BODY_PT) -> QFont:
    """DejaVu Serif without ligatures, so text copied or extracted from the PDF reads "fi", not "ﬁ"."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(points)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _space_before(block: Block) -> float:
    return mm(_SPACE_BEFORE_MM.get(block.kind, _DEFAULT_SPACE_MM))


class _Flow:
    """Places block pairs column by column, page by page."""

    def __init__(self, pages: Pages, left: Lang, blocks: list[Block]) -> None:
        self.pages = pages
        self.langs = (left, left.other)
        self.font = body_font()
        self.blocks = blocks
        self._laid: dict[int, list[LaidOut]] = {}  # pairs laid out ahead to measure keep-with-next

    def sides(self, index: int) -> list[LaidOut]:
        if index not in self._laid:
            self._laid[index] = self.lay_out(self.blocks[index])
        return self._laid[index]

    def _height(self, index: int) -> float:
        return max(side.height for side in self.sides(index))

    def keep_after(self, index: int, depth: int = 0) -> float:
        """Room the pairs after a heading or label need on its page, so it never ends a page."""
        following = index + 1
        if (
            self.blocks[index].kind not in _INTRODUCERS
            or following >= len(self.blocks)
            or self.blocks[following].kind in (BlockKind.PAGE_BREAK, BlockKind.TITLE_PAGE)
            or depth > 4
        ):
            return 0.0
        block = self.blocks[following]
        room = _space_before(block) + self._height(following)
        if block.kind in _INTRODUCERS:
            room += self.keep_after(following, depth + 1)
        elif room > mm(MOVE_WHOLE_MM):
            room = mm(KEEP_WITH_NEXT_MM)  # a long pair is cut anyway: a few lines of it suffice
        geometry = self.pages.geometry
        return min(room, (geometry.body_bottom - geometry.body_top) / 2)

    def lay_out(self, block: Block) -> list[LaidOut]:
        width = self.pages.geometry.column_width
        device = self.pages.writer
        return [lay_out(side_html(block, lang), width, device, self.font, STYLE_SHEET) for lang in self.langs]

    def title_page(self, index: int) -> None:
        """The cover: both titles a third of the way down the page."""
        if not self.pages.at_top:
            self.pages.new_page()
        self.pages.y = self.pages.geometry.height / 3
        self.place(index)

    def place(self, index: int) -> None:
        """Place one pair: whole if it fits, else cut between lines over as many pages as needed."""
        block, keep = self.blocks[index], self.keep_after(index)
        sides = self.sides(index)
        del self._laid[index]
        pages = self.pages
        if not pages.at_top:
            pages.y += _space_before(block)
        tallest = max(side.height for side in sides)
        fits_here = tallest + keep <= pages.room
        # Headings and short pairs move to the next page whole; a long pair starts here and is cut.
        moves_whole = block.kind in _INTRODUCERS or tallest <= mm(MOVE_WHOLE_MM)
        if not fits_here and not pages.at_top and (moves_whole or pages.room < mm(MIN_SLICE_MM)):
            pages.new_page()
        columns = [_Column(side) for side in sides]
        while True:
            cuts = [self._slice_end(column) for column in columns]
            if any(cut is None for cut in cuts):
                # One side cannot show a single line here: both move on, so they stay level.
                pages.new_page()
                continue
            drawn = [
                self._draw(side, column, cut) for side, (column, cut) in enumerate(zip(columns, cuts, strict=True))
            ]
            pages.y += max(drawn)
            if all(column.done for column in columns):
                return
            pages.new_page()

    def _slice_end(self, column: _Column) -> Cut | None:
        if column.done:
            return Cut(column.start)
        limit = column.start + self.pages.room
        cut = column.text.cut(column.start, limit)
        if cut is None and self.pages.at_top:
            cut = Cut(limit)  # a single line taller than a page: clip rather than loop forever
        return cut

    def _draw(self, side: int, column: _Column, cut: Cut | None) -> float:
        """Draw one column's slice (side 0 left, 1 right) down to the cut; returns the height used."""
        assert cut is not None  # place() moves to a new page while any side has no cut
        start, text = column.start, column.text
        if cut.split_at is not None:
            text, column.text = text.split(cut.split_at)
            column.start = 0.0
        else:
            column.start = cut.position
        if cut.position > start:
            text.draw(self.pages.painter, self.pages.geometry.column_x(side), self.pages.y, start, cut.position)
        return cut.position - start


@dataclass
class _Column:
    """What is left of one language side of a pair: its text and how far it has been drawn."""

    text: LaidOut
    start: float = 0.0

    @property
    def done(self) -> bool:
        return self.start >= self.text.height - 0.5


def _render(flow: _Flow, progress: Progress | None) -> None:
    total = len(flow.blocks)
    for index, block in enumerate(flow.blocks):
        if block.kind is BlockKind.PAGE_BREAK:
            if not flow.pages.at_top:
                flow.pages.new_page()
        elif block.kind is BlockKind.TITLE_PAGE:
            flow.title_page(index)
        else:
            flow.place(index)
        if progress is not None:
            progress(index + 1, total)


def _writer(path: str, note: Note) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    writer.setTitle(f"{note.title.competence.fr} / {note.title.competence.nl}")
    writer.setCreator("Éditeur de notes d’orientation / Editor van beleidsnota’s")
    return writer


def write_parliament_pdf(
    note: Note,
    path: str | os.PathLike[str],
    *,
    draft: bool,
    left: Lang = Lang.FR,
    progress: Progress | None = None,
) -> None:
    """Write the note in the Parliament's two-column layout; ``left`` is the left column's language.

    Written to a temporary file first and moved into place, so a failure never leaves a
    truncated PDF where a good one was. Raises PdfWriteError naming the file on failure.
    """
    target = Path(path)
    temporary = target.with_name(f".{target.name}.tmp")
    blocks = note_blocks(note, draft=draft)
    writer = _writer(str(temporary), note)
    painter = QPainter()
    if not painter.begin(writer):
        raise PdfWriteError(f"Cannot write the PDF file {target}: the folder is missing or not writable.")
    try:
        flow = _Flow(Pages(writer, painter, note.title.reference_line, draft), left, blocks)
        _render(flow, progress)
    except BaseException:
        painter.end()
        temporary.unlink(missing_ok=True)
        raise
    painter.end()
    try:
        os.replace(temporary, target)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise PdfWriteError(f"Cannot write the PDF file {target}: {error.strerror}.") from error

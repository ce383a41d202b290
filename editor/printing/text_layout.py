"""Lay out one column's rich text and cut it between lines where a page ends.

A cut between two paragraphs (or two table rows) just clips the drawing. A cut inside a
paragraph splits the document itself in two at that line: Qt draws a paragraph crossing the clip
whole, and the clipped-away line would stay in the PDF's text layer, so text extraction would
read it twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPainter,
    QTextCursor,
    QTextDocument,
)

# Tolerance in device units when comparing line edges (sub-pixel rounding of the layout).
EPSILON = 0.5


@dataclass(frozen=True)
class Line:
    """One laid-out line: its vertical extent, where its text starts, whether it sits in a table."""

    top: float
    bottom: float
    char: int
    block_top: float
    in_table: bool

    @property
    def starts_block(self) -> bool:
        return self.top <= self.block_top + EPSILON


@dataclass(frozen=True)
class Cut:
    """Where a page slice ends; ``split_at`` is set when that falls inside a paragraph."""

    position: float
    split_at: int | None = None


@dataclass
class LaidOut:
    """A QTextDocument laid out at column width for the PDF device."""

    doc: QTextDocument
    device: QPagedPaintDevice
    height: float
    lines: list[Line]
    blocks: list[tuple[float, float]]

    def cut(self, start: float, limit: float) -> Cut | None:
        """The lowest cut in (start, limit] that splits no line; None when no line fits."""
        if self.height <= limit + EPSILON:
            return Cut(self.height)
        fitting = [
            line for line in self.lines if start + EPSILON < line.top <= limit + EPSILON and not self._crosses(line.top)
        ]
        between_blocks = [line for line in fitting if not self._inside_block(line.top)]
        inside_text = [line for line in fitting if not line.starts_block and not line.in_table]
        best_between = max(between_blocks, key=lambda line: line.top, default=None)
        best_inside = max(inside_text, key=lambda line: line.top, default=None)
        if best_inside is not None and (best_between is None or best_inside.top > best_between.top):
            return Cut(best_inside.top, best_inside.char)
        if best_between is not None:
            return Cut(self._gap_middle(best_between, start))
        # Only a cut inside a table cell is left: clip there (that cell line may be read twice).
        fallback = max(fitting, key=lambda line: line.top, default=None)
        return Cut(fallback.top) if fallback is not None else None

    def _gap_middle(self, line: Line, start: float) -> float:
        """Between table rows, cut on the border (mid-gap) so each page keeps a ruled edge."""
        if not line.in_table:
            return line.top
        above = [other.bottom for other in self.lines if other.bottom <= line.top + EPSILON]
        previous = max(above, default=start)
        return max((previous + line.top) / 2, start + 1)

    def _inside_block(self, position: float) -> bool:
        return any(top + EPSILON < position < bottom - EPSILON for top, bottom in self.blocks)

    def _crosses(self, position: float) -> bool:
        return any(line.top + EPSILON < position < line.bottom - EPSILON for line in self.lines)

    def draw(self, painter: QPainter, x: float, y: float, start: float, end: float) -> None:
        """Draw the slice [start, end) of the text with its top at (x, y)."""
        painter.save()
        painter.translate(x, y - start)
        width = self.doc.textWidth()
        # The 1-unit inset keeps out paragraphs that only touch the slice edges; the side slack
        # keeps table borders inside the clip.
        self.doc.drawContents(painter, QRectF(-2, start + 1, width + 4, end - start - 2))
        painter.restore()

    def split(self, position: int) -> tuple[LaidOut, LaidOut]:
        """The text before and after a character position, each laid out again."""
        head, tail = self.doc.clone(), self.doc.clone()
        _remove(head, position, head.characterCount() - 1)
        _remove(tail, 0, position)
        return _finish(head, self.device, self.doc.textWidth()), _finish(tail, self.device, self.doc.textWidth())


def _remove(doc: QTextDocument, start: int, end: int) -> None:
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()


def lay_out(html: str, width: float, device: QPagedPaintDevice, font: QFont, style_sheet: str) -> LaidOut:
    """Lay the HTML out for the PDF device at the given width (device units)."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(style_sheet)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    return _finish(doc, device, width)


def _finish(doc: QTextDocument, device: QPagedPaintDevice, width: float) -> LaidOut:
    layout = doc.documentLayout()
    layout.setPaintDevice(device)
    doc.setTextWidth(width)
    lines, blocks = _lines(doc, layout)
    return LaidOut(doc, device, doc.size().height(), lines, blocks)


def _lines(doc: QTextDocument, layout: QAbstractTextDocumentLayout) -> tuple[list[Line], list[tuple[float, float]]]:
    """Every laid-out line and the extent of every paragraph, table cells included."""
    lines = []
    blocks = []
    block = doc.begin()
    while block.isValid():
        text_layout = block.layout()
        rect = layout.blockBoundingRect(block)
        origin = rect.top() - text_layout.boundingRect().top()
        in_table = QTextCursor(block).currentTable() is not None
        blocks.append((rect.top(), rect.bottom()))
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            top = origin + line.y()
            char = block.position() + line.textStart()
            lines.append(Line(top, top + line.height(), char, rect.top(), in_table))
        block = block.next()
    return lines, blocks

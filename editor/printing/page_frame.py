"""The page frame of the Parliament layout: A4 geometry, running header, page number, draft mark."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPdfWriter, QPen

from editor.model.bitext import Lang
from editor.model.labels import DRAFT_MARK

DPI = 300
FONT_FAMILY = "DejaVu Serif"


def mm(value: float) -> float:
    """Millimetres to device units."""
    return value * DPI / 25.4


@dataclass(frozen=True)
class Geometry:
    """A4 page areas in device units."""

    width: float = mm(210)
    height: float = mm(297)
    margin: float = mm(18)
    gutter: float = mm(8)
    header_top: float = mm(10)
    body_top: float = mm(24)
    body_bottom: float = mm(297 - 16)

    @property
    def column_width(self) -> float:
        return (self.width - 2 * self.margin - self.gutter) / 2

    def column_x(self, index: int) -> float:
        return self.margin + index * (self.column_width + self.gutter)


class Pages:
    """The painter, the page count and the vertical position where the next pair starts."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, reference: str, draft: bool) -> None:
        self.writer, self.painter = writer, painter
        self.reference, self.draft = reference, draft
        self.geometry = Geometry()
        self.number = 0
        self.y = self.geometry.body_top
        self._decorate()

    @property
    def at_top(self) -> bool:
        return self.y <= self.geometry.body_top + 0.5

    @property
    def room(self) -> float:
        return self.geometry.body_bottom - self.y

    def new_page(self) -> None:
        self.writer.newPage()
        self.y = self.geometry.body_top
        self._decorate()

    def _decorate(self) -> None:
        self.number += 1
        if self.draft:
            self._draft_mark()
        self._header()

    def _header(self) -> None:
        g, painter = self.geometry, self.painter
        painter.save()
        painter.setFont(QFont(FONT_FAMILY, 8))
        painter.setPen(QColor("#000000"))
        height = mm(6)
        for index in (0, 1):
            rect = QRectF(g.column_x(index), g.header_top, g.column_width, height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.reference)
        self._page_number(height)
        painter.setPen(QPen(QColor("#808080"), mm(0.15)))
        rule_y = g.header_top + height + mm(2)
        painter.drawLine(QPointF(g.margin, rule_y), QPointF(g.width - g.margin, rule_y))
        painter.restore()

    def _page_number(self, height: float) -> None:
        """ "— N —" centred; dashes and number drawn apart so text extraction keeps the spaces."""
        g, painter = self.geometry, self.painter
        parts = ("—", str(self.number), "—")
        widths = [painter.fontMetrics().horizontalAdvance(part) for part in parts]
        gap = mm(1.2)
        x = g.width / 2 - (sum(widths) + 2 * gap) / 2
        for part, width in zip(parts, widths, strict=True):
            painter.drawText(QRectF(x, g.header_top, width, height), Qt.AlignmentFlag.AlignCenter, part)
            x += width + gap

    def _draft_mark(self) -> None:
        """A big light diagonal mark under the text, and a plain one above the header."""
        g, painter = self.geometry, self.painter
        text = f"{DRAFT_MARK[Lang.FR]} / {DRAFT_MARK[Lang.NL]}"
        painter.save()
        font = QFont(FONT_FAMILY, 8)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#a00000"))
        painter.drawText(QRectF(0, mm(4), g.width, mm(5)), Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
        painter.save()
        font = QFont(FONT_FAMILY, 54)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(0, 0, 0, 28))
        painter.translate(g.width / 2, g.height / 2)
        painter.rotate(-55)
        painter.drawText(QRectF(-g.height / 2, -mm(20), g.height, mm(40)), Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

"""Chapter IV's page: the generated table of contents, French and Dutch side by side."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model.bitext import LANGS, Lang
from editor.model.numbering import table_of_contents
from editor.widgets.base import CatchUpWidget

if TYPE_CHECKING:
    from editor.document import Document

# Column headers in the note's languages, like every label of the note itself.
HEADERS = {Lang.FR: "Table des matières", Lang.NL: "Inhoudstafel"}
INDENT = "    "


class ContentsPage(CatchUpWidget):
    """One row per heading (OS, OO, items and year blocks); activating a row opens it.

    A table rather than two word-wrapped labels: a large note has thousands of headings,
    and a label lays out all of its text again for every size query (seconds per edit).
    """

    open_requested = Signal(str)  # node id

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self._shown: list[tuple[str, ...]] = []  # (node id, French, Dutch)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr("Numbers and headings are generated from the outline: reorder it to renumber.")
            + " "
            + self.tr("Double-click a heading to open it.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, len(LANGS))
        self.table.setHorizontalHeaderLabels([HEADERS[lang] for lang in LANGS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.itemActivated.connect(self._activated)
        layout.addWidget(self.table, 1)
        self._behind = True  # filled when first shown
        # Bound methods: Qt drops the connections when the page is deleted.
        document.structure_changed.connect(self.refresh_when_visible)
        document.changed.connect(self.refresh_when_visible)

    def refresh(self) -> None:
        rows = [
            (entry.node_id, *(INDENT * (entry.level - 1) + entry.text[lang] for lang in LANGS))
            for entry in table_of_contents(self.document.note)
        ]
        if rows == self._shown:
            return
        self._shown = rows
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(rows))
        for row, (node_id, *texts) in enumerate(rows):
            for column, text in enumerate(texts):
                self._set_cell(row, column, node_id, text)
        self.table.setUpdatesEnabled(True)

    def _set_cell(self, row: int, column: int, node_id: str, text: str) -> None:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            self.table.setItem(row, column, item)
        if item.text() != text:
            item.setText(text)
            item.setToolTip(text.strip())
        item.setData(Qt.ItemDataRole.UserRole, node_id)

    def lines(self, lang: Lang) -> list[str]:
        """The headings as shown in one language's column, indented by level."""
        column = LANGS.index(lang)
        return [row[1 + column] for row in self._shown]

    def row_of(self, node_id: str) -> int:
        """The row of a node's heading (-1 when it has none: actions, deleted nodes)."""
        return next((row for row, shown in enumerate(self._shown) if shown[0] == node_id), -1)

    def _activated(self, item: QTableWidgetItem) -> None:
        self.open_requested.emit(str(item.data(Qt.ItemDataRole.UserRole)))

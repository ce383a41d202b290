"""A table editor for a model list (KPIs, budget lines, abbreviations, organisations).

Each column reads a cell's text from an item and turns a typed text into one model edit;
rows are added, removed and moved with ListInsert / ListRemove / ListMove, all undoable.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model.bitext import LANGS, Lang
from editor.model.edits import Edit, ListInsert, ListMove, ListRemove
from editor.widgets.base import FieldEditor, ValueCombo, field_matches, issue_message

if TYPE_CHECKING:
    from editor.document import Document
    from editor.model.checks import Issue

ERROR_BRUSH = QBrush(QColor("#ffcdd2"))
ISSUE_BRUSH = QBrush(QColor("#fff3cd"))
MAX_VISIBLE_ROWS = 12
STRETCHED_COLUMNS = 6
MAX_COLUMN_WIDTH = 240
ERROR_LABEL_STYLE = "color: #b71c1c;"


@dataclass(frozen=True)
class TextColumn:
    """A typed cell. ``write`` raises ValueError (message shown) for a bad value."""

    header: str
    read: Callable[[Any], str]
    write: Callable[[Any, str], Edit]
    key: str = ""  # the attribute edited, as rule issues name it ("name", "short", "code")
    lang: Lang | None = None  # the language side edited, for BiText columns


@dataclass(frozen=True)
class ChoiceColumn:
    """A cell picked from a fixed list of (label, value)."""

    header: str
    choices: Sequence[tuple[str, object]]
    read: Callable[[Any], object]
    write: Callable[[Any, object], Edit]


Column = TextColumn | ChoiceColumn


class ListTableEditor(FieldEditor):
    """Rows = the items of one model list; every cell change and row operation is one edit."""

    def __init__(
        self,
        document: Document,
        owner_id: str,
        items: list[Any],
        columns: Sequence[Column],
        new_item: Callable[[], Any],
        preview: Callable[[Any, Lang], str] | None = None,
        parent: QWidget | None = None,
        refuse_removal: Callable[[Any], str | None] | None = None,
    ):
        super().__init__(document, owner_id, parent)
        self.items = items
        self.columns = list(columns)
        self.new_item = new_item
        self.preview = preview
        # Says why an item may not be removed (an organisation still used as a partner).
        self.refuse_removal = refuse_removal
        self._rows: list[Any] = []
        self._errors: dict[tuple[int, int], str] = {}  # (id(item), column) -> message
        self._row_issues: dict[int, list[str]] = {}  # id(item) -> rule messages
        self._build()
        self.refresh()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels([column.header for column in self.columns])
        # A few columns share the width; wide tables (KPIs) keep resizable columns and scroll.
        few = len(self.columns) <= STRETCHED_COLUMNS
        mode = QHeaderView.ResizeMode.Stretch if few else QHeaderView.ResizeMode.Interactive
        self.table.horizontalHeader().setSectionResizeMode(mode)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._cell_changed)
        self.table.currentCellChanged.connect(lambda *_: self._current_changed())
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_LABEL_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.preview_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.preview_label)  # parent first: a parentless shown label is a window
        self.preview_label.setVisible(self.preview is not None)

    # -- model to widgets ----------------------------------------------------------------------
    def bind(self, value: Any) -> None:
        """Another owner's list; callers rebuild ``columns`` first when they name the owner."""
        self.items = value
        self._errors.clear()
        self._row_issues.clear()
        self.table.setCurrentCell(-1, -1)
        self._show_errors()

    def load(self) -> None:
        self.table.blockSignals(True)
        try:
            rebuilt = [id(item) for item in self._rows] != [id(item) for item in self.items]
            if rebuilt:
                self._rebuild()
            for row, item in enumerate(self._rows):
                for index, column in enumerate(self.columns):
                    self._load_cell(row, index, item, column)
            if rebuilt:
                self._fit_columns()
        finally:
            self.table.blockSignals(False)
        self._fit_height()
        self._show_preview()
        self._update_buttons()

    def _rebuild(self) -> None:
        self._rows = list(self.items)
        live = {id(item) for item in self._rows}
        self._errors = {key: message for key, message in self._errors.items() if key[0] in live}
        self.table.setRowCount(len(self._rows))
        for row in range(len(self._rows)):
            for index, column in enumerate(self.columns):
                if isinstance(column, ChoiceColumn):
                    self.table.setCellWidget(row, index, self._combo(row, index, column))
                elif self.table.item(row, index) is None:
                    self.table.setItem(row, index, QTableWidgetItem())

    def _combo(self, row: int, index: int, column: ChoiceColumn) -> ValueCombo:
        combo = ValueCombo(column.choices)
        combo.currentIndexChanged.connect(lambda _: self._choice_changed(combo, index))
        return combo

    def _load_cell(self, row: int, index: int, item: Any, column: Column) -> None:
        if isinstance(column, ChoiceColumn):
            combo = self.table.cellWidget(row, index)
            assert isinstance(combo, ValueCombo)
            combo.set_value(column.read(item))
            return
        cell = self.table.item(row, index)
        assert cell is not None
        message = self._errors.get((id(item), index))
        if message is None and cell.text() != column.read(item):
            cell.setText(column.read(item))
        self._paint(cell, message, self._row_issues.get(id(item), []))

    def _paint(self, cell: QTableWidgetItem, error: str | None, issues: list[str]) -> None:
        """Red for a rejected typed value, yellow for a rule issue on the row."""
        brush = ERROR_BRUSH if error else ISSUE_BRUSH if issues else QBrush()
        if cell.background() != brush:
            cell.setBackground(brush)
        tip = "\n".join([error] if error else issues)
        if cell.toolTip() != tip:
            cell.setToolTip(tip)

    def _fit_columns(self) -> None:
        """Wide tables: each column as wide as its content, within reason; the author can resize."""
        if len(self.columns) <= STRETCHED_COLUMNS:
            return
        header = self.table.horizontalHeader()
        for index in range(len(self.columns)):
            wanted = max(self.table.sizeHintForColumn(index), header.sectionSizeHint(index))
            self.table.setColumnWidth(index, min(wanted + 8, MAX_COLUMN_WIDTH))

    def _fit_height(self) -> None:
        """As tall as the rows (one empty row's space at least, twelve rows at most)."""
        shown = max(1, min(self.table.rowCount(), MAX_VISIBLE_ROWS))
        rows = sum(self.table.rowHeight(row) for row in range(min(self.table.rowCount(), shown)))
        rows = max(rows, self.table.verticalHeader().defaultSectionSize())
        header = self.table.horizontalHeader().sizeHint().height()
        scrollbar = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(header + rows + scrollbar + 2 * self.table.frameWidth() + 2)

    def _current_changed(self) -> None:
        self._show_preview()
        self._update_buttons()

    def _show_preview(self) -> None:
        if self.preview is None:
            return
        if not self._rows:
            self.preview_label.clear()
            return
        # The current row as it will print, or the first one before any row is picked.
        row = self.table.currentRow()
        item = self._rows[row if 0 <= row < len(self._rows) else 0]
        self.preview_label.setText("\n".join(self.preview(item, lang) for lang in LANGS))

    def _update_buttons(self) -> None:
        row = self.table.currentRow()
        has_row = 0 <= row < len(self._rows)
        self.remove_button.setEnabled(has_row)
        self.up_button.setEnabled(has_row and row > 0)
        self.down_button.setEnabled(has_row and row < len(self._rows) - 1)

    def _show_errors(self) -> None:
        messages = list(dict.fromkeys(self._errors.values()))
        self.error_label.setText("\n".join(messages))
        self.error_label.setVisible(bool(messages))

    # -- rule issues ---------------------------------------------------------------------------
    def _issues_of(self, item: Any, issue: Issue) -> bool:
        item_id = getattr(item, "id", None)
        if item_id is None:
            return False
        if issue.node_id == item_id:
            return True
        return issue.node_id == self.owner_id and f"/{item_id}" in (issue.field or "")

    def issues(self) -> list[Issue]:
        """Issues of the rows (by their ids) and of the list field itself."""
        # The owner's issues about this list or a row, then the rows' own (records, organisations).
        own = [
            issue
            for issue in self.document.issues_for(self.owner_id)
            if field_matches(issue.field, self.field_key) or any(self._issues_of(item, issue) for item in self._rows)
        ]
        row_ids = [item_id for item_id in (getattr(item, "id", None) for item in self._rows) if item_id is not None]
        return own + [issue for item_id in row_ids for issue in self.document.issues_for(item_id)]

    def show_issues(self) -> None:
        issues = self.issues()
        self._row_issues = {
            id(item): [issue_message(issue) for issue in issues if self._issues_of(item, issue)]
            for item in self._rows
        }
        self.table.blockSignals(True)
        try:
            for row, item in enumerate(self._rows):
                for index, column in enumerate(self.columns):
                    cell = self.table.item(row, index)
                    if cell is not None and isinstance(column, TextColumn):
                        self._paint(cell, self._errors.get((id(item), index)), self._row_issues[id(item)])
        finally:
            self.table.blockSignals(False)
        self.setToolTip("\n".join(issue_message(issue) for issue in issues))

    # -- widgets to model ----------------------------------------------------------------------
    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        if self.loading:
            return
        row, index = cell.row(), cell.column()
        item, column = self._rows[row], self.columns[index]
        assert isinstance(column, TextColumn)
        text = cell.text()
        key = (id(item), index)
        try:
            edit = None if text == column.read(item) else column.write(item, text)
        except ValueError as error:
            self._errors[key] = str(error)
        else:
            self._errors.pop(key, None)
            if edit is not None:
                self.apply(edit, self.tr("Edit “%1”").replace("%1", column.header))
        self.refresh()
        self._show_errors()

    def _choice_changed(self, combo: ValueCombo, index: int) -> None:
        if self.loading:
            return
        row = self._row_of_widget(combo, index)
        if row < 0:
            return
        column = self.columns[index]
        assert isinstance(column, ChoiceColumn)
        edit = column.write(self._rows[row], combo.value())
        self.apply(edit, self.tr("Edit “%1”").replace("%1", column.header))

    def _row_of_widget(self, widget: QWidget, index: int) -> int:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, index) is widget:
                return row
        return -1

    def add_row(self) -> None:
        """Append a new item (one undoable step) and start editing its first cell."""
        position = len(self.items)
        self.apply(ListInsert(self.items, position, self.new_item(), self.owner_id), self.tr("Add row"))
        self.table.setCurrentCell(position, 0)
        self._update_buttons()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        reason = self.refuse_removal(self.items[row]) if self.refuse_removal else None
        if reason:
            self.error_label.setText(reason)
            self.error_label.show()
            return
        self.apply(ListRemove(self.items, row, self.owner_id), self.tr("Remove row"))
        if self.items:
            self.table.setCurrentCell(min(row, len(self.items) - 1), 0)
        self._update_buttons()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if not (0 <= row < len(self.items) and 0 <= target < len(self.items)):
            return
        self.apply(ListMove(self.items, row, target, self.owner_id), self.tr("Move row"))
        self.table.setCurrentCell(target, max(self.table.currentColumn(), 0))
        self._update_buttons()

    # -- test and window helpers ---------------------------------------------------------------
    def cell_text(self, row: int, index: int) -> str:
        cell = self.table.item(row, index)
        return cell.text() if cell else ""

    def set_cell_text(self, row: int, index: int, text: str) -> None:
        """Type a value into a cell as the author would (commits on return)."""
        cell = self.table.item(row, index)
        assert cell is not None
        cell.setText(text)

    def combo(self, row: int, index: int) -> ValueCombo:
        widget = self.table.cellWidget(row, index)
        assert isinstance(widget, ValueCombo)
        return widget

    def error_messages(self) -> list[str]:
        return list(self._errors.values())

    def focus_issue(self, issue: Issue) -> None:
        """Select the row the issue is about, in the column of its language when it has one."""
        self.table.setFocus()
        row = next((row for row, item in enumerate(self._rows) if self._issues_of(item, issue)), 0)
        if not self._rows:
            return
        self.table.setCurrentCell(row, self._column_for(issue))

    def _column_for(self, issue: Issue) -> int:
        """The column the issue's field path and language name, else the first one."""
        parts = (issue.field or "").split("/")
        best, best_score = 0, 0
        for index, column in enumerate(self.columns):
            if not isinstance(column, TextColumn):
                continue
            score = 2 * (column.key in parts and bool(column.key)) + (
                column.lang is not None and column.lang is issue.lang
            )
            if score > best_score:
                best, best_score = index, score
        return best

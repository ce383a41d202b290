"""The problems panel: every rule issue of the note; activating one jumps to its field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QStyle, QTableView, QWidget

from editor.document import Document
from editor.model.checks_issue import Severity
from editor.widgets.base import issue_message

if TYPE_CHECKING:
    from editor.model.checks_issue import Issue

Index = QModelIndex | QPersistentModelIndex
NO_INDEX = QModelIndex()  # default parent argument of the model API: the invisible root
SEVERITY, LOCATION, MESSAGE = range(3)
RELOAD_DELAY_MS = 250


def is_error(issue: Issue) -> bool:
    return issue.severity is Severity.ERROR


class ProblemsModel(QAbstractTableModel):
    """Issues of the document, errors first, in the order the checks found them."""

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.issues: list[Issue] = []
        self._icons: dict[bool, QIcon] = {}
        self._load()
        # The list follows the issues after a pause in typing: a reset per keystroke would
        # make the view re-read every row while the user types.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        document.issues_changed.connect(self._timer.start)

    def _load(self) -> None:
        issues = list(self.document.issues)
        self.issues = [one for one in issues if is_error(one)] + [one for one in issues if not is_error(one)]

    def reload(self) -> None:
        self._timer.stop()
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def issue(self, row: int) -> Issue:
        return self.issues[row]

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self.issues)

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Severity"), self.tr("Location"), self.tr("Problem"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        issue = self.issues[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == SEVERITY:
                return self.tr("Error") if is_error(issue) else self.tr("Warning")
            if column == LOCATION:
                return issue.location(self.document.note.title.original_language)
            return issue_message(issue)
        if role == Qt.ItemDataRole.ToolTipRole and column != SEVERITY:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DecorationRole and column == SEVERITY:
            return self._icon(is_error(issue))
        return None

    def _icon(self, error: bool) -> QIcon:
        if error not in self._icons:
            pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
            if error:
                pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical
            self._icons[error] = QApplication.style().standardIcon(pixmap)
        return self._icons[error]

    def counts(self) -> tuple[int, int]:
        """(errors, warnings)."""
        errors = sum(1 for issue in self.issues if is_error(issue))
        return errors, len(self.issues) - errors


class ProblemsView(QTableView):
    """The table; Enter or double-click on a row emits ``issue_activated``."""

    issue_activated = Signal(object)

    def __init__(self, model: ProblemsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        # Fixed widths: sizing to contents would read every row on each reload.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(SEVERITY, 130)
        self.setColumnWidth(LOCATION, 420)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.activated.connect(self._on_activated)

    def problems(self) -> ProblemsModel:
        model = self.model()
        assert isinstance(model, ProblemsModel)
        return model

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.issue_activated.emit(self.problems().issue(index.row()))

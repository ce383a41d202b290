"""Annex pages: annexes 1–2 generated read-only from the tree, agenda and audit records edited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model.bitext import LANGS, BiText, Lang
from editor.model.edits import ListInsert, ListMove, ListRemove, SetAttr
from editor.model.l10n import render_amount, render_number
from editor.model.labels import RECORD_LABELS, AnnexKind, NodeKind
from editor.model.numbering import annex_heading, means_summary, objectives_list
from editor.model.tree import AgendaRecord, Annex, AuditRecord, Record
from editor.widgets.base import CatchUpWidget, FieldEditor, ValueCombo
from editor.widgets.bitext import BiTextEditor
from editor.widgets.pages import heading_label

if TYPE_CHECKING:
    from editor.document import Document
    from editor.model.checks import Issue


def record_labels(key: str) -> tuple[str, str]:
    return RECORD_LABELS[key][Lang.FR], RECORD_LABELS[key][Lang.NL]


def read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    return table


def fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            current = table.item(row, column)
            if current is None or current.text() != text:
                table.setItem(row, column, QTableWidgetItem(text))


class GeneratedAnnexView(CatchUpWidget):
    """Annex 1 (every OS and OO) or annex 2 (means per objective): computed, never typed."""

    def __init__(self, document: Document, kind: AnnexKind, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.kind = kind
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        notice = QLabel(self.tr("Generated from the objectives: edit the objectives to change this annex."))
        notice.setWordWrap(True)
        layout.addWidget(notice)
        if kind is AnnexKind.OBJECTIVES:
            headers = [self.tr("French"), self.tr("Dutch")]
        else:
            headers = [self.tr("Objective (FR)"), self.tr("Objective (NL)"), self.tr("FTE")]
            headers += [self.tr("Budget"), self.tr("Budget lines")]
        self.table = read_only_table(headers)
        layout.addWidget(self.table)
        # Bound methods, not lambdas: Qt drops the connection when this widget is deleted.
        document.changed.connect(self.refresh_when_visible)
        document.structure_changed.connect(self.refresh_when_visible)
        self.refresh()

    def rows(self) -> list[list[str]]:
        note = self.document.note
        if self.kind is AnnexKind.OBJECTIVES:
            return [[entry.line(lang) for lang in LANGS] for entry in objectives_list(note)]
        result = []
        for row in means_summary(note):
            fte = render_number(row.fte, Lang.FR) if row.fte is not None else ""
            names = [f"{row.key[lang]} : {row.title[lang]}" for lang in LANGS]
            result.append([*names, fte, render_amount(row.budget, Lang.FR), str(row.budget_lines)])
        return result

    def refresh(self) -> None:
        fill(self.table, self.rows())
        self.table.setMinimumHeight(min(600, 40 + 30 * self.table.rowCount()))


def objective_choices(document: Document, kind: NodeKind) -> list[tuple[str, object]]:
    """The real objectives of a kind, named as in annex 1 in both languages."""
    return [
        (f"{entry.line(Lang.FR)}  |  {entry.line(Lang.NL)}", entry.node_id)
        for entry in objectives_list(document.note)
        if entry.kind is kind
    ]


class AgendaRecordEditor(FieldEditor):
    """One regulatory agenda entry: content, the OS and OO(s) it serves, the situation."""

    def __init__(self, document: Document, record: AgendaRecord, parent: QWidget | None = None):
        super().__init__(document, record.id, parent)
        self.record = record
        layout = QVBoxLayout(self)
        self.content = BiTextEditor(document, record.id, record.content, "content", record_labels("content"))
        layout.addWidget(self.content)
        layout.addWidget(QLabel(" / ".join(record_labels("os"))))
        self.os_combo = ValueCombo()
        self.os_combo.currentIndexChanged.connect(self._os_picked)
        layout.addWidget(self.os_combo)
        layout.addWidget(QLabel(" / ".join(record_labels("oos"))))
        self.oo_list = QListWidget()
        self.oo_list.setMaximumHeight(140)
        self.oo_list.itemChanged.connect(self._oo_toggled)
        layout.addWidget(self.oo_list)
        self.situation = BiTextEditor(
            document, record.id, record.situation, "situation", record_labels("situation")
        )
        layout.addWidget(self.situation)
        self.refresh()

    def _os_picked(self) -> None:
        value = self.os_combo.value()
        if self.loading or value == self.record.os_ref:
            return
        self.apply(SetAttr(self.record, "os_ref", value, self.record.id), self.tr("Choose objective"))

    def _oo_toggled(self, item: QListWidgetItem) -> None:
        if self.loading:
            return
        node_id = item.data(Qt.ItemDataRole.UserRole)
        refs = self.record.oo_refs
        if item.checkState() == Qt.CheckState.Checked and node_id not in refs:
            self.apply(ListInsert(refs, len(refs), node_id, self.record.id), self.tr("Choose objective"))
        elif item.checkState() == Qt.CheckState.Unchecked and node_id in refs:
            self.apply(ListRemove(refs, refs.index(node_id), self.record.id), self.tr("Choose objective"))

    def load(self) -> None:
        choices: list[tuple[str, object]] = [("–", None), *objective_choices(self.document, NodeKind.OS)]
        current = self.record.os_ref
        if current is not None and current not in [value for _, value in choices]:
            choices.append((self.tr("(unknown objective %1)").replace("%1", current), current))
        self.os_combo.update_choices(choices)
        self.os_combo.set_value(self.record.os_ref)
        self._load_oos()

    def _load_oos(self) -> None:
        choices = objective_choices(self.document, NodeKind.OO)
        shown = [self.oo_list.item(row).text() for row in range(self.oo_list.count())]
        if shown != [label for label, _ in choices]:
            self.oo_list.clear()
            for label, node_id in choices:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, node_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self.oo_list.addItem(item)
        for row in range(self.oo_list.count()):
            item = self.oo_list.item(row)
            wanted = item.data(Qt.ItemDataRole.UserRole) in self.record.oo_refs
            state = Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)

    def focus_issue(self, issue: Issue) -> None:
        field = issue.field or ""
        if field == "os":
            self.os_combo.setFocus()
        elif field == "oos":
            self.oo_list.setFocus()
        elif field == "situation":
            self.situation.focus_issue(issue)
        else:
            self.content.focus_issue(issue)


class AuditRecordEditor(FieldEditor):
    """One Court of Audit recommendation and how it is being applied."""

    def __init__(self, document: Document, record: AuditRecord, parent: QWidget | None = None):
        super().__init__(document, record.id, parent)
        layout = QVBoxLayout(self)
        self.editors: dict[str, BiTextEditor] = {}
        for key in ("reference", "recommendations", "application"):
            text: BiText = getattr(record, key)
            self.editors[key] = BiTextEditor(document, record.id, text, key, record_labels(key))
            layout.addWidget(self.editors[key])

    def focus_issue(self, issue: Issue) -> None:
        self.editors.get(issue.field or "", self.editors["reference"]).focus_issue(issue)


class RecordsEditor(FieldEditor):
    """The records of an agenda or audit annex, with add, remove and move (each undoable)."""

    def __init__(self, document: Document, annex: Annex, parent: QWidget | None = None):
        super().__init__(document, annex.id, parent)
        self.annex = annex
        self.frames: list[tuple[Record, QFrame, FieldEditor]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.records_box = QVBoxLayout()
        layout.addLayout(self.records_box)
        self.add_button = QPushButton(self.tr("Add record"))
        self.add_button.clicked.connect(self.add_record)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh()

    def new_record(self) -> Record:
        return AgendaRecord() if self.annex.kind is AnnexKind.AGENDA else AuditRecord()

    def add_record(self) -> None:
        records = self.annex.records
        self.apply(ListInsert(records, len(records), self.new_record(), self.annex.id), self.tr("Add record"))

    def remove_record(self, record: Record) -> None:
        records = self.annex.records
        index = next(i for i, one in enumerate(records) if one is record)
        self.apply(ListRemove(records, index, self.annex.id), self.tr("Remove record"))

    def move_record(self, record: Record, step: int) -> None:
        records = self.annex.records
        index = next(i for i, one in enumerate(records) if one is record)
        if 0 <= index + step < len(records):
            self.apply(ListMove(records, index, index + step, self.annex.id), self.tr("Move record"))

    def load(self) -> None:
        if [id(one) for one, _, _ in self.frames] == [id(one) for one in self.annex.records]:
            return
        for _, frame, _ in self.frames:
            frame.deleteLater()
        self.frames = [(record, *self._frame(record, position)) for position, record in
                       enumerate(self.annex.records, start=1)]  # fmt: skip
        for _, frame, _ in self.frames:
            self.records_box.addWidget(frame)
            # A layout shows new children only on the next event loop pass; show now so the
            # new record's editors follow the very next edit.
            frame.setVisible(self.isVisible())

    def _frame(self, record: Record, position: int) -> tuple[QFrame, FieldEditor]:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        head = QHBoxLayout()
        head.addWidget(QLabel(f"{position}."), 1)
        for text, action in (
            (self.tr("Move up"), lambda: self.move_record(record, -1)),
            (self.tr("Move down"), lambda: self.move_record(record, 1)),
            (self.tr("Remove"), lambda: self.remove_record(record)),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            head.addWidget(button)
        layout.addLayout(head)
        editor: FieldEditor
        if isinstance(record, AgendaRecord):
            editor = AgendaRecordEditor(self.document, record)
        else:
            editor = AuditRecordEditor(self.document, record)
        layout.addWidget(editor)
        return frame, editor

    def editor_of(self, record_id: str) -> FieldEditor | None:
        return next((editor for record, _, editor in self.frames if record.id == record_id), None)

    def focus_issue(self, issue: Issue) -> None:
        editor = self.editor_of(issue.node_id)
        if editor is not None:
            editor.focus_issue(issue)


class AnnexPage(QWidget):
    """An annex: its generated number and title in both languages, then its content."""

    def __init__(self, document: Document, annex: Annex, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.annex = annex
        layout = QVBoxLayout(self)
        self.headings = heading_label("")
        layout.addWidget(self.headings)
        self.body: QWidget
        if annex.kind in (AnnexKind.OBJECTIVES, AnnexKind.MEANS):
            self.body = GeneratedAnnexView(document, annex.kind)
        else:
            self.body = RecordsEditor(document, annex)
        layout.addWidget(self.body)
        layout.addStretch(1)
        document.structure_changed.connect(self._retitle)
        self._retitle()

    def _retitle(self) -> None:
        note = self.document.note
        if any(one is self.annex for one in note.annexes):
            self.headings.setText("\n".join(annex_heading(note, self.annex.kind, lang) for lang in LANGS))

    def focus_issue(self, issue: Issue) -> None:
        if isinstance(self.body, RecordsEditor):
            self.body.focus_issue(issue)

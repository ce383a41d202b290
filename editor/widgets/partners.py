"""The partner picker: partners chosen from the note's bilingual organisation list, which grows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from editor.model.bitext import BiText
from editor.model.edits import Compound, ListInsert, ListMove, ListRemove
from editor.model.tree import Organisation
from editor.model.values import Partners
from editor.widgets.base import FieldEditor, issue_message

if TYPE_CHECKING:
    from editor.document import Document
    from editor.model.checks import Issue


def organisation_label(organisation: Organisation) -> str:
    """"STIB / MIVB"; one name when both languages agree or one is missing."""
    names = [name.strip() for name in (organisation.name.fr, organisation.name.nl) if name.strip()]
    if len(names) == 2 and names[0] == names[1]:
        names = names[:1]
    return " / ".join(names) or organisation.id


class NewOrganisationDialog(QDialog):
    """Asks for the French and Dutch names of an organisation to add to the note."""

    def __init__(self, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New organisation"))
        form = QFormLayout(self)
        self.fr = QLineEdit(name)
        self.nl = QLineEdit()
        form.addRow(self.tr("Name (French)"), self.fr)
        form.addRow(self.tr("Name (Dutch)"), self.nl)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def names(self) -> tuple[str, str]:
        return self.fr.text().strip(), self.nl.text().strip()


class PartnersEditor(FieldEditor):
    """The chosen partners in order; the picker completes over both languages' names."""

    def __init__(
        self,
        document: Document,
        owner_id: str,
        partners: Partners,
        field_key: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(document, owner_id, parent)
        self.partners = partners
        self.field_key = field_key
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chosen = QListWidget()
        self.chosen.setMaximumHeight(110)
        self.chosen.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.chosen)
        row = QHBoxLayout()
        self.picker = QComboBox()
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.picker.model(), self.picker)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.picker.setCompleter(completer)
        line = self.picker.lineEdit()
        assert line is not None  # the picker is editable
        line.setPlaceholderText(self.tr("Organisation (French or Dutch name)"))
        line.returnPressed.connect(self.add_picked)
        self.add_button = QPushButton(self.tr("Add partner"))
        self.new_button = QPushButton(self.tr("New organisation…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        for widget in (self.add_button, self.new_button, self.remove_button, self.up_button):
            row.addWidget(widget)
        row.insertWidget(0, self.picker, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.add_picked)
        self.new_button.clicked.connect(self.ask_new_organisation)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(self.move_current_up)

    # -- model to widgets ----------------------------------------------------------------------
    def organisations(self) -> list[Organisation]:
        return self.document.note.organisations

    def bind(self, value: Partners) -> None:
        self.partners = value
        self.picker.setEditText("")

    def load(self) -> None:
        labels = [self._label(org_id) for org_id in self.partners.items]
        if labels != [self.chosen.item(row).text() for row in range(self.chosen.count())]:
            row = self.chosen.currentRow()
            self.chosen.clear()
            self.chosen.addItems(labels)
            self.chosen.setCurrentRow(min(row, len(labels) - 1))
        choices = [organisation_label(org) for org in self.organisations()]
        if choices != [self.picker.itemText(index) for index in range(self.picker.count())]:
            typed = self.picker.currentText()
            self.picker.clear()
            self.picker.addItems(choices)
            self.picker.setCurrentIndex(-1)
            self.picker.setEditText(typed)

    def _label(self, org_id: str) -> str:
        organisation = self.document.note.organisation(org_id)
        if organisation is None:
            return self.tr("(unknown organisation %1)").replace("%1", org_id)
        return organisation_label(organisation)

    def partner_labels(self) -> list[str]:
        return [self.chosen.item(row).text() for row in range(self.chosen.count())]

    # -- widgets to model ----------------------------------------------------------------------
    def picked(self) -> Organisation | None:
        """The organisation whose label (or one of whose names) the picker shows."""
        text = self.picker.currentText().strip().casefold()
        if not text:
            return None
        for organisation in self.organisations():
            names = {organisation_label(organisation), organisation.name.fr, organisation.name.nl}
            if text in {name.strip().casefold() for name in names}:
                return organisation
        return None

    def add_picked(self) -> None:
        organisation = self.picked()
        if organisation is None:
            if self.picker.currentText().strip():
                self.ask_new_organisation()
            return
        if organisation.id in self.partners.items:
            return
        edit = ListInsert(self.partners.items, len(self.partners.items), organisation.id, self.owner_id)
        self.apply(edit, self.tr("Add partner"))
        self.picker.setEditText("")

    def ask_new_organisation(self) -> None:
        dialog = NewOrganisationDialog(self.picker.currentText().strip(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            fr, nl = dialog.names()
            if fr or nl:
                self.add_new_organisation(fr, nl)

    def add_new_organisation(self, fr: str, nl: str) -> Organisation:
        """Add an organisation to the note's list and make it a partner: one undoable step."""
        organisation = Organisation(name=BiText(fr, nl))
        edits = [
            ListInsert(self.organisations(), len(self.organisations()), organisation, self.owner_id),
            ListInsert(self.partners.items, len(self.partners.items), organisation.id, self.owner_id),
        ]
        self.apply(Compound(list(edits), self.owner_id), self.tr("New organisation"))
        self.picker.setEditText("")
        return organisation

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if 0 <= row < len(self.partners.items):
            self.apply(ListRemove(self.partners.items, row, self.owner_id), self.tr("Remove partner"))

    def move_current_up(self) -> None:
        row = self.chosen.currentRow()
        if 0 < row < len(self.partners.items):
            self.apply(ListMove(self.partners.items, row, row - 1, self.owner_id), self.tr("Move partner"))
            self.chosen.setCurrentRow(row - 1)

    def show_issues(self) -> None:
        self.chosen.setToolTip("\n".join(issue_message(issue) for issue in self.issues()))

    def focus_issue(self, issue: Issue) -> None:
        self.picker.setFocus()

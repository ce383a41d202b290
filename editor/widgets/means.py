"""The means editor: FTE, ICT needs, budget lines (AB / BA code, label, amount) and remarks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from editor.model.bitext import Lang
from editor.model.edits import SetAttr
from editor.model.l10n import render_budget_line
from editor.model.labels import CREDIT_LABELS, MEANS_LABELS
from editor.model.values import BudgetLine, CreditType, Means
from editor.widgets.base import FieldEditor, issue_message, set_error_style
from editor.widgets.biline import BiLineEditor
from editor.widgets.bitext import BiTextEditor
from editor.widgets.kpis import text_column, value_column
from editor.widgets.numbers import NumberError, parse_decimal, show_decimal
from editor.widgets.table import ChoiceColumn, Column, ListTableEditor

if TYPE_CHECKING:
    from editor.document import Document
    from editor.model.checks import Issue

# Column positions of the budget table.
CODE, LABEL_FR, LABEL_NL, AMOUNT, PER_YEAR, CREDIT = range(6)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeansEditor", text)


def both(labels: dict[Lang, str]) -> str:
    return f"{labels[Lang.FR]} / {labels[Lang.NL]}"


def budget_columns(scope: str) -> list[Column]:
    prefixes = both(MEANS_LABELS["code_prefix"])
    credits: list[tuple[str, object]] = [("", None)]
    credits += [(both(CREDIT_LABELS[credit]), credit) for credit in CreditType]
    return [
        value_column(_tr("Code (%1)").replace("%1", prefixes), "code", str.strip, str, scope),
        text_column(_tr("Label (FR)"), "label", Lang.FR, scope),
        text_column(_tr("Label (NL)"), "label", Lang.NL, scope),
        value_column(_tr("Amount (euro)"), "amount", parse_decimal, show_decimal, scope),
        ChoiceColumn(
            both(MEANS_LABELS["per_year"]),
            [(_tr("once"), False), (_tr("per year"), True)],
            lambda line: line.per_year,
            lambda line, value: SetAttr(line, "per_year", bool(value), scope),
        ),
        ChoiceColumn(
            _tr("Credits"),
            credits,
            lambda line: line.credit,
            lambda line, value: SetAttr(line, "credit", value, scope),
        ),
    ]


def budget_preview(line: BudgetLine, lang: Lang) -> str:
    return f"{lang.value.upper()} : {render_budget_line(line, lang)}"


class MeansEditor(FieldEditor):
    """One Means value; the budget table shows each line as it will print in both languages."""

    def __init__(
        self,
        document: Document,
        owner_id: str,
        means: Means,
        field_key: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(document, owner_id, parent)
        self.means = means
        self.field_key = field_key
        self._fte_error: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        fte_row = QHBoxLayout()
        self.fte = QLineEdit()
        self.fte.setMaximumWidth(120)
        self.fte.editingFinished.connect(self._fte_typed)
        self.fte_note = BiLineEditor(document, owner_id, means.fte_note, self._sub("fte_note"))
        fte_row.addWidget(self.fte)
        fte_row.addWidget(self.fte_note, 1)
        form.addRow(both(MEANS_LABELS["fte"]), fte_row)
        self.fte_message = QLabel()
        self.fte_message.setStyleSheet("color: #b71c1c;")
        self.fte_message.hide()
        form.addRow("", self.fte_message)
        self.ict = BiTextEditor(document, owner_id, means.ict, self._sub("ict"))
        form.addRow(both(MEANS_LABELS["ict"]), self.ict)
        layout.addLayout(form)
        layout.addWidget(QLabel(both(MEANS_LABELS["budget"])))
        self.budget = ListTableEditor(
            document, owner_id, means.budget, budget_columns(owner_id), BudgetLine, budget_preview
        )
        self.budget.field_key = self._sub("budget")
        self.budget.add_button.setText(self.tr("Add budget line"))
        self.budget.remove_button.setText(self.tr("Remove budget line"))
        layout.addWidget(self.budget)
        layout.addWidget(QLabel(self.tr("Remarks")))
        self.note = BiTextEditor(document, owner_id, means.note, self._sub("note"))
        layout.addWidget(self.note)
        self.refresh()

    def _sub(self, part: str) -> str | None:
        return f"{self.field_key}/{part}" if self.field_key else None

    def _fte_typed(self) -> None:
        try:
            value = parse_decimal(self.fte.text())
        except NumberError as error:
            self._fte_error = str(error)
        else:
            self._fte_error = None
            if value != self.means.fte:
                self.apply(SetAttr(self.means, "fte", value, self.owner_id), self.tr("Change FTE"))
        self.show_issues()

    def bind(self, value: Means) -> None:
        self.means = value
        self._fte_error = None
        self.fte.clear()
        self.fte_note.rebind(self.owner_id, value.fte_note)
        self.ict.rebind(self.owner_id, value.ict)
        self.note.rebind(self.owner_id, value.note)
        self.budget.columns = budget_columns(self.owner_id)
        self.budget.rebind(self.owner_id, value.budget)

    def load(self) -> None:
        if self._fte_error is None:
            text = show_decimal(self.means.fte)
            if self.fte.text() != text:
                self.fte.setText(text)

    def show_issues(self) -> None:
        fte_issues = [issue_message(issue) for issue in self.issues() if issue.field == self._sub("fte")]
        messages = [self._fte_error] if self._fte_error else fte_issues
        set_error_style(self.fte, "QLineEdit", bool(messages))
        self.fte_message.setText("\n".join(messages))
        self.fte_message.setVisible(bool(messages))

    def focus_issue(self, issue: Issue) -> None:
        field = issue.field or ""
        for part, editor in (("fte_note", self.fte_note), ("ict", self.ict), ("note", self.note)):
            if field == self._sub(part):
                editor.focus_issue(issue)
                return
        if field == self._sub("fte"):
            self.fte.setFocus()
        else:
            self.budget.focus_issue(issue)

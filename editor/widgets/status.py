"""The status picker of a Réalisations block: one of the fixed statuses, plus a comment."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from editor.model.bitext import Lang
from editor.model.edits import SetAttr
from editor.model.labels import STATUS_LABELS
from editor.model.values import Status, StatusCode
from editor.widgets.base import FieldEditor, ValueCombo, issue_message, set_error_style, ui_text_lang
from editor.widgets.bitext import BiTextEditor

if TYPE_CHECKING:
    from editor.document import Document
    from editor.model.checks import Issue


def status_label(code: StatusCode, first: Lang) -> str:
    """Both labels, the UI's language first: "Terminé / Afgerond"."""
    labels = STATUS_LABELS[code]
    return f"{labels[first]} / {labels[first.other]}"


class StatusEditor(FieldEditor):
    """Status code from the fixed list (never a narrative) and a free bilingual comment."""

    def __init__(
        self,
        document: Document,
        owner_id: str,
        status: Status,
        field_key: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(document, owner_id, parent)
        self.status = status
        self.field_key = field_key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        first = ui_text_lang()
        choices: list[tuple[str, object]] = [("–", None)]
        choices += [(status_label(code, first), code) for code in StatusCode]
        self.combo = ValueCombo(choices)
        self.combo.currentIndexChanged.connect(self._picked)
        row.addWidget(self.combo)
        row.addStretch(1)
        layout.addLayout(row)
        comment_key = f"{field_key}/comment" if field_key else None
        layout.addWidget(QLabel(self.tr("Comment")))
        self.comment = BiTextEditor(document, owner_id, status.comment, comment_key)
        layout.addWidget(self.comment)
        self.refresh()

    def _picked(self) -> None:
        code = self.combo.value()
        if self.loading or code == self.status.code:
            return
        self.apply(SetAttr(self.status, "code", code, self.owner_id), self.tr("Change status"))

    def bind(self, value: Status) -> None:
        self.status = value
        self.comment.rebind(self.owner_id, value.comment)

    def load(self) -> None:
        self.combo.set_value(self.status.code)

    def show_issues(self) -> None:
        own = [issue for issue in self.issues() if issue.field == self.field_key]
        set_error_style(self.combo, "QComboBox", bool(own))
        self.combo.setToolTip("\n".join(issue_message(issue) for issue in own))

    def focus_issue(self, issue: Issue) -> None:
        if (issue.field or "").endswith("/comment"):
            self.comment.focus_issue(issue)
        else:
            self.combo.setFocus()

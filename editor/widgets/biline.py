"""A one-line bilingual entry: French and Dutch line edits side by side, one BiText."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from editor.model.bitext import LANGS, BiText, Lang
from editor.model.edits import set_text
from editor.widgets.base import FieldEditor, issue_lang, issue_message, set_error_style

if TYPE_CHECKING:
    from editor.document import Document
    from editor.model.checks import Issue


def keep_cursor_set(line: QLineEdit, text: str) -> None:
    """Show the model's text in a line edit without moving the cursor when nothing changed."""
    if line.text() == text:
        return
    position = line.cursorPosition()
    line.setText(text)
    line.setCursorPosition(min(position, len(text)))


class BiLineEditor(FieldEditor):
    """Short bilingual values (a qualifier, a band text, a name): typing merges into one step."""

    def __init__(
        self,
        document: Document,
        owner_id: str,
        text: BiText,
        field_key: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(document, owner_id, parent)
        self.text = text
        self.field_key = field_key
        # Issue codes about something else sharing this field path (a band's bounds).
        self.ignored_codes: frozenset[str] = frozenset()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.lines: dict[Lang, QLineEdit] = {}
        for lang in LANGS:
            line = QLineEdit()
            line.setPlaceholderText(self.tr("French") if lang is Lang.FR else self.tr("Dutch"))
            line.textEdited.connect(lambda value, lang=lang: self._typed(lang, value))
            layout.addWidget(line, 1)
            self.lines[lang] = line
        self.refresh()

    def _typed(self, lang: Lang, value: str) -> None:
        if value != self.text.get(lang):
            self.apply(set_text(self.text, lang, value, self.owner_id), self.tr("Typing"))

    def bind(self, value: BiText) -> None:
        self.text = value

    def load(self) -> None:
        for lang, line in self.lines.items():
            keep_cursor_set(line, self.text.get(lang))

    def show_issues(self) -> None:
        per_lang: dict[Lang, list[str]] = {lang: [] for lang in LANGS}
        for issue in self.issues():
            if issue.code in self.ignored_codes:
                continue
            lang = issue_lang(issue)
            for one in (lang,) if lang else LANGS:
                per_lang[one].append(issue_message(issue))
        for lang, line in self.lines.items():
            set_error_style(line, "QLineEdit", bool(per_lang[lang]))
            line.setToolTip("\n".join(per_lang[lang]))

    def focus_issue(self, issue: Issue) -> None:
        self.lines[issue_lang(issue) or Lang.FR].setFocus(Qt.FocusReason.OtherFocusReason)

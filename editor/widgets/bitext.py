"""The bilingual text editor: French and Dutch side by side, stale markers, bullets, spell check."""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from editor.model.bitext import BULLET, LANGS, BiText, Lang
from editor.model.edits import confirm_text, set_text
from editor.spell import SpellHighlighter, attach_spell_checker
from editor.widgets.base import FieldEditor, issue_lang, issue_message, set_error_style

if TYPE_CHECKING:
    from editor.document import Document
    from editor.model.checks import Issue

MIN_LINES = 2
MAX_LINES = 18
BULLET_SHORTCUT = "Ctrl+Shift+8"
STALE_STYLE = "background: #fff3cd; border: 1px solid #e0a800; border-radius: 3px;"


def change_report(base: str, current: str) -> str:
    """A line diff of a text side between its confirmed version and now ("-" old, "+" new)."""
    diff = difflib.unified_diff(base.splitlines(), current.splitlines(), lineterm="", n=1)
    # Drop the "---"/"+++" file headers: there are no files here.
    return "\n".join(line for line in diff if not line.startswith(("---", "+++")))


def toggle_bullet(text: str, position: int) -> tuple[str, int]:
    """Add or remove the bullet marker of the line holding ``position``; returns (text, cursor)."""
    start = text.rfind("\n", 0, position) + 1
    if text.startswith(BULLET, start):
        return text[:start] + text[start + len(BULLET) :], max(start, position - len(BULLET))
    return text[:start] + BULLET + text[start:], position + len(BULLET)


def is_bullet_key(event: QKeyEvent) -> bool:
    """Ctrl+Shift+8, whatever the layout turns Shift+8 into ("*" on a US keyboard)."""
    wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return modifiers == wanted and event.key() in (Qt.Key.Key_8, Qt.Key.Key_Asterisk)


class TextSide(QPlainTextEdit):
    """One language side: grows with its content and sends undo/redo to the document's stack."""

    undo_requested = Signal()
    redo_requested = Signal()

    def __init__(self, lang: Lang, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.max_lines = MAX_LINES
        # The document's QUndoStack is the only history; the widget's own would fight it.
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.highlighter: SpellHighlighter | None = attach_spell_checker(self.document(), lang)
        self._fit_height()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        # The bullet toggle lives in the standard menu (and on Ctrl+Shift+8) rather than in a
        # button per side: pages hold dozens of sides and every widget costs build time.
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        action = menu.addAction(self.tr("Bullet item on/off"))
        action.setShortcut(QKeySequence(BULLET_SHORTCUT))
        action.triggered.connect(self.toggle_bullet)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_bullet_key(event):
            self.toggle_bullet()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo_requested.emit()
        else:
            super().keyPressEvent(event)

    def _fit_height(self) -> None:
        lines = int(self.document().size().height())
        shown = min(self.max_lines, max(MIN_LINES, lines))
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(shown * self.fontMetrics().lineSpacing() + frame + 4)

    def toggle_bullet(self) -> None:
        """Make the current line a bullet item ("– ") or a plain paragraph again."""
        cursor = self.textCursor()
        text, position = toggle_bullet(self.toPlainText(), cursor.position())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)

    def show_text(self, text: str) -> None:
        """Replace the content (model changed elsewhere), keeping the cursor where it was."""
        if self.toPlainText() == text:
            return
        position = self.textCursor().position()
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)


class StaleBar(QFrame):
    """Shown over a side whose translation no longer matches an edit of the other side."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setStyleSheet(STALE_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.message = QLabel(self.tr("Translation out of date"))
        self.confirm_button = QPushButton(self.tr("Mark as up to date"))
        self.diff_button = QPushButton(self.tr("Show changes"))
        layout.addWidget(self.message, 1)
        layout.addWidget(self.diff_button)
        layout.addWidget(self.confirm_button)


class ChangesDialog(QDialog):
    """What changed in the edited side(s) since the pair was last confirmed."""

    def __init__(self, text: BiText, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes since the last confirmation"))
        layout = QVBoxLayout(self)
        self.view = QPlainTextEdit()
        self.view.setReadOnly(True)
        self.view.setPlainText(self.report(text))
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def report(self, text: BiText) -> str:
        parts = []
        for lang in LANGS:
            if text.changed_since_confirmation(lang):
                title = self.tr("French") if lang is Lang.FR else self.tr("Dutch")
                parts.append(f"{title}\n{change_report(text.base(lang) or '', text.get(lang))}")
        return "\n\n".join(parts) or self.tr("No changes since the last confirmation.")


class SideColumn(QWidget):
    """Label row, stale bar and text of one language."""

    def __init__(self, lang: Lang, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        # Built on first need: most fields are never stale, and pages hold dozens of sides.
        self.stale_bar: StaleBar | None = None
        self.edit = TextSide(lang)
        layout.addWidget(self.edit)

    def show_stale(self, stale: bool, editor: BiTextEditor) -> None:
        """Show or hide the stale marker, creating it the first time it is needed."""
        if self.stale_bar is None:
            if not stale:
                return
            self.stale_bar = StaleBar()
            self.stale_bar.confirm_button.clicked.connect(editor.mark_up_to_date)
            self.stale_bar.diff_button.clicked.connect(editor.show_changes)
            layout = self.layout()
            assert isinstance(layout, QVBoxLayout)
            layout.insertWidget(1, self.stale_bar)
        self.stale_bar.setVisible(stale)

    @property
    def stale_shown(self) -> bool:
        return self.stale_bar is not None and not self.stale_bar.isHidden()


class BiTextEditor(FieldEditor):
    """French (left) and Dutch (right) sides of one BiText, each typing into its own side."""

    def __init__(
        self,
        document: Document,
        owner_id: str,
        text: BiText,
        field_key: str | None = None,
        labels: tuple[str, str] | None = None,
        required: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(document, owner_id, parent)
        self.text = text
        self.field_key = field_key
        self.required = required
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.columns: dict[Lang, SideColumn] = {}
        for lang in LANGS:
            column = SideColumn(lang)
            self.columns[lang] = column
            layout.addWidget(column, 1)
            self._wire(column, lang)
        self.set_labels(labels)
        self.refresh()

    def _wire(self, column: SideColumn, lang: Lang) -> None:
        column.edit.textChanged.connect(lambda: self._typed(lang))
        column.edit.undo_requested.connect(self.document.undo_stack.undo)
        column.edit.redo_requested.connect(self.document.undo_stack.redo)

    def set_labels(self, labels: tuple[str, str] | None) -> None:
        """Per-language labels above each side ("*" marks a required field); None hides them."""
        for lang, column in self.columns.items():
            if labels is None:
                column.label.hide()
                continue
            text = labels[0] if lang is Lang.FR else labels[1]
            column.label.setText(f"{text} *" if self.required else text)
            column.label.show()

    def edit(self, lang: Lang) -> TextSide:
        return self.columns[lang].edit

    def bind(self, value: BiText) -> None:
        self.text = value

    def _typed(self, lang: Lang) -> None:
        value = self.edit(lang).toPlainText()
        if self.loading or value == self.text.get(lang):
            return
        self.apply(set_text(self.text, lang, value, self.owner_id), self.tr("Typing"))

    def load(self) -> None:
        stale = self.text.stale_langs()
        for lang, column in self.columns.items():
            column.edit.show_text(self.text.get(lang))
            column.show_stale(lang in stale, self)

    def mark_up_to_date(self) -> None:
        """Confirm both sides as agreeing translations (one undoable step)."""
        self.apply(confirm_text(self.text, self.owner_id), self.tr("Mark as up to date"))

    def changes_dialog(self) -> ChangesDialog:
        return ChangesDialog(self.text, self)

    def show_changes(self) -> None:
        self.changes_dialog().exec()

    def show_issues(self) -> None:
        per_lang: dict[Lang, list[str]] = {lang: [] for lang in LANGS}
        for issue in self.issues():
            lang = issue_lang(issue)
            for one in (lang,) if lang else LANGS:
                per_lang[one].append(issue_message(issue))
        for lang, column in self.columns.items():
            messages = per_lang[lang]
            set_error_style(column.edit, "QPlainTextEdit", bool(messages))
            column.edit.setToolTip("\n".join(messages))

    def focus_issue(self, issue: Issue) -> None:
        self.edit(issue_lang(issue) or Lang.FR).setFocus(Qt.FocusReason.OtherFocusReason)

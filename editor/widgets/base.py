"""The base of every field editor: document wiring, refresh without echo, issue decoration."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from editor.model.bitext import Lang
from editor.model.edits import Edit

if TYPE_CHECKING:
    from editor.document import Document
    from editor.model.checks import Issue

# Drawn around the part of an editor that a rule issue names.
ERROR_STYLE = "border: 2px solid #c62828;"


def ui_language() -> str:
    """The UI language code ("fr", "nl" or "en") from the application's default locale."""
    code = QLocale().name()[:2].lower()
    return code if code in ("fr", "nl", "en") else "en"


def ui_text_lang() -> Lang:
    """Which of the note's languages to show first in pickers: Dutch for a Dutch UI, else French."""
    return Lang.NL if ui_language() == "nl" else Lang.FR


def issue_message(issue: Issue) -> str:
    """The issue's message in the UI language."""
    return str(issue.message(ui_language()))


def issue_lang(issue: Issue) -> Lang | None:
    """The note language an issue is about, if any (issues may carry a Lang or its code)."""
    value: Any = getattr(issue, "lang", None)
    if value is None:
        return None
    return value if isinstance(value, Lang) else Lang(str(value))


def field_matches(field: str | None, key: str | None) -> bool:
    """Whether an issue's field path lies inside the field ``key`` (None = the whole owner)."""
    if key is None:
        return True
    return field is not None and (field == key or field.startswith(key + "/"))


class CatchUpWidget(QWidget):
    """A view of the model that refreshes only while visible; a hidden one catches up when shown.

    The window keeps recent pages alive, so each keystroke then costs only the visible page.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._behind = False  # the model changed while this widget was hidden

    def refresh(self) -> None:
        raise NotImplementedError

    def refresh_when_visible(self, _scope: object = None) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._behind = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._behind:
            self._behind = False
            self.refresh()
        super().showEvent(event)


class FieldEditor(CatchUpWidget):
    """Edits one value owned by a node or record; every change goes through ``document.apply``.

    Subclasses implement ``load()`` (copy the model into the widgets) and may override
    ``show_issues()`` and ``focus_issue()``. ``refresh()`` wraps ``load()`` in a guard so that
    widget signals fired while loading never turn into new edits.
    """

    def __init__(self, document: Document, owner_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.owner_id = owner_id
        self.field_key: str | None = None
        self._loading = False
        # Editors take the height their content needs; free space belongs to the page.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        document.changed.connect(self._on_changed)
        document.issues_changed.connect(self._on_issues_changed)

    # -- model to widgets -------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the model into the widgets without emitting edits."""
        if self._loading:
            return
        self._loading = True
        try:
            self.load()
        finally:
            self._loading = False
        self.show_issues()

    def load(self) -> None:
        """Copy the model into the widgets (called inside the refresh guard)."""

    # -- reuse for another owner ----------------------------------------------------------------
    def rebind(self, owner_id: str, value: Any) -> None:
        """Edit ``value`` of ``owner_id`` from now on.

        The window reuses a page for the next node of the same shape: rebinding its editors
        costs a fraction of building their widgets again.
        """
        self.owner_id = owner_id
        self.bind(value)
        self._behind = False
        self.refresh()

    def bind(self, value: Any) -> None:
        """Point the editor and its sub-editors at ``value``; forget what was typed but rejected."""
        raise NotImplementedError(f"{type(self).__name__} cannot be rebound")

    @property
    def loading(self) -> bool:
        return self._loading

    def _on_changed(self, scope: object) -> None:
        # Any edit may touch what this editor shows (an organisation renamed elsewhere, an
        # undo that restores a value), and loading compares before writing, so it stays cheap.
        self.refresh_when_visible(scope)

    def _on_issues_changed(self) -> None:
        if self.isVisible():
            self.show_issues()
        else:
            self._behind = True

    # -- widgets to model -------------------------------------------------------------------
    def apply(self, edit: Edit, text: str) -> None:
        """Push one undoable edit unless we are only mirroring the model."""
        if self._loading:
            return
        self.document.apply(edit, text)

    # -- rule issues --------------------------------------------------------------------------
    def issues(self) -> list[Issue]:
        """The document's issues about this editor's owner and field, sub-paths included.

        Rules name parts of a value with paths: "thresholds/green", "means/<line id>/code".
        """
        return [
            issue
            for issue in self.document.issues_for(self.owner_id)
            if field_matches(issue.field, self.field_key)
        ]

    def show_issues(self) -> None:
        """Decorate the widgets with the current issues (default: tooltip on the whole editor)."""
        messages = [issue_message(issue) for issue in self.issues()]
        self.setToolTip("\n".join(messages))

    def focus_issue(self, issue: Issue) -> None:
        """Give focus to the part of the editor the issue names (default: the first child)."""
        self.setFocus()
        self.focusNextChild()


def set_error_style(widget: QWidget, selector: str, on: bool) -> None:
    """Mark a widget as erroneous; restyling only on change keeps typing fast (issues are
    re-shown after every keystroke, and each setStyleSheet re-polishes the widget)."""
    sheet = f"{selector} {{{ERROR_STYLE}}}" if on else ""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


class ValueCombo(QComboBox):
    """A combo box of (label, value) choices that hands back the Python values themselves.

    Qt converts str-based enums stored as item data into plain strings; keeping the values in
    a Python list returns the real ``Direction`` / ``Season`` / ``StatusCode`` members.
    """

    def __init__(self, choices: Sequence[tuple[str, object]] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self._values: list[object] = []
        self.set_choices(choices)

    def set_choices(self, choices: Sequence[tuple[str, object]]) -> None:
        blocked = self.blockSignals(True)
        self.clear()
        self._values = [value for _, value in choices]
        self.addItems([label for label, _ in choices])
        self.blockSignals(blocked)

    def update_choices(self, choices: Sequence[tuple[str, object]]) -> None:
        """Replace the choices only when they differ (keeps an open popup steady)."""
        labels = [self.itemText(index) for index in range(self.count())]
        if labels != [label for label, _ in choices] or self._values != [value for _, value in choices]:
            self.set_choices(choices)

    def choices(self) -> list[object]:
        return list(self._values)

    def value(self) -> object:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def index_of(self, value: object) -> int:
        for index, candidate in enumerate(self._values):
            if candidate is value or candidate == value:
                return index
        return -1

    def set_value(self, value: object) -> None:
        """Select ``value`` without emitting change signals (mirroring the model)."""
        index = self.index_of(value)
        if index != self.currentIndex():
            blocked = self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(blocked)

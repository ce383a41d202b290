"""An open note: the model, its file, its undo stack, and its live rule issues."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from editor.commands import EditCommand
from editor.model.checks import Issue, check_node, check_note
from editor.model.edits import Compound, Edit, ListInsert, ListMove, ListRemove
from editor.model.tree import AgendaRecord, Annex, AuditRecord, Node, Note
from editor.model.xmlio import load_note, save_note

# Full re-check after a pause in typing: incremental checks keep the edited node current
# meanwhile, the full pass catches cross-node rules (references, duplicate ids).
FULL_CHECK_DELAY_MS = 400


# Items whose addition, removal or move changes numbering, the outline, the table of contents
# or the annex headings. KPIs, budget lines, partners, organisations and abbreviations do not:
# rebuilding the outline of a large note for a new KPI row took a third of a second.
_STRUCTURAL_ITEMS = (Node, Annex, AgendaRecord, AuditRecord)


def is_structural(edit: Edit) -> bool:
    """Whether the edit adds, removes or moves objectives, blocks, actions or annex records."""
    if isinstance(edit, Compound):
        return any(is_structural(one) for one in edit.edits)
    if isinstance(edit, ListInsert | ListRemove):
        return isinstance(edit.item, _STRUCTURAL_ITEMS)
    if isinstance(edit, ListMove):
        return any(isinstance(item, _STRUCTURAL_ITEMS) for item in edit.items)
    return False


class Document(QObject):
    """One open note; every change goes through ``apply`` and so through the undo stack."""

    changed = Signal(object)  # scope of the edit: a node / record id, or None
    structure_changed = Signal()
    issues_changed = Signal()
    path_changed = Signal()

    def __init__(
        self, note: Note, path: Path | None = None, parent: QObject | None = None, today: date | None = None
    ):
        super().__init__(parent)
        self.note = note
        self.path = path
        self.undo_stack = QUndoStack(self)
        self._issues: list[Issue] = []
        self._by_owner: dict[str, list[Issue]] | None = None
        # The rules compare deadlines with today's date (elapsed deadlines, as ``validate`` does).
        self.today: date = today or date.today()
        self._full_check = QTimer(self)
        self._full_check.setSingleShot(True)
        self._full_check.setInterval(FULL_CHECK_DELAY_MS)
        self._full_check.timeout.connect(self.recheck)
        self.recheck()

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> Document:
        """Load a note file (raises xmlio.NoteFileError with every problem and line)."""
        return cls(load_note(path), path, parent)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def apply(self, edit: Edit, text: str) -> None:
        """Apply an edit as one undoable step (typing into one field merges into one step)."""
        self.undo_stack.push(EditCommand(self, edit, text))

    def notify(self, edit: Edit) -> None:
        """Called by the command after apply/revert: refresh issues and tell the views."""
        if is_structural(edit):
            self.structure_changed.emit()
        self._recheck_scope(edit.scope)
        self.changed.emit(edit.scope)

    @property
    def issues(self) -> list[Issue]:
        """Every issue of the note, in document order (replace the list, never change it)."""
        return self._issues

    @issues.setter
    def issues(self, issues: list[Issue]) -> None:
        self._issues = issues
        self._by_owner = None

    def _recheck_scope(self, scope: str | None) -> None:
        node = self.note.find(scope) if scope else None
        if node is not None:
            kept = [issue for issue in self.issues if issue.node_id != node.id]
            self.issues = kept + check_node(self.note, node, self.today)
            self.issues_changed.emit()
        self._full_check.start()

    def recheck(self) -> None:
        """Run every rule on the whole note."""
        self.issues = check_note(self.note, self.today)
        self.issues_changed.emit()

    def issues_for(self, owner_id: str, field: str | None = None) -> list[Issue]:
        """The issues of one node, record or organisation (of one of its fields)."""
        # Indexed once per change of the issues: every editor of the page asks after each
        # keystroke, and a note being written may have thousands of issues.
        if self._by_owner is None:
            by_owner: dict[str, list[Issue]] = {}
            for issue in self._issues:
                by_owner.setdefault(issue.node_id, []).append(issue)
            self._by_owner = by_owner
        found = self._by_owner.get(owner_id, [])
        return [issue for issue in found if field is None or issue.field == field]

    def save(self, path: Path | None = None) -> None:
        """Save atomically (keeping a .bak); raises OSError, leaving the document untouched."""
        target = path or self.path
        if target is None:
            raise ValueError("no file name")
        save_note(self.note, target)
        if target != self.path:
            self.path = target
            self.path_changed.emit()
        self.undo_stack.setClean()

"""The one QUndoCommand: it runs a model edit forwards and backwards and tells the document."""

from __future__ import annotations

import weakref
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from editor.model.edits import Edit, SetAttr


class EditTarget(Protocol):
    """What a command needs of its document: to be told that an edit ran (or was undone)."""

    def notify(self, edit: Edit) -> None: ...

# Commands with this id may merge (typing into one field); others never do.
MERGE_ID = 1


class EditCommand(QUndoCommand):
    """Wraps an invertible model edit so that QUndoStack can undo and redo it."""

    def __init__(self, document: EditTarget, edit: Edit, text: str):
        super().__init__(text)
        # Weak: the stack owns its commands, and a command owning its document back made a
        # reference cycle; Python's collector could then free commands before the stack's own
        # destructor deleted them again (a crash seen when a closed document was collected).
        self._document = weakref.ref(document)
        self.edit = edit

    @property
    def document(self) -> EditTarget:
        document = self._document()
        assert document is not None  # the document owns the stack that runs this command
        return document

    def redo(self) -> None:
        self.edit.apply()
        self.document.notify(self.edit)

    def undo(self) -> None:
        self.edit.revert()
        self.document.notify(self.edit)

    def id(self) -> int:
        return MERGE_ID if isinstance(self.edit, SetAttr) and self.edit.mergeable else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, EditCommand) and self.edit.merge(other.edit)

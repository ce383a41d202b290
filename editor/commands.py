"""The one QUndoCommand: it runs a model edit forwards and backwards and tells the document."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from editor.model.edits import Edit, SetAttr

if TYPE_CHECKING:
    from editor.document import Document

# Commands with this id may merge (typing into one field); others never do.
MERGE_ID = 1


class EditCommand(QUndoCommand):
    """Wraps an invertible model edit so that QUndoStack can undo and redo it."""

    def __init__(self, document: Document, edit: Edit, text: str):
        super().__init__(text)
        self.document = document
        self.edit = edit

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

"""A document with undo history is freed cleanly, whatever frees it (a crash was found here).

Kept in its own module: whether the collector frees a document's objects in the order that
crashed depends on what else the process holds; here it does, without the fix.
"""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication

from tests.editor.test_outline import edited_document

pytestmark = pytest.mark.usefixtures("qapp")


def test_a_dropped_document_with_history_is_collected_without_crashing() -> None:
    # Commands used to hold their document strongly: the collector could free them before the
    # undo stack's destructor deleted them again, which killed the process (QUndoStack::clear).
    document, model = edited_document()
    assert document.undo_stack.count() == 3
    del document, model
    gc.collect()
    QApplication.processEvents()

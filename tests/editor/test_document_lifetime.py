"""A document with undo history is freed cleanly, whatever frees it (a crash was found here)."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication

from editor.document import Document
from editor.model.bitext import Lang
from editor.model.edits import ListInsert, ListMove, set_text
from editor.model.labels import NodeKind
from editor.model.resources import SAMPLE_NOTE
from editor.model.xmlio import load_note
from editor.outline import OutlineModel
from editor.structure import make_node

pytestmark = pytest.mark.usefixtures("qapp")


def edited_document() -> tuple[Document, OutlineModel]:
    document = Document(load_note(SAMPLE_NOTE))
    model = OutlineModel(document)
    note = document.note
    document.apply(ListMove(note.objectives, 0, 2), "Déplacer l’objectif")
    first = note.objectives[0]
    document.apply(ListInsert(first.children, 0, make_node(note, NodeKind.OO)), "Ajouter un OO")
    document.apply(set_text(first.title, Lang.FR, "Sécurité routière à l’école", first.id), "Typing")
    return document, model


def test_a_dropped_document_with_history_is_collected_without_crashing() -> None:
    # Commands used to hold their document strongly: the collector could free them before the
    # undo stack's destructor deleted them again, which killed the process.
    document, model = edited_document()
    assert document.undo_stack.count() == 3
    del document, model
    gc.collect()
    QApplication.processEvents()

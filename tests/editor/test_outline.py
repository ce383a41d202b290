"""The outline and problems item models: model tester, headings, badges, drag and drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from editor.document import Document
from editor.model.bitext import Lang
from editor.model.edits import ListInsert, ListMove, set_text
from editor.model.labels import NodeKind
from editor.model.resources import SAMPLE_NOTE
from editor.model.structure import make_node
from editor.model.xmlio import load_note
from editor.outline import CHAPTER_IV, NODE_MIME, OutlineModel, State
from editor.problems import ProblemsModel
from tests.editor.windowkit import built_note

# Badge icons are pixmaps: every test needs the QApplication.
pytestmark = pytest.mark.usefixtures("qapp")


def texts(model: OutlineModel, parent: QModelIndex) -> list[str]:
    return [str(model.index(row, 0, parent).data()) for row in range(model.rowCount(parent))]


def test_outline_passes_the_model_tester_on_the_sample(qtmodeltester) -> None:
    model = OutlineModel(Document(load_note(SAMPLE_NOTE)))
    qtmodeltester.check(model)


def edited_document() -> tuple[Document, OutlineModel]:
    """The sample with an outline, after a move, an insert and some typing (three undo steps)."""
    document = Document(load_note(SAMPLE_NOTE))
    model = OutlineModel(document)
    note = document.note
    document.apply(ListMove(note.objectives, 0, 2), "Déplacer l’objectif")
    first = note.objectives[0]
    document.apply(ListInsert(first.children, 0, make_node(note, NodeKind.OO)), "Ajouter un OO")
    document.apply(set_text(first.title, Lang.FR, "Sécurité routière à l’école", first.id), "Typing")
    return document, model


def test_outline_rows_stay_right_after_moves_and_inserts() -> None:
    # Rows remember their position when built; every structure change rebuilds them.
    document, model = edited_document()
    for node in document.note.walk():
        index = model.index_for(node.id)
        parent = model.parent(index)
        assert model.index(index.row(), 0, parent) == index


def test_problems_model_passes_the_model_tester(qtmodeltester) -> None:
    model = ProblemsModel(Document(built_note()))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_outline_shows_parts_and_generated_numbering() -> None:
    document = Document(built_note())
    model = OutlineModel(document)
    top = texts(model, QModelIndex())
    assert top[0] == "NOTE D’ORIENTATION « Mobilité »"
    assert top[1] == "LISTE D’ABRÉVIATIONS"
    assert top[3] == "CHAPITRE IER – Introduction"
    assert top[6].startswith("CHAPITRE IV – Aperçu des objectifs")
    assert top[-1].startswith("Annexe 4 : État des lieux")
    chapter_iv = model.index_for(CHAPTER_IV)
    assert texts(model, chapter_iv) == ["IV.1 OS 1 : Sécurité routière", "IV.2 OS 2 : Mobilité douce"]
    first_oo = model.index(0, 0, model.index(0, 0, chapter_iv))
    assert first_oo.data() == "IV.1.1. OO 1.1. : Réduire la vitesse"
    assert first_oo.data(Qt.ItemDataRole.ToolTipRole) == "IV.1.1. OD 1.1. : Snelheid verminderen"
    assert texts(model, first_oo) == ["IV.1.1.1 Réalisations 2025", "IV.1.1.2 Planning 2026"]


def test_badges_follow_missing_fields_and_stale_translations(qtbot) -> None:
    note = load_note(SAMPLE_NOTE)
    document = Document(note)
    model = OutlineModel(document)
    oo = note.objectives[0].children[0]
    assert model.by_id[oo.id].state is State.COMPLETE
    oo.title.confirm()
    document.apply(set_text(oo.title, Lang.FR, oo.title.fr + " à Bruxelles", oo.id), "typing")
    assert model.by_id[oo.id].state is State.COMPLETE  # badges wait for a pause in typing
    qtbot.waitUntil(lambda: model.by_id[oo.id].state is State.STALE, timeout=2000)
    assert model.index_for(oo.id).data(Qt.ItemDataRole.DecorationRole) is not None
    planning = oo.children[1]
    document.apply(set_text(planning.text("description"), Lang.NL, "", planning.id), "typing")
    model.refresh_states()
    assert model.by_id[planning.id].state in (State.MISSING, State.ERROR)
    # An objective shows the worst state of its subtree.
    assert model.by_id[note.objectives[0].id].state >= State.MISSING


def test_drop_moves_an_objective_to_another_strategic_objective(qtbot) -> None:
    note = built_note()
    document = Document(note)
    model = OutlineModel(document)
    oo = note.objectives[0].children[0]
    data = model.mimeData([model.index_for(oo.id)])
    assert data.hasFormat(NODE_MIME)
    second_os = model.index_for(note.objectives[1].id)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, second_os)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_for(CHAPTER_IV))
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, second_os)
    qtbot.waitUntil(lambda: note.objectives[1].children == [oo])
    assert model.index_for(oo.id).data() == "IV.2.1. OO 2.1. : Réduire la vitesse"
    document.undo_stack.undo()
    assert note.objectives[0].children[0] is oo
    assert model.index_for(oo.id).data() == "IV.1.1. OO 1.1. : Réduire la vitesse"


def test_move_within_siblings_by_drop_position() -> None:
    note = built_note()
    document = Document(note)
    model = OutlineModel(document)
    first, second = note.objectives
    assert model.move_node(second, None, 0)
    assert note.objectives == [second, first]
    assert texts(model, model.index_for(CHAPTER_IV))[0] == "IV.1 OS 1 : Mobilité douce"
    assert not model.move_node(first, first.children[0], 0)
    assert first.kind is NodeKind.OS


def test_view_keeps_open_and_closed_rows_across_rebuilds(qtbot) -> None:
    from editor.outline import OutlineView

    document = Document(load_note(SAMPLE_NOTE))
    model = OutlineModel(document)
    view = OutlineView()
    qtbot.addWidget(view)
    view.set_outline(model)
    note = document.note
    first_os, second_os = note.objectives[0], note.objectives[1]
    oo = first_os.children[0]
    view.expand(model.index_for(oo.id))
    view.collapse(model.index_for(second_os.id))
    view.select_id(oo.id)
    document.apply(ListInsert(first_os.children, 0, make_node(note, NodeKind.OO)), "Ajouter un OO")
    assert view.isExpanded(model.index_for(first_os.id))
    assert view.isExpanded(model.index_for(oo.id))
    assert not view.isExpanded(model.index_for(second_os.id))
    assert view.current_id() == oo.id

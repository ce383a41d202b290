"""Shared helpers of the window tests: a workspace on temporary settings, typing accents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.app import Workspace
from editor.mainwindow import MainWindow
from editor.model.bitext import BiText
from editor.model.labels import NodeKind, Template
from editor.model.structure import make_node
from editor.model.tree import Note, new_node
from editor.model.xmlio import save_note
from editor.nodepanel import NodePanel
from editor.settings import Settings


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, accents included (qtbot.keyClicks aborts on é, ë, œ, ’)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def built_note() -> Note:
    """Two strategic objectives, a template-B OO with its blocks and a template-A OO."""
    note = Note()
    note.title.competence = BiText("Mobilité", "Mobiliteit")
    first = new_node(NodeKind.OS, title=BiText("Sécurité routière", "Verkeersveiligheid"))
    oo_b = make_node(note, NodeKind.OO, Template.B)
    oo_b.title = BiText("Réduire la vitesse", "Snelheid verminderen")
    oo_a = make_node(note, NodeKind.OO, Template.A)
    oo_a.title = BiText("Sensibiliser les élèves", "Leerlingen bewustmaken")
    first.children = [oo_b, oo_a]
    second = new_node(NodeKind.OS, title=BiText("Mobilité douce", "Zachte mobiliteit"))
    note.objectives = [first, second]
    return note


def make_workspace(tmp_path: Path) -> Workspace:
    return Workspace(Settings(tmp_path / "settings" / "editor.ini"))


def open_window(workspace: Workspace, path: Path) -> MainWindow:
    """Open a note; the workspace fixture closes the window (qtbot's own closing would ask)."""
    window = workspace.open_file(path)
    assert window is not None
    return window


def close_all(workspace: Workspace) -> None:
    """Close every window without the unsaved-changes question."""
    for window in list(workspace.windows):
        window.document.undo_stack.setClean()
        window.close()


def saved_note(tmp_path: Path, note: Note | None = None, name: str = "note.xml") -> Path:
    path = tmp_path / name
    save_note(note or built_note(), path)
    return path


def panel(window: MainWindow) -> NodePanel:
    page = window.pages.current_panel()
    assert page is not None
    return page


def discard_on_close(monkeypatch: object) -> None:
    """Answer "Discard" to the unsaved-changes question so that closing never blocks."""
    monkeypatch.setattr(  # type: ignore[attr-defined]
        QMessageBox, "warning", lambda *args, **kwargs: QMessageBox.StandardButton.Discard
    )

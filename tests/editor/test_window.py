"""The real editor window: navigate, type both languages, undo, structure, problems, save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.app import Workspace
from editor.mainwindow import MainWindow
from editor.model.bitext import Lang
from editor.model.labels import NodeKind, Template
from editor.model.resources import SAMPLE_NOTE
from editor.model.xmlio import load_note
from editor.outline import CHAPTER_IV
from tests.editor.windowkit import (
    open_window,
    panel,
    saved_note,
    type_text,
)


def outline_text(window: MainWindow, node_id: str, lang: Lang = Lang.FR) -> str:
    role = Qt.ItemDataRole.DisplayRole if lang is Lang.FR else Qt.ItemDataRole.ToolTipRole
    return str(window.outline_model.index_for(node_id).data(role))


def test_navigate_and_type_both_languages_then_undo_and_redo(sample_window: MainWindow) -> None:
    window = sample_window
    note = window.document.note
    planning = note.objectives[0].children[0].children[1]
    assert window.outline_view.select_id(planning.id)
    page = panel(window)
    assert page.headings[Lang.FR].text() == "IV.1.1.2 Planning 2026"
    assert page.headings[Lang.NL].text() == "IV.1.1.2 Planning 2026"
    description = planning.text("description")
    before_fr, before_nl = description.fr, description.nl
    editor = page.editors["description"]
    fr_side, nl_side = editor.edit(Lang.FR), editor.edit(Lang.NL)  # type: ignore[attr-defined]
    fr_side.moveCursor(fr_side.textCursor().MoveOperation.End)
    type_text(fr_side, " Priorité aux écoles, à l’été.")
    nl_side.moveCursor(nl_side.textCursor().MoveOperation.End)
    type_text(nl_side, " Voorrang voor scholen, tijdens de zomer: één geheel.")
    assert description.fr == before_fr + " Priorité aux écoles, à l’été."
    assert description.nl == before_nl + " Voorrang voor scholen, tijdens de zomer: één geheel."
    assert window.windowTitle().startswith("sample.xml*")
    window.undo_action.trigger()  # typing in one side is one step
    assert description.nl == before_nl and description.fr != before_fr
    window.undo_action.trigger()
    assert (description.fr, description.nl) == (before_fr, before_nl)
    assert fr_side.toPlainText() == before_fr
    assert not window.windowTitle().startswith("sample.xml*")
    window.redo_action.trigger()
    assert fr_side.toPlainText() == before_fr + " Priorité aux écoles, à l’été."
    assert "Redo" in window.redo_action.text() or window.redo_action.text()


def test_add_move_delete_objectives_renumber_both_languages(
    qtbot, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    note = window.document.note
    first_os, second_os, third_os = note.objectives
    window.outline_view.select_id(first_os.id)
    new_os = window.add(NodeKind.OS)
    assert new_os is note.objectives[1]
    assert outline_text(window, second_os.id).startswith("IV.3 OS 3 : Améliorer la sécurité routière")
    assert outline_text(window, second_os.id, Lang.NL).startswith("IV.3 SD 3 :")
    assert window.outline_view.current_id() == new_os.id
    new_oo = window.add(NodeKind.OO, Template.B)
    assert new_oo is not None and new_os.children == [new_oo]
    assert outline_text(window, new_oo.children[1].id) == "IV.2.1.2 Planning 2026"
    # Move the new OS down with the keyboard: the old OS 2 is number 2 again.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.outline_view.select_id(new_os.id)
    window.outline_view.setFocus()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.outline_view, Qt.Key.Key_Down, keys)
    assert note.objectives[1] is second_os and note.objectives[2] is new_os
    assert outline_text(window, second_os.id).startswith("IV.2 OS 2 :")
    assert outline_text(window, new_os.id, Lang.NL) == "IV.3 SD 3 : "
    # An empty new objective goes without a question; one with content asks first.
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.outline_view.select_id(new_os.id)
    qtbot.keyClick(window.outline_view, Qt.Key.Key_Delete)
    assert note.objectives == [first_os, second_os, third_os] and not asked
    window.outline_view.select_id(third_os.id)
    assert not window.delete_current()
    assert asked and "IV.3 OS 3" in asked[0] and third_os in note.objectives
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert window.delete_current()
    assert note.objectives == [first_os, second_os]
    window.undo_action.trigger()
    assert note.objectives[2] is third_os
    assert outline_text(window, third_os.id).startswith("IV.3 OS 3 :")


def test_problem_activation_focuses_the_field_and_language(qtbot, sample_window: MainWindow) -> None:
    window = sample_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    note = window.document.note
    planning = note.objectives[1].children[0].children[1]
    window.outline_view.select_id(planning.id)
    nl_side = panel(window).editors["description"].edit(Lang.NL)  # type: ignore[attr-defined]
    nl_side.selectAll()
    qtbot.keyClick(nl_side, Qt.Key.Key_Delete)
    assert planning.text("description").nl == ""
    window.outline_view.select_id(CHAPTER_IV)  # look elsewhere, then jump back from the panel
    model = window.problems_model
    qtbot.waitUntil(lambda: any(issue.node_id == planning.id for issue in model.issues), timeout=2000)
    row = next(
        i
        for i, issue in enumerate(model.issues)
        if issue.node_id == planning.id and issue.field == "description" and issue.lang is Lang.NL
    )
    assert (window.status_label.text() and "1 errors" in window.status_label.text()) or model.counts()[0] >= 1
    # Building a KPI editor shows its preview label before it has a parent (widgets/table.py),
    # which opens it as a window for an instant and takes the activation away: take it back.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.problems_view.activated.emit(model.index(row, 0))
    assert window.outline_view.current_id() == planning.id
    focused = panel(window).editors["description"].edit(Lang.NL)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: focused.hasFocus() or QApplication.focusWidget() is focused, timeout=2000)
    type_text(focused, "Veilige schoolomgevingen creëren.")
    assert planning.text("description").nl == "Veilige schoolomgevingen creëren."
    assert not [
        issue
        for issue in window.document.issues
        if issue.node_id == planning.id and issue.field == "description" and issue.severity.value == "error"
    ]


def test_save_then_reload_gives_the_same_note(qtbot, sample_window: MainWindow, tmp_path: Path) -> None:
    window = sample_window
    note = window.document.note
    oo = note.objectives[2].children[0]
    window.outline_view.select_id(oo.id)
    title = panel(window).editors["title"]
    type_text(title.edit(Lang.FR), "« Piéton » ")  # type: ignore[attr-defined]
    type_text(title.edit(Lang.NL), "„Voetganger” ")  # type: ignore[attr-defined]
    window.add(NodeKind.ITEM)
    assert window.save()
    assert window.windowTitle().startswith("sample.xml —")
    reloaded = load_note(tmp_path / "sample.xml")
    again = reloaded.objectives[2].children[0]
    assert again.title.fr == oo.title.fr and again.title.fr.startswith("« Piéton » ")
    assert again.title.nl.startswith("„Voetganger” ")
    assert [child.kind for child in again.children] == [child.kind for child in oo.children]
    assert (tmp_path / "sample.xml").resolve() in window.settings.recent_files()


def test_failed_save_keeps_the_document_open_and_modified(
    sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    window.add(NodeKind.OS)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("plain file", encoding="utf-8")
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **kw: messages.append(str(args[2])))
    assert not window.save_to(blocker / "note.xml")
    assert messages and str(blocker / "note.xml") in messages[0]
    assert window.document.modified and window.document.path == tmp_path / "sample.xml"


def test_load_errors_are_listed_with_their_lines(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.xml"
    text = SAMPLE_NOTE.read_text(encoding="utf-8").replace("<os ", "<objectif ", 1)
    bad.write_text(text, encoding="utf-8")
    shown: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    assert workspace.open_file(bad) is None
    assert shown and "bad.xml" in shown[0].text()
    assert "line " in shown[0].detailedText()
    assert not workspace.windows


def test_closing_unsaved_work_asks_first(
    qtbot, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch, workspace: Workspace
) -> None:
    window = sample_window
    window.add(NodeKind.OS)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window in workspace.windows
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()
    assert window not in workspace.windows
    assert workspace.settings.geometry() is not None


def test_new_window_starts_from_the_skeleton(workspace: Workspace) -> None:
    window = workspace.new_window()
    assert window.document.path is None
    assert window.windowTitle().startswith("Untitled")
    window.outline_view.select_id(CHAPTER_IV)
    assert window.add(NodeKind.OS) is window.document.note.objectives[-1]


def test_optional_fields_delegation_and_mark_up_to_date(
    sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    oo = window.document.note.objectives[0].children[2]
    assert oo.template is Template.A
    window.outline_view.select_id(oo.id)
    page = panel(window)
    absent = [spec.key for spec in page.absent_optional()]
    page._fill_add_menu()
    actions = page.add_field_menu.actions()
    assert len(actions) == len(absent)
    actions[0].trigger()
    assert absent[0] in oo.fields and absent[0] in page.editors
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.remove_field(next(spec for spec in oo.specs() if spec.key == absent[0]))
    assert absent[0] not in oo.fields and absent[0] not in page.editors
    page.delegated_box.setChecked(True)
    assert oo.delegation is not None and "delegation.delegate" in page.editors
    window.undo_action.trigger()
    assert oo.delegation is None and "delegation.delegate" not in page.editors
    oo.title.confirm()
    type_text(page.editors["title"].edit(Lang.FR), "Vite : ")  # type: ignore[attr-defined]
    assert oo.title.stale_langs() == (Lang.NL,)
    page.confirm_button.click()
    assert oo.title.stale_langs() == ()
    assert window.undo_action.text().endswith("Mark objective as up to date")


def test_problem_outside_chapter_iv_selects_its_part(qtbot, workspace: Workspace, tmp_path: Path) -> None:
    window = open_window(workspace, saved_note(tmp_path))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    issue = next(one for one in window.document.issues if one.node_id == "chapter-introduction")
    assert window.outline_model.by_id["chapter-introduction"].state.name == "MISSING"  # empty: to fill in
    assert window.go_to_issue(issue)
    assert window.outline_view.current_id() == "chapter-introduction"
    page = window.pages.currentWidget()
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()), timeout=2000)

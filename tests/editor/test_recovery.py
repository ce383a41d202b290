"""Autosave and recovery after a crash, lock files against double opening, settings, imports."""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from editor import app as app_module
from editor.app import PreferencesDialog, Workspace, imported_notes
from editor.model.bitext import Lang
from editor.model.xmlio import load_note
from editor.recovery import lock_path, read_lock
from editor.settings import Settings
from tests.editor.windowkit import built_note, close_all, open_window, saved_note, type_text


def click_on_exec(monkeypatch: pytest.MonkeyPatch, name: str, seen: list[QMessageBox]) -> None:
    """Replace the modal loop of message boxes by a click on the button named ``name``."""

    def exec_(box: QMessageBox) -> int:
        seen.append(box)
        button = box.findChild(QPushButton, name)
        assert button is not None, name
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def answer_recover(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[str]:
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def crash(window: object) -> None:
    """What a crash leaves: the recovery file, no clean close (the lock is gone with the process)."""
    window.autosaver.stop()  # type: ignore[attr-defined]
    window.lock.release()  # type: ignore[attr-defined]


def test_autosave_then_recover_after_a_crash(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = saved_note(tmp_path)
    window = open_window(workspace, path)
    os_node = window.document.note.objectives[0]
    window.outline_view.select_id(os_node.id)
    side = window.pages.current_panel().editors["title"].edit(Lang.NL)  # type: ignore[union-attr]
    side.moveCursor(side.textCursor().MoveOperation.End)
    type_text(side, " – één prioriteit")
    assert window.autosaver.autosave()
    recovery_file = workspace.store.directory / f"{workspace.store.key_for(path)}.xml"
    assert recovery_file.exists()
    assert not window.autosaver.autosave()  # nothing new since the last autosave
    crash(window)
    later = Workspace(Settings(tmp_path / "settings" / "editor.ini"))
    asked = answer_recover(monkeypatch, yes=True)
    recovered = later.open_file(path)
    try:
        assert recovered is not None and asked and str(path) in asked[0]
        title = recovered.document.note.objectives[0].title
        assert title.nl == "Verkeersveiligheid – één prioriteit"
        assert recovered.document.modified and "*" in recovered.windowTitle()
        assert load_note(path).objectives[0].title.nl == "Verkeersveiligheid"  # the file is untouched
        assert recovered.save()
        assert load_note(path).objectives[0].title.nl == "Verkeersveiligheid – één prioriteit"
        assert not recovery_file.exists()  # a clean save removes the recovery file
    finally:
        close_all(later)


def test_declined_or_outdated_recovery_is_not_offered_again(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = saved_note(tmp_path)
    store = workspace.store
    key = store.key_for(path)
    store.write(key, built_note(), path)
    old = time.time() - 60
    os.utime(store.directory / f"{key}.xml", (old, old))
    assert store.pending_for(path) is None  # the note was saved after the autosave
    store.write(key, built_note(), path)
    answer_recover(monkeypatch, yes=False)
    window = workspace.open_file(path)
    assert window is not None and not window.document.modified
    assert store.pending_for(path) is None and not (store.directory / f"{key}.xml").exists()


def test_untitled_work_is_offered_at_start(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = workspace.new_window()
    window.add_os_action.trigger()
    assert window.autosaver.autosave()
    window.autosaver.stop()
    later = Workspace(Settings(tmp_path / "settings" / "editor.ini"))
    answer_recover(monkeypatch, yes=True)
    try:
        windows = later.recover_at_start()
        assert len(windows) == 1
        assert windows[0].document.path is None
        assert len(windows[0].document.note.objectives) == len(window.document.note.objectives)
    finally:
        close_all(later)


def test_second_open_warns_with_read_only_open_anyway_or_cancel(
    qtbot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = saved_note(tmp_path)
    first = open_window(workspace, path)
    info = read_lock(path)
    assert info is not None and info.pid == os.getpid() and info.host == socket.gethostname()
    seen: list[QMessageBox] = []
    click_on_exec(monkeypatch, "cancel", seen)
    assert workspace.open_file(path) is None
    assert "note.xml" in seen[0].text()
    click_on_exec(monkeypatch, "read-only", seen)
    second = workspace.open_file(path)
    assert second is not None and second.read_only and "(read-only)" in second.windowTitle()
    second.document.undo_stack.setClean()
    second.close()
    assert read_lock(path) is not None  # the read-only window never held the lock
    click_on_exec(monkeypatch, "open-anyway", seen)
    third = workspace.open_file(path)
    assert third is not None and not third.read_only
    assert first.lock is not None


def test_a_lock_left_by_a_dead_process_is_ignored(workspace: Workspace, tmp_path: Path) -> None:
    path = saved_note(tmp_path)
    dead = {"pid": 2**22 + 12345, "host": socket.gethostname(), "since": time.time()}
    lock_path(path).write_text(json.dumps(dead), encoding="utf-8")
    window = workspace.open_file(path)
    assert window is not None and not window.read_only
    window.close()
    assert not lock_path(path).exists()


def test_settings_remember_recent_files_language_and_autosave(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    assert settings.ui_language() == "fr"
    for name in ("a.xml", "b.xml", "a.xml"):
        settings.add_recent(tmp_path / name)
    assert settings.recent_files() == [(tmp_path / "a.xml").resolve(), (tmp_path / "b.xml").resolve()]
    with pytest.raises(ValueError):
        settings.set_ui_language("de")
    settings.set_autosave_seconds(1)
    settings.sync()
    again = Settings(tmp_path / "s.ini")
    assert again.autosave_seconds() == 5 and len(again.recent_files()) == 2


def test_preferences_dialog_stores_language_for_next_start(qtbot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "s.ini")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.autosave.setValue(120)
    dialog.accept()
    assert settings.ui_language() == "nl" and settings.autosave_seconds() == 120


def test_imported_notes_open_as_unsaved_windows(workspace: Workspace) -> None:
    first, second = built_note(), built_note()
    assert imported_notes(None) == []
    assert imported_notes(([first, second], "report")) == [first, second]
    windows = workspace.open_imported((first, "report"))
    assert len(windows) == 1 and windows[0].document.modified and windows[0].document.path is None
    assert app_module.imported_notes(first) == [first]


def test_run_app_opens_the_files_given_and_the_sample_otherwise(qapp, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from editor.app import run_app

    seen: list[str] = []

    def close_windows() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and hasattr(widget, "document"):
                seen.append(widget.windowTitle())
                widget.document.undo_stack.setClean()
                widget.close()

    path = saved_note(tmp_path, name="mobilité.xml")
    settings = Settings(tmp_path / "s.ini")
    QTimer.singleShot(300, close_windows)
    assert run_app([str(path)], settings) == 0
    QTimer.singleShot(300, close_windows)
    assert run_app([], settings) == 0
    # The interface starts in French (the default language): the sample is an untitled copy.
    assert seen[0].startswith("mobilité.xml") and seen[1].startswith("Sans titre")
    assert not lock_path(path).exists()


WINDOW_PROCESS = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from editor.app import Workspace
from editor.document import Document
from editor.model.bitext import Lang
from editor.model.edits import set_text
from editor.settings import Settings
app = QApplication([])
workspace = Workspace(Settings(Path({ini!r})))
window = workspace.add_window(Document.open(Path({note!r})))
node = window.document.note.objectives[0]
window.document.apply(set_text(node.title, Lang.NL, node.title.nl + " – één prioriteit", node.id), "typing")
assert window.autosaver.autosave()
print("ready", flush=True)
app.exec()
"""


def test_recover_after_the_window_process_is_killed(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import signal
    import subprocess
    import sys

    path = saved_note(tmp_path)
    ini = tmp_path / "settings" / "editor.ini"
    root = str(Path(__file__).resolve().parents[2])
    script = WINDOW_PROCESS.format(root=root, ini=str(ini), note=str(path))
    child = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    later = Workspace(Settings(ini))
    asked = answer_recover(monkeypatch, yes=True)
    recovered = later.open_file(path)
    try:
        assert recovered is not None and asked
        assert recovered.document.note.objectives[0].title.nl == "Verkeersveiligheid – één prioriteit"
        assert load_note(path).objectives[0].title.nl == "Verkeersveiligheid"
        assert recovered.document.modified
    finally:
        close_all(later)

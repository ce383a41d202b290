"""The window applies the same rules as ``validate``, names parts as its messages do, and shows
its own failures: an elapsed deadline is flagged, a page that fails to build is not passed off as
empty, a failed autosave is in the status bar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from editor.document import Document
from editor.mainwindow import MainWindow
from editor.model.bitext import BiText, Lang
from editor.model.edits import SetAttr
from editor.model.labels import NODE_PART_LABELS, NodeKind, Template
from editor.model.tree import Delegation, Note, new_node
from editor.model.values import Deadline, DeadlineKind
from editor.nodepanel import NodePanel, PageStack
from editor.widgets import factory


def _note_with_deadline(year: int) -> Note:
    note = Note()
    note.title.session_year, note.title.budget_year = date.today().year, date.today().year + 1
    os_ = new_node(NodeKind.OS, title=BiText("Une ville cyclable", "Een fietsvriendelijke stad"))
    os_.fields["deadline"] = Deadline(DeadlineKind.YEAR, year=year)
    note.objectives.append(os_)
    return note


def test_the_editor_flags_an_elapsed_deadline_as_validate_does(qtbot) -> None:
    document = Document(_note_with_deadline(date.today().year - 2))
    assert "DEADLINE_ELAPSED" in {issue.code for issue in document.issues}
    later = Document(_note_with_deadline(date.today().year + 1))
    assert "DEADLINE_ELAPSED" not in {issue.code for issue in later.issues}


def test_a_page_that_fails_to_build_is_an_error_not_an_empty_page(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    document = Document(_note_with_deadline(2030))

    def broken(*_args: object) -> None:
        raise TypeError("a bug in the title page")

    monkeypatch.setattr(factory, "TitlePage", broken)
    stack = PageStack(document)
    qtbot.addWidget(stack)
    with pytest.raises(TypeError, match="bug in the title page"):
        stack.show_entry("title", document.note.title)
    stack.show_entry("nowhere", object())  # a part without a page still says so
    assert isinstance(stack.currentWidget().widget(), QLabel)


def test_a_failed_autosave_shows_in_the_status_bar(sample_window: MainWindow, monkeypatch) -> None:
    window = sample_window
    node = next(one for one in window.document.note.walk() if one.kind is NodeKind.OS)
    window.document.apply(SetAttr(node.title, "fr", "Mobilité partagée"), "Modifier le titre")

    def full_disk(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(window.autosaver.store, "write", full_disk)
    assert window.autosaver.autosave() is False
    assert "No space left on device" in window.statusBar().currentMessage()
    monkeypatch.undo()
    window.document.apply(SetAttr(node.title, "fr", "Mobilité partagée et douce"), "Modifier le titre")
    assert window.autosaver.autosave() is True
    assert window.statusBar().currentMessage() == ""


def test_the_delegation_page_and_its_messages_name_the_minister_alike(qtbot, tmp_path: Path) -> None:
    note = _note_with_deadline(2030)
    oo = new_node(NodeKind.OO, Template.B, title=BiText("Tarification", "Tarifering"))
    oo.delegation = Delegation(BiText("", ""), BiText("Lettre d’orientation 2021-2022", "Oriëntatiebrief 2021-2022"))
    note.objectives[0].children.append(oo)
    document = Document(note)
    issue = next(one for one in document.issues if one.node_id == oo.id and one.field == "delegation/delegate")
    label = NODE_PART_LABELS["delegate"]
    assert issue.place[Lang.FR].endswith(label[Lang.FR]) and issue.place[Lang.NL].endswith(label[Lang.NL])
    panel = NodePanel(document, oo)
    qtbot.addWidget(panel)
    panel.show()
    shown = {widget.text() for widget in panel.findChildren(QLabel) if widget.isVisible()}
    assert {f"{label[Lang.FR]} (*)", f"{label[Lang.NL]} (*)"} <= shown  # required: filled in both languages


def test_a_note_from_an_earlier_format_says_it_will_be_saved_in_the_current_one(workspace, tmp_path) -> None:
    from editor.model.formats import CURRENT

    note = _note_with_deadline(2030)
    note.source_format = "0.9"  # as the reader marks a migrated file
    window = workspace.add_window(Document(note, None))
    message = window.statusBar().currentMessage()
    assert "0.9" in message and CURRENT in message
    plain = workspace.add_window(Document(_note_with_deadline(2030), None))
    assert "format" not in plain.statusBar().currentMessage()

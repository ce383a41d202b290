"""The bilingual text editor: typing both sides, undo/redo, stale markers, bullets, issues."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.model.bitext import BULLET, Lang
from editor.model.labels import NodeKind, spec_for
from editor.widgets.bitext import BiTextEditor, change_report, toggle_bullet
from editor.widgets.factory import create_field_editor
from tests.editor.widgetkit import make_document, node_of, type_text


def description_editor(qtbot, document=None):
    document = document or make_document()
    node = node_of(document, NodeKind.OS)
    spec = spec_for(node.kind, None, "description")
    editor = create_field_editor(document, node.id, node.fields["description"], spec)
    qtbot.addWidget(editor)
    editor.show()
    assert isinstance(editor, BiTextEditor)
    return document, node, editor


def test_typing_accented_french_and_dutch_fills_each_side(qtbot):
    _document, node, editor = description_editor(qtbot)
    type_text(editor.edit(Lang.FR), "Améliorer la sécurité des élèves à l’école")
    type_text(editor.edit(Lang.NL), "De veiligheid van leerlingen verbeteren, ook op één plek")
    text = node.fields["description"]
    assert text.fr == "Améliorer la sécurité des élèves à l’école"
    assert text.nl == "De veiligheid van leerlingen verbeteren, ook op één plek"
    # The labels are the field's own labels, required mark included.
    assert editor.columns[Lang.FR].label.text() == "Description de l’objectif *"
    assert editor.columns[Lang.NL].label.text() == "Omschrijving van de doelstelling *"


def test_a_typed_word_is_one_undo_step_and_the_widget_follows_undo_redo(qtbot):
    document, node, editor = description_editor(qtbot)
    type_text(editor.edit(Lang.FR), "Sécurité")
    assert document.undo_stack.count() == 1
    type_text(editor.edit(Lang.NL), "Veiligheid")
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert node.fields["description"].nl == ""
    assert editor.edit(Lang.NL).toPlainText() == ""
    document.undo_stack.undo()
    assert editor.edit(Lang.FR).toPlainText() == ""
    document.undo_stack.redo()
    assert editor.edit(Lang.FR).toPlainText() == "Sécurité"
    assert node.fields["description"].fr == "Sécurité"


def test_ctrl_z_in_a_side_undoes_through_the_document(qtbot):
    _document, node, editor = description_editor(qtbot)
    side = editor.edit(Lang.FR)
    type_text(side, "Été")
    QTest.keyClick(side, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert node.fields["description"].fr == ""
    assert side.toPlainText() == ""


def test_refresh_keeps_the_cursor_when_the_text_is_unchanged(qtbot):
    _document, _node, editor = description_editor(qtbot)
    side = editor.edit(Lang.FR)
    type_text(side, "Déjà écrit")
    cursor = side.textCursor()
    cursor.setPosition(4)
    side.setTextCursor(cursor)
    type_text(editor.edit(Lang.NL), "Al geschreven")  # another side's edit refreshes both sides
    assert side.textCursor().position() == 4


def test_stale_marker_after_editing_one_side_of_a_confirmed_pair(qtbot):
    document, node, editor = description_editor(qtbot)
    text = node.fields["description"]
    text.fr, text.nl = "Réduire les accidents", "Ongevallen verminderen"
    text.confirm()
    editor.refresh()
    assert not editor.columns[Lang.NL].stale_shown
    side = editor.edit(Lang.FR)
    side.moveCursor(side.textCursor().MoveOperation.End)
    type_text(side, " graves")
    assert editor.columns[Lang.NL].stale_shown
    assert not editor.columns[Lang.FR].stale_shown
    report = editor.changes_dialog().view.toPlainText()
    assert "-Réduire les accidents" in report
    assert "+Réduire les accidents graves" in report
    qtbot.mouseClick(editor.columns[Lang.NL].stale_bar.confirm_button, Qt.MouseButton.LeftButton)
    assert text.stale_langs() == ()
    assert not editor.columns[Lang.NL].stale_shown
    document.undo_stack.undo()  # "mark as up to date" is undoable
    assert editor.columns[Lang.NL].stale_shown


def test_bullet_shortcut_toggles_the_current_line(qtbot):
    _document, node, editor = description_editor(qtbot)
    side = editor.edit(Lang.NL)
    type_text(side, "Acties:\nfietspaden aanleggen")
    side.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyClick(side, Qt.Key.Key_8, ctrl_shift)
    assert node.fields["description"].nl == f"Acties:\n{BULLET}fietspaden aanleggen"
    QTest.keyClick(side, Qt.Key.Key_8, ctrl_shift)
    assert node.fields["description"].nl == "Acties:\nfietspaden aanleggen"
    assert side.toPlainText() == "Acties:\nfietspaden aanleggen"


def test_toggle_bullet_and_change_report_are_exact():
    assert toggle_bullet("un\ndeux", 5) == (f"un\n{BULLET}deux", 7)
    assert toggle_bullet(f"{BULLET}één", 4) == ("één", 2)
    assert change_report("a\nb", "a\nc").splitlines() == ["@@ -1,2 +1,2 @@", " a", "-b", "+c"]


def test_issues_outline_the_side_they_name(qtbot):
    document, node, editor = description_editor(qtbot)
    # Empty required field: both sides flagged.
    assert editor.edit(Lang.FR).styleSheet() and editor.edit(Lang.NL).styleSheet()
    type_text(editor.edit(Lang.FR), "Objectif clair")
    # Only the Dutch side is still missing its translation.
    assert editor.edit(Lang.FR).styleSheet() == ""
    assert "border" in editor.edit(Lang.NL).styleSheet()
    assert editor.edit(Lang.NL).toolTip()
    issue = next(issue for issue in document.issues_for(node.id, "description"))
    editor.focus_issue(issue)
    assert editor.edit(Lang.NL).hasFocus() or not editor.isActiveWindow()

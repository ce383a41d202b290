"""The KPI table: rows added, edited, moved and removed through the undo stack; numbers checked."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from editor.model.bitext import BiText, Lang
from editor.model.labels import NodeKind, spec_for
from editor.model.values import Direction, Kpi, KpiList
from editor.widgets.factory import create_field_editor
from editor.widgets.kpis import ACTUAL, BASELINE, BASELINE_YEAR, DIRECTION, NAME_FR, NAME_NL, TARGET, KpiEditor
from tests.editor.widgetkit import make_document, node_of, type_text


def kpi_editor(qtbot):
    document = make_document()
    node = node_of(document, NodeKind.PLANNING)
    kpis = node.fields["kpis"]
    assert isinstance(kpis, KpiList)
    editor = create_field_editor(document, node.id, kpis, spec_for(node.kind, None, "kpis"))
    assert isinstance(editor, KpiEditor)
    qtbot.addWidget(editor)
    editor.show()
    return document, kpis, editor


def test_add_type_and_undo_a_kpi(qtbot):
    document, kpis, editor = kpi_editor(qtbot)
    assert (editor.add_button.text(), editor.remove_button.text()) == ("Add KPI", "Remove KPI")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(kpis.items) == 1 and editor.table.rowCount() == 1
    editor.set_cell_text(0, NAME_FR, "Nombre d’élèves sensibilisés")
    editor.set_cell_text(0, NAME_NL, "Aantal bewustgemaakte leerlingen")
    editor.set_cell_text(0, BASELINE, "1.250,5")
    editor.set_cell_text(0, BASELINE_YEAR, "2024")
    editor.set_cell_text(0, ACTUAL, "1.300")
    editor.set_cell_text(0, TARGET, "2000.75")
    kpi = kpis.items[0]
    assert kpi.name.fr == "Nombre d’élèves sensibilisés"
    assert kpi.name.nl == "Aantal bewustgemaakte leerlingen"
    assert (kpi.baseline, kpi.baseline_year, kpi.target) == (Decimal("1250.5"), 2024, Decimal("2000.75"))
    assert kpi.actual == Decimal(1300) and editor.cell_text(0, ACTUAL) == "1300"
    assert "Nombre d’élèves sensibilisés" in editor.preview_label.text()
    assert "1.250,5 (2024)" in editor.preview_label.text()
    document.undo_stack.undo()
    assert kpi.target is None and editor.cell_text(0, TARGET) == ""
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert kpis.items == [] and editor.table.rowCount() == 0
    document.undo_stack.redo()
    assert editor.table.rowCount() == 1


def test_typing_in_a_cell_editor_with_accents(qtbot):
    _document, kpis, editor = kpi_editor(qtbot)
    editor.add_row()
    table = editor.table
    table.setCurrentCell(0, NAME_NL)
    table.editItem(table.item(0, NAME_NL))
    editors = [one for one in table.findChildren(QLineEdit) if one.isVisible()]
    assert len(editors) == 1
    line = editors[0]
    type_text(line, "Tevredenheid van de reizigers (één enquête)")
    table.setCurrentCell(0, NAME_FR)  # leaving the cell commits it, as a click elsewhere does
    assert kpis.items[0].name.nl == "Tevredenheid van de reizigers (één enquête)"


def test_a_bad_number_is_rejected_with_a_message_and_not_applied(qtbot):
    document, kpis, editor = kpi_editor(qtbot)
    editor.add_row()
    steps = document.undo_stack.count()
    editor.set_cell_text(0, BASELINE, "douze")
    assert kpis.items[0].baseline is None
    assert document.undo_stack.count() == steps
    assert editor.error_label.isVisibleTo(editor)
    assert "douze" in editor.error_label.text()
    assert editor.table.item(0, BASELINE).toolTip()
    editor.set_cell_text(0, BASELINE_YEAR, "20225")
    assert kpis.items[0].baseline_year is None
    assert len(editor.error_messages()) == 2
    editor.set_cell_text(0, BASELINE, "12")
    editor.set_cell_text(0, BASELINE_YEAR, "2025")
    assert kpis.items[0].baseline == Decimal(12) and kpis.items[0].baseline_year == 2025
    assert editor.error_messages() == []
    assert not editor.error_label.isVisibleTo(editor)


def test_direction_combo_move_and_remove_rows(qtbot):
    document, kpis, editor = kpi_editor(qtbot)
    first = Kpi(name=BiText("Accidents graves", "Zware ongevallen"))
    second = Kpi(name=BiText("Vitesse moyenne", "Gemiddelde snelheid"))
    kpis.items.extend([first, second])
    editor.refresh()
    editor.combo(0, DIRECTION).setCurrentIndex(editor.combo(0, DIRECTION).index_of(Direction.DECREASE))
    assert first.direction is Direction.DECREASE
    editor.table.setCurrentCell(1, 0)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert kpis.items == [second, first]
    assert editor.cell_text(0, NAME_FR) == "Vitesse moyenne"
    assert editor.combo(1, DIRECTION).value() is Direction.DECREASE
    editor.table.setCurrentCell(0, 0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert kpis.items == [first]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert kpis.items == [first, second]
    assert editor.cell_text(1, NAME_NL) == "Gemiddelde snelheid"
    document.undo_stack.undo()
    assert first.direction is None and editor.combo(0, DIRECTION).value() is None


def test_rule_issues_colour_the_row_of_the_kpi(qtbot):
    document, kpis, editor = kpi_editor(qtbot)
    editor.add_row()
    editor.set_cell_text(0, NAME_FR, "Taux de réussite")
    # The Dutch name is missing: the row carries the rule's message.
    assert editor.table.item(0, NAME_NL).toolTip()
    editor.add_row()
    issue = next(one for one in editor.issues() if one.lang is Lang.NL and kpis.items[0].id in one.field)
    editor.focus_issue(issue)
    assert (editor.table.currentRow(), editor.table.currentColumn()) == (0, NAME_NL)
    document.undo_stack.undo()
    editor.set_cell_text(0, NAME_NL, "Slaagpercentage")
    assert editor.table.item(0, NAME_NL).toolTip() == ""
    assert editor.preview_label.text().splitlines() == ["FR : Taux de réussite", "NL : Slaagpercentage"]

"""Pages are reused for the next node of the same layout: every editor must then show and edit
the new node's values, never the previous node's, and issues must follow."""

from __future__ import annotations

from typing import TypeVar

import pytest
from PySide6.QtWidgets import QTableWidgetItem

from editor.mainwindow import MainWindow
from editor.model.bitext import Lang
from editor.model.l10n import render_deadline
from editor.model.tree import Node
from editor.model.values import Colour, Deadline, KpiList, Means, Partners, Status, StatusCode, Thresholds
from editor.nodepanel import NodePanel
from editor.widgets.kpis import NAME_FR
from editor.widgets.means import CODE
from editor.widgets.partners import organisation_label
from tests.editor.windowkit import panel, type_text

T = TypeVar("T")


def node(window: MainWindow, node_id: str) -> Node:
    found = window.document.note.find(node_id)
    assert found is not None
    return found


def value(one: Node, key: str, kind: type[T]) -> T:
    """The value of a field, checked to be of the expected type."""
    found = one.fields[key]
    assert isinstance(found, kind)
    return found


def distinguish(window: MainWindow, planning: Node) -> None:
    """Give the second Planning block values no other block has (as if typed earlier)."""
    planning.text("description").fr = "Planifier l’été 2027 : écoles prioritaires, vélos cargo."
    value(planning, "kpis", KpiList).items[0].name.fr = "Nombre d’élèves formés à vélo"
    value(planning, "thresholds", Thresholds).green.text.fr = "Plus de 2 000 élèves formés"
    value(planning, "deadline", Deadline).year = 2029
    value(planning, "means", Means).budget[0].code = "25.003.42.01"
    value(planning, "partners", Partners).items[:] = [window.document.note.organisations[-1].id]
    window.document.recheck()


def reused_page(window: MainWindow, first: str, other: str, second: str) -> NodePanel:
    """Select ``first``, then a node of another layout, then ``second``: ``first``'s page is reused."""
    window.outline_view.select_id(first)
    page = panel(window)
    window.outline_view.select_id(other)
    window.outline_view.select_id(second)
    assert panel(window) is page
    return page


def test_reused_page_shows_every_value_of_the_new_node(window: MainWindow) -> None:
    first, second = node(window, "planning-s031"), node(window, "planning-s041")
    distinguish(window, second)
    page = reused_page(window, first.id, "oo-s026", second.id)
    assert page.node is second
    assert "IV.1.2.2" in page.headings[Lang.FR].text()
    editors = page.editors
    assert editors["description"].edit(Lang.FR).toPlainText() == second.text("description").fr  # type: ignore[attr-defined]
    kpi_cell = editors["kpis"].table.item(0, NAME_FR)  # type: ignore[attr-defined]
    assert kpi_cell.text() == "Nombre d’élèves formés à vélo"
    green = editors["thresholds"].rows[Colour.GREEN].text.lines[Lang.FR]  # type: ignore[attr-defined]
    assert green.text() == "Plus de 2 000 élèves formés"
    deadline = value(second, "deadline", Deadline)
    assert render_deadline(deadline, Lang.FR) in editors["deadline"].rendered[Lang.FR].text()  # type: ignore[attr-defined]
    assert "2029" in editors["deadline"].rendered[Lang.NL].text()  # type: ignore[attr-defined]
    budget_code = editors["means"].budget.table.item(0, CODE)  # type: ignore[attr-defined]
    assert budget_code.text() == "25.003.42.01"
    last = window.document.note.organisations[-1]
    assert editors["partners"].partner_labels() == [organisation_label(last)]  # type: ignore[attr-defined]
    # And back: the first block's own values again.
    window.outline_view.select_id(first.id)
    first_page = panel(window)
    assert first_page.node is first
    assert first_page.editors["description"].edit(Lang.FR).toPlainText() == first.text("description").fr  # type: ignore[attr-defined]


def test_typing_in_a_reused_page_edits_only_the_new_node_and_undoes(window: MainWindow) -> None:
    first, second = node(window, "planning-s031"), node(window, "planning-s041")
    page = reused_page(window, first.id, "oo-s026", second.id)
    before_first = first.text("description").fr
    before_second = second.text("description").fr
    side = page.editors["description"].edit(Lang.FR)  # type: ignore[attr-defined]
    side.moveCursor(side.textCursor().MoveOperation.End)
    type_text(side, " Priorité aux écoles, à l’été.")
    assert second.text("description").fr == before_second + " Priorité aux écoles, à l’été."
    assert first.text("description").fr == before_first
    # A nested editor (a threshold band's one-line text) follows the page too.
    band = page.editors["thresholds"].rows[Colour.ORANGE].text.lines[Lang.NL]  # type: ignore[attr-defined]
    band.selectAll()
    type_text(band, "Tussen één en twee")
    assert value(second, "thresholds", Thresholds).orange.text.nl == "Tussen één en twee"
    assert value(first, "thresholds", Thresholds).orange.text.nl != "Tussen één en twee"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert second.text("description").fr == before_second
    assert side.toPlainText() == before_second


def test_issues_of_a_reused_page_are_the_new_nodes(window: MainWindow) -> None:
    first, second = node(window, "planning-s031"), node(window, "planning-s041")
    page = reused_page(window, first.id, "oo-s026", second.id)
    table = page.editors["means"].budget.table  # type: ignore[attr-defined]
    cell = table.item(0, CODE)
    assert isinstance(cell, QTableWidgetItem)
    cell.setText("pas un code")  # the edit carries the new owner: its re-check is the new node's
    assert value(second, "means", Means).budget[0].code == "pas un code"
    codes = [issue.code for issue in window.document.issues_for(second.id)]
    assert "BUDGET_CODE" in codes
    assert "BUDGET_CODE" not in [issue.code for issue in window.document.issues_for(first.id)]
    assert cell.toolTip()
    window.outline_view.select_id("oo-s026")
    window.outline_view.select_id(first.id)  # reuses the page again, now for the clean block
    again = panel(window)
    assert again.node is first
    first_cell = again.editors["means"].budget.table.item(0, CODE)  # type: ignore[attr-defined]
    assert first_cell.text() == value(first, "means", Means).budget[0].code
    assert not first_cell.toolTip()


def test_status_of_a_reused_realisation_page(window: MainWindow) -> None:
    first, second = node(window, "realisation-s027"), node(window, "realisation-s037")
    value(second, "status", Status).code = StatusCode.DELAYED
    value(second, "status", Status).comment.nl = "Vertraagd door de werken"
    page = reused_page(window, first.id, "oo-s026", second.id)
    status = page.editors["status"]
    assert status.combo.value() is StatusCode.DELAYED  # type: ignore[attr-defined]
    assert status.comment.edit(Lang.NL).toPlainText() == "Vertraagd door de werken"  # type: ignore[attr-defined]
    status.combo.setCurrentIndex(status.combo.index_of(StatusCode.DONE))  # type: ignore[attr-defined]
    assert value(second, "status", Status).code is StatusCode.DONE
    assert value(first, "status", Status).code is not StatusCode.DONE or first is second


def test_a_page_is_only_reused_for_the_same_layout(window: MainWindow) -> None:
    window.outline_view.select_id("planning-s031")
    planning_page = panel(window)
    window.outline_view.select_id("oo-s026")
    window.outline_view.select_id("oo-s047")  # template A: other fields, its own page
    assert panel(window) is not planning_page
    with pytest.raises(ValueError):
        planning_page.show_node(node(window, "oo-s047"))
    assert window.pages.count() <= window.pages.capacity
    assert window.outline_view.current_id() == "oo-s047"

"""Thresholds, deadline, status and means editors: every change undoable, rendering live."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.model.bitext import BiText, Lang
from editor.model.labels import NodeKind, spec_for
from editor.model.values import (
    Colour,
    DeadlineKind,
    Direction,
    Kpi,
    Season,
    StatusCode,
    ThresholdKind,
)
from editor.widgets.deadline import DeadlineEditor
from editor.widgets.factory import create_field_editor
from editor.widgets.means import AMOUNT, CODE, LABEL_FR, LABEL_NL, MeansEditor
from editor.widgets.status import StatusEditor
from editor.widgets.thresholds import BAND_COLOURS, ThresholdsEditor
from tests.editor.widgetkit import make_document, node_of, type_text


def field_editor(qtbot, kind: NodeKind, key: str):
    document = make_document()
    node = node_of(document, kind)
    editor = create_field_editor(document, node.id, node.fields[key], spec_for(kind, None, key))
    qtbot.addWidget(editor)
    editor.show()
    return document, node, editor


# -- thresholds ---------------------------------------------------------------------------


def test_threshold_bands_are_shown_in_their_colours(qtbot):
    _, _, editor = field_editor(qtbot, NodeKind.PLANNING, "thresholds")
    assert isinstance(editor, ThresholdsEditor)
    for colour, row in editor.rows.items():
        light, strong = BAND_COLOURS[colour]
        assert light in row.styleSheet() and strong in row.styleSheet()
        assert strong in row.swatch.styleSheet()
    assert editor.rows[Colour.GREEN].swatch.text() == "vert / groen"
    assert editor.rows[Colour.RED].swatch.text() == "rouge / rood"
    assert BAND_COLOURS[Colour.GREEN][1] != BAND_COLOURS[Colour.RED][1]


def test_yes_no_thresholds_hide_orange_and_undo_brings_it_back(qtbot):
    document, node, editor = field_editor(qtbot, NodeKind.PLANNING, "thresholds")
    thresholds = node.fields["thresholds"]
    editor.kind_combo.setCurrentIndex(editor.kind_combo.index_of(ThresholdKind.BINARY))
    assert thresholds.kind is ThresholdKind.BINARY
    assert not editor.rows[Colour.ORANGE].isVisibleTo(editor)
    document.undo_stack.undo()
    assert editor.rows[Colour.ORANGE].isVisibleTo(editor)


def test_band_texts_bounds_and_kpi_link(qtbot):
    document, node, editor = field_editor(qtbot, NodeKind.PLANNING, "thresholds")
    thresholds = node.fields["thresholds"]
    kpi = Kpi(name=BiText("Vitesse moyenne", "Gemiddelde snelheid"), direction=Direction.DECREASE)
    node.fields["kpis"].items.append(kpi)
    editor.refresh()
    editor.kpi_combo.setCurrentIndex(editor.kpi_combo.index_of(kpi.id))
    assert thresholds.kpi == kpi.id
    assert "Vitesse moyenne / Gemiddelde snelheid" in editor.kpi_combo.currentText()
    green = editor.rows[Colour.GREEN]
    type_text(green.text.lines[Lang.FR], "moins de 30 km/h en moyenne, très bien")
    type_text(green.text.lines[Lang.NL], "minder dan 30 km/u gemiddeld, zeer goed")
    assert thresholds.green.text.fr == "moins de 30 km/h en moyenne, très bien"
    assert thresholds.green.text.nl == "minder dan 30 km/u gemiddeld, zeer goed"
    green.upper_edit.setText("30,5")
    green.upper_edit.editingFinished.emit()
    assert thresholds.green.upper == Decimal("30.5")
    document.undo_stack.undo()
    assert thresholds.green.upper is None and green.upper_edit.text() == ""


def test_bad_bound_and_rule_messages_show_live(qtbot):
    _, node, editor = field_editor(qtbot, NodeKind.PLANNING, "thresholds")
    thresholds = node.fields["thresholds"]
    red = editor.rows[Colour.RED]
    red.lower_edit.setText("beaucoup")
    red.lower_edit.editingFinished.emit()
    assert thresholds.red.lower is None
    assert any("beaucoup" in message for message in editor.band_messages())
    assert "border" in red.lower_edit.styleSheet()
    red.lower_edit.setText("50")
    red.lower_edit.editingFinished.emit()
    red.upper_edit.setText("40")
    red.upper_edit.editingFinished.emit()
    assert (thresholds.red.lower, thresholds.red.upper) == (Decimal(50), Decimal(40))
    # The document's rules (bands missing, bounds reversed) are listed under the bands.
    assert editor.band_messages()
    type_text(red.text.lines[Lang.FR], "plus de 50 km/h")
    type_text(red.text.lines[Lang.NL], "meer dan 50 km/u")
    # Reversed bounds mark the bound boxes, not the band's texts.
    assert "border" in red.upper_edit.styleSheet() and red.upper_edit.toolTip()
    assert red.text.lines[Lang.FR].styleSheet() == "" == red.text.lines[Lang.NL].styleSheet()
    before = list(editor.band_messages())
    red.upper_edit.setText("60")
    red.upper_edit.editingFinished.emit()
    assert editor.band_messages() != before


# -- deadline -----------------------------------------------------------------------------


def test_deadline_renders_french_and_dutch_live(qtbot):
    document, node, editor = field_editor(qtbot, NodeKind.PLANNING, "deadline")
    assert isinstance(editor, DeadlineEditor)
    deadline = node.fields["deadline"]
    editor.kind_combo.setCurrentIndex(editor.kind_combo.index_of(DeadlineKind.SEASON))
    assert deadline.kind is DeadlineKind.SEASON
    assert editor.boxes["season"].isVisibleTo(editor) and not editor.boxes["day"].isVisibleTo(editor)
    editor.season_combo.setCurrentIndex(editor.season_combo.index_of(Season.AUTUMN))
    editor.year.setValue(2026)
    assert (deadline.season, deadline.year) == (Season.AUTUMN, 2026)
    assert editor.rendered[Lang.FR].text() == "FR : Automne 2026"
    assert editor.rendered[Lang.NL].text() == "NL : Herfst 2026"
    type_text(editor.qualifier_editor.lines[Lang.FR], "Pour la STIB")
    type_text(editor.qualifier_editor.lines[Lang.NL], "Voor de MIVB")
    assert editor.rendered[Lang.FR].text() == "FR : Pour la STIB : automne 2026"
    assert editor.rendered[Lang.NL].text() == "NL : Voor de MIVB : herfst 2026"
    document.undo_stack.undo()
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert deadline.year is None and editor.year.value() == editor.year.minimum()
    assert editor.rendered[Lang.FR].text() == "FR : "


def test_deadline_month_and_semester_pickers_follow_the_kind(qtbot):
    _, node, editor = field_editor(qtbot, NodeKind.PLANNING, "deadline")
    deadline = node.fields["deadline"]
    editor.kind_combo.setCurrentIndex(editor.kind_combo.index_of(DeadlineKind.MONTH))
    assert editor.part_combo.count() == 13
    editor.part_combo.setCurrentIndex(editor.part_combo.index_of(12))
    editor.year.setValue(2025)
    assert editor.rendered[Lang.FR].text() == "FR : Décembre 2025"
    assert editor.rendered[Lang.NL].text() == "NL : December 2025"
    editor.kind_combo.setCurrentIndex(editor.kind_combo.index_of(DeadlineKind.SEMESTER))
    # December does not exist as a semester: the part is cleared in the same step.
    assert deadline.part is None and editor.part_combo.count() == 3
    editor.part_combo.setCurrentIndex(editor.part_combo.index_of(2))
    assert editor.rendered[Lang.FR].text() == "FR : 2e semestre 2025"
    assert editor.rendered[Lang.NL].text() == "NL : Tweede semester 2025"


# -- status -------------------------------------------------------------------------------


def test_status_picker_and_comment(qtbot):
    document, node, editor = field_editor(qtbot, NodeKind.REALISATION, "status")
    assert isinstance(editor, StatusEditor)
    status = node.fields["status"]
    labels = [editor.combo.itemText(index) for index in range(editor.combo.count())]
    assert "Retardé / Vertraagd" in labels and len(labels) == len(StatusCode) + 1
    editor.combo.setCurrentIndex(editor.combo.index_of(StatusCode.DELAYED))
    assert status.code is StatusCode.DELAYED
    type_text(editor.comment.edit(Lang.FR), "Marché public relancé en été")
    assert status.comment.fr == "Marché public relancé en été"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert status.code is None and editor.combo.value() is None


# -- means --------------------------------------------------------------------------------


def test_means_fte_and_budget_lines(qtbot):
    document, node, editor = field_editor(qtbot, NodeKind.PLANNING, "means")
    assert isinstance(editor, MeansEditor)
    means = node.fields["means"]
    editor.fte.setText("2,5")
    editor.fte.editingFinished.emit()
    assert means.fte == Decimal("2.5")
    editor.fte.setText("deux")
    editor.fte.editingFinished.emit()
    assert means.fte == Decimal("2.5")
    assert "deux" in editor.fte_message.text()
    editor.fte.setText("3")
    editor.fte.editingFinished.emit()
    assert means.fte == Decimal(3) and not editor.fte_message.isVisibleTo(editor)
    budget = editor.budget
    qtbot.mouseClick(budget.add_button, Qt.MouseButton.LeftButton)
    budget.set_cell_text(0, CODE, "20.002")
    # A code that is not mission.programme.activity.allocation: the rule marks the row.
    assert "20.002" in budget.table.item(0, CODE).toolTip()
    budget.set_cell_text(0, CODE, "20.002.08.01.1211")
    budget.set_cell_text(0, LABEL_FR, "promotion du taxi")
    budget.set_cell_text(0, LABEL_NL, "taxipromotie")
    budget.set_cell_text(0, AMOUNT, "500.000")
    line = means.budget[0]
    assert (line.code, line.amount) == ("20.002.08.01.1211", Decimal(500000))
    budget.table.setCurrentCell(0, 0)
    preview = budget.preview_label.text().splitlines()
    assert preview == [
        "FR : AB 20.002.08.01.1211 (promotion du taxi) : 500.000 euros",
        "NL : BA 20.002.08.01.1211 (taxipromotie) : 500.000 euro",
    ]
    type_text(editor.ict.edit(Lang.NL), "Eén nieuwe databank")
    assert means.ict.nl == "Eén nieuwe databank"
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert means.is_empty() and budget.table.rowCount() == 0 and editor.fte.text() == ""


def test_numbers_follow_the_notes_house_style():
    from editor.widgets.numbers import NumberError, parse_decimal, parse_year, show_decimal

    assert parse_decimal("500.000") == Decimal(500000)
    assert parse_decimal("1.234,5") == Decimal("1234.5")
    assert parse_decimal("2.5") == parse_decimal("2,5") == Decimal("2.5")
    assert parse_decimal("1\u202f000") == Decimal(1000)
    assert parse_decimal("  ") is None
    assert show_decimal(Decimal("1234.5")) == "1234,5"
    assert parse_year("2026") == 2026
    for bad in ("douze", "1,2,3", "NaN"):
        try:
            parse_decimal(bad)
        except NumberError as error:
            assert bad in str(error)
        else:
            raise AssertionError(bad)


def test_a_planning_deadline_in_the_past_is_reported_under_the_editor(qtbot):
    _, node, editor = field_editor(qtbot, NodeKind.PLANNING, "deadline")
    assert node.year == 2026
    assert editor.messages.isVisibleTo(editor)  # required and still empty
    editor.kind_combo.setCurrentIndex(editor.kind_combo.index_of(DeadlineKind.YEAR))
    QTest.keyClick(editor.year, Qt.Key.Key_Up)  # from "–" straight to the note's budget year
    assert node.fields["deadline"].year == 2026
    editor.year.setValue(2025)
    assert "2025" in editor.messages.text() and "2026" in editor.messages.text()
    editor.year.setValue(2026)
    assert not editor.messages.isVisibleTo(editor)
    assert editor.rendered[Lang.NL].text() == "NL : 2026"

"""The thresholds editor: green / orange / red bands shown in colour, tied to one of the KPIs."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from editor.model.bitext import Lang
from editor.model.edits import SetAttr
from editor.model.labels import COLOUR_LABELS, THRESHOLDS_KPIS
from editor.model.tree import Node
from editor.model.values import COLOURS, Band, Colour, KpiList, ThresholdKind, Thresholds
from editor.widgets.base import FieldEditor, ValueCombo, issue_message, set_error_style
from editor.widgets.biline import BiLineEditor
from editor.widgets.numbers import NumberError, parse_decimal, show_decimal

if TYPE_CHECKING:
    from editor.document import Document
    from editor.model.checks import Issue

# Band background (light, behind the row) and swatch (strong) colours.
BAND_COLOURS: dict[Colour, tuple[str, str]] = {
    Colour.GREEN: ("#e8f5e9", "#2e7d32"),
    Colour.ORANGE: ("#fff3e0", "#ef6c00"),
    Colour.RED: ("#ffebee", "#c62828"),
}
MESSAGE_STYLE = "color: #b71c1c;"
# Rules about a band's numbers: shown on its bound boxes, not on its texts.
BOUND_CODES = frozenset({"THRESHOLD_BOUNDS", "THRESHOLD_OVERLAP", "THRESHOLD_GAP"})


def kpis_for(node: Node | None, field_key: str | None) -> KpiList | None:
    """The indicators a thresholds field may refer to: the same node's KPIs (or promised KPIs)."""
    if node is None:
        return None
    return node.value(THRESHOLDS_KPIS.get(field_key or "", "kpis"), KpiList)


def kpi_choice_label(name_fr: str, name_nl: str, position: int) -> str:
    names = " / ".join(name for name in (name_fr.strip(), name_nl.strip()) if name)
    return f"{position}. {names}" if names else f"{position}."


class BandRow(QFrame):
    """One colour: swatch, French and Dutch text, lower and upper bound."""

    def __init__(self, editor: ThresholdsEditor, colour: Colour):
        super().__init__()
        self.colour = colour
        self.band: Band = editor.thresholds.band(colour)
        light, strong = BAND_COLOURS[colour]
        self.setObjectName("band")
        self.setStyleSheet(f"QFrame#band {{ background: {light}; border-left: 6px solid {strong}; }}")
        layout = QGridLayout(self)
        names = COLOUR_LABELS[colour]
        self.swatch = QLabel(f"{names[Lang.FR]} / {names[Lang.NL]}")
        self.swatch.setStyleSheet(f"color: {strong}; font-weight: bold;")
        self.text = BiLineEditor(editor.document, editor.owner_id, self.band.text, editor.sub(colour.value))
        self.text.ignored_codes = BOUND_CODES
        self.lower_edit = QLineEdit()
        self.upper_edit = QLineEdit()
        self.lower_edit.setPlaceholderText(editor.tr("from (≥)"))
        self.upper_edit.setPlaceholderText(editor.tr("below (<)"))
        layout.addWidget(self.swatch, 0, 0)
        layout.addWidget(self.text, 0, 1)
        layout.addWidget(self.lower_edit, 0, 2)
        layout.addWidget(self.upper_edit, 0, 3)
        layout.setColumnStretch(1, 1)


class ThresholdsEditor(FieldEditor):
    """A Thresholds value: kind, linked KPI and the bands; bounds are checked as typed."""

    def __init__(
        self,
        document: Document,
        owner_id: str,
        thresholds: Thresholds,
        field_key: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(document, owner_id, parent)
        self.thresholds = thresholds
        self.field_key = field_key
        self._bad: dict[QLineEdit, str] = {}
        self._build()
        self.refresh()

    def sub(self, part: str) -> str | None:
        return f"{self.field_key}/{part}" if self.field_key else None

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.kind_combo = ValueCombo(
            [
                (self.tr("Green / orange / red"), ThresholdKind.BANDS),
                (self.tr("Yes / no (OK / not OK)"), ThresholdKind.BINARY),
            ]
        )
        self.kind_combo.currentIndexChanged.connect(
            lambda _: self._set(self.thresholds, "kind", self.kind_combo.value(), self.tr("Threshold kind"))
        )
        self.kpi_combo = ValueCombo()
        self.kpi_combo.currentIndexChanged.connect(
            lambda _: self._set(self.thresholds, "kpi", self.kpi_combo.value(), self.tr("Linked indicator"))
        )
        head.addWidget(QLabel(self.tr("Form")))
        head.addWidget(self.kind_combo)
        head.addWidget(QLabel(self.tr("Indicator")))
        head.addWidget(self.kpi_combo, 1)
        layout.addLayout(head)
        self.rows: dict[Colour, BandRow] = {}
        for colour in COLOURS:
            row = BandRow(self, colour)
            for name, line in (("lower", row.lower_edit), ("upper", row.upper_edit)):
                line.editingFinished.connect(lambda r=row, n=name, e=line: self._bound(r, n, e))
            layout.addWidget(row)
            self.rows[colour] = row
        self.messages = QLabel()
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet(MESSAGE_STYLE)
        layout.addWidget(self.messages)

    # -- widgets to model ----------------------------------------------------------------------
    def _set(self, target: object, name: str, value: object, text: str) -> None:
        if self.loading or getattr(target, name) == value:
            return
        self.apply(SetAttr(target, name, value, self.owner_id), text)

    def _bound(self, row: BandRow, name: str, line: QLineEdit) -> None:
        try:
            value: Decimal | None = parse_decimal(line.text())
        except NumberError as error:
            self._bad[line] = str(error)
            self.show_issues()
            return
        self._bad.pop(line, None)
        self._set(row.band, name, value, self.tr("Threshold bound"))
        self.show_issues()

    # -- model to widgets ----------------------------------------------------------------------
    def bind(self, value: Thresholds) -> None:
        self.thresholds = value
        self._bad.clear()
        for colour, row in self.rows.items():
            row.band = value.band(colour)
            row.text.rebind(self.owner_id, row.band.text)

    def load(self) -> None:
        self.kind_combo.set_value(self.thresholds.kind)
        self._load_kpis()
        used = self.thresholds.colours()
        for colour, row in self.rows.items():
            row.setVisible(colour in used)
            for name, line in (("lower", row.lower_edit), ("upper", row.upper_edit)):
                if line not in self._bad:
                    text = show_decimal(getattr(row.band, name))
                    if line.text() != text:
                        line.setText(text)

    def _load_kpis(self) -> None:
        kpis = kpis_for(self.document.note.find(self.owner_id), self.field_key)
        choices: list[tuple[str, object]] = [(self.tr("(no indicator)"), None)]
        for position, kpi in enumerate(kpis.items if kpis else [], start=1):
            choices.append((kpi_choice_label(kpi.name.fr, kpi.name.nl, position), kpi.id))
        known = [kpi_id for _, kpi_id in choices]
        current = self.thresholds.kpi
        if current is not None and current not in known:
            choices.append((self.tr("(unknown indicator %1)").replace("%1", current), current))
        self.kpi_combo.update_choices(choices)
        self.kpi_combo.set_value(self.thresholds.kpi)

    def show_issues(self) -> None:
        issues = self.issues()
        messages = [*self._bad.values(), *(issue_message(issue) for issue in issues)]
        self.messages.setText("\n".join(messages))
        self.messages.setVisible(bool(messages))
        for colour, row in self.rows.items():
            bound_issues = [
                issue_message(issue)
                for issue in issues
                if issue.code in BOUND_CODES and issue.field == self.sub(colour.value)
            ]
            for line in (row.lower_edit, row.upper_edit):
                problems = [self._bad[line]] if line in self._bad else bound_issues
                set_error_style(line, "QLineEdit", bool(problems))
                line.setToolTip("\n".join(problems))

    def band_messages(self) -> list[str]:
        return [text for text in self.messages.text().split("\n") if text]

    def focus_issue(self, issue: Issue) -> None:
        field = issue.field or ""
        for colour, row in self.rows.items():
            if field.endswith(f"/{colour.value}"):
                if issue.lang is not None:
                    row.text.focus_issue(issue)
                else:
                    row.lower_edit.setFocus()
                return
        self.kpi_combo.setFocus()

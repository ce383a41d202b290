"""The deadline editor: a kind, the values that kind needs, and the French and Dutch text live."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.model.bitext import LANGS, Lang
from editor.model.edits import Compound, Edit, SetAttr
from editor.model.l10n import (
    deadline_kind_label,
    month_name,
    render_deadline,
    season_name,
)
from editor.model.values import DATED_KINDS, PART_COUNTS, Deadline, DeadlineKind, Season
from editor.widgets.base import FieldEditor, ValueCombo, issue_message
from editor.widgets.biline import BiLineEditor
from editor.widgets.numbers import YEAR_RANGE

if TYPE_CHECKING:
    from editor.document import Document
    from editor.model.checks import Issue

NO_YEAR = YEAR_RANGE[0] - 1  # the spin box's "no value" position, shown as "–"

def part_label(kind: DeadlineKind, part: int) -> str:
    if kind in (DeadlineKind.MONTH, DeadlineKind.DATE):
        return f"{month_name(part, Lang.FR)} / {month_name(part, Lang.NL)}"
    return str(part)


def kind_label(kind: DeadlineKind) -> str:
    return f"{deadline_kind_label(kind, Lang.FR)} / {deadline_kind_label(kind, Lang.NL)}"


class OptionalSpin(QSpinBox):
    """A spin box whose minimum means "no value" ("–"); stepping from it starts at ``start``."""

    def __init__(self, no_value: int, maximum: int, start: int | None = None):
        super().__init__()
        self.start = start
        self.setRange(no_value, maximum)
        self.setSpecialValueText("–")
        self.setValue(no_value)

    def stepBy(self, steps: int) -> None:
        # Stepping up from "–" to 1990 would make authors click 36 times to reach the budget year.
        if self.value() == self.minimum() and steps > 0 and self.start is not None:
            self.setValue(self.start)
            return
        super().stepBy(steps)


def year_spin(no_value: int = NO_YEAR, maximum: int = YEAR_RANGE[1], start: int | None = None) -> OptionalSpin:
    return OptionalSpin(no_value, maximum, start)


def spin_value(spin: QSpinBox) -> int | None:
    return None if spin.value() == spin.minimum() else spin.value()


def set_spin(spin: QSpinBox, value: int | None) -> None:
    target = spin.minimum() if value is None else value
    if spin.value() != target:
        spin.setValue(target)


class DeadlineEditor(FieldEditor):
    """One Deadline value; each change is one SetAttr (or a Compound when the kind changes)."""

    def __init__(
        self,
        document: Document,
        owner_id: str,
        deadline: Deadline,
        field_key: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(document, owner_id, parent)
        self.deadline = deadline
        self.field_key = field_key
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.kind_combo = ValueCombo([(kind_label(kind), kind) for kind in DeadlineKind])
        self.kind_combo.currentIndexChanged.connect(self._kind_picked)
        row.addWidget(self.kind_combo)
        budget_year = self.document.note.title.budget_year
        self.start_year = year_spin(start=budget_year)
        self.part_combo = ValueCombo()
        self.day = year_spin(0, 31)
        seasons = [(f"{season_name(one, Lang.FR)} / {season_name(one, Lang.NL)}", one) for one in Season]
        self.season_combo = ValueCombo([("–", None), *seasons])
        self.year = year_spin(start=budget_year)
        self.boxes: dict[str, QWidget] = {}
        for key, caption, widget in (
            ("start_year", self.tr("From"), self.start_year),
            ("day", self.tr("Day"), self.day),
            ("part", self.tr("Period"), self.part_combo),
            ("season", self.tr("Season"), self.season_combo),
            ("year", self.tr("Year"), self.year),
        ):
            self.boxes[key] = self._captioned(caption, widget)
            row.addWidget(self.boxes[key])
        row.addStretch(1)
        layout.addLayout(row)
        self.start_year.valueChanged.connect(lambda _: self._set("start_year", spin_value(self.start_year)))
        self.year.valueChanged.connect(lambda _: self._set("year", spin_value(self.year)))
        self.day.valueChanged.connect(lambda _: self._set("day", spin_value(self.day)))
        self.part_combo.currentIndexChanged.connect(lambda _: self._set("part", self.part_combo.value()))
        self.season_combo.currentIndexChanged.connect(
            lambda _: self._set("season", self.season_combo.value())
        )
        form = QFormLayout()
        self.text_editor = BiLineEditor(self.document, self.owner_id, self.deadline.text, self._sub("text"))
        self.qualifier_editor = BiLineEditor(
            self.document, self.owner_id, self.deadline.qualifier, self._sub("qualifier")
        )
        self.text_caption = QLabel(self.tr("Wording"))
        form.addRow(self.text_caption, self.text_editor)
        form.addRow(self.tr("Scope or remark"), self.qualifier_editor)
        layout.addLayout(form)
        self.rendered: dict[Lang, QLabel] = {}
        rendered_row = QHBoxLayout()
        for lang in LANGS:
            label = QLabel()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("color: #1b5e20;")
            rendered_row.addWidget(label, 1)
            self.rendered[lang] = label
        layout.addLayout(rendered_row)
        self.messages = QLabel()
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet("color: #b71c1c;")
        self.messages.hide()
        layout.addWidget(self.messages)

    def _sub(self, part: str) -> str | None:
        return f"{self.field_key}/{part}" if self.field_key else None

    def _captioned(self, caption: str, widget: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(caption))
        row.addWidget(widget)
        return box

    # -- widgets to model ----------------------------------------------------------------------
    def _set(self, name: str, value: Any) -> None:
        if self.loading or getattr(self.deadline, name) == value:
            return
        edit = SetAttr(self.deadline, name, value, self.owner_id, mergeable=True)
        self.apply(edit, self.tr("Change deadline"))

    def _kind_picked(self) -> None:
        picked = self.kind_combo.value()
        kind = next((one for one in DeadlineKind if one is picked), None)
        if self.loading or kind is None or kind is self.deadline.kind:
            return
        edits: list[Edit] = [SetAttr(self.deadline, "kind", kind, self.owner_id)]
        part = self.deadline.part
        if part is not None and kind in PART_COUNTS and part > PART_COUNTS[kind]:
            edits.append(SetAttr(self.deadline, "part", None, self.owner_id))
        self.apply(Compound(edits, self.owner_id), self.tr("Change deadline kind"))

    # -- model to widgets ----------------------------------------------------------------------
    def bind(self, value: Deadline) -> None:
        self.deadline = value
        self.text_editor.rebind(self.owner_id, value.text)
        self.qualifier_editor.rebind(self.owner_id, value.qualifier)

    def load(self) -> None:
        deadline = self.deadline
        kind = deadline.kind
        self.kind_combo.set_value(kind)
        self._load_parts(kind)
        set_spin(self.year, deadline.year)
        set_spin(self.start_year, deadline.start_year)
        set_spin(self.day, deadline.day)
        self.season_combo.set_value(deadline.season)
        visible = {
            "year": kind in DATED_KINDS,
            "start_year": kind is DeadlineKind.RANGE,
            "part": kind in PART_COUNTS,
            "day": kind is DeadlineKind.DATE,
            "season": kind is DeadlineKind.SEASON,
        }
        for key, box in self.boxes.items():
            box.setVisible(visible[key])
        self.text_caption.setVisible(kind is DeadlineKind.TEXT)
        self.text_editor.setVisible(kind is DeadlineKind.TEXT)
        for lang, label in self.rendered.items():
            label.setText(f"{lang.value.upper()} : {render_deadline(deadline, lang)}")

    def _load_parts(self, kind: DeadlineKind) -> None:
        count = PART_COUNTS.get(kind, 0)
        wanted = [("–", None), *((part_label(kind, part), part) for part in range(1, count + 1))]
        self.part_combo.update_choices(wanted)
        self.part_combo.set_value(self.deadline.part)

    def show_issues(self) -> None:
        """Rule messages about the deadline itself (missing, incomplete, in the past) below it."""
        own = [issue_message(issue) for issue in self.issues() if issue.field == self.field_key]
        self.messages.setText("\n".join(own))
        self.messages.setVisible(bool(own))

    def rendered_text(self, lang: Lang) -> str:
        return render_deadline(self.deadline, lang)

    def focus_issue(self, issue: Issue) -> None:
        field = issue.field or ""
        if field.endswith("/qualifier"):
            self.qualifier_editor.focus_issue(issue)
        elif field.endswith("/text"):
            self.text_editor.focus_issue(issue)
        elif self.year.isVisible():
            self.year.setFocus()
        else:
            self.kind_combo.setFocus()

"""The KPI table: one row per indicator, bilingual names and units, numbers checked as typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from editor.model.bitext import BiText, Lang
from editor.model.edits import Edit, SetAttr, set_text
from editor.model.l10n import render_kpi
from editor.model.labels import DIRECTION_LABELS
from editor.model.values import Direction, Kpi, KpiList
from editor.widgets.numbers import parse_decimal, parse_year, show_decimal, show_int
from editor.widgets.table import ChoiceColumn, Column, ListTableEditor, TextColumn

if TYPE_CHECKING:
    from editor.document import Document


def _tr(text: str) -> str:
    return QCoreApplication.translate("KpiEditor", text)


def text_column(header: str, attr: str, lang: Lang, scope: str) -> TextColumn:
    """A column editing one language side of a BiText attribute of the row's item."""

    def read(item: Any) -> str:
        text: BiText = getattr(item, attr)
        return text.get(lang)

    def write(item: Any, value: str) -> Edit:
        return set_text(getattr(item, attr), lang, value, scope)

    return TextColumn(header, read, write, attr, lang)


def value_column(
    header: str,
    attr: str,
    parse: Callable[[str], Any],
    show: Callable[[Any], str],
    scope: str,
) -> TextColumn:
    """A column editing a language-neutral attribute (a number, a year, a code)."""

    def write(item: Any, value: str) -> Edit:
        return SetAttr(item, attr, parse(value), scope)

    return TextColumn(header, lambda item: show(getattr(item, attr)), write, attr)


def direction_choices() -> list[tuple[str, object]]:
    choices: list[tuple[str, object]] = [("", None)]
    for direction in Direction:
        labels = DIRECTION_LABELS[direction]
        choices.append((f"{labels[Lang.FR]} / {labels[Lang.NL]}", direction))
    return choices


def kpi_columns(scope: str) -> list[Column]:
    return [
        text_column(_tr("Name (FR)"), "name", Lang.FR, scope),
        text_column(_tr("Name (NL)"), "name", Lang.NL, scope),
        text_column(_tr("Unit (FR)"), "unit", Lang.FR, scope),
        text_column(_tr("Unit (NL)"), "unit", Lang.NL, scope),
        value_column(_tr("Baseline"), "baseline", parse_decimal, show_decimal, scope),
        value_column(_tr("Baseline year"), "baseline_year", parse_year, show_int, scope),
        value_column(_tr("Target"), "target", parse_decimal, show_decimal, scope),
        value_column(_tr("Target year"), "target_year", parse_year, show_int, scope),
        value_column(_tr("Achieved"), "actual", parse_decimal, show_decimal, scope),
        value_column(_tr("Achieved year"), "actual_year", parse_year, show_int, scope),
        ChoiceColumn(
            _tr("Direction"),
            direction_choices(),
            lambda item: item.direction,
            lambda item, value: SetAttr(item, "direction", value, scope),
        ),
        text_column(_tr("Source (FR)"), "source", Lang.FR, scope),
        text_column(_tr("Source (NL)"), "source", Lang.NL, scope),
    ]


# Column positions, for callers and tests.
(NAME_FR, NAME_NL, UNIT_FR, UNIT_NL, BASELINE, BASELINE_YEAR, TARGET, TARGET_YEAR, ACTUAL, ACTUAL_YEAR,
 DIRECTION, SOURCE_FR, SOURCE_NL) = range(13)  # fmt: skip


class KpiEditor(ListTableEditor):
    """KPIs of one objective, block or action, with each row rendered in French and Dutch."""

    def __init__(
        self, document: Document, owner_id: str, kpis: KpiList, parent: QWidget | None = None
    ):
        self.kpis = kpis
        super().__init__(
            document,
            owner_id,
            kpis.items,
            kpi_columns(owner_id),
            Kpi,
            lambda kpi, lang: f"{lang.value.upper()} : {render_kpi(kpi, lang)}",
            parent,
        )
        self.add_button.setText(self.tr("Add KPI"))
        self.remove_button.setText(self.tr("Remove KPI"))

    def bind(self, value: KpiList) -> None:
        self.kpis = value
        self.columns = kpi_columns(self.owner_id)
        super().bind(value.items)

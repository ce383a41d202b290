"""Printed KPIs read as indicators: a table with Indicator / Baseline / Target… columns (as the
editor exports them), or one indicator per paragraph or bullet (as published notes print them).

The indicators of the two languages are paired in order; numbers (baseline, target, achieved,
with their years and a "%" unit) are read from the French and completed from the Dutch.
"""

from __future__ import annotations

import re
from decimal import Decimal

from editor.model.bitext import LANGS, Lang
from editor.model.labels import KPI_LABELS
from editor.model.printed.normalise import fold
from editor.model.printed.numbers import parse_number
from editor.model.printed.source import Parsed, Printed
from editor.model.printed.words import DIRECTION_WORDS, folded_table
from editor.model.values import Direction, Kpi, KpiList

_COLUMNS = {fold(labels[lang]): key for key, labels in KPI_LABELS.items() for lang in LANGS}
_DIRECTIONS = folded_table(DIRECTION_WORDS)
_SOURCE = {fold(KPI_LABELS["source"][lang]) for lang in LANGS}
_VALUE_KEYS = ("baseline", "target", "actual")

Row = dict[str, str]


def kpi_rows(printed: Printed, lang: Lang) -> list[Row]:
    """Each indicator of one language as {column key: cell text}: table rows, then paragraphs."""
    rows: list[Row] = []
    for grid in printed.grids(lang):
        if not grid:
            continue
        header = [_COLUMNS.get(fold(cell)) for cell in grid[0]]
        if "name" not in header:
            rows += [{"name": " ".join(row).strip()} for row in grid if any(cell.strip() for cell in row)]
            continue
        for row in grid[1:]:
            rows.append({key: cell for key, cell in zip(header, row, strict=False) if key})
    rows += [{"name": text} for _, text in printed.side(lang) if text.strip()]
    return rows


def _value_year(text: str) -> tuple[Decimal | None, int | None, bool]:
    """ "1.200 (2024)" → (1200, 2024, False); "2,5 % (2024)" → (2.5, 2024, True); "2024" → year only."""
    text = text.strip()
    year = None
    if found := re.fullmatch(r"(.*?)\s*\((\d{4})\)", text):
        text, year = found[1].strip(), int(found[2])
    percent = text.endswith("%")
    number = parse_number(text.rstrip("%").strip()) if text else None
    if number is None and re.fullmatch(r"\d{4}", text):
        return None, int(text), False
    return number, year, percent


def _name_unit_source(cell: str) -> tuple[str, str, str]:
    first, *rest = cell.split("\n")
    source = ""
    for line in rest:
        label, sep, value = line.partition(":")
        if sep and fold(label) in _SOURCE:
            source = value.strip()
    unit = ""
    if found := re.fullmatch(r"(.+?)\s*\(([^()]{1,30})\)", first.strip()):
        first, unit = found[1], found[2].strip()
    return first.strip(), unit, source


def _fill(kpi: Kpi, row: Row, lang: Lang) -> None:
    """Set the ``lang`` texts of ``kpi`` from a row, and its numbers where not set yet."""
    name, unit, source = _name_unit_source(row.get("name", ""))
    kpi.name.set(lang, name)
    kpi.unit.set(lang, unit)
    kpi.source.set(lang, source)
    for key in _VALUE_KEYS:
        value, year, percent = _value_year(row.get(key, ""))
        if getattr(kpi, key) is None and value is not None:
            setattr(kpi, key, value)
        if getattr(kpi, f"{key}_year") is None and year is not None:
            setattr(kpi, f"{key}_year", year)
        if percent and not kpi.unit.get(lang):
            kpi.unit.set(lang, "%")
    direction = _DIRECTIONS.get(fold(row.get("direction", "")))
    if kpi.direction is None and direction is not None:
        kpi.direction = Direction(direction)


def _unit_in_both(kpi: Kpi) -> None:
    """A "(…)" read as a unit on one side only was part of the name after all."""
    for lang in LANGS:
        unit, other = kpi.unit.get(lang), lang.other
        if unit and unit != "%" and not kpi.unit.get(other) and kpi.name.get(other):
            kpi.name.set(lang, f"{kpi.name.get(lang)} ({unit})")
            kpi.unit.set(lang, "")


def parse_kpis(printed: Printed) -> Parsed[KpiList]:
    """The indicators of both languages paired in order; a count that differs is reported."""
    rows = {lang: kpi_rows(printed, lang) for lang in LANGS}
    kpis = [Kpi() for _ in range(max(len(rows[Lang.FR]), len(rows[Lang.NL])))]
    for lang in LANGS:
        for kpi, row in zip(kpis, rows[lang], strict=False):
            _fill(kpi, row, lang)
    for kpi in kpis:
        _unit_in_both(kpi)
    result = Parsed(KpiList(kpis))
    fr, nl = len(rows[Lang.FR]), len(rows[Lang.NL])
    if fr and nl and fr != nl:
        result.note("kpi-count-mismatch", fr_count=fr, nl_count=nl)
    return result

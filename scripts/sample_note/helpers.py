"""Small builders for the sample note: confirmed bilingual pairs, typed values, stable ids."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from editor.model.bitext import BiText
from editor.model.labels import NodeKind, Template
from editor.model.tree import Node
from editor.model.values import (
    Band,
    BudgetLine,
    CreditType,
    Deadline,
    DeadlineKind,
    Direction,
    FieldValue,
    Kpi,
    KpiList,
    Means,
    Partners,
    Season,
    Status,
    StatusCode,
    Thresholds,
)

REALISED, PLANNED = 2025, 2026

# Turns organisation keys of the sample's list into the partners value of an objective.
Picker = Callable[..., Partners]


def bt(fr: str, nl: str) -> BiText:
    """A confirmed pair: the sample's two sides are agreed translations."""
    text = BiText(fr, nl)
    text.confirm()
    return text


class Ids:
    """Stable ids: prefix + a running number, so reruns produce identical files."""

    def __init__(self, stem: str) -> None:
        self.stem = stem
        self.count = 0

    def __call__(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}-{self.stem}{self.count:03d}"


ID = Ids("s")


def node(
    kind: NodeKind,
    title: BiText,
    template: Template | None = None,
    year: int | None = None,
    **fields: FieldValue,
) -> Node:
    """A node with exactly the given fields (which must exist for its kind)."""
    result = Node(kind, ID(kind.value), title, template=template, year=year)
    known = {spec.key for spec in result.specs()}
    unknown = set(fields) - known
    if unknown:
        raise KeyError(f"{kind.value} has no field(s) {sorted(unknown)}")
    result.fields.update(fields)
    return result


def kpi(
    fr: str,
    nl: str,
    unit: tuple[str, str] | None = None,
    base: tuple[str, int] | None = None,
    target: tuple[str, int] | None = None,
    direction: Direction | None = None,
    source: tuple[str, str] | None = None,
) -> Kpi:
    return Kpi(
        id=ID("kpi"),
        name=bt(fr, nl),
        unit=bt(*unit) if unit else BiText(),
        baseline=Decimal(base[0]) if base else None,
        baseline_year=base[1] if base else None,
        target=Decimal(target[0]) if target else None,
        target_year=target[1] if target else None,
        direction=direction,
        source=bt(*source) if source else BiText(),
    )


def bands(indicator: Kpi, good: str, bad: str, texts: tuple[tuple[str, str], ...]) -> Thresholds:
    """Three bands [lower, upper) consistent with the KPI's direction: green at the good end."""
    g, b = Decimal(good), Decimal(bad)
    green, orange, red = (bt(*pair) for pair in texts)
    if indicator.direction is Direction.DECREASE:
        return Thresholds(
            kpi=indicator.id,
            green=Band(green, upper=g),
            orange=Band(orange, lower=g, upper=b),
            red=Band(red, lower=b),
        )
    return Thresholds(
        kpi=indicator.id,
        green=Band(green, lower=g),
        orange=Band(orange, lower=b, upper=g),
        red=Band(red, upper=b),
    )


def line(
    code: str,
    fr: str,
    nl: str,
    amount: str,
    per_year: bool = False,
    credit: CreditType | None = CreditType.BOTH,
) -> BudgetLine:
    return BudgetLine(ID("bl"), code, bt(fr, nl), Decimal(amount), per_year, credit)


def means(
    fte: str, *lines: BudgetLine, ict: tuple[str, str] | None = None, note: tuple[str, str] | None = None
) -> Means:
    return Means(
        fte=Decimal(fte),
        ict=bt(*ict) if ict else BiText(),
        budget=list(lines),
        note=bt(*note) if note else BiText(),
    )


def status(code: StatusCode, fr: str = "", nl: str = "") -> Status:
    return Status(code, bt(fr, nl) if fr else BiText())


def year(value: int) -> Deadline:
    return Deadline(DeadlineKind.YEAR, year=value)


def month(value: int, part: int, qualifier: tuple[str, str] | None = None) -> Deadline:
    return Deadline(DeadlineKind.MONTH, year=value, part=part, qualifier=bt(*qualifier) if qualifier else BiText())


def season(value: int, which: Season) -> Deadline:
    return Deadline(DeadlineKind.SEASON, year=value, season=which)


def semester(value: int, part: int) -> Deadline:
    return Deadline(DeadlineKind.SEMESTER, year=value, part=part)


def quarter(value: int, part: int) -> Deadline:
    return Deadline(DeadlineKind.QUARTER, year=value, part=part)


def span(start: int, end: int, qualifier: tuple[str, str] | None = None) -> Deadline:
    return Deadline(DeadlineKind.RANGE, year=end, start_year=start, qualifier=bt(*qualifier) if qualifier else BiText())


def day(value: int, part: int, which: int) -> Deadline:
    return Deadline(DeadlineKind.DATE, year=value, part=part, day=which)


def kpis(*items: Kpi) -> KpiList:
    return KpiList(list(items))


def realisation(status_value: Status, texts: tuple[tuple[str, str], ...]) -> Node:
    """A Réalisations block: status, then the four report texts in spec order."""
    keys = ("realisation_description", "output_achieved", "actions_achieved", "output_per_action_achieved")
    block = node(NodeKind.REALISATION, BiText(), year=REALISED, status=status_value)
    block.fields.update({key: bt(*pair) for key, pair in zip(keys, texts, strict=True)})
    return block


def action(
    title: tuple[str, str],
    output: tuple[str, str],
    indicator: Kpi,
    good: str,
    bad: str,
    band_texts: tuple[tuple[str, str], ...],
    deadline: Deadline,
) -> Node:
    return node(
        NodeKind.ACTION,
        bt(*title),
        output=bt(*output),
        kpis=kpis(indicator),
        thresholds=bands(indicator, good, bad, band_texts),
        deadline=deadline,
    )

"""Typed field values of an objective: KPIs, thresholds, deadlines, status, means, partners."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum

from editor.model.bitext import BiText
from editor.model.ids import new_id


class Direction(str, Enum):
    """Which way a KPI should move."""

    INCREASE = "increase"
    DECREASE = "decrease"
    MAINTAIN = "maintain"


@dataclass(eq=False)
class Kpi:
    """One performance indicator: the name is often all a real note gives."""

    id: str = field(default_factory=lambda: new_id("kpi"))
    name: BiText = field(default_factory=BiText)
    unit: BiText = field(default_factory=BiText)
    baseline: Decimal | None = None
    baseline_year: int | None = None
    target: Decimal | None = None
    target_year: int | None = None
    actual: Decimal | None = None
    actual_year: int | None = None
    direction: Direction | None = None
    source: BiText = field(default_factory=BiText)


@dataclass(eq=False)
class KpiList:
    """The indicators of one objective, block or action."""

    items: list[Kpi] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not self.items


class Colour(str, Enum):
    """Threshold band colours, best first."""

    GREEN = "green"
    ORANGE = "orange"
    RED = "red"


COLOURS: tuple[Colour, Colour, Colour] = (Colour.GREEN, Colour.ORANGE, Colour.RED)
# Reading an enum member through its class costs about 0.2 µs in Python 3.11 (ten times a
# global): the methods the rule checks call per field read module names instead.
_GREEN, _ORANGE, _RED = COLOURS
_BINARY_COLOURS = (_GREEN, _RED)


@dataclass(eq=False)
class Band:
    """One threshold band: a text per language and, for a numeric KPI, [lower, upper)."""

    text: BiText = field(default_factory=BiText)
    lower: Decimal | None = None
    upper: Decimal | None = None

    @property
    def numeric(self) -> bool:
        return self.lower is not None or self.upper is not None


class ThresholdKind(str, Enum):
    """Three colour bands, or the yes/no (OK / not OK) form some notes use."""

    BANDS = "bands"
    BINARY = "binary"


_BINARY = ThresholdKind.BINARY  # see _GREEN


@dataclass(eq=False)
class Thresholds:
    """Green / orange / red bands of an objective, optionally tied to one of its KPIs."""

    kind: ThresholdKind = ThresholdKind.BANDS
    kpi: str | None = None
    green: Band = field(default_factory=Band)
    orange: Band = field(default_factory=Band)
    red: Band = field(default_factory=Band)

    def band(self, colour: Colour) -> Band:
        if colour is _GREEN:
            return self.green
        return self.orange if colour is _ORANGE else self.red

    def colours(self) -> tuple[Colour, ...]:
        """The colours this form of threshold uses (binary has no orange)."""
        if self.kind is _BINARY:
            return _BINARY_COLOURS
        return COLOURS

    def is_empty(self) -> bool:
        # Checked for every thresholds field on every check: a plain loop, bounds (cheap) first.
        for band in (self.green, self.orange, self.red):
            if band.lower is not None or band.upper is not None or not band.text.is_empty():
                return False
        return True


class DeadlineKind(str, Enum):
    """The shapes a deadline takes in published notes."""

    NONE = "none"
    YEAR = "year"
    RANGE = "range"
    SEMESTER = "semester"
    QUARTER = "quarter"
    SEASON = "season"
    MONTH = "month"
    DATE = "date"
    EVERY_YEAR_UNTIL = "every-year-until"
    CONTINUOUS = "continuous"
    PER_PLANNING = "per-planning"
    TEXT = "text"


_NO_DEADLINE, _RANGE = DeadlineKind.NONE, DeadlineKind.RANGE  # see _GREEN

# Kinds that carry a year (the others: none, continuous, per planning, free text).
DATED_KINDS = frozenset(
    {
        DeadlineKind.YEAR,
        DeadlineKind.RANGE,
        DeadlineKind.SEMESTER,
        DeadlineKind.QUARTER,
        DeadlineKind.SEASON,
        DeadlineKind.MONTH,
        DeadlineKind.DATE,
        DeadlineKind.EVERY_YEAR_UNTIL,
    }
)

# Kinds that need a part of the year in Deadline.part, and how many parts the year has.
PART_COUNTS = {DeadlineKind.SEMESTER: 2, DeadlineKind.QUARTER: 4, DeadlineKind.MONTH: 12, DeadlineKind.DATE: 12}


class Season(str, Enum):
    """Seasons as used in deadlines (Printemps 2021 / Voorjaar 2021)."""

    SPRING = "spring"
    SUMMER = "summer"
    AUTUMN = "autumn"
    WINTER = "winter"


@dataclass(eq=False)
class Deadline:
    """A typed deadline, rendered in each language from one value; never typed twice.

    ``year`` is the (last) year for every dated kind; ``start_year`` starts a range;
    ``part`` is the semester (1-2), quarter (1-4) or month (1-12); ``day`` completes a date.
    ``text`` holds the wording of a TEXT deadline ("six mois après l'adoption");
    ``qualifier`` an optional scope or remark ("Pour screen.brussels", "avant le déménagement").
    """

    kind: DeadlineKind = DeadlineKind.NONE
    year: int | None = None
    start_year: int | None = None
    part: int | None = None
    day: int | None = None
    season: Season | None = None
    text: BiText = field(default_factory=BiText)
    qualifier: BiText = field(default_factory=BiText)

    def is_empty(self) -> bool:
        return self.kind is _NO_DEADLINE

    def last_year(self) -> int | None:
        """The year by which the deadline falls, where it has one."""
        return self.year

    def first_year(self) -> int | None:
        if self.kind is _RANGE and self.start_year is not None:
            return self.start_year
        return self.year

    def copy(self) -> Deadline:
        return Deadline(
            self.kind,
            self.year,
            self.start_year,
            self.part,
            self.day,
            self.season,
            self.text.copy(),
            self.qualifier.copy(),
        )


class StatusCode(str, Enum):
    """The fixed list of objective statuses (labels in labels.STATUS_LABELS)."""

    ON_SCHEDULE = "on-schedule"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    DELAYED = "delayed"
    NOT_STARTED = "not-started"
    AWAITING_DECISION = "awaiting-decision"
    CANCELLED = "cancelled"


@dataclass(eq=False)
class Status:
    """Status of an operational objective in a Réalisations block, with an optional comment."""

    code: StatusCode | None = None
    comment: BiText = field(default_factory=BiText)

    def is_empty(self) -> bool:
        return self.code is None


class CreditType(str, Enum):
    """Which appropriations a budget line is about."""

    COMMITMENT = "commitment"
    LIQUIDATION = "liquidation"
    BOTH = "both"
    REVENUE = "revenue"


# mission.programme.activity.allocation[.economic code]: "20.002.08.01.1211", or shorter.
BUDGET_CODE = re.compile(r"^\d{2}\.\d{3}\.\d{2}\.\d{2}(\.\d{4})?$")


@dataclass(eq=False)
class BudgetLine:
    """A budget line: one code (AB in French, BA in Dutch), a label, an amount in euros."""

    id: str = field(default_factory=lambda: new_id("bl"))
    code: str = ""
    label: BiText = field(default_factory=BiText)
    amount: Decimal | None = None
    per_year: bool = False
    credit: CreditType | None = None


@dataclass(eq=False)
class Means:
    """Means of an objective: staff in FTE, ICT needs, budget lines and remarks."""

    fte: Decimal | None = None
    fte_note: BiText = field(default_factory=BiText)
    ict: BiText = field(default_factory=BiText)
    budget: list[BudgetLine] = field(default_factory=list)
    note: BiText = field(default_factory=BiText)

    def is_empty(self) -> bool:
        return (
            self.fte is None
            and self.fte_note.is_empty()
            and self.ict.is_empty()
            and not self.budget
            and self.note.is_empty()
        )

    def total(self) -> Decimal:
        return sum((line.amount for line in self.budget if line.amount is not None), Decimal(0))


@dataclass(eq=False)
class Partners:
    """Partners of an objective, as ids into the note's bilingual organisation list."""

    items: list[str] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not self.items


FieldValue = BiText | KpiList | Thresholds | Deadline | Status | Means | Partners

"""Rules on field values: bilingual texts, KPIs, thresholds, deadlines, status, means, partners.

Each field kind (editor/model/kinds/) names the rules of its values here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from itertools import pairwise
from operator import itemgetter
from typing import NamedTuple

from editor.model.bitext import LANGS, BiText, Lang
from editor.model.checks_issue import Place, PlaceLike, Reporter, Severity, lazy
from editor.model.crosslang import Mismatch, compare
from editor.model.labels import COLOUR_LABELS, KPI_LABELS, MEANS_LABELS
from editor.model.messages import PLACE_LABELS
from editor.model.values import (
    BUDGET_CODE,
    COLOURS,
    DATED_KINDS,
    PART_COUNTS,
    Band,
    Deadline,
    DeadlineKind,
    Direction,
    Kpi,
    KpiList,
    Means,
    Partners,
    Status,
    Thresholds,
)

# Built once: the checks name these places thousands of times per note.
_PLACES: dict[str, Place] = {
    key: {lang: labels[lang.value] for lang in LANGS} for key, labels in PLACE_LABELS.items()
}


def place_label(key: str) -> Place:
    """A label of messages.PLACE_LABELS as a place (shared: callers join it, never change it)."""
    return _PLACES[key]


def lang_table(table: dict[Lang, str]) -> Place:
    """A label table of editor/model/labels/ as a place (shared, like place_label: places are never changed)."""
    return table


def numbered(table: dict[Lang, str], index: int) -> PlaceLike:
    """ "Indicateur 2" / "Indicator 2", composed only if an issue is reported."""
    return lambda: {lang: f"{table[lang]} {index}" for lang in LANGS}


# Reading an enum member through its class costs about 0.2 µs in Python 3.11 (ten times a
# global): the rules run per field read these module names instead.
_INCREASE, _DECREASE = Direction.INCREASE, Direction.DECREASE
_TEXT, _RANGE, _SEASON, _DATE = DeadlineKind.TEXT, DeadlineKind.RANGE, DeadlineKind.SEASON, DeadlineKind.DATE

_KPI_UNIT, _KPI_SOURCE = lang_table(KPI_LABELS["unit"]), lang_table(KPI_LABELS["source"])


class FieldScope(NamedTuple):
    """What the value rules need to know about the field's node and the note."""

    required: bool
    block_year: int | None  # the Planning year this field plans for, if any
    today: date | None
    current: bool  # the note is this year's or a later one: elapsed deadlines matter
    historic: bool  # a Réalisations block: its deadlines are in the past by nature
    organisations: frozenset[str]


def text_ok(text: BiText, required: bool) -> bool:
    """Whether ``text_rules`` has nothing to report, as for nearly every text.

    The rules of KPIs, bands, budget lines… test this first, and compose a field path and a
    label for ``text_rules`` only when it is false.
    """
    # Runs for every text of the note: plain attribute reads, and ``isspace`` (the same test
    # as an empty ``strip``) makes no copy of the text.
    fr, nl = text.fr, text.nl
    fr_filled, nl_filled = bool(fr) and not fr.isspace(), bool(nl) and not nl.isspace()
    if fr_filled and nl_filled:
        if compare(fr, nl) is not None:
            return False
    elif fr_filled or nl_filled or required:
        return False
    # Most texts are unconfirmed or unchanged since their confirmation: no stale side to look for.
    return text.base_fr is None or (fr == text.base_fr and nl == text.base_nl) or not text.stale_langs()


def text_rules(rep: Reporter, path: str, label: PlaceLike, text: BiText, required: bool) -> None:
    """Filled in both languages, numbers agreeing, no stale side."""
    if text_ok(text, required):
        return
    fr, nl = text.fr, text.nl
    fr_filled, nl_filled = bool(fr.strip()), bool(nl.strip())
    if not (fr_filled or nl_filled):
        if required:
            rep.error("FIELD_EMPTY", path, label)
    elif fr_filled and nl_filled:
        mismatch = compare(fr, nl)
        if mismatch is not None:
            _numbers_rule(rep, path, label, mismatch)
    else:
        rep.add("TRANSLATION_MISSING", Severity.ERROR, path, label, Lang.NL if fr_filled else Lang.FR)
    for lang in text.stale_langs():
        rep.add("STALE_TRANSLATION", Severity.WARNING, path, label, lang)


def _numbers_rule(rep: Reporter, path: str, label: PlaceLike, mismatch: Mismatch) -> None:
    # A warning, not an error: reading numbers out of prose is a heuristic (a side may spell a
    # number in words, or paraphrase a date), so it must not block a submission export; but the
    # published errors it catches (2,5 % vs 25 %) are exactly what a reviewer must look at.
    rep.warning(
        "NUMBER_MISMATCH",
        path,
        label,
        fr_only=", ".join(mismatch.fr_only),
        nl_only=", ".join(mismatch.nl_only),
        fr=list(mismatch.fr),
        nl=list(mismatch.nl),
    )


def kpi_rules(rep: Reporter, key: str, label: PlaceLike, kpis: KpiList, scope: FieldScope) -> None:
    if scope.required and kpis.is_empty():
        rep.error("KPI_MISSING", key, label)
    for index, kpi in enumerate(kpis.items, start=1):
        if text_ok(kpi.name, True) and text_ok(kpi.unit, False) and text_ok(kpi.source, False):
            continue
        kpi_label, path = lazy(label, numbered(KPI_LABELS["name"], index)), f"{key}/{kpi.id}"
        text_rules(rep, f"{path}/name", kpi_label, kpi.name, True)
        text_rules(rep, f"{path}/unit", lazy(kpi_label, _KPI_UNIT), kpi.unit, False)
        text_rules(rep, f"{path}/source", lazy(kpi_label, _KPI_SOURCE), kpi.source, False)


class _BandColour(NamedTuple):
    """A colour as the threshold rules use it, worked out once rather than per band checked."""

    name: str  # in field paths and message parameters
    label: Place
    rank: int  # green 0, orange 1, red 2


_BAND_COLOURS = {
    colour: _BandColour(colour.value, lang_table(COLOUR_LABELS[colour]), rank) for rank, colour in enumerate(COLOURS)
}

_Bands = list[tuple[_BandColour, Band]]


def threshold_rules(
    rep: Reporter, key: str, label: PlaceLike, thresholds: Thresholds, scope: FieldScope, kpis: KpiList
) -> None:
    if thresholds.is_empty():
        if scope.required:
            rep.error("THRESHOLDS_MISSING", key, label)
        return
    bands = [(_BAND_COLOURS[colour], thresholds.band(colour)) for colour in thresholds.colours()]
    for colour, band in bands:
        missing = band.text.is_empty()
        if missing or not text_ok(band.text, False):
            band_label, path = lazy(label, colour.label), f"{key}/{colour.name}"
            if missing:
                rep.error("THRESHOLD_BAND_MISSING", path, band_label, colour=colour.name)
            text_rules(rep, path, band_label, band.text, False)
    kpi = _threshold_kpi(rep, key, label, thresholds, kpis)
    _bounds_rules(rep, key, label, bands, kpi)


def _threshold_kpi(
    rep: Reporter, key: str, label: PlaceLike, thresholds: Thresholds, kpis: KpiList
) -> Kpi | None:
    """The KPI the bands measure: the one named, else the field owner's first KPI."""
    if thresholds.kpi is None:
        return kpis.items[0] if kpis.items else None
    for kpi in kpis.items:
        if kpi.id == thresholds.kpi:
            return kpi
    rep.error("BAD_REFERENCE", f"{key}/kpi", label, ref=thresholds.kpi, expected="kpi")
    return None


def _bounds_rules(rep: Reporter, key: str, label: PlaceLike, bands: _Bands, kpi: Kpi | None) -> None:
    """Numeric bands [lower, upper): no inverted band, no overlap, no gap, green on the KPI's good side."""
    numeric: list[tuple[Decimal, Decimal, _BandColour]] = []  # (low, high, colour), an open end infinite
    for colour, band in bands:
        lower, upper = band.lower, band.upper
        if lower is None and upper is None:
            continue
        if lower is not None and upper is not None and lower >= upper:
            rep.error("THRESHOLD_BOUNDS", f"{key}/{colour.name}", lazy(label, colour.label), colour=colour.name,
                      lower=str(lower), upper=str(upper))  # fmt: skip
            return
        numeric.append((_NO_LOWER if lower is None else lower, _NO_UPPER if upper is None else upper, colour))
    if len(numeric) < 2:
        return
    numeric.sort(key=itemgetter(0))
    for (_, end, first), (start, _, second) in pairwise(numeric):
        if end > start:
            rep.error("THRESHOLD_OVERLAP", f"{key}/{second.name}", label, first=first.name, second=second.name)
        elif end < start:
            rep.error("THRESHOLD_GAP", f"{key}/{second.name}", label, gap_from=str(end), gap_to=str(start),
                      first=first.name, second=second.name)  # fmt: skip
    _direction_rule(rep, key, label, [colour.rank for _, _, colour in numeric], kpi)


_NO_LOWER, _NO_UPPER = Decimal("-Infinity"), Decimal("Infinity")


def _direction_rule(rep: Reporter, key: str, label: PlaceLike, ranks: list[int], kpi: Kpi | None) -> None:
    """Increase: red lowest … green highest; decrease: the reverse; maintain: no order.

    ``ranks`` are the ranks of the numeric bands' colours, lowest band first.
    """
    direction = kpi.direction if kpi is not None else None
    if direction is not _INCREASE and direction is not _DECREASE:
        return
    expected = sorted(ranks, reverse=direction is _INCREASE)
    if ranks != expected:
        best = "high" if direction is _INCREASE else "low"
        rep.error("THRESHOLD_DIRECTION", key, label, direction=direction.value, best=best)


def deadline_rules(rep: Reporter, key: str, label: PlaceLike, deadline: Deadline, scope: FieldScope) -> None:
    if deadline.is_empty():
        if scope.required:
            rep.error("DEADLINE_MISSING", key, label)
        return
    if deadline.kind is _TEXT:
        text_rules(rep, f"{key}/text", label, deadline.text, True)
    if not text_ok(deadline.qualifier, False):
        text_rules(rep, f"{key}/qualifier", lazy(label, place_label("qualifier")), deadline.qualifier, False)
    if not _deadline_whole(deadline):
        rep.error("DEADLINE_INCOMPLETE", key, label)
        return
    first, last = deadline.first_year(), deadline.last_year()
    if deadline.kind is _RANGE and first is not None and last is not None and first > last:
        rep.error("DEADLINE_RANGE", key, label, start_year=first, year=last)
    if last is None or scope.historic:
        return
    if scope.block_year is not None and last < scope.block_year:
        rep.error("DEADLINE_PAST", key, label, deadline_year=last, block_year=scope.block_year)
    elif scope.today is not None and scope.current and last < scope.today.year:
        rep.warning("DEADLINE_ELAPSED", key, label, deadline_year=last, current_year=scope.today.year)


def _deadline_whole(deadline: Deadline) -> bool:
    """A dated deadline has its year and every part its kind needs, and names a real day."""
    if deadline.kind not in DATED_KINDS:
        return True
    if deadline.year is None:
        return False
    if deadline.kind is _SEASON:
        return deadline.season is not None
    if deadline.kind is _RANGE:
        return deadline.start_year is not None
    top = PART_COUNTS.get(deadline.kind)
    if top is None:
        return True
    if deadline.part is None or not 1 <= deadline.part <= top:
        return False
    if deadline.kind is _DATE:
        try:
            date(deadline.year, deadline.part, deadline.day or 0)
        except ValueError:
            return False
    return True


def means_rules(rep: Reporter, key: str, label: PlaceLike, means: Means, scope: FieldScope) -> None:
    if scope.required and means.is_empty():
        rep.error("FIELD_EMPTY", key, label)
    if means.fte is not None and means.fte < 0:
        fte_label = lazy(label, lang_table(MEANS_LABELS["fte"]))
        rep.error("NEGATIVE_FTE", f"{key}/fte", fte_label, fte=str(means.fte))
    parts = (
        ("fte_note", place_label("fte_note"), means.fte_note),
        ("ict", lang_table(MEANS_LABELS["ict"]), means.ict),
        ("note", place_label("means_note"), means.note),
    )
    for part, part_label, text in parts:
        if not text_ok(text, False):
            text_rules(rep, f"{key}/{part}", lazy(label, part_label), text, False)
    for index, line in enumerate(means.budget, start=1):
        bad_code = not BUDGET_CODE.match(line.code)
        negative = line.amount is not None and line.amount < 0
        if not (bad_code or negative) and text_ok(line.label, True):
            continue
        line_label = lazy(label, numbered(place_label("budget_line"), index))
        path = f"{key}/{line.id}"
        if bad_code:
            rep.error("BUDGET_CODE", f"{path}/code", line_label, code=line.code)
        if negative:
            rep.error("NEGATIVE_AMOUNT", f"{path}/amount", line_label, amount=str(line.amount))
        text_rules(rep, f"{path}/label", lazy(line_label, place_label("label")), line.label, True)


def status_rules(rep: Reporter, key: str, label: PlaceLike, status: Status, scope: FieldScope) -> None:
    if scope.required and status.is_empty():
        rep.error("FIELD_EMPTY", key, label)
    if not text_ok(status.comment, False):
        text_rules(rep, f"{key}/comment", lazy(label, place_label("comment")), status.comment, False)


def partner_rules(rep: Reporter, key: str, label: PlaceLike, partners: Partners, scope: FieldScope) -> None:
    if scope.required and partners.is_empty():
        rep.error("FIELD_EMPTY", key, label)
    for ref in partners.items:
        if ref not in scope.organisations:
            rep.error("BAD_REFERENCE", key, label, ref=ref, expected="organisation")

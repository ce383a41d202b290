"""Render language-neutral values (numbers, amounts, dates, deadlines, means) in French or Dutch.

House style of the Brussels Parliament, taken from the published notes:
- numbers use "." between thousands and "," before decimals in BOTH languages ("1.234,5");
  babel's fr_BE would group with U+202F, so grouping is built here explicitly;
- amounts: "130.000 euros" / "130.000 euro"; a whole number of 100 000 from one million up is
  said in millions: "17,6 millions d’euros" / "17,6 miljoen euro";
- percentages: "2,5 %" with a no-break space before "%".

Deadlines: ``render_deadline`` gives the value as it stands alone in a field, in sentence case
(first letter upper-case: "Printemps 2021", "Décembre 2022", "En continu"), as the published
notes print it; ``deadline_phrase`` gives the same words in running-text case ("décembre 2022"),
for use inside a sentence. A qualifier is a *scope* put in front with " : " when it ends with a
colon or starts with a scope word (FR pour / par / chez, NL voor / door / bij): "Pour
screen.brussels : décembre 2023"; any other qualifier is a remark appended in parentheses:
"Octobre 2020 (avant le déménagement)". Month names come from babel (CLDR).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date, get_month_names

from editor.model.bitext import Lang
from editor.model.labels import (
    BINARY_LABELS,
    COLOUR_LABELS,
    CREDIT_LABELS,
    DIRECTION_LABELS,
    KPI_LABELS,
    MEANS_LABELS,
    STATUS_LABELS,
)
from editor.model.values import (
    PART_COUNTS,
    Band,
    BudgetLine,
    Colour,
    Deadline,
    DeadlineKind,
    Kpi,
    Means,
    Season,
    Status,
    ThresholdKind,
    Thresholds,
)

LOCALES = {Lang.FR: "fr_BE", Lang.NL: "nl_BE"}
NBSP = "\u00a0"
THOUSANDS = "."
DECIMALS = ","
COLON = " : "
MILLION = Decimal(1_000_000)
HUNDRED_THOUSAND = Decimal(100_000)
CENT = Decimal("0.01")

DEADLINE_KIND_LABELS: dict[DeadlineKind, dict[Lang, str]] = {
    DeadlineKind.NONE: {Lang.FR: "Aucune échéance", Lang.NL: "Geen deadline"},
    DeadlineKind.YEAR: {Lang.FR: "Année", Lang.NL: "Jaar"},
    DeadlineKind.RANGE: {Lang.FR: "Période (de … à …)", Lang.NL: "Periode (van … tot …)"},
    DeadlineKind.SEMESTER: {Lang.FR: "Semestre", Lang.NL: "Semester"},
    DeadlineKind.QUARTER: {Lang.FR: "Trimestre", Lang.NL: "Kwartaal"},
    DeadlineKind.SEASON: {Lang.FR: "Saison", Lang.NL: "Seizoen"},
    DeadlineKind.MONTH: {Lang.FR: "Mois", Lang.NL: "Maand"},
    DeadlineKind.DATE: {Lang.FR: "Date", Lang.NL: "Datum"},
    DeadlineKind.EVERY_YEAR_UNTIL: {
        Lang.FR: "Chaque année jusqu’en …",
        Lang.NL: "Elk jaar tot …",
    },
    DeadlineKind.CONTINUOUS: {Lang.FR: "En continu", Lang.NL: "Doorlopend"},
    DeadlineKind.PER_PLANNING: {Lang.FR: "Selon le planning", Lang.NL: "Volgens de planning"},
    DeadlineKind.TEXT: {Lang.FR: "Texte libre", Lang.NL: "Vrije tekst"},
}

# Brussels usage: "Automne" is "Herfst" (seed 000), not "Najaar".
SEASON_NAMES: dict[Season, dict[Lang, str]] = {
    Season.SPRING: {Lang.FR: "printemps", Lang.NL: "voorjaar"},
    Season.SUMMER: {Lang.FR: "été", Lang.NL: "zomer"},
    Season.AUTUMN: {Lang.FR: "automne", Lang.NL: "herfst"},
    Season.WINTER: {Lang.FR: "hiver", Lang.NL: "winter"},
}

# Ordinals for semesters and quarters: "1er semestre" / "eerste semester".
FR_ORDINALS = {1: "1er", 2: "2e", 3: "3e", 4: "4e"}
NL_ORDINALS = {1: "eerste", 2: "tweede", 3: "derde", 4: "vierde"}

PERIOD_WORDS: dict[DeadlineKind, dict[Lang, str]] = {
    DeadlineKind.SEMESTER: {Lang.FR: "semestre", Lang.NL: "semester"},
    DeadlineKind.QUARTER: {Lang.FR: "trimestre", Lang.NL: "kwartaal"},
}

FIXED_PHRASES: dict[DeadlineKind, dict[Lang, str]] = {
    DeadlineKind.CONTINUOUS: {Lang.FR: "en continu", Lang.NL: "doorlopend"},
    DeadlineKind.PER_PLANNING: {Lang.FR: "selon le planning", Lang.NL: "volgens de planning"},
}

EVERY_YEAR_UNTIL = {Lang.FR: "chaque année jusqu’en {year}", Lang.NL: "elk jaar tot {year}"}

SCOPE_WORDS = {Lang.FR: ("pour", "par", "chez"), Lang.NL: ("voor", "door", "bij")}

AMOUNT_WORDS: dict[str, dict[Lang, str]] = {
    "one": {Lang.FR: "euro", Lang.NL: "euro"},
    "many": {Lang.FR: "euros", Lang.NL: "euro"},
    "million": {Lang.FR: "million d’euros", Lang.NL: "miljoen euro"},
    "millions": {Lang.FR: "millions d’euros", Lang.NL: "miljoen euro"},
}


# --- numbers -----------------------------------------------------------------------------


def _group(digits: str) -> str:
    """Insert the house thousands separator into a string of digits."""
    head = len(digits) % 3 or 3
    groups = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return THOUSANDS.join(groups)


def _plain(value: Decimal) -> str:
    """Fixed-point text of a Decimal without exponent and without trailing fractional zeros."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _format(text: str) -> str:
    negative = text.startswith("-")
    whole, _, fraction = text.lstrip("-").partition(".")
    result = _group(whole) + (DECIMALS + fraction if fraction else "")
    return ("-" + result) if negative and result.strip("0.,") else result


def render_number(value: Decimal, lang: Lang) -> str:
    """House style in both languages: "1.234,5" (trailing decimal zeros dropped)."""
    del lang  # Same style in both languages; kept for a uniform signature.
    return _format(_plain(Decimal(value)))


def _render_money(value: Decimal) -> str:
    """Euros: no decimals for whole amounts, otherwise exactly two ("51.279,85")."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return _format(format(value.to_integral_value(), "f"))
    return _format(format(value.quantize(CENT), "f"))


def render_amount(amount: Decimal, lang: Lang) -> str:
    """Amount in euros: "130.000 euros" / "130.000 euro", "17,6 millions d’euros" / "… miljoen euro"."""
    amount = Decimal(amount)
    size = abs(amount)
    if size >= MILLION and size % HUNDRED_THOUSAND == 0:
        millions = amount / MILLION
        word = "million" if abs(millions) < 2 else "millions"
        return f"{render_number(millions, lang)} {AMOUNT_WORDS[word][lang]}"
    word = "one" if size < 2 else "many"
    return f"{_render_money(amount)} {AMOUNT_WORDS[word][lang]}"


def render_percent(value: Decimal, lang: Lang) -> str:
    """Percentage "2,5 %", with a no-break space before the sign."""
    return f"{render_number(value, lang)}{NBSP}%"


def render_fte(value: Decimal, lang: Lang) -> str:
    """Full-time equivalents: "2,5 ETP" / "2,5 VTE"."""
    return f"{render_number(value, lang)} {MEANS_LABELS['fte_unit'][lang]}"


# --- dates -------------------------------------------------------------------------------


def month_name(month: int, lang: Lang) -> str:
    """Month name from CLDR via babel, lower case as in running text: "décembre" / "december"."""
    if not 1 <= month <= 12:
        raise ValueError(f"month out of range: {month}")
    return str(get_month_names("wide", locale=LOCALES[lang])[month])


def render_date(value: date, lang: Lang) -> str:
    """Long date "1er mars 2022" / "1 maart 2022": French writes the first of the month "1er"."""
    text = format_date(value, "d MMMM y", locale=LOCALES[lang])
    if lang is Lang.FR and value.day == 1:
        text = "1er" + text[1:]
    return text


def season_name(season: Season, lang: Lang) -> str:
    """Season name in running-text case: "printemps" / "voorjaar"."""
    return SEASON_NAMES[season][lang]


def deadline_kind_label(kind: DeadlineKind, lang: Lang) -> str:
    """Name of a deadline kind, for the editor's kind picker."""
    return DEADLINE_KIND_LABELS[kind][lang]


# --- deadlines ---------------------------------------------------------------------------


def _ordinal(number: int, lang: Lang) -> str:
    table = FR_ORDINALS if lang is Lang.FR else NL_ORDINALS
    return table.get(number, f"{number}e")


def _period(deadline: Deadline, lang: Lang) -> str:
    part = deadline.part
    if part is None or deadline.year is None or not 1 <= part <= PART_COUNTS[deadline.kind]:
        return ""
    word = PERIOD_WORDS[deadline.kind][lang]
    return f"{_ordinal(part, lang)} {word} {deadline.year}"


def _dated(deadline: Deadline, lang: Lang) -> str:
    """Phrase of a MONTH or DATE deadline; "" while incomplete or impossible."""
    year, part = deadline.year, deadline.part
    if year is None or part is None or not 1 <= part <= 12:
        return ""
    if deadline.kind is DeadlineKind.MONTH:
        return f"{month_name(part, lang)} {year}"
    if deadline.day is None:
        return ""
    try:
        return render_date(date(year, part, deadline.day), lang)
    except ValueError:
        return ""


def _core_phrase(deadline: Deadline, lang: Lang) -> str:
    """The deadline's own words in running-text case, without its qualifier."""
    kind, year = deadline.kind, deadline.year
    if kind in (DeadlineKind.MONTH, DeadlineKind.DATE):
        return _dated(deadline, lang)
    if kind in (DeadlineKind.SEMESTER, DeadlineKind.QUARTER):
        return _period(deadline, lang)
    if kind in FIXED_PHRASES:
        return FIXED_PHRASES[kind][lang]
    if kind is DeadlineKind.TEXT:
        return deadline.text.get(lang).strip()
    if year is None:
        return ""
    if kind is DeadlineKind.YEAR:
        return str(year)
    if kind is DeadlineKind.RANGE:
        return f"{deadline.start_year}-{year}" if deadline.start_year is not None else str(year)
    if kind is DeadlineKind.SEASON and deadline.season is not None:
        return f"{season_name(deadline.season, lang)} {year}"
    if kind is DeadlineKind.EVERY_YEAR_UNTIL:
        return EVERY_YEAR_UNTIL[lang].format(year=year)
    return ""


def _is_scope(qualifier: str, lang: Lang) -> bool:
    if qualifier.endswith(":"):
        return True
    first = qualifier.split(maxsplit=1)[0].lower() if qualifier else ""
    return first in SCOPE_WORDS[lang]


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _with_qualifier(core: str, deadline: Deadline, lang: Lang, sentence: bool) -> str:
    qualifier = deadline.qualifier.get(lang).strip()
    if not qualifier or not core:
        return _sentence_case(core) if sentence else core
    if _is_scope(qualifier, lang):
        scope = qualifier.rstrip(":").rstrip()
        text = f"{scope}{COLON}{core}"
        return _sentence_case(text) if sentence else text
    remark = qualifier if qualifier.startswith("(") else f"({qualifier})"
    text = f"{core} {remark}"
    return _sentence_case(text) if sentence else text


def deadline_phrase(deadline: Deadline, lang: Lang) -> str:
    """The deadline in running-text case, for use inside a sentence: "décembre 2022"."""
    return _with_qualifier(_core_phrase(deadline, lang), deadline, lang, sentence=False)


def render_deadline(deadline: Deadline, lang: Lang) -> str:
    """The deadline as printed in its field, sentence case: "Printemps 2021", "2020-2022"."""
    return _with_qualifier(_core_phrase(deadline, lang), deadline, lang, sentence=True)


# --- status, budget, thresholds, KPIs, means ---------------------------------------------


def render_status(status: Status, lang: Lang) -> str:
    """Status label, then " – comment" when there is one."""
    comment = status.comment.get(lang).strip()
    if status.code is None:
        return comment
    label = STATUS_LABELS[status.code][lang]
    return f"{label} – {comment}" if comment else label


def render_budget_line(line: BudgetLine, lang: Lang) -> str:
    """Budget line: "AB 20.002.08.01.1211 (promotion taxi) : 500.000 euros par an (engagement …)"."""
    label = line.label.get(lang).strip()
    head = f"{MEANS_LABELS['code_prefix'][lang]} {line.code}" if line.code else ""
    if label:
        head = f"{head} ({label})" if head else label
    tail = ""
    if line.amount is not None:
        tail = render_amount(line.amount, lang)
        if line.per_year:
            tail += f" {MEANS_LABELS['per_year'][lang]}"
    if line.credit is not None:
        credit = f"({CREDIT_LABELS[line.credit][lang]})"
        tail = f"{tail} {credit}" if tail else credit
    if head and tail:
        return f"{head}{COLON}{tail}"
    return head or tail


def render_bounds(band: Band, lang: Lang) -> str:
    """Numeric bounds of a band [lower, upper): "≥ 21.000.000", "15 – 21", "< 15"."""
    lower = render_number(band.lower, lang) if band.lower is not None else None
    upper = render_number(band.upper, lang) if band.upper is not None else None
    if lower is not None and upper is not None:
        return f"{lower} – {upper}"
    if lower is not None:
        return f"≥ {lower}"
    if upper is not None:
        return f"< {upper}"
    return ""


def render_band(thresholds: Thresholds, colour: Colour, lang: Lang) -> str:
    """Band "vert : 21 M€ par an …": colour (OK / pas OK in the yes / no form), then the band
    text, or its bounds when it has none."""
    band = thresholds.band(colour)
    text = band.text.get(lang).strip() or render_bounds(band, lang)
    binary = thresholds.kind is ThresholdKind.BINARY and colour in BINARY_LABELS
    label = (BINARY_LABELS if binary else COLOUR_LABELS)[colour][lang]
    return f"{label}{COLON}{text}" if text else label


def _kpi_value(value: Decimal, year: int | None, percent: bool, lang: Lang) -> str:
    number = render_percent(value, lang) if percent else render_number(value, lang)
    return f"{number} ({year})" if year is not None else number


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def render_kpi(kpi: Kpi, lang: Lang) -> str:
    """Name (unit) – start value : 1.200 (2024) ; target : 1.500 (2026) ; direction ; source."""
    name = kpi.name.get(lang).strip()
    unit = kpi.unit.get(lang).strip()
    percent = unit == "%"
    if unit and not percent:
        name = f"{name} ({unit})"
    details = []
    values = (
        ("baseline", kpi.baseline, kpi.baseline_year),
        ("target", kpi.target, kpi.target_year),
        ("actual", kpi.actual, kpi.actual_year),
    )
    for key, value, year in values:
        if value is not None:
            shown = _kpi_value(value, year, percent, lang)
            details.append(f"{_lower_first(KPI_LABELS[key][lang])}{COLON}{shown}")
    if kpi.direction is not None:
        details.append(DIRECTION_LABELS[kpi.direction][lang])
    source = kpi.source.get(lang).strip()
    if source:
        details.append(f"{_lower_first(KPI_LABELS['source'][lang])}{COLON}{source}")
    return f"{name} – {' ; '.join(details)}" if details else name


def render_means(means: Means, lang: Lang) -> list[str]:
    """One line each: estimated FTE, ICT needs, every budget line, then the remarks."""
    result = []
    fte_note = means.fte_note.get(lang).strip()
    if means.fte is not None or fte_note:
        value = render_number(means.fte, lang) if means.fte is not None else ""
        if fte_note:
            value = f"{value} ({fte_note})" if value else fte_note
        result.append(f"{MEANS_LABELS['fte'][lang]}{COLON}{value}")
    ict = means.ict.get(lang).strip()
    if ict:
        result.append(f"{MEANS_LABELS['ict'][lang]}{COLON}{ict}")
    result.extend(render_budget_line(line, lang) for line in means.budget)
    result.extend(line.strip() for line in means.note.get(lang).split("\n") if line.strip())
    return result

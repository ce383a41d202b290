"""Parse rendered field values back into typed values: deadlines, status, KPIs, thresholds, means.

The renderings are those of editor.model.l10n (the editor's own exports) plus the looser forms
people type ("Q2 2022", "Selon planning", "AB nº 20.002.08.01.1211"). A value is stored once:
it is read from the French side, the Dutch side is read too and any disagreement is returned
as a message for the report.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from babel.dates import get_month_names

from editor.model.bitext import BULLET, BiText, Lang
from editor.model.importing.docx_labels import canon, fold, status_code
from editor.model.l10n import LOCALES, SEASON_NAMES
from editor.model.labels import COLOUR_LABELS, CREDIT_LABELS, DIRECTION_LABELS, KPI_LABELS
from editor.model.values import (
    Band,
    BudgetLine,
    Colour,
    CreditType,
    Deadline,
    DeadlineKind,
    Direction,
    Kpi,
    Season,
    Status,
    ThresholdKind,
    Thresholds,
)

Line = tuple[bool, str]
_NUMBER = r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?"
_YEAR = r"(?P<year>\d{4})"
_ORDINALS = {
    "1er": 1, "premier": 1, "1e": 1, "2e": 2, "deuxieme": 2, "second": 2, "3e": 3, "troisieme": 3,
    "4e": 4, "quatrieme": 4, "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4,
}  # fmt: skip
_PERIODS = {
    "semestre": DeadlineKind.SEMESTER,
    "semester": DeadlineKind.SEMESTER,
    "helft": DeadlineKind.SEMESTER,
}
_PERIODS |= {"trimestre": DeadlineKind.QUARTER, "kwartaal": DeadlineKind.QUARTER}
_FIXED = {
    "en continu": DeadlineKind.CONTINUOUS,
    "doorlopend": DeadlineKind.CONTINUOUS,
    "continu": DeadlineKind.CONTINUOUS,
    "selon le planning": DeadlineKind.PER_PLANNING,
    "selon planning": DeadlineKind.PER_PLANNING,
    "volgens de planning": DeadlineKind.PER_PLANNING,
    "volgens planning": DeadlineKind.PER_PLANNING,
}
_SCOPE_WORDS = ("pour", "par", "chez", "voor", "door", "bij")


def text_value(fr: list[Line], nl: list[Line]) -> BiText:
    return BiText(join_lines(fr), join_lines(nl))


def join_lines(lines: list[Line]) -> str:
    return "\n".join(f"{BULLET}{text}" if bullet else text for bullet, text in lines)


def plain(lines: list[Line]) -> str:
    return " ".join(text for _, text in lines).strip()


def parse_number(text: str) -> Decimal | None:
    """House-style number "1.234,5" (or "1234,5"); None when it is not one."""
    text = text.strip().replace(" ", "")
    if not re.fullmatch(_NUMBER, text):
        return None
    try:
        return Decimal(text.replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


# --- deadlines ----------------------------------------------------------------------------


def _months() -> dict[str, int]:
    names: dict[str, int] = {}
    for lang in Lang:
        for number, name in get_month_names("wide", locale=LOCALES[lang]).items():
            names[canon(str(name))] = int(number)
    return names


_MONTHS = _months()
_SEASONS = {canon(names[lang]): season for season, names in SEASON_NAMES.items() for lang in Lang}
_SEASONS |= {"najaar": Season.AUTUMN}


def _core_deadline(core: str) -> Deadline | None:
    folded = fold(core)
    if folded in _FIXED:
        return Deadline(_FIXED[folded])
    if re.fullmatch(r"\d{4}", folded):
        return Deadline(DeadlineKind.YEAR, year=int(folded))
    if match := re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{4})", folded):
        return Deadline(DeadlineKind.RANGE, year=int(match.group(2)), start_year=int(match.group(1)))
    if match := re.fullmatch(r"(?:chaque annee jusqu'en|elk jaar tot)\s+(\d{4})", folded):
        return Deadline(DeadlineKind.EVERY_YEAR_UNTIL, year=int(match.group(1)))
    if match := re.fullmatch(r"q([1-4])\s+(\d{4})", folded):
        return Deadline(DeadlineKind.QUARTER, year=int(match.group(2)), part=int(match.group(1)))
    if match := re.fullmatch(r"(\S+)\s+(semestre|semester|trimestre|kwartaal|helft)(?: van)?\s+(\d{4})", folded):
        part = _ORDINALS.get(match.group(1))
        if part is not None:
            return Deadline(_PERIODS[match.group(2)], year=int(match.group(3)), part=part)
    if match := re.fullmatch(r"(\S+)\s+(\d{4})", folded):
        word, year = match.group(1), int(match.group(2))
        if word in _SEASONS:
            return Deadline(DeadlineKind.SEASON, year=year, season=_SEASONS[word])
        if word in _MONTHS:
            return Deadline(DeadlineKind.MONTH, year=year, part=_MONTHS[word])
    if match := re.fullmatch(r"(1er|\d{1,2})\s+(\S+)\s+(\d{4})", folded):
        day = 1 if match.group(1) == "1er" else int(match.group(1))
        if match.group(2) in _MONTHS:
            return Deadline(DeadlineKind.DATE, year=int(match.group(3)), part=_MONTHS[match.group(2)], day=day)
    return None


def parse_deadline(text: str) -> tuple[Deadline | None, str, str]:
    """(deadline without its qualifier, scope qualifier, remark qualifier) of one language."""
    text = text.strip()
    core, scope, remark = text, "", ""
    if match := re.fullmatch(r"(?P<core>.+?)\s*\((?P<remark>[^()]+)\)", text, re.S):
        core, remark = match.group("core"), match.group("remark").strip()
    if " : " in core or ": " in core:
        left, _, right = core.rpartition(":")
        if _core_deadline(right) is not None:
            scope, core = left.strip(), right.strip()
    return _core_deadline(core), scope, remark


def _qualifier(scope: str, remark: str) -> str:
    if scope:
        first = scope.split(maxsplit=1)[0].lower()
        # A scope that does not start with "pour / voor …" keeps its colon, so it renders in front.
        return scope if first in _SCOPE_WORDS else f"{scope} :"
    return remark


def deadline_value(fr: list[Line], nl: list[Line]) -> tuple[Deadline, list[str]]:
    """One deadline from both sides; free text when it cannot be read; messages on disagreement."""
    texts = {Lang.FR: plain(fr), Lang.NL: plain(nl)}
    parsed = {lang: parse_deadline(text) for lang, text in texts.items() if text}
    values = {lang: result[0] for lang, result in parsed.items() if result[0] is not None}
    if not values:
        if not parsed:
            return Deadline(), []
        return Deadline(DeadlineKind.TEXT, text=BiText(texts[Lang.FR], texts[Lang.NL])), []
    main = values.get(Lang.FR) or values[Lang.NL]
    problems = []
    other = values.get(Lang.NL)
    if other is not None and main is not other and _deadline_key(main) != _deadline_key(other):
        problems.append(f"deadline differs: FR {texts[Lang.FR]!r}, NL {texts[Lang.NL]!r}; French kept")
    for lang, (_, scope, remark) in parsed.items():
        main.qualifier.set(lang, _qualifier(scope, remark))
    for lang in Lang:
        if texts[lang] and lang not in values:
            problems.append(f"{lang.value.upper()} deadline {texts[lang]!r} not understood")
    return main, problems


def _deadline_key(value: Deadline) -> tuple[object, ...]:
    return (value.kind, value.year, value.start_year, value.part, value.day, value.season)


# --- status -------------------------------------------------------------------------------


def status_value(fr: list[Line], nl: list[Line]) -> tuple[Status, list[str]]:
    codes = {}
    status = Status()
    for lang, lines in ((Lang.FR, fr), (Lang.NL, nl)):
        text = "\n".join(t for _, t in lines).strip()
        if not text:
            continue
        code, rest = status_code(text)
        codes[lang] = code
        status.comment.set(lang, rest if code else text)
    status.code = codes.get(Lang.FR) or codes.get(Lang.NL)
    problems = []
    if codes.get(Lang.FR) and codes.get(Lang.NL) and codes[Lang.FR] != codes[Lang.NL]:
        problems.append(f"status differs between languages ({codes[Lang.FR]} / {codes[Lang.NL]}); French kept")
    if codes and status.code is None:
        problems.append("status not in the fixed list; kept as a comment")
    return status, problems


# --- KPIs ---------------------------------------------------------------------------------

_KPI_COLUMNS = {canon(labels[lang]): key for key, labels in KPI_LABELS.items() for lang in Lang}
_DIRECTIONS = {canon(labels[lang]): d for d, labels in DIRECTION_LABELS.items() for lang in Lang}
_SOURCE = {canon(KPI_LABELS["source"][lang]) for lang in Lang}


def kpi_rows(tables: list[list[list[str]]], lines: list[Line]) -> list[dict[str, str]]:
    """Each KPI of one language as {column key: cell text}, from KPI tables, else from lines."""
    rows: list[dict[str, str]] = []
    for table in tables:
        if not table:
            continue
        header = [_KPI_COLUMNS.get(canon(cell)) for cell in table[0]]
        if "name" not in header:
            rows += [{"name": " ".join(row).strip()} for row in table if any(c.strip() for c in row)]
            continue
        for row in table[1:]:
            rows.append({key: cell for key, cell in zip(header, row, strict=False) if key})
    rows += [{"name": text} for _, text in lines]
    return rows


def _value_year(text: str) -> tuple[Decimal | None, int | None, bool]:
    """ "1.200 (2024)" → (1200, 2024, False); "2,5 % (2024)" → (2.5, 2024, True)."""
    text = text.strip()
    year = None
    if match := re.fullmatch(r"(.*?)\s*\((\d{4})\)", text):
        text, year = match.group(1).strip(), int(match.group(2))
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
        if sep and canon(label) in _SOURCE:
            source = value.strip()
    unit = ""
    if match := re.fullmatch(r"(.+?)\s*\(([^()]{1,30})\)", first.strip()):
        first, unit = match.group(1), match.group(2).strip()
    return first.strip(), unit, source


def fill_kpi(kpi: Kpi, row: dict[str, str], lang: Lang) -> None:
    """Set ``kpi``'s ``lang`` texts from a row, and its numbers when not set yet."""
    name, unit, source = _name_unit_source(row.get("name", ""))
    kpi.name.set(lang, name)
    kpi.unit.set(lang, unit)
    kpi.source.set(lang, source)
    for key in ("baseline", "target", "actual"):
        value, year, percent = _value_year(row.get(key, ""))
        if getattr(kpi, key) is None and value is not None:
            setattr(kpi, key, value)
        if getattr(kpi, f"{key}_year") is None and year is not None:
            setattr(kpi, f"{key}_year", year)
        if percent and not kpi.unit.get(lang):
            kpi.unit.set(lang, "%")
    direction = _DIRECTIONS.get(canon(row.get("direction", "")))
    if kpi.direction is None and direction is not None:
        kpi.direction = Direction(direction)


# --- thresholds ---------------------------------------------------------------------------

_COLOURS = {canon(labels[lang]): colour for colour, labels in COLOUR_LABELS.items() for lang in Lang}
# The yes/no form some notes use instead of three bands (ThresholdKind.BINARY).
_COLOURS |= {word: Colour.GREEN for word in ("ok", "oui", "ja", "atteint", "bereikt")}
_COLOURS |= {word: Colour.RED for word in ("pas ok", "non ok", "niet ok", "non", "nee", "non atteint", "niet bereikt")}


def band_lines(tables: list[list[list[str]]], lines: list[Line]) -> list[str]:
    cells = [cell for table in tables for row in table for cell in row if cell.strip()]
    return cells + [text for _, text in lines]


def _bounds(text: str) -> tuple[Decimal | None, Decimal | None] | None:
    if match := re.fullmatch(rf"≥\s*({_NUMBER})", text):
        return parse_number(match.group(1)), None
    if match := re.fullmatch(rf"<\s*({_NUMBER})", text):
        return None, parse_number(match.group(1))
    if match := re.fullmatch(rf"({_NUMBER})\s*–\s*({_NUMBER})", text):
        return parse_number(match.group(1)), parse_number(match.group(2))
    return None


def fill_thresholds(value: Thresholds, lines: list[str], lang: Lang, seen: set[Colour]) -> list[str]:
    """Put each "vert : text" line into its band; return the lines that name no colour."""
    left = []
    for line in lines:
        word, sep, text = line.partition(":")
        colour = _COLOURS.get(canon(word)) if sep or canon(word) in _COLOURS else None
        if colour is None:
            left.append(line)
            continue
        seen.add(colour)
        band: Band = value.band(colour)
        bounds = _bounds(text.strip())
        if bounds is not None:
            band.lower, band.upper = bounds
        else:
            band.text.set(lang, text.strip())
    return left


def finish_thresholds(value: Thresholds, seen: set[Colour]) -> None:
    if seen and Colour.ORANGE not in seen:
        value.kind = ThresholdKind.BINARY


# --- means --------------------------------------------------------------------------------

_CODE = r"\d{2}\.\d{3}\.\d{2}\.\d{2}(?:\.\d{4})?"
_BUDGET = re.compile(rf"^(?:(?:AB|BA)\s+(?:n[º°o]\.?\s*)?)?(?P<code>{_CODE})\b\s*(?P<rest>.*)$", re.S)
_TRAILING_AMOUNT = re.compile(
    rf"^(?P<label>.*?)[\s:,]+(?P<amount>(?:{_NUMBER})\s*(?:millions? d[’']euros|miljoen euro|euros?|€)"
    r"(?:\s+(?:par an|per jaar))?)\.?$",
    re.S,
)
_CREDITS = {canon(labels[lang]): credit for credit, labels in CREDIT_LABELS.items() for lang in Lang}
_FTE = {"nombre estime etp", "geraamd aantal vte", "etp", "vte"}
_ICT = {"besoins ict", "ict-behoeften"}


def _whole(value: Decimal) -> Decimal:
    """17,6 millions → 17600000, not 17600000.0."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def parse_amount(text: str) -> tuple[Decimal | None, bool]:
    """ "500.000 euros par an" → (500000, True); "17,6 millions d’euros" → (17600000, False)."""
    folded = fold(text)
    per_year = bool(re.search(r"\b(par an|per jaar)$", folded))
    folded = re.sub(r"\s*\b(par an|per jaar)$", "", folded)
    if match := re.fullmatch(rf"({_NUMBER})\s+(millions? d'euros|miljoen euro)", folded):
        number = parse_number(match.group(1))
        return (_whole(number * 1_000_000) if number is not None else None), per_year
    if match := re.fullmatch(rf"({_NUMBER})\s*(euros?|€)", folded):
        return parse_number(match.group(1)), per_year
    return None, per_year


def parse_budget_line(text: str) -> tuple[BudgetLine, str] | None:
    """A budget line and its label in this language, or None when ``text`` is not one."""
    match = _BUDGET.match(text.strip())
    if match is None:
        return None
    line = BudgetLine(code=match.group("code"))
    rest = match.group("rest").strip()
    label = ""
    if rest.startswith("("):
        depth, end = 0, len(rest) - 1
        for position, ch in enumerate(rest):
            depth += {"(": 1, ")": -1}.get(ch, 0)
            if depth == 0:
                end = position
                break
        label, rest = rest[1:end].strip(), rest[end + 1 :].strip()
    rest = rest.removeprefix(":").strip()
    if match_credit := re.search(r"\(([^()]+)\)$", rest):
        credit = _CREDITS.get(canon(match_credit.group(1)))
        if credit is not None:
            line.credit = CreditType(credit)
            rest = rest[: match_credit.start()].strip()
    if rest:
        line.amount, line.per_year = parse_amount(rest)
        if line.amount is None and (match := _TRAILING_AMOUNT.match(rest)):
            # "12.017.08.01.1211 Frais de fonctionnement … 130.000 euros": label, then amount
            line.amount, line.per_year = parse_amount(match.group("amount"))
            rest = match.group("label").strip() if line.amount is not None else rest
            label = f"{label} {rest}".strip() if line.amount is not None else label
            rest = "" if line.amount is not None else rest
        if line.amount is None and rest:
            label = f"{label} : {rest}" if label else rest
    return line, label


def means_line_kind(text: str) -> tuple[str, str]:
    """("fte" | "ict" | "budget" | "note", value) for one line of a means field."""
    label, sep, value = text.partition(":")
    if sep and canon(label) in _FTE:
        return "fte", value.strip()
    if sep and canon(label) in _ICT:
        return "ict", value.strip()
    if parse_budget_line(text) is not None:
        return "budget", text
    return "note", text


def parse_fte(text: str) -> tuple[Decimal | None, str]:
    """ "2,5 (sur la base du cadre)" → (2.5, "sur la base du cadre"); else (None, text)."""
    match = re.fullmatch(rf"({_NUMBER})\s*(?:(?:ETP|VTE)\b)?\s*(?:\((?P<note>.*)\))?", text.strip(), re.S)
    if match is None:
        return None, text.strip()
    return parse_number(match.group(1)), (match.group("note") or "").strip()


def split_partners(lines: list[Line]) -> list[str]:
    """Partner names of one language: one per bullet, or a comma / semicolon list."""
    names: list[str] = []
    for _, text in lines:
        names += [part.strip().rstrip(".") for part in re.split(r"[;,]", text) if part.strip().rstrip(".")]
    return names

"""Typed values from printed field text: KPI lists, thresholds, status, means and budget lines."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from editor.model.bitext import BULLET, BiText
from editor.model.importing.text.normalise import plain
from editor.model.values import (
    BudgetLine,
    Colour,
    CreditType,
    Kpi,
    KpiList,
    Means,
    Status,
    StatusCode,
    ThresholdKind,
    Thresholds,
)

Lines = list[str]


def text_of(lines: Lines) -> str:
    return "\n".join(line for line in lines if line.strip())


def items(lines: Lines) -> list[str]:
    """Items of a list field: bullets and paragraphs, without the dash, empty ones dropped."""
    result = []
    for line in lines:
        item = line[len(BULLET) :] if line.startswith(BULLET) else line
        if item.strip():
            result.append(item.strip())
    return result


def pairitems(fr: Lines, nl: Lines) -> tuple[list[tuple[str, str]], bool]:
    """Items of both sides paired by position, and whether the counts agreed."""
    fr_items, nl_items = items(fr), items(nl)
    count = max(len(fr_items), len(nl_items))
    pairs = [(fr_items[i] if i < len(fr_items) else "", nl_items[i] if i < len(nl_items) else "") for i in range(count)]
    return pairs, len(fr_items) == len(nl_items) or not fr_items or not nl_items


def kpi_list(fr: Lines, nl: Lines) -> tuple[KpiList, bool]:
    pairs, agree = pairitems(fr, nl)
    return KpiList([Kpi(name=BiText(one, other)) for one, other in pairs]), agree


# -- thresholds -----------------------------------------------------------------------
_COLOUR_WORDS = {
    "vert": Colour.GREEN,
    "groen": Colour.GREEN,
    "orange": Colour.ORANGE,
    "oranje": Colour.ORANGE,
    "rouge": Colour.RED,
    "rood": Colour.RED,
}
_BAND_RE = re.compile(r"^(vert|orange|rouge|groen|oranje|rood)\b\s*[:=–-]?\s*(.*)$", re.IGNORECASE)
_BINARY_RE = re.compile(r"^(ok|pas ok|niet ok|oui|non|ja|nee)\b", re.IGNORECASE)


def _bands(lines: Lines) -> tuple[dict[Colour, str], list[str]]:
    bands: dict[Colour, str] = {}
    rest: list[str] = []
    for item in items(lines):
        found = _BAND_RE.match(plain(item))
        if found:
            bands[_COLOUR_WORDS[found[1].lower()]] = found[2].strip()
        else:
            rest.append(item)
    return bands, rest


def thresholds(fr: Lines, nl: Lines) -> tuple[Thresholds, bool]:
    """Colour bands where the text gives them; otherwise the whole text in the green band."""
    bands_fr, rest_fr = _bands(fr)
    bands_nl, rest_nl = _bands(nl)
    result = Thresholds()
    if not bands_fr and not bands_nl:
        if rest_fr or rest_nl:
            if all(_BINARY_RE.match(plain(item)) for item in rest_fr + rest_nl):
                return _binary(rest_fr, rest_nl), True
            result.green.text = BiText(text_of(rest_fr), text_of(rest_nl))
            return result, False
        return result, True
    for colour in (Colour.GREEN, Colour.ORANGE, Colour.RED):
        result.band(colour).text = BiText(bands_fr.get(colour, ""), bands_nl.get(colour, ""))
    if rest_fr or rest_nl:
        red = result.red.text
        red.fr = text_of([red.fr, *rest_fr])
        red.nl = text_of([red.nl, *rest_nl])
    return result, not rest_fr and not rest_nl


def _binary(fr: list[str], nl: list[str]) -> Thresholds:
    """Yes/no thresholds ("OK : …" / "pas OK : …"): green for met, red for not met."""
    result = Thresholds(kind=ThresholdKind.BINARY)
    for side, texts in (("fr", fr), ("nl", nl)):
        for item in texts:
            found = _BINARY_RE.match(plain(item))
            assert found is not None
            met = found[1].lower() in ("ok", "oui", "ja")
            band = result.green if met else result.red
            setattr(band.text, side, text_of([getattr(band.text, side), item]))
    return result


# -- status --------------------------------------------------------------------------
_STATUS_WORDS: list[tuple[StatusCode, str]] = [
    (StatusCode.AWAITING_DECISION, r"en attente|in afwachting|wachten op"),
    (
        StatusCode.NOT_STARTED,
        r"pas (?:encore )?commencé|non commencé|niet (?:gestart|begonnen)|prévu à partir|start volgens",
    ),
    (
        StatusCode.ON_SCHEDULE,
        r"selon (?:le )?planning|conformément au planning"
        r"|volgens (?:de |het )?(?:planning|schema)|zoals gepland|op schema",
    ),
    (StatusCode.IN_PROGRESS, r"en cours|in uitvoering|lopend|bezig"),
    (StatusCode.DONE, r"terminé|réalisé|finalisé|achevé|afgerond|gerealiseerd|voltooid|uitgevoerd"),
    (StatusCode.DELAYED, r"retard|vertraa?g"),
    (StatusCode.CANCELLED, r"abandonné|annulé|stopgezet|geannuleerd"),
]
_STATUS_RES = [(code, re.compile(pattern, re.IGNORECASE)) for code, pattern in _STATUS_WORDS]
_SHORT_STATUS = 40  # a status longer than this is a comment that happens to hold a keyword


def status_code(text: str) -> StatusCode | None:
    flat = plain(text)
    for code, pattern in _STATUS_RES:
        if pattern.search(flat[: _SHORT_STATUS * 2]):
            return code
    return None


def _is_bare(text: str) -> bool:
    """The text is just a status phrase ("En cours.", "Volgens de planning"): nothing to keep as comment."""
    key = plain(text).rstrip(" .").strip()
    return not key or any(pattern.fullmatch(key) for _, pattern in _STATUS_RES)


def status(fr: Lines, nl: Lines) -> tuple[Status, bool]:
    """Status code from the French text (else the Dutch), the printed text kept as comment."""
    fr_text, nl_text = text_of(fr), text_of(nl)
    code_fr, code_nl = status_code(fr_text), status_code(nl_text)
    result = Status(code_fr or code_nl)
    bare = _is_bare(fr_text) and _is_bare(nl_text) and result.code is not None
    if not bare:
        result.comment = BiText(fr_text, nl_text)
    agree = code_fr is None or code_nl is None or code_fr is code_nl
    if not agree:
        result.comment = BiText(fr_text, nl_text)
    return result, agree


# -- means ----------------------------------------------------------------------------
_CODE_RE = re.compile(r"(?:\b(?:AB|BA)\s*(?:n[º°o]\.?\s*)?)?\b(\d{2}\.\d{3}\.\d{2}\.\d{2}(?:\.\d{4})?)(?![\d.]*\d)")
# Budget amounts are never negative: a "−" before one is a dash of the sentence.
_AMOUNT_RE = re.compile(
    r"(?<![\d.])(\d{1,3}(?:[.\u2009\u202f ]\d{3})+|\d+)(?:,\s?(\d+))?\s*(?:euros?|€|EUR)(?!\w)", re.IGNORECASE
)
_FTE_RE = re.compile(r"(?:\b(?:ETP|VTE)\s*:\s*(\d+(?:,\d+)?)\s*$)|(?:^(\d+(?:,\d+)?)\s*(?:ETP|VTE)\s*$)")
_CREDITS = [
    (CreditType.BOTH, r"engagement et liquidation|vastlegging en vereffening"),
    (CreditType.COMMITMENT, r"\bengagement\b|\bvastlegging\b"),
    (CreditType.LIQUIDATION, r"\bliquidation\b|\bvereffening\b"),
    (CreditType.REVENUE, r"\brecettes?\b|\bontvangsten\b"),
]
_REVENUE_RE = re.compile(r"\brecettes?\b|\bontvangsten\b", re.IGNORECASE)
_HEADING_MAX = 40  # a line this short between budget lines is a sub-heading ("– Recettes")
_PER_YEAR_RE = re.compile(r"par an|/\s*an\b|per jaar|/\s*jaar\b", re.IGNORECASE)


def amount_of(text: str) -> Decimal | None:
    found = _AMOUNT_RE.search(text)
    if not found:
        return None
    whole = re.sub(r"\D", "", found[1])
    try:
        return Decimal(f"{whole}.{found[2]}" if found[2] else whole)
    except InvalidOperation:
        return None


def _budget_label(text: str, code_end: int) -> str:
    rest = text[code_end:].strip()
    inner = re.match(r"^\((.+?)\)", rest)
    if inner:
        return inner[1].strip()
    amount = _AMOUNT_RE.search(rest)
    label = rest[: amount.start()] if amount else rest
    return label.split(" : ")[0].strip(" :.;,\u2009\u202f−–-")


def _budget_lines(lines: Lines) -> tuple[dict[str, tuple[str, str, bool]], list[str]]:
    """Budget lines by code: (printed text, label, under a revenue heading), and the other lines.

    One printed line may hold several codes ("AB 01.001.07.01.1111 … / AB 01.001.07.02.1120 …").
    """
    found: dict[str, tuple[str, str, bool]] = {}
    rest: list[str] = []
    revenue = False
    for line in lines:
        matches = [m for m in _CODE_RE.finditer(line)]
        if not matches or all(m[1] in found for m in matches):
            rest.append(line)
            if len(line) < _HEADING_MAX:
                revenue = bool(_REVENUE_RE.search(line))
            continue
        for index, match in enumerate(matches):
            end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
            segment = line[match.start() : end].rstrip(" /;,")
            if match[1] not in found:
                found[match[1]] = (segment, _budget_label(segment, match.end() - match.start()), revenue)
    return found, rest


def _credit(text: str) -> CreditType | None:
    for credit, pattern in _CREDITS:
        if re.search(pattern, text, re.IGNORECASE):
            return credit
    return None


def _fte(lines: Lines) -> tuple[Decimal | None, list[str]]:
    values = []
    rest = []
    for line in lines:
        found = _FTE_RE.search(plain(line.removeprefix(BULLET)))
        if found:
            values.append(Decimal((found[1] or found[2]).replace(",", ".")))
        else:
            rest.append(line)
    if len(values) == 1:
        return values[0], rest
    return None, lines


def means(fr: Lines, nl: Lines) -> tuple[Means, list[str]]:
    """Budget lines paired by code, FTE where one number is given; all other text kept as note.

    Returns the means and the budget codes found on one side only.
    """
    codes_fr, rest_fr = _budget_lines(fr)
    codes_nl, rest_nl = _budget_lines(nl)
    result = Means()
    fte_fr, rest_fr = _fte(rest_fr)
    fte_nl, rest_nl = _fte(rest_nl)
    if fte_fr is not None and fte_nl in (None, fte_fr):
        result.fte = fte_fr
    else:
        rest_fr, rest_nl = _fte_back(fr, rest_fr, fte_fr), _fte_back(nl, rest_nl, fte_nl)
    one_sided = []
    for code in [*codes_fr, *[c for c in codes_nl if c not in codes_fr]]:
        line_fr, label_fr, revenue_fr = codes_fr.get(code, ("", "", False))
        line_nl, label_nl, revenue_nl = codes_nl.get(code, ("", "", False))
        if not line_fr or not line_nl:
            one_sided.append(code)
        amount = amount_of(line_fr) if line_fr else amount_of(line_nl)
        result.budget.append(
            BudgetLine(
                code=code,
                label=BiText(label_fr, label_nl),
                amount=amount,
                per_year=bool(_PER_YEAR_RE.search(line_fr or line_nl)),
                credit=CreditType.REVENUE if revenue_fr or revenue_nl else _credit(line_fr or line_nl),
            )
        )
    result.note = BiText(text_of(rest_fr), text_of(rest_nl))
    return result, one_sided


def _fte_back(original: Lines, rest: Lines, fte: Decimal | None) -> Lines:
    """FTE not taken into the typed field stays in the note text, in printed order."""
    if fte is None:
        return rest
    return [line for line in original if not _CODE_RE.search(line)]


# -- partners -------------------------------------------------------------------------
_NAME_WORDS = 6  # comma-separated pieces this short are a list of names, not a sentence


def _split_outside_brackets(text: str, separator: str) -> list[str]:
    pieces, depth, current = [], 0, ""
    for ch in text:
        depth += ch == "("
        depth -= ch == ")"
        if ch == separator and depth == 0:
            pieces.append(current)
            current = ""
        else:
            current += ch
    pieces.append(current)
    return [piece.strip(" .;,\u2009") for piece in pieces if piece.strip(" .;,\u2009")]


def partner_names(lines: Lines) -> list[str]:
    """Organisation names: one per bullet, split on ";" in prose, or on "," in a list of short names."""
    names: list[str] = []
    for item in items(lines):
        pieces = _split_outside_brackets(item, ";")
        if len(pieces) == 1:
            by_comma = _split_outside_brackets(item, ",")
            if len(by_comma) > 1 and all(len(piece.split()) <= _NAME_WORDS for piece in by_comma):
                pieces = by_comma
        names.extend(pieces)
    return names

"""Printed numbers and amounts in the Parliament's house style, read back into Decimals.

"1.234,5" and "1 234,5" (any space kind between thousands), "2,5 %", "130.000 euros",
"17,6 millions d’euros", "500.000 euros par an", "26,65 M€", "19 ETP".
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from editor.model.printed.normalise import SPECIAL_SPACES, fold
from editor.model.printed.words import AMOUNT_UNITS, PER_YEAR_WORDS

_GROUP = f"[.{SPECIAL_SPACES} ]"
NUMBER = rf"-?\d{{1,3}}(?:{_GROUP}\d{{3}})+(?:,\d+)?|-?\d+(?:,\d+)?"
_NUMBER_RE = re.compile(NUMBER)
_UNITS = sorted(((fold(unit), power) for unit, power in AMOUNT_UNITS), key=lambda row: -len(row[0]))
_UNIT_RE = "|".join(re.escape(unit) for unit, _ in _UNITS)
_POWERS = dict(_UNITS)
_PER_YEAR = "|".join(re.escape(fold(word)) for word in PER_YEAR_WORDS)
_AMOUNT_RE = re.compile(rf"^(?P<number>{NUMBER})\s*(?P<unit>{_UNIT_RE})(?:\s*(?P<year>{_PER_YEAR}))?$")
# An amount anywhere in a sentence ("… : 130.000 euros par an (engagement)").
_AMOUNT_IN_RE = re.compile(rf"(?<![\d.,])(?P<number>{NUMBER})\s*(?P<unit>{_UNIT_RE})(?![\w€])")


def parse_number(text: str) -> Decimal | None:
    """A house-style number, the whole text; None when it is not one."""
    text = text.strip()
    if not _NUMBER_RE.fullmatch(text):
        return None
    digits = re.sub(_GROUP, "", text) if re.search(rf"\d{_GROUP}\d{{3}}", text) else text
    try:
        return Decimal(digits.replace(",", "."))
    except InvalidOperation:
        return None


def whole(value: Decimal) -> Decimal:
    """17,6 millions → 17600000, not 17600000.0."""
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def parse_percent(text: str) -> Decimal | None:
    """ "2,5 %" → 2.5 (any space before the sign, or none)."""
    text = text.strip()
    return parse_number(text[:-1]) if text.endswith("%") else None


def parse_amount(text: str) -> tuple[Decimal | None, bool]:
    """An amount in euros, the whole text, and whether it is per year: "500.000 euros par an"."""
    found = _AMOUNT_RE.fullmatch(fold(text).rstrip(" ."))
    if found is None:
        return None, False
    number = parse_number(found["number"])
    if number is None:
        return None, False
    return whole(number * (10 ** _POWERS[found["unit"]])), found["year"] is not None


def amount_in(text: str) -> Decimal | None:
    """The first amount in euros a sentence gives, if any (amounts are never negative: a "−"
    before one is a dash of the sentence)."""
    found = _AMOUNT_IN_RE.search(fold(text))
    if found is None:
        return None
    number = parse_number(found["number"].lstrip("-"))
    return whole(number * (10 ** _POWERS[found["unit"]])) if number is not None else None


def per_year(text: str) -> bool:
    """Whether a budget line says its amount is yearly."""
    return re.search(rf"(?:{_PER_YEAR})(?!\w)", re.sub(r"\s*/\s*", "/", fold(text))) is not None

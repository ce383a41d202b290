"""French/Dutch agreement of the numbers, amounts, percentages, years and dates of a text field."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

_DIGIT = re.compile(r"\d")

# Thin, narrow no-break and no-break spaces are only typography: read them as plain spaces.
_SPACES = str.maketrans({"\u2009": " ", "\u202f": " ", "\u00a0": " ", "\u2007": " "})

# An item number at the start of a line ("1. ", "– 2) ") is list numbering, not a fact.
_LIST_MARKER = re.compile(r"^[ \t]*(?:[–•-][ \t]*)?\(?\d{1,2}[.)](?=\s)", re.MULTILINE)

# Budget codes are identifiers: compare them whole, not as five numbers.
_BUDGET_CODE = re.compile(r"(?<![\d.])\d{2}\.\d{3}\.\d{2}\.\d{2}(?:\.\d{4})?(?![\d])")

_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "januari": 1, "februari": 2, "maart": 3, "april": 4,
    "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "september": 9, "oktober": 10,
    "november": 11, "december": 12,
}  # fmt: skip
_MONTH_WORDS = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "15 septembre 2021", "1er juillet 2022", "15 september 2021": one date, same in both languages.
_WORD_DATE = re.compile(
    rf"(?<![\d.,])(\d{{1,2}})(?:er|e|ste|de|ste)?\s+({_MONTH_WORDS})\s+(\d{{4}})(?!\d)", re.IGNORECASE
)
_NUMERIC_DATE = re.compile(r"(?<![\d.,/])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d.,/])")

# French and Dutch write 1.699 or 1 699 (thousands) and 2,5 (decimal); "2.5" (one to two digits after
# a dot) is read as a decimal too, since an English-style decimal is still the same number.
_NUMBER = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.])"
    r"|\d{1,3}(?: \d{3})+(?:,\d+)?(?![\d.,])"
    r"|\d+(?:[.,]\d+)?)"
)
_SCALE = re.compile(r"\s*(millions?|miljoen|mio|milliards?|miljard|mia|M€|Md€|M|Md|k€|K€)(?![\w€])")
_SCALES = {"million": 6, "millions": 6, "miljoen": 6, "mio": 6, "m€": 6, "m": 6, "k€": 3}
_SCALES |= {"milliard": 9, "milliards": 9, "miljard": 9, "mia": 9, "md€": 9, "md": 9}
# Times of day: "14h30", "14 h 30", "14u30", "14:30", "14.30 uur" are one time in both languages.
_TIME = re.compile(
    r"(?<![\d.,])(\d{1,2})(?:\s?[hu:]\s?|\.(?=\d{2}\s?(?:uur|u)\b))(\d{2})(?!\d)(?:\s?(?:uur|u)\b)?"
)


@dataclass(frozen=True)
class Found:
    """A number as written in one language and its language-neutral key."""

    key: str
    text: str


def _decimal(text: str) -> Decimal | None:
    if re.fullmatch(r"\d{1,3}(?:[. ]\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "").replace(" ", "")
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _key(value: Decimal) -> str:
    normal = value.normalize()
    return format(normal, "f")


def _blank(text: str, start: int, end: int) -> str:
    """Replace a consumed span by spaces so later patterns do not read it again."""
    return text[:start] + " " * (end - start) + text[end:]


def numbers(text: str) -> list[Found]:
    """Every number, amount, percentage, year and date of a text side, in order of appearance."""
    work = _LIST_MARKER.sub(lambda match: " " * len(match.group(0)), text.translate(_SPACES))
    found: list[tuple[int, Found]] = []
    for match in list(_BUDGET_CODE.finditer(work)):
        found.append((match.start(), Found("code:" + match.group(0), match.group(0))))
        work = _blank(work, match.start(), match.end())
    for match in list(_TIME.finditer(work)):
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour <= 24 and minute < 60:
            found.append((match.start(), Found(f"time:{hour:02d}:{minute:02d}", match.group(0))))
            work = _blank(work, match.start(), match.end())
    for pattern, month_group in ((_WORD_DATE, 2), (_NUMERIC_DATE, 2)):
        for match in list(pattern.finditer(work)):
            day, month_text, year = match.group(1), match.group(month_group), match.group(3)
            month = _MONTHS.get(month_text.lower()) or int(month_text)
            key = f"date:{int(year):04d}-{month:02d}-{int(day):02d}"
            found.append((match.start(), Found(key, match.group(0))))
            work = _blank(work, match.start(), match.end())
    for match in _NUMBER.finditer(work):
        value = _decimal(match.group(0))
        if value is None:
            continue
        written = match.group(0)
        scale = _SCALE.match(work, match.end())
        if scale:
            value = value.scaleb(_SCALES[scale.group(1).lower()])
            written = work[match.start() : scale.end()].strip()
        found.append((match.start(), Found(_key(value), written)))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


@dataclass(frozen=True)
class Mismatch:
    """Numbers of a field that appear in one language only (as written), and both full lists."""

    fr_only: tuple[str, ...]
    nl_only: tuple[str, ...]
    fr: tuple[str, ...]
    nl: tuple[str, ...]


def _only(mine: list[Found], extra: Counter[str]) -> tuple[str, ...]:
    left = Counter(extra)
    out = []
    for item in mine:
        if left[item.key] > 0:
            left[item.key] -= 1
            out.append(item.text)
    return tuple(out)


# The window re-checks a node after every edit: most of its texts have not changed since.
@lru_cache(maxsize=8192)
def compare(fr: str, nl: str) -> Mismatch | None:
    """The disagreement between the numbers of the two sides, or None when they agree as multisets."""
    if not (_DIGIT.search(fr) or _DIGIT.search(nl)):
        return None
    fr_found, nl_found = numbers(fr), numbers(nl)
    fr_keys = Counter(item.key for item in fr_found)
    nl_keys = Counter(item.key for item in nl_found)
    if fr_keys == nl_keys:
        return None
    return Mismatch(
        _only(fr_found, fr_keys - nl_keys),
        _only(nl_found, nl_keys - fr_keys),
        tuple(item.text for item in fr_found),
        tuple(item.text for item in nl_found),
    )

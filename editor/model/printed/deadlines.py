"""Printed deadlines read as typed values: "2022", "2020-2022", "T2 2023", "fin 2022", "Printemps
2021", "Décembre 2022", "1er mars 2022", "chaque année jusqu’en 2024", "permanent", "selon le
planning", with a scope in front ("Pour screen.brussels : …") or a remark after ("… (avant le
déménagement)"). What no form matches stays free text of the deadline.
"""

from __future__ import annotations

import re

from editor.model.bitext import LANGS, BiText, Lang
from editor.model.printed.normalise import fold
from editor.model.printed.source import Parsed, Printed
from editor.model.printed.words import (
    EVERY_YEAR_WORDS,
    FIXED_DEADLINES,
    ORDINAL_WORDS,
    PERIOD_LETTERS,
    PERIOD_WORDS,
    SEASON_WORDS,
    UNTIL_WORDS,
    YEAR_PREFIXES,
    folded_table,
    month_words,
)
from editor.model.values import Deadline, DeadlineKind

_MONTHS = month_words()
_SEASONS = folded_table(SEASON_WORDS)
_ORDINALS = folded_table(ORDINAL_WORDS)
_PERIODS = folded_table(PERIOD_WORDS)
_FIXED = folded_table(FIXED_DEADLINES)
_SCOPE_WORDS = ("pour", "par", "chez", "voor", "door", "bij")


def _alternation(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(fold(word)) for word in sorted(words, key=len, reverse=True))


_YEAR = r"((?:19|20|21)\d\d)"
_PREFIX = rf"(?:(?:{_alternation(YEAR_PREFIXES)})\s+)?"
_RANGE_RE = re.compile(rf"^{_PREFIX}(?:de\s+|van\s+)?{_YEAR}\s*(?:[-–/]|a|à|tot|au)\s*{_YEAR}$")
_YEAR_RE = re.compile(rf"^{_PREFIX}{_YEAR}$")
_EVERY_RE = re.compile(rf"^(?:{_alternation(EVERY_YEAR_WORDS)})\s+(?:{_alternation(UNTIL_WORDS)})\s+{_YEAR}$")
_SHORT_PERIOD_RE = re.compile(rf"^{_PREFIX}([qtksh])\s?([1-4])[\s/-]*{_YEAR}$")
_PERIOD_RE = re.compile(rf"^{_PREFIX}(?:(\S+)\s+)?({_alternation(list(_PERIODS))})\s+(?:van\s+|de\s+|d'\s*)?{_YEAR}$")
_WORD_YEAR_RE = re.compile(rf"^{_PREFIX}(?:(?:debut|mi|fin|eind|begin|half)[\s-]+)?([^\d\s]+)\s+{_YEAR}$")
_DATE_RE = re.compile(rf"^{_PREFIX}(?:le\s+|op\s+)?(\d{{1,2}})(?:er|e|ste|de)?\s+([^\d\s]+)\s+{_YEAR}$")
_NUMERIC_DATE_RE = re.compile(rf"^{_PREFIX}(?:le\s+|op\s+)?(\d{{1,2}})[/.-](\d{{1,2}})[/.-]{_YEAR}$")
_REMARK_RE = re.compile(r"^(?P<core>.+?)\s*\((?P<remark>[^()]+)\)$", re.S)


def typed_deadline(text: str) -> Deadline | None:
    """The typed deadline a short printed text is, without qualifier; None for free text."""
    key = fold(text).rstrip(" .")
    if not key:
        return Deadline()
    if key in _FIXED:
        return Deadline(_FIXED[key])
    if found := _RANGE_RE.match(key):
        return Deadline(DeadlineKind.RANGE, year=int(found[2]), start_year=int(found[1]))
    if found := _YEAR_RE.match(key):
        return Deadline(DeadlineKind.YEAR, year=int(found[1]))
    if found := _EVERY_RE.match(key):
        return Deadline(DeadlineKind.EVERY_YEAR_UNTIL, year=int(found[1]))
    if found := _SHORT_PERIOD_RE.match(key):
        return _period(PERIOD_LETTERS[found[1]], int(found[2]), int(found[3]))
    if found := _PERIOD_RE.match(key):
        part = _ORDINALS.get(found[1] or "1er")
        return _period(_PERIODS[found[2]], part, int(found[3])) if part is not None else None
    return _worded(key)


def _period(kind: DeadlineKind, part: int, year: int) -> Deadline | None:
    if kind is DeadlineKind.SEMESTER and part > 2:
        return None
    return Deadline(kind, year=year, part=part)


def _worded(key: str) -> Deadline | None:
    if found := _WORD_YEAR_RE.match(key):
        word, year = found[1], int(found[2])
        if word in _MONTHS:
            return Deadline(DeadlineKind.MONTH, year=year, part=_MONTHS[word])
        if word in _SEASONS:
            return Deadline(DeadlineKind.SEASON, year=year, season=_SEASONS[word])
        return None
    if found := _DATE_RE.match(key):
        month = _MONTHS.get(found[2])
        return _date(int(found[1]), month, int(found[3])) if month is not None else None
    if found := _NUMERIC_DATE_RE.match(key):
        return _date(int(found[1]), int(found[2]), int(found[3]))
    return None


def _date(day: int, month: int, year: int) -> Deadline | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Deadline(DeadlineKind.DATE, year=year, part=month, day=day)


def read_side(text: str) -> tuple[Deadline | None, str]:
    """(deadline without its qualifier, qualifier) of one language; (None, "") for free text.

    A scope in front keeps its colon unless it starts with a scope word ("Pour …"), so that it
    renders in front again; a remark in parentheses renders after the deadline.
    """
    text = " ".join(text.split())
    typed = typed_deadline(text)
    if typed is not None:
        return typed, ""
    if found := _REMARK_RE.fullmatch(text):
        typed = typed_deadline(found["core"])
        if typed is not None:
            return typed, found["remark"].strip()
    if ":" in text:
        left, _, right = text.rpartition(":")
        typed = typed_deadline(right)
        if typed is not None and left.strip():
            scope = left.strip()
            first = fold(scope).split(maxsplit=1)[0]
            return typed, scope if first in _SCOPE_WORDS else f"{scope} :"
    return None, ""


def same_value(one: Deadline, other: Deadline) -> bool:
    return (one.kind, one.year, one.start_year, one.part, one.day, one.season) == (
        other.kind,
        other.year,
        other.start_year,
        other.part,
        other.day,
        other.season,
    )


def parse_deadline(printed: Printed) -> Parsed[Deadline]:
    """One deadline from both printed sides: the French value where both are typed (the Dutch one
    is compared: a disagreement is reported with both wordings), free text where a side cannot be
    read, and what disagrees or was not read."""
    texts = {lang: printed.flat(lang) for lang in LANGS}
    sides = {lang: read_side(text) for lang, text in texts.items() if text}
    typed = {lang: value for lang, (value, _) in sides.items() if value is not None}
    if not sides:
        return Parsed(Deadline())
    unread = [lang for lang in sides if lang not in typed]
    if unread:
        # A side that is prose: both wordings are kept as the deadline's text.
        result = Parsed(Deadline(DeadlineKind.TEXT, text=BiText(texts.get(Lang.FR, ""), texts.get(Lang.NL, ""))))
        if typed:
            result.note("deadline-unread", lang=unread[0].value, fr=texts[Lang.FR], nl=texts[Lang.NL])
        return result
    main = typed.get(Lang.FR) or typed[Lang.NL]
    result = Parsed(main)
    other = typed.get(Lang.NL)
    if other is not None and other is not main and not same_value(main, other):
        result.note("deadline-mismatch", fr=texts[Lang.FR], nl=texts[Lang.NL])
    if main.kind is not DeadlineKind.NONE:
        for lang, (_, qualifier) in sides.items():
            main.qualifier.set(lang, qualifier)
    return result


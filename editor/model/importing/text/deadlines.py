"""Read a printed deadline ("2022", "2020-2022", "Printemps 2021", "Décembre 2022"…) as a typed value."""

from __future__ import annotations

import re

from editor.model.bitext import BiText, Lang
from editor.model.importing.text.normalise import plain
from editor.model.values import Deadline, DeadlineKind, Season

MONTHS = {
    Lang.FR: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    Lang.NL: "januari februari maart april mei juni juli augustus september oktober november december",
}
_MONTHS = {lang: {name: index for index, name in enumerate(names.split(), 1)} for lang, names in MONTHS.items()}
_SEASONS = {
    "printemps": Season.SPRING,
    "été": Season.SUMMER,
    "automne": Season.AUTUMN,
    "hiver": Season.WINTER,
    "voorjaar": Season.SPRING,
    "lente": Season.SPRING,
    "zomer": Season.SUMMER,
    "najaar": Season.AUTUMN,
    "herfst": Season.AUTUMN,
    "winter": Season.WINTER,
}
_ORDINALS = {
    "premier": 1,
    "1er": 1,
    "première": 1,
    "second": 2,
    "deuxième": 2,
    "seconde": 2,
    "troisième": 3,
    "quatrième": 4,
    "eerste": 1,
    "tweede": 2,
    "derde": 3,
    "vierde": 4,
}
_YEAR = r"(20\d\d|19\d\d)"
_RANGE_RE = re.compile(rf"^{_YEAR}\s*[-–/]\s*{_YEAR}$")
_YEAR_RE = re.compile(rf"^(?:(?:en|in|fin|eind|tegen|d’ici)\s+)?{_YEAR}$")
_WORD_YEAR_RE = re.compile(rf"^([\wéèû]+)\s+{_YEAR}$")
_DATE_RE = re.compile(rf"^(\d{{1,2}})(?:er)?\s+([\wéû]+)\s+{_YEAR}$")
_NUMERIC_DATE_RE = re.compile(rf"^(\d{{1,2}})[/.](\d{{1,2}})[/.]{_YEAR}$")
_PART_RE = re.compile(rf"^(?:([\wèé]+)\s+)?(semestre|semester|helft|trimestre|kwartaal)\s+(?:van\s+|de\s+)?{_YEAR}$")
_SHORT_PART_RE = re.compile(rf"^([SQT])([1-4])\s+{_YEAR}$", re.IGNORECASE)
_EVERY_RE = re.compile(rf"^(?:chaque année|tous les ans|elk jaar|jaarlijks)\s+(?:jusqu’en|jusqu’à|tot)\s+{_YEAR}$")
_PER_PLANNING_RE = re.compile(r"^(?:selon (?:le )?planning|volgens (?:de )?planning|conformément au planning)$")
_CONTINUOUS_RE = re.compile(r"^(?:en continu|continu|permanent|doorlopend|continu proces)$")
_QUALIFIER_RE = re.compile(r"^(.{2,80}?)\s*:\s*(.+)$")
_PAREN_RE = re.compile(r"^(.+?)\s*\((.+)\)$")


def _typed(text: str, lang: Lang) -> Deadline | None:
    """The typed deadline a short text is, without qualifier; None when it is free text."""
    key = plain(text).lower().rstrip(" .")
    if not key:
        return Deadline()
    for pattern, make in (
        (_RANGE_RE, lambda m: Deadline(DeadlineKind.RANGE, year=int(m[2]), start_year=int(m[1]))),
        (_YEAR_RE, lambda m: Deadline(DeadlineKind.YEAR, year=int(m[1]))),
        (_EVERY_RE, lambda m: Deadline(DeadlineKind.EVERY_YEAR_UNTIL, year=int(m[1]))),
        (_PER_PLANNING_RE, lambda m: Deadline(DeadlineKind.PER_PLANNING)),
        (_CONTINUOUS_RE, lambda m: Deadline(DeadlineKind.CONTINUOUS)),
        (_SHORT_PART_RE, _short_part),
        (
            _NUMERIC_DATE_RE,
            lambda m: Deadline(DeadlineKind.DATE, year=int(m[3]), part=int(m[2]), day=int(m[1])),
        ),
    ):
        found = pattern.match(key)
        if found:
            result = make(found)
            return result if result is not None and _sane(result) else None
    return _worded(key, lang)


def _sane(deadline: Deadline) -> bool:
    if deadline.kind is DeadlineKind.DATE:
        return 1 <= (deadline.part or 0) <= 12 and 1 <= (deadline.day or 0) <= 31
    return True


def _short_part(found: re.Match[str]) -> Deadline | None:
    letter, number, year = found[1].upper(), int(found[2]), int(found[3])
    if letter == "S" and number <= 2:
        return Deadline(DeadlineKind.SEMESTER, year=year, part=number)
    return Deadline(DeadlineKind.QUARTER, year=year, part=number)


def _worded(key: str, lang: Lang) -> Deadline | None:
    months = _MONTHS[lang]
    found = _WORD_YEAR_RE.match(key)
    if found and found[1] in months:
        return Deadline(DeadlineKind.MONTH, year=int(found[2]), part=months[found[1]])
    if found and found[1] in _SEASONS:
        return Deadline(DeadlineKind.SEASON, year=int(found[2]), season=_SEASONS[found[1]])
    found = _DATE_RE.match(key)
    if found and found[2] in months:
        return Deadline(DeadlineKind.DATE, year=int(found[3]), part=months[found[2]], day=int(found[1]))
    found = _PART_RE.match(key)
    if found and (found[1] or "premier") in _ORDINALS:
        part = _ORDINALS[found[1] or "premier"]
        semester = found[2] in ("semestre", "semester", "helft")
        if semester and part <= 2:
            return Deadline(DeadlineKind.SEMESTER, year=int(found[3]), part=part)
        if not semester:
            return Deadline(DeadlineKind.QUARTER, year=int(found[3]), part=part)
    return None


def _with_qualifier(text: str, lang: Lang) -> tuple[Deadline | None, str]:
    """Typed deadline and a qualifier ("Pour screen.brussels", "avant le déménagement")."""
    flat = plain(text)
    typed = _typed(flat, lang)
    if typed is not None:
        return typed, ""
    found = _PAREN_RE.match(flat)
    if found:
        typed = _typed(found[1], lang)
        if typed is not None:
            return typed, found[2]
    found = _QUALIFIER_RE.match(flat)
    if found:
        typed = _typed(found[2], lang)
        if typed is not None:
            return typed, found[1]
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


def parse_deadline(fr: str, nl: str) -> tuple[Deadline, bool]:
    """The deadline from both printed sides, and whether the two sides disagree on the value."""
    fr, nl = fr.strip(), nl.strip()
    if not fr or not nl:
        # One side only (the report names the missing one): its value stands for both.
        text = fr or nl
        typed, qualifier = _with_qualifier(text, Lang.FR if fr else Lang.NL) if "\n" not in text else (None, "")
        if typed is None:
            return (Deadline(DeadlineKind.TEXT, text=BiText(fr, nl)) if text else Deadline()), False
        if typed.kind is not DeadlineKind.NONE:
            typed.qualifier = BiText(qualifier if fr else "", qualifier if nl else "")
        return typed, False
    typed_fr, qual_fr = _with_qualifier(fr, Lang.FR) if "\n" not in fr else (None, "")
    typed_nl, qual_nl = _with_qualifier(nl, Lang.NL) if "\n" not in nl else (None, "")
    typed = typed_fr if (fr or typed_nl is None) else typed_nl
    if typed is None or (typed_fr is None and fr) or (typed_nl is None and nl):
        if not fr and not nl:
            return Deadline(), False
        return Deadline(DeadlineKind.TEXT, text=BiText(fr, nl)), False
    if typed_fr and typed_nl and not same_value(typed_fr, typed_nl):
        # Keep both wordings rather than pick a side: the report names the disagreement.
        return Deadline(DeadlineKind.TEXT, text=BiText(fr, nl)), True
    if typed.kind is not DeadlineKind.NONE:
        typed.qualifier = BiText(qual_fr, qual_nl)
    return typed, False

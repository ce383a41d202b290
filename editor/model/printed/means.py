"""Printed means read as typed values: FTE ("Nombre estimé ETP : 2,5", "19 ETP"), ICT needs, and
budget lines ("AB 20.002.08.01.1211 (promotion) : 500.000 euros par an (engagement)", several
codes on one line, lines under a "Recettes" heading); every other line is kept as a remark.

Budget lines of the two languages are paired by code (the same number is "AB" in French and
"BA" in Dutch); amounts, credits and FTE are read from the French and compared with the Dutch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from editor.model.bitext import BULLET, LANGS, BiText, Lang
from editor.model.printed.normalise import fold, plain
from editor.model.printed.numbers import NUMBER, amount_in, parse_amount, parse_number, per_year
from editor.model.printed.source import Line, Parsed, Printed
from editor.model.printed.words import CREDIT_WORDS, FTE_LABELS, ICT_LABELS, REVENUE_HEADINGS, folded_table
from editor.model.values import BudgetLine, CreditType, Means

_PREFIX = r"(?:\b(?:AB|BA)\s*(?:n[º°o]\.?\s*)?)?"
_CODE_RE = re.compile(rf"{_PREFIX}\b(\d{{2}}\.\d{{3}}\.\d{{2}}\.\d{{2}}(?:\.\d{{4}})?)(?![\d.]*\d)")
_CREDITS = folded_table(CREDIT_WORDS)
_CREDIT_RE = re.compile(r"\(([^()]+)\)\s*\.?$")
_FTE_LABELS = {fold(label) for label in FTE_LABELS}
_ICT_LABELS = {fold(label) for label in ICT_LABELS}
_REVENUE = {fold(word) for word in REVENUE_HEADINGS}
_FTE_ALONE_RE = re.compile(rf"^(?P<n>{NUMBER})\s*(?:ETP|VTE)\b\s*(?:\((?P<note>.*)\))?$", re.S)
_FTE_VALUE_RE = re.compile(rf"^(?P<n>{NUMBER})\s*(?:(?:ETP|VTE)\b)?\s*(?:\((?P<note>.*)\))?$", re.S)
_HEADING_MAX = 40  # a line this short between budget lines is a sub-heading ("Recettes")


@dataclass
class _Side:
    """What one language's lines hold."""

    fte: Decimal | None = None
    fte_note: str = ""
    ict: list[str] = field(default_factory=list)
    budget: list[tuple[BudgetLine, str]] = field(default_factory=list)  # (line, its label here)
    notes: list[str] = field(default_factory=list)


def parse_fte(text: str) -> tuple[Decimal | None, str]:
    """ "2,5 (sur la base du cadre)" → (2.5, "sur la base du cadre"); else (None, text)."""
    found = _FTE_VALUE_RE.fullmatch(plain(text))
    if found is None:
        return None, text.strip()
    return parse_number(found["n"]), (found["note"] or "").strip()


def budget_line(segment: str, revenue: bool = False) -> tuple[BudgetLine, str] | None:
    """A budget line and its label in this language, from text that starts at (or just before)
    its code; None when the text holds no budget code."""
    found = _CODE_RE.search(segment)
    if found is None:
        return None
    line = BudgetLine(code=found[1])
    before = segment[: found.start()].strip(" :–-\u2009")
    rest = segment[found.end() :].strip()
    label = ""
    if rest.startswith("("):
        label, rest = _bracketed(rest)
    rest = rest.lstrip(" :–-\u2009").strip()
    if credit := _CREDIT_RE.search(rest):
        kind = _CREDITS.get(fold(credit[1]))
        if kind is not None:
            line.credit = CreditType(kind)
            rest = rest[: credit.start()].strip()
    amount, yearly = parse_amount(rest) if rest else (None, False)
    if amount is None and rest:
        amount = amount_in(rest)
        yearly = per_year(rest)
        if amount is not None:
            # "Frais de fonctionnement … 130.000 euros": the words before the amount are the label
            # (after a label in brackets they are wording: "estimé à 500.000 euros").
            head = re.split(rf"[\s:,–-]*(?:{NUMBER})\s*(?:euros?|€|millions?|miljoen|M€)", rest, maxsplit=1)[0]
            label = label or head.strip(" :,–-−\u2009")
        else:
            label = f"{label} : {rest}" if label else rest
    line.amount, line.per_year = amount, yearly
    if revenue and line.credit is None:
        line.credit = CreditType.REVENUE
    if before:
        label = f"{before} – {label}" if label else before
    return line, label


def _bracketed(text: str) -> tuple[str, str]:
    """("inside", "after") of a text that starts with a bracket, nested brackets kept."""
    depth = 0
    for position, ch in enumerate(text):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth == 0:
            return text[1:position].strip(), text[position + 1 :].strip()
    return text[1:].strip(), ""


def _segments(text: str) -> list[str]:
    """One printed line may hold several budget lines: "AB … 100.000 euros / AB … 50.000 euros"."""
    starts = [found.start() for found in _CODE_RE.finditer(text)]
    if len(starts) <= 1:
        return [text]
    starts[0] = 0  # the words before the first code belong to it
    return [text[start:end].strip(" /;,") for start, end in zip(starts, [*starts[1:], len(text)], strict=True)]


def _read_side(lines: list[Line]) -> _Side:
    side = _Side()
    revenue = False
    for bullet, text in lines:
        label, sep, value = text.partition(":")
        if sep and fold(label) in _FTE_LABELS and side.fte is None:
            side.fte, side.fte_note = parse_fte(value)
            if side.fte is None:
                side.notes.append(_printed(bullet, text))
            continue
        if sep and fold(label) in _ICT_LABELS:
            side.ict.append(value.strip())
            continue
        if (alone := _FTE_ALONE_RE.fullmatch(plain(text))) and side.fte is None:
            side.fte, side.fte_note = parse_number(alone["n"]), (alone["note"] or "").strip()
            continue
        found = [one for segment in _segments(text) if (one := budget_line(segment, revenue)) is not None]
        if found:
            side.budget += found
            continue
        if len(text) < _HEADING_MAX:
            revenue = fold(text) in _REVENUE
        side.notes.append(_printed(bullet, text))
    return side


def _printed(bullet: bool, text: str) -> str:
    """A remark line as the model keeps prose: "– " before a bullet."""
    return f"{BULLET}{text}" if bullet else text


def parse_means(printed: Printed) -> Parsed[Means]:
    """FTE, ICT, budget lines paired by code, and the other lines as remarks, from both languages."""
    sides = {lang: _read_side([line for line in printed.side(lang) if line[1].strip()]) for lang in LANGS}
    fr, nl = sides[Lang.FR], sides[Lang.NL]
    means = Means()
    result = Parsed(means)
    means.fte = fr.fte if fr.fte is not None else nl.fte
    if fr.fte is not None and nl.fte is not None and fr.fte != nl.fte:
        result.note("fte-mismatch", fr=str(fr.fte), nl=str(nl.fte))
    means.fte_note = BiText(fr.fte_note, nl.fte_note)
    means.ict = BiText("\n".join(fr.ict), "\n".join(nl.ict))
    means.note = BiText("\n".join(fr.notes), "\n".join(nl.notes))
    means.budget = _paired(fr.budget, nl.budget, result)
    return result


_Found = list[tuple[BudgetLine, str]]


def _paired(fr: _Found, nl: _Found, result: Parsed[Means]) -> list[BudgetLine]:
    """Budget lines in French order (then Dutch-only ones), each paired with the Dutch line of the
    same code; numbers from the French, labels from both; disagreements reported."""
    remaining = list(nl)
    lines: list[BudgetLine] = []
    for line, label in fr:
        match = next((pair for pair in remaining if pair[0].code == line.code), None)
        if match is None:
            result.note("budget-line-one-language", code=line.code, lang="fr")
            line.label = BiText(label, "")
        else:
            remaining.remove(match)
            other, other_label = match
            if _money(line) != _money(other):
                result.note("budget-line-mismatch", code=line.code)
            line.amount = line.amount if line.amount is not None else other.amount
            line.label = BiText(label, other_label)
        lines.append(line)
    for line, label in remaining:
        result.note("budget-line-one-language", code=line.code, lang="nl")
        line.label = BiText("", label)
        lines.append(line)
    return lines


def _money(line: BudgetLine) -> tuple[Decimal | None, bool, CreditType | None]:
    return line.amount, line.per_year, line.credit

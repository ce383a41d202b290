"""Re-pair abbreviation lists that each language printed in its own alphabetical order.

A printed list says nothing about which French entry translates which Dutch one (CIRB ↔ CIBG).
Pairs are rebuilt in three passes: the same short form in both languages or a pair the editor
knows (AB ↔ BA, ETP ↔ VTE, OS ↔ SD, OO ↔ OD, ICP ↔ KPI, the note's organisations); then the
most alike long forms (cognates: "Bruxelles Mobilité" ↔ "Brussel Mobiliteit"); the rest in
order. The report asks the user to check.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from editor.model.bitext import Lang
from editor.model.importing.docx_labels import fold
from editor.model.labels import MEANS_LABELS, TOKENS

Entry = tuple[str, str]
Pair = tuple[Entry | None, Entry | None]
# Long forms at least this alike are taken as translations of each other.
MIN_LIKENESS = 0.6


def known_pairs(extra: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Short-form pairs the editor's tables (and the note's organisations) give."""
    pairs = {(MEANS_LABELS[key][Lang.FR], MEANS_LABELS[key][Lang.NL]) for key in ("code_prefix", "fte_unit")}
    pairs |= {(tokens[Lang.FR], tokens[Lang.NL]) for tokens in TOKENS.values()}
    pairs |= {("ICP", "KPI")}
    return {(fold(fr), fold(nl)) for fr, nl in pairs | set(extra)}


def _likeness(fr: Entry, nl: Entry) -> float:
    return SequenceMatcher(None, fold(fr[1]), fold(nl[1])).ratio()


def pair_abbreviations(fr: list[Entry], nl: list[Entry], extra: list[tuple[str, str]]) -> list[Pair]:
    """Every entry of both lists exactly once, as (French, Dutch) pairs in French order."""
    known = known_pairs(extra)
    match: dict[int, int] = {}
    free = set(range(len(nl)))
    for i, (short, _) in enumerate(fr):
        j = next(
            (j for j in sorted(free) if fold(nl[j][0]) == fold(short) or (fold(short), fold(nl[j][0])) in known),
            None,
        )
        if j is not None:
            match[i] = j
            free.discard(j)
    scored = sorted(
        ((_likeness(fr[i], nl[j]), i, j) for i in range(len(fr)) if i not in match for j in free),
        reverse=True,
    )
    for score, i, j in scored:
        if score >= MIN_LIKENESS and i not in match and j in free:
            match[i] = j
            free.discard(j)
    rest = sorted(free)
    for i in range(len(fr)):
        if i not in match and rest:
            match[i] = rest.pop(0)
    pairs: list[Pair] = [(entry, nl[match[i]] if i in match else None) for i, entry in enumerate(fr)]
    return pairs + [(None, nl[j]) for j in rest]

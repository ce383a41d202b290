"""Printed partners read as organisations of the note's bilingual list.

Names come one per bullet, or as a list in a sentence ("STIB, SPF Mobilité ; communes"). The
French and Dutch names are paired: identical names and known pairs (STIB ↔ MIVB) first, then by
position when the counts agree; what cannot be paired is kept as one entry and reported.
"""

from __future__ import annotations

from editor.model.bitext import LANGS, Lang
from editor.model.printed.normalise import fold
from editor.model.printed.source import ParseContext, Parsed, Printed
from editor.model.printed.words import ORGANISATIONS
from editor.model.values import Partners

_NAME_WORDS = 6  # comma-separated pieces this short are a list of names, not a sentence
_KNOWN = {fold(fr): fold(nl) for fr, nl in ORGANISATIONS}


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


def partner_names(printed: Printed, lang: Lang) -> list[str]:
    """Organisation names of one language: one per bullet, split on ";" in prose, or on "," in a
    list of short names."""
    names: list[str] = []
    for _, item in printed.side(lang):
        pieces = _split_outside_brackets(item, ";")
        if len(pieces) == 1:
            by_comma = _split_outside_brackets(item, ",")
            if len(by_comma) > 1 and all(len(piece.split()) <= _NAME_WORDS for piece in by_comma):
                pieces = by_comma
        names.extend(pieces)
    return names


def pair_names(fr: list[str], nl: list[str]) -> tuple[list[tuple[str, str]], bool]:
    """(French, Dutch) name pairs in French order, and whether every name found its partner."""
    if len(fr) == len(nl):
        return list(zip(fr, nl, strict=True)), True
    if not fr or not nl:
        return [(one, "") for one in fr] + [("", one) for one in nl], True
    left = list(nl)
    pairs: list[tuple[str, str]] = []
    unpaired_fr: list[str] = []
    for name in fr:
        key = fold(name)
        match = next((other for other in left if fold(other) in (key, _KNOWN.get(key))), None)
        if match is None:
            unpaired_fr.append(name)
        else:
            left.remove(match)
            pairs.append((name, match))
    if len(unpaired_fr) == len(left):
        return pairs + list(zip(unpaired_fr, left, strict=True)), True
    return [*pairs, ("; ".join(unpaired_fr), "; ".join(left))], False


def parse_partners(printed: Printed, context: ParseContext) -> Parsed[Partners]:
    names = {lang: partner_names(printed, lang) for lang in LANGS}
    pairs, paired = pair_names(names[Lang.FR], names[Lang.NL])
    result = Parsed(Partners([context.organisation_id(fr, nl) for fr, nl in pairs]))
    if not paired:
        result.note("partners-unpaired", fr_count=len(names[Lang.FR]), nl_count=len(names[Lang.NL]))
    return result

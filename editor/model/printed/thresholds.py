"""Printed thresholds read as colour bands: "vert : 21 M€ par an", "Groen: ≥ 21", "orange – 15 à 21",
the yes / no form ("OK : le cadre est adopté" / "pas OK : …", green and red), bounds "≥ 21.000", "< 15",
"15 – 21". Text that names no colour is kept (in the green band when nothing names a colour,
else after the red band's text) and reported, never dropped.
"""

from __future__ import annotations

import re
from decimal import Decimal

from editor.model.bitext import LANGS, Lang
from editor.model.printed.normalise import fold, plain
from editor.model.printed.numbers import NUMBER, parse_number
from editor.model.printed.source import Parsed, Printed
from editor.model.printed.words import BINARY_WORDS, COLOUR_WORDS, folded_table
from editor.model.values import COLOURS, Colour, ThresholdKind, Thresholds

_COLOURS = folded_table(COLOUR_WORDS)
_BINARY = folded_table(BINARY_WORDS)
_WORDS = "|".join(re.escape(word) for word in sorted([*_COLOURS, *_BINARY], key=len, reverse=True))
# The colour word, then a separator or the end: "vert : …", "Groen – …", "rouge".
_BAND_RE = re.compile(rf"^(?P<word>{_WORDS})(?:\s*(?:[:=–-]|\s)\s*(?P<rest>.*))?$", re.S)
_BOUNDS = (
    (re.compile(rf"^(?:≥|>=)\s*({NUMBER})$"), lambda m: (parse_number(m[1]), None)),
    (re.compile(rf"^<\s*({NUMBER})$"), lambda m: (None, parse_number(m[1]))),
    (re.compile(rf"^({NUMBER})\s*[–-]\s*({NUMBER})$"), lambda m: (parse_number(m[1]), parse_number(m[2]))),
)


def band_line(text: str) -> tuple[Colour, bool, str] | None:
    """(colour, is a yes/no word, text of the band) of a printed band line; None for other text."""
    folded = fold(text)
    found = _BAND_RE.match(folded)
    if found is None:
        return None
    word = found["word"]
    binary = word in _BINARY and word not in _COLOURS
    colour = _BINARY[word] if binary else _COLOURS[word]
    # The band's text is what follows the word ("pas OK : le cadre n’est pas adopté").
    printed = plain(text)
    end = next((n for n in range(len(word), len(printed) + 1) if fold(printed[:n]) == word), len(word))
    return colour, binary, re.sub(r"^\s*[:=–-]?\s*", "", printed[end:]).strip()


def bounds_of(text: str) -> tuple[Decimal | None, Decimal | None] | None:
    """Numeric bounds printed for a band: "≥ 21.000", "< 15", "15 – 21"; None for prose."""
    for pattern, make in _BOUNDS:
        if found := pattern.match(plain(text)):
            return make(found)
    return None


def _items(printed: Printed, lang: Lang) -> list[str]:
    """The band lines of one language: table cells, then paragraphs."""
    cells = [cell for grid in printed.grids(lang) for row in grid for cell in row if cell.strip()]
    return cells + [text for _, text in printed.side(lang) if text.strip()]


def parse_thresholds(printed: Printed) -> Parsed[Thresholds]:
    """The bands of both languages; the form is yes / no when no orange band is named."""
    value = Thresholds()
    result = Parsed(value)
    seen: set[Colour] = set()
    rest: dict[Lang, list[str]] = {lang: [] for lang in LANGS}
    for lang in LANGS:
        for item in _items(printed, lang):
            band = band_line(item)
            if band is None:
                rest[lang].append(item)
                continue
            colour, binary, text = band
            seen.add(colour)
            target = value.band(colour)
            bounds = None if binary else bounds_of(text)
            if bounds is not None:
                target.lower, target.upper = bounds
            else:
                target.text.set(lang, _joined(target.text.get(lang), text))
    if seen and Colour.ORANGE not in seen:
        value.kind = ThresholdKind.BINARY
    _keep_rest(value, rest, seen, result)
    return result


def _keep_rest(value: Thresholds, rest: dict[Lang, list[str]], seen: set[Colour], result: Parsed[Thresholds]) -> None:
    """Lines that name no colour: the green band's text when no band was named, else after the
    last band's text; reported either way."""
    if not any(rest.values()):
        return
    target = value.band(COLOURS[0] if not seen else max(seen, key=COLOURS.index))
    for lang in LANGS:
        if rest[lang]:
            target.text.set(lang, _joined(target.text.get(lang), "\n".join(rest[lang])))
    result.note(
        "thresholds-unstructured" if not seen else "threshold-line-without-colour",
        fr=" / ".join(rest[Lang.FR]),
        nl=" / ".join(rest[Lang.NL]),
    )


def _joined(first: str, second: str) -> str:
    return f"{first}\n{second}" if first and second else first or second

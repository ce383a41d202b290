"""Comparable forms of printed text: the one normalisation every importer matches words with.

Print varies in ways that carry no meaning: no-break and thin spaces, typographic and straight
apostrophes, accents dropped by a converter, U+FFFD left where a glyph was lost, soft hyphens,
en dashes and hyphens, a trailing " :". ``plain`` removes what is typography; ``fold`` also
drops case and accents, for dictionary lookups in the vocabulary tables.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Spaces the typesetter uses around punctuation and inside headings.
SPECIAL_SPACES = "\u2009\u00a0\u202f\u2007\u2002\u2003\u2008\u200a"
_SPECIAL_RE = re.compile(f"[{SPECIAL_SPACES}]")
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffd]")
_SPACES_RE = re.compile(" {2,}")
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "–", "\u2013": "–", "\u2014": "–", "\u2212": "-"})
_TRAILING_RE = re.compile(r"[\s:.;,]+$")


@lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """Special spaces as ordinary ones, invisible debris removed, runs of space collapsed,
    straight quotes curled (the vocabulary is written with ’)."""
    text = _SPECIAL_RE.sub(" ", text)
    if "\ufffd" in text or "\u00ad" in text or "\u200b" in text or "\ufeff" in text:
        text = _INVISIBLE_RE.sub("", text)
    if "'" in text or "`" in text:
        text = text.replace("'", "’").replace("`", "’")
    if "  " in text:
        text = _SPACES_RE.sub(" ", text)
    return text.strip()


def match_key(text: str) -> str:
    """Key for comparing a paragraph with a label: plain, lower case, no trailing colon or dot."""
    return plain(text).lower().rstrip(" :.;").strip()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes, one kind of dash, single spaces, no
    trailing punctuation: "Échéance de l’OO :" → "echeance de l'oo"."""
    text = plain(text).translate(_DASHES).replace("’", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _TRAILING_RE.sub("", text)
    return re.sub(r"\s+", " ", text).strip()

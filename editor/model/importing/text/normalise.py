"""Whitespace and character normalisation of the published text, and keys for label matching."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Spaces the typesetter uses around punctuation and inside headings: kept in the text,
# but read as ordinary spaces when matching labels and headings.
SPECIAL_SPACES = "\u2009\u00a0\u202f\u2007\u2002\u2003"
_SPECIAL_RE = re.compile(f"[{SPECIAL_SPACES}]")
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\ufeff\u00ad\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# pdftotext marks a new page with a form feed: read it as the page-start space (same line count).
_FORM_FEED_RE = re.compile("\f+ *")
# A soft hyphen ending a line is a line-end hyphenation like "-".
_SOFT_HYPHEN_END_RE = re.compile("\u00ad(?=\n)")
# Other bullet glyphs some notes use: read as the en dash bullet of the model.
_BULLET_GLYPHS_RE = re.compile("^( ?)[•▪◦\uf0b7\u25cf\u25aa][ \t]*", re.MULTILINE)
_INNER_SPACES_RE = re.compile(r"(?<=\S) {2,}(?=\S)")
_TRAILING_SPACES_RE = re.compile(r"(?<=\S) {2,}$", re.MULTILINE)
_BLANK_LINE_RE = re.compile(r"^ +$", re.MULTILINE)
_SPACES_RE = re.compile(" {2,}")


def normalise_text(text: str) -> str:
    """The whole source: NFC, no invisible characters, tabs as spaces, single inner spaces.

    Leading and trailing whitespace of lines is kept: a leading space marks a page start and a
    trailing space after a hyphen marks a suspended compound ("vrijetijds- en").
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _FORM_FEED_RE.sub(" ", text)
    text = _SOFT_HYPHEN_END_RE.sub("-", text)
    text = _INVISIBLE_RE.sub("", text).replace("\t", " ").replace("\u2500", "–")
    text = _BULLET_GLYPHS_RE.sub(r"\1– ", text)
    text = _INNER_SPACES_RE.sub(" ", text)
    text = _TRAILING_SPACES_RE.sub(" ", text)
    return _BLANK_LINE_RE.sub("", text)


@lru_cache(maxsize=65536)
def plain(text: str) -> str:
    """The text with special spaces as ordinary ones, runs of space collapsed, straight quotes curled."""
    text = _SPECIAL_RE.sub(" ", text)
    if "'" in text or "`" in text:
        text = text.replace("'", "’").replace("`", "’")
    if "  " in text:
        text = _SPACES_RE.sub(" ", text)
    return text.strip()


_LAYOUT_SPACES_RE = re.compile("[\u00a0\u2007\u2002\u2003]")


def heading_plain(text: str) -> str:
    """Heading text with justification spaces (no-break) made ordinary but thin spaces kept.

    Headings are printed with no-break spaces between all words; the thin space before a
    colon ("Culture\u2009: renforcer…") is typography the title keeps.
    """
    text = _LAYOUT_SPACES_RE.sub(" ", text).replace("'", "’").replace("`", "’")
    return _SPACES_RE.sub(" ", text).strip()


def match_key(text: str) -> str:
    """Key for comparing a paragraph with a label: plain, lower case, no trailing colon or dot."""
    return plain(text).lower().rstrip(" :.;").strip()

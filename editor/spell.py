"""Spell-check as you type: a highlighter per text side, in that side's language, where possible.

pyenchant and the hunspell dictionaries are optional: when either is missing the highlighter is
simply not attached (never an error, never a message in the way of typing).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from editor.model.bitext import Lang

try:  # Optional dependency: spell checking is quietly off without it.
    import enchant
except ImportError:  # pragma: no cover - depends on the machine
    enchant = None

# Dictionary tags tried in order: Belgian first, then any regional variant of the language.
DICTIONARY_TAGS: dict[Lang, tuple[str, ...]] = {
    Lang.FR: ("fr_BE", "fr_FR", "fr"),
    Lang.NL: ("nl_BE", "nl_NL", "nl"),
}

# Letters only: apostrophes (l’objectif) and hyphens (c’est-à-dire) split words, digits never
# belong to a word, so "2021" or "20.002.08" are not checked.
WORD = re.compile(r"[^\W\d_]+")
MIN_LENGTH = 3


@functools.cache
def dictionary(lang: Lang) -> Any | None:
    """The enchant dictionary of a language, or None when unavailable.

    Cached because loading a hunspell dictionary takes tens of milliseconds and every text
    side of every page needs one.
    """
    if enchant is None:
        return None
    for tag in DICTIONARY_TAGS[lang]:
        try:
            if enchant.dict_exists(tag):
                return enchant.Dict(tag)
        except enchant.errors.Error:
            continue
    return None


def available(lang: Lang) -> bool:
    return dictionary(lang) is not None


def should_check(word: str) -> bool:
    """Short words and acronyms (CIRB, MIVB) are left alone."""
    return len(word) >= MIN_LENGTH and not word.isupper()


def misspelled(text: str, lang: Lang) -> list[tuple[int, int]]:
    """(start, length) of every word the dictionary rejects; empty without a dictionary."""
    words = dictionary(lang)
    if words is None:
        return []
    spans = []
    for match in WORD.finditer(text):
        word = match.group()
        if should_check(word) and not words.check(word):
            spans.append((match.start(), len(word)))
    return spans


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines misspelt words of one text side with a red wave."""

    def __init__(self, document: QTextDocument, lang: Lang):
        super().__init__(document)
        self.lang = lang
        self.error_format = QTextCharFormat()
        self.error_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.error_format.setUnderlineColor(QColor("#d32f2f"))

    def highlightBlock(self, text: str) -> None:
        for start, length in misspelled(text, self.lang):
            self.setFormat(start, length, self.error_format)


def attach_spell_checker(document: QTextDocument, lang: Lang) -> SpellHighlighter | None:
    """Spell-check a text document in ``lang`` when a dictionary exists; None otherwise."""
    if not available(lang):
        return None
    return SpellHighlighter(document, lang)

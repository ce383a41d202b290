"""The headings of the published text (objectives, year blocks, chapters, annexes, title block) and
the stop words that tell its languages apart.

Field labels are the printed vocabulary every importer shares: editor/model/printed/labels.py
(``match_label`` is re-exported here for this importer's modules).
"""

from __future__ import annotations

import re

from editor.model.bitext import Lang
from editor.model.importing.text.normalise import plain
from editor.model.printed.labels import LabelHit, match_label

__all__ = ["LabelHit", "match_label", "word_score"]

FR, NL = Lang.FR, Lang.NL

# Headings (matched on plain text).
_OS_TOKEN = r"OS|SD|Objectif stratégique|Strategische doelstelling"
_OO_TOKEN = r"OO|OD|Objectif opérationnel|Operationele doelstelling"
OS_RE = re.compile(rf"^(?:IV\.)?(\d+)\.?\s*[–-]?\s*({_OS_TOKEN})\s*(\d+)\s*[.:–-]*\s*(.*)$", re.IGNORECASE)
# Headings printed without "IV.": only read as headings inside chapter IV.
BARE_OS_RE = re.compile(r"^(OS|SD)\s*(\d+)\s*\.?\s*[:–-]\s*(.+)$")
BARE_OO_RE = re.compile(r"^(OO|OD)\s*(\d+)\s*\.\s*(\d+)\s*\.?\s*[:–-]\s*(.+)$")
OO_RE = re.compile(
    rf"^(?:IV\.)?(\d+)\.(\d+)\.?\s*[–-]?\s*({_OO_TOKEN})\s*(\d+)\s*\.\s*(\d+)\s*\.?\s*[:–-]?\s*(.*)$", re.IGNORECASE
)
FR_TOKENS = {"os", "oo", "objectif stratégique", "objectif opérationnel"}
# A numbered heading below OS level: an item from three numbers on, a year block from two
# ("IV.1.1 Réalisations 2021" under an OS without OO).
DEEP_RE = re.compile(r"^IV\.(\d+(?:\.\d+){1,})\.?\s+(.*)$")
TOKEN_PREFIX_RE = re.compile(r"^(?:OO|OD)\s*[\d.]+\s*:?\s*")
YEAR_BLOCK_RE = re.compile(
    r"^(?:[\d.]+\s+)?(Réalisations?|Réalisatie|Realisaties?|Verwezenlijkingen|Planning)\s*(\d{4})"
    r"\s*(?:[:–—-]\s*(.{1,60}?)|\((.{1,60})\))?\s*:?$",
    re.IGNORECASE,
)
CHAPTER_RE = re.compile(r"^(CHAPITRE|Chapitre|HOOFDSTUK|Hoofdstuk)\s+(IER|Ier|[IVX]+)\b\.?\s*[:.–-]?\s*(.*)$")
ANNEX_RE = re.compile(r"^(Annexe|ANNEXE|Bijlage|BIJLAGE)\s+(\d+)\s*[.:–-]?\s*(.*)$")
NOTE_TITLE_RE = re.compile(r"^(NOTE D’ORIENTATION|BELEIDSNOTA|ORIËNTATIENOTA)\b", re.IGNORECASE)
COMPETENCE_RE = re.compile(r"^(compétences?|bevoegdhe(?:id|den))\b\s*(.*)$", re.IGNORECASE)
ABBREVIATIONS_RE = re.compile(r"^(LISTE D’ABRÉVIATIONS|LIJST (?:MET|VAN DE) AFKORTINGEN)$", re.IGNORECASE)

ROMAN = {"IER": 1, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}
REALISATION_WORDS = {
    "réalisations",
    "réalisation",
    "réalisatie",
    "realisaties",
    "realisatie",
    "verwezenlijkingen",
}

# Words that give the language of a paragraph away ("de" is shared, so it is not in either list).
FR_WORDS = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "et",
        "du",
        "un",
        "une",
        "est",
        "pour",
        "dans",
        "sur",
        "au",
        "aux",
        "que",
        "qui",
        "à",
        "par",
        "avec",
        "ce",
        "cette",
        "ces",
        "sont",
        "leur",
        "leurs",
        "plus",
        "été",
        "être",
        "ont",
        "il",
        "elle",
        "nous",
        "notre",
        "nos",
        "pas",
        "ou",
        "où",
    ]
)
NL_WORDS = frozenset(
    [
        "het",
        "een",
        "van",
        "en",
        "voor",
        "op",
        "met",
        "te",
        "zijn",
        "wordt",
        "worden",
        "die",
        "dat",
        "aan",
        "ook",
        "niet",
        "bij",
        "om",
        "naar",
        "door",
        "deze",
        "dit",
        "er",
        "als",
        "zal",
        "zullen",
        "hun",
        "ons",
        "onze",
        "werd",
        "of",
        "tot",
        "uit",
    ]
)


def _words_re(words: frozenset[str], elisions: bool) -> re.Pattern[str]:
    alternatives = "|".join(sorted(words, key=len, reverse=True))
    pattern = rf"(?<![\w’])(?:{alternatives})(?![\w’])"
    if elisions:  # l’objectif, d’actions, qu’… only the one-letter elisions, as in the stop list
        pattern += r"|(?<![\w’])[ldjnsc]’(?=\w)"
    return re.compile(pattern)


# Counting with one regex each runs in C: the import scores every paragraph of the document.
_FR_RE = _words_re(FR_WORDS, elisions=True)
_NL_RE = _words_re(NL_WORDS, elisions=False)


def word_score(text: str) -> int:
    """Positive for French, negative for Dutch, by stop words and elisions."""
    lowered = plain(text).lower()
    return len(_FR_RE.findall(lowered)) - len(_NL_RE.findall(lowered))

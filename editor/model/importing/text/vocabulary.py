"""Every printed variant of the field labels and headings, in French and in Dutch.

Labels are matched on ``normalise.match_key`` (lower case, plain spaces, no trailing colon),
after dropping a stray footnote call ("1 ") and a bullet dash. A label id names what the label
means; ``build`` maps it to a field key of the node it sits in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from editor.model.bitext import Lang
from editor.model.importing.text.normalise import match_key, plain

FR, NL = Lang.FR, Lang.NL

# (label id, language, pattern on the match key). Order matters: longer phrases first.
_LABELS: list[tuple[str, Lang, str]] = [
    ("desired_result", FR, r"description du résultat \(partiel\) souhaité de l’os"),
    ("desired_result", NL, r"omschrijving van het gewenste \(gedeeltelijke\) resultaat van de sd"),
    ("achieved_result", FR, r"description du résultat \(partiel\) réalisé de l’os"),
    ("achieved_result", NL, r"omschrijving van het gerealiseerde \(gedeeltelijke\) resultaat van de sd"),
    ("realisation_description", FR, r"description de la réalisation de l’objectif(?: opérationnel)?"),
    ("realisation_description", NL, r"(?:om|be)schrijving van de realisatie van de (?:operationele )?doelstelling"),
    ("description", FR, r"description de l’objectif(?: stratégique| opérationnel)?"),
    ("description", NL, r"(?:be|om)schrijving van de (?:strategische |operationele )?doelstelling"),
    ("os_kpis", FR, r"indicateurs? (?:clés? )?de performance (?:\(icp\) )?de l’os"),
    ("os_kpis", NL, r"(?:kpi|prestatie-indicatoren(?: \(kpi(?:’s)?\))?) van de sd"),
    ("output_per_action_achieved", FR, r"output réalisé par action et (?:par )?projet"),
    ("output_per_action_achieved", NL, r"gerealiseerde output per actie en (?:per )?project"),
    ("output_achieved", FR, r"output réalisé(?: de l’oo)?"),
    ("output_achieved", NL, r"gerealiseerde output(?: van de od)?"),
    ("actions_achieved", FR, r"description d’actions et de projets réalisés"),
    ("actions_achieved", NL, r"(?:om|be)schrijving van de gerealiseerde acties en projecten"),
    ("output_per_action", FR, r"output souhaité par action et (?:par )?projet"),
    ("output_per_action", NL, r"gewenste output per actie en (?:per )?project"),
    ("output", FR, r"output souhaité(?: de l’oo)?(?: de l’oo)?"),
    ("output", NL, r"gewenste output(?: van de od)?"),
    ("action_kpis", FR, r"indicateurs? (?:clés? )?de performance \(icp\) par action et (?:par )?projet"),
    ("action_kpis", NL, r"(?:kritieke )?prestatie-indicatoren \(kpi(?:’s)?\) per actie en (?:per )?project"),
    ("kpis", FR, r"indicateurs? (?:clés? )?de performance (?:\(icp\) )?(?:pour|de) l’(?:output de l’)?oo.*"),
    ("kpis", FR, r"indicateurs? clés? de performance \(icp\)"),
    ("kpis", NL, r"kpi(?:’s)?(?: (?:voor|van) de (?:output van de )?od.*)?"),
    ("kpis", NL, r"(?:kritieke )?prestatie-indicatoren \(kpi(?:’s)?\) (?:van|voor) de output van de od"),
    ("action_thresholds", FR, r"valeurs seuils par action et (?:par )?projet.*"),
    ("action_thresholds", NL, r"drempelwaarden per actie en (?:per )?project.*"),
    ("thresholds", FR, r"valeurs seuils(?: de l’(?:objectif|oo))?(?: \(vert, orange ou rouge\)?)?"),
    ("thresholds", NL, r"drempelwaarden(?: (?:van|voor) de (?:od|doelstelling))?(?: \(groen, oranje of rood\)?)?"),
    ("action_deadline", FR, r"échéance par action et (?:par )?projet"),
    ("action_deadline", NL, r"deadline per actie en (?:per )?project"),
    ("deadline", FR, r"échéance(?: de l’o[os])?"),
    ("deadline", NL, r"deadline(?: (?:van|voor) de (?:od|sd))?|termijn(?: (?:van|voor) de (?:od|sd))?"),
    ("actions", FR, r"description (?:des actions et projets|d’actions et de projets)"),
    ("actions", NL, r"(?:om|be)schrijving van de acties en projecten"),
    ("targets", FR, r"cibles?"),
    ("targets", NL, r"doelpubliek|doelgroepen?"),
    ("source_document", FR, r"document source de l’os"),
    ("source_document", NL, r"brondocument van de sd"),
    ("success_conditions", FR, r"conditions de réussite"),
    ("success_conditions", NL, r"slaagvoorwaarden|succesvoorwaarden"),
    ("means", FR, r"moyens"),
    ("means", NL, r"middelen"),
    ("partners", FR, r"partenaires"),
    ("partners", NL, r"partners?"),
    ("equal_opportunities", FR, r"impact sur l’égalité des chances.*|gender mainstreaming"),
    ("equal_opportunities", NL, r"impact op (?:de )?gelijke kansen.*"),
    ("status", FR, r"statut(?: de l’oo)?"),
    ("status", NL, r"status(?: van de od)?"),
    ("budget_note", FR, r"budget \d{4} contribution .*"),
    ("budget_note", NL, r"budget \d{4} bijdrage .*"),
]

# One alternation for all labels: a single regex call per paragraph keeps the import fast.
_ALL = re.compile("|".join(f"(?P<g{index}>{pattern})" for index, (_, _, pattern) in enumerate(_LABELS)))
# Only the full label may carry a value without a colon: "Status" alone could open any sentence.
_STATUS_PREFIX = re.compile(r"statut de l’oo\b|status van de od\b")
_PREFIX_RE = re.compile(r"^(?:\d\s+|–\s+)")
_MAX_LABEL = 140


@dataclass(frozen=True)
class LabelHit:
    """A recognised label: its id, the vocabulary language and any value on the same line."""

    label: str
    lang: Lang
    inline: str = ""


def _lookup(key: str) -> tuple[str, Lang] | None:
    if len(key) > _MAX_LABEL:
        return None
    found = _ALL.fullmatch(key)
    if not found or found.lastgroup is None:
        return None
    label_id, lang, _ = _LABELS[int(found.lastgroup[1:])]
    return label_id, lang


@lru_cache(maxsize=65536)
def match_label(text: str) -> LabelHit | None:
    """The label a paragraph is (or starts with, followed by " : value"), else None."""
    if len(text) > 600:
        return None
    key = _PREFIX_RE.sub("", match_key(text), count=1)
    known = _lookup(key)
    if known:
        return LabelHit(known[0], known[1])
    return _inline_label(text)


def _inline_label(text: str) -> LabelHit | None:
    flat = _PREFIX_RE.sub("", plain(text), count=1)
    head, sep, tail = flat.partition(":")
    if sep and tail.strip():
        known = _lookup(match_key(head))
        if known:
            return LabelHit(known[0], known[1], tail.strip())
    lowered = flat.lower()
    found = _STATUS_PREFIX.match(lowered)
    if found and found.end() < len(lowered):
        known = _lookup(lowered[: found.end()])
        if known:
            return LabelHit(known[0], known[1], flat[found.end() :].strip(" :"))
    return None


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

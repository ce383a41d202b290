"""Recognise the labels and headings of a note in Word text, with the variants seen in print.

Labels come from editor/model/labels/ (the one table); ``canon`` folds the variants found in published
notes onto them: accents, apostrophes, trailing " :", parentheses, "Beschrijving" vs
"Omschrijving", "voor de OD" vs "van de OD", "per actie en per project", stray footnote calls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from editor.model.bitext import Lang
from editor.model.labels import (
    ABBREVIATIONS_TITLE,
    ANNEX_TITLES,
    FIELD_SPECS,
    KPI_LABELS,
    NOTE_TITLE,
    RECORD_LABELS,
    AnnexKind,
    ChapterKind,
    NodeKind,
    Template,
)
from editor.model.printed import labels as printed_labels
from editor.model.printed.normalise import fold

_VARIANTS = (
    (r"^\d{1,2}\s+(?=[a-z])", ""),  # footnote call printed before a label: "1 Indicateur clés"
    (r"^[–\-•]\s*", ""),
    (r"[()]", " "),
    (r"\s+", " "),
    (r"\s*/\s*", "/"),
    (r"\bbeschrijving\b", "omschrijving"),
    (r"\bvoor de (od|sd)\b", r"van de \1"),
    (r"\bper actie en per project\b", "per actie en project"),
    (r"\bkpi's\b", "kpi"),
    (r"\bindicateurs? cles?\b|\bindicateur s cle s\b", "indicateurs cles"),
    (r"\blie s aux\b|\blies aux\b", "lie aux"),
    (r"\bpartner\b", "partners"),
    (r"\bdescription concise\b", "breve description"),
    (r"\bkritieke prestatie-indicatoren\b", "prestatie-indicatoren"),
    (r"[\s:.;]+$", ""),
    (r"\s+", " "),
)
_COMPILED = tuple((re.compile(pattern), repl) for pattern, repl in _VARIANTS)


@lru_cache(maxsize=65536)
def canon(text: str) -> str:
    """Comparable form of a label: folded, and the variants of print folded onto the table's."""
    text = fold(text)
    for pattern, repl in _COMPILED:
        text = pattern.sub(repl, text)
    return text.strip()


INLINE_KEYS = printed_labels.INLINE_WITHOUT_COLON


@dataclass(frozen=True)
class LabelHit:
    """A label recognised at the start of a paragraph, and any value written after it."""

    key: str
    lang: Lang
    rest: str


def match_label(text: str, table: dict[str, tuple[str, Lang]]) -> LabelHit | None:
    """The label ``text`` starts with: the whole paragraph, or the part before a colon."""
    whole = table.get(canon(text))
    if whole:
        return LabelHit(whole[0], whole[1], "")
    # Longest label first: "Rappel de la planification : échéance" holds a colon itself.
    for match in reversed(list(re.finditer(r"\s*:\s*", text))):
        hit = table.get(canon(text[: match.start()]))
        if hit and text[match.end() :].strip():
            return LabelHit(hit[0], hit[1], text[match.end() :].strip())
    # "Statut de l’OO Selon le planning" (seed 000): only a status is written so, without colon.
    words = text.split()
    for count in range(min(len(words) - 1, 8), 2, -1):
        hit = table.get(canon(" ".join(words[:count])))
        if hit and hit[0] in INLINE_KEYS:
            return LabelHit(hit[0], hit[1], " ".join(words[count:]))
    return None


def field_label(text: str, kind: NodeKind, template: Template | None) -> LabelHit | None:
    """A field label of a node of this kind (and OO template), from the shared label vocabulary."""
    found = printed_labels.field_label(text, kind, template)
    return LabelHit(*found) if found is not None else None


@cache
def record_table() -> dict[str, tuple[str, Lang]]:
    table = {canon(texts[lang]): (key, lang) for key, texts in RECORD_LABELS.items() for lang in Lang}
    table[canon("Objectif(s) opérationnel(s)")] = ("oos", Lang.FR)
    return table


# --- headings -----------------------------------------------------------------------------

_NUM = r"IV\.(?P<num>\d+(?:\.\d+)*)\.?"
OS_HEADING = re.compile(rf"^(?:{_NUM}\s+)?(?P<token>OS|SD)\s*(?P<tnum>\d+)\s*\.?\s*(?:[:–\-]\s*(?P<title>.*))?$", re.S)
OO_HEADING = re.compile(
    rf"^(?:{_NUM}\s+)?(?P<token>OO|OD)\s*(?P<tnum>\d+\.\d+(?:\.\d+)?)\.?\s*(?:[:–\-]\s*(?P<title>.*))?$", re.S
)
NUMBERED = re.compile(rf"^{_NUM}\s+(?P<title>.+)$", re.S)
BLOCK = re.compile(
    r"^(?P<word>réalisations?|realisaties?|verwezenlijkingen|planning)\s+(?P<year>\d{4})"
    r"(?:\s*[–\-:]\s*(?P<title>.*))?$",
    re.I | re.S,
)
ACTION = re.compile(r"^(action|actie)\s+\d+$", re.I)
CHAPTER = re.compile(r"^(?P<word>CHAPITRE|HOOFDSTUK)\s+(?P<num>IER|IV|III|II|I)\b\s*[–\-:]?\s*(?P<title>.*)$", re.S)
ANNEX = re.compile(r"^(?P<word>Annexe|Bijlage)\s+(?P<num>\d+)\s*[:–\-]?\s*(?P<title>.*)$", re.S)
CHAPTER_KINDS = {"IER": ChapterKind.INTRODUCTION, "I": ChapterKind.INTRODUCTION, "II": ChapterKind.CONTEXT}
CHAPTER_KINDS["III"] = ChapterKind.SUMMARY
DELEGATION = {
    Lang.FR: re.compile(r"^Cet objectif opérationnel relève (?:de )?(?P<who>.+)\.\s+Voir (?P<ref>.+?)\.?$", re.S),
    Lang.NL: re.compile(
        r"^Deze operationele doelstelling valt onder (?:de bevoegdheid van )?"
        r"(?P<who>.+)\.\s+Zie (?P<ref>.+?)\.?$",
        re.S,
    ),
}


def block_kind(word: str) -> tuple[NodeKind, Lang | None]:
    """Kind of a year block and the language its word gives away ("Planning" is both)."""
    folded = canon(word)
    if folded == "planning":
        return NodeKind.PLANNING, None
    return NodeKind.REALISATION, (Lang.FR if folded.startswith("realisation") else Lang.NL)


def title_marker(text: str) -> Lang | None:
    folded = canon(text)
    if folded == canon(NOTE_TITLE[Lang.FR]):
        return Lang.FR
    if folded in (canon(NOTE_TITLE[Lang.NL]), "orientatienota", "beleidsnota/orientatienota"):
        return Lang.NL
    return None


def abbreviations_marker(text: str) -> Lang | None:
    folded = canon(text)
    return next((lang for lang in Lang if folded == canon(ABBREVIATIONS_TITLE[lang])), None)


_ANNEX_HINTS = (
    (AnnexKind.OBJECTIVES, ("liste recapitulative", "samenvattende lijst")),
    (AnnexKind.MEANS, ("recapitulatif des moyens", "samenvatting van de middelen")),
    (AnnexKind.AGENDA, ("agenda", "regelgevingsagenda")),
    (AnnexKind.AUDIT, ("cour des comptes", "rekenhof")),
)


def annex_kind(title: str) -> AnnexKind | None:
    folded = canon(title)
    for kind in AnnexKind:
        if any(folded == canon(ANNEX_TITLES[kind][lang]) for lang in Lang):
            return kind
    return next((kind for kind, hints in _ANNEX_HINTS if any(h in folded for h in hints)), None)


# --- language markers ---------------------------------------------------------------------

_TOKENS = {"OS": Lang.FR, "OO": Lang.FR, "SD": Lang.NL, "OD": Lang.NL}
_WORDS = {"CHAPITRE": Lang.FR, "HOOFDSTUK": Lang.NL, "Annexe": Lang.FR, "Bijlage": Lang.NL}


@cache
def _label_langs() -> dict[str, Lang | None]:
    """Every field, KPI and record label, with its language (None when both share it)."""
    table: dict[str, Lang | None] = {}
    pairs = [(spec.fr, spec.nl) for specs in FIELD_SPECS.values() for spec in specs]
    pairs += [(labels[Lang.FR], labels[Lang.NL]) for labels in KPI_LABELS.values()]
    for fr, nl in pairs:
        for text, lang in ((fr, Lang.FR), (nl, Lang.NL)):
            key = canon(text)
            table[key] = lang if table.get(key, lang) is lang else None
    for key, (_, lang) in record_table().items():
        table.setdefault(key, lang)
    return table


def label_lang(text: str) -> Lang | None:
    """Language of a label ("Moyens" → FR), None for other text or shared words."""
    label = text.split(":")[0] if ":" in text else text
    return _label_langs().get(canon(label)) if len(label) < 140 else None


def text_marker(text: str, strong: bool = False) -> Lang | None:
    """The language a paragraph's own words give away, if any.

    Headings, chapter, annex and title words are strong markers; labels are weak ones (a French
    label left in a Dutch text, "Cibles", must not switch a stream): ``strong`` ignores them.
    """
    text = text.replace("\n", " ")
    found = title_marker(text) or abbreviations_marker(text)
    if found:
        return found
    for pattern in (OS_HEADING, OO_HEADING):
        if match := pattern.match(text):
            return _TOKENS[match.group("token")]
    for pattern in (CHAPTER, ANNEX):
        if match := pattern.match(text):
            return _WORDS[match.group("word")]
    block = BLOCK.match(text.split(" ", 1)[1] if text.startswith("IV.") and " " in text else text)
    if block:
        kind, lang = block_kind(block.group("word"))
        return lang if kind is NodeKind.REALISATION else None
    return None if strong else label_lang(text)

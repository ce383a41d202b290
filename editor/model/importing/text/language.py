"""Give each paragraph of a page chunk to French or Dutch: one column switch at most per page."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.model.bitext import Lang
from editor.model.importing.text import vocabulary as vocab
from editor.model.importing.text.pages import Document, Para

_STRONG = 5  # weight of a template label or heading token against one stop word
_BOUNDARY = 3
# A printed page holds a few dozen paragraphs; far more means the page starts were lost.
_MAX_PAGE = 400


def para_score(para: Para) -> int:
    """Positive when the paragraph reads as French, negative as Dutch."""
    text = para.flat
    hit = vocab.match_label(text)
    if hit is not None and not hit.inline:
        return _STRONG if hit.lang is Lang.FR else -_STRONG
    return _heading_score(text) or vocab.word_score(text) + (_sign(hit.lang) * _STRONG if hit else 0)


def _sign(lang: Lang) -> int:
    return 1 if lang is Lang.FR else -1


_OPENERS = ("CHAPITRE", "HOOFDSTUK", "ANNEXE", "BIJLAGE", "LISTE", "LIJST")


def _heading_score(text: str) -> int:
    bare = vocab.BARE_OO_RE.match(text) or vocab.BARE_OS_RE.match(text)
    if bare:
        return _STRONG if bare.group(1) in ("OO", "OS") else -_STRONG
    cover = vocab.NOTE_TITLE_RE.match(text) or vocab.COMPETENCE_RE.match(text)
    if cover:
        return _STRONG if cover.group(1).lower().startswith(("note", "comp")) else -_STRONG
    if text.startswith("IV."):
        oo = vocab.OO_RE.match(text)
        if oo:
            return _STRONG if oo.group(3).lower() in vocab.FR_TOKENS else -_STRONG
        os_ = vocab.OS_RE.match(text)
        if os_:
            return _STRONG if os_.group(2).lower() in vocab.FR_TOKENS else -_STRONG
    if len(text) < 60:
        block = vocab.YEAR_BLOCK_RE.match(vocab.DEEP_RE.sub(r"\2", text))
        if block and block.group(1).lower() in ("réalisations", "réalisation"):
            return _STRONG
        if block and block.group(1).lower() in ("realisaties", "realisatie", "verwezenlijkingen"):
            return -_STRONG
    return _opener_score(text)


def _opener_score(text: str) -> int:
    if not text.upper().startswith(_OPENERS):
        return 0
    for pattern, fr_word in (
        (vocab.CHAPTER_RE, "CHAPITRE"),
        (vocab.ANNEX_RE, "Annexe"),
        (vocab.ABBREVIATIONS_RE, "LISTE D’ABRÉVIATIONS"),
    ):
        found = pattern.match(text)
        if found:
            return _STRONG if found.group(1).upper() == fr_word.upper() else -_STRONG
    return 0


def _is_opener(para: Para) -> bool:
    text = para.flat
    return text.startswith("IV.") or text[:12].upper().startswith(_OPENERS) or vocab.match_label(text) is not None


@dataclass
class Streams:
    """The French and the Dutch paragraphs, in reading order."""

    fr: list[Para] = field(default_factory=list)
    nl: list[Para] = field(default_factory=list)

    def get(self, lang: Lang) -> list[Para]:
        return self.fr if lang is Lang.FR else self.nl


def best_split(scores: list[int], openers: list[bool] | None = None) -> tuple[int, bool]:
    """(split index, French first?) maximising agreement with the scores.

    A second column that opens on a heading or label gets a small bonus: columns usually start
    on a structural paragraph, and this settles near-ties between short paragraphs with few
    stop words (abbreviation lists). On a tie the earlier split wins.
    """
    flags = openers or [False] * len(scores)
    total = sum(scores)
    best, best_index, fr_first = -(10**9), 0, True
    prefix = 0
    for index in range(len(scores) + 1):
        bonus = _BOUNDARY if 0 < index < len(scores) and flags[index] else 0
        for first_fr in (True, False):
            sign = 1 if first_fr else -1
            value = sign * (prefix - (total - prefix)) + bonus
            if value > best:
                best, best_index, fr_first = value, index, first_fr
        if index < len(scores):
            prefix += scores[index]
    return best_index, fr_first


def _per_paragraph(chunk: list[Para], scores: list[int], streams: Streams) -> None:
    """Text without page starts: each paragraph by its own score, a neutral one follows its neighbour."""
    fr = True
    for para, score in zip(chunk, scores, strict=True):
        if score:
            fr = score > 0
        (streams.fr if fr else streams.nl).append(para)


def split_languages(doc: Document) -> Streams:
    """Assign every paragraph of every chunk to one of the two language streams."""
    streams = Streams()
    for chunk in doc.chunks:
        scores = [para_score(para) for para in chunk]
        if len(chunk) > _MAX_PAGE:
            _per_paragraph(chunk, scores, streams)
            continue
        index, fr_first = best_split(scores, [_is_opener(para) for para in chunk])
        first, second = chunk[:index], chunk[index:]
        if fr_first:
            streams.fr.extend(first)
            streams.nl.extend(second)
        else:
            streams.nl.extend(first)
            streams.fr.extend(second)
    return streams

"""Recognise the structural paragraphs: objective headings, year blocks, chapters, annexes, cover."""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.model.importing.text import vocabulary as vocab
from editor.model.importing.text.normalise import heading_plain
from editor.model.labels import NodeKind

_SPACE_RE = re.compile(r"[ \t\n]+")


@dataclass
class Heading:
    """What a structural paragraph is, with its numbers and title."""

    kind: str  # os, oo, item, year, chapter, annex, note-title, abbreviations
    number: tuple[int, ...] = ()
    token: str = ""
    token_number: tuple[int, ...] = ()
    title: str = ""
    year: int | None = None
    block_kind: NodeKind | None = None
    printed: str = ""
    bare: bool = False  # "OS 1 : …" without the "IV." prefix: a heading only inside chapter IV


def _numbers(dotted: str) -> tuple[int, ...]:
    return tuple(int(part) for part in dotted.strip(".").split(".") if part.isdigit())


def _clean_title(text: str) -> str:
    return _SPACE_RE.sub(" ", text).strip(" :\u2009\u202f")


def _year_block(rest: str, number: tuple[int, ...], printed: str) -> Heading | None:
    found = vocab.YEAR_BLOCK_RE.match(rest)
    if not found:
        return None
    word = found.group(1).lower()
    kind = NodeKind.REALISATION if word in vocab.REALISATION_WORDS else NodeKind.PLANNING
    # A block repeated per contributing body names it after the year ("Planning 2022 – hub.brussels").
    body = (found.group(3) or found.group(4) or "").strip(" ()–—-:")
    return Heading("year", number, year=int(found.group(2)), block_kind=kind, printed=printed or rest, title=body)


def _objective(flat: str) -> Heading | None:
    oo = vocab.OO_RE.match(flat)
    if oo:
        number: tuple[int, ...] = (int(oo.group(1)), int(oo.group(2)))
        printed = flat[: oo.start(6)].strip(" :")
        token_number: tuple[int, ...] = (int(oo.group(4)), int(oo.group(5)))
        return Heading("oo", number, oo.group(3), token_number, _clean_title(oo.group(6)), printed=printed)
    os_ = vocab.OS_RE.match(flat)
    if os_:
        printed = flat[: os_.start(4)].strip(" :")
        return Heading(
            "os",
            (int(os_.group(1)),),
            os_.group(2),
            (int(os_.group(3)),),
            _clean_title(os_.group(4)),
            printed=printed,
        )
    deep = vocab.DEEP_RE.match(flat)
    if deep:
        number = _numbers(deep.group(1))
        rest = deep.group(2).strip()
        printed = flat[: deep.start(2)].strip()
        block = _year_block(rest, number, flat)
        if block:
            return block
        if len(number) < 3:
            return None
        token = vocab.TOKEN_PREFIX_RE.match(rest)
        token_number = _numbers(token.group(0).strip(" :")[2:]) if token else ()
        title = rest[token.end() :] if token else rest
        return Heading("item", number, "", token_number, _clean_title(title), printed=printed)
    return None


def _bare_objective(flat: str) -> Heading | None:
    found = vocab.BARE_OO_RE.match(flat)
    if found:
        number: tuple[int, ...] = (int(found.group(2)), int(found.group(3)))
        printed = flat[: found.start(4)].strip(" :")
        return Heading("oo", number, found.group(1), number, _clean_title(found.group(4)), printed=printed, bare=True)
    found = vocab.BARE_OS_RE.match(flat)
    if found:
        number = (int(found.group(2)),)
        printed = flat[: found.start(3)].strip(" :")
        return Heading("os", number, found.group(1), number, _clean_title(found.group(3)), printed=printed, bare=True)
    return None


def parse_heading(text: str) -> Heading | None:
    """The heading a structural paragraph is, or None for prose."""
    flat = heading_plain(text)
    if flat.startswith("IV."):
        found = _objective(flat)
        if found:
            return found
    block = _year_block(flat, (), "")
    if block:
        return block
    bare = _bare_objective(flat)
    if bare:
        return bare
    chapter = vocab.CHAPTER_RE.match(flat)
    if chapter:
        number = vocab.ROMAN.get(chapter.group(2).upper(), 0)
        return Heading("chapter", (number,), chapter.group(1), title=_clean_title(chapter.group(3)))
    annex = vocab.ANNEX_RE.match(flat)
    if annex:
        return Heading("annex", (int(annex.group(2)),), annex.group(1), title=_clean_title(annex.group(3)))
    if vocab.NOTE_TITLE_RE.match(flat):
        return Heading("note-title", title=flat)
    if vocab.ABBREVIATIONS_RE.match(flat):
        return Heading("abbreviations", title=flat)
    return None

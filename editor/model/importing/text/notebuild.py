"""Build one model note from its French and Dutch parses: cover, abbreviations, chapters, annexes."""

from __future__ import annotations

import re
import unicodedata

from editor.model.bitext import BiText, Lang
from editor.model.importing.report import ImportReport
from editor.model.importing.text import annexes as annex_io
from editor.model.importing.text.build import TreeBuilder
from editor.model.importing.text.normalise import heading_plain, match_key
from editor.model.importing.text.organisations import OrganisationList
from editor.model.importing.text.raw import RawAnnex, RawNode, RawNote
from editor.model.labels import CHAPTER_TITLES, AnnexKind, ChapterKind, NodeKind
from editor.model.numbering import numbering
from editor.model.tree import Abbreviation, Note, TitleBlock, bitexts

_CHAPTERS = {1: ChapterKind.INTRODUCTION, 2: ChapterKind.CONTEXT, 3: ChapterKind.SUMMARY}
_COMPETENCE_WORD = re.compile(r"^(?:compétences?|bevoegdhe(?:id|den))\s*:?\s*", re.IGNORECASE)
_SIMILAR = 0.4  # long forms sharing this share of word stems are the same abbreviation
_STOP = {"pour", "voor", "avec", "dans", "door", "naar", "over", "sous", "entre", "tussen"}


def _side(raw: RawNote | None, attr: str) -> str:
    return str(getattr(raw, attr)) if raw is not None else ""


def build_note(
    fr: RawNote | None,
    nl: RawNote | None,
    report: ImportReport,
    note_no: int,
    reference: str,
    session_year: int | None,
) -> Note:
    note = Note()
    note.title = _title(fr, nl, reference, session_year, report, note_no)
    note.abbreviations = _abbreviations(fr, nl, report, note_no)
    for number, kind in _CHAPTERS.items():
        note.chapter(kind).body = BiText(
            "\n".join(fr.chapters.get(number, [])) if fr else "",
            "\n".join(nl.chapters.get(number, [])) if nl else "",
        )
    _chapter_titles(fr, nl, report, note_no)
    organisations = OrganisationList()
    builder = TreeBuilder(report, organisations, note_no)
    note.objectives = builder.build(fr.objectives if fr else [], nl.objectives if nl else [])
    for lang, raw in ((Lang.FR, fr), (Lang.NL, nl)):
        if raw is None or not raw.objectives:
            report.error(
                "language-missing",
                f"Note {note_no}: no {lang.name} objectives were found; the {lang.name} side is empty",
                note=note_no,
                lang=lang.value,
            )
    note.organisations = organisations.items
    _annexes(fr, nl, note, report, note_no)
    _renumbering(builder.origin, note, report, note_no)
    for lang, raw in ((Lang.FR, fr), (Lang.NL, nl)):
        _leftovers(raw, lang, report, note_no)
    for text in bitexts(note):
        if text.is_complete():
            text.confirm()  # published side by side: agreed translations, so later edits flag the other side
    return note


def _chapter_titles(fr: RawNote | None, nl: RawNote | None, report: ImportReport, note_no: int) -> None:
    """Chapter titles are generated from the label table: name the printed ones that differ."""
    kinds: dict[int, ChapterKind | None] = {**_CHAPTERS, 4: None}
    for lang, raw in ((Lang.FR, fr), (Lang.NL, nl)):
        for number, printed in raw.chapter_titles.items() if raw else []:
            expected = CHAPTER_TITLES[kinds[number]][lang] if number in kinds else None
            if expected is not None and match_key(printed) != match_key(expected):
                report.info(
                    "chapter-title-differs",
                    f"Note {note_no}: {lang.name} chapter {number} is titled « {printed} »; "
                    f"the editor prints « {expected} »",
                    note=note_no,
                    printed=printed,
                )


def _title(
    fr: RawNote | None,
    nl: RawNote | None,
    reference: str,
    session_year: int | None,
    report: ImportReport,
    note_no: int,
) -> TitleBlock:
    title = TitleBlock()
    title.competence = BiText(
        _COMPETENCE_WORD.sub("", _side(fr, "competence")), _COMPETENCE_WORD.sub("", _side(nl, "competence"))
    )
    _cover_from_page(title, fr, nl, report, note_no)
    # Cover lines are justified with no-break spaces, like headings.
    title.competence = BiText(heading_plain(title.competence.fr), heading_plain(title.competence.nl))
    title.minister = BiText(_side(fr, "minister"), _side(nl, "minister"))
    title.document_ref = reference
    if session_year:
        title.session_year, title.budget_year = session_year, session_year + 1
    for lang in (Lang.FR, Lang.NL):
        if not title.competence.get(lang):
            report.warning(
                "title-missing",
                f"Note {note_no}: no {lang.name} title block (cover) was found; fill in the competence",
                note=note_no,
                lang=lang.value,
            )
    return title


def _stems(text: str) -> set[str]:
    """Three-letter stems of the longer words, without accents: cognates share them (Bruxelles/Brussel)."""
    spaced = re.sub(r"[’'\-]", " ", text.lower())
    bare = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode()
    return {word[:3] for word in re.findall(r"[a-z]{4,}", bare) if word not in _STOP}


def _cover_from_page(
    title: TitleBlock, fr: RawNote | None, nl: RawNote | None, report: ImportReport, note_no: int
) -> None:
    """A cover printed with one language's title words lost: the other column of that page is it."""
    for lang, mine, other in ((Lang.NL, nl, fr), (Lang.FR, fr, nl)):
        if title.competence.get(lang) or mine is None or other is None or other.cover_chunk is None:
            continue
        on_cover = [i for i, chunk in enumerate(mine.front_chunks) if chunk == other.cover_chunk]
        if not on_cover:
            continue
        found = [mine.front_text[i] for i in on_cover]
        title.competence.set(lang, " ".join(text for _, text in found))
        for i in reversed(on_cover):  # now imported: no longer "front-matter text not imported"
            del mine.front_text[i], mine.front_chunks[i]
        if title.competence.get(lang)[:1].islower():
            report.warning(
                "title-incomplete",
                f"Note {note_no}: the {lang.name} cover looks cut at its start: « {title.competence.get(lang)} »",
                **{f"{lang.value}_line": found[0][0]},
                note=note_no,
            )


def _similar(one: str, other: str) -> float:
    """Dice overlap of stems; at least two shared stems, one alone proves nothing."""
    mine, theirs = _stems(one), _stems(other)
    common = len(mine & theirs)
    return 2 * common / (len(mine) + len(theirs)) if common >= 2 else 0.0


Entry = tuple[str, str, int]


def _unambiguous(
    score: float,
    one: Entry,
    other: Entry,
    scored: list[tuple[float, Entry, Entry]],
    left: list[Entry],
    right: list[Entry],
) -> bool:
    """No other open candidate for either side scores as high: a tie is a guess, not a match."""
    return not any(
        s >= score and (a is one) != (b is other) and (a is one or b is other) and a in left and b in right
        for s, a, b in scored
    )


def _abbreviations(fr: RawNote | None, nl: RawNote | None, report: ImportReport, note_no: int) -> list[Abbreviation]:
    """Pair the two lists, each sorted in its own language: same short form, then alike long forms."""
    left = list(fr.abbreviations) if fr else []
    right = list(nl.abbreviations) if nl else []
    pairs: list[tuple[tuple[str, str, int] | None, tuple[str, str, int] | None]] = []
    for one in list(left):
        same = next((other for other in right if other[0] == one[0]), None)
        if same is not None:
            pairs.append((one, same))
            left.remove(one)
            right.remove(same)
    scored = sorted(
        ((_similar(a[1], b[1]), a, b) for a in left for b in right),
        key=lambda item: -item[0],
    )
    for score, one, other in scored:
        if score < _SIMILAR or one not in left or other not in right:
            continue
        if _unambiguous(score, one, other, scored, left, right):
            pairs.append((one, other))
            left.remove(one)
            right.remove(other)
    if len(left) == 1 and len(right) == 1:
        pairs.append((left.pop(), right.pop()))
    pairs.extend((entry, None) for entry in left)
    pairs.extend((None, entry) for entry in right)
    result = []
    for first, second in pairs:
        if first is None or second is None:
            lang, lonely = (Lang.FR, first) if first else (Lang.NL, second)
            assert lonely is not None
            report.info(
                "abbreviation-unpaired",
                f"Note {note_no}: abbreviation {lonely[0]} ({lang.name}) has no sure counterpart; "
                "complete the other language",
                **{f"{lang.value}_line": lonely[2]},
                note=note_no,
            )
        result.append(
            Abbreviation(
                short=BiText(first[0] if first else "", second[0] if second else ""),
                long=BiText(first[1] if first else "", second[1] if second else ""),
            )
        )
    return result


def _own_annexes(raw: RawNote | None, other: RawNote | None, lang: Lang) -> list[RawAnnex]:
    """Annexes of one language, taking back those whose heading word shows the other column."""
    dutch = lang is Lang.NL
    mine = [a for a in (raw.annexes if raw else []) if (a.word.lower() == "bijlage") == dutch]
    mine += [a for a in (other.annexes if other else []) if (a.word.lower() == "bijlage") == dutch]
    return sorted(mine, key=lambda annex: annex.line)


def _annexes(fr: RawNote | None, nl: RawNote | None, note: Note, report: ImportReport, note_no: int) -> None:
    fr_annexes, nl_annexes = _own_annexes(fr, nl, Lang.FR), _own_annexes(nl, fr, Lang.NL)
    by_kind: dict[AnnexKind, dict[Lang, RawAnnex]] = {}
    for lang, annexes in ((Lang.FR, fr_annexes), (Lang.NL, nl_annexes)):
        for annex in annexes:
            kind = annex_io.annex_kind(annex)
            if kind is None:
                report.warning(
                    "annex-unknown",
                    f"Note {note_no}: annex {annex.number} « {annex.title} » "
                    "is of no known kind; its text was not imported",
                    **{f"{lang.value}_line": annex.line},
                    note=note_no,
                )
                continue
            by_kind.setdefault(kind, {})[lang] = annex
    means = by_kind.get(AnnexKind.MEANS, {})
    if means:
        first = next(iter(means.values()))
        report.info(
            "annex-regenerated",
            f"Note {note_no}: the printed means summary (annex {first.number}) is generated from the "
            "objectives' means; its printed figures were not imported",
            **{f"{lang.value}_line": annex.line for lang, annex in means.items()},
            note=note_no,
        )
    for lang, printed in by_kind.get(AnnexKind.OBJECTIVES, {}).items():
        annex_io.compare_objectives(printed, note, report, note_no, lang)
    for kind in (AnnexKind.AGENDA, AnnexKind.AUDIT):
        sides = by_kind.get(kind, {})
        found = annex_io.records(sides.get(Lang.FR), sides.get(Lang.NL), kind, note)
        target = note.annex(kind)
        if target is not None:
            target.records = found


def _renumbering(origin: dict[str, tuple[RawNode, Lang]], note: Note, report: ImportReport, note_no: int) -> None:
    """Published numbers that skip or repeat: the tree is renumbered, the originals reported."""
    paths = numbering(note)
    seen: dict[tuple[int, ...], list[int]] = {}  # parent path -> printed last numbers so far
    for node in note.walk():
        raw, lang = origin.get(node.id, (None, Lang.FR))
        if node.kind not in (NodeKind.OS, NodeKind.OO) or raw is None or not raw.number:
            continue
        path = paths[node.id]
        before = seen.setdefault(path[:-1], [])
        printed_last = raw.number[-1]
        cause = (
            "repeats an earlier number"
            if printed_last in before
            else ("skips numbers" if printed_last > path[-1] else "is out of sequence")
        )
        before.append(printed_last)
        if tuple(raw.number) != path:
            report.warning(
                "renumbered",
                f"Note {note_no}: {raw.printed} « {raw.title} » is now number {'.'.join(map(str, path))} "
                f"(the published numbering {cause})",
                **{f"{lang.value}_line": raw.line},
                note=note_no,
                printed=raw.printed,
                number=list(path),
            )


def _leftovers(raw: RawNote | None, lang: Lang, report: ImportReport, note_no: int) -> None:
    if raw is None:
        return
    for line, text in raw.unplaced:
        report.error(
            "unplaced",
            f"Note {note_no}: a {lang.name} paragraph could not be placed: « {text[:120]} »",
            **{f"{lang.value}_line": line},
            note=note_no,
            text=text,
        )
    for line, text in raw.front_text:
        report.info(
            "front-matter-text",
            f"Note {note_no}: {lang.name} text before the chapters was not imported "
            f"(contents or cover fragment): « {text[:120]} »",
            **{f"{lang.value}_line": line},
            note=note_no,
            text=text,
        )
    for line, text in raw.markers:
        report.info(
            "year-marker",
            f"Note {note_no}: unnumbered « {text} » heads numbered items; kept as a section marker only",
            **{f"{lang.value}_line": line},
            note=note_no,
        )

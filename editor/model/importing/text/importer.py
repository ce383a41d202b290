"""import_published_text: the parliamentary text of one or more notes → model notes + report."""

from __future__ import annotations

import re
from collections import Counter

from editor.model.bitext import Lang
from editor.model.importing import ImportFailure
from editor.model.importing.report import ImportReport
from editor.model.importing.text.blocks import make_blocks
from editor.model.importing.text.joining import Lexicon
from editor.model.importing.text.language import split_languages
from editor.model.importing.text.notebuild import build_note
from editor.model.importing.text.pages import cut_pages
from editor.model.importing.text.parse import parse_stream
from editor.model.importing.text.raw import RawNote
from editor.model.labels import NodeKind
from editor.model.tree import Note

MAX_CHARS = 20_000_000  # a whole parliamentary document is a few MB of text
_BINARY_RE = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")
_BINARY_SHARE = 0.01


def _check_input(text: str, source: str) -> None:
    if not text.strip():
        raise ImportFailure(source, "the file is empty")
    if len(text) > MAX_CHARS:
        raise ImportFailure(source, f"the text is too long ({len(text):,} characters; at most {MAX_CHARS:,})")
    sample = text[:200_000]
    if len(_BINARY_RE.findall(sample)) > _BINARY_SHARE * len(sample):
        raise ImportFailure(source, "this is not a text file (binary or wrongly encoded content)")


def _pair_notes(
    fr: list[RawNote], nl: list[RawNote], report: ImportReport
) -> list[tuple[RawNote | None, RawNote | None]]:
    if len(fr) != len(nl):
        report.error(
            "note-count-mismatch",
            f"{len(fr)} French and {len(nl)} Dutch notes were found; they were paired in order",
            french=len(fr),
            dutch=len(nl),
        )
    count = max(len(fr), len(nl))
    return [(fr[i] if i < len(fr) else None, nl[i] if i < len(nl) else None) for i in range(count)]


def _summary(notes: list[Note]) -> dict[str, object]:
    result: dict[str, object] = {"notes": len(notes)}
    for index, note in enumerate(notes, start=1):
        kinds = Counter(n.kind for n in note.walk())
        result[f"note {index}"] = (
            f"{kinds[NodeKind.OS]} OS, {kinds[NodeKind.OO]} OO, {kinds[NodeKind.ITEM]} items, "
            f"{kinds[NodeKind.REALISATION] + kinds[NodeKind.PLANNING]} year blocks, "
            f"{len(note.abbreviations)} abbreviations"
        )
    return result


def import_published_text(text: str, source: str) -> tuple[list[Note], ImportReport]:
    """One note per note found in the published text, and the report of every anomaly.

    Raises ImportFailure when the input holds no orientation note at all.
    """
    _check_input(text, source)
    report = ImportReport(source)
    doc = cut_pages(text)
    streams = split_languages(doc)
    lexicon = Lexicon(text)
    parsed = {lang: parse_stream(make_blocks(streams.get(lang), lexicon), lang) for lang in Lang}
    if not any(note.objectives for notes in parsed.values() for note in notes):
        raise ImportFailure(
            source,
            "no orientation note found: the text has no objective headings (IV.n OS n / IV.n.m. OO n.m.)",
        )
    notes = [
        build_note(fr, nl, report, index, doc.reference, doc.session_year)
        for index, (fr, nl) in enumerate(_pair_notes(parsed[Lang.FR], parsed[Lang.NL], report), start=1)
    ]
    report.summary = _summary(notes)
    return notes, report

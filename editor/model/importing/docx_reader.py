"""Read Word documents (the editor's own exports, or notes written on the template) into a Note.

``read_docx([bilingual.docx])`` or ``read_docx([fr.docx, nl.docx])``. Each file is checked
(docx_safety) before python-docx opens it; paragraphs are sent to a French or a Dutch stream
(docx_blocks + the language markers below), each stream is parsed (docx_structure), and the two
are paired into one note (docx_merge). Everything that could not be placed is in the report.

Language of a paragraph: a heading, label or title that exists in one language only decides
("OS"/"SD", "Réalisations"/"Realisaties", "Moyens"/"Middelen" …); other paragraphs follow the
last marker, or their proofing-language tag when the file's tags agree with its markers (the
editor's exports tag every paragraph; hand-made files often tag everything in one language).

The editor's own exports also carry the note itself (docx_embedded): when the visible text still
says what that note prints, it is the import, exactly; when the file was edited in Word, the
visible text wins and docx_reconcile carries over what a page cannot hold.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError

from editor.model.bitext import BiText, Lang
from editor.model.importing import ImportFailure
from editor.model.importing.docx_blocks import DataTable, Item, Para, document_items
from editor.model.importing.docx_embedded import read_embedded
from editor.model.importing.docx_labels import label_lang, text_marker
from editor.model.importing.docx_merge import Merger
from editor.model.importing.docx_reconcile import reconcile
from editor.model.importing.docx_safety import read_checked
from editor.model.importing.docx_structure import Skeleton, parse_stream
from editor.model.importing.report import ImportReport
from editor.model.labels import NodeKind
from editor.model.tree import Note

Progress = Callable[[int, int], None]


def read_docx(
    paths: list[Path], *, progress: Progress | None = None, embedded: bool = True
) -> tuple[Note, ImportReport]:
    """One note from one bilingual document, or from a French and a Dutch document.

    ``embedded`` False reads the visible text only, ignoring a note the export embedded.
    """
    if not 1 <= len(paths) <= 2:
        raise ImportFailure(", ".join(map(str, paths)) or "(none)", "give one bilingual file or two files")
    report = ImportReport(source=" + ".join(str(path) for path in paths))
    streams: dict[Lang, list[Item]] = {Lang.FR: [], Lang.NL: []}
    headers = []
    hidden: list[tuple[Note | None, bytes]] = []
    for step, path in enumerate(paths):
        document = _open(path)
        items = document_items(document)
        headers.append(_header(document))
        if embedded:
            hidden.append(read_embedded(document, str(path), report))
        if progress:
            progress(step + 1, len(paths) + 1)
        split = split_streams(items) if len(paths) == 1 else _whole_file(items, path, streams)
        for lang in Lang:
            streams[lang] += split[lang]
    skeletons = {lang: parse_stream(lang, streams[lang]) for lang in Lang}
    note = Merger(skeletons[Lang.FR], skeletons[Lang.NL], report).build()
    _reference(note, headers)
    if all(skeleton.objectives for skeleton in skeletons.values()):
        _confirm_pairs(note)
    _summarise(report, skeletons, note)
    if any(embedded_note is not None for embedded_note, _ in hidden):
        note = _with_embedded(note, hidden, streams, report)
    if progress:
        progress(len(paths) + 1, len(paths) + 1)
    return note, report


def _with_embedded(
    note: Note, hidden: list[tuple[Note | None, bytes]], streams: dict[Lang, list[Item]], report: ImportReport
) -> Note:
    """Reconcile with the first embedded note; exact only if every file embeds that same export."""
    first, data = next((found, raw) for found, raw in hidden if found is not None)
    exact = all(raw == data for _, raw in hidden)
    if not exact:
        report.warning(
            "EMBEDDED_MISMATCH",
            "the two files do not embed the same export of the note (exported at different times, "
            "or one not by the editor): the visible text was read, with ids and bounds carried over",
        )
    langs = tuple(lang for lang in Lang if any(isinstance(item, Para) and item.text.strip() for item in streams[lang]))
    return reconcile(note, first, langs or (Lang.FR,), report, exact)


def _header(document: DocxDocument) -> str:
    sections = document.sections
    return " ".join(p.text for p in sections[0].header.paragraphs) if len(sections) else ""


def _open(path: Path) -> DocxDocument:
    data = read_checked(path)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, SyntaxError) as error:
        raise ImportFailure(str(path), f"not a readable Word document: {error}") from None
    except Exception as error:  # python-docx raises many kinds of error on broken parts
        raise ImportFailure(str(path), f"damaged Word document: {type(error).__name__}: {error}") from None
    return document


_REFERENCE = re.compile(r"(?:^|\s)(?P<ref>[A-Z]-\d+/\d+)\s*[–-]\s*(?P<year>\d{4})/\d{4}")


def _reference(note: Note, headers: list[str]) -> None:
    """The parliamentary reference from the running header ("A-453/2 – 2021/2022")."""
    for header in headers:
        if match := _REFERENCE.search(header):
            note.title.document_ref = match.group("ref")
            return


def _confirm_pairs(note: Note) -> None:
    """A bilingual document holds agreed translations: confirm every pair with both sides, so a
    later edit of one side flags the other as stale."""
    texts: list[BiText] = [note.title.competence, note.title.minister, note.title.body]
    texts += [a.short for a in note.abbreviations] + [a.long for a in note.abbreviations]
    texts += [o.name for o in note.organisations] + [c.body for c in note.chapters]
    for node in note.walk():
        texts.append(node.title)
        texts += [value for value in node.fields.values() if isinstance(value, BiText)]
    for annex in note.annexes:
        for record in annex.records:
            texts += [value for value in vars(record).values() if isinstance(value, BiText)]
    for text in texts:
        if text.is_complete():
            text.confirm()


def marker_lang(item: Item, strong: bool = False) -> Lang | None:
    """The language an item's own words give away (docx_labels.text_marker), if any."""
    if isinstance(item, DataTable):
        if strong:
            return None
        header = item.rows[0] if item.rows else []
        langs = {label_lang(cell) for cell in header} - {None}
        return langs.pop() if len(langs) == 1 else None
    return text_marker(item.text, strong)


def _tags_trusted(items: list[Item], markers: list[Lang | None]) -> bool:
    """Tags are used when both languages are tagged and tags agree with markers 90 % of the time."""
    tagged = [(item.lang, marker) for item, marker in zip(items, markers, strict=True) if item.lang and marker]
    langs = {item.lang for item in items if item.lang}
    if len(langs) < 2 or not tagged:
        return False
    agree = sum(1 for tag, marker in tagged if tag is marker)
    return agree >= 0.9 * len(tagged)


def split_streams(items: list[Item]) -> dict[Lang, list[Item]]:
    """Send each item to its language's stream, in document order."""
    trusted = _tags_trusted(items, [marker_lang(item) for item in items])
    markers = [marker_lang(item, strong=True) for item in items]
    first = next((m for m in markers if m), None)
    current = first or next((item.lang for item in items if item.lang), None) or Lang.FR
    streams: dict[Lang, list[Item]] = {Lang.FR: [], Lang.NL: []}
    for item, marker in zip(items, markers, strict=True):
        if marker is not None:
            current = marker
        elif trusted and item.lang is not None:
            current = item.lang
        streams[current].append(item)
    return streams


def _whole_file(items: list[Item], path: Path, seen: dict[Lang, list[Item]]) -> dict[Lang, list[Item]]:
    """One file of a pair is in one language: the one most of its markers (or tags) give."""
    counts = {lang: 0 for lang in Lang}
    for item in items:
        lang = marker_lang(item) or (item.lang if isinstance(item, Para) else None)
        if lang:
            counts[lang] += 1
    if not any(counts.values()):
        raise ImportFailure(str(path), "no heading or label of an orientation note found")
    lang = max(counts, key=lambda one: counts[one])
    if seen[lang]:
        raise ImportFailure(str(path), f"both files are in {'French' if lang is Lang.FR else 'Dutch'}")
    result: dict[Lang, list[Item]] = {Lang.FR: [], Lang.NL: []}
    result[lang] = items
    return result


def _summarise(report: ImportReport, skeletons: dict[Lang, Skeleton], note: Note) -> None:
    for lang, skeleton in skeletons.items():
        count = sum(1 for top in skeleton.objectives for _ in _walk(top))
        report.summary[f"objectives_{lang.value}"] = count
        for index, text in skeleton.unplaced:
            where = {"fr_line" if lang is Lang.FR else "nl_line": index or None}
            report.warning("UNPLACED", f"{lang.value.upper()} paragraph not placed: {text[:300]}", **where)
    report.summary["strategic_objectives"] = len(note.objectives)
    report.summary["operational_objectives"] = sum(1 for n in note.walk() if n.kind is NodeKind.OO)
    report.summary["fields"] = sum(len(n.fields) for n in note.walk())
    if not note.objectives:
        report.warning("NO_OBJECTIVES", "no strategic objective heading (IV.n OS n : …) was found")
    for lang, skeleton in skeletons.items():
        if not skeleton.objectives and any(s.objectives for s in skeletons.values()):
            report.warning("LANGUAGE_MISSING", f"no {lang.value.upper()} text found: that side stays empty")


def _walk(node: object) -> list[object]:
    children = getattr(node, "children", [])
    kind = getattr(node, "kind", None)
    own = [node] if kind in (NodeKind.OS, NodeKind.OO) else []
    return own + [grand for child in children for grand in _walk(child)]

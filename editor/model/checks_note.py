"""Rules on the parts of a note outside chapter IV: title block, lists, chapters, annexes, ids."""

from __future__ import annotations

from collections.abc import Iterator

from editor.model.bitext import LANGS
from editor.model.checks_fields import lang_table, place_label, text_rules
from editor.model.checks_issue import Issue, Place, PlaceLike, Reporter, join, same
from editor.model.kinds import kind_of_value
from editor.model.labels import (
    ABBREVIATIONS_TITLE,
    CHAPTER_NUMBERS,
    CHAPTER_TITLES,
    CHAPTER_WORD,
    NOTE_TITLE,
    RECORD_LABELS,
    ChapterKind,
    NodeKind,
)
from editor.model.numbering import Path, annex_heading, heading, numbering
from editor.model.tree import AgendaRecord, AuditRecord, Node, Note


def title_issues(note: Note) -> list[Issue]:
    rep = Reporter("title", lang_table(NOTE_TITLE))
    block = note.title
    text_rules(rep, "competence", place_label("competence"), block.competence, True)
    text_rules(rep, "minister", place_label("minister"), block.minister, False)
    text_rules(rep, "body", place_label("body"), block.body, False)
    return rep.issues


def list_issues(note: Note) -> list[Issue]:
    """Abbreviation pairs and organisation names, each filled in both languages."""
    issues: list[Issue] = []
    for index, abbreviation in enumerate(note.abbreviations, start=1):
        name = _name(abbreviation.short.fr, abbreviation.short.nl, index)
        rep = Reporter(abbreviation.id, join(lang_table(ABBREVIATIONS_TITLE), name), issues)
        text_rules(rep, "short", place_label("short"), abbreviation.short, True)
        text_rules(rep, "long", place_label("long"), abbreviation.long, True)
    for index, organisation in enumerate(note.organisations, start=1):
        name = _name(organisation.name.fr, organisation.name.nl, index)
        rep = Reporter(organisation.id, join(place_label("organisations"), name), issues)
        text_rules(rep, "name", place_label("name"), organisation.name, True)
    return issues


def _name(fr: str, nl: str, index: int) -> Place:
    """An entry named by its own text in each language, or by its position when empty."""
    return {lang: (text.strip() or text_other.strip() or str(index)) for lang, text, text_other in
            zip(LANGS, (fr, nl), (nl, fr), strict=True)}  # fmt: skip


def chapter_issues(note: Note) -> list[Issue]:
    issues: list[Issue] = []
    kinds = list(ChapterKind)
    for chapter in note.chapters:
        number = kinds.index(chapter.kind)
        title = CHAPTER_TITLES[chapter.kind]
        where = {
            lang: f"{CHAPTER_WORD[lang]} {CHAPTER_NUMBERS[lang][number]} – {title[lang]}" for lang in LANGS
        }
        rep = Reporter(chapter.id, where, issues)
        text_rules(rep, "body", place_label("chapter_body"), chapter.body, True)
    return issues


def annex_issues(note: Note) -> list[Issue]:
    """Records of the regulatory agenda and of the Court of Audit follow-up."""
    issues: list[Issue] = []
    kinds = {node.id: node.kind for node in note.walk()}
    for annex in note.annexes:
        heading = {lang: annex_heading(note, annex.kind, lang) for lang in LANGS}
        for index, record in enumerate(annex.records, start=1):
            where = join(heading, {lang: f"{place_label('record')[lang]} {index}" for lang in LANGS})
            rep = Reporter(record.id, where, issues)
            if isinstance(record, AgendaRecord):
                _agenda_rules(rep, record, kinds)
            else:
                _audit_rules(rep, record)
    return issues


def _agenda_rules(rep: Reporter, record: AgendaRecord, kinds: dict[str, NodeKind]) -> None:
    text_rules(rep, "content", lang_table(RECORD_LABELS["content"]), record.content, True)
    if record.os_ref is not None and kinds.get(record.os_ref) is not NodeKind.OS:
        rep.error("BAD_REFERENCE", "os", lang_table(RECORD_LABELS["os"]), ref=record.os_ref, expected="os")
    for ref in record.oo_refs:
        if kinds.get(ref) is not NodeKind.OO:
            rep.error("BAD_REFERENCE", "oos", lang_table(RECORD_LABELS["oos"]), ref=ref, expected="oo")
    text_rules(rep, "situation", lang_table(RECORD_LABELS["situation"]), record.situation, True)


def _audit_rules(rep: Reporter, record: AuditRecord) -> None:
    for key in ("reference", "recommendations", "application"):
        text_rules(rep, key, lang_table(RECORD_LABELS[key]), getattr(record, key), True)


def _node_place(node: Node, path: Path | None) -> PlaceLike:
    # Headings are only worth composing for the rare duplicate: this runs for every node.
    return (lambda: {lang: heading(node, path, lang) for lang in LANGS}) if path else same(node.id)


def _ids(note: Note, paths: dict[str, Path]) -> Iterator[tuple[str, PlaceLike]]:
    """Every stored id of the note with where it is, in document order."""
    yield note.id, lang_table(NOTE_TITLE)
    yield from ((one.id, lang_table(ABBREVIATIONS_TITLE)) for one in note.abbreviations)
    yield from ((one.id, place_label("organisations")) for one in note.organisations)
    for node in note.walk():
        where = _node_place(node, paths.get(node.id))
        yield node.id, where
        for value in node.fields.values():
            yield from ((owner.id, where) for owner, _ in kind_of_value(value).ids(value))
    for annex in note.annexes:
        where = {lang: annex_heading(note, annex.kind, lang) for lang in LANGS}
        yield from ((record.id, where) for record in annex.records)


def _all_ids(note: Note) -> list[str]:
    """The ids ``_ids`` yields, without their places: a cheap test that there is no duplicate."""
    ids = [note.id]
    ids += [one.id for one in note.abbreviations]
    ids += [one.id for one in note.organisations]
    stack = list(reversed(note.objectives))
    while stack:
        node = stack.pop()
        ids.append(node.id)
        for value in node.fields.values():
            ids += [owner.id for owner, _ in kind_of_value(value).ids(value)]
        stack += reversed(node.children)
    ids += [record.id for annex in note.annexes for record in annex.records]
    return ids


def duplicate_issues(note: Note, paths: dict[str, Path] | None = None) -> list[Issue]:
    """Ids must be unique: the schema enforces it for files, imports build notes in memory."""
    ids = _all_ids(note)
    if len(set(ids)) == len(ids):  # the usual case: no place worth composing
        return []
    issues: list[Issue] = []
    seen: set[str] = set()
    reported: set[str] = set()
    for one, where in _ids(note, numbering(note) if paths is None else paths):
        if one in seen and one not in reported:
            reported.add(one)
            Reporter(one, where, issues).error("DUPLICATE_ID", None, place_label("id"), id=one)
        seen.add(one)
    return issues

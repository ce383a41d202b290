"""Flatten a note into an ordered list of aligned French/Dutch blocks for bilingual layouts.

Every exporter that sets the two languages side by side (the Parliament's two-column PDF, the
bilingual DOCX) walks the same list, so both columns always hold the same blocks in the same
order: each ``Block`` carries its French and its Dutch side.

Stable API:
- ``note_blocks(note, draft=...) -> list[Block]``: the whole note, in document order.
- ``Block``: ``kind`` (``BlockKind``), ``fr`` / ``nl`` (``str``, or ``Table`` for TABLE blocks),
  ``level`` (depth: 1 OS, 2 OO, …), ``node_id``, ``field`` (field key). A ``Table`` has a
  ``header`` and ``rows`` of ``TableRow(cells, colour)``; ``colour`` shades threshold rows.
  ``block.side(lang)`` returns ``fr`` or ``nl``; ``block.text(lang)`` the string side.

Text conventions (same as the model): a string side may hold several lines separated by "\\n";
a line starting with ``bitext.BULLET`` ("– ") is a bullet item. TITLE_PAGE text is
"title\\n« competence »\\nsession[\\nminister][\\nbody]"; CHAPTER text is "CHAPITRE IER\\nIntroduction"
(capitals word line, then the title line).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import assert_never

from editor.model import l10n
from editor.model.bitext import BULLET, LANGS, BiText, Lang, lines
from editor.model.kinds import kind_of_value
from editor.model.labels import (
    ABBREVIATIONS_TITLE,
    CHAPTER_NUMBERS,
    CHAPTER_TITLES,
    CHAPTER_WORD,
    COMPETENCE_INTRO,
    DELEGATION_TEXT,
    MEANS_LABELS,
    NOTE_TITLE,
    RECORD_LABELS,
    TOC_TITLE,
    AnnexKind,
    ChapterKind,
    FieldSpec,
    NodeKind,
)
from editor.model.numbering import (
    Path,
    annex_heading,
    heading,
    means_summary,
    numbering,
    objective_ref_text,
    objectives_list,
    table_of_contents,
)
from editor.model.rendered import Layout, Table, TableRow, as_lines, as_table, as_text
from editor.model.tree import AgendaRecord, Annex, AuditRecord, Node, Note
from editor.model.values import FieldValue


class BlockKind(StrEnum):
    """What a block is; renderers choose fonts, spacing and page breaks from it."""

    TITLE_PAGE = "title-page"  # cover of a note; followed by a PAGE_BREAK
    SECTION = "section"  # unnumbered heading: abbreviations list, table of contents, annexes
    CHAPTER = "chapter"  # "CHAPITRE IER\nIntroduction"
    HEADING = "heading"  # objective heading, level = depth (1 OS, 2 OO, 3 item/year block, 4 action)
    TOC_ENTRY = "toc-entry"  # table-of-contents line, level 1..3
    LABEL = "label"  # field label, level = depth of its node
    PARAGRAPH = "paragraph"  # prose; may hold several lines and bullet lines
    BULLET = "bullet"  # one bullet item (text without the "– " marker)
    TABLE = "table"  # fr / nl are Table values, one per language column
    PLACEHOLDER = "placeholder"  # an empty field in a draft: "[à compléter]"
    PAGE_BREAK = "page-break"


Side = str | Table


@dataclass(frozen=True)
class Block:
    """A French/Dutch pair placed side by side; both sides start at the same height."""

    kind: BlockKind
    fr: Side
    nl: Side
    level: int = 0
    node_id: str | None = None
    field: str | None = None

    def side(self, lang: Lang) -> Side:
        return self.fr if lang is Lang.FR else self.nl

    def text(self, lang: Lang) -> str:
        value = self.side(lang)
        if isinstance(value, Table):
            raise TypeError(f"{self.kind.value} block holds a table, not text")
        return value


PLACEHOLDER_TEXT = {Lang.FR: "[à compléter]", Lang.NL: "[in te vullen]"}
NONE_TEXT = {Lang.FR: "Néant.", Lang.NL: "Geen."}
_MEANS_HEADER = {
    Lang.FR: ("Objectif", MEANS_LABELS["fte_unit"][Lang.FR], MEANS_LABELS["budget"][Lang.FR]),
    Lang.NL: ("Doelstelling", MEANS_LABELS["fte_unit"][Lang.NL], MEANS_LABELS["budget"][Lang.NL]),
}


@dataclass(frozen=True)
class Where:
    """Where a block comes from: depth, node and field (for navigation and indentation)."""

    level: int = 0
    node_id: str | None = None
    field: str | None = None


NOWHERE = Where()


def _pair(kind: BlockKind, texts: Mapping[Lang, Side], where: Where = NOWHERE) -> Block:
    return Block(kind, texts[Lang.FR], texts[Lang.NL], where.level, where.node_id, where.field)


def _per_lang(render: Callable[..., Side], *args: object) -> dict[Lang, Side]:
    """{lang: render(*args, lang)} for both languages."""
    return {lang: render(*args, lang) for lang in LANGS}


# --- text ---------------------------------------------------------------------------------


def text_blocks(text: BiText, *, draft: bool, where: Where = NOWHERE) -> list[Block]:
    """Blocks of a bilingual text: one pair per paragraph when both sides have the same shape."""
    return prose_blocks({lang: text.get(lang) for lang in LANGS}, draft=draft, where=where)


def prose_blocks(texts: Mapping[Lang, Side], *, draft: bool, where: Where = NOWHERE) -> list[Block]:
    """Blocks of prose given per language: one pair per paragraph when both sides have the same
    shape. When the sides differ in paragraph count or bullet pattern, the whole text is one
    PARAGRAPH pair, so nothing is ever paired with the wrong translation.
    """
    sides = {lang: lines(str(texts[lang])) for lang in LANGS}
    if not sides[Lang.FR] and not sides[Lang.NL]:
        return [_pair(BlockKind.PLACEHOLDER, PLACEHOLDER_TEXT, where)] if draft else []
    fr, nl = sides[Lang.FR], sides[Lang.NL]
    if fr and nl and [b for b, _ in fr] == [b for b, _ in nl]:
        return [
            _pair(BlockKind.BULLET if bullet else BlockKind.PARAGRAPH, {Lang.FR: a, Lang.NL: b}, where)
            for (bullet, a), (_, b) in zip(fr, nl, strict=True)
        ]
    return [_pair(BlockKind.PARAGRAPH, {lang: _joined(sides[lang], lang, draft) for lang in LANGS}, where)]


def _joined(paragraphs: list[tuple[bool, str]], lang: Lang, draft: bool) -> str:
    if not paragraphs:
        return PLACEHOLDER_TEXT[lang] if draft else ""
    return "\n".join(f"{BULLET}{text}" if bullet else text for bullet, text in paragraphs)


def _line_blocks(sides: dict[Lang, list[str]], where: Where) -> list[Block]:
    """Pair generated lines (the same count in both languages unless free remarks differ)."""
    fr, nl = sides[Lang.FR], sides[Lang.NL]
    if len(fr) != len(nl):
        return [_pair(BlockKind.PARAGRAPH, {lang: "\n".join(sides[lang]) for lang in LANGS}, where)]
    return [_pair(BlockKind.PARAGRAPH, {Lang.FR: a, Lang.NL: b}, where) for a, b in zip(fr, nl, strict=True)]


# --- field values -------------------------------------------------------------------------


def value_blocks(note: Note, value: FieldValue, *, draft: bool, where: Where = NOWHERE) -> list[Block]:
    """Blocks of one field value, rendered per language by its kind, in the shape the kind names."""
    kind = kind_of_value(value)
    layout = kind.layout
    if kind.is_empty(value):
        return [_pair(BlockKind.PLACEHOLDER, PLACEHOLDER_TEXT, where)] if draft else []
    rendered = {lang: kind.render(value, lang, note) for lang in LANGS}
    if layout is Layout.PROSE:
        return prose_blocks({lang: as_text(one) for lang, one in rendered.items()}, draft=draft, where=where)
    if layout is Layout.LINES:
        return _line_blocks({lang: list(as_lines(one)) for lang, one in rendered.items()}, where)
    if layout is Layout.TABLE:
        return [_pair(BlockKind.TABLE, {lang: as_table(one) for lang, one in rendered.items()}, where)]
    if layout is Layout.LINE:
        return [_pair(BlockKind.PARAGRAPH, {lang: as_text(one) for lang, one in rendered.items()}, where)]
    assert_never(layout)


# --- front matter -------------------------------------------------------------------------


def title_page_text(note: Note, lang: Lang) -> str:
    """Title, « competence », session, then minister and body when known."""
    title = note.title
    parts = [
        NOTE_TITLE[lang],
        f"{COMPETENCE_INTRO[lang]} « {title.competence.get(lang).strip()} »",
        title.session,
    ]
    parts += [text.get(lang).strip() for text in (title.minister, title.body) if text.get(lang).strip()]
    return "\n".join(parts)


def abbreviation_table(note: Note, lang: Lang) -> Table:
    """Abbreviations sorted in this language on its own (CIRB ↔ CIBG do not share a position)."""
    pairs = [(a.short.get(lang).strip(), a.long.get(lang).strip()) for a in note.abbreviations]
    pairs = sorted((p for p in pairs if p[0]), key=lambda p: (p[0].casefold(), p[0]))
    return Table((), tuple(TableRow(pair) for pair in pairs))


def _chapter_line(index: int, kind: ChapterKind | None, lang: Lang) -> str:
    return f"{CHAPTER_WORD[lang]} {CHAPTER_NUMBERS[lang][index]} – {CHAPTER_TITLES[kind][lang]}"


def toc_blocks(note: Note) -> list[Block]:
    """Table of contents: chapters, objectives down to year blocks, annexes (no page numbers)."""
    blocks = [_pair(BlockKind.SECTION, TOC_TITLE, Where(1))]
    chapters: list[ChapterKind | None] = [*ChapterKind, None]
    for index, kind in enumerate(chapters):
        blocks.append(_pair(BlockKind.TOC_ENTRY, _per_lang(_chapter_line, index, kind), Where(1)))
    for entry in table_of_contents(note):
        blocks.append(_pair(BlockKind.TOC_ENTRY, entry.text, Where(entry.level + 1, entry.node_id)))
    for annex in note.annexes:
        texts = _per_lang(annex_heading, note, annex.kind)
        blocks.append(_pair(BlockKind.TOC_ENTRY, texts, Where(1, annex.id)))
    return blocks


def front_blocks(note: Note) -> list[Block]:
    """Title page, list of abbreviations and table of contents."""
    blocks = [_pair(BlockKind.TITLE_PAGE, _per_lang(title_page_text, note)), page_break()]
    if note.abbreviations:
        blocks.append(_pair(BlockKind.SECTION, ABBREVIATIONS_TITLE, Where(1)))
        blocks.append(_pair(BlockKind.TABLE, _per_lang(abbreviation_table, note)))
    return [*blocks, *toc_blocks(note), page_break()]


def page_break() -> Block:
    return Block(BlockKind.PAGE_BREAK, "", "")


def chapter_block(index: int, kind: ChapterKind | None) -> Block:
    """ "CHAPITRE IER\nIntroduction" / "HOOFDSTUK I\nInleiding" (index 0..3, None = chapter IV)."""
    texts = {
        lang: f"{CHAPTER_WORD[lang]} {CHAPTER_NUMBERS[lang][index]}\n{CHAPTER_TITLES[kind][lang]}"
        for lang in LANGS
    }
    return _pair(BlockKind.CHAPTER, texts, Where(1, f"chapter-{kind.value}" if kind else None))


# --- chapter IV ---------------------------------------------------------------------------


def _field_blocks(note: Note, node: Node, spec: FieldSpec, depth: int, draft: bool) -> list[Block]:
    where = Where(depth, node.id, spec.key)
    body = value_blocks(note, node.fields[spec.key], draft=draft, where=where)
    if not body:
        return []
    return [_pair(BlockKind.LABEL, _per_lang(spec.label), where), *body]


def _delegation_text(node: Node, lang: Lang) -> str:
    assert node.delegation is not None
    delegate, reference = node.delegation.delegate.get(lang), node.delegation.reference.get(lang)
    return DELEGATION_TEXT[lang].format(delegate=delegate, reference=reference)


_TITLED = (NodeKind.OS, NodeKind.OO, NodeKind.ITEM)


def _heading(node: Node, path: Path, draft: bool, lang: Lang) -> str:
    """The numbered heading; in a draft a missing title shows the placeholder."""
    text = heading(node, path, lang)
    if draft and node.kind in _TITLED and not node.title.get(lang).strip():
        return f"{text.rstrip()} {PLACEHOLDER_TEXT[lang]}"
    return text


def node_blocks(note: Note, node: Node, path: Path, *, draft: bool) -> list[Block]:
    """Heading, delegation notice and fields of one node (its children are not included)."""
    depth = len(path)
    blocks = [_pair(BlockKind.HEADING, _per_lang(_heading, node, path, draft), Where(depth, node.id))]
    if node.delegation is not None:
        texts = _per_lang(_delegation_text, node)
        blocks.append(_pair(BlockKind.PARAGRAPH, texts, Where(depth, node.id, "delegation")))
    for spec in node.present_specs():
        blocks += _field_blocks(note, node, spec, depth, draft)
    return blocks


def objective_blocks(note: Note, *, draft: bool) -> list[Block]:
    """Chapter IV: every node depth first, numbered from the tree."""
    paths = numbering(note)
    blocks = [chapter_block(3, None)]
    for node in note.walk():
        blocks += node_blocks(note, node, paths[node.id], draft=draft)
    return blocks


# --- annexes ------------------------------------------------------------------------------

RecordRows = list[tuple[str, dict[Lang, str]]]


def _record_table(rows: RecordRows, lang: Lang) -> Table:
    return Table((), tuple(TableRow((RECORD_LABELS[key][lang], values[lang])) for key, values in rows))


def _filled(text: BiText, lang: Lang, draft: bool) -> str:
    value = text.get(lang).strip()
    return value if value or not draft else PLACEHOLDER_TEXT[lang]


def record_rows(note: Note, record: AgendaRecord | AuditRecord, draft: bool) -> RecordRows:
    """Label key and per-language value of each line of an annex record."""
    if isinstance(record, AuditRecord):
        keys = ("reference", "recommendations", "application")
        return [(key, {lang: _filled(getattr(record, key), lang, draft) for lang in LANGS}) for key in keys]
    oos = {lang: ", ".join(objective_ref_text(note, ref, lang) for ref in record.oo_refs) for lang in LANGS}
    os_ref = record.os_ref
    os_text = {lang: objective_ref_text(note, os_ref, lang) if os_ref else "" for lang in LANGS}
    return [
        ("content", {lang: _filled(record.content, lang, draft) for lang in LANGS}),
        ("os", os_text),
        ("oos", oos),
        ("situation", {lang: _filled(record.situation, lang, draft) for lang in LANGS}),
    ]


def _means_table(note: Note, lang: Lang) -> Table:
    rows = []
    for row in means_summary(note):
        fte = l10n.render_number(row.fte, lang) if row.fte is not None else "–"
        budget = l10n.render_amount(row.budget, lang) if row.budget_lines else "–"
        rows.append(TableRow((row.key[lang], fte, budget)))
    return Table(_MEANS_HEADER[lang], tuple(rows))


def annex_blocks(note: Note, annex: Annex, *, draft: bool) -> list[Block]:
    """Heading and content of one annex, numbered by its position in the note."""
    here = Where(0, annex.id)
    blocks = [_pair(BlockKind.SECTION, _per_lang(annex_heading, note, annex.kind), Where(1, annex.id))]
    if annex.kind is AnnexKind.OBJECTIVES:
        for entry in objectives_list(note):
            level = 1 if entry.kind is NodeKind.OS else 2
            blocks.append(_pair(BlockKind.PARAGRAPH, _per_lang(entry.line), Where(level, entry.node_id)))
    elif annex.kind is AnnexKind.MEANS:
        blocks.append(_pair(BlockKind.TABLE, _per_lang(_means_table, note), here))
    elif not annex.records:
        blocks.append(_pair(BlockKind.PARAGRAPH, NONE_TEXT, here))
    for record in annex.records:
        rows = record_rows(note, record, draft)
        blocks.append(_pair(BlockKind.TABLE, _per_lang(_record_table, rows), Where(0, record.id)))
    return blocks


# --- whole note ---------------------------------------------------------------------------


def chapter_text_blocks(note: Note, *, draft: bool) -> Iterator[Block]:
    """Chapters I–III: heading and prose."""
    for index, kind in enumerate(ChapterKind):
        yield chapter_block(index, kind)
        yield from text_blocks(note.chapter(kind).body, draft=draft, where=Where(0, f"chapter-{kind.value}"))


def note_blocks(note: Note, *, draft: bool) -> list[Block]:
    """The whole note as aligned FR/NL blocks, in document order.

    ``draft`` puts a PLACEHOLDER where a present field (or one side of it) is empty; otherwise
    empty fields are left out (a final export refuses an incomplete note beforehand).
    """
    blocks = front_blocks(note)
    blocks += chapter_text_blocks(note, draft=draft)
    blocks += objective_blocks(note, draft=draft)
    for annex in note.annexes:
        blocks += annex_blocks(note, annex, draft=draft)
    return blocks

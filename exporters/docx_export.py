"""Word (DOCX) export of a note: French, Dutch, or both side by side, for submission or as a draft."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Length, Pt
from docx.text.paragraph import Paragraph

from editor.model.bitext import Lang
from editor.model.labels import DRAFT_MARK, NOTE_TITLE
from editor.model.tree import Note
from exporters.blocks import note_blocks
from exporters.common import LANG_TAGS, Progress, guard_submission, write_atomically
from exporters.docx_embed import embed_note
from exporters.docx_layout import lay_out_columns, lay_out_single
from exporters.docx_render import Look
from exporters.docx_styles import (
    DRAFT_STYLE,
    add_field,
    add_text,
    ask_update_fields,
    prepare_styles,
    set_paragraph_style,
    tag_paragraph_mark,
)


@dataclass(frozen=True)
class Page:
    """Page geometry: A4 with the given margins; ``width`` is the text width between them."""

    margin_cm: float = 2.0

    @property
    def margin(self) -> Length:
        return Cm(self.margin_cm)

    @property
    def width(self) -> Length:
        return Cm(21.0 - 2 * self.margin_cm)


def new_document(note: Note, langs: tuple[Lang, ...], page: Page, font_size: float) -> Document:
    """An empty A4 document with the exporters' styles, the note's core properties and, hidden,
    the note itself (docx_embed: what lets an import of an unedited export be exact)."""
    document = docx.Document()
    prepare_styles(document, langs[0], font_size=font_size)
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, page.margin)
    section.header_distance = section.footer_distance = Cm(1.0)
    _core_properties(document, note, langs)
    ask_update_fields(document)
    embed_note(document, note)
    return document


def _joined(note_text: dict[Lang, str], langs: tuple[Lang, ...]) -> str:
    values = [note_text[lang].strip() for lang in langs if note_text[lang].strip()]
    return " / ".join(dict.fromkeys(values))


def _core_properties(document: Document, note: Note, langs: tuple[Lang, ...]) -> None:
    title = note.title
    props = document.core_properties
    competence = {lang: title.competence.get(lang) for lang in Lang}
    props.title = " / ".join(f"{NOTE_TITLE[lang]} « {competence[lang].strip()} »" for lang in langs)
    props.subject = _joined(competence, langs)
    props.author = _joined({lang: title.minister.get(lang) for lang in Lang}, langs)
    props.last_modified_by = props.author
    props.language = ", ".join(LANG_TAGS[lang] for lang in langs)
    props.keywords = title.reference_line
    props.comments = ""


def add_draft_mark(paragraph: Paragraph, lead: Lang) -> None:
    """ "PROJET / ONTWERP" in the header of every page, in both languages whatever the export
    language (a draft must not pass for a final note in either community); each word tagged."""
    set_paragraph_style(paragraph, DRAFT_STYLE)
    tag_paragraph_mark(paragraph, lead)
    for index, lang in enumerate((lead, lead.other)):
        if index:
            add_text(paragraph, " / ", lang)
        add_text(paragraph, DRAFT_MARK[lang], lang)


def page_number(paragraph: Paragraph, lang: Lang) -> None:
    """ "— N —": the Parliament's page numbering, with a PAGE field Word keeps current."""
    add_text(paragraph, "— ", lang)
    add_field(paragraph, "PAGE", "1", lang)
    add_text(paragraph, " —", lang)


def _word_header_footer(document: Document, note: Note, langs: tuple[Lang, ...], draft: bool) -> None:
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tag_paragraph_mark(header, langs[0])
    add_text(header, note.title.reference_line, langs[0])
    if draft:
        add_draft_mark(section.header.add_paragraph(), langs[0])
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tag_paragraph_mark(footer, langs[0])
    page_number(footer, langs[0])


def parliament_header(document: Document, note: Note, order: tuple[Lang, Lang], width: Length) -> None:
    """Reference over both columns and "— N —" centred between them, on one header line."""
    section = document.sections[0]
    line = section.header.paragraphs[0]
    tag_paragraph_mark(line, order[0])
    document.styles["Header"].paragraph_format.tab_stops.clear_all()  # the template's stops
    stops = line.paragraph_format.tab_stops
    stops.add_tab_stop(Length(width // 2), WD_TAB_ALIGNMENT.CENTER)
    stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    add_text(line, note.title.reference_line, order[0])
    add_text(line, "\t", order[0])
    page_number(line, order[0])
    add_text(line, "\t", order[1])
    add_text(line, note.title.reference_line, order[1])
    line.paragraph_format.space_after = Pt(6)


def build_docx(note: Note, langs: tuple[Lang, ...], draft: bool, progress: Progress | None) -> Document:
    """The Word document of the note in one language or both (columns in ``langs`` order)."""
    page = Page()
    document = new_document(note, langs, page, font_size=10.5 if len(langs) == 1 else 9.5)
    _word_header_footer(document, note, langs, draft)
    blocks = note_blocks(note, draft=draft)
    look = Look(chapter_on_two_lines=False, draft=draft)
    if len(langs) == 1:
        lay_out_single(document, blocks, langs[0], page.width, look, progress)
    else:
        lay_out_columns(document, blocks, (langs[0], langs[1]), page.width, look, progress)
    return document


def export_docx(
    note: Note,
    path: Path,
    *,
    langs: tuple[Lang, ...],
    draft: bool,
    progress: Progress | None = None,
) -> None:
    """Write the note as DOCX at ``path`` (atomically).

    Raises SubmissionRefusedError when the note breaks rules and ``draft`` is False, OSError when
    the file cannot be written. ``langs`` is (FR,), (NL,) or both, in column order.
    """
    if not langs or len(set(langs)) != len(langs) or len(langs) > 2:
        raise ValueError(f"langs must be one or two distinct languages, not {langs!r}")
    guard_submission(note, draft)
    document = build_docx(note, langs, draft, progress)
    write_atomically(path, lambda temp: document.save(str(temp)))

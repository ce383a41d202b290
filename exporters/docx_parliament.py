"""The Parliament's bilingual two-column layout as DOCX (French left by default)."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import RGBColor

from editor.model.bitext import Lang
from editor.model.tree import Note
from exporters.blocks import note_blocks
from exporters.common import Progress, guard_submission, write_atomically
from exporters.docx_export import Page, add_draft_mark, new_document, parliament_header
from exporters.docx_layout import lay_out_columns
from exporters.docx_render import Look
from exporters.docx_styles import paragraph_style

PARLIAMENT_PAGE = Page(margin_cm=1.6)


def _black_headings(document: Document) -> None:
    """The Parliament prints in black; chapter headings centred like its other documents."""
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Heading 5", "TOC Heading"):
        paragraph_style(document, name).font.color.rgb = RGBColor(0, 0, 0)
    paragraph_style(document, "Heading 1").paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_parliament_docx(note: Note, *, draft: bool, left: Lang, progress: Progress | None) -> Document:
    """Columns in ``left`` / other order, running header "reference — N — reference"."""
    order = (left, left.other)
    document = new_document(note, order, PARLIAMENT_PAGE, font_size=9.0)
    _black_headings(document)
    parliament_header(document, note, order, PARLIAMENT_PAGE.width)
    if draft:
        add_draft_mark(document.sections[0].header.add_paragraph(), left)
    look = Look(chapter_on_two_lines=True, draft=draft)
    lay_out_columns(document, note_blocks(note, draft=draft), order, PARLIAMENT_PAGE.width, look, progress)
    return document


def export_parliament_docx(
    note: Note,
    path: Path,
    *,
    draft: bool,
    left: Lang = Lang.FR,
    progress: Progress | None = None,
) -> None:
    """Write the Parliament layout as DOCX at ``path`` (atomically); same guard as export_docx."""
    guard_submission(note, draft)
    document = build_parliament_docx(note, draft=draft, left=left, progress=progress)
    write_atomically(path, lambda temp: document.save(str(temp)))

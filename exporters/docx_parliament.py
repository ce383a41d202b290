"""The Parliament's bilingual two-column layout as DOCX (French left by default)."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document

from editor.model.bitext import Lang
from editor.model.tree import Note
from exporters.blocks import note_blocks
from exporters.common import Progress, guard_submission, write_atomically
from exporters.docx_export import Page, add_draft_mark, new_document, parliament_header
from exporters.docx_layout import lay_out_columns
from exporters.docx_render import Look

PARLIAMENT_PAGE = Page(margin_cm=1.6)


def build_parliament_docx(note: Note, *, draft: bool, left: Lang, progress: Progress | None) -> Document:
    """Columns in ``left`` / other order, running header "reference — N — reference"."""
    order = (left, left.other)
    document = new_document(note, order, PARLIAMENT_PAGE, font_size=9.0)
    parliament_header(document, note, order, PARLIAMENT_PAGE.width)
    if draft:
        add_draft_mark(document.sections[0].header.add_paragraph(), left)
    look = Look(chapter_on_two_lines=True)
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

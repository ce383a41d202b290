"""The one export dispatch, shared by the ``export`` verb and File > Export…: format → writer.

No Qt at import time: the command line imports this module, and only the Parliament PDF (drawn
by Qt's PDF writer) brings Qt in, when it is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from editor.model.bitext import Lang
from editor.model.tree import Note
from exporters.common import Progress, guard_submission, write_atomically
from exporters.docx_export import export_docx
from exporters.docx_parliament import export_parliament_docx


class ExportFormat(Enum):
    """Every export; the value is the file-name tag and suffix of the default name."""

    WORD_FR = ("fr", ".docx")
    WORD_NL = ("nl", ".docx")
    WORD_BILINGUAL = ("fr-nl", ".docx")
    PARLIAMENT_PDF = ("parlement", ".pdf")
    PARLIAMENT_DOCX = ("parlement", ".docx")

    @property
    def suffix(self) -> str:
        return self.value[1]

    @property
    def two_columns(self) -> bool:
        return self in (ExportFormat.WORD_BILINGUAL, ExportFormat.PARLIAMENT_PDF, ExportFormat.PARLIAMENT_DOCX)


@dataclass(frozen=True)
class ExportChoice:
    """Everything an export needs besides the note: format, left column, draft, output file."""

    format: ExportFormat
    left: Lang
    draft: bool
    path: Path


def word_langs(choice: ExportChoice) -> tuple[Lang, ...]:
    """The languages of a Word export, the left column first in the bilingual one."""
    return {
        ExportFormat.WORD_FR: (Lang.FR,),
        ExportFormat.WORD_NL: (Lang.NL,),
        ExportFormat.WORD_BILINGUAL: (choice.left, choice.left.other),
    }[choice.format]


def perform_export(note: Note, choice: ExportChoice, progress: Progress | None = None) -> None:
    """Run the export; raises SubmissionRefusedError or OSError, and writes nothing then.

    The Word writers refuse an incomplete submission themselves; the PDF is guarded here.
    """
    fmt, path = choice.format, choice.path
    if fmt is ExportFormat.PARLIAMENT_PDF:
        guard_submission(note, choice.draft)
        _write_parliament_pdf(note, choice, progress)
    elif fmt is ExportFormat.PARLIAMENT_DOCX:
        export_parliament_docx(note, path, draft=choice.draft, left=choice.left, progress=progress)
    else:
        export_docx(note, path, langs=word_langs(choice), draft=choice.draft, progress=progress)


def _write_parliament_pdf(note: Note, choice: ExportChoice, progress: Progress | None) -> None:
    # Qt only for this format, and an offscreen application where none runs (batch machines
    # have no display).
    from PySide6.QtGui import QGuiApplication

    from editor.printing.parliament_pdf import write_parliament_pdf

    if QGuiApplication.instance() is None:
        application = QGuiApplication(["main.py", "-platform", "offscreen"])
        application.setApplicationName("orientation-note-editor")

    def write(temp: Path) -> None:
        write_parliament_pdf(note, temp, draft=choice.draft, left=choice.left, progress=progress)

    write_atomically(choice.path, write)

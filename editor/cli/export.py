"""The ``export`` verb: a note to Word (DOCX) or to the Parliament's two-column layout (PDF / DOCX)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from editor.cli.common import CliError, load_or_fail
from editor.model.bitext import Lang
from editor.model.checks import Issue
from editor.model.tree import Note
from exporters.common import submission_errors, write_atomically
from exporters.docx_export import export_docx
from exporters.docx_parliament import export_parliament_docx

VERB = "export"
HELP = (
    "Export a note to Word (--format docx, --lang fr|nl|both) or to the Parliament's two-column "
    "layout (--format parliament for PDF, parliament-docx for Word). A note with rule errors is "
    "refused (exit 1, nothing written) unless --draft marks every page PROJET / ONTWERP."
)

FORMATS = ("docx", "parliament", "parliament-docx")
LANG_CHOICES = {"fr": (Lang.FR,), "nl": (Lang.NL,), "both": (Lang.FR, Lang.NL)}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("note", metavar="NOTE.xml", help="the note file")
    parser.add_argument("--format", choices=FORMATS, default="docx", help="output format (default docx)")
    parser.add_argument(
        "--lang",
        choices=tuple(LANG_CHOICES),
        default="both",
        help="language(s) of a docx export (default both)",
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write (.docx or .pdf)")
    parser.add_argument("--draft", action="store_true", help="export an incomplete note as a marked draft")
    parser.add_argument(
        "--left",
        choices=("fr", "nl"),
        default="fr",
        help="language of the left column (Parliament layout, bilingual docx)",
    )
    parser.add_argument("--messages", choices=("fr", "nl", "en"), default="en", help="language of the rule messages")


def _writable_target(output: str) -> Path:
    """The output path, or CliError (exit 2) when it cannot be written: checked before any work."""
    path = Path(output)
    if path.is_dir():
        raise CliError(f"{path}: is a directory, not a file to write", 2)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise CliError(f"{path}: cannot write: folder {directory} does not exist", 2)
    if not os.access(directory, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise CliError(f"{path}: cannot write: permission denied", 2)
    return path


def refusal_message(source: str, issues: list[Issue], ui_lang: str, note_lang: Lang = Lang.FR) -> str:
    """Why a submission export is refused: every rule error with its place; nothing was written."""
    lines = [
        f"{source}: {len(issues)} rule error(s); nothing written. Fix them, or export a marked draft with --draft:"
    ]
    lines += [f"  {issue.location(note_lang)}: {issue.message(ui_lang)}" for issue in issues]
    return "\n".join(lines)


def write_parliament_pdf_file(note: Note, path: Path, *, draft: bool, left: Lang) -> None:
    """The PDF through the Qt renderer, with an offscreen QGuiApplication created only here."""
    from PySide6.QtGui import QGuiApplication  # Qt only for this format: batch machines lack a display

    from editor.printing.parliament_pdf import write_parliament_pdf

    if QGuiApplication.instance() is None:
        application = QGuiApplication(["main.py", "-platform", "offscreen"])
        application.setApplicationName("orientation-note-editor")
    write_atomically(path, lambda temp: write_parliament_pdf(note, temp, draft=draft, left=left))


def run(args: argparse.Namespace) -> int:
    note = load_or_fail(args.note)
    path = _writable_target(args.output)
    if not args.draft:
        errors = submission_errors(note)
        if errors:
            raise CliError(refusal_message(args.note, errors, args.messages), 1)
    left = Lang(args.left)
    try:
        if args.format == "docx":
            langs = (left, left.other) if args.lang == "both" else LANG_CHOICES[args.lang]
            export_docx(note, path, langs=langs, draft=args.draft)
        elif args.format == "parliament-docx":
            export_parliament_docx(note, path, draft=args.draft, left=left)
        else:
            write_parliament_pdf_file(note, path, draft=args.draft, left=left)
    except OSError as error:
        raise CliError(f"{path}: cannot write: {error.strerror or error}", 2) from None
    print(
        f"{path}: written ({args.format}{'' if args.format != 'docx' else ', ' + args.lang}"
        f"{', draft' if args.draft else ''})"
    )
    return 0

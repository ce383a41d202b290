"""The ``export`` verb: a note to Word (DOCX) or to the Parliament's two-column layout (PDF / DOCX)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from editor.cli.common import CliError, load_or_fail
from editor.exporting import ExportChoice, ExportFormat, perform_export
from editor.model.bitext import Lang
from editor.model.checks import Issue
from exporters.common import submission_errors

VERB = "export"
HELP = (
    "Export a note to Word (--format docx, --lang fr|nl|both) or to the Parliament's two-column "
    "layout (--format parliament for PDF, parliament-docx for Word). A note with rule errors is "
    "refused (exit 1, nothing written) unless --draft marks every page PROJET / ONTWERP."
)

FORMATS = ("docx", "parliament", "parliament-docx")
LANG_CHOICES = ("fr", "nl", "both")
_WORD_FORMATS = {"fr": ExportFormat.WORD_FR, "nl": ExportFormat.WORD_NL, "both": ExportFormat.WORD_BILINGUAL}


def _format(name: str, lang: str) -> ExportFormat:
    """The export of ``--format`` and ``--lang`` (the language matters for Word only)."""
    if name == "parliament":
        return ExportFormat.PARLIAMENT_PDF
    if name == "parliament-docx":
        return ExportFormat.PARLIAMENT_DOCX
    return _WORD_FORMATS[lang]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("note", metavar="NOTE.xml", help="the note file")
    parser.add_argument("--format", choices=FORMATS, default="docx", help="output format (default docx)")
    parser.add_argument(
        "--lang",
        choices=LANG_CHOICES,
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


def run(args: argparse.Namespace) -> int:
    note = load_or_fail(args.note)
    path = _writable_target(args.output)
    if not args.draft:
        errors = submission_errors(note)
        if errors:
            raise CliError(refusal_message(args.note, errors, args.messages), 1)
    choice = ExportChoice(_format(args.format, args.lang), Lang(args.left), args.draft, path)
    try:
        perform_export(note, choice)
    except OSError as error:
        raise CliError(f"{path}: cannot write: {error.strerror or error}", 2) from None
    print(
        f"{path}: written ({args.format}{'' if args.format != 'docx' else ', ' + args.lang}"
        f"{', draft' if args.draft else ''})"
    )
    return 0

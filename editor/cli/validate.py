"""The `validate` verb: schema errors with their line, or every rule issue of a note file."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from datetime import date
from decimal import InvalidOperation
from pathlib import Path
from typing import Any

from editor.cli.common import CliError, add_lang_option, lang_of
from editor.model.bitext import Lang
from editor.model.checks import Issue, Severity, check_note, summary
from editor.model.messages import cli_text
from editor.model.tree import Note
from editor.model.xmlio import NoteFileError, XmlProblem, load_note

VERB = "validate"
HELP = (
    "check a note file: every schema error with its line, else every rule issue "
    "(exit 0 complete, 1 rule errors, 2 unreadable or schema-invalid)"
)

EXIT_COMPLETE, EXIT_RULE_ERRORS, EXIT_INVALID = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("note", metavar="NOTE.xml", help="the note file to check")
    add_lang_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON report instead of text")
    parser.add_argument(
        "--today",
        type=_iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="date used for elapsed-deadline warnings (default: today)",
    )


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


@dataclass
class Report:
    """The outcome of validating one file."""

    file: str
    problems: list[XmlProblem] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    note: Note | None = None

    @property
    def valid(self) -> bool:
        return self.note is not None

    def exit_code(self) -> int:
        if not self.valid:
            return EXIT_INVALID
        errors = any(issue.severity is Severity.ERROR for issue in self.issues)
        return EXIT_RULE_ERRORS if errors else EXIT_COMPLETE


def validate(path: str, today: date) -> Report:
    """Load (schema-validating) then check a note; never raises for a bad file."""
    report = Report(path)
    try:
        report.note = load_note(Path(path))
    except NoteFileError as error:
        report.problems = error.problems
        return report
    except (ValueError, InvalidOperation, UnicodeError) as error:
        # Schema-valid but still unreadable values: report, do not crash.
        report.problems = [XmlProblem(0, str(error))]
        return report
    report.issues = check_note(report.note, today)
    return report


def run(args: argparse.Namespace) -> int:
    if not args.note:
        raise CliError("no note file given", EXIT_INVALID)
    report = validate(args.note, args.today or date.today())
    if args.json:
        print(json.dumps(to_json(report, args.lang), ensure_ascii=False, indent=2))
    else:
        print("\n".join(text_lines(report, args.lang)))
    return report.exit_code()


def _note_lang(report: Report, ui_lang: str) -> Lang:
    """Locations are written in the note language: the chosen one, else the note's original."""
    chosen = lang_of(ui_lang)
    if chosen is not None:
        return chosen
    return report.note.title.original_language if report.note else Lang.FR


def text_lines(report: Report, ui_lang: str) -> list[str]:
    if not report.valid:
        lines = [cli_text("unreadable", ui_lang, file=report.file)]
        line_word = cli_text("line", ui_lang)
        for problem in report.problems:
            where = f"{line_word} {problem.line}: " if problem.line else ""
            lines.append(f"  {where}{problem.message}")
        return lines
    note_lang = _note_lang(report, ui_lang)
    lines = [
        f"{cli_text(issue.severity.value, ui_lang)} [{issue.code}] {issue.location(note_lang)} — "
        f"{issue.message(ui_lang)}"
        for issue in report.issues
    ]
    counts = summary(report.issues)
    if counts["total"] == 0:
        lines.append(cli_text("complete", ui_lang, file=report.file))
    else:
        lines.append(
            cli_text("summary", ui_lang, file=report.file, errors=counts["error"], warnings=counts["warning"])
        )
    return lines


def to_json(report: Report, ui_lang: str) -> dict[str, Any]:
    note_lang = _note_lang(report, ui_lang)
    return {
        "file": report.file,
        "valid": report.valid,
        "schema_errors": [{"line": problem.line, "message": problem.message} for problem in report.problems],
        "issues": [
            {
                "code": issue.code,
                "severity": issue.severity.value,
                "node_id": issue.node_id,
                "field": issue.field,
                "lang": issue.lang.value if issue.lang else None,
                "location": issue.location(note_lang),
                "message": issue.message(ui_lang),
                "params": issue.params,
            }
            for issue in report.issues
        ],
        "summary": summary(report.issues),
    }

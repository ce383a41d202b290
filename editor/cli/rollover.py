"""The `rollover` verb: make next year's note from this year's note file."""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.cli.common import CliError, load_or_fail
from editor.model.importing.rollover import roll_forward
from editor.model.xmlio import save_note

VERB = "rollover"
HELP = "Roll a note of budget year N forward to N+1 (Réalisations N, Planning N+1)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("source", metavar="OLD.xml", help="last year's note file (left untouched)")
    parser.add_argument("-o", "--output", required=True, metavar="NEW.xml", help="the new note file")
    parser.add_argument("--force", action="store_true", help="overwrite an existing output file")
    parser.add_argument("--report", metavar="REPORT.txt", help="also write the report to this file")


def check_output(source: Path, output: Path, force: bool) -> None:
    """Never write over the source; write over another file only when asked to."""
    if output.resolve() == source.resolve():
        raise CliError(f"{output}: the output would overwrite the source note; choose another name", 2)
    if output.exists() and not force:
        raise CliError(f"{output}: file exists; use --force to overwrite it", 2)


def run(args: argparse.Namespace) -> int:
    source, output = Path(args.source), Path(args.output)
    check_output(source, output, args.force)
    note = load_or_fail(args.source)
    new, report = roll_forward(note)
    try:
        save_note(new, output, backup=args.force)
        if args.report:
            Path(args.report).write_text(report.to_text(), encoding="utf-8")
    except OSError as error:
        target = args.report if args.report and error.filename == args.report else output
        raise CliError(f"{target}: cannot write: {error.strerror or error}", 2) from None
    print(report.to_text(), end="")
    print(f"Written {output} (budget year {new.title.budget_year}).")
    return 0

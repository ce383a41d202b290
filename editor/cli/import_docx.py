"""The `import-docx` verb: read a Word note (bilingual, or a French and a Dutch file) into a note file."""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.cli.common import CliError
from editor.model.importing import ImportFailure
from editor.model.importing.docx_reader import read_docx
from editor.model.xmlio import save_note

VERB = "import-docx"
HELP = "Import a Word document (one bilingual file, or FR + NL files) into a note file."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE.docx", help="one bilingual file, or the FR and NL files")
    parser.add_argument("-o", "--output", required=True, metavar="NOTE.xml", help="the note file to write")
    parser.add_argument("--force", action="store_true", help="overwrite an existing output file")
    parser.add_argument("--report", metavar="REPORT.txt", help="also write the full report to this file")
    parser.add_argument(
        "--visible-text-only",
        action="store_true",
        help="ignore the note an editor export embeds; read only the text Word shows",
    )


def run(args: argparse.Namespace) -> int:
    paths = [Path(name) for name in args.files]
    output = Path(args.output)
    if len(paths) > 2:
        raise CliError("give one bilingual file, or one French and one Dutch file", 2)
    if any(output.resolve() == path.resolve() for path in paths):
        raise CliError(f"{output}: the output would overwrite an input file", 2)
    if output.exists() and not args.force:
        raise CliError(f"{output}: file exists; use --force to overwrite it", 2)
    try:
        note, report = read_docx(paths, embedded=not args.visible_text_only)
    except ImportFailure as failure:
        raise CliError(str(failure), 2) from None
    try:
        save_note(note, output, backup=args.force)
        if args.report:
            Path(args.report).write_text(report.to_text(), encoding="utf-8")
    except OSError as error:
        target = args.report if args.report and error.filename == args.report else output
        raise CliError(f"{target}: cannot write: {error.strerror or error}", 2) from None
    counts = report.counts()
    print(
        f"{output}: {report.summary.get('strategic_objectives', 0)} OS, "
        f"{report.summary.get('operational_objectives', 0)} OO; "
        f"{counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} note(s)"
    )
    for anomaly in report.anomalies[:20]:
        print(f"  [{anomaly.code}] {anomaly.message}")
    if len(report.anomalies) > 20:
        print(f"  … {len(report.anomalies) - 20} more (use --report)")
    return 0

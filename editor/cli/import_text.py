"""The `import-text` verb: read the Parliament's published text into note files and a report."""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from editor.cli.common import CliError
from editor.model.importing import ImportFailure
from editor.model.importing.report import ImportReport
from editor.model.importing.text import import_published_text
from editor.model.tree import Note
from editor.model.xmlio import note_to_bytes, validate_bytes

VERB = "import-text"
HELP = (
    "Import the published parliamentary text (two columns FR/NL, .txt) into one note file per "
    "note found, plus report.json and report.txt."
)

MAX_BYTES = 16 * 1024 * 1024  # a whole parliamentary document is a few MB of text
_SNIFF = 65536


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.txt", help="the published text (UTF-8)")
    parser.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder for the notes and the report")
    parser.add_argument("--force", action="store_true", help="replace note-N.xml / report files already there")


def read_text(path: Path) -> str:
    """The file as text, or CliError naming the file and what is wrong with it."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise CliError(f"{path}: not a file", 2)
        if size > MAX_BYTES:
            raise CliError(f"{path}: file too large ({size / 1048576:.1f} MB; at most {MAX_BYTES // 1048576} MB)", 2)
        data = path.read_bytes()
    except OSError as error:
        raise CliError(f"{path}: cannot read: {error.strerror}", 2) from None
    if b"\x00" in data[:_SNIFF]:
        raise CliError(f"{path}: this is a binary file, not the published text", 2)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CliError(
            f"{path}: line {line}: not UTF-8 text (byte 0x{data[error.start]:02x}); "
            "save the file as UTF-8 and try again",
            2,
        ) from None


def _outputs(notes: list[Note], report: ImportReport) -> dict[str, bytes]:
    files = {}
    for index, note in enumerate(notes, start=1):
        name = f"note-{index}.xml"
        data = note_to_bytes(note)
        problems = validate_bytes(data, name)
        if problems:  # a bug of the importer, never the user's fault: write nothing
            raise CliError(f"{name}: the imported note is not schema-valid: {problems[0]}", 2)
        files[name] = data
    files["report.json"] = report.to_json().encode("utf-8")
    files["report.txt"] = report.to_text().encode("utf-8")
    return files


def _write_all(files: dict[str, bytes], outdir: Path, force: bool) -> None:
    """Write every file to a temporary folder first, then move them in: all or nothing."""
    clashes = [name for name in files if (outdir / name).exists()]
    if clashes and not force:
        raise CliError(f"{outdir / clashes[0]}: file exists; use --force to replace the import", 2)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".import-", dir=outdir))
        try:
            for name, data in files.items():
                (staging / name).write_bytes(data)
            for name in files:
                os.replace(staging / name, outdir / name)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    except OSError as error:
        raise CliError(f"{error.filename or outdir}: cannot write: {error.strerror}", 2) from None


def run(args: argparse.Namespace) -> int:
    path, outdir = Path(args.file), Path(args.output)
    text = read_text(path)
    try:
        notes, report = import_published_text(text, str(path))
    except ImportFailure as failure:
        raise CliError(str(failure), 2) from None
    _write_all(_outputs(notes, report), outdir, args.force)
    counts = report.counts()
    print(f"{path}: {len(notes)} note(s) written to {outdir}")
    for key, value in report.summary.items():
        if key.startswith("note "):
            print(f"  {key}: {value}")
    print(f"  report: {counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} note(s)")
    for code, count in Counter(a.code for a in report.anomalies).most_common():
        print(f"    {code}: {count}")
    print(f"  details in {outdir / 'report.txt'}")
    return 0

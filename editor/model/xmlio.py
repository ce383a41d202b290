"""Note files: safe parsing, schema validation, loading and saving (the model: xmlread, xmlwrite)."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from editor.model import formats
from editor.model.atomic import write_atomic
from editor.model.tree import Note
from editor.model.xmlcore import xml_safe
from editor.model.xmlread import read_note
from editor.model.xmlwrite import note_to_bytes

__all__ = [
    "NoteFileError",
    "XmlProblem",
    "load_note",
    "note_from_bytes",
    "note_to_bytes",
    "save_note",
    "validate_bytes",
    "write_atomic",
    "xml_safe",
]

MAX_FILE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class XmlProblem:
    """One reason a file cannot be loaded, with its line (0 when unknown)."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line else self.message


class NoteFileError(Exception):
    """A note file that cannot be loaded: unreadable, not well-formed or not schema-valid."""

    def __init__(self, source: str, problems: list[XmlProblem]):
        self.source = source
        self.problems = problems
        details = "; ".join(str(problem) for problem in problems[:3])
        more = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
        super().__init__(f"{source}: {details}{more}")


def _parser() -> etree.XMLParser:
    # No entity expansion, no DTD, no network: a note file is plain data.
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
        # The indentation between elements is not data (a note's texts are leaves, and a
        # whitespace-only leaf is kept); dropping it makes parsing and reading cheaper.
        remove_blank_text=True,
    )


_schemas: dict[str, etree.XMLSchema] = {}


def schema(version: str = formats.CURRENT) -> etree.XMLSchema:
    """The compiled schema of a format version (compiled once per process: it is immutable)."""
    if version not in _schemas:
        _schemas[version] = etree.XMLSchema(etree.parse(str(formats.schema_path(version)), _parser()))
    return _schemas[version]


def parse_tree(data: bytes, source: str) -> etree._Element:
    """Parse, schema-validate against the file's own format version and bring it to the current
    version; raise NoteFileError listing every problem with its line."""
    tree = _parse(data, source)
    version = _version(tree, source)
    problems = _schema_problems(tree, version)
    if problems:
        raise NoteFileError(source, problems)
    if version != formats.CURRENT:
        formats.migrate(tree.getroot(), version)
    return tree.getroot()


def _version(tree: etree._ElementTree, source: str) -> str:
    """The file's format version, when this editor reads it."""
    root = tree.getroot()
    line: Any = root.sourceline  # the stubs type it oddly
    if root.tag != "note":
        return formats.CURRENT  # not a note at all: the schema says so, with its line
    try:
        return formats.check_version(root.get("format"))
    except formats.FormatError as error:
        raise NoteFileError(source, [XmlProblem(int(line or 1), str(error))]) from None


def _too_large(source: str) -> NoteFileError:
    return NoteFileError(source, [XmlProblem(0, f"file is larger than {MAX_FILE_BYTES // 2**20} MB")])


def _parse(data: bytes, source: str) -> etree._ElementTree:
    """Parse a well-formed note file without a DOCTYPE (not yet validated)."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(source)
    parser = _parser()
    try:
        tree = etree.fromstring(data, parser).getroottree()
    except etree.XMLSyntaxError as error:
        problems = [XmlProblem(entry.line, entry.message) for entry in parser.error_log]
        raise NoteFileError(source, problems or [XmlProblem(error.lineno or 0, str(error))]) from None
    docinfo: Any = tree.docinfo  # lxml-stubs lack DocInfo.doctype
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise NoteFileError(source, [XmlProblem(1, "DOCTYPE declarations are not allowed in a note file")])
    return tree


def _schema_problems(tree: etree._ElementTree, version: str = formats.CURRENT) -> list[XmlProblem]:
    checker = schema(version)
    if checker.validate(tree):
        return []
    log: Any = checker.error_log  # iterable at run time; the stubs say otherwise
    return [XmlProblem(entry.line, entry.message) for entry in log]


def validate_bytes(data: bytes, source: str = "<data>") -> list[XmlProblem]:
    """Every well-formedness and schema problem of a note file (empty when it loads)."""
    try:
        parse_tree(data, source)
    except NoteFileError as error:
        return error.problems
    return []


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_large(str(path))
        return path.read_bytes()
    except OSError as error:
        raise NoteFileError(str(path), [XmlProblem(0, error.strerror or str(error))]) from None


def load_note(path: str | os.PathLike[str]) -> Note:
    """Read a note file; raise NoteFileError if it is unreadable or invalid."""
    source = Path(path)
    return note_from_bytes(read_bytes(source), str(source))


def note_from_bytes(data: bytes, source: str = "<data>") -> Note:
    """The note of a file's content; raise NoteFileError if it is not a valid note file.

    libxml2 validates without holding the GIL, so the schema check runs in a thread while this
    one builds the model from the same (read-only) tree: opening a large note then costs about
    the parse plus the build. The model is only returned once the schema accepted the file; if
    it did not, the build (which trusts the schema's shape) may have failed, and the schema's
    problems are what the user sees.
    """
    tree = _parse(data, source)
    version = _version(tree, source)
    if version != formats.CURRENT:
        return _migrated_note(tree, version, source)
    validation = _Validation(tree)
    validation.start()
    try:
        note = read_note(tree.getroot(), stop=validation.failed.is_set)
    except Exception:
        validation.join()
        if validation.problems:
            raise NoteFileError(source, validation.problems) from None
        raise
    validation.join()
    if validation.problems:
        raise NoteFileError(source, validation.problems)
    return note


def _migrated_note(tree: etree._ElementTree, version: str, source: str) -> Note:
    """A file of an earlier version: valid in its own version, migrated, then read (and the note
    remembers the version it came from, for the window to say so)."""
    problems = _schema_problems(tree, version)
    if problems:
        raise NoteFileError(source, problems)
    formats.migrate(tree.getroot(), version)
    problems = _schema_problems(tree)
    if problems:  # a migration bug: say so rather than open a half-converted note
        raise NoteFileError(source, [XmlProblem(0, f"migration from format {version}: {p}") for p in problems])
    note = read_note(tree.getroot())
    note.source_format = version
    return note


class _Validation(threading.Thread):
    """The schema check of a parsed tree, in the background."""

    def __init__(self, tree: etree._ElementTree):
        super().__init__(name="note-schema-validation", daemon=True)
        self.tree = tree
        self.problems: list[XmlProblem] = []
        self.failed = threading.Event()

    def run(self) -> None:
        try:
            self.problems = _schema_problems(self.tree)
        except Exception as error:  # never leave the loader waiting on a silent thread
            self.problems = [XmlProblem(0, f"schema validation failed: {error}")]
        if self.problems:
            self.failed.set()


def save_note(note: Note, path: str | os.PathLike[str], backup: bool = True) -> None:
    """Write atomically: temporary file, fsync, rename; the previous version is kept as PATH.bak.

    The target name always holds a complete file (old or new), whatever moment a crash hits.
    """
    write_atomic(Path(path), note_to_bytes(note), backup)

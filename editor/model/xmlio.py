"""Note files: safe parsing, schema validation, canonical writing and atomic save (reading: xmlread)."""

from __future__ import annotations

import os
import re
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree

from editor.model.bitext import BULLET, BiText
from editor.model.schemagen import SCHEMA_PATH, element_name, xml_key
from editor.model.tree import (
    AgendaRecord,
    Annex,
    Node,
    Note,
    TitleBlock,
)
from editor.model.values import (
    Deadline,
    FieldValue,
    KpiList,
    Means,
    Status,
    Thresholds,
)
from editor.model.xmlread import read_note

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


_schema: etree.XMLSchema | None = None


def schema() -> etree.XMLSchema:
    """The compiled schema (compiled once per process: it is immutable)."""
    global _schema
    if _schema is None:
        _schema = etree.XMLSchema(etree.parse(str(SCHEMA_PATH), _parser()))
    return _schema


def parse_tree(data: bytes, source: str) -> etree._Element:
    """Parse and schema-validate; raise NoteFileError listing every problem with its line."""
    tree = _parse(data, source)
    problems = _schema_problems(tree)
    if problems:
        raise NoteFileError(source, problems)
    return tree.getroot()


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


def _schema_problems(tree: etree._ElementTree) -> list[XmlProblem]:
    checker = schema()
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


# ---------------------------------------------------------------- writing


# Characters XML 1.0 cannot hold (C0 controls but tab/newline/CR, surrogates, U+FFFE/FFFF);
# pasted or imported text may carry them, and they must never make a save fail.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub("", text)


def _put_side(parent: etree._Element, tag: str, text: str) -> None:
    side = etree.SubElement(parent, tag)
    text = xml_safe(text)
    if "\n" not in text:
        side.text = text or None
        return
    for line in text.split("\n"):
        if line.startswith(BULLET):
            etree.SubElement(side, "li").text = line[len(BULLET) :] or None
        else:
            etree.SubElement(side, "p").text = line or None


def _put_bitext(parent: etree._Element, tag: str, text: BiText, **attrs: str | None) -> etree._Element:
    el = etree.SubElement(parent, tag)
    if text.confirmed:
        el.set("confirmed", "true")
    for name, value in attrs.items():
        if value is not None:
            el.set(name.replace("_", "-"), value)
    _put_side(el, "fr", text.fr)
    _put_side(el, "nl", text.nl)
    if text.base_fr is not None and text.base_fr != text.fr:
        _put_side(el, "fr-base", text.base_fr)
    if text.base_nl is not None and text.base_nl != text.nl:
        _put_side(el, "nl-base", text.base_nl)
    return el


def _put_optional(parent: etree._Element, tag: str, text: BiText) -> None:
    # Empty as it will be stored: a side holding only characters XML cannot carry is written
    # empty, and must be omitted now as it will be once the file is read back and saved again.
    stored = BiText(xml_safe(text.fr), xml_safe(text.nl))
    if not stored.is_empty() or text.confirmed:
        _put_bitext(parent, tag, text)


def _s(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "value"):
        return str(value.value)
    return str(value)


def _set_attrs(el: etree._Element, **attrs: object) -> None:
    for name, value in attrs.items():
        text = _s(value)
        if text is not None:
            el.set(name.replace("_", "-"), text)


class _Writer:
    """Serialise the model in one canonical order, so unchanged notes save byte-identically."""

    def note(self, note: Note) -> etree._Element:
        root = etree.Element("note")
        root.set("format", "1.0")
        root.set("id", note.id)
        self.title_block(root, note.title)
        abbreviations = etree.SubElement(root, "abbreviations")
        for abbreviation in note.abbreviations:
            el = etree.SubElement(abbreviations, "abbreviation", id=abbreviation.id)
            _put_bitext(el, "short", abbreviation.short)
            _put_bitext(el, "long", abbreviation.long)
        organisations = etree.SubElement(root, "organisations")
        for organisation in note.organisations:
            el = etree.SubElement(organisations, "organisation", id=organisation.id)
            _put_bitext(el, "name", organisation.name)
        chapters = etree.SubElement(root, "chapters")
        for chapter in note.chapters:
            el = etree.SubElement(chapters, "chapter", kind=chapter.kind.value)
            _put_bitext(el, "body", chapter.body)
        objectives = etree.SubElement(root, "objectives")
        for node in note.objectives:
            self.node(objectives, node)
        annexes = etree.SubElement(root, "annexes")
        for annex in note.annexes:
            self.annex(annexes, annex)
        return root

    def title_block(self, root: etree._Element, title: TitleBlock) -> None:
        el = etree.SubElement(root, "title-block")
        _set_attrs(
            el,
            session_year=title.session_year,
            budget_year=title.budget_year,
            document_ref=title.document_ref,
            original_language=title.original_language,
        )
        _put_bitext(el, "competence", title.competence)
        _put_bitext(el, "minister", title.minister)
        _put_bitext(el, "body", title.body)

    def node(self, parent: etree._Element, node: Node) -> None:
        el = etree.SubElement(parent, element_name(node.kind, node.template), id=node.id)
        _set_attrs(el, year=node.year)
        _put_bitext(el, "title", node.title)
        if node.delegation is not None:
            delegation = etree.SubElement(el, "delegation")
            _put_bitext(delegation, "delegate", node.delegation.delegate)
            _put_bitext(delegation, "reference", node.delegation.reference)
        for spec in node.present_specs():
            self.value(el, xml_key(spec.key), node.fields[spec.key])
        for child in node.children:
            self.node(el, child)

    def value(self, parent: etree._Element, tag: str, value: FieldValue) -> None:
        if isinstance(value, BiText):
            _put_bitext(parent, tag, value)
        elif isinstance(value, KpiList):
            self.kpis(etree.SubElement(parent, tag), value)
        elif isinstance(value, Thresholds):
            self.thresholds(etree.SubElement(parent, tag), value)
        elif isinstance(value, Deadline):
            self.deadline(etree.SubElement(parent, tag), value)
        elif isinstance(value, Status):
            el = etree.SubElement(parent, tag)
            _set_attrs(el, code=value.code)
            _put_optional(el, "comment", value.comment)
        elif isinstance(value, Means):
            self.means(etree.SubElement(parent, tag), value)
        else:
            el = etree.SubElement(parent, tag)
            for ref in value.items:
                etree.SubElement(el, "partner", ref=ref)

    def kpis(self, el: etree._Element, kpis: KpiList) -> None:
        for kpi in kpis.items:
            k = etree.SubElement(el, "kpi", id=kpi.id)
            _set_attrs(
                k,
                direction=kpi.direction,
                baseline=kpi.baseline,
                baseline_year=kpi.baseline_year,
                target=kpi.target,
                target_year=kpi.target_year,
                actual=kpi.actual,
                actual_year=kpi.actual_year,
            )
            _put_bitext(k, "name", kpi.name)
            _put_optional(k, "unit", kpi.unit)
            _put_optional(k, "source", kpi.source)

    def thresholds(self, el: etree._Element, thresholds: Thresholds) -> None:
        _set_attrs(el, kind=thresholds.kind, kpi=thresholds.kpi)
        for tag, band in (
            ("green", thresholds.green),
            ("orange", thresholds.orange),
            ("red", thresholds.red),
        ):
            _put_bitext(el, tag, band.text, lower=_s(band.lower), upper=_s(band.upper))

    def deadline(self, el: etree._Element, deadline: Deadline) -> None:
        _set_attrs(
            el,
            kind=deadline.kind,
            year=deadline.year,
            start_year=deadline.start_year,
            part=deadline.part,
            day=deadline.day,
            season=deadline.season,
        )
        _put_optional(el, "text", deadline.text)
        _put_optional(el, "qualifier", deadline.qualifier)

    def means(self, el: etree._Element, means: Means) -> None:
        _set_attrs(el, fte=means.fte)
        _put_optional(el, "fte-note", means.fte_note)
        _put_optional(el, "ict", means.ict)
        for line in means.budget:
            b = etree.SubElement(el, "budget-line", id=line.id, code=line.code)
            _set_attrs(b, amount=line.amount, per_year=line.per_year or None, credit=line.credit)
            _put_bitext(b, "label", line.label)
        _put_optional(el, "note", means.note)

    def annex(self, parent: etree._Element, annex: Annex) -> None:
        el = etree.SubElement(parent, "annex", kind=annex.kind.value)
        for record in annex.records:
            if isinstance(record, AgendaRecord):
                r = etree.SubElement(el, "agenda-record", id=record.id)
                _put_bitext(r, "content", record.content)
                if record.os_ref:
                    etree.SubElement(r, "os", ref=record.os_ref)
                for ref in record.oo_refs:
                    etree.SubElement(r, "oo", ref=ref)
                _put_bitext(r, "situation", record.situation)
            else:
                r = etree.SubElement(el, "audit-record", id=record.id)
                _put_bitext(r, "reference", record.reference)
                _put_bitext(r, "recommendations", record.recommendations)
                _put_bitext(r, "application", record.application)


def note_to_bytes(note: Note) -> bytes:
    """Canonical, pretty-printed UTF-8 XML of the note."""
    root = _Writer().note(note)
    data: bytes = etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8")
    return data


def save_note(note: Note, path: str | os.PathLike[str], backup: bool = True) -> None:
    """Write atomically: temporary file, fsync, rename; the previous version is kept as PATH.bak.

    The target name always holds a complete file (old or new), whatever moment a crash hits.
    """
    write_atomic(Path(path), note_to_bytes(note), backup)


def write_atomic(target: Path, data: bytes, backup: bool = True) -> None:
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        os.chmod(tmp_name, _file_mode(target))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and target.exists():
            _copy_backup(target)
        os.replace(tmp_name, target)
        _fsync_dir(directory)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _remove_stale_temporaries(target)


STALE_TEMP_SECONDS = 60


def _remove_stale_temporaries(target: Path) -> None:
    """Temporary files left by a save that was killed mid-way (recent ones may be in use)."""
    now = time.time()
    for pattern in (f".{target.name}.*.tmp", f".{target.name}.bak.*.tmp"):
        for leftover in target.parent.glob(pattern):
            try:
                if now - leftover.stat().st_mtime > STALE_TEMP_SECONDS:
                    leftover.unlink()
            except OSError:
                pass


def _file_mode(target: Path) -> int:
    """The existing file's permissions, or what a plain new file gets (mkstemp would give 0600)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _copy_backup(target: Path) -> None:
    """Keep the current file as TARGET.bak, itself replaced atomically."""
    backup = target.with_name(target.name + ".bak")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(target.read_bytes())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, backup)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

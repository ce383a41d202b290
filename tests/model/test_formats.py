"""File-format versions: every released version keeps loading, the writer writes the current one,
a newer file is refused naming both versions, and each version keeps its own schema."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from editor.model import formats
from editor.model.schemagen import generate
from editor.model.xmlio import NoteFileError, load_note, note_from_bytes, note_to_bytes

ROOT = Path(__file__).resolve().parents[2]
FORMAT_FILES = sorted((ROOT / "tests" / "data" / "formats").glob("*.xml"))


def _version_of(path: Path) -> str:
    return etree.parse(str(path)).getroot().get("format") or ""


def test_every_released_version_has_a_file_and_a_schema():
    assert {_version_of(path) for path in FORMAT_FILES} == set(formats.VERSIONS)
    for version in formats.VERSIONS:
        assert formats.schema_path(version).is_file()
        assert (ROOT / "schemas" / f"orientation-note-{version}.xsd").is_file()
    current = (ROOT / "schemas" / f"orientation-note-{formats.CURRENT}.xsd").read_text(encoding="utf-8")
    assert current == generate()


@pytest.mark.parametrize("path", FORMAT_FILES, ids=[path.name for path in FORMAT_FILES])
def test_every_format_file_loads_and_saves_in_the_current_version(path: Path) -> None:
    note = load_note(path)
    data = note_to_bytes(note)
    assert etree.fromstring(data).get("format") == formats.CURRENT
    assert note_to_bytes(note_from_bytes(data)) == data
    version = _version_of(path)
    assert note.source_format == (None if version == formats.CURRENT else version)


def _with_format(version: str | None) -> bytes:
    data = FORMAT_FILES[-1].read_bytes()
    current = f'format="{_version_of(FORMAT_FILES[-1])}"'.encode()
    return data.replace(current, f'format="{version}"'.encode() if version is not None else b"", 1)


def test_a_file_of_a_newer_version_is_refused_naming_both_versions():
    with pytest.raises(NoteFileError) as raised:
        note_from_bytes(_with_format("99.0"), "future.xml")
    message = str(raised.value)
    assert "99.0" in message and formats.CURRENT in message and "newer" in message
    assert raised.value.problems[0].line == 2


@pytest.mark.parametrize("version", ["0.3", "1.0-beta", None])
def test_unknown_or_missing_versions_are_refused(version: str | None) -> None:
    with pytest.raises(NoteFileError, match="format"):
        note_from_bytes(_with_format(version), "odd.xml")


def test_validate_refuses_a_newer_file_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "future.xml"
    path.write_bytes(_with_format("99.0"))
    result = subprocess.run([sys.executable, "main.py", "validate", str(path)], cwd=ROOT, capture_output=True,
                            text=True)  # fmt: skip
    assert result.returncode == 2
    assert "99.0" in result.stdout + result.stderr and "Traceback" not in result.stderr


def test_a_migration_runs_on_files_of_an_earlier_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machinery with a pretend earlier release whose files lack the abbreviations list."""
    previous = "0.9"
    monkeypatch.setattr(formats, "VERSIONS", (previous, formats.CURRENT))
    schema = formats.schema_path(formats.CURRENT).read_text(encoding="utf-8")
    old_schema = schema.replace(f'fixed="{formats.CURRENT}"', f'fixed="{previous}"').replace(
        '<xs:element name="abbreviations">', '<xs:element name="abbreviations" minOccurs="0">'
    )
    old_path = formats.SCHEMAS / f"orientation-note-{previous}.xsd"

    def add_abbreviations(root: etree._Element) -> None:
        if root.find("abbreviations") is None:
            root.find("title-block").addnext(etree.Element("abbreviations"))  # type: ignore[union-attr]

    monkeypatch.setitem(formats.MIGRATIONS, previous, add_abbreviations)
    monkeypatch.setattr(formats, "schema_path", lambda version: old_path if version == previous else
                        formats.SCHEMAS / "orientation-note.xsd")  # fmt: skip
    old_path.write_text(old_schema, encoding="utf-8")
    try:
        root = etree.fromstring(_with_format(previous))
        root.remove(root.find("abbreviations"))  # type: ignore[arg-type]
        note = note_from_bytes(etree.tostring(root), "old.xml")
    finally:
        old_path.unlink()
    assert note.source_format == previous and note.abbreviations == []
    assert etree.fromstring(note_to_bytes(note)).get("format") == formats.CURRENT

"""`main.py export` run as a user runs it: formats, the submission guard, exit codes 0/1/2."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from editor.model.bitext import BiText
from editor.model.xmlio import save_note
from tests.exporters.test_docx_export import build_note

ROOT = Path(__file__).resolve().parents[2]


def export(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", "export", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture
def complete(tmp_path: Path) -> Path:
    path = tmp_path / "complète.xml"
    save_note(build_note(), path)
    return path


@pytest.fixture
def incomplete(tmp_path: Path) -> Path:
    note = build_note()
    note.objectives[0].fields["description"] = BiText("Doubler l’usage du vélo.", "")
    path = tmp_path / "incomplète.xml"
    save_note(note, path)
    return path


def test_docx_in_dutch(complete: Path, tmp_path: Path):
    out = tmp_path / "nota.docx"
    result = export(complete, "--format", "docx", "--lang", "nl", "-o", out)
    assert result.returncode == 0, result.stderr
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "HOOFDSTUK I – Inleiding" in texts and "CHAPITRE IER – Introduction" not in texts


def test_bilingual_docx_with_dutch_on_the_left(complete: Path, tmp_path: Path):
    out = tmp_path / "tweetalig.docx"
    result = export(complete, "--lang", "both", "--left", "nl", "-o", out)
    assert result.returncode == 0, result.stderr
    first = docx.Document(str(out)).tables[0].rows[0]
    assert "BELEIDSNOTA" in first.cells[0].text and "NOTE D’ORIENTATION" in first.cells[1].text


def test_incomplete_note_exits_1_listing_errors_and_writes_nothing(incomplete: Path, tmp_path: Path):
    out = tmp_path / "note.docx"
    result = export(incomplete, "--format", "docx", "--lang", "fr", "-o", out, "--messages", "fr")
    assert result.returncode == 1
    assert "IV.1 OS 1 : Développer le vélo › Description de l’objectif (NL)" in result.stderr
    assert "--draft" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["incomplète.xml"]


def test_draft_of_incomplete_note_is_written_and_marked(incomplete: Path, tmp_path: Path):
    out = tmp_path / "projet.docx"
    result = export(incomplete, "--format", "parliament-docx", "--left", "nl", "-o", out, "--draft")
    assert result.returncode == 0, result.stderr
    header = [p.text for p in docx.Document(str(out)).sections[0].header.paragraphs]
    assert "ONTWERP / PROJET" in header


def test_parliament_pdf(complete: Path, tmp_path: Path):
    out = tmp_path / "parlement.pdf"
    result = export(complete, "--format", "parliament", "-o", out)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "A-123/1 – 2025/2026" in text


@pytest.mark.parametrize(
    "content", ["<note", "<?xml version='1.0'?><carnet/>", None], ids=["malformed", "not-a-note", "missing"]
)
def test_unreadable_note_exits_2(tmp_path: Path, content: str | None):
    source = tmp_path / "cassée.xml"
    if content is not None:
        source.write_text(content, encoding="utf-8")
    out = tmp_path / "out.docx"
    result = export(source, "--format", "docx", "-o", out, "--draft")
    assert result.returncode == 2
    assert "cassée.xml" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_unwritable_output_exits_2(complete: Path, tmp_path: Path):
    missing_folder = tmp_path / "absent" / "note.docx"
    result = export(complete, "-o", missing_folder)
    assert result.returncode == 2 and "absent" in result.stderr and "Traceback" not in result.stderr
    result = export(complete, "-o", tmp_path)
    assert result.returncode == 2 and "directory" in result.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_exits_2(complete: Path, tmp_path: Path):
    folder = tmp_path / "lecture-seule"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = export(complete, "-o", folder / "note.docx")
    finally:
        folder.chmod(0o700)
    assert result.returncode == 2 and "permission denied" in result.stderr

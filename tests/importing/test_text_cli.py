"""The import-text verb: files written all at once, and a clear exit 2 for input that is no note."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from tests.conftest import ROOT, SEED
from tests.importing.test_text_variants import template_b_note


def test_writes_notes_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "publié.txt"
    source.write_text(template_b_note((1, 2)), encoding="utf-8")
    out = tmp_path / "sortie"
    assert main(["import-text", str(source), "-o", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["note-1.xml", "report.json", "report.txt"]
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["summary"]["notes"] == 1
    assert "1 note(s) written" in capsys.readouterr().out
    # A second run does not silently replace the first import.
    assert main(["import-text", str(source), "-o", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert main(["import-text", str(source), "-o", str(out), "--force"]) == 0


def test_imported_note_passes_validate(tmp_path: Path) -> None:
    source = tmp_path / "in.txt"
    source.write_text(template_b_note(), encoding="utf-8")
    assert main(["import-text", str(source), "-o", str(tmp_path / "out")]) == 0
    assert main(["validate", str(tmp_path / "out" / "note-1.xml")]) in (0, 1)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10, "binary"),
        ("Réalisations et élégance".encode("latin-1"), "not UTF-8"),
        (b"Le chat est sur le tapis.\n\nDe kat zit op de mat.\n" * 20, "no orientation note"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    source = tmp_path / "entrée.txt"
    source.write_bytes(content)
    out = tmp_path / "out"
    assert main(["import-text", str(source), "-o", str(out)]) == 2
    error = capsys.readouterr().err
    assert message in error and str(source) in error
    assert not out.exists()


def test_huge_file_is_refused_before_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "huge.txt"
    with source.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert main(["import-text", str(source), "-o", str(tmp_path / "out")]) == 2
    assert "too large" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-text", str(tmp_path / "absent.txt"), "-o", str(tmp_path / "out")]) == 2
    assert "absent.txt" in capsys.readouterr().err


@pytest.mark.skipif(not SEED.exists(), reason="seed text not available")
def test_seed_through_main_py(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "import-text", str(SEED), "-o", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "2 note(s) written" in result.stdout
    assert (tmp_path / "note-2.xml").exists()
    assert "numbering-mismatch" in (tmp_path / "report.txt").read_text(encoding="utf-8")

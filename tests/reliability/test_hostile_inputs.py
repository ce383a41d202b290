"""Hostile and broken files through every command-line entry: a clear message naming the file,
exit status 2, no traceback, nothing written, within 5 s and 300 MB."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from tests.reliability import hostile

ROOT = Path(__file__).resolve().parents[2]
TIME_LIMIT_S = 5.0
MEMORY_LIMIT_MB = 300


# Runs main.py in a child and reports that child's own peak memory. VmHWM belongs to the
# address space that exec creates; ru_maxrss would carry over the forking test process's size.
MEASURED_MAIN = """
import os, runpy, sys
sys.argv = ["main.py"] + sys.argv[1:]
code = 0
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit as exit_:
    code = exit_.code
with open("/proc/self/status") as status:
    peak_kb = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
with open(os.environ["PEAK_RSS_FILE"], "w") as out:
    out.write(peak_kb)
sys.exit(code)
"""


def run_cli(*args: str) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """Run a verb; return the result, the seconds it took and its peak memory in MB."""
    with tempfile.NamedTemporaryFile(suffix=".rss") as rss:
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-c", MEASURED_MAIN, *args],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "PEAK_RSS_FILE": rss.name},
        )
        seconds = time.perf_counter() - start
        peak_mb = int(Path(rss.name).read_text() or 0) / 1024
    return result, seconds, peak_mb


def assert_refused(outcome: tuple[subprocess.CompletedProcess[str], float, float], source: Path) -> None:
    result, seconds, peak_mb = outcome
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert source.name in result.stderr + result.stdout
    assert seconds < TIME_LIMIT_S
    assert peak_mb < MEMORY_LIMIT_MB


@pytest.mark.parametrize("kind", sorted(hostile.XML_INPUTS))
@pytest.mark.parametrize("verb", ["validate", "rollover", "export"])
def test_hostile_note_files_are_refused(tmp_path, verb, kind):
    source = hostile.XML_INPUTS[kind](tmp_path / f"{kind}.xml")
    out = tmp_path / "out"
    args = {
        "validate": ["validate", str(source)],
        "rollover": ["rollover", str(source), "-o", str(out)],
        "export": ["export", str(source), "--format", "docx", "--lang", "fr", "--draft", "-o", str(out)],
    }[verb]
    outcome = run_cli(*args)
    assert_refused(outcome, source)
    result = outcome[0]
    assert not out.exists()
    assert "root:x:0" not in result.stdout + result.stderr


def test_an_annex_pointing_at_a_missing_objective_is_reported_not_fatal(tmp_path):
    source = hostile.dangling_annex_ref(tmp_path / "dangling.xml")
    result = run_cli("validate", str(source), "--json")[0]
    assert result.returncode == 1
    assert "BAD_REFERENCE" in result.stdout
    out = tmp_path / "out.docx"
    result = run_cli("export", str(source), "--format", "docx", "--lang", "fr", "-o", str(out))[0]
    assert result.returncode == 1 and not out.exists()


@pytest.mark.parametrize("kind", sorted(hostile.DOCX_INPUTS))
def test_hostile_word_files_are_refused(tmp_path, kind):
    source = hostile.DOCX_INPUTS[kind](tmp_path / f"{kind}.docx")
    out = tmp_path / "note.xml"
    outcome = run_cli("import-docx", str(source), "-o", str(out))
    assert_refused(outcome, source)
    result = outcome[0]
    assert not out.exists()
    assert "root:x:0" not in result.stdout + result.stderr


@pytest.mark.parametrize("kind", sorted(hostile.TEXT_INPUTS))
def test_hostile_text_files_are_refused(tmp_path, kind):
    source = hostile.TEXT_INPUTS[kind](tmp_path / f"{kind}.txt")
    out = tmp_path / "out"
    assert_refused(run_cli("import-text", str(source), "-o", str(out)), source)
    assert not out.exists()


def test_a_50_mb_text_file_is_refused_quickly(tmp_path):
    source = hostile.huge_text(tmp_path / "huge.txt")
    out = tmp_path / "out"
    assert_refused(run_cli("import-text", str(source), "-o", str(out)), source)
    assert not out.exists()


def test_a_utf16_note_is_read_by_encoding_detection_not_refused(tmp_path):
    # XML's own encoding detection reads UTF-16 from its first bytes: that file is not broken.
    from editor.model.xmlio import load_note, note_to_bytes

    source = hostile.utf16(tmp_path / "utf16.xml")
    assert note_to_bytes(load_note(source)) == note_to_bytes(hostile.small_note_for_tests())

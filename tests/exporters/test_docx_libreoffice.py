"""LibreOffice opens every Word export of the sample and converts it to PDF (skipped without soffice)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from editor.model.bitext import Lang
from exporters.docx_export import export_docx
from exporters.docx_parliament import export_parliament_docx
from tests.exporters.test_docx_export import SAMPLE, build_note

SOFFICE = shutil.which("soffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")


def _note():
    if SAMPLE.exists():
        from editor.model.xmlio import load_note

        return load_note(SAMPLE)
    return build_note()


def test_every_export_converts_to_pdf(tmp_path: Path):
    note = _note()
    sources = {
        "bilingual": lambda p: export_docx(note, p, langs=(Lang.FR, Lang.NL), draft=False),
        "parliament": lambda p: export_parliament_docx(note, p, draft=True, left=Lang.NL),
    }
    for name, write in sources.items():
        write(tmp_path / f"{name}.docx")
    profile = tmp_path / "lo-profile"  # a private profile: parallel runs would collide on one
    result = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            *(str(tmp_path / f"{name}.docx") for name in sources),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    for name in sources:
        pdf = tmp_path / "pdf" / f"{name}.pdf"
        assert pdf.read_bytes().startswith(b"%PDF"), name
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(tmp_path / "pdf" / "bilingual.pdf"), "-"], capture_output=True, text=True
        ).stdout
        assert "CHAPITRE IER – Introduction" in text and "HOOFDSTUK I – Inleiding" in text
        assert note.title.reference_line in text
        assert re.search(r"—\s*3\s*—", text)  # the PAGE field was computed

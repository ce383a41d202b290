"""The Parliament's two-column PDF: pages, running header, page numbers, FR/NL blocks side by side."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from editor.model import resources, xmlio
from editor.model.bitext import BiText, Lang
from editor.model.labels import ChapterKind, NodeKind
from editor.model.numbering import heading, numbering
from editor.model.tree import Abbreviation, Note
from editor.printing import PdfWriteError, write_parliament_pdf
from tests.exporters.test_blocks import build_note

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) not installed")


def _note() -> Note:
    """The bundled sample when it is there, else the small note of the blocks tests."""
    if resources.SAMPLE_NOTE.exists():
        return xmlio.load_note(resources.SAMPLE_NOTE)
    return build_note()


def _pages(pdf: Path, *options: str) -> list[str]:
    assert PDFTOTEXT is not None
    out = subprocess.run([PDFTOTEXT, *options, str(pdf), "-"], check=True, capture_output=True, text=True)
    return out.stdout.split("\f")[:-1]


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def sample_pdf(qapp: object, tmp_path_factory: pytest.TempPathFactory) -> tuple[Note, Path]:
    """The sample rendered once for the tests that only read the result."""
    note = _note()
    path = tmp_path_factory.mktemp("pdf") / "note parlement.pdf"
    write_parliament_pdf(note, path, draft=False)
    return note, path


def test_writes_a_multi_page_pdf_and_reports_progress(qapp: object, tmp_path: Path) -> None:
    path = tmp_path / "note.pdf"
    calls: list[tuple[int, int]] = []
    write_parliament_pdf(build_note(), path, draft=True, progress=lambda done, total: calls.append((done, total)))
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) > 1
    assert b"DejaVu" in data  # the font is embedded, not referenced
    total = calls[-1][1]
    assert calls[-1] == (total, total) and [done for done, _ in calls] == list(range(1, total + 1))
    assert not list(tmp_path.glob(".*.tmp"))


@needs_pdftotext
def test_every_page_has_the_running_header_and_its_number(sample_pdf: tuple[Note, Path]) -> None:
    note, path = sample_pdf
    pages = _pages(path)
    assert len(pages) > 1
    reference = note.title.reference_line
    for number, page in enumerate(pages, start=1):
        assert f"— {number} —" in page
        assert page.count(reference) == 2, f"page {number}: one reference over each column"


@needs_pdftotext
def test_french_and_dutch_headings_share_their_page(sample_pdf: tuple[Note, Path]) -> None:
    note, path = sample_pdf
    pages = [_flat(page) for page in _pages(path)]
    paths = numbering(note)
    checked = 0
    for node in note.walk():
        if node.kind not in (NodeKind.OS, NodeKind.OO):
            continue
        fr, nl = (heading(node, paths[node.id], lang) for lang in Lang)
        fr_pages = [i for i, page in enumerate(pages) if fr in page]
        nl_pages = [i for i, page in enumerate(pages) if nl in page]
        assert fr_pages and fr_pages == nl_pages, (fr, fr_pages, nl, nl_pages)
        checked += 1
    assert checked >= 3


@needs_pdftotext
def test_title_page_and_left_column_choice(qapp: object, tmp_path: Path) -> None:
    note = build_note()
    path = tmp_path / "nl-links.pdf"
    write_parliament_pdf(note, path, draft=False, left=Lang.NL)
    first = _pages(path, "-layout")[0]
    line = next(line for line in first.splitlines() if "BELEIDSNOTA" in line)
    assert line.index("BELEIDSNOTA") < line.index("NOTE D’ORIENTATION")
    flat = _flat(_pages(path)[0])
    assert "« Mobilité douce et Sécurité routière »" in flat
    assert "« Zachte mobiliteit en Verkeersveiligheid »" in flat
    assert "2025-2026" in flat


@needs_pdftotext
def test_draft_marks_every_page_and_final_does_not(qapp: object, tmp_path: Path, sample_pdf: tuple[Note, Path]) -> None:
    draft = tmp_path / "projet.pdf"
    write_parliament_pdf(build_note(), draft, draft=True)
    assert all("PROJET / ONTWERP" in page for page in _pages(draft))
    assert not any("PROJET / ONTWERP" in page for page in _pages(sample_pdf[1]))


@needs_pdftotext
def test_a_block_longer_than_a_page_is_split_without_losing_a_line(qapp: object, tmp_path: Path) -> None:
    note = build_note()
    fr = "\n".join(f"Phrase française numéro {n} sur la sécurité routière." for n in range(1, 161))
    nl = "\n".join(f"Nederlandse zin nummer {n} over verkeersveiligheid." for n in range(1, 121))
    note.chapter(ChapterKind.CONTEXT).body = BiText(fr, nl)
    path = tmp_path / "long.pdf"
    write_parliament_pdf(note, path, draft=False)
    pages = _pages(path)
    text = "\n".join(pages)
    for n in range(1, 161):
        assert len(re.findall(rf"numéro {n} sur", text)) == 1, n
    for n in range(1, 121):
        assert len(re.findall(rf"nummer {n} over", text)) == 1, n
    # Both sides start on the same page, and the split runs over several pages.
    start = next(i for i, page in enumerate(pages) if "numéro 1 sur" in page)
    assert "nummer 1 over" in pages[start]
    last = next(i for i, page in enumerate(pages) if "numéro 160 sur" in page)
    assert last > start + 1


def test_an_unwritable_path_is_a_clear_error(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "absent" / "note.pdf"
    with pytest.raises(PdfWriteError, match=r"note\.pdf"):
        write_parliament_pdf(build_note(), target, draft=False)
    assert not target.exists()


def test_rendering_does_not_drain_the_reference_count_of_none(qapp: object, tmp_path: Path) -> None:
    # Guards the version pin: PySide6 6.12.0 on Python 3.11 drops a reference to None per void
    # Qt call, and a long render then aborts the interpreter ("none_dealloc").
    import sys

    before = sys.getrefcount(None)
    for index in range(3):
        write_parliament_pdf(build_note(), tmp_path / f"note-{index}.pdf", draft=True)
    assert sys.getrefcount(None) >= before - 50


@needs_pdftotext
def test_a_table_longer_than_a_page_is_cut_between_rows(qapp: object, tmp_path: Path) -> None:
    note = build_note()
    note.abbreviations = [
        Abbreviation(
            short=BiText(f"FR{n:03d}", f"NL{n:03d}"),
            long=BiText(f"Développement numéro {n} de l’abréviation", f"Uitleg nummer {n} van de afkorting"),
        )
        for n in range(1, 121)
    ]
    path = tmp_path / "afkortingen.pdf"
    write_parliament_pdf(note, path, draft=False)
    pages = _pages(path)
    text = "\n".join(pages)
    for n in range(1, 121):
        assert len(re.findall(rf"\bFR{n:03d}\b", text)) == 1, n
        assert len(re.findall(rf"\bNL{n:03d}\b", text)) == 1, n
    first = next(i for i, page in enumerate(pages) if "FR001" in page)
    assert "NL001" in pages[first] and "FR120" not in pages[first]

"""The Parliament's two-column layout as DOCX: column order, running header, chapters, draft mark."""

from __future__ import annotations

import docx
import pytest
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn

from editor.model.bitext import Lang
from editor.model.numbering import heading, numbering
from exporters.common import SubmissionRefusedError
from exporters.docx_parliament import export_parliament_docx
from tests.exporters.test_docx_export import build_note, instructions, run_langs


def _export(tmp_path, note, **options):
    path = tmp_path / "parliament.docx"
    export_parliament_docx(note, path, **options)
    return docx.Document(str(path))


@pytest.mark.parametrize(("left", "tags"), [(Lang.FR, ("fr-BE", "nl-BE")), (Lang.NL, ("nl-BE", "fr-BE"))])
def test_columns_follow_the_left_option(tmp_path, left, tags):
    note = build_note()
    document = _export(tmp_path, note, draft=False, left=left)
    paths = numbering(note)
    rows = [(row.cells[0].text, row.cells[1].text) for table in document.tables for row in table.rows]
    for node in note.walk():
        path = paths[node.id]
        assert (heading(node, path, left), heading(node, path, left.other)) in rows
    for table in document.tables:
        for row in table.rows:
            for cell, tag in zip(row._tr.findall(qn("w:tc")), tags, strict=True):
                assert {lang for _, lang in run_langs(cell)} <= {tag}


def test_running_header_reference_on_both_columns_and_centred_page_number(tmp_path):
    note = build_note()
    document = _export(tmp_path, note, draft=False)
    header = document.sections[0].header
    line = header.paragraphs[0]
    assert line.text == f"{note.title.reference_line}\t— 1 —\t{note.title.reference_line}"
    assert "PAGE" in instructions(header._element)
    stops = [stop.alignment for stop in line.paragraph_format.tab_stops]
    assert stops == [WD_TAB_ALIGNMENT.CENTER, WD_TAB_ALIGNMENT.RIGHT]
    assert "PROJET" not in " ".join(p.text for p in header.paragraphs)


def test_title_page_and_chapters_in_capitals_over_their_title(tmp_path):
    note = build_note()
    document = _export(tmp_path, note, draft=False)
    first = document.tables[0].rows[0]
    assert first.cells[0].paragraphs[1].text == "NOTE D’ORIENTATION"
    assert first.cells[1].paragraphs[1].text == "BELEIDSNOTA"
    assert "« Mobilité douce »" in first.cells[0].text and "« Zachte mobiliteit »" in first.cells[1].text
    chapters = [
        (row.cells[0].paragraphs[0], row.cells[1].paragraphs[0])
        for table in document.tables
        for row in table.rows
        if row.cells[0].paragraphs[0].style.name == "Heading 1"
    ]
    assert ("CHAPITRE IER\nIntroduction", "HOOFDSTUK I\nInleiding") in [(fr.text, nl.text) for fr, nl in chapters]


def test_draft_mark_and_guard(tmp_path):
    incomplete = build_note()
    incomplete.chapters[1].body.nl = ""
    with pytest.raises(SubmissionRefusedError):
        _export(tmp_path, incomplete, draft=False)
    assert not (tmp_path / "parliament.docx").exists()
    document = _export(tmp_path, incomplete, draft=True, left=Lang.NL)
    header = [p.text for p in document.sections[0].header.paragraphs]
    assert "ONTWERP / PROJET" in header

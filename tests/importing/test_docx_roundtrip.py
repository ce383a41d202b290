"""Word export → Word import: exact when the file was not edited, robust when it was."""

from __future__ import annotations

import argparse
import os
import zipfile
from base64 import b64encode
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from editor.cli import import_docx
from editor.model.bitext import BiText, Lang
from editor.model.importing.docx_embedded import EMBEDDED_PARTNAME
from editor.model.importing.docx_reader import read_docx
from editor.model.numbering import numbering
from editor.model.resources import SAMPLE_NOTE
from editor.model.tree import Note
from editor.model.values import Thresholds
from editor.model.xmlio import load_note, note_to_bytes
from exporters.docx_export import export_docx
from exporters.docx_parliament import export_parliament_docx

BOTH = (Lang.FR, Lang.NL)
NEW_TEXT = "Un texte réécrit dans Word : les élèves à vélo passent d’abord."


@pytest.fixture(scope="module")
def sample() -> Note:
    return load_note(SAMPLE_NOTE)


@pytest.fixture(scope="module")
def bilingual(sample: Note, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "note-fr-nl.docx"
    export_docx(sample, path, langs=BOTH, draft=True)
    return path


def _thresholds(note: Note) -> dict[tuple[int, ...], list[object]]:
    """Every threshold's bounds and KPI link, by the numbering of its node."""
    paths = numbering(note)
    found: dict[tuple[int, ...], list[object]] = {}
    for node in note.walk():
        for value in node.fields.values():
            if isinstance(value, Thresholds):
                bands = [(value.band(c).lower, value.band(c).upper) for c in value.colours()]
                found[paths[node.id]] = [value.kpi, bands]
    return found


def test_bilingual_export_reads_back_exactly(sample: Note, bilingual: Path) -> None:
    note, report = read_docx([bilingual])
    assert note_to_bytes(note) == note_to_bytes(sample)
    assert report.by_code("EMBEDDED_NOTE")
    assert "embedded note" in report.by_code("EMBEDDED_NOTE")[0].message


def test_french_and_dutch_files_read_back_exactly(sample: Note, tmp_path: Path) -> None:
    paths = [tmp_path / "note-nl.docx", tmp_path / "note-fr.docx"]
    export_docx(sample, paths[0], langs=(Lang.NL,), draft=True)
    export_docx(sample, paths[1], langs=(Lang.FR,), draft=True)
    note, report = read_docx(paths)
    assert note_to_bytes(note) == note_to_bytes(sample)
    assert report.by_code("EMBEDDED_NOTE")


def test_parliament_layout_reads_back_exactly(sample: Note, tmp_path: Path) -> None:
    path = tmp_path / "parlement.docx"
    export_parliament_docx(sample, path, draft=True, left=Lang.NL)
    note, _ = read_docx([path])
    assert note_to_bytes(note) == note_to_bytes(sample)


def test_the_visible_text_alone_loses_what_the_embedded_note_keeps(sample: Note, bilingual: Path) -> None:
    """Why the note is embedded: without it, ids and bounds beside band texts are lost."""
    note, _ = read_docx([bilingual], embedded=False)
    assert note_to_bytes(note) != note_to_bytes(sample)
    assert [n.id for n in note.walk()] != [n.id for n in sample.walk()]


def test_single_french_file_keeps_ids_and_bounds_but_not_dutch(sample: Note, tmp_path: Path) -> None:
    path = tmp_path / "note-fr.docx"
    export_docx(sample, path, langs=(Lang.FR,), draft=True)
    note, report = read_docx([path])
    assert all(not node.title.nl for node in note.walk())
    assert [n.id for n in note.walk()] == [n.id for n in sample.walk()]
    assert _thresholds(note) == _thresholds(sample)
    assert report.by_code("EMBEDDED_EXTRAS") and not report.by_code("EDITED_IN_WORD")


def _edit_paragraph(source: Path, target: Path, old: str, new: str) -> None:
    """What a user does in Word: retype one paragraph (saved by python-docx, parts kept)."""
    document = docx.Document(str(source))
    hits = [p for p in document.element.body.iter(qn("w:p")) if "".join(t.text or "" for t in p.iter(qn("w:t"))) == old]
    assert len(hits) == 1, f"{old!r} printed {len(hits)} times"
    texts = list(hits[0].iter(qn("w:t")))
    texts[0].text = new
    for rest in texts[1:]:
        rest.text = ""
    document.save(str(target))


def _edited_field(note: Note) -> tuple[tuple[int, ...], str, BiText]:
    """A one-line French text of OO 3.2 to retype."""
    paths = numbering(note)
    node = next(n for n in note.walk() if paths[n.id] == (3, 2))
    key, text = next(
        (k, v) for k, v in node.fields.items() if isinstance(v, BiText) and v.fr.strip() and "\n" not in v.fr
    )
    return paths[node.id], key, text


def test_document_edited_in_word_keeps_the_edit_and_what_text_cannot_hold(
    sample: Note, bilingual: Path, tmp_path: Path
) -> None:
    path, key, text = _edited_field(sample)
    edited = tmp_path / "modifié.docx"
    _edit_paragraph(bilingual, edited, text.fr, NEW_TEXT)
    note, report = read_docx([edited])

    [warning] = report.by_code("EDITED_IN_WORD")
    assert warning.detail["fields"] == [f"OO 3.2 · {key}"]
    assert "1 field(s) differ" in warning.message and f"OO 3.2 · {key}" in warning.message
    node = next(n for n in note.walk() if numbering(note)[n.id] == path)
    changed = node.fields[key]
    assert isinstance(changed, BiText)
    assert (changed.fr, changed.nl) == (NEW_TEXT, text.nl)
    assert changed.stale_langs() == (Lang.NL,)  # the Dutch side must follow the French edit
    # Everything else is as exported: ids, bounds and KPI links, confirmations, organisations.
    assert [n.id for n in note.walk()] == [n.id for n in sample.walk()]
    assert _thresholds(note) == _thresholds(sample)
    assert {(o.id, o.name.fr) for o in note.organisations} == {(o.id, o.name.fr) for o in sample.organisations}
    assert note.id == sample.id
    untouched = [n for n in note.walk() if n is not node]
    assert all(not n.title.stale_langs() for n in untouched)


def test_edited_import_exports_and_reads_back_stably(sample: Note, bilingual: Path, tmp_path: Path) -> None:
    _, _, text = _edited_field(sample)
    edited = tmp_path / "modifié.docx"
    _edit_paragraph(bilingual, edited, text.fr, NEW_TEXT)
    first, _ = read_docx([edited])
    again = tmp_path / "réexport.docx"
    export_docx(first, again, langs=BOTH, draft=True)
    second, report = read_docx([again])
    assert note_to_bytes(second) == note_to_bytes(first)
    assert report.by_code("EMBEDDED_NOTE")


def test_export_import_export_is_stable(sample: Note, bilingual: Path, tmp_path: Path) -> None:
    note, _ = read_docx([bilingual])
    again = tmp_path / "again.docx"
    export_docx(note, again, langs=BOTH, draft=True)
    with zipfile.ZipFile(bilingual) as one, zipfile.ZipFile(again) as two:
        for name in ("word/document.xml", EMBEDDED_PARTNAME.lstrip("/"), "word/header1.xml"):
            assert one.read(name) == two.read(name), name


def _replace_embedded(source: Path, target: Path, data: bytes) -> None:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info, data if info.filename == EMBEDDED_PARTNAME.lstrip("/") else old.read(info))


def _hostile_parts(sample: Note) -> dict[str, bytes]:
    xml = note_to_bytes(sample)
    head, _, rest = xml.partition(b"?>")
    return {
        "malformed": xml[: len(xml) // 2],
        "doctype": head + b'?><!DOCTYPE note [<!ENTITY rire "ha ha ha">]>' + rest,
        "not a note": b"<?xml version='1.0'?><autre>&#233;t&#233;</autre>",
        # Incompressible, so that it passes the zip-bomb check and reaches the size limit.
        "huge": b"<note><!--" + b64encode(os.urandom(7 * 2**20)) + b"--></note>",
    }


@pytest.mark.parametrize("kind", ["malformed", "doctype", "not a note", "huge"])
def test_bad_embedded_note_falls_back_to_the_visible_text(
    sample: Note, bilingual: Path, tmp_path: Path, kind: str
) -> None:
    broken = tmp_path / "abîmé.docx"
    _replace_embedded(bilingual, broken, _hostile_parts(sample)[kind])
    note, report = read_docx([broken])
    [refusal] = report.by_code("EMBEDDED_REFUSED")
    assert str(broken) in refusal.message and "visible text" in refusal.message
    assert not report.by_code("EMBEDDED_NOTE")
    assert [n.id for n in note.walk()] != [n.id for n in sample.walk()]  # nothing taken from it
    assert [(n.kind, n.title.fr, n.title.nl) for n in note.walk()] == [
        (n.kind, n.title.fr, n.title.nl) for n in sample.walk()
    ]


def test_cli_can_ignore_the_embedded_note(bilingual: Path, tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    import_docx.add_arguments(parser)
    output = tmp_path / "visible.xml"
    assert import_docx.run(parser.parse_args([str(bilingual), "-o", str(output), "--visible-text-only"])) == 0
    assert [n.id for n in load_note(output).walk()] != [n.id for n in load_note(SAMPLE_NOTE).walk()]


def test_pair_from_two_different_exports_is_not_taken_as_exact(sample: Note, tmp_path: Path) -> None:
    french, dutch = tmp_path / "note-fr.docx", tmp_path / "note-nl.docx"
    export_docx(sample, french, langs=(Lang.FR,), draft=True)
    later = load_note(SAMPLE_NOTE)
    later.organisations = later.organisations[:-1]  # a change the printed text does not show
    export_docx(later, dutch, langs=(Lang.NL,), draft=True)
    note, report = read_docx([french, dutch])
    assert report.by_code("EMBEDDED_MISMATCH") and not report.by_code("EMBEDDED_NOTE")
    assert [n.id for n in note.walk()] == [n.id for n in sample.walk()]
    assert _thresholds(note) == _thresholds(sample)


def test_embedded_note_is_found_after_word_renames_it(sample: Note, bilingual: Path, tmp_path: Path) -> None:
    """Word keeps custom XML data parts but renumbers them (customXml/item2.xml …) on save."""
    renamed = tmp_path / "enregistré-par-word.docx"
    names = {"orientation-note-props.xml": "itemProps2.xml", "orientation-note.xml": "item2.xml"}

    def rename(text: str) -> str:
        for old, new in names.items():
            text = text.replace(old, new)
        return text

    with zipfile.ZipFile(bilingual) as old, zipfile.ZipFile(renamed, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename.endswith((".rels", "[Content_Types].xml")):
                data = rename(data.decode("utf-8")).encode("utf-8")
            new.writestr(rename(info.filename), data)
        assert "customXml/item2.xml" in new.namelist()
    note, report = read_docx([renamed])
    assert note_to_bytes(note) == note_to_bytes(sample)
    assert report.by_code("EMBEDDED_NOTE")

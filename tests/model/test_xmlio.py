"""XML I/O: canonical round trip, schema errors with lines, hostile input, atomic save."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from editor.model import xmlio
from editor.model.bitext import BiText, Lang
from editor.model.schemagen import SCHEMA_PATH, generate
from editor.model.values import Kpi, KpiList
from editor.model.xmlio import NoteFileError, load_note, note_from_bytes, note_to_bytes, save_note
from tests.model.builders import small_note

DATA = Path(__file__).resolve().parents[1] / "data"


def test_committed_schema_is_generated_from_the_label_table():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == generate()


def test_round_trip_is_byte_identical(tmp_path):
    data = note_to_bytes(small_note())
    assert note_to_bytes(note_from_bytes(data)) == data
    path = tmp_path / "note.xml"
    path.write_bytes(data)
    save_note(load_note(path), path)
    assert path.read_bytes() == data


def test_round_trip_keeps_lines_bullets_and_confirmation_state():
    note = small_note()
    description = note.objectives[0].text("description")
    description.fr = "Premier paragraphe\n\n– Une puce\n–pas une puce\n  indenté  "
    description.confirm()
    description.nl = "Gewijzigd na bevestiging"
    loaded = note_from_bytes(note_to_bytes(note)).objectives[0].text("description")
    assert loaded.fr == description.fr
    assert loaded.nl == "Gewijzigd na bevestiging"
    assert loaded.base_nl == description.base_nl
    assert loaded.stale_langs() == (Lang.FR,)


def test_changing_one_field_changes_few_lines():
    note = small_note()
    before = note_to_bytes(note).decode().splitlines()
    note.objectives[0].title.nl = "Een fietsstad"
    after = note_to_bytes(note).decode().splitlines()
    assert len(before) == len(after)
    assert sum(a != b for a, b in zip(before, after, strict=True)) == 1


def test_every_schema_error_is_reported_with_its_line():
    data = note_to_bytes(small_note()).decode()
    broken = data.replace('kind="season"', 'kind="someday"').replace('direction="increase"', 'direction="up"')
    with pytest.raises(NoteFileError) as caught:
        note_from_bytes(broken.encode(), "broken.xml")
    problems = caught.value.problems
    assert len(problems) == 2
    assert all(problem.line > 1 for problem in problems)
    assert "someday" in problems[0].message or "someday" in problems[1].message
    assert "broken.xml" in str(caught.value)


def test_missing_required_field_is_a_schema_error():
    data = note_to_bytes(small_note()).decode()
    start = data.index("<deadline")
    end = data.index("/>", start) + 2
    with pytest.raises(NoteFileError) as caught:
        note_from_bytes((data[:start] + data[end:]).encode())
    assert "deadline" in str(caught.value.problems[0].message)


def test_not_well_formed_file_gives_line(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text('<?xml version="1.0"?>\n<note>\n  <title-block>\n</note>\n', encoding="utf-8")
    with pytest.raises(NoteFileError) as caught:
        load_note(path)
    assert caught.value.problems[0].line == 4
    assert str(path) in str(caught.value)


def test_duplicate_ids_are_refused():
    data = note_to_bytes(small_note()).decode()
    first_kpi = data.index('<kpi id="') + len('<kpi id="')
    kpi_id = data[first_kpi : data.index('"', first_kpi)]
    os_id_start = data.index('<os id="') + len('<os id="')
    os_id = data[os_id_start : data.index('"', os_id_start)]
    with pytest.raises(NoteFileError) as caught:
        note_from_bytes(data.replace(kpi_id, os_id).encode())
    assert os_id in str(caught.value)


def test_dangling_reference_loads_and_is_a_rule_error():
    # Deleting an objective an annex record points to must never make the file unloadable:
    # the dangling reference is kept and reported by the rules instead.
    from editor.model.checks import check_note

    data = note_to_bytes(small_note()).decode()
    os_id_start = data.index('<os ref="') + len('<os ref="')
    os_id = data[os_id_start : data.index('"', os_id_start)]
    note = note_from_bytes(data.replace(f'<os ref="{os_id}"', '<os ref="os-missing00"').encode())
    assert any(issue.code == "BAD_REFERENCE" for issue in check_note(note))


@pytest.mark.parametrize(
    "payload",
    [
        # external entity pointing at a local file
        '<?xml version="1.0"?>\n<!DOCTYPE note [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<note>&x;</note>',
        # billion laughs
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
        )
        + "]>\n<note>&lol9;</note>",
        # external DTD over the network
        '<?xml version="1.0"?>\n<!DOCTYPE note SYSTEM "http://127.0.0.1:9/evil.dtd">\n<note/>',
    ],
)
def test_dtds_and_entities_are_refused_without_expansion(payload):
    with pytest.raises(NoteFileError) as caught:
        note_from_bytes(payload.encode(), "hostile.xml")
    assert "root:" not in str(caught.value)
    assert "lollollol" not in str(caught.value)


def test_deep_nesting_is_refused():
    depth = 10_000
    payload = "<note>" + "<a>" * depth + "</a>" * depth + "</note>"
    with pytest.raises(NoteFileError):
        note_from_bytes(payload.encode())


@pytest.mark.parametrize("data", [b"", b"\x00\xff\xfe garbage \x89PNG", "<note>é</note>".encode("latin-1")])
def test_garbage_is_refused_cleanly(data):
    with pytest.raises(NoteFileError):
        note_from_bytes(data, "garbage.bin")


def test_missing_file_names_the_file(tmp_path):
    with pytest.raises(NoteFileError) as caught:
        load_note(tmp_path / "absent.xml")
    assert "absent.xml" in str(caught.value)


def test_save_keeps_previous_version_as_backup(tmp_path):
    path = tmp_path / "note.xml"
    note = small_note()
    save_note(note, path)
    first = path.read_bytes()
    note.objectives[0].title.fr = "Une ville cyclable et sûre"
    save_note(note, path)
    assert (tmp_path / "note.xml.bak").read_bytes() == first
    assert load_note(path).objectives[0].title.fr == "Une ville cyclable et sûre"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["note.xml", "note.xml.bak"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_failed_save_leaves_the_old_file(tmp_path):
    path = tmp_path / "note.xml"
    save_note(small_note(), path)
    before = path.read_bytes()
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(OSError):
            save_note(small_note(), path)
    finally:
        tmp_path.chmod(0o700)
    assert path.read_bytes() == before


def test_failed_save_into_missing_directory_raises_and_writes_nothing(tmp_path):
    with pytest.raises(OSError):
        save_note(small_note(), tmp_path / "missing" / "note.xml")
    assert list(tmp_path.iterdir()) == []


def test_size_limit(monkeypatch):
    monkeypatch.setattr(xmlio, "MAX_FILE_BYTES", 100)
    with pytest.raises(NoteFileError) as caught:
        note_from_bytes(note_to_bytes(small_note()))
    assert "larger" in str(caught.value)


def test_stale_temporaries_of_killed_saves_are_cleaned(tmp_path):
    path = tmp_path / "note.xml"
    old = tmp_path / ".note.xml.abc123.tmp"
    old.write_text("partial")
    os.utime(old, (1, 1))
    recent = tmp_path / ".note.xml.def456.tmp"
    recent.write_text("in use")
    save_note(small_note(), path)
    assert not old.exists()
    assert recent.exists()


def test_save_keeps_the_file_permissions(tmp_path):
    path = tmp_path / "note.xml"
    save_note(small_note(), path)
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
    path.chmod(0o640)
    save_note(small_note(), path)
    assert path.stat().st_mode & 0o777 == 0o640


def test_reading_stops_once_the_background_schema_check_fails(monkeypatch):
    # The model is built while libxml2 validates in a thread; an invalid file must not be
    # built to the end (it may be large) and must be reported by its schema problems.
    from editor.model import xmlread
    from editor.model.copying import clone_node

    note = small_note()
    note.objectives = [clone_node(note.objectives[0]) for _ in range(40)]
    data = note_to_bytes(note).decode().replace('direction="increase"', 'direction="upwards"', 1)
    built = []
    real_node = xmlread.node

    def slow_node(element):
        built.append(element)
        if len(built) == 1:
            time.sleep(0.3)  # leave the validation thread time to finish
        return real_node(element)

    monkeypatch.setattr(xmlread, "node", slow_node)
    with pytest.raises(NoteFileError) as caught:
        note_from_bytes(data.encode(), "large.xml")
    assert "upwards" in str(caught.value)
    assert len(built) < 40


def test_a_text_of_characters_xml_cannot_hold_saves_like_an_empty_one():
    # Found by hypothesis: a KPI unit holding only an escape character was written as an empty
    # <unit/> pair, which reads back as no unit, so the second save differed from the first.
    note = small_note()
    kpis = next(value for node in note.walk() for value in node.fields.values() if isinstance(value, KpiList))
    kpis.items.append(Kpi(name=BiText("Pistes cyclables", "Fietspaden"), unit=BiText("", "\x1b")))
    data = note_to_bytes(note)
    assert note_to_bytes(note_from_bytes(data)) == data

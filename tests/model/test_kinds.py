"""Every registered field kind through every stage: empty value, file round trip (schema-valid),
rule checks, rendering in French and Dutch, export blocks (Word and Parliament), reading its own
rendered form back. A new kind is covered as soon as it is registered (and given a sample)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from editor.model.bitext import LANGS, BiText, Lang
from editor.model.checks import check_note
from editor.model.checks_fields import FieldScope
from editor.model.checks_issue import Reporter, Severity
from editor.model.kinds import KINDS, FieldKind, kind_of, kind_of_value
from editor.model.labels import FieldSpec, FieldType
from editor.model.printed.source import Printed
from editor.model.rendered import Layout, Rendered, Table, as_lines, as_table, as_text
from editor.model.schemagen import generate
from editor.model.tree import Note, Organisation
from editor.model.xmlio import note_from_bytes, note_to_bytes, validate_bytes
from exporters.blocks import note_blocks
from exporters.docx_export import export_docx
from exporters.docx_parliament import export_parliament_docx
from tests.model.kind_samples import SAMPLES, note_with, plain

KIND_IDS = [kind.field_type.value for kind in KINDS]


def test_every_field_type_has_one_kind_and_a_sample():
    assert {kind.field_type for kind in KINDS} == set(FieldType)
    assert set(SAMPLES) == set(FieldType)
    assert len({kind.value_class for kind in KINDS}) == len(KINDS)


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_empty_value(kind: FieldKind[Any]) -> None:
    value = kind.empty()
    assert type(value) is kind.value_class and kind.is_empty(value)
    assert kind_of_value(value) is kind


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_xml_round_trip_of_the_value(kind: FieldKind[Any]) -> None:
    note, _, _, value = note_with(kind.field_type)
    parent = etree.Element("field-holder")
    kind.write(parent, "field", value)
    assert len(parent) == 1 and parent[0].tag == "field"
    assert plain(kind.read(parent[0])) == plain(value)
    del note


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_schema_accepts_a_note_holding_the_kind_and_it_loads_back(kind: FieldKind[Any]) -> None:
    assert f'name="{kind.schema_type}"' in generate()
    note, node, spec, value = note_with(kind.field_type)
    data = note_to_bytes(note)
    assert validate_bytes(data) == []
    back = note_from_bytes(data).find(node.id)
    assert back is not None and plain(back.fields[spec.key]) == plain(value)
    assert note_to_bytes(note_from_bytes(data)) == data


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_rules_report_an_empty_required_field_and_accept_the_sample(kind: FieldKind[Any]) -> None:
    note, node, spec, _ = note_with(kind.field_type)
    errors = [i for i in check_note(note) if i.node_id == node.id and i.field and i.field.startswith(spec.key)]
    assert [i for i in errors if i.severity is Severity.ERROR] == []
    required = FieldSpec(spec.key, spec.type, True, spec.fr, spec.nl)
    reporter = Reporter(node.id, {lang: "" for lang in LANGS})
    scope = FieldScope(True, None, None, False, False, frozenset(org.id for org in note.organisations))
    kind.check(reporter, required, kind.empty(), scope, node.fields)
    assert any(issue.severity is Severity.ERROR for issue in reporter.issues)


def _rendered(kind: FieldKind[Any], value: Any, note: Note) -> dict[Lang, Rendered]:
    return {lang: kind.render(value, lang, note) for lang in LANGS}


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_render_in_both_languages_in_the_declared_shape(kind: FieldKind[Any]) -> None:
    note, _, _, value = note_with(kind.field_type)
    rendered = _rendered(kind, value, note)
    shape = {Layout.PROSE: as_text, Layout.LINE: as_text, Layout.LINES: as_lines, Layout.TABLE: as_table}
    for lang in LANGS:
        assert shape[kind.layout](rendered[lang])  # right shape and not empty
    assert rendered[Lang.FR] != rendered[Lang.NL]


def _words(rendered: Rendered) -> list[str]:
    if isinstance(rendered, Table):
        return [word for row in (rendered.header, *(r.cells for r in rendered.rows)) for cell in row
                for word in cell.split()]  # fmt: skip
    text = rendered if isinstance(rendered, str) else "\n".join(rendered)
    return text.replace("– ", " ").split()


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_export_blocks_and_word_files_show_the_rendering(kind: FieldKind[Any], tmp_path: Path) -> None:
    note, node, spec, value = note_with(kind.field_type)
    blocks = [block for block in note_blocks(note, draft=True) if block.node_id == node.id and block.field == spec.key]
    assert len(blocks) >= 2  # the label, then the value
    rendered = _rendered(kind, value, note)
    export_docx(note, tmp_path / "note.docx", langs=LANGS, draft=True)
    export_parliament_docx(note, tmp_path / "parl.docx", draft=True)
    for path in (tmp_path / "note.docx", tmp_path / "parl.docx"):
        body = docx.Document(str(path)).element.body
        # Every paragraph, those of (nested) table cells included: the two-column layouts nest tables.
        text = "\n".join("".join(p.itertext()) for p in body.iter(qn("w:p")))
        for lang in LANGS:
            missing = [word for word in _words(rendered[lang]) if word not in text]
            assert missing == [], (lang, path.name)


class _Organisations:
    """The reading context: organisations by name, as an importer's note would collect them."""

    def __init__(self) -> None:
        self.items: list[Organisation] = []

    def organisation_id(self, fr: str, nl: str) -> str:
        self.items.append(Organisation(name=BiText(fr, nl)))
        return self.items[-1].id

    def names(self, ids: list[str]) -> list[tuple[str, str]]:
        by_id = {org.id: org for org in self.items}
        return [(by_id[one].name.fr, by_id[one].name.nl) for one in ids]


def _as_printed(kind: FieldKind[Any], rendered: dict[Lang, Rendered]) -> Printed:
    """The rendering as an importer finds it printed: paragraphs, or a table."""
    if kind.layout is Layout.TABLE:
        tables = {}
        for lang, one in rendered.items():
            table = as_table(one)
            tables[lang] = [[list(table.header)] if table.header else [], [list(r.cells) for r in table.rows]]
            tables[lang] = [[*tables[lang][0], *tables[lang][1]]]
        return Printed({lang: [] for lang in LANGS}, tables)
    if kind.layout is Layout.PROSE:
        return Printed.of_texts(as_text(rendered[Lang.FR]), as_text(rendered[Lang.NL]))
    lines = {lang: [one] if isinstance(one, str) else list(as_lines(one)) for lang, one in rendered.items()}
    return Printed({lang: [(False, line) for line in lines[lang]] for lang in LANGS})


@pytest.mark.parametrize("kind", KINDS, ids=KIND_IDS)
def test_reading_its_own_rendered_form_gives_the_value_back(kind: FieldKind[Any]) -> None:
    note, _, _, value = note_with(kind.field_type)
    context = _Organisations()
    parsed = kind.parse(_as_printed(kind, _rendered(kind, value, note)), context)
    assert parsed.findings == []
    if kind.field_type is FieldType.PARTNERS:
        original = [(org.name.fr, org.name.nl) for org in map(note.organisation, value.items) if org]
        assert context.names(parsed.value.items) == original
    else:
        assert plain(parsed.value) == plain(value)


def test_a_field_finds_its_kind_through_its_spec():
    for kind in KINDS:
        _, _, spec, _ = note_with(kind.field_type)
        assert kind_of(spec) is kind

"""The bundled sample note and new-note skeleton: load, round-trip, completeness, rule-checker clean."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from editor.model.bitext import BiText
from editor.model.checks import check_note
from editor.model.checks_issue import Severity
from editor.model.labels import AnnexKind, ChapterKind, NodeKind, Template
from editor.model.numbering import numbering, objectives_list
from editor.model.resources import NEW_NOTE, SAMPLE_NOTE
from editor.model.tree import AgendaRecord, Node, Note, bitexts
from editor.model.values import (
    Deadline,
    DeadlineKind,
    FieldValue,
    KpiList,
    Means,
    Partners,
    Status,
    Thresholds,
)
from editor.model.xmlio import load_note, note_to_bytes


@pytest.fixture(scope="module")
def sample() -> Note:
    return load_note(SAMPLE_NOTE)


@pytest.fixture(scope="module")
def skeleton() -> Note:
    return load_note(NEW_NOTE)


@pytest.mark.parametrize("path", [SAMPLE_NOTE, NEW_NOTE], ids=["sample", "skeleton"])
def test_bundled_files_round_trip_byte_identical(path: Path) -> None:
    assert note_to_bytes(load_note(path)) == path.read_bytes()


def _kinds(note: Note, kind: NodeKind) -> list[Node]:
    return [node for node in note.walk() if node.kind is kind]


def test_sample_has_the_size_and_variety_promised(sample: Note) -> None:
    assert len(sample.objectives) >= 3
    oos = _kinds(sample, NodeKind.OO)
    assert len(oos) >= 8
    assert {oo.template for oo in oos} == {Template.A, Template.B}
    assert any(oo.delegation is not None for oo in oos)
    assert _kinds(sample, NodeKind.ITEM) and _kinds(sample, NodeKind.ACTION)
    assert len(sample.abbreviations) >= 8 and len(sample.organisations) >= 10
    assert sample.title.session == "2025-2026" and sample.title.budget_year == 2026
    assert sample.title.document_ref == "A-123/1"
    kinds = {value.kind for node in sample.walk() for value in node.fields.values() if isinstance(value, Deadline)}
    assert {
        DeadlineKind.YEAR,
        DeadlineKind.MONTH,
        DeadlineKind.SEASON,
        DeadlineKind.SEMESTER,
        DeadlineKind.RANGE,
    } <= kinds


def test_an_os_has_its_own_kpis_and_deadline(sample: Note) -> None:
    def has_own(os_: Node) -> bool:
        kpis, deadline = os_.fields.get("kpis"), os_.fields.get("deadline")
        return (
            isinstance(kpis, KpiList)
            and bool(kpis.items)
            and isinstance(deadline, Deadline)
            and not deadline.is_empty()
        )

    assert any(has_own(os_) for os_ in sample.objectives)


def test_planning_blocks_plan_the_budget_year(sample: Note) -> None:
    plans = _kinds(sample, NodeKind.PLANNING)
    assert plans
    for plan in plans:
        assert plan.year == sample.title.budget_year
        deadline = plan.fields["deadline"]
        assert isinstance(deadline, Deadline)
        if deadline.last_year() is not None:
            assert deadline.last_year() >= sample.title.budget_year  # type: ignore[operator]


def test_agenda_records_refer_to_existing_objectives(sample: Note) -> None:
    agenda = sample.annex(AnnexKind.AGENDA)
    assert agenda is not None and agenda.records
    for record in agenda.records:
        assert isinstance(record, AgendaRecord)
        assert record.os_ref is not None
        os_ = sample.find(record.os_ref)
        assert os_ is not None and os_.kind is NodeKind.OS
        for ref in record.oo_refs:
            oo = sample.find(ref)
            assert oo is not None and oo.kind is NodeKind.OO and sample.parent_of(oo) is os_
    audit = sample.annex(AnnexKind.AUDIT)
    assert audit is not None and len(audit.records) == 1
    assert len(objectives_list(sample)) == len(_kinds(sample, NodeKind.OS)) + len(_kinds(sample, NodeKind.OO))


def _filled(value: FieldValue, note: Note) -> bool:
    """True when a field value is present in both languages (for the typed parts that have text)."""
    if isinstance(value, BiText):
        return value.is_complete()
    if isinstance(value, KpiList):
        return bool(value.items) and all(kpi.name.is_complete() for kpi in value.items)
    if isinstance(value, Thresholds):
        return all(value.band(colour).text.is_complete() for colour in value.colours())
    if isinstance(value, Deadline):
        return not value.is_empty()
    if isinstance(value, Status):
        return not value.is_empty()
    if isinstance(value, Means):
        return not value.is_empty() and all(line.label.is_complete() for line in value.budget)
    assert isinstance(value, Partners)
    return bool(value.items) and all(note.organisation(ref) is not None for ref in value.items)


def test_every_required_field_is_filled_in_both_languages(sample: Note) -> None:
    paths = numbering(sample)
    missing = []
    for node in sample.walk():
        if node.delegation is not None:
            assert node.delegation.delegate.is_complete() and node.delegation.reference.is_complete()
            continue
        if node.kind not in (NodeKind.REALISATION, NodeKind.PLANNING):
            assert node.title.is_complete(), paths[node.id]
        for spec in node.specs():
            value = node.fields.get(spec.key)
            if spec.required and (value is None or not _filled(value, sample)):
                missing.append((paths[node.id], spec.key))
    assert missing == []
    for chapter in sample.chapters:
        assert chapter.body.is_complete(), chapter.kind


def test_every_text_of_the_sample_is_confirmed_and_not_stale(sample: Note) -> None:
    texts = [text for text in bitexts(sample) if not text.is_empty()]
    assert len(texts) > 250
    assert all(text.confirmed and not text.stale_langs() for text in texts)
    assert all(text.is_complete() for text in texts)


def test_rule_checker_finds_nothing_in_the_sample(sample: Note) -> None:
    issues = check_note(sample, date(2026, 1, 15))
    assert [issue for issue in issues if issue.severity is Severity.ERROR] == []
    assert issues == []


def test_rule_checker_is_not_blind_on_the_sample() -> None:
    note = load_note(SAMPLE_NOTE)
    plan = next(node for node in note.walk() if node.kind is NodeKind.PLANNING)
    plan.fields["deadline"] = Deadline(DeadlineKind.YEAR, year=2025)
    assert any(issue.severity is Severity.ERROR for issue in check_note(note, date(2026, 1, 15)))


def test_skeleton_shape(skeleton: Note) -> None:
    title = skeleton.title
    assert title.competence.is_empty() and title.document_ref == ""
    assert title.budget_year == title.session_year + 1
    assert [chapter.kind for chapter in skeleton.chapters] == list(ChapterKind)
    assert all(chapter.body.is_empty() for chapter in skeleton.chapters)
    assert [annex.kind for annex in skeleton.annexes] == list(AnnexKind)
    assert all(not annex.records for annex in skeleton.annexes)
    [strategic] = skeleton.objectives
    assert strategic.kind is NodeKind.OS and strategic.title.is_empty()
    [operational] = strategic.children
    assert operational.kind is NodeKind.OO and operational.template is Template.B
    assert [(block.kind, block.year) for block in operational.children] == [
        (NodeKind.REALISATION, title.session_year),
        (NodeKind.PLANNING, title.budget_year),
    ]


def test_skeleton_starts_with_common_brussels_bodies(skeleton: Note) -> None:
    names = {org.name.fr: org.name.nl for org in skeleton.organisations}
    assert len(names) >= 15
    assert names["STIB"] == "MIVB"
    assert names["Bruxelles Environnement"] == "Leefmilieu Brussel"
    assert names["Bruxelles-Propreté"] == "Net Brussel"
    assert all(fr and nl for fr, nl in names.items())

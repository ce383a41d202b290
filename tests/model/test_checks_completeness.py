"""Completeness rules: required fields in both languages, KPIs, thresholds, deadlines, stale sides."""

from __future__ import annotations

from editor.model.bitext import BiText, Lang
from editor.model.checks import Issue, Severity, check_note
from editor.model.labels import AnnexKind, ChapterKind, NodeKind, Template
from editor.model.tree import Abbreviation, AuditRecord, Note, new_node
from editor.model.values import (
    Band,
    Deadline,
    DeadlineKind,
    KpiList,
    Means,
    Partners,
    Status,
    StatusCode,
    ThresholdKind,
    Thresholds,
)
from tests.model.test_checks_fixtures import TODAY, bt, complete_note, node_of, planning_block


def issues_of(note: Note, node_id: str) -> list[tuple[str, str | None, Lang | None]]:
    return [(i.code, i.field, i.lang) for i in check_note(note, TODAY) if i.node_id == node_id]


def errors(issues: list[Issue]) -> list[Issue]:
    return [issue for issue in issues if issue.severity is Severity.ERROR]


def test_required_text_empty_in_both_languages_is_field_empty() -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["output"] = BiText()
    assert issues_of(note, block.id) == [("FIELD_EMPTY", "output", None)]


def test_required_text_in_one_language_only_is_translation_missing_on_the_empty_side() -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["output"] = bt("", "Een vernieuwd aanbod")
    assert issues_of(note, block.id) == [("TRANSLATION_MISSING", "output", Lang.FR)]


def test_a_missing_required_field_counts_as_empty() -> None:
    note = complete_note()
    block = planning_block(note)
    del block.fields["description"]
    assert issues_of(note, block.id) == [("FIELD_EMPTY", "description", None)]


def test_optional_field_filled_in_one_language_is_still_a_translation_problem() -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["equal_opportunities"] = bt("Aucun impact sur l’égalité des chances", "")
    assert issues_of(note, block.id) == [("TRANSLATION_MISSING", "equal_opportunities", Lang.NL)]


def test_optional_field_empty_is_fine() -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["equal_opportunities"] = BiText()
    assert issues_of(note, block.id) == []


def test_planning_without_kpi_thresholds_or_deadline() -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["kpis"] = KpiList()
    block.fields["thresholds"] = Thresholds()
    block.fields["deadline"] = Deadline()
    assert issues_of(note, block.id) == [
        ("KPI_MISSING", "kpis", None),
        ("THRESHOLDS_MISSING", "thresholds", None),
        ("DEADLINE_MISSING", "deadline", None),
    ]


def test_action_under_planning_needs_its_own_kpi_thresholds_and_deadline() -> None:
    note = complete_note()
    action = node_of(note, NodeKind.ACTION)
    for key in ("kpis", "thresholds", "deadline"):
        del action.fields[key]
    codes = [code for code, _, _ in issues_of(note, action.id)]
    assert codes == ["KPI_MISSING", "THRESHOLDS_MISSING", "DEADLINE_MISSING"]


def test_kpi_without_a_name_and_with_a_one_sided_name() -> None:
    note = complete_note()
    block = planning_block(note)
    kpis = block.fields["kpis"]
    kpis.items[0].name = BiText()
    kpis.items.append(type(kpis.items[0])(name=bt("Taux d’occupation des hôtels", "")))
    first, second = (kpi.id for kpi in kpis.items)
    assert issues_of(note, block.id) == [
        ("FIELD_EMPTY", f"kpis/{first}/name", None),
        ("TRANSLATION_MISSING", f"kpis/{second}/name", Lang.NL),
    ]


def test_every_threshold_band_needs_a_text() -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["thresholds"] = Thresholds(
        green=Band(bt("Plus de 20 voyages", "Meer dan 20 reizen")),
        red=Band(bt("Moins de 10 voyages", "")),
    )
    assert issues_of(note, block.id) == [
        ("THRESHOLD_BAND_MISSING", "thresholds/orange", None),
        ("TRANSLATION_MISSING", "thresholds/red", Lang.NL),
    ]


def test_binary_thresholds_need_green_and_red_only() -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["thresholds"] = Thresholds(
        kind=ThresholdKind.BINARY,
        green=Band(bt("Oui : plan adopté", "Ja: plan goedgekeurd")),
        red=Band(bt("Non", "Nee")),
    )
    assert issues_of(note, block.id) == []
    block.fields["thresholds"].red = Band()
    assert issues_of(note, block.id) == [("THRESHOLD_BAND_MISSING", "thresholds/red", None)]


def test_text_deadline_needs_its_words_in_both_languages() -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["deadline"] = Deadline(DeadlineKind.TEXT, text=bt("Six mois après l’adoption", ""))
    assert issues_of(note, block.id) == [("TRANSLATION_MISSING", "deadline/text", Lang.NL)]


def test_template_a_oo_requires_its_fields_but_not_the_optional_ones() -> None:
    note = complete_note()
    oo = next(node for node in note.walk() if node.template is Template.A and node.delegation is None)
    oo.fields["targets"] = BiText()
    oo.fields["kpis"] = KpiList()
    assert issues_of(note, oo.id) == [("KPI_MISSING", "kpis", None), ("FIELD_EMPTY", "targets", None)]


def test_template_a_item_requires_the_same_fields() -> None:
    note = complete_note()
    item = node_of(note, NodeKind.ITEM)
    item.fields["output"] = bt("Deux éditions", "")
    assert issues_of(note, item.id) == [("TRANSLATION_MISSING", "output", Lang.NL)]


def test_delegated_oo_needs_no_fields_but_an_undelegated_empty_one_does() -> None:
    note = complete_note()
    delegated = next(node for node in note.walk() if node.delegation is not None)
    assert delegated.fields["kpis"].is_empty() and delegated.fields["targets"].is_empty()
    assert issues_of(note, delegated.id) == []
    delegated.delegation = None
    codes = [code for code, _, _ in issues_of(note, delegated.id)]
    assert codes == ["FIELD_EMPTY", "FIELD_EMPTY", "KPI_MISSING", "FIELD_EMPTY", "FIELD_EMPTY"]


def test_delegation_must_name_the_minister_in_both_languages() -> None:
    note = complete_note()
    delegated = next(node for node in note.walk() if node.delegation is not None)
    assert delegated.delegation is not None
    delegated.delegation.delegate = bt("Ministre-Président", "")
    assert issues_of(note, delegated.id) == [("TRANSLATION_MISSING", "delegation/delegate", Lang.NL)]


def test_objective_titles_are_required_but_block_titles_are_not() -> None:
    note = complete_note()
    oo = node_of(note, NodeKind.OO)
    oo.title = BiText()
    os_node = node_of(note, NodeKind.OS)
    os_node.title = bt("Développer le tourisme d’affaires", "")
    assert issues_of(note, oo.id) == [("FIELD_EMPTY", "title", None)]
    assert issues_of(note, os_node.id) == [("TRANSLATION_MISSING", "title", Lang.NL)]
    assert planning_block(note).title.is_empty()


def test_year_block_without_a_year() -> None:
    note = complete_note()
    block = node_of(note, NodeKind.REALISATION)
    block.year = None
    assert issues_of(note, block.id) == [("BLOCK_YEAR_MISSING", "year", None)]


def test_title_block_competence_abbreviations_chapters_and_records() -> None:
    note = complete_note()
    note.title.competence = bt("Tourisme", "")
    note.abbreviations.append(Abbreviation(short=bt("CIRB", "CIBG"), long=bt("Centre d’Informatique", "")))
    note.chapter(ChapterKind.INTRODUCTION).body = BiText()
    audit = note.annex(AnnexKind.AUDIT)
    assert audit is not None
    audit.records.append(AuditRecord(reference=bt("Rapport 2020", "Verslag 2020")))
    record = audit.records[-1]
    found = [(i.code, i.node_id, i.field, i.lang) for i in check_note(note, TODAY)]
    assert found == [
        ("TRANSLATION_MISSING", "title", "competence", Lang.NL),
        ("TRANSLATION_MISSING", note.abbreviations[-1].id, "long", Lang.NL),
        ("FIELD_EMPTY", "chapter-introduction", "body", None),
        ("FIELD_EMPTY", record.id, "recommendations", None),
        ("FIELD_EMPTY", record.id, "application", None),
    ]


def test_budget_line_label_in_both_languages() -> None:
    note = complete_note()
    block = planning_block(note)
    line = block.fields["means"].budget[0]
    line.label = bt("", "Subsidies")
    assert issues_of(note, block.id) == [("TRANSLATION_MISSING", f"means/{line.id}/label", Lang.FR)]


def test_stale_translation_is_a_warning_on_the_side_not_updated() -> None:
    note = complete_note()
    block = planning_block(note)
    text = block.fields["output"]
    text.confirm()
    text.nl = "Een volledig vernieuwd aanbod in 2022."
    found = [i for i in check_note(note, TODAY) if i.node_id == block.id]
    assert [(i.code, i.field, i.lang, i.severity) for i in found] == [
        ("STALE_TRANSLATION", "output", Lang.FR, Severity.WARNING)
    ]
    text.confirm()
    assert issues_of(note, block.id) == []


def test_stale_in_both_directions() -> None:
    note = complete_note()
    note.title.competence.confirm()
    note.title.competence.fr = "Tourisme et image de Bruxelles"
    assert issues_of(note, "title") == [("STALE_TRANSLATION", "competence", Lang.NL)]


def test_new_planning_block_lists_every_missing_required_field() -> None:
    note = complete_note()
    oo = node_of(note, NodeKind.OO)
    fresh = new_node(NodeKind.PLANNING, year=2023)
    oo.children.append(fresh)
    codes = [code for code, _, _ in issues_of(note, fresh.id)]
    assert codes == [
        "FIELD_EMPTY",
        "FIELD_EMPTY",
        "KPI_MISSING",
        "THRESHOLDS_MISSING",
        "DEADLINE_MISSING",
        "FIELD_EMPTY",
        "FIELD_EMPTY",
        "FIELD_EMPTY",
        "FIELD_EMPTY",
    ]
    assert len(errors(check_note(note, TODAY))) == 9


def test_realisation_status_is_required_and_its_comment_bilingual() -> None:
    note = complete_note()
    block = node_of(note, NodeKind.REALISATION)
    block.fields["status"] = Status()
    assert issues_of(note, block.id) == [("FIELD_EMPTY", "status", None)]
    block.fields["status"] = Status(StatusCode.DELAYED, bt("", "Vertraagd door de gezondheidscrisis"))
    assert issues_of(note, block.id) == [("TRANSLATION_MISSING", "status/comment", Lang.FR)]


def test_optional_thresholds_left_empty_are_fine_but_started_ones_must_be_whole() -> None:
    note = complete_note()
    item = node_of(note, NodeKind.ITEM)
    item.fields["thresholds"] = Thresholds()
    assert issues_of(note, item.id) == []
    item.fields["thresholds"] = Thresholds(red=Band(bt("Aucune édition", "Geen editie")))
    assert issues_of(note, item.id) == [
        ("THRESHOLD_BAND_MISSING", "thresholds/green", None),
        ("THRESHOLD_BAND_MISSING", "thresholds/orange", None),
    ]


def test_kpi_unit_and_source_one_sided_and_a_stale_kpi_name() -> None:
    note = complete_note()
    block = planning_block(note)
    kpi = block.fields["kpis"].items[0]
    kpi.unit = bt("nuitées", "")
    kpi.name.confirm()
    kpi.name.fr = "Nombre de nuitées dans les hôtels bruxellois"
    assert issues_of(note, block.id) == [
        ("STALE_TRANSLATION", f"kpis/{kpi.id}/name", Lang.NL),
        ("TRANSLATION_MISSING", f"kpis/{kpi.id}/unit", Lang.NL),
    ]


def test_means_and_partners_of_a_planning_block_are_required() -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["means"] = Means()
    block.fields["partners"] = Partners()
    assert issues_of(note, block.id) == [("FIELD_EMPTY", "means", None), ("FIELD_EMPTY", "partners", None)]

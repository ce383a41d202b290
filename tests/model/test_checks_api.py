"""The checks' public interface: check_node, document order, locations, messages, summary, speed."""

from __future__ import annotations

import string
import time

from editor.model.bitext import BiText, Lang
from editor.model.checks import Issue, Severity, check_node, check_note, summary
from editor.model.labels import NodeKind
from editor.model.messages import MESSAGES
from editor.model.values import Deadline, DeadlineKind, KpiList
from tests.model.test_checks_fixtures import (
    TODAY,
    bt,
    complete_note,
    incomplete_note,
    node_of,
    planning_block,
    published_mismatch_note,
)


def test_check_node_reports_only_that_nodes_own_fields() -> None:
    note = complete_note()
    oo = node_of(note, NodeKind.OO)
    block = planning_block(note)
    block.fields["kpis"] = KpiList()
    assert check_node(note, oo, TODAY) == []
    issues = check_node(note, block, TODAY)
    assert [(issue.code, issue.node_id) for issue in issues] == [("KPI_MISSING", block.id)]
    assert issues == [issue for issue in check_note(note, TODAY) if issue.node_id == block.id]


def test_check_node_knows_the_planning_year_of_an_action() -> None:
    note = complete_note()
    action = node_of(note, NodeKind.ACTION)
    action.fields["deadline"] = Deadline(DeadlineKind.YEAR, year=2021)
    assert [issue.code for issue in check_node(note, action, TODAY)] == ["DEADLINE_PAST"]


def test_check_note_lists_issues_in_document_order() -> None:
    note = complete_note()
    note.title.competence = BiText()
    os_node = node_of(note, NodeKind.OS)
    os_node.fields["description"] = BiText()
    planning_block(note).fields["output"] = BiText()
    order = [issue.node_id for issue in check_note(note, TODAY)]
    assert order == ["title", os_node.id, planning_block(note).id]


def test_location_is_heading_and_field_label_in_the_note_language_with_the_side() -> None:
    note = incomplete_note()
    issues = check_note(note, TODAY)
    deadline = next(issue for issue in issues if issue.code == "DEADLINE_PAST")
    assert deadline.location(Lang.FR) == "IV.1.1.2 Planning 2022 › Échéance de l’OO"
    assert deadline.location(Lang.NL) == "IV.1.1.2 Planning 2022 › Deadline voor de OD"
    missing = next(issue for issue in issues if issue.code == "TRANSLATION_MISSING")
    assert missing.location(Lang.NL) == "IV.1.1.2 Planning 2022 › Slaagvoorwaarden (NL)"
    band = next(issue for issue in issues if issue.code == "THRESHOLD_BAND_MISSING")
    assert band.location(Lang.NL).endswith("Drempelwaarden van de OD (groen, oranje of rood) › oranje")


def test_location_of_an_objective_title_and_a_kpi() -> None:
    note = complete_note()
    oo = node_of(note, NodeKind.OO)
    oo.title = bt("", "De verblijven heropstarten")
    block = planning_block(note)
    block.fields["kpis"].items[0].name = bt("Nombre de nuitées", "")
    issues = check_note(note, TODAY)
    assert [issue.location(Lang.NL) for issue in issues] == [
        "IV.1.1. OD 1.1. : De verblijven heropstarten › Titel (FR)",
        "IV.1.1.2 Planning 2022 › Prestatie-indicatoren (KPI) van de output van de OD › Indicator 1 (NL)",
    ]


def test_an_issue_built_elsewhere_still_has_a_location() -> None:
    issue = Issue("FIELD_EMPTY", Severity.ERROR, "oo-0123abcd", "description", Lang.NL)
    assert issue.location(Lang.FR) == "oo-0123abcd › description (NL)"


def test_messages_exist_in_three_languages_with_the_same_placeholders() -> None:
    for code, texts in MESSAGES.items():
        assert set(texts) == {"fr", "nl", "en"}, code
        names = [
            {name for _, name, _, _ in string.Formatter().parse(text) if name} for text in texts.values()
        ]
        assert names[0] == names[1] == names[2], code


def test_every_reported_message_is_fully_rendered_in_three_languages() -> None:
    issues = check_note(incomplete_note(), TODAY) + check_note(published_mismatch_note(), TODAY)
    assert {issue.code for issue in issues} >= {"KPI_MISSING", "DEADLINE_PAST", "NUMBER_MISMATCH"}
    for issue in issues:
        for ui in ("fr", "nl", "en"):
            text = issue.message(ui)
            assert "{" not in text and issue.code not in text, (issue.code, ui, text)
    band = next(issue for issue in issues if issue.code == "THRESHOLD_BAND_MISSING")
    assert band.message("fr") == "La valeur seuil orange n’a pas de texte."
    assert band.message("nl") == "De drempelwaarde oranje heeft geen tekst."
    assert band.message("en") == "The orange threshold has no text."


def test_summary_counts_per_severity_and_language() -> None:
    issues = check_note(incomplete_note(), TODAY) + check_note(published_mismatch_note(), TODAY)
    counts = summary(issues)
    assert counts == {
        "total": 8,
        "error": 5,
        "warning": 3,
        "fr": 0,
        "nl": 1,
        "both": 7,
        "complete": False,
    }
    assert summary([])["complete"] is True


def test_check_node_is_fast_enough_to_run_after_every_edit() -> None:
    note = complete_note()
    for _ in range(60):  # a large note: some 480 nodes
        note.objectives.extend(complete_note().objectives)
    block = planning_block(note)
    check_node(note, block, TODAY)
    rounds = 50
    start = time.perf_counter()
    for round_ in range(rounds):
        block.fields["output"] = bt(f"Une offre renouvelée {round_}", f"Een vernieuwd aanbod {round_}")
        check_node(note, block, TODAY)
    per_node = (time.perf_counter() - start) / rounds
    assert per_node < 0.010, f"{per_node * 1000:.1f} ms"

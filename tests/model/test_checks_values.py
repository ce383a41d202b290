"""Value rules: deadlines against the planning year and today, numeric bands, budget, references, ids."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from editor.model.bitext import Lang
from editor.model.checks import Severity, check_note
from editor.model.labels import AnnexKind, NodeKind
from editor.model.tree import AgendaRecord, Note
from editor.model.values import (
    Band,
    BudgetLine,
    Deadline,
    DeadlineKind,
    Direction,
    Kpi,
    Partners,
    Season,
    Thresholds,
)
from tests.model.test_checks_fixtures import TODAY, bt, complete_note, node_of, planning_block


def found(note: Note, node_id: str, today: date | None = TODAY) -> list[tuple[str, str | None]]:
    return [(issue.code, issue.field) for issue in check_note(note, today) if issue.node_id == node_id]


# ------------------------------------------------------------------ deadlines


@pytest.mark.parametrize(
    "deadline",
    [
        Deadline(DeadlineKind.YEAR, year=2021),
        Deadline(DeadlineKind.SEASON, year=2021, season=Season.SPRING),
        Deadline(DeadlineKind.RANGE, year=2021, start_year=2020),
        Deadline(DeadlineKind.MONTH, year=2021, part=12),
    ],
)
def test_planning_2022_deadline_before_2022_is_past(deadline: Deadline) -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["deadline"] = deadline
    issues = [issue for issue in check_note(note, TODAY) if issue.node_id == block.id]
    assert [(issue.code, issue.severity) for issue in issues] == [("DEADLINE_PAST", Severity.ERROR)]
    assert issues[0].params == {"deadline_year": 2021, "block_year": 2022}


@pytest.mark.parametrize(
    "deadline",
    [
        Deadline(DeadlineKind.YEAR, year=2022),
        Deadline(DeadlineKind.RANGE, year=2022, start_year=2020),  # ends in the planning year
        Deadline(DeadlineKind.QUARTER, year=2023, part=2),
        Deadline(DeadlineKind.CONTINUOUS),
        Deadline(DeadlineKind.PER_PLANNING),
    ],
)
def test_planning_2022_deadline_in_or_after_2022_is_fine(deadline: Deadline) -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["deadline"] = deadline
    assert found(note, block.id) == []


def test_action_deadline_is_checked_against_its_planning_year() -> None:
    note = complete_note()
    action = node_of(note, NodeKind.ACTION)
    action.fields["deadline"] = Deadline(DeadlineKind.YEAR, year=2020)
    assert found(note, action.id) == [("DEADLINE_PAST", "deadline")]


def test_realisation_deadlines_are_history_not_errors() -> None:
    note = complete_note()
    block = node_of(note, NodeKind.REALISATION)
    block.fields["promised_deadline"] = Deadline(DeadlineKind.YEAR, year=2015)
    assert found(note, block.id, date(2026, 11, 24)) == []


def test_elapsed_deadline_warns_only_with_today_and_for_the_current_note() -> None:
    note = complete_note()
    oo = node_of(note, NodeKind.OO)
    oo.fields["deadline"] = Deadline(DeadlineKind.YEAR, year=2020)
    assert found(note, oo.id, None) == []
    issues = [issue for issue in check_note(note, TODAY) if issue.node_id == oo.id]
    assert [(issue.code, issue.severity) for issue in issues] == [("DEADLINE_ELAPSED", Severity.WARNING)]
    assert issues[0].params == {"deadline_year": 2020, "current_year": 2021}
    # Last year's note, kept for reference: its deadlines are over by nature.
    assert found(note, oo.id, date(2026, 3, 1)) == []


@pytest.mark.parametrize(
    "deadline",
    [
        Deadline(DeadlineKind.SEASON, season=Season.AUTUMN),
        Deadline(DeadlineKind.SEASON, year=2022),
        Deadline(DeadlineKind.RANGE, year=2022),
        Deadline(DeadlineKind.QUARTER, year=2022, part=5),
        Deadline(DeadlineKind.MONTH, year=2022),
        Deadline(DeadlineKind.DATE, year=2022, part=2, day=30),
    ],
)
def test_incomplete_or_impossible_deadlines(deadline: Deadline) -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["deadline"] = deadline
    assert found(note, block.id) == [("DEADLINE_INCOMPLETE", "deadline")]


def test_whole_deadlines_of_every_kind() -> None:
    note = complete_note()
    block = planning_block(note)
    for deadline in (
        Deadline(DeadlineKind.DATE, year=2022, part=2, day=28),
        Deadline(DeadlineKind.SEMESTER, year=2022, part=1),
        Deadline(DeadlineKind.EVERY_YEAR_UNTIL, year=2024),
    ):
        block.fields["deadline"] = deadline
        assert found(note, block.id) == []


def test_inverted_range() -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["deadline"] = Deadline(DeadlineKind.RANGE, year=2022, start_year=2024)
    assert found(note, block.id) == [("DEADLINE_RANGE", "deadline")]


# ------------------------------------------------------------------ numeric thresholds


def bands(green: tuple, orange: tuple, red: tuple) -> Thresholds:
    def band(bounds: tuple, fr: str, nl: str) -> Band:
        lower, upper = (None if value is None else Decimal(value) for value in bounds)
        return Band(bt(fr, nl), lower, upper)

    return Thresholds(
        green=band(green, "Objectif atteint", "Doel bereikt"),
        orange=band(orange, "Objectif presque atteint", "Doel bijna bereikt"),
        red=band(red, "Objectif manqué", "Doel gemist"),
    )


def with_bands(thresholds: Thresholds, direction: Direction | None = Direction.INCREASE) -> tuple[Note, str]:
    note = complete_note()
    block = planning_block(note)
    block.fields["kpis"].items[0].direction = direction
    block.fields["thresholds"] = thresholds
    return note, block.id


def test_seed_bands_for_an_increasing_kpi_are_fine() -> None:
    note, block_id = with_bands(bands((21, None), (15, 21), (None, 15)))
    assert found(note, block_id) == []


def test_decreasing_kpi_wants_green_lowest() -> None:
    note, block_id = with_bands(bands((None, 5), (5, 10), (10, None)), Direction.DECREASE)
    assert found(note, block_id) == []
    note, block_id = with_bands(bands((21, None), (15, 21), (None, 15)), Direction.DECREASE)
    assert found(note, block_id) == [("THRESHOLD_DIRECTION", "thresholds")]


def test_increasing_kpi_with_green_lowest_is_wrong_way_round() -> None:
    note, block_id = with_bands(bands((None, 5), (5, 10), (10, None)))
    issues = [issue for issue in check_note(note, TODAY) if issue.node_id == block_id]
    assert [issue.code for issue in issues] == ["THRESHOLD_DIRECTION"]
    assert issues[0].message("fr").endswith("les plus hautes.")
    assert issues[0].message("en").endswith("the highest band.")


def test_maintain_or_no_direction_has_no_order() -> None:
    note, block_id = with_bands(bands((None, 5), (5, 10), (10, None)), Direction.MAINTAIN)
    assert found(note, block_id) == []
    note, block_id = with_bands(bands((None, 5), (5, 10), (10, None)), None)
    assert found(note, block_id) == []


def test_overlapping_bands() -> None:
    note, block_id = with_bands(bands((20, None), (15, 21), (None, 15)))
    issues = [issue for issue in check_note(note, TODAY) if issue.node_id == block_id]
    assert [(issue.code, issue.params) for issue in issues] == [
        ("THRESHOLD_OVERLAP", {"first": "orange", "second": "green"})
    ]
    assert issues[0].message("nl") == "De drempelwaarden oranje en groen overlappen."


def test_bands_leaving_a_gap() -> None:
    note, block_id = with_bands(bands((22, None), (15, 21), (None, 15)))
    issues = [issue for issue in check_note(note, TODAY) if issue.node_id == block_id]
    assert [issue.code for issue in issues] == ["THRESHOLD_GAP"]
    assert issues[0].params["gap_from"] == "21" and issues[0].params["gap_to"] == "22"


def test_band_with_lower_not_below_upper() -> None:
    note, block_id = with_bands(bands((21, None), (21, 15), (None, 15)))
    assert found(note, block_id) == [("THRESHOLD_BOUNDS", "thresholds/orange")]


def test_thresholds_follow_the_kpi_they_name() -> None:
    note = complete_note()
    block = planning_block(note)
    falling = Kpi(name=bt("Nombre d’accidents", "Aantal ongevallen"), direction=Direction.DECREASE)
    block.fields["kpis"].items.append(falling)
    block.fields["thresholds"] = bands((None, 5), (5, 10), (10, None))
    assert found(note, block.id) == [("THRESHOLD_DIRECTION", "thresholds")]  # first KPI increases
    block.fields["thresholds"].kpi = falling.id
    assert found(note, block.id) == []


def test_thresholds_naming_a_kpi_of_another_field_is_a_bad_reference() -> None:
    note = complete_note()
    block = planning_block(note)
    other_kpi = node_of(note, NodeKind.OS).fields["kpis"].items[0]
    block.fields["thresholds"].kpi = other_kpi.id
    issues = [issue for issue in check_note(note, TODAY) if issue.node_id == block.id]
    assert [(issue.code, issue.field, issue.params["ref"]) for issue in issues] == [
        ("BAD_REFERENCE", "thresholds/kpi", other_kpi.id)
    ]


# ------------------------------------------------------------------ means


def test_budget_codes_amounts_and_fte() -> None:
    note = complete_note()
    block = planning_block(note)
    means = block.fields["means"]
    means.fte = Decimal("-1")
    means.budget.append(
        BudgetLine(code="AB 12.017.08.01.1211", label=bt("Frais", "Kosten"), amount=Decimal(-5))
    )
    means.budget.append(BudgetLine(code="20.002.08.01", label=bt("Études", "Studies"), amount=Decimal(0)))
    bad = means.budget[1]
    assert found(note, block.id) == [
        ("NEGATIVE_FTE", "means/fte"),
        ("BUDGET_CODE", f"means/{bad.id}/code"),
        ("NEGATIVE_AMOUNT", f"means/{bad.id}/amount"),
    ]
    messages = [issue.message("fr") for issue in check_note(note, TODAY) if issue.code == "BUDGET_CODE"]
    assert messages == ["Code budgétaire mal formé : « AB 12.017.08.01.1211 » (attendu p. ex. "
                        "12.017.08.01.1211, sans AB)."]  # fmt: skip


# ------------------------------------------------------------------ references and ids


def test_partner_must_be_an_organisation_of_the_note() -> None:
    note = complete_note()
    block = planning_block(note)
    block.fields["partners"] = Partners([note.organisations[0].id, "org-disparue"])
    issues = [issue for issue in check_note(note, TODAY) if issue.node_id == block.id]
    assert [(issue.code, issue.params) for issue in issues] == [
        ("BAD_REFERENCE", {"ref": "org-disparue", "expected": "organisation"})
    ]


def test_agenda_records_refer_to_objectives_of_the_right_kind() -> None:
    note = complete_note()
    oo = node_of(note, NodeKind.OO)
    os_node = node_of(note, NodeKind.OS)
    agenda = note.annex(AnnexKind.AGENDA)
    assert agenda is not None
    record = AgendaRecord(
        content=bt("Arrêté relatif aux guides touristiques", "Besluit betreffende de toeristische gidsen"),
        os_ref=oo.id,
        oo_refs=[os_node.id, "oo-inconnu"],
        situation=bt("En préparation", "In voorbereiding"),
    )
    agenda.records.append(record)
    issues = [issue for issue in check_note(note, TODAY) if issue.node_id == record.id]
    assert [(issue.code, issue.field, issue.params["ref"]) for issue in issues] == [
        ("BAD_REFERENCE", "os", oo.id),
        ("BAD_REFERENCE", "oos", os_node.id),
        ("BAD_REFERENCE", "oos", "oo-inconnu"),
    ]
    assert issues[0].location(Lang.FR) == (
        "Annexe 3 : Agenda de la réglementation › Fiche 2 › Objectif stratégique"
    )


def test_duplicate_ids_in_a_note_built_in_memory() -> None:
    note = complete_note()
    oo = node_of(note, NodeKind.OO)
    block = planning_block(note)
    block.id = oo.id
    kpi = block.fields["kpis"].items[0]
    kpi.id = note.organisations[0].id
    issues = [issue for issue in check_note(note, TODAY) if issue.code == "DUPLICATE_ID"]
    assert [(issue.node_id, issue.severity) for issue in issues] == [
        (oo.id, Severity.ERROR),
        (note.organisations[0].id, Severity.ERROR),
    ]
    assert issues[1].location(Lang.FR).endswith("Planning 2022 › Identifiant")

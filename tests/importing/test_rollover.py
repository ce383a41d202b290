"""Roll-forward of a note from budget year N to N+1, through its public function and CLI verb."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest

from editor.model.bitext import BiText
from editor.model.importing.rollover import roll_forward
from editor.model.labels import ChapterKind, NodeKind, Template
from editor.model.tree import AgendaRecord, Node, Note, Organisation, new_node
from editor.model.values import (
    Band,
    BudgetLine,
    CreditType,
    Deadline,
    DeadlineKind,
    Kpi,
    KpiList,
    Means,
    Partners,
    Season,
    Status,
    StatusCode,
    Thresholds,
)
from editor.model.xmlio import note_from_bytes, note_to_bytes, save_note

ROOT = Path(__file__).resolve().parents[2]


def _text(fr: str, nl: str) -> BiText:
    return BiText(fr, nl)


def _planning(year: int, deadline_year: int) -> Node:
    planning = new_node(NodeKind.PLANNING, year=year)
    planning.fields["description"] = _text(
        "Réformer le secteur des taxis et des véhicules de location avec chauffeur.",
        "Hervorming van de taxisector en van de verhuur van voertuigen met chauffeur.",
    )
    planning.fields["output"] = _text(
        "Un cadre réglementaire adopté et mis en œuvre.",
        "Een goedgekeurd en uitgevoerd regelgevend kader.",
    )
    kpi = Kpi(
        name=_text("Nombre de licences délivrées", "Aantal afgegeven vergunningen"),
        baseline=Decimal(700),
        baseline_year=year - 2,
        target=Decimal(1200),
        actual=Decimal(950),
        actual_year=year,
    )
    planning.fields["kpis"] = KpiList([kpi])
    planning.fields["thresholds"] = Thresholds(
        kpi=kpi.id,
        green=Band(_text("plus de 1.200 licences", "meer dan 1.200 vergunningen"), lower=Decimal(1200)),
        orange=Band(_text("de 800 à 1.200", "van 800 tot 1.200"), Decimal(800), Decimal(1200)),
        red=Band(_text("moins de 800", "minder dan 800"), upper=Decimal(800)),
    )
    planning.fields["deadline"] = Deadline(DeadlineKind.YEAR, year=deadline_year)
    planning.fields["actions"] = _text(
        "– Informer le secteur\n– Former les chauffeurs",
        "– Informeren van de sector\n– Opleiden van de chauffeurs",
    )
    planning.fields["success_conditions"] = _text(
        "Adoption du projet par le Gouvernement", "Goedkeuring van het project door de regering"
    )
    planning.fields["means"] = Means(
        fte=Decimal("2.5"),
        budget=[
            BudgetLine(
                code="20.002.08.01.1211",
                label=_text("Études", "Studies"),
                amount=Decimal(500000),
                per_year=True,
                credit=CreditType.BOTH,
            )
        ],
    )
    action = new_node(NodeKind.ACTION, title=_text("Campagne d’information", "Informatiecampagne"))
    action.fields["deadline"] = Deadline(DeadlineKind.SEASON, year=year - 1, season=Season.SPRING)
    planning.children.append(action)
    return planning


def build_note() -> Note:
    """A template-B note for budget year 2022 with an OS, two OOs (B and A), chapters and annexes."""
    note = Note()
    note.title.competence = _text("Transport rémunéré de personnes", "Bezoldigd personenvervoer")
    note.title.session_year, note.title.budget_year = 2021, 2022
    note.title.document_ref = "A-453/2"
    stib = Organisation(name=_text("STIB", "MIVB"))
    note.organisations.append(stib)
    note.chapter(ChapterKind.INTRODUCTION).body = BiText(
        "Cette note présente les objectifs.", "Deze nota stelt de doelstellingen voor."
    )
    note.chapter(ChapterKind.INTRODUCTION).body.confirm()
    os_node = new_node(
        NodeKind.OS, title=_text("Un transport de personnes de qualité", "Kwaliteitsvol personenvervoer")
    )
    os_node.fields["description"] = _text(
        "Améliorer l’offre de taxis à Bruxelles.", "Het taxiaanbod in Brussel verbeteren."
    )
    os_node.fields["deadline"] = Deadline(DeadlineKind.YEAR, year=2022)
    oo_b = new_node(
        NodeKind.OO, Template.B, title=_text("Réforme du secteur des taxis", "Hervorming van de taxisector")
    )
    realisation = new_node(NodeKind.REALISATION, year=2021)
    realisation.fields["status"] = Status(StatusCode.IN_PROGRESS)
    realisation.fields["realisation_description"] = _text("L’ordonnance a été votée.", "De ordonnantie werd gestemd.")
    planning = _planning(2022, 2021)
    planning.fields["partners"] = Partners([stib.id])
    oo_b.children = [realisation, planning]
    oo_a = new_node(
        NodeKind.OO,
        Template.A,
        title=_text("Accessibilité des taxis PMR", "Toegankelijkheid van de TBS-taxi’s"),
    )
    oo_a.fields["description"] = _text("Développer les taxis adaptés.", "Aangepaste taxi’s ontwikkelen.")
    oo_a.fields["deadline"] = Deadline(DeadlineKind.MONTH, year=2023, part=12)
    os_node.children = [oo_b, oo_a]
    note.objectives.append(os_node)
    agenda = note.annexes[2]
    agenda.records.append(
        AgendaRecord(content=_text("Ordonnance taxis", "Ordonnantie taxi’s"), os_ref=os_node.id, oo_refs=[oo_b.id])
    )
    return note


V = TypeVar("V")


def _get(node: Node, key: str, kind: type[V]) -> V:
    value = node.fields[key]
    assert isinstance(value, kind)
    return value


def _oo_b(note: Note) -> Node:
    return note.objectives[0].children[0]


def test_ids_kept_and_years_shifted() -> None:
    old = build_note()
    new, report = roll_forward(old)
    assert [n.id for n in new.walk() if n.kind is not NodeKind.REALISATION] == [
        n.id for n in old.walk() if n.kind is not NodeKind.REALISATION
    ]
    assert (new.title.session_year, new.title.budget_year) == (2022, 2023)
    assert new.title.document_ref == ""
    assert new.id != old.id
    blocks = _oo_b(new).children
    assert [(b.kind, b.year) for b in blocks] == [(NodeKind.REALISATION, 2022), (NodeKind.PLANNING, 2023)]
    assert report.summary["blocks_rolled"] == 1
    # The source note is not touched.
    assert [(b.kind, b.year) for b in _oo_b(old).children] == [
        (NodeKind.REALISATION, 2021),
        (NodeKind.PLANNING, 2022),
    ]


def test_realisation_promises_equal_old_planning() -> None:
    old = build_note()
    new, _ = roll_forward(old)
    old_planning = _oo_b(old).children[1]
    realisation, planning = _oo_b(new).children
    assert _get(realisation, "status", Status).is_empty()
    assert realisation.text("realisation_description").is_empty()
    assert realisation.text("promised_output").fr == old_planning.text("output").fr
    assert realisation.text("promised_output").nl == "Een goedgekeurd en uitgevoerd regelgevend kader."
    promised = _get(realisation, "promised_kpis", KpiList)
    old_kpi = _get(old_planning, "kpis", KpiList).items[0]
    assert [k.name.nl for k in promised.items] == ["Aantal afgegeven vergunningen"]
    assert promised.items[0].target == old_kpi.target and promised.items[0].id != old_kpi.id
    thresholds = _get(realisation, "promised_thresholds", Thresholds)
    assert thresholds.kpi == promised.items[0].id
    assert thresholds.red.text.fr == "moins de 800"
    assert _get(realisation, "promised_deadline", Deadline).year == 2021
    # Planning N+1 keeps texts, KPI ids, means, partners and actions.
    assert _get(planning, "kpis", KpiList).items[0].id == old_kpi.id
    # The value reached in 2022 is reported in Réalisations 2022 and starts Planning 2023.
    assert (promised.items[0].actual, promised.items[0].baseline) == (Decimal(950), Decimal(700))
    new_kpi = _get(planning, "kpis", KpiList).items[0]
    assert (new_kpi.baseline, new_kpi.baseline_year, new_kpi.actual) == (Decimal(950), 2022, None)
    assert planning.text("actions").nl.startswith("– Informeren")
    assert _get(planning, "means", Means).budget[0].amount == Decimal(500000)
    assert planning.children[0].id == old_planning.children[0].id


def test_past_deadlines_flagged_and_left() -> None:
    new, report = roll_forward(build_note())
    flagged = {a.detail["node_id"] for a in report.by_code("DEADLINE_PAST")}
    planning = _oo_b(new).children[1]
    os_node = new.objectives[0]
    oo_a = os_node.children[1]
    assert planning.id in flagged and planning.children[0].id in flagged and os_node.id in flagged
    assert oo_a.id not in flagged  # décembre 2023 is not before 2023
    assert _get(planning, "deadline", Deadline).year == 2021


def test_chapters_kept_for_review_and_annex_records_kept() -> None:
    new, report = roll_forward(build_note())
    body = new.chapter(ChapterKind.INTRODUCTION).body
    assert body.fr == "Cette note présente les objectifs." and body.confirmed
    assert [a.detail["chapter"] for a in report.by_code("REVIEW_CHAPTER")] == ["introduction"]
    record = new.annexes[2].records[0]
    assert isinstance(record, AgendaRecord) and record.content.nl == "Ordonnantie taxi’s"


def test_output_schema_valid_and_round_trip_stable() -> None:
    new, _ = roll_forward(build_note())
    data = note_to_bytes(new)
    again = note_from_bytes(data, "rolled.xml")
    assert note_to_bytes(again) == data


def test_rolling_twice_reports_on_the_rolled_plan() -> None:
    once, _ = roll_forward(build_note())
    twice, _ = roll_forward(once)
    realisation, planning = _oo_b(twice).children
    assert (realisation.year, planning.year) == (2023, 2024)
    assert realisation.text("promised_output").fr == "Un cadre réglementaire adopté et mis en œuvre."


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "note-2022.xml"
    save_note(build_note(), path, backup=False)
    return path


def test_cli_writes_new_note_and_keeps_old(old_file: Path, tmp_path: Path) -> None:
    before = old_file.read_bytes()
    out = tmp_path / "note-2023.xml"
    result = _cli("rollover", str(old_file), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert old_file.read_bytes() == before
    assert note_from_bytes(out.read_bytes()).title.budget_year == 2023
    assert "DEADLINE_PAST" in result.stdout


def test_cli_refuses_existing_output_without_force(old_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "exists.xml"
    out.write_text("ne pas écraser", encoding="utf-8")
    result = _cli("rollover", str(old_file), "-o", str(out))
    assert result.returncode == 2 and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "ne pas écraser"
    assert _cli("rollover", str(old_file), "-o", str(out), "--force").returncode == 0


def test_cli_refuses_to_overwrite_input(old_file: Path) -> None:
    result = _cli("rollover", str(old_file), "-o", str(old_file), "--force")
    assert result.returncode == 2
    assert note_from_bytes(old_file.read_bytes()).title.budget_year == 2022


def test_cli_unreadable_input(tmp_path: Path) -> None:
    bad = tmp_path / "cassé.xml"
    bad.write_text("<note><oups></note>", encoding="utf-8")
    out = tmp_path / "out.xml"
    result = _cli("rollover", str(bad), "-o", str(out))
    assert result.returncode == 2 and "cassé.xml" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


def test_cli_unwritable_output_is_named(old_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "dossier-absent" / "note-2023.xml"
    result = _cli("rollover", str(old_file), "-o", str(out))
    assert result.returncode == 2 and f"{out}: cannot write" in result.stderr

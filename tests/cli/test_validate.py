"""`main.py validate` run as a user runs it: exit codes 0/1/2, messages in FR/NL/EN, JSON report."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from editor.model.resources import SAMPLE_NOTE
from tests.model.test_checks_fixtures import RULES_DIR

ROOT = Path(__file__).resolve().parents[2]


def validate(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return _run(tuple(map(str, args)))


@cache
def _run(args: tuple[str, ...]) -> subprocess.CompletedProcess[str]:
    """One process per distinct command line: several tests read the same run."""
    return subprocess.run(
        [sys.executable, "main.py", "validate", *args, "--today", "2021-10-15"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_complete_note_exits_0() -> None:
    result = validate(RULES_DIR / "complete.xml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("note valid and complete")


def test_warnings_alone_still_exit_0_and_are_listed() -> None:
    result = validate(RULES_DIR / "published-mismatches.xml", "--lang", "fr")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert sum("[NUMBER_MISMATCH]" in line for line in lines) == 3
    assert "CHAPITRE II – Analyse du contexte › Texte" in result.stdout
    assert "seulement en français 2,5 ; seulement en néerlandais 25." in result.stdout
    assert lines[-1].endswith("0 erreur(s), 3 avertissement(s)")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "erreur [KPI_MISSING] IV.1.1.2 Planning 2022 › Indicateurs de performance (ICP) de l’output "
               "de l’OO — Aucun indicateur de performance (ICP) n’est défini."),
        ("nl", "fout [KPI_MISSING] IV.1.1.2 Planning 2022 › Prestatie-indicatoren (KPI) van de output van "
               "de OD — Er is geen prestatie-indicator (KPI) opgegeven."),
        ("en", "error [KPI_MISSING] IV.1.1.2 Planning 2022 › Indicateurs de performance (ICP) de l’output "
               "de l’OO — No performance indicator (KPI) is defined."),
    ],
)  # fmt: skip
def test_rule_errors_exit_1_with_messages_in_the_chosen_language(lang: str, expected: str) -> None:
    result = validate(RULES_DIR / "incomplete.xml", "--lang", lang)
    assert result.returncode == 1
    assert expected in result.stdout.splitlines()
    assert result.stderr == ""


def test_translation_missing_names_the_side_in_three_languages() -> None:
    outputs = {
        lang: validate(RULES_DIR / "incomplete.xml", "--lang", lang).stdout for lang in ("fr", "nl", "en")
    }
    assert "Conditions de réussite (NL) — Le texte néerlandais manque" in outputs["fr"]
    assert "Slaagvoorwaarden (NL) — De Nederlandse tekst ontbreekt" in outputs["nl"]
    assert "(NL) — The Dutch text is missing" in outputs["en"]


def test_json_report() -> None:
    result = validate(RULES_DIR / "incomplete.xml", "--json", "--lang", "nl")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["file"].endswith("incomplete.xml")
    assert report["valid"] is True and report["schema_errors"] == []
    codes = [issue["code"] for issue in report["issues"]]
    assert codes == [
        "KPI_MISSING",
        "THRESHOLD_BAND_MISSING",
        "THRESHOLD_BAND_MISSING",
        "DEADLINE_PAST",
        "TRANSLATION_MISSING",
    ]
    past = report["issues"][3]
    assert set(past) >= {"code", "severity", "node_id", "field", "lang", "location", "message"}
    assert past["severity"] == "error" and past["field"] == "deadline" and past["lang"] is None
    assert past["location"] == "IV.1.1.2 Planning 2022 › Deadline voor de OD"
    assert past["message"] == "De deadline (2021) ligt vóór het planningsjaar (2022)."
    assert report["issues"][4]["lang"] == "nl"
    assert report["summary"]["error"] == 5 and report["summary"]["warning"] == 0


def test_schema_invalid_file_exits_2_with_every_error_and_its_line() -> None:
    result = validate(RULES_DIR / "schema-invalid.xml", "--lang", "nl")
    assert result.returncode == 2
    assert "de nota kan niet worden geladen" in result.stdout
    assert "regel 3:" in result.stdout and "deux mille vingt-deux" in result.stdout
    assert "regel 58:" in result.stdout and "surprise" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_schema_invalid_json() -> None:
    result = validate(RULES_DIR / "schema-invalid.xml", "--json")
    assert result.returncode == 2
    report = json.loads(result.stdout)
    assert report["valid"] is False and report["issues"] == []
    assert [error["line"] for error in report["schema_errors"]] == [3, 58]


def test_not_well_formed_file_exits_2_with_its_line() -> None:
    result = validate(RULES_DIR / "not-well-formed.xml")
    assert result.returncode == 2
    assert "the note cannot be loaded" in result.stdout
    assert "line " in result.stdout


@pytest.mark.parametrize("kind", ["missing", "directory", "binary"])
def test_unreadable_inputs_exit_2_without_a_traceback(tmp_path: Path, kind: str) -> None:
    target = {
        "missing": tmp_path / "absente.xml",
        "directory": tmp_path,
        "binary": tmp_path / "image.xml",
    }[kind]
    if kind == "binary":
        target.write_bytes(bytes(range(256)) * 4)
    result = validate(target, "--lang", "fr")
    assert result.returncode == 2, result.stdout + result.stderr
    assert "la note ne peut pas être chargée" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_bad_option_is_a_usage_error_not_a_traceback() -> None:
    result = validate(RULES_DIR / "complete.xml", "--lang", "de")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr and "Traceback" not in result.stderr


def test_bundled_sample_note_is_valid_and_complete() -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "validate", str(SAMPLE_NOTE)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 0, result.stdout

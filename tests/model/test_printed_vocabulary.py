"""The printed vocabulary, one family at a time: every row of every table reads as what it says."""

from __future__ import annotations

from decimal import Decimal

import pytest

from editor.model.bitext import LANGS, Lang
from editor.model.labels import FIELD_SPECS, NodeKind, Template
from editor.model.printed import words
from editor.model.printed.deadlines import read_side, typed_deadline
from editor.model.printed.labels import VARIANTS, canon, field_key, match_label
from editor.model.printed.means import budget_line, parse_means
from editor.model.printed.numbers import amount_in, parse_amount, parse_number, parse_percent
from editor.model.printed.partners import pair_names
from editor.model.printed.source import Printed
from editor.model.printed.statuses import leading_status, status_code
from editor.model.printed.thresholds import band_line, bounds_of
from editor.model.values import Colour, CreditType, DeadlineKind, Season, StatusCode

# --- labels ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("meaning", "lang", "printed"), VARIANTS, ids=[row[2][:40] for row in VARIANTS])
def test_every_label_variant_is_recognised(meaning: str, lang: Lang, printed: str) -> None:
    hit = match_label(printed.rstrip("…") + (" et projets" if printed.endswith("…") else ""))
    assert hit is not None and (hit.meaning, hit.lang) == (meaning, lang)


def test_every_label_the_editor_prints_is_read_back_as_its_field():
    for (kind, template), specs in FIELD_SPECS.items():
        for spec in specs:
            for lang in LANGS:
                hit = match_label(spec.label(lang))
                assert hit is not None, spec.label(lang)
                assert field_key(hit.meaning, kind, template) == spec.key, (kind, spec.label(lang))


@pytest.mark.parametrize(
    "printed",
    [
        "Description de l’objectif :",
        "DESCRIPTION DE L'OBJECTIF",
        "Description de l\u2019objectif\u2009:",
        "1 Description de l’objectif",
        "– Description de l’objectif",
        "Description de l’objectif.",
        "Description de l’ob\ufffdjectif",
    ],
)
def test_label_normalisation_folds_what_print_varies(printed: str) -> None:
    hit = match_label(printed)
    assert hit is not None and hit.meaning == "description" and hit.lang is Lang.FR


def test_synonyms_plurals_and_asides_fold_onto_one_label():
    assert canon("Beschrijving van de doelstelling") == canon("Omschrijving van de doelstelling")
    assert canon("Deadline voor de OD") == canon("Deadline van de OD")
    assert canon("Indicateur(s) clé(s) de performance") == canon("Indicateurs clés de performance")
    assert canon("Valeurs seuils de l’OO (vert, orange ou rouge)") == canon("Valeurs seuils de l’OO")
    assert canon("Budget 2021 contribution") == canon("Budget 2024 contribution")


def test_a_value_on_the_label_line_is_kept():
    hit = match_label("Statut de l’OO : Selon le planning")
    assert hit is not None and (hit.meaning, hit.inline) == ("status", "Selon le planning")
    hit = match_label("Statut de l’OO Selon le planning")
    assert hit is not None and hit.inline == "Selon le planning"
    assert match_label("Stand van zaken is goed") is None  # not a label without its colon
    assert match_label("Le statut de l’OO est en cours") is None


def test_meanings_become_fields_by_node_kind():
    assert field_key("output_per_action", NodeKind.ACTION) == "output"
    assert field_key("output_per_action", NodeKind.OO, Template.A) == "output_per_action"
    assert field_key("os_kpis", NodeKind.OS) == "kpis"
    assert field_key("description", NodeKind.REALISATION) == "realisation_description"
    assert field_key("targets", NodeKind.PLANNING) is None


# --- statuses -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("code", "printed"), words.STATUS_WORDS, ids=[row[1] for row in words.STATUS_WORDS])
def test_every_status_word_reads_as_its_status(code: StatusCode, printed: str) -> None:
    assert leading_status(printed) == (code, "")
    assert leading_status(printed.upper() + " – depuis mars")[0] is code


def test_a_status_given_away_inside_a_sentence():
    assert status_code("Prévu à partir de 2022.") is StatusCode.NOT_STARTED
    assert status_code("Start volgens de planning in 2022.") is StatusCode.NOT_STARTED
    assert status_code("Le projet a pris du retard") is StatusCode.DELAYED
    assert status_code("Une longue narration sans statut") is None


# --- colours and thresholds ------------------------------------------------------------------------


@pytest.mark.parametrize(("colour", "printed"), words.COLOUR_WORDS + words.BINARY_WORDS)
def test_every_colour_word_opens_its_band(colour: Colour, printed: str) -> None:
    found = band_line(f"{printed} : la cible est atteinte")
    assert found is not None and found[0] is colour and found[2] == "la cible est atteinte"


@pytest.mark.parametrize(
    ("printed", "bounds"),
    [("≥ 21.000.000", (Decimal(21000000), None)), ("< 15", (None, Decimal(15))),
     ("15 – 21", (Decimal(15), Decimal(21))), ("21 M€ par an", None)],
)  # fmt: skip
def test_band_bounds(printed: str, bounds: tuple[Decimal | None, Decimal | None] | None) -> None:
    assert bounds_of(printed) == bounds


# --- deadlines ------------------------------------------------------------------------------------

DEADLINES = [
    ("2022", (DeadlineKind.YEAR, 2022, None, None)),
    ("En 2022", (DeadlineKind.YEAR, 2022, None, None)),
    ("fin 2022", (DeadlineKind.YEAR, 2022, None, None)),
    ("Eind 2022", (DeadlineKind.YEAR, 2022, None, None)),
    ("d’ici 2025", (DeadlineKind.YEAR, 2025, None, None)),
    ("2020-2022", (DeadlineKind.RANGE, 2022, 2020, None)),
    ("2020 – 2022", (DeadlineKind.RANGE, 2022, 2020, None)),
    ("de 2020 à 2022", (DeadlineKind.RANGE, 2022, 2020, None)),
    ("van 2020 tot 2022", (DeadlineKind.RANGE, 2022, 2020, None)),
    ("Q2 2022", (DeadlineKind.QUARTER, 2022, None, 2)),
    ("T2 2023", (DeadlineKind.QUARTER, 2023, None, 2)),
    ("K3 2023", (DeadlineKind.QUARTER, 2023, None, 3)),
    ("S1 2022", (DeadlineKind.SEMESTER, 2022, None, 1)),
    ("2e trimestre 2022", (DeadlineKind.QUARTER, 2022, None, 2)),
    ("derde kwartaal 2022", (DeadlineKind.QUARTER, 2022, None, 3)),
    ("Premier semestre 2022", (DeadlineKind.SEMESTER, 2022, None, 1)),
    ("Eerste helft van 2022", (DeadlineKind.SEMESTER, 2022, None, 1)),
    ("Décembre 2022", (DeadlineKind.MONTH, 2022, None, 12)),
    ("fin décembre 2022", (DeadlineKind.MONTH, 2022, None, 12)),
    ("december 2022", (DeadlineKind.MONTH, 2022, None, 12)),
    ("1er mars 2022", (DeadlineKind.DATE, 2022, None, 3)),
    ("15/09/2022", (DeadlineKind.DATE, 2022, None, 9)),
    ("Chaque année jusqu’en 2024", (DeadlineKind.EVERY_YEAR_UNTIL, 2024, None, None)),
    ("Elk jaar tot 2024", (DeadlineKind.EVERY_YEAR_UNTIL, 2024, None, None)),
    ("En continu", (DeadlineKind.CONTINUOUS, None, None, None)),
    ("Permanent", (DeadlineKind.CONTINUOUS, None, None, None)),
    ("Doorlopend", (DeadlineKind.CONTINUOUS, None, None, None)),
    ("Selon le planning", (DeadlineKind.PER_PLANNING, None, None, None)),
    ("Volgens de planning", (DeadlineKind.PER_PLANNING, None, None, None)),
]


@pytest.mark.parametrize(("printed", "expected"), DEADLINES, ids=[row[0] for row in DEADLINES])
def test_deadline_forms(printed: str, expected: tuple[object, ...]) -> None:
    deadline = typed_deadline(printed)
    assert deadline is not None
    assert (deadline.kind, deadline.year, deadline.start_year, deadline.part) == expected


@pytest.mark.parametrize(("season", "printed"), words.SEASON_WORDS)
def test_every_season_word(season: Season, printed: str) -> None:
    deadline = typed_deadline(f"{printed.capitalize()} 2023")
    assert deadline is not None
    assert (deadline.kind, deadline.season, deadline.year) == (DeadlineKind.SEASON, season, 2023)


def test_qualifiers_and_free_text():
    assert read_side("Pour screen.brussels : décembre 2023")[1] == "Pour screen.brussels"
    assert read_side("Adoption du cadre : 2021-2022")[1] == "Adoption du cadre :"
    assert read_side("Octobre 2020 (avant le déménagement)")[1] == "avant le déménagement"
    assert typed_deadline("Six mois après l’adoption") is None
    assert typed_deadline("5e semestre 2022") is None


# --- numbers, amounts, budget lines, means ----------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "value"),
    [("1.234,5", Decimal("1234.5")), ("1234,5", Decimal("1234.5")), ("1 234", Decimal(1234)),
     ("1\u202f234,75", Decimal("1234.75")), ("-3", Decimal(-3)), ("12,", None), ("1.2.3", None), ("abc", None)],
)  # fmt: skip
def test_numbers(printed: str, value: Decimal | None) -> None:
    assert parse_number(printed) == value


def test_percent_and_amounts():
    assert parse_percent("2,5\u00a0%") == Decimal("2.5")
    assert parse_amount("130.000 euros") == (Decimal(130000), False)
    assert parse_amount("130.000 euro per jaar") == (Decimal(130000), True)
    assert parse_amount("17,6 millions d’euros") == (Decimal(17600000), False)
    assert parse_amount("17,6 miljoen euro") == (Decimal(17600000), False)
    assert parse_amount("26,65 M€") == (Decimal(26650000), False)
    assert amount_in("estimé à 500.000 euros / an (engagement)") == Decimal(500000)


@pytest.mark.parametrize("prefix", ["AB", "BA", "AB nº", "BA n°", ""])
def test_budget_codes_with_every_prefix(prefix: str) -> None:
    found = budget_line(f"{prefix} 20.002.08.01.1211 (promotion taxi) : 500.000 euros par an (engagement)".strip())
    assert found is not None
    line, label = found
    assert (line.code, label, line.amount, line.per_year, line.credit) == (
        "20.002.08.01.1211", "promotion taxi", Decimal(500000), True, CreditType.COMMITMENT,
    )  # fmt: skip


@pytest.mark.parametrize(("credit", "printed"), words.CREDIT_WORDS)
def test_every_credit_word(credit: CreditType, printed: str) -> None:
    found = budget_line(f"AB 12.017.08.01.1211 (frais) : 1.000 euros ({printed})")
    assert found is not None and found[0].credit is credit


def test_means_lines_fte_several_codes_and_revenue():
    fr = [(True, "ETP : 19"), (True, "AB 01.001.07.01.1111 Rémunérations / AB 01.001.07.02.1120 Charges"),
          (True, "Recettes"), (True, "02.203.03.01.3810 Amendes − 2.500 euros")]  # fmt: skip
    nl = [(True, "VTE : 19"), (True, "BA 01.001.07.01.1111 Lonen / BA 01.001.07.02.1120 Bijdragen"),
          (True, "Ontvangsten"), (True, "02.203.03.01.3810 Boetes − 2.500 euro")]  # fmt: skip
    parsed = parse_means(Printed({Lang.FR: fr, Lang.NL: nl}))
    means = parsed.value
    assert means.fte == 19 and parsed.findings == []
    assert [(b.code, b.label.fr, b.label.nl) for b in means.budget][:2] == [
        ("01.001.07.01.1111", "Rémunérations", "Lonen"), ("01.001.07.02.1120", "Charges", "Bijdragen"),
    ]  # fmt: skip
    assert (means.budget[2].amount, means.budget[2].credit) == (Decimal(2500), CreditType.REVENUE)


# --- organisations ------------------------------------------------------------------------------------


def test_known_organisations_pair_by_name_not_by_position():
    pairs, paired = pair_names(["STIB", "communes", "Actiris"], ["Actiris", "MIVB"])
    assert ("STIB", "MIVB") in pairs and ("Actiris", "Actiris") in pairs and not paired
    assert pair_names(["STIB", "SPF Mobilité"], ["MIVB", "FOD Mobiliteit"]) == (
        [("STIB", "MIVB"), ("SPF Mobilité", "FOD Mobiliteit")], True,
    )  # fmt: skip


@pytest.mark.parametrize(("fr", "nl"), words.ORGANISATIONS[:12])
def test_every_known_organisation_pairs(fr: str, nl: str) -> None:
    pairs, paired = pair_names([fr, "Autre organisme"], [nl])
    assert (fr, nl) in pairs and not paired

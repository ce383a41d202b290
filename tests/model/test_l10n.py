"""Locale rendering: house-style numbers and amounts, babel dates, every deadline kind, FR and NL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.model.bitext import BiText, Lang
from editor.model.l10n import (
    deadline_kind_label,
    deadline_phrase,
    month_name,
    render_amount,
    render_band,
    render_budget_line,
    render_date,
    render_deadline,
    render_fte,
    render_kpi,
    render_means,
    render_number,
    render_percent,
    render_status,
)
from editor.model.values import (
    Band,
    BudgetLine,
    Colour,
    CreditType,
    Deadline,
    DeadlineKind,
    Direction,
    Kpi,
    Means,
    Season,
    Status,
    StatusCode,
    Thresholds,
)

FR, NL = Lang.FR, Lang.NL
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1234.5", "1.234,5"),
        ("1234567.891", "1.234.567,891"),
        ("2.50", "2,5"),
        ("999", "999"),
        ("1E+3", "1.000"),
        ("-15000", "-15.000"),
        ("0", "0"),
    ],
)
def test_numbers_use_house_style_in_both_languages(value: str, expected: str) -> None:
    assert render_number(Decimal(value), FR) == expected
    assert render_number(Decimal(value), NL) == expected


@pytest.mark.parametrize(
    ("amount", "fr", "nl"),
    [
        ("130000", "130.000 euros", "130.000 euro"),
        ("3143000", "3.143.000 euros", "3.143.000 euro"),
        ("17600000", "17,6 millions d’euros", "17,6 miljoen euro"),
        ("1000000", "1 million d’euros", "1 miljoen euro"),
        ("2000000", "2 millions d’euros", "2 miljoen euro"),
        ("1500000", "1,5 million d’euros", "1,5 miljoen euro"),
        ("51279.85", "51.279,85 euros", "51.279,85 euro"),
        ("51279.5", "51.279,50 euros", "51.279,50 euro"),
        ("1", "1 euro", "1 euro"),
    ],
)
def test_amounts(amount: str, fr: str, nl: str) -> None:
    assert render_amount(Decimal(amount), FR) == fr
    assert render_amount(Decimal(amount), NL) == nl


def test_percent_has_no_break_space_before_sign() -> None:
    assert render_percent(Decimal("2.5"), FR) == f"2,5{NBSP}%"
    assert render_percent(Decimal("100"), NL) == f"100{NBSP}%"


def test_fte_unit_per_language() -> None:
    assert render_fte(Decimal("2.5"), FR) == "2,5 ETP"
    assert render_fte(Decimal("2.5"), NL) == "2,5 VTE"
    assert render_fte(Decimal("19"), NL) == "19 VTE"


def test_dates_and_months_via_babel() -> None:
    assert render_date(date(2022, 3, 1), FR) == "1er mars 2022"
    assert render_date(date(2022, 3, 1), NL) == "1 maart 2022"
    assert render_date(date(2026, 8, 15), FR) == "15 août 2026"
    assert render_date(date(2026, 2, 15), NL) == "15 februari 2026"
    assert month_name(12, FR) == "décembre"
    assert month_name(12, NL) == "december"
    with pytest.raises(ValueError):
        month_name(13, FR)


def _deadline(kind: DeadlineKind, **values: object) -> Deadline:
    return Deadline(kind, **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("deadline", "fr", "nl"),
    [
        (_deadline(DeadlineKind.NONE), "", ""),
        (_deadline(DeadlineKind.YEAR, year=2022), "2022", "2022"),
        (_deadline(DeadlineKind.RANGE, start_year=2020, year=2022), "2020-2022", "2020-2022"),
        (_deadline(DeadlineKind.SEMESTER, year=2022, part=1), "1er semestre 2022", "Eerste semester 2022"),
        (_deadline(DeadlineKind.SEMESTER, year=2026, part=2), "2e semestre 2026", "Tweede semester 2026"),
        (_deadline(DeadlineKind.QUARTER, year=2022, part=2), "2e trimestre 2022", "Tweede kwartaal 2022"),
        (_deadline(DeadlineKind.QUARTER, year=2027, part=4), "4e trimestre 2027", "Vierde kwartaal 2027"),
        (_deadline(DeadlineKind.SEASON, year=2021, season=Season.SPRING), "Printemps 2021", "Voorjaar 2021"),
        (_deadline(DeadlineKind.SEASON, year=2021, season=Season.SUMMER), "Été 2021", "Zomer 2021"),
        (_deadline(DeadlineKind.SEASON, year=2021, season=Season.AUTUMN), "Automne 2021", "Herfst 2021"),
        (_deadline(DeadlineKind.SEASON, year=2026, season=Season.WINTER), "Hiver 2026", "Winter 2026"),
        (_deadline(DeadlineKind.MONTH, year=2022, part=12), "Décembre 2022", "December 2022"),
        (_deadline(DeadlineKind.DATE, year=2022, part=3, day=15), "15 mars 2022", "15 maart 2022"),
        (_deadline(DeadlineKind.DATE, year=2026, part=5, day=1), "1er mai 2026", "1 mei 2026"),
        (
            _deadline(DeadlineKind.EVERY_YEAR_UNTIL, year=2024),
            "Chaque année jusqu’en 2024",
            "Elk jaar tot 2024",
        ),
        (_deadline(DeadlineKind.CONTINUOUS), "En continu", "Doorlopend"),
        (_deadline(DeadlineKind.PER_PLANNING), "Selon le planning", "Volgens de planning"),
        (
            _deadline(DeadlineKind.TEXT, text=BiText("Six mois après l’adoption", "Zes maanden na de goedkeuring")),
            "Six mois après l’adoption",
            "Zes maanden na de goedkeuring",
        ),
    ],
)
def test_every_deadline_kind_in_both_languages(deadline: Deadline, fr: str, nl: str) -> None:
    assert render_deadline(deadline, FR) == fr
    assert render_deadline(deadline, NL) == nl


def test_seed_deadlines_in_running_text_case() -> None:
    month = _deadline(DeadlineKind.MONTH, year=2022, part=12)
    assert (deadline_phrase(month, FR), deadline_phrase(month, NL)) == ("décembre 2022", "december 2022")
    spring = _deadline(DeadlineKind.SEASON, year=2021, season=Season.SPRING)
    assert (deadline_phrase(spring, FR), deadline_phrase(spring, NL)) == ("printemps 2021", "voorjaar 2021")


def test_incomplete_deadlines_render_empty_not_wrong() -> None:
    assert render_deadline(_deadline(DeadlineKind.YEAR), FR) == ""
    assert render_deadline(_deadline(DeadlineKind.SEMESTER, year=2026, part=3), FR) == ""
    assert render_deadline(_deadline(DeadlineKind.MONTH, year=2026, part=13), NL) == ""
    assert render_deadline(_deadline(DeadlineKind.DATE, year=2026, part=2, day=30), FR) == ""


def test_scope_qualifier_goes_in_front() -> None:
    deadline = _deadline(
        DeadlineKind.MONTH,
        year=2023,
        part=12,
        qualifier=BiText("Pour screen.brussels", "Voor screen.brussels"),
    )
    assert render_deadline(deadline, FR) == "Pour screen.brussels : décembre 2023"
    assert render_deadline(deadline, NL) == "Voor screen.brussels : december 2023"


def test_colon_qualifier_is_a_scope_too() -> None:
    deadline = _deadline(
        DeadlineKind.RANGE,
        start_year=2026,
        year=2027,
        qualifier=BiText("Adoption du nouveau cadre & mise en œuvre :", "Vaststelling van het nieuwe kader :"),
    )
    assert render_deadline(deadline, FR) == "Adoption du nouveau cadre & mise en œuvre : 2026-2027"
    assert render_deadline(deadline, NL) == "Vaststelling van het nieuwe kader : 2026-2027"


def test_remark_qualifier_goes_after_in_parentheses() -> None:
    deadline = _deadline(
        DeadlineKind.MONTH,
        year=2026,
        part=10,
        qualifier=BiText("avant le déménagement", "vóór de verhuizing"),
    )
    assert render_deadline(deadline, FR) == "Octobre 2026 (avant le déménagement)"
    assert render_deadline(deadline, NL) == "Oktober 2026 (vóór de verhuizing)"


def test_deadline_kind_labels_are_distinct_per_language() -> None:
    for lang in (FR, NL):
        labels = [deadline_kind_label(kind, lang) for kind in DeadlineKind]
        assert all(labels) and len(set(labels)) == len(labels)
    assert deadline_kind_label(DeadlineKind.SEASON, FR) == "Saison"
    assert deadline_kind_label(DeadlineKind.SEASON, NL) == "Seizoen"


def test_status_with_and_without_comment() -> None:
    assert render_status(Status(StatusCode.IN_PROGRESS), FR) == "En cours"
    assert render_status(Status(StatusCode.IN_PROGRESS), NL) == "In uitvoering"
    status = Status(StatusCode.DELAYED, BiText("marché public relancé", "overheidsopdracht opnieuw uitgeschreven"))
    assert render_status(status, FR) == "Retardé – marché public relancé"
    assert render_status(status, NL) == "Vertraagd – overheidsopdracht opnieuw uitgeschreven"
    assert render_status(Status(), FR) == ""


def test_budget_line() -> None:
    line = BudgetLine(
        code="20.002.08.01.1211",
        label=BiText("promotion taxi", "taxipromotie"),
        amount=Decimal(500000),
        per_year=True,
        credit=CreditType.BOTH,
    )
    assert render_budget_line(line, FR) == (
        "AB 20.002.08.01.1211 (promotion taxi) : 500.000 euros par an (engagement et liquidation)"
    )
    assert render_budget_line(line, NL) == (
        "BA 20.002.08.01.1211 (taxipromotie) : 500.000 euro per jaar (vastlegging en vereffening)"
    )
    bare = BudgetLine(code="12.017.08.01.1211", amount=Decimal(17600000))
    assert render_budget_line(bare, NL) == "BA 12.017.08.01.1211 : 17,6 miljoen euro"


def test_bands_text_first_then_bounds() -> None:
    thresholds = Thresholds(
        green=Band(BiText("21 M€ par an", "21 M€ per jaar"), lower=Decimal(21000000)),
        orange=Band(lower=Decimal(15000000), upper=Decimal(21000000)),
        red=Band(upper=Decimal(15000000)),
    )
    assert render_band(thresholds, Colour.GREEN, FR) == "vert : 21 M€ par an"
    assert render_band(thresholds, Colour.GREEN, NL) == "groen : 21 M€ per jaar"
    assert render_band(thresholds, Colour.ORANGE, FR) == "orange : 15.000.000 – 21.000.000"
    assert render_band(thresholds, Colour.RED, NL) == "rood : < 15.000.000"
    only_lower = Thresholds(green=Band(lower=Decimal(21000000)))
    assert render_band(only_lower, Colour.GREEN, NL) == "groen : ≥ 21.000.000"


def test_kpi_summary() -> None:
    kpi = Kpi(
        name=BiText("Nombre de vélos partagés", "Aantal deelfietsen"),
        unit=BiText("vélos", "fietsen"),
        baseline=Decimal(4200),
        baseline_year=2024,
        target=Decimal(6000),
        target_year=2026,
        direction=Direction.INCREASE,
    )
    assert render_kpi(kpi, FR) == (
        "Nombre de vélos partagés (vélos) – valeur de départ : 4.200 (2024) ; cible : 6.000 (2026) ; à augmenter"
    )
    assert render_kpi(kpi, NL) == (
        "Aantal deelfietsen (fietsen) – beginwaarde : 4.200 (2024) ; streefwaarde : 6.000 (2026) ; verhogen"
    )
    share = Kpi(
        name=BiText("Part modale du vélo", "Modaal aandeel fiets"),
        unit=BiText("%", "%"),
        target=Decimal("12.5"),
    )
    assert render_kpi(share, FR) == f"Part modale du vélo – cible : 12,5{NBSP}%"
    assert render_kpi(Kpi(name=BiText("Sondage", "Enquête")), NL) == "Enquête"


def test_means_lines() -> None:
    means = Means(
        fte=Decimal("2.5"),
        ict=BiText("Une application de suivi", "Een opvolgingsapplicatie"),
        budget=[BudgetLine(code="20.002.08.01.1211", amount=Decimal(130000))],
        note=BiText("Financement européen possible.", "Europese financiering mogelijk."),
    )
    assert render_means(means, FR) == [
        "Nombre estimé ETP : 2,5",
        "Besoins ICT : Une application de suivi",
        "AB 20.002.08.01.1211 : 130.000 euros",
        "Financement européen possible.",
    ]
    assert render_means(means, NL)[0] == "Geraamd aantal VTE : 2,5"
    assert render_means(means, NL)[2] == "BA 20.002.08.01.1211 : 130.000 euro"
    assert render_means(Means(), FR) == []


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=4, allow_nan=False, allow_infinity=False))
def test_rendered_numbers_read_back_to_the_same_value(value: Decimal) -> None:
    text = render_number(value, NL)
    assert render_number(value, FR) == text
    whole, _, fraction = text.partition(",")
    assert all(len(group) == 3 for group in whole.lstrip("-").split(".")[1:])
    assert Decimal(whole.replace(".", "") + ("." + fraction if fraction else "")) == value

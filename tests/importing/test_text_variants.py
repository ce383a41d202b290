"""Small synthetic published texts: the label, heading, numbering and layout variants of other notes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from editor.model.bitext import BiText
from editor.model.importing import ImportFailure
from editor.model.importing.report import ImportReport
from editor.model.importing.text import import_published_text
from editor.model.labels import NodeKind, Template
from editor.model.numbering import numbering
from editor.model.tree import Node, Note
from editor.model.values import (
    CreditType,
    Deadline,
    DeadlineKind,
    KpiList,
    Status,
    StatusCode,
    ThresholdKind,
    Thresholds,
)
from editor.model.xmlio import note_to_bytes, validate_bytes

Column = list[str]  # paragraphs; "\n" inside a paragraph is a printed line break


def page(first: Column, second: Column) -> str:
    """One printed page: a line starting with one space, then column A, then column B."""
    body = "\n\n".join([*first, *second])
    return " " + body + "\n"


def document(*pages: str) -> str:
    return "".join(pages)


def run(text: str) -> tuple[list[Note], ImportReport]:
    notes, report = import_published_text(text, "synthetic.txt")
    for note in notes:
        assert validate_bytes(note_to_bytes(note), "synthetic") == []
    return notes, report


def text(node: Node, key: str) -> BiText:
    value = node.fields[key]
    assert isinstance(value, BiText)
    return value


def sides(value: BiText) -> tuple[str, str]:
    return value.fr, value.nl


INTRO_FR = ["CHAPITRE IER\nIntroduction", "La Région soutient les acteurs du tourisme et de la culture."]
INTRO_NL = ["HOOFDSTUK I\nInleiding", "Het Gewest ondersteunt de actoren van het toerisme en de cultuur."]
CH4_FR = ["CHAPITRE IV\nAperçu des objectifs stratégiques", "et opérationnels"]
CH4_NL = ["HOOFDSTUK IV\nOverzicht van de strategische en", "operationele doelstellingen"]


def template_a_note() -> str:
    fr = [
        "IV.1 OS 1 : Développer une politique intégrée du rayon-\nnement de la Région",
        "Description de l’objectif",
        "La Région veut renforcer son image à l’étranger.",
        "IV.1.1. OO 1.1. : Coordonner les acteurs",
        "Description de l’objectif",
        "Les illumi-\nnations de la Région de Bruxelles-\nCapitale attirent les visiteurs.",
        "Output souhaité de l’OO",
        "– Contribuer à l’embellissement de la ville",
        "1 Indicateur clés de performance (ICP) pour l’output de\nl’OO, lié aux actions et projets",
        "– Nombre de nuitées\n– Taux de satisfaction des visiteurs",
        "Cibles",
        "– Bruxellois",
        "Description des actions et projets :",
        "– Organiser trois événements en 2022",
        "Échéance de l’OO : Printemps 2023",
    ]
    nl = [
        "IV.1 SD 1 : Een geïntegreerd beleid voor de uitstraling van het Gewest ontwikkelen",
        "Beschrijving van de doelstelling",
        "Het Gewest wil zijn imago in het buitenland versterken.",
        "IV.1.1. OD 1.1. : De actoren coördineren",
        "Omschrijving van de doelstelling",
        "De verlichting van het Brussels Hoofdstedelijk Gewest trekt\n"
        "bezoekers aan voor het vrijetijds- \nen MICE-toerisme.",
        "Gewenste output van de OD",
        "– Bijdragen tot de verfraaiing van de stad",
        "KPI voor de output van de OD, gekoppeld aan de acties\nen projecten",
        "– Aantal overnachtingen\n– Tevredenheid van de bezoekers",
        "Cibles",
        "– Brusselaars",
        "Omschrijving van de acties en projecten :",
        "– Drie evenementen organiseren in 2022",
        "Deadline van de OD : Voorjaar 2023",
    ]
    return document(
        page(INTRO_FR, INTRO_NL),
        page(INTRO_NL[:0] + CH4_NL, CH4_FR),  # Dutch column first on this page
        page(fr, nl),
        "— 12 —A-453/2 - 2021/2022 A-453/2 - 2021/2022\n\nD\nel\n\nog\ne\n\n",
    )


def test_template_a_labels_and_variants() -> None:
    notes, report = run(template_a_note())
    assert len(notes) == 1
    note = notes[0]
    os_node = note.objectives[0]
    assert os_node.title.fr == "Développer une politique intégrée du rayonnement de la Région"
    oo = os_node.children[0]
    assert oo.template is Template.A
    assert text(oo, "description").fr == "Les illuminations de la Région de Bruxelles-Capitale attirent les visiteurs."
    assert "vrijetijds- en MICE-toerisme" in text(oo, "description").nl
    kpis = oo.fields["kpis"]
    assert isinstance(kpis, KpiList)
    assert [k.name.nl for k in kpis.items] == ["Aantal overnachtingen", "Tevredenheid van de bezoekers"]
    assert text(oo, "targets").nl == "– Brusselaars"
    assert text(oo, "actions").fr == "– Organiser trois événements en 2022"
    deadline = oo.fields["deadline"]
    assert isinstance(deadline, Deadline) and (deadline.kind, deadline.year) == (DeadlineKind.SEASON, 2023)
    assert note.chapters[0].body.nl == "Het Gewest ondersteunt de actoren van het toerisme en de cultuur."
    wrong = report.by_code("label-wrong-language")
    assert len(wrong) == 1 and wrong[0].nl_line is not None
    assert report.by_code("numbering-mismatch") == []
    assert report.by_code("unplaced") == []


def test_page_header_and_report_reference() -> None:
    notes, _ = run(template_a_note())
    assert notes[0].title.document_ref == "A-453/2"
    assert notes[0].title.session_year == 2021


def template_b_note(os_numbers: tuple[int, ...] = (1,), delegated: bool = False, chapter: bool = True) -> str:
    pages = [page(CH4_FR, CH4_NL)] if chapter else []
    for number in os_numbers:
        fr = [
            f"IV.{number} OS {number} : Moderniser le cadre réglementaire",
            f"IV.{number}.1. OO {number}.1. : Réformer le secteur des taxis",
            f"IV.{number}.1.1 Réalisations 2021",
            "Statut de l’OO : Selon le planning",
            "Description de la réalisation de l’objectif",
            "L’ordonnance a été adoptée le 15 septembre 2021.",
            f"IV.{number}.1.2 Planning 2022",
            "Description de l’objectif",
            "Mettre en œuvre la réforme.",
            "Échéance de l’OO",
            "2020-2022",
            "Output souhaité par action et projet",
            "Informer le secteur.",
            "Échéance par action et projet",
            "Décembre 2022",
            "Moyens",
            "– AB nº 20.002.08.01.1211 (promotion taxi) : estimé à 1.500.000 euros par an",
            "Partenaires",
            "STIB ; Bruxelles Fiscalité",
        ]
        nl = [
            f"IV.{number} SD {number} : Het regelgevingskader moderniseren",
            f"IV.{number}.1. OD {number}.1. : De taxisector hervormen",
            f"IV.{number}.1.1 Verwezenlijkingen 2021",
            "Status van de OD : Volgens het schema",
            "Omschrijving van de realisatie van de doelstelling",
            "De ordonnantie werd op 15 september 2021 aangenomen.",
            f"IV.{number}.1.2 Planning 2022",
            "Omschrijving van de doelstelling",
            "De hervorming uitvoeren.",
            "Deadline voor de OD",
            "2020-2022",
            "Gewenste output per actie en project",
            "De sector informeren.",
            "Deadline per actie en project",
            "December 2022",
            "Middelen",
            "– BA 20.002.08.01.1211 (taxipromotie) : geraamd op 1.500.000 euro per jaar",
            "Partners",
            "MIVB ; Brussel Fiscaliteit",
        ]
        pages.append(page(fr, nl))
    if delegated:
        pages.append(
            page(
                [
                    "IV.1.2. OO 1.2. : Promouvoir la mobilité douce",
                    "Cet objectif opérationnel relève du Ministre-Président. Voir Lettre d’orientation 2021-2022.",
                ],
                [
                    "IV.1.2. OD 1.2. : Zachte mobiliteit bevorderen",
                    "Deze operationele doelstelling valt onder de Minister-President. Zie Oriëntatiebrief 2021-2022.",
                ],
            )
        )
    return document(*pages)


def test_template_b_blocks_status_deadlines_means_partners() -> None:
    notes, report = run(template_b_note())
    oo = notes[0].objectives[0].children[0]
    assert oo.template is Template.B
    realisation, planning = oo.children
    assert (realisation.kind, realisation.year) == (NodeKind.REALISATION, 2021)
    status = realisation.fields["status"]
    assert isinstance(status, Status) and status.code is StatusCode.ON_SCHEDULE
    assert text(realisation, "realisation_description").nl.startswith("De ordonnantie werd")
    deadline = planning.fields["deadline"]
    assert isinstance(deadline, Deadline)
    assert (deadline.kind, deadline.start_year, deadline.year) == (DeadlineKind.RANGE, 2020, 2022)
    action = planning.children[0]
    assert sides(text(action, "output")) == ("Informer le secteur.", "De sector informeren.")
    assert (action.fields["deadline"].kind, action.fields["deadline"].part) == (DeadlineKind.MONTH, 12)  # type: ignore[union-attr]
    budget = planning.fields["means"].budget[0]  # type: ignore[union-attr]
    assert (budget.code, str(budget.amount), budget.per_year) == ("20.002.08.01.1211", "1500000", True)
    names = [(o.name.fr, o.name.nl) for o in notes[0].organisations]
    assert names == [("STIB", "MIVB"), ("Bruxelles Fiscalité", "Brussel Fiscaliteit")]
    assert report.by_code("numbers-differ") == []


def test_skipped_numbering_is_renumbered_and_reported() -> None:
    notes, report = run(template_b_note((1, 2, 6)))
    paths = numbering(notes[0])
    assert [paths[o.id] for o in notes[0].objectives] == [(1,), (2,), (3,)]
    renumbered = report.by_code("renumbered")
    assert {a.detail["printed"] for a in renumbered} == {"IV.6 OS 6", "IV.6.1. OO 6.1."}
    assert "skips numbers" in next(a.message for a in renumbered if a.detail["printed"] == "IV.6 OS 6")


def test_repeated_numbering_keeps_both_objectives() -> None:
    notes, report = run(template_b_note((1, 1)))
    assert len(notes) == 1 and len(notes[0].objectives) == 2
    repeated = [a for a in report.by_code("renumbered") if a.detail["printed"] == "IV.1 OS 1"]
    assert repeated and "repeats an earlier number" in repeated[0].message


def test_delegated_oo_points_to_the_other_note() -> None:
    notes, report = run(template_b_note(delegated=True))
    delegated = notes[0].objectives[0].children[1]
    assert delegated.delegation is not None
    assert sides(delegated.delegation.delegate) == ("le Ministre-Président", "de Minister-President")
    assert sides(delegated.delegation.reference) == ("Lettre d’orientation 2021-2022", "Oriëntatiebrief 2021-2022")
    assert "description" not in delegated.fields
    assert len(report.by_code("delegated")) == 1


def test_delegate_name_with_full_stops() -> None:
    source = (
        template_b_note(delegated=True)
        .replace("relève du Ministre-Président.", "relève de M. R. Vervoort, Ministre-Président.")
        .replace("valt onder de Minister-President.", "valt onder dhr. R. Vervoort, Minister-President.")
    )
    notes, _ = run(source)
    delegation = notes[0].objectives[0].children[1].delegation
    assert delegation is not None
    assert sides(delegation.delegate) == ("M. R. Vervoort, Ministre-Président", "dhr. R. Vervoort, Minister-President")
    assert delegation.reference.fr == "Lettre d’orientation 2021-2022"


def test_yes_no_thresholds() -> None:
    source = (
        template_b_note()
        .replace(
            "Moyens\n\n",
            "Valeurs seuils de l’OO (vert, orange ou rouge)\n\n– OK : le cadre est adopté\n\n"
            "– pas OK : le cadre n’est pas adopté\n\nMoyens\n\n",
        )
        .replace(
            "Middelen\n\n",
            "Drempelwaarden van de OD (groen, oranje of rood)\n\n– OK : het kader is aangenomen\n\n"
            "– niet OK : het kader is niet aangenomen\n\nMiddelen\n\n",
        )
    )
    notes, _ = run(source)
    planning = notes[0].objectives[0].children[0].children[1]
    thresholds = planning.fields["thresholds"]
    assert isinstance(thresholds, Thresholds) and thresholds.kind is ThresholdKind.BINARY
    # The yes / no words are the form of the bands (rendered again from it), their text the condition.
    assert thresholds.green.text.nl == "het kader is aangenomen"
    assert thresholds.red.text.fr == "le cadre n’est pas adopté"


def test_dutch_numbering_that_diverges_is_paired_by_position() -> None:
    source = template_b_note().replace("IV.1.1. OD 1.1.", "IV.2 SD 2").replace("IV.1.1.1 Verwe", "IV.2.4.1 Verwe")
    notes, report = run(source)
    oo = notes[0].objectives[0].children[0]
    assert sides(oo.title) == ("Réformer le secteur des taxis", "De taxisector hervormen")
    mismatch = report.by_code("numbering-mismatch")
    assert [(a.detail["fr_number"], a.detail["nl_number"]) for a in mismatch] == [("IV.1.1. OO 1.1.", "IV.2 SD 2")]
    assert oo.children[0].fields["realisation_description"].nl.startswith("De ordonnantie")  # type: ignore[union-attr]


def test_two_notes_in_one_file() -> None:
    notes, _ = run(template_a_note() + template_b_note())
    assert len(notes) == 2
    assert notes[1].objectives[0].title.nl == "Het regelgevingskader moderniseren"


def test_field_in_one_language_is_reported() -> None:
    source = template_b_note().replace("Partners\n\nMIVB ; Brussel Fiscaliteit", "")
    _, report = run(source)
    assert [a.detail["field"] for a in report.by_code("field-one-language")] == ["partners"]


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("", "empty"),
        ("   \n\n  \n", "empty"),
        ("\x00\x01\x02\x03binary" * 200, "not a text file"),
        ("Lorem ipsum dolor sit amet.\n\nDe kat zit op de mat.\n" * 50, "no orientation note"),
    ],
)
def test_input_that_is_no_note_fails_clearly(source: str, reason: str) -> None:
    with pytest.raises(ImportFailure) as caught:
        import_published_text(source, "input.txt")
    assert caught.value.source == "input.txt"
    assert reason in str(caught.value)


def test_note_printed_without_chapter_headings() -> None:
    notes, _ = run(template_b_note(chapter=False))
    assert len(notes) == 1
    assert notes[0].objectives[0].title.fr == "Moderniser le cadre réglementaire"


def test_contents_of_the_next_note_are_not_read_as_objectives() -> None:
    contents = page(
        ["IV.1 OS 1 : Moderniser le cadre réglementaire", "IV.1.1. OO 1.1. : Réformer le secteur des taxis"],
        ["IV.1 SD 1 : Het regelgevingskader moderniseren", "IV.1.1. OD 1.1. : De taxisector hervormen"],
    )
    cover = page(["NOTE D’ORIENTATION", "compétence Mobilité"], ["BELEIDSNOTA", "bevoegdheid Mobiliteit"])
    notes, _ = run(template_b_note() + contents + cover + template_b_note())
    assert len(notes) == 2
    assert [len(note.objectives) for note in notes] == [1, 1]
    assert (notes[1].title.competence.fr, notes[1].title.competence.nl) == ("Mobilité", "Mobiliteit")


def test_headings_without_the_chapter_prefix_and_blocks_per_body() -> None:
    source = (
        template_b_note()
        .replace("IV.1 OS 1 : ", "OS 1 : ")
        .replace("IV.1 SD 1 : ", "SD 1 : ")
        .replace("IV.1.1. OO 1.1. : ", "OO 1.1. : ")
        .replace("IV.1.1. OD 1.1. : ", "OD 1.1. : ")
        .replace("Réalisations 2021", "Réalisations 2021 – hub.brussels")
        .replace("Verwezenlijkingen 2021", "Verwezenlijkingen 2021 – hub.brussels")
    )
    notes, _ = run(source)
    oo = notes[0].objectives[0].children[0]
    assert oo.title.nl == "De taxisector hervormen"
    assert [(child.kind, child.title.fr) for child in oo.children] == [
        (NodeKind.REALISATION, "hub.brussels"),
        (NodeKind.PLANNING, ""),
    ]


def test_spelled_out_tokens_and_titles_on_their_own_line() -> None:
    source = (
        template_b_note()
        .replace("IV.1 OS 1 : Moderniser", "IV.1 Objectif stratégique 1 : Moderniser")
        .replace("IV.1 SD 1 : Het", "IV.1 Strategische doelstelling 1 : Het")
        .replace("IV.1.1. OO 1.1. : Réformer", "IV.1.1. OO 1.1. :\n\nRéformer")
        .replace("IV.1.1. OD 1.1. : De taxisector", "IV.1.1. OD 1.1. :\n\nDe taxisector")
    )
    notes, report = run(source)
    os_node = notes[0].objectives[0]
    assert sides(os_node.title) == ("Moderniser le cadre réglementaire", "Het regelgevingskader moderniseren")
    assert sides(os_node.children[0].title) == ("Réformer le secteur des taxis", "De taxisector hervormen")
    assert report.by_code("numbering-mismatch") == []


def test_text_without_page_starts_is_split_paragraph_by_paragraph() -> None:
    paragraphs = ["CHAPITRE IV\nAperçu des objectifs", "HOOFDSTUK IV\nOverzicht van de doelstellingen"]
    paragraphs += ["IV.1 OS 1 : Soutenir la culture", "IV.1 SD 1 : De cultuur ondersteunen"]
    for number in range(1, 81):
        paragraphs += [
            f"IV.1.{number}. OO 1.{number}. : Soutenir le projet culturel numéro {number}",
            "Description de l’objectif",
            f"La Région soutient le projet et les artistes de la ville pour la {number}e fois.",
            f"IV.1.{number}. OD 1.{number}. : Het culturele project nummer {number} ondersteunen",
            "Beschrijving van de doelstelling",
            f"Het Gewest ondersteunt het project en de kunstenaars van de stad voor de {number}e keer.",
        ]
    notes, report = run("\n\n".join(paragraphs) + "\n")
    oos = [node for node in notes[0].walk() if node.kind is NodeKind.OO]
    assert len(oos) == 80
    assert text(oos[41], "description").nl.startswith("Het Gewest ondersteunt het project")
    assert report.by_code("numbering-mismatch") == []


def test_value_printed_in_one_language_only() -> None:
    source = template_b_note().replace("Informer le secteur.", "")
    notes, report = run(source)
    action = notes[0].objectives[0].children[0].children[1].children[0]
    assert sides(text(action, "output")) == ("", "De sector informeren.")
    one_sided = report.by_code("value-one-language")
    assert [(a.detail["field"], a.message.endswith("the French side is empty")) for a in one_sided] == [
        ("output", True)
    ]


def test_objective_printed_in_dutch_only_is_kept_in_place() -> None:
    source = template_b_note().replace(
        "Partners\n\nMIVB ; Brussel Fiscaliteit",
        "Partners\n\nMIVB ; Brussel Fiscaliteit\n\nIV.1.2. OD 1.2. : Alleen in het Nederlands\n\n"
        "Omschrijving van de doelstelling\n\nEen doelstelling die enkel in het Nederlands werd gedrukt.",
    )
    notes, report = run(source)
    children = notes[0].objectives[0].children
    assert [sides(child.title) for child in children] == [
        ("Réformer le secteur des taxis", "De taxisector hervormen"),
        ("", "Alleen in het Nederlands"),
    ]
    assert text(children[1], "description").nl.startswith("Een doelstelling die enkel")
    assert [a.nl_line for a in report.by_code("node-one-language")] != []


def test_other_bullet_glyphs_and_heading_case() -> None:
    source = (
        template_a_note()
        .replace("– Bruxellois", "• Bruxellois")
        .replace("– Brusselaars", "\uf0b7 Brusselaars")
        .replace("CHAPITRE IER", "Chapitre Ier")
    )
    notes, _ = run(source)
    oo = notes[0].objectives[0].children[0]
    assert sides(text(oo, "targets")) == ("– Bruxellois", "– Brusselaars")
    assert notes[0].chapters[0].body.fr == "La Région soutient les acteurs du tourisme et de la culture."


def test_text_without_blank_lines_between_paragraphs() -> None:
    dense = template_b_note((1, 2)).replace("\n\n", "\n")
    notes, _ = run(dense)
    oo = notes[0].objectives[1].children[0]
    assert sides(oo.title) == ("Réformer le secteur des taxis", "De taxisector hervormen")
    assert text(oo.children[0], "realisation_description").fr == "L’ordonnance a été adoptée le 15 septembre 2021."


def test_os_with_year_blocks_and_no_oo_and_an_empty_os() -> None:
    fr = [
        "IV.1 OS 1 : Assurer la gestion administrative",
        "IV.1.1 Réalisations 2021",
        "Statut de l’OO : En cours",
        "IV.1.2 Planning 2022",
        "Description de l’objectif",
        "Poursuivre la gestion.",
        "IV.2 OS 2 : Objectif sans contenu",
    ]
    nl = [
        "IV.1 SD 1 : Het administratief beheer verzekeren",
        "IV.1.1 Realisaties 2021",
        "Status van de OD : In uitvoering",
        "IV.1.2 Planning 2022",
        "Omschrijving van de doelstelling",
        "Het beheer voortzetten.",
        "IV.2 SD 2 : Doelstelling zonder inhoud",
    ]
    notes, report = run(document(page(CH4_FR, CH4_NL), page(fr, nl)))
    first, second = notes[0].objectives
    assert [(child.kind, child.year) for child in first.children] == [
        (NodeKind.REALISATION, 2021),
        (NodeKind.PLANNING, 2022),
    ]
    status = first.children[0].fields["status"]
    assert isinstance(status, Status) and status.code is StatusCode.IN_PROGRESS
    assert sides(second.title) == ("Objectif sans contenu", "Doelstelling zonder inhoud")
    assert report.by_code("unplaced") == []


def test_budget_lines_several_codes_revenue_and_fte() -> None:
    source = (
        template_b_note()
        .replace(
            "– AB nº 20.002.08.01.1211 (promotion taxi) : estimé à 1.500.000 euros par an",
            "ETP : 19\n\n– AB 01.001.07.01.1111 Rémunérations brutes / AB 01.001.07.02.1120 Charges patronales\n\n"
            "– Recettes\n\n– 02.203.03.01.3810 Amendes administratives perçues −\u20092.500 euros",
        )
        .replace(
            "– BA 20.002.08.01.1211 (taxipromotie) : geraamd op 1.500.000 euro per jaar",
            "VTE : 19\n\n– BA 01.001.07.01.1111 Brutolonen / BA 01.001.07.02.1120 Werkgeversbijdragen\n\n"
            "– Ontvangsten\n\n– 02.203.03.01.3810 Geïnde administratieve boetes − 2.500 euro",
        )
    )
    notes, _ = run(source)
    means = notes[0].objectives[0].children[0].children[1].fields["means"]
    assert str(means.fte) == "19"  # type: ignore[union-attr]
    lines = [(b.code, b.label.fr, b.label.nl, b.amount, b.credit) for b in means.budget]  # type: ignore[union-attr]
    assert lines == [
        ("01.001.07.01.1111", "Rémunérations brutes", "Brutolonen", None, None),
        ("01.001.07.02.1120", "Charges patronales", "Werkgeversbijdragen", None, None),
        (
            "02.203.03.01.3810",
            "Amendes administratives perçues",
            "Geïnde administratieve boetes",
            Decimal(2500),
            CreditType.REVENUE,
        ),
    ]


def test_form_feeds_soft_hyphens_and_bare_running_headers() -> None:
    source = (
        template_a_note()
        .replace("Les illumi-\nnations", "Les illumi\u00ad\nnations")
        .replace(" IV.1 OS 1", "\fIV.1 OS 1")
        .replace("— 12 —A-453/2 - 2021/2022 A-453/2 - 2021/2022", "A-454/1 – 2022/2023")
    )
    notes, _ = run(source)
    oo = notes[0].objectives[0].children[0]
    assert text(oo, "description").fr.startswith("Les illuminations de la Région")
    assert notes[0].title.document_ref == "A-454/1" and notes[0].title.session_year == 2022
    deadline = oo.fields["deadline"]  # the header line glued under it is gone, so it still parses
    assert isinstance(deadline, Deadline) and (deadline.kind, deadline.year) == (DeadlineKind.SEASON, 2023)


def test_dutch_only_objective_under_a_dutch_os_that_is_a_french_oo() -> None:
    second_fr = [
        "IV.1.2. OO 1.2. : Contrôler les taxis",
        "IV.1.2.1 Planning 2022",
        "Description de l’objectif",
        "Contrôler davantage.",
    ]
    second_nl = [
        "IV.2 SD 2 : De taxi’s controleren",
        "IV.2.1.1 Planning 2022",
        "Omschrijving van de doelstelling",
        "Meer controleren.",
        "IV.2.1. OD 2.1. : Alleen in het Nederlands",
        "IV.2.1.1 Planning 2022",
        "Omschrijving van de doelstelling",
        "Een extra doelstelling.",
    ]
    notes, report = run(template_b_note() + page(second_fr, second_nl))
    children = notes[0].objectives[0].children
    assert [sides(child.title) for child in children] == [
        ("Réformer le secteur des taxis", "De taxisector hervormen"),
        ("Contrôler les taxis", "De taxi’s controleren"),
        ("", "Alleen in het Nederlands"),
    ]
    assert [a.detail["nl_number"] for a in report.by_code("numbering-mismatch")] == ["IV.2 SD 2"]
    for note in notes:
        assert validate_bytes(note_to_bytes(note), "check") == []


def test_inline_status_then_unlabelled_prose_and_status_comment() -> None:
    source = (
        template_b_note()
        .replace(
            "Statut de l’OO : Selon le planning\n\nDescription de la réalisation de l’objectif\n\n",
            "Statut de l’OO Prévu à partir de 2022.\n\n",
        )
        .replace(
            "Status van de OD : Volgens het schema\n\nOmschrijving van de realisatie van de doelstelling\n\n",
            "Status van de OD : Start volgens de planning in 2022.\n\n",
        )
    )
    notes, _ = run(source)
    realisation = notes[0].objectives[0].children[0].children[0]
    status = realisation.fields["status"]
    assert isinstance(status, Status) and status.code is StatusCode.NOT_STARTED
    assert sides(status.comment) == ("Prévu à partir de 2022.", "Start volgens de planning in 2022.")
    assert text(realisation, "realisation_description").fr == "L’ordonnance a été adoptée le 15 septembre 2021."


def test_text_in_one_language_only() -> None:
    french_only = "".join(
        page(column, [])
        for column in (
            CH4_FR,
            [
                "IV.1 OS 1 : Moderniser le cadre réglementaire",
                "Description de l’objectif",
                "Réformer le secteur.",
                "IV.1.1 Planning 2022",
                "Description de l’objectif",
                "Adopter le nouveau cadre.",
            ],
        )
    )
    notes, report = run(french_only)
    assert sides(notes[0].objectives[0].title) == ("Moderniser le cadre réglementaire", "")
    assert [a.detail["lang"] for a in report.by_code("language-missing")] == ["nl"]
    assert report.by_code("node-one-language") == []


def test_line_end_hyphens_soft_or_real() -> None:
    source = template_b_note().replace(
        "Mettre en œuvre la réforme.",
        "Mettre en œuvre les pré-\nsentations, le sous-\ntitrage, les Horeca-\nactiviteiten"
        " et les anti-\ninflammatoires.",
    )
    notes, _ = run(source)
    planning = notes[0].objectives[0].children[0].children[1]
    assert text(planning, "description").fr == (
        "Mettre en œuvre les présentations, le sous-titrage, les Horeca-activiteiten et les anti-inflammatoires."
    )

"""Sample OS 1 (cycling network) with OO 1.1 and OO 1.2 (template B)."""

from __future__ import annotations

from editor.model.bitext import BiText
from editor.model.labels import NodeKind, Template
from editor.model.tree import Node
from editor.model.values import (
    Direction,
    Season,
    StatusCode,
)
from sample_note.helpers import (
    PLANNED,
    Picker,
    action,
    bands,
    bt,
    day,
    kpi,
    kpis,
    line,
    means,
    month,
    node,
    quarter,
    realisation,
    season,
    semester,
    status,
    year,
)
from sample_note.parking import oo13


def os1(partners: Picker) -> Node:
    result = node(
        NodeKind.OS,
        bt(
            "Développer un réseau cyclable régional sûr et continu",
            "Een veilig en doorlopend gewestelijk fietsnetwerk ontwikkelen",
        ),
        description=bt(
            "Achever le réseau des itinéraires cyclables régionaux prévu par Good Move, avec des "
            "aménagements séparés du trafic motorisé sur les axes principaux (DPR, p. 42).",
            "Het netwerk van gewestelijke fietsroutes uit Good Move voltooien, met inrichtingen die "
            "van het gemotoriseerd verkeer zijn afgescheiden op de hoofdassen (GBV, p. 42).",
        ),
        desired_result=bt(
            "Un réseau de 300 km d’itinéraires cyclables régionaux, dont 150 km séparés du trafic "
            "motorisé, d’ici 2029.",
            "Een netwerk van 300 km gewestelijke fietsroutes, waarvan 150 km afgescheiden van het "
            "gemotoriseerd verkeer, tegen 2029.",
        ),
        achieved_result=bt(
            "Fin 2025, 112 km d’itinéraires sont séparés du trafic motorisé.",
            "Eind 2025 zijn 112 km routes afgescheiden van het gemotoriseerd verkeer.",
        ),
        kpis=kpis(
            kpi(
                "Longueur d’itinéraires cyclables régionaux séparés",
                "Lengte van de afgescheiden gewestelijke fietsroutes",
                unit=("km", "km"),
                base=("112", 2025),
                target=("150", 2029),
                direction=Direction.INCREASE,
                source=(
                    "Bruxelles Mobilité, inventaire des aménagements",
                    "Brussel Mobiliteit, inventaris van de inrichtingen",
                ),
            ),
            kpi(
                "Part modale du vélo",
                "Modaal aandeel van de fiets",
                unit=("%", "%"),
                base=("10", 2024),
                target=("15", 2029),
                direction=Direction.INCREASE,
                source=("Enquête régionale de mobilité", "Gewestelijke mobiliteitsenquête"),
            ),
        ),
        source_document=bt(
            "Plan régional de mobilité Good Move (2020) ; Plan Vélo 2025-2029",
            "Gewestelijk mobiliteitsplan Good Move (2020); Fietsplan 2025-2029",
        ),
        deadline=year(2029),
        success_conditions=bt(
            "Délivrance des permis d’urbanisme dans les délais ; collaboration optimale avec les communes",
            "Tijdige afgifte van de stedenbouwkundige vergunningen; optimale samenwerking met de gemeenten",
        ),
    )
    result.children = [oo11(partners), oo12(partners), oo13(partners)]
    return result


def oo11(partners: Picker) -> Node:
    oo = node(
        NodeKind.OO,
        bt(
            "Aménager les pistes cyclables séparées des itinéraires régionaux",
            "De afgescheiden fietspaden van de gewestelijke routes aanleggen",
        ),
        Template.B,
        description=bt(
            "Réaliser chaque année une tranche du programme pluriannuel de pistes cyclables "
            "séparées sur les voiries régionales.",
            "Elk jaar een deel van het meerjarenprogramma voor afgescheiden fietspaden op de gewestwegen uitvoeren.",
        ),
    )
    done = realisation(
        status(StatusCode.ON_SCHEDULE),
        (
            (
                "Le programme 2025 a été exécuté conformément au planning, malgré le report de deux "
                "chantiers pour cause de travaux d’impétrants.",
                "Het programma 2025 werd volgens de planning uitgevoerd, ondanks het uitstel van twee "
                "werven wegens werken van nutsbedrijven.",
            ),
            (
                "28 km de pistes cyclables séparées mis en service (objectif : 30 km).",
                "28 km afgescheiden fietspaden in gebruik genomen (doelstelling: 30 km).",
            ),
            (
                "– Avenue de la Couronne : piste bidirectionnelle\n"
                "– Boulevard Général Jacques : pistes unidirectionnelles\n"
                "– Chaussée de Ninove : pistes séparées\n"
                "– Autres tronçons du programme",
                "– Kroonlaan: dubbelrichtingsfietspad\n"
                "– Generaal Jacqueslaan: eenrichtingsfietspaden\n"
                "– Ninoofsesteenweg: afgescheiden fietspaden\n"
                "– Andere trajecten van het programma",
            ),
            ("– 2,4 km\n– 3,1 km\n– 4,2 km\n– 18,3 km", "– 2,4 km\n– 3,1 km\n– 4,2 km\n– 18,3 km"),
        ),
    )
    indicator = kpi(
        "Pistes séparées mises en service dans l’année",
        "Afgescheiden fietspaden in gebruik genomen in het jaar",
        unit=("km", "km"),
        base=("28", 2025),
        target=("40", 2026),
        direction=Direction.INCREASE,
    )
    plan = node(
        NodeKind.PLANNING,
        BiText(),
        year=PLANNED,
        description=bt(
            "Mettre en service 40 km supplémentaires de pistes cyclables séparées, en priorité sur "
            "les itinéraires qui relient la deuxième couronne au centre.",
            "40 km extra afgescheiden fietspaden in gebruik nemen, bij voorrang op de routes die de "
            "tweede kroon met het centrum verbinden.",
        ),
        output=bt(
            "40 km de pistes cyclables séparées mis en service en 2026.",
            "40 km afgescheiden fietspaden in gebruik genomen in 2026.",
        ),
        kpis=kpis(indicator),
        thresholds=bands(
            indicator,
            "40",
            "30",
            (
                ("40 km ou plus", "40 km of meer"),
                ("de 30 à 40 km", "van 30 tot 40 km"),
                ("moins de 30 km", "minder dan 30 km"),
            ),
        ),
        deadline=month(2026, 12),
        actions=bt(
            "– Travaux sur la chaussée de Mons et l’avenue de la Couronne\n"
            "– Marquage et signalisation des itinéraires\n"
            "– Études et permis pour les tronçons de 2027",
            "– Werken op de Bergensesteenweg en de Kroonlaan\n"
            "– Markering en bewegwijzering van de routes\n"
            "– Studies en vergunningen voor de trajecten van 2027",
        ),
        success_conditions=bt(
            "Délivrance des permis d’urbanisme dans les délais ; coordination des chantiers avec les impétrants",
            "Tijdige afgifte van de stedenbouwkundige vergunningen; coördinatie van de werven met de nutsbedrijven",
        ),
        means=means(
            "6",
            line(
                "33.002.21.01.7310",
                "aménagement de pistes cyclables",
                "aanleg van fietspaden",
                "17600000",
            ),
            line(
                "33.002.12.01.1211",
                "études et coordination",
                "studies en coördinatie",
                "450000",
                per_year=True,
            ),
            ict=(
                "Outil cartographique de suivi des chantiers",
                "Cartografische tool voor de opvolging van de werven",
            ),
        ),
        partners=partners("communes", "stib", "urban"),
    )
    plan.children = [
        action(
            ("Chaussée de Mons", "Bergensesteenweg"),
            (
                "Pistes cyclables séparées sur 3,5 km de la chaussée de Mons.",
                "Afgescheiden fietspaden over 3,5 km van de Bergensesteenweg.",
            ),
            kpi(
                "Longueur aménagée",
                "Aangelegde lengte",
                unit=("km", "km"),
                target=("3.5", 2026),
                direction=Direction.INCREASE,
            ),
            "3.5",
            "2",
            (
                ("3,5 km aménagés", "3,5 km aangelegd"),
                ("de 2 à 3,5 km", "van 2 tot 3,5 km"),
                ("moins de 2 km", "minder dan 2 km"),
            ),
            season(2026, Season.AUTUMN),
        ),
        action(
            ("Marquage et signalisation", "Markering en bewegwijzering"),
            (
                "Signalisation directionnelle complète sur les itinéraires régionaux 1 à 5.",
                "Volledige bewegwijzering op de gewestelijke routes 1 tot 5.",
            ),
            kpi(
                "Itinéraires entièrement balisés",
                "Volledig bewegwijzerde routes",
                unit=("itinéraires", "routes"),
                base=("2", 2025),
                target=("5", 2026),
                direction=Direction.INCREASE,
            ),
            "5",
            "3",
            (
                ("5 itinéraires balisés", "5 routes bewegwijzerd"),
                ("3 ou 4 itinéraires", "3 of 4 routes"),
                ("moins de 3 itinéraires", "minder dan 3 routes"),
            ),
            semester(2026, 2),
        ),
    ]
    oo.children = [done, plan]
    return oo


def oo12(partners: Picker) -> Node:
    oo = node(
        NodeKind.OO,
        bt("Sécuriser les carrefours dangereux", "De gevaarlijke kruispunten beveiligen"),
        Template.B,
        description=bt(
            "Réaménager les carrefours où se concentrent les accidents avec blessés graves, sur la "
            "base de l’analyse annuelle des accidents.",
            "De kruispunten heraanleggen waar de ongevallen met zwaargewonden zich concentreren, op "
            "basis van de jaarlijkse ongevallenanalyse.",
        ),
    )
    done = realisation(
        status(
            StatusCode.DELAYED,
            "deux marchés de travaux ont dû être relancés",
            "twee opdrachten voor werken moesten opnieuw worden uitgeschreven",
        ),
        (
            (
                "12 des 15 carrefours prévus ont été réaménagés ; les 3 autres chantiers débuteront au printemps 2026.",
                "12 van de 15 geplande kruispunten werden heraangelegd; de 3 andere werven starten in "
                "het voorjaar van 2026.",
            ),
            (
                "12 carrefours réaménagés ; aucun accident grave n’y a été enregistré depuis leur mise en service.",
                "12 kruispunten heraangelegd; sinds hun ingebruikname werd er geen enkel zwaar ongeval geregistreerd.",
            ),
            (
                "– Plateaux et îlots refuges\n"
                "– Feux à phases séparées pour les cyclistes\n"
                "– Suppression du stationnement en amont des passages pour piétons",
                "– Verkeersplateaus en vluchtheuvels\n"
                "– Verkeerslichten met gescheiden fasen voor fietsers\n"
                "– Schrappen van parkeerplaatsen vóór de oversteekplaatsen",
            ),
            (
                "– 9 plateaux et 14 îlots refuges\n"
                "– 7 carrefours équipés de feux à phases séparées\n"
                "– 86 places de stationnement supprimées",
                "– 9 plateaus en 14 vluchtheuvels\n"
                "– 7 kruispunten uitgerust met verkeerslichten met gescheiden fasen\n"
                "– 86 parkeerplaatsen geschrapt",
            ),
        ),
    )
    crossings = kpi(
        "Carrefours réaménagés dans l’année",
        "Heraangelegde kruispunten in het jaar",
        unit=("carrefours", "kruispunten"),
        base=("12", 2025),
        target=("18", 2026),
        direction=Direction.INCREASE,
    )
    accidents = kpi(
        "Accidents avec blessés graves aux carrefours traités",
        "Ongevallen met zwaargewonden op de behandelde kruispunten",
        unit=("accidents", "ongevallen"),
        base=("41", 2024),
        target=("20", 2026),
        direction=Direction.DECREASE,
        source=("Statbel et zones de police", "Statbel en politiezones"),
    )
    plan = node(
        NodeKind.PLANNING,
        BiText(),
        year=PLANNED,
        description=bt(
            "Achever les 3 carrefours reportés et réaménager 15 nouveaux carrefours prioritaires.",
            "De 3 uitgestelde kruispunten voltooien en 15 nieuwe prioritaire kruispunten heraanleggen.",
        ),
        output=bt("18 carrefours réaménagés en 2026.", "18 kruispunten heraangelegd in 2026."),
        kpis=kpis(crossings, accidents),
        thresholds=bands(
            crossings,
            "18",
            "12",
            (
                ("18 carrefours ou plus", "18 kruispunten of meer"),
                ("de 12 à 17 carrefours", "van 12 tot 17 kruispunten"),
                ("moins de 12 carrefours", "minder dan 12 kruispunten"),
            ),
        ),
        deadline=quarter(2026, 4),
        actions=bt(
            "– Achèvement des carrefours reportés\n"
            "– Études et travaux pour les 15 nouveaux carrefours\n"
            "– Évaluation de la sécurité avant et après les travaux",
            "– Voltooiing van de uitgestelde kruispunten\n"
            "– Studies en werken voor de 15 nieuwe kruispunten\n"
            "– Veiligheidsevaluatie vóór en na de werken",
        ),
        success_conditions=bt(
            "Disponibilité des données d’accidents des zones de police ; attribution des marchés "
            "de travaux dans les délais",
            "Beschikbaarheid van de ongevallengegevens van de politiezones; tijdige gunning van de "
            "opdrachten voor werken",
        ),
        means=means(
            "4",
            line(
                "33.002.21.02.7310",
                "sécurisation des carrefours",
                "beveiliging van kruispunten",
                "6200000",
            ),
            note=(
                "Une partie des travaux est cofinancée par le fonds Vision Zéro.",
                "Een deel van de werken wordt medegefinancierd door het Vision Zero-fonds.",
            ),
        ),
        partners=partners("police", "communes"),
    )
    plan.children = [
        action(
            ("Carrefours reportés", "Uitgestelde kruispunten"),
            (
                "Les 3 carrefours reportés de 2025 sont achevés.",
                "De 3 uitgestelde kruispunten van 2025 zijn voltooid.",
            ),
            kpi(
                "Carrefours reportés achevés",
                "Voltooide uitgestelde kruispunten",
                unit=("carrefours", "kruispunten"),
                target=("3", 2026),
                direction=Direction.INCREASE,
            ),
            "3",
            "2",
            (
                ("3 carrefours achevés", "3 kruispunten voltooid"),
                ("2 carrefours achevés", "2 kruispunten voltooid"),
                ("moins de 2 carrefours", "minder dan 2 kruispunten"),
            ),
            day(2026, 6, 30),
        ),
    ]
    oo.children = [done, plan]
    return oo

"""Sample OS 3 (walking and accessibility): OO 3.1 and 3.3 (template A), OO 3.2 (template B)."""

from __future__ import annotations

from editor.model.bitext import BiText
from editor.model.labels import NodeKind, Template
from editor.model.tree import Node
from editor.model.values import (
    CreditType,
    Deadline,
    DeadlineKind,
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
    kpi,
    kpis,
    line,
    means,
    month,
    node,
    quarter,
    realisation,
    season,
    status,
)


def os3(partners: Picker) -> Node:
    result = node(
        NodeKind.OS,
        bt(
            "Donner la priorité à la marche et à l’accessibilité",
            "Voorrang geven aan stappen en toegankelijkheid",
        ),
        description=bt(
            "Faire de la marche le premier mode de déplacement à Bruxelles, grâce à des trottoirs "
            "confortables, des traversées sûres et un espace public accessible à tous.",
            "Van stappen de belangrijkste verplaatsingswijze in Brussel maken, dankzij comfortabele "
            "voetpaden, veilige oversteekplaatsen en een openbare ruimte die voor iedereen "
            "toegankelijk is.",
        ),
        kpis=kpis(
            kpi(
                "Part modale de la marche",
                "Modaal aandeel van het stappen",
                unit=("%", "%"),
                base=("35", 2024),
                target=("38", 2029),
                direction=Direction.INCREASE,
                source=("Enquête régionale de mobilité", "Gewestelijke mobiliteitsenquête"),
            ),
        ),
    )
    result.children = [oo31(partners), oo32(partners), oo33(partners)]
    return result


def oo31(partners: Picker) -> Node:
    pavements = kpi(
        "Trottoirs rénovés",
        "Gerenoveerde voetpaden",
        unit=("km", "km"),
        base=("18", 2025),
        target=("25", 2026),
        direction=Direction.INCREASE,
    )
    oo = node(
        NodeKind.OO,
        bt("Mettre en œuvre le plan piéton régional", "Het gewestelijk voetgangersplan uitvoeren"),
        Template.A,
        description=bt(
            "Améliorer la qualité des cheminements piétons sur les voiries régionales, en priorité "
            "autour des écoles et des gares.",
            "De kwaliteit van de voetgangersroutes op de gewestwegen verbeteren, bij voorrang rond "
            "scholen en stations.",
        ),
        output=bt(
            "25 km de trottoirs rénovés et 40 traversées sécurisées en 2026.",
            "25 km gerenoveerde voetpaden en 40 beveiligde oversteekplaatsen in 2026.",
        ),
        kpis=kpis(
            pavements,
            kpi(
                "Traversées piétonnes sécurisées",
                "Beveiligde oversteekplaatsen",
                unit=("traversées", "oversteekplaatsen"),
                target=("40", 2026),
                direction=Direction.INCREASE,
            ),
        ),
        targets=bt(
            "– Élèves et parents sur le chemin de l’école\n– Personnes âgées\n– Usagers des transports publics",
            "– Leerlingen en ouders op weg naar school\n– Ouderen\n– Gebruikers van het openbaar vervoer",
        ),
        actions=bt(
            "– Rénovation des trottoirs\n– Sécurisation des traversées",
            "– Renovatie van de voetpaden\n– Beveiliging van de oversteekplaatsen",
        ),
        deadline=month(2026, 11),
        thresholds=bands(
            pavements,
            "25",
            "20",
            (
                ("25 km ou plus", "25 km of meer"),
                ("de 20 à 25 km", "van 20 tot 25 km"),
                ("moins de 20 km", "minder dan 20 km"),
            ),
        ),
        success_conditions=bt(
            "Coordination des chantiers avec les impétrants",
            "Coördinatie van de werven met de nutsbedrijven",
        ),
        means=means(
            "3",
            line(
                "33.006.21.01.7310",
                "rénovation des trottoirs régionaux",
                "renovatie van de gewestelijke voetpaden",
                "9800000",
            ),
        ),
        partners=partners("communes", "urban"),
    )
    schools = kpi(
        "Abords d’écoles réaménagés",
        "Heraangelegde schoolomgevingen",
        unit=("écoles", "scholen"),
        base=("22", 2025),
        target=("30", 2026),
        direction=Direction.INCREASE,
    )
    stations = kpi(
        "Gares dont les accès piétons sont réaménagés",
        "Stations met heraangelegde voetgangerstoegangen",
        unit=("gares", "stations"),
        target=("5", 2026),
        direction=Direction.INCREASE,
    )
    oo.children = [
        node(
            NodeKind.ITEM,
            bt("Abords d’écoles", "Schoolomgevingen"),
            description=bt(
                "Sécuriser les abords de 30 écoles situées le long de voiries régionales.",
                "De omgeving van 30 scholen langs gewestwegen beveiligen.",
            ),
            output=bt("30 abords d’écoles réaménagés.", "30 schoolomgevingen heraangelegd."),
            kpis=kpis(schools),
            targets=bt("Élèves, parents et personnel scolaire", "Leerlingen, ouders en schoolpersoneel"),
            actions=bt(
                "– Rues scolaires temporaires\n– Élargissement des trottoirs et plateaux",
                "– Tijdelijke schoolstraten\n– Verbreding van de voetpaden en verkeersplateaus",
            ),
            deadline=season(2026, Season.SPRING),
            thresholds=bands(
                schools,
                "30",
                "25",
                (
                    ("30 écoles", "30 scholen"),
                    ("de 25 à 29 écoles", "van 25 tot 29 scholen"),
                    ("moins de 25 écoles", "minder dan 25 scholen"),
                ),
            ),
        ),
        node(
            NodeKind.ITEM,
            bt("Accès aux gares", "Toegang tot de stations"),
            description=bt(
                "Créer des itinéraires piétons directs et éclairés entre les gares et les quartiers voisins.",
                "Rechtstreekse en verlichte voetgangersroutes aanleggen tussen de stations en de omliggende wijken.",
            ),
            output=bt(
                "Itinéraires piétons réaménagés autour de 5 gares.",
                "Heraangelegde voetgangersroutes rond 5 stations.",
            ),
            kpis=kpis(stations),
            targets=bt("Navetteurs et riverains des gares", "Pendelaars en buurtbewoners van de stations"),
            actions=bt(
                "– Éclairage et signalétique piétonne\n– Traversées directes vers les entrées des gares",
                "– Verlichting en voetgangersbewegwijzering\n"
                "– Rechtstreekse oversteekplaatsen naar de stationsingangen",
            ),
            deadline=quarter(2026, 3),
            thresholds=bands(
                stations,
                "5",
                "3",
                (
                    ("5 gares", "5 stations"),
                    ("3 ou 4 gares", "3 of 4 stations"),
                    ("moins de 3 gares", "minder dan 3 stations"),
                ),
            ),
        ),
    ]
    return oo


def oo32(partners: Picker) -> Node:
    oo = node(
        NodeKind.OO,
        bt(
            "Rendre les arrêts de transport public accessibles",
            "De haltes van het openbaar vervoer toegankelijk maken",
        ),
        Template.B,
        description=bt(
            "Rendre les arrêts de surface de la STIB accessibles aux personnes à mobilité réduite.",
            "De bovengrondse haltes van de MIVB toegankelijk maken voor personen met beperkte mobiliteit.",
        ),
    )
    done = realisation(
        status(StatusCode.ON_SCHEDULE),
        (
            (
                "Le programme commun avec la STIB a permis de rendre 52 arrêts accessibles.",
                "Dankzij het gezamenlijke programma met de MIVB werden 52 haltes toegankelijk gemaakt.",
            ),
            (
                "52 arrêts accessibles supplémentaires ; 61 % des arrêts de surface sont désormais accessibles.",
                "52 extra toegankelijke haltes; 61 % van de bovengrondse haltes is nu toegankelijk.",
            ),
            (
                "– Rehaussement des quais\n– Pose de dalles podotactiles",
                "– Verhoging van de perrons\n– Plaatsing van geleidetegels",
            ),
            (
                "– 52 quais rehaussés\n– 104 zones de dalles podotactiles posées",
                "– 52 perrons verhoogd\n– 104 zones met geleidetegels geplaatst",
            ),
        ),
    )
    share = kpi(
        "Part des arrêts de surface accessibles",
        "Aandeel toegankelijke bovengrondse haltes",
        unit=("%", "%"),
        base=("61", 2025),
        target=("67", 2026),
        direction=Direction.INCREASE,
        source=("Inventaire de la STIB", "Inventaris van de MIVB"),
    )
    plan = node(
        NodeKind.PLANNING,
        BiText(),
        year=PLANNED,
        description=bt(
            "Rendre 60 arrêts supplémentaires accessibles, en priorité sur les lignes de tram à haute fréquence.",
            "60 extra haltes toegankelijk maken, bij voorrang op de tramlijnen met een hoge frequentie.",
        ),
        output=bt(
            "67 % des arrêts de surface accessibles fin 2026.",
            "67 % van de bovengrondse haltes toegankelijk eind 2026.",
        ),
        kpis=kpis(share),
        thresholds=bands(
            share,
            "67",
            "64",
            (
                ("67 % ou plus", "67 % of meer"),
                ("de 64 à 67 %", "van 64 tot 67 %"),
                ("moins de 64 %", "minder dan 64 %"),
            ),
        ),
        deadline=month(2026, 12),
        actions=bt(
            "– Rehaussement de 60 quais\n– Annonces sonores et visuelles aux arrêts",
            "– Verhoging van 60 perrons\n– Audio- en visuele aankondigingen aan de haltes",
        ),
        success_conditions=bt(
            "Planification conjointe des chantiers avec la STIB",
            "Gezamenlijke planning van de werven met de MIVB",
        ),
        means=means(
            "2",
            line(
                "33.006.21.02.7310",
                "accessibilité des arrêts",
                "toegankelijkheid van de haltes",
                "5400000",
                credit=CreditType.COMMITMENT,
            ),
        ),
        partners=partners("stib", "communes"),
        equal_opportunities=bt(
            "Le projet renforce directement l’autonomie des personnes handicapées et des personnes âgées.",
            "Het project versterkt rechtstreeks de zelfstandigheid van personen met een handicap en van ouderen.",
        ),
    )
    plan.children = [
        action(
            ("Annonces aux arrêts", "Aankondigingen aan de haltes"),
            (
                "Annonces sonores et visuelles à 40 arrêts supplémentaires.",
                "Audio- en visuele aankondigingen aan 40 extra haltes.",
            ),
            kpi(
                "Arrêts équipés d’annonces",
                "Haltes uitgerust met aankondigingen",
                unit=("arrêts", "haltes"),
                base=("120", 2025),
                target=("160", 2026),
                direction=Direction.INCREASE,
            ),
            "160",
            "140",
            (
                ("160 arrêts ou plus", "160 haltes of meer"),
                ("de 140 à 159 arrêts", "van 140 tot 159 haltes"),
                ("moins de 140 arrêts", "minder dan 140 haltes"),
            ),
            season(2026, Season.WINTER),
        ),
    ]
    oo.children = [done, plan]
    return oo


def oo33(partners: Picker) -> Node:
    reach = kpi(
        "Personnes touchées par les campagnes",
        "Via de campagnes bereikte personen",
        unit=("personnes", "personen"),
        base=("450000", 2025),
        target=("600000", 2026),
        direction=Direction.INCREASE,
        source=("Rapports des agences de communication", "Verslagen van de communicatiebureaus"),
    )
    return node(
        NodeKind.OO,
        bt(
            "Sensibiliser au partage de l’espace public",
            "Sensibiliseren voor het delen van de openbare ruimte",
        ),
        Template.A,
        description=bt(
            "Mener des campagnes de sensibilisation au respect des piétons et des cyclistes.",
            "Sensibiliseringscampagnes voeren over respect voor voetgangers en fietsers.",
        ),
        output=bt("2 campagnes régionales en 2026.", "2 gewestelijke campagnes in 2026."),
        kpis=kpis(reach),
        targets=bt(
            "– Automobilistes\n– Cyclistes et usagers de trottinettes\n– Jeunes conducteurs",
            "– Automobilisten\n– Fietsers en steppers\n– Jonge bestuurders",
        ),
        actions=bt(
            "– Campagne « Partageons la rue » au printemps\n– Campagne de rentrée scolaire en septembre",
            "– Campagne „Delen we de straat” in het voorjaar\n– Campagne bij het begin van het schooljaar in september",
        ),
        deadline=Deadline(DeadlineKind.CONTINUOUS),
        thresholds=bands(
            reach,
            "600000",
            "450000",
            (
                ("600.000 personnes ou plus", "600.000 personen of meer"),
                ("de 450.000 à 600.000 personnes", "van 450.000 tot 600.000 personen"),
                ("moins de 450.000 personnes", "minder dan 450.000 personen"),
            ),
        ),
        means=means(
            "1",
            line(
                "33.001.12.01.1211",
                "campagnes de sensibilisation",
                "sensibiliseringscampagnes",
                "380000",
                credit=CreditType.LIQUIDATION,
            ),
        ),
        partners=partners("safe", "police", "provelo"),
    )

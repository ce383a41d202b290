"""Sample OS 2 (road safety): OO 2.1 and 2.2 (template B) and the delegated OO 2.3."""

from __future__ import annotations

from editor.model.bitext import BiText
from editor.model.labels import NodeKind, Template
from editor.model.tree import Delegation, Node
from editor.model.values import (
    CreditType,
    Deadline,
    DeadlineKind,
    Direction,
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
    node,
    realisation,
    semester,
    span,
    status,
    year,
)


def os2(partners: Picker) -> Node:
    result = node(
        NodeKind.OS,
        bt(
            "Améliorer la sécurité routière (Vision Zéro)",
            "De verkeersveiligheid verbeteren (Vision Zero)",
        ),
        description=bt(
            "Réduire de moitié le nombre de tués et de blessés graves sur les routes bruxelloises "
            "d’ici 2030 par rapport à 2019, et tendre vers zéro tué en 2050.",
            "Het aantal doden en zwaargewonden op de Brusselse wegen tegen 2030 halveren ten "
            "opzichte van 2019, en streven naar nul doden in 2050.",
        ),
        desired_result=bt(
            "Moins de 120 tués et blessés graves par an en 2030.",
            "Minder dan 120 doden en zwaargewonden per jaar in 2030.",
        ),
        kpis=kpis(
            kpi(
                "Tués et blessés graves sur les routes bruxelloises",
                "Doden en zwaargewonden op de Brusselse wegen",
                unit=("victimes", "slachtoffers"),
                base=("214", 2024),
                target=("120", 2030),
                direction=Direction.DECREASE,
                source=("Statbel", "Statbel"),
            ),
        ),
        source_document=bt(
            "Plan d’action régional de sécurité routière 2021-2030",
            "Gewestelijk actieplan voor de verkeersveiligheid 2021-2030",
        ),
        deadline=year(2030),
        partners=partners("police", "safe"),
    )
    result.children = [oo21(partners), oo22(partners), oo23(partners)]
    return result


def oo21(partners: Picker) -> Node:
    oo = node(
        NodeKind.OO,
        bt(
            "Généraliser les zones 30 et faire respecter les limitations de vitesse",
            "De zones 30 veralgemenen en de snelheidsbeperkingen doen naleven",
        ),
        Template.B,
        description=bt(
            "Accompagner les communes dans l’aménagement des zones 30 et renforcer les contrôles de "
            "vitesse avec les zones de police.",
            "De gemeenten begeleiden bij de inrichting van de zones 30 en de snelheidscontroles "
            "samen met de politiezones opvoeren.",
        ),
    )
    done = realisation(
        status(StatusCode.IN_PROGRESS),
        (
            (
                "Les subsides aux communes ont financé 46 aménagements modérateurs de vitesse ; 12 "
                "contrôles de vitesse par tronçon ont été mis en service.",
                "De subsidies aan de gemeenten financierden 46 snelheidsremmende inrichtingen; 12 "
                "trajectcontroles werden in gebruik genomen.",
            ),
            (
                "Vitesse moyenne mesurée en zone 30 : 33 km/h (34 km/h en 2024).",
                "Gemeten gemiddelde snelheid in zone 30: 33 km/u (34 km/u in 2024).",
            ),
            (
                "– Appel à projets « Zones apaisées » auprès des 19 communes\n"
                "– Installation de contrôles par tronçon sur les voiries régionales",
                "– Projectoproep „Rustige zones” bij de 19 gemeenten\n"
                "– Plaatsing van trajectcontroles op de gewestwegen",
            ),
            (
                "– 14 communes lauréates, 46 aménagements réalisés\n– 12 tronçons contrôlés",
                "– 14 geselecteerde gemeenten, 46 inrichtingen uitgevoerd\n– 12 gecontroleerde trajecten",
            ),
        ),
    )
    speed = kpi(
        "Vitesse moyenne mesurée en zone 30",
        "Gemeten gemiddelde snelheid in zone 30",
        unit=("km/h", "km/u"),
        base=("33", 2025),
        target=("31", 2026),
        direction=Direction.DECREASE,
        source=("Comptages de Bruxelles Mobilité", "Tellingen van Brussel Mobiliteit"),
    )
    plan = node(
        NodeKind.PLANNING,
        BiText(),
        year=PLANNED,
        description=bt(
            "Poursuivre l’appel à projets et équiper 10 nouveaux tronçons de contrôles de vitesse.",
            "De projectoproep voortzetten en 10 nieuwe trajecten uitrusten met snelheidscontroles.",
        ),
        output=bt(
            "Vitesse moyenne en zone 30 ramenée à 31 km/h.",
            "Gemiddelde snelheid in zone 30 teruggebracht tot 31 km/u.",
        ),
        kpis=kpis(speed),
        thresholds=bands(
            speed,
            "32",
            "34",
            (
                ("moins de 32 km/h", "minder dan 32 km/u"),
                ("de 32 à 34 km/h", "van 32 tot 34 km/u"),
                ("34 km/h ou plus", "34 km/u of meer"),
            ),
        ),
        deadline=Deadline(DeadlineKind.EVERY_YEAR_UNTIL, year=2029),
        actions=bt(
            "– Appel à projets « Zones apaisées » 2026\n"
            "– Contrôles de vitesse sur 10 nouveaux tronçons\n"
            "– Campagne de contrôle coordonnée avec les zones de police",
            "– Projectoproep „Rustige zones” 2026\n"
            "– Snelheidscontroles op 10 nieuwe trajecten\n"
            "– Gecoördineerde controlecampagne met de politiezones",
        ),
        success_conditions=bt(
            "Engagement des communes ; capacité de traitement des infractions par les zones de police",
            "Engagement van de gemeenten; capaciteit van de politiezones om de overtredingen te verwerken",
        ),
        means=means(
            "3.5",
            line(
                "33.004.43.01.6321",
                "subsides aux communes pour les zones apaisées",
                "subsidies aan de gemeenten voor rustige zones",
                "3500000",
                per_year=True,
            ),
            line("33.004.22.01.7420", "contrôles de vitesse par tronçon", "trajectcontroles", "1200000"),
            ict=(
                "Connexion des contrôles au système de traitement des infractions de Paradigm",
                "Koppeling van de controles aan het verwerkingssysteem voor overtredingen van Paradigm",
            ),
        ),
        partners=partners("communes", "police", "paradigm", "bpl"),
    )
    plan.children = [
        action(
            ("Contrôles par tronçon", "Trajectcontroles"),
            ("10 nouveaux tronçons contrôlés.", "10 nieuwe gecontroleerde trajecten."),
            kpi(
                "Tronçons équipés",
                "Uitgeruste trajecten",
                unit=("tronçons", "trajecten"),
                base=("12", 2025),
                target=("22", 2026),
                direction=Direction.INCREASE,
            ),
            "22",
            "17",
            (
                ("22 tronçons ou plus", "22 trajecten of meer"),
                ("de 17 à 21 tronçons", "van 17 tot 21 trajecten"),
                ("moins de 17 tronçons", "minder dan 17 trajecten"),
            ),
            semester(2026, 1),
        ),
    ]
    oo.children = [done, plan]
    return oo


def oo22(partners: Picker) -> Node:
    oo = node(
        NodeKind.OO,
        bt("Former les élèves à la mobilité en sécurité", "Leerlingen leren zich veilig te verplaatsen"),
        Template.B,
        description=bt(
            "Proposer à toutes les écoles bruxelloises des formations pratiques à la circulation à vélo et à pied.",
            "Alle Brusselse scholen praktijkopleidingen aanbieden om zich veilig te voet en met de "
            "fiets te verplaatsen.",
        ),
    )
    done = realisation(
        status(StatusCode.DONE),
        (
            (
                "Le brevet du cycliste a été proposé dans toutes les écoles primaires qui en ont fait la demande.",
                "Het fietsbrevet werd aangeboden in alle lagere scholen die erom vroegen.",
            ),
            (
                "6.200 élèves de 5e et 6e primaire ont obtenu leur brevet du cycliste.",
                "6.200 leerlingen van het 5de en 6de leerjaar behaalden hun fietsbrevet.",
            ),
            (
                "– Brevet du cycliste\n– Formation des enseignants",
                "– Fietsbrevet\n– Opleiding van de leerkrachten",
            ),
            (
                "– 6.200 brevets délivrés dans 180 écoles\n– 240 enseignants formés",
                "– 6.200 brevetten uitgereikt in 180 scholen\n– 240 leerkrachten opgeleid",
            ),
        ),
    )
    pupils = kpi(
        "Élèves formés",
        "Opgeleide leerlingen",
        unit=("élèves", "leerlingen"),
        base=("6200", 2025),
        target=("7500", 2026),
        direction=Direction.INCREASE,
        source=("Rapports de Pro Velo", "Verslagen van Pro Velo"),
    )
    plan = node(
        NodeKind.PLANNING,
        BiText(),
        year=PLANNED,
        description=bt(
            "Étendre le brevet du cycliste à l’enseignement secondaire et lancer un module de "
            "sécurité piétonne pour les plus jeunes.",
            "Het fietsbrevet uitbreiden naar het secundair onderwijs en een module over "
            "voetgangersveiligheid voor de jongsten starten.",
        ),
        output=bt(
            "7.500 élèves formés pendant l’année scolaire 2026-2027.",
            "7.500 leerlingen opgeleid tijdens het schooljaar 2026-2027.",
        ),
        kpis=kpis(pupils),
        thresholds=bands(
            pupils,
            "7500",
            "6000",
            (
                ("7.500 élèves ou plus", "7.500 leerlingen of meer"),
                ("de 6.000 à 7.500 élèves", "van 6.000 tot 7.500 leerlingen"),
                ("moins de 6.000 élèves", "minder dan 6.000 leerlingen"),
            ),
        ),
        deadline=span(2026, 2027),
        actions=bt(
            "– Brevet du cycliste dans l’enseignement primaire et secondaire\n"
            "– Module « Piéton malin » en 3e maternelle",
            "– Fietsbrevet in het lager en het secundair onderwijs\n– Module „Slimme voetganger” in de 3de kleuterklas",
        ),
        success_conditions=bt(
            "Participation volontaire des écoles ; disponibilité des formateurs",
            "Vrijwillige deelname van de scholen; beschikbaarheid van de opleiders",
        ),
        means=means(
            "1.5",
            line(
                "33.005.33.01.3300",
                "subside à Pro Velo pour le brevet du cycliste",
                "subsidie aan Pro Velo voor het fietsbrevet",
                "850000",
                per_year=True,
                credit=CreditType.LIQUIDATION,
            ),
        ),
        partners=partners("provelo", "communes", "police"),
    )
    plan.children = [
        action(
            ("Module « Piéton malin »", "Module „Slimme voetganger”"),
            ("Module testé dans 20 écoles maternelles.", "Module getest in 20 kleuterscholen."),
            kpi(
                "Écoles participantes",
                "Deelnemende scholen",
                unit=("écoles", "scholen"),
                target=("20", 2026),
                direction=Direction.INCREASE,
            ),
            "20",
            "10",
            (
                ("20 écoles ou plus", "20 scholen of meer"),
                ("de 10 à 19 écoles", "van 10 tot 19 scholen"),
                ("moins de 10 écoles", "minder dan 10 scholen"),
            ),
            day(2026, 9, 1),
        ),
    ]
    oo.children = [done, plan]
    return oo


def oo23(partners: Picker) -> Node:
    oo = node(
        NodeKind.OO,
        bt(
            "Renforcer le contrôle et la sanction des infractions graves",
            "De controle en bestraffing van zware overtredingen versterken",
        ),
        Template.B,
    )
    oo.delegation = Delegation(
        bt(
            "la Ministre chargée de la Sécurité et de la Prévention",
            "de Minister bevoegd voor Veiligheid en Preventie",
        ),
        bt(
            "Note d’orientation 2025-2026 « Sécurité et Prévention » : OS 2 – OO 2.4",
            "Beleidsnota 2025-2026 „Veiligheid en Preventie” : SD 2 – OD 2.4",
        ),
    )
    return oo

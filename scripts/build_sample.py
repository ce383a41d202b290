"""Build the bundled sample note and the new-note skeleton with the model API and save them.

Run ``.venv/bin/python scripts/build_sample.py`` to regenerate ``resources/sample-note.xml`` and
``resources/new-note.xml``. After that the XML files are the source of truth: edit them in the
editor, and only rerun this script to start over. Ids are fixed (not random) so that a rerun
gives the same bytes and diffs stay readable.
"""

from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from editor.model.bitext import BiText, Lang
from editor.model.labels import AnnexKind, ChapterKind, NodeKind, Template
from editor.model.resources import NEW_NOTE, SAMPLE_NOTE
from editor.model.tree import (
    Abbreviation,
    AgendaRecord,
    AuditRecord,
    Delegation,
    Node,
    Note,
    Organisation,
    new_node,
)
from editor.model.values import (
    Band,
    BudgetLine,
    CreditType,
    Deadline,
    DeadlineKind,
    Direction,
    FieldValue,
    Kpi,
    KpiList,
    Means,
    Partners,
    Season,
    Status,
    StatusCode,
    Thresholds,
)
from editor.model.xmlio import save_note

REALISED, PLANNED = 2025, 2026


def bt(fr: str, nl: str) -> BiText:
    """A confirmed pair: the sample's two sides are agreed translations."""
    text = BiText(fr, nl)
    text.confirm()
    return text


class Ids:
    """Stable ids: prefix + a running number, so reruns produce identical files."""

    def __init__(self, stem: str) -> None:
        self.stem = stem
        self.count = 0

    def __call__(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}-{self.stem}{self.count:03d}"


ID = Ids("s")


def node(
    kind: NodeKind,
    title: BiText,
    template: Template | None = None,
    year: int | None = None,
    **fields: FieldValue,
) -> Node:
    """A node with exactly the given fields (which must exist for its kind)."""
    result = Node(kind, ID(kind.value), title, template=template, year=year)
    known = {spec.key for spec in result.specs()}
    unknown = set(fields) - known
    if unknown:
        raise KeyError(f"{kind.value} has no field(s) {sorted(unknown)}")
    result.fields.update(fields)
    return result


def kpi(
    fr: str,
    nl: str,
    unit: tuple[str, str] | None = None,
    base: tuple[str, int] | None = None,
    target: tuple[str, int] | None = None,
    direction: Direction | None = None,
    source: tuple[str, str] | None = None,
) -> Kpi:
    return Kpi(
        id=ID("kpi"),
        name=bt(fr, nl),
        unit=bt(*unit) if unit else BiText(),
        baseline=Decimal(base[0]) if base else None,
        baseline_year=base[1] if base else None,
        target=Decimal(target[0]) if target else None,
        target_year=target[1] if target else None,
        direction=direction,
        source=bt(*source) if source else BiText(),
    )


def bands(indicator: Kpi, good: str, bad: str, texts: tuple[tuple[str, str], ...]) -> Thresholds:
    """Three bands [lower, upper) consistent with the KPI's direction: green at the good end."""
    g, b = Decimal(good), Decimal(bad)
    green, orange, red = (bt(*pair) for pair in texts)
    if indicator.direction is Direction.DECREASE:
        return Thresholds(
            kpi=indicator.id,
            green=Band(green, upper=g),
            orange=Band(orange, lower=g, upper=b),
            red=Band(red, lower=b),
        )
    return Thresholds(
        kpi=indicator.id,
        green=Band(green, lower=g),
        orange=Band(orange, lower=b, upper=g),
        red=Band(red, upper=b),
    )


def line(
    code: str,
    fr: str,
    nl: str,
    amount: str,
    per_year: bool = False,
    credit: CreditType | None = CreditType.BOTH,
) -> BudgetLine:
    return BudgetLine(ID("bl"), code, bt(fr, nl), Decimal(amount), per_year, credit)


def means(
    fte: str, *lines: BudgetLine, ict: tuple[str, str] | None = None, note: tuple[str, str] | None = None
) -> Means:
    return Means(
        fte=Decimal(fte),
        ict=bt(*ict) if ict else BiText(),
        budget=list(lines),
        note=bt(*note) if note else BiText(),
    )


def status(code: StatusCode, fr: str = "", nl: str = "") -> Status:
    return Status(code, bt(fr, nl) if fr else BiText())


def year(value: int) -> Deadline:
    return Deadline(DeadlineKind.YEAR, year=value)


def month(value: int, part: int, qualifier: tuple[str, str] | None = None) -> Deadline:
    return Deadline(
        DeadlineKind.MONTH, year=value, part=part, qualifier=bt(*qualifier) if qualifier else BiText()
    )


def season(value: int, which: Season) -> Deadline:
    return Deadline(DeadlineKind.SEASON, year=value, season=which)


def semester(value: int, part: int) -> Deadline:
    return Deadline(DeadlineKind.SEMESTER, year=value, part=part)


def quarter(value: int, part: int) -> Deadline:
    return Deadline(DeadlineKind.QUARTER, year=value, part=part)


def span(start: int, end: int, qualifier: tuple[str, str] | None = None) -> Deadline:
    return Deadline(
        DeadlineKind.RANGE, year=end, start_year=start, qualifier=bt(*qualifier) if qualifier else BiText()
    )


def day(value: int, part: int, which: int) -> Deadline:
    return Deadline(DeadlineKind.DATE, year=value, part=part, day=which)


def kpis(*items: Kpi) -> KpiList:
    return KpiList(list(items))


# ---------------------------------------------------------------- organisations

ORGANISATIONS = {
    "bm": ("Bruxelles Mobilité", "Brussel Mobiliteit"),
    "stib": ("STIB", "MIVB"),
    "paradigm": ("Paradigm (anciennement CIRB)", "Paradigm (voorheen CIBG)"),
    "env": ("Bruxelles Environnement", "Leefmilieu Brussel"),
    "persp": ("perspective.brussels", "perspective.brussels"),
    "urban": ("urban.brussels", "urban.brussels"),
    "bpl": ("Bruxelles Pouvoirs locaux", "Brussel Plaatselijke Besturen"),
    "safe": ("safe.brussels", "safe.brussels"),
    "police": ("Zones de police bruxelloises", "Brusselse politiezones"),
    "communes": ("Les 19 communes bruxelloises", "De 19 Brusselse gemeenten"),
    "parking": ("parking.brussels", "parking.brussels"),
    "provelo": ("Pro Velo", "Pro Velo"),
}

# The skeleton's starter list: common Brussels bodies a new note is likely to cite.
STARTER_ORGANISATIONS = (
    ("STIB", "MIVB"),
    ("Bruxelles Environnement", "Leefmilieu Brussel"),
    ("Paradigm", "Paradigm"),
    ("perspective.brussels", "perspective.brussels"),
    ("hub.brussels", "hub.brussels"),
    ("visit.brussels", "visit.brussels"),
    ("Bruxelles Fiscalité", "Brussel Fiscaliteit"),
    ("Bruxelles Pouvoirs locaux", "Brussel Plaatselijke Besturen"),
    ("Service public régional de Bruxelles (SPRB)", "Gewestelijke Overheidsdienst Brussel (GOB)"),
    ("Actiris", "Actiris"),
    ("Innoviris", "Innoviris"),
    ("urban.brussels", "urban.brussels"),
    ("Bruxelles Mobilité", "Brussel Mobiliteit"),
    ("Bruxelles-Propreté", "Net Brussel"),
    ("talent.brussels", "talent.brussels"),
)

ABBREVIATIONS = (
    ("AB", "allocation de base", "BA", "basisallocatie"),
    ("BM", "Bruxelles Mobilité", "BM", "Brussel Mobiliteit"),
    ("DPR", "Déclaration de politique régionale", "GBV", "Gewestelijke Beleidsverklaring"),
    ("ETP", "équivalent temps plein", "VTE", "voltijdsequivalent"),
    ("ICP", "indicateur clé de performance", "KPI", "kritieke prestatie-indicator"),
    ("ICR", "itinéraire cyclable régional", "GFR", "gewestelijke fietsroute"),
    ("OO", "objectif opérationnel", "OD", "operationele doelstelling"),
    ("OS", "objectif stratégique", "SD", "strategische doelstelling"),
    ("PMR", "personne à mobilité réduite", "PBM", "persoon met beperkte mobiliteit"),
    (
        "STIB",
        "Société des Transports Intercommunaux de Bruxelles",
        "MIVB",
        "Maatschappij voor het Intercommunaal Vervoer te Brussel",
    ),
)

CHAPTERS = {
    ChapterKind.INTRODUCTION: (
        "La présente note d’orientation expose la politique régionale en matière de mobilité active et "
        "de sécurité routière pour l’année budgétaire 2026. Elle s’inscrit dans le plan régional de "
        "mobilité Good Move et dans la Déclaration de politique régionale.\n"
        "Trois priorités guident notre action :\n"
        "– un réseau cyclable régional sûr, continu et lisible ;\n"
        "– une réduction structurelle du nombre de victimes de la route, dans la perspective de la "
        "Vision Zéro ;\n"
        "– un espace public où la marche et l’accessibilité des personnes à mobilité réduite sont la "
        "norme.\n"
        "Bruxelles Mobilité pilote la mise en œuvre de ces objectifs, en étroite collaboration avec les "
        "communes, la STIB et les zones de police.",
        "Deze beleidsnota zet het gewestelijke beleid inzake actieve mobiliteit en verkeersveiligheid "
        "uiteen voor het begrotingsjaar 2026. Ze past in het gewestelijk mobiliteitsplan Good Move en in "
        "de Gewestelijke Beleidsverklaring.\n"
        "Drie prioriteiten sturen ons beleid:\n"
        "– een veilig, doorlopend en overzichtelijk gewestelijk fietsnetwerk;\n"
        "– een structurele daling van het aantal verkeersslachtoffers, met het oog op Vision Zero;\n"
        "– een openbare ruimte waar stappen en de toegankelijkheid voor personen met beperkte "
        "mobiliteit de norm zijn.\n"
        "Brussel Mobiliteit stuurt de uitvoering van deze doelstellingen aan, in nauwe samenwerking met "
        "de gemeenten, de MIVB en de politiezones.",
    ),
    ChapterKind.CONTEXT: (
        "Entre 2019 et 2024, la part modale du vélo dans les déplacements des Bruxellois est passée de "
        "5 % à 10 %. Les comptages automatiques enregistrent en moyenne 2.850 passages de cyclistes par "
        "jour dans la rue de la Loi.\n"
        "La sécurité routière reste préoccupante : en 2024, 2.946 personnes ont été blessées et 16 ont "
        "perdu la vie sur les routes bruxelloises. Les piétons et les cyclistes représentent plus de la "
        "moitié des tués et blessés graves.\n"
        "Plusieurs facteurs pèsent sur la mise en œuvre :\n"
        "– la hausse du coût des travaux publics ;\n"
        "– la coordination des chantiers avec les impétrants et les communes ;\n"
        "– la place limitée dans l’espace public des quartiers denses.",
        "Tussen 2019 en 2024 steeg het modale aandeel van de fiets in de verplaatsingen van de "
        "Brusselaars van 5 % naar 10 %. De automatische tellingen registreren gemiddeld 2.850 passages "
        "van fietsers per dag in de Wetstraat.\n"
        "De verkeersveiligheid blijft zorgwekkend: in 2024 raakten 2.946 mensen gewond en lieten 16 "
        "mensen het leven op de Brusselse wegen. Voetgangers en fietsers vormen meer dan de helft van de "
        "doden en zwaargewonden.\n"
        "Verschillende factoren bemoeilijken de uitvoering:\n"
        "– de stijgende kostprijs van openbare werken;\n"
        "– de coördinatie van de werven met de nutsbedrijven en de gemeenten;\n"
        "– de beperkte plaats in de openbare ruimte van de dichtbebouwde wijken.",
    ),
    ChapterKind.SUMMARY: (
        "En 2025, 28 km de pistes cyclables séparées ont été mis en service et 12 carrefours dangereux "
        "ont été réaménagés. Pour 2026, le Gouvernement prévoit :\n"
        "– 40 km supplémentaires de pistes cyclables séparées ;\n"
        "– le réaménagement de 18 carrefours ;\n"
        "– 3.000 nouveaux emplacements de stationnement vélo sécurisés ;\n"
        "– la mise en accessibilité de 60 arrêts de la STIB.\n"
        "Les moyens consacrés à ces objectifs sont détaillés par objectif à l’annexe des moyens.",
        "In 2025 werden 28 km afgescheiden fietspaden in gebruik genomen en werden 12 gevaarlijke "
        "kruispunten heraangelegd. Voor 2026 plant de regering:\n"
        "– 40 km extra afgescheiden fietspaden;\n"
        "– de heraanleg van 18 kruispunten;\n"
        "– 3.000 nieuwe beveiligde fietsparkeerplaatsen;\n"
        "– de toegankelijkmaking van 60 haltes van de MIVB.\n"
        "De middelen voor deze doelstellingen worden per doelstelling toegelicht in de bijlage over de "
        "middelen.",
    ),
}


def realisation(status_value: Status, texts: tuple[tuple[str, str], ...]) -> Node:
    """A Réalisations block: status, then the four report texts in spec order."""
    keys = ("realisation_description", "output_achieved", "actions_achieved", "output_per_action_achieved")
    block = node(NodeKind.REALISATION, BiText(), year=REALISED, status=status_value)
    block.fields.update({key: bt(*pair) for key, pair in zip(keys, texts, strict=True)})
    return block


def action(
    title: tuple[str, str],
    output: tuple[str, str],
    indicator: Kpi,
    good: str,
    bad: str,
    band_texts: tuple[tuple[str, str], ...],
    deadline: Deadline,
) -> Node:
    return node(
        NodeKind.ACTION,
        bt(*title),
        output=bt(*output),
        kpis=kpis(indicator),
        thresholds=bands(indicator, good, bad, band_texts),
        deadline=deadline,
    )


class Sample:
    """The sample note's chapter IV, annexes and lists, built against one organisation table."""

    def __init__(self) -> None:
        self.orgs = {key: Organisation(ID("org"), bt(fr, nl)) for key, (fr, nl) in ORGANISATIONS.items()}

    def partners(self, *keys: str) -> Partners:
        return Partners([self.orgs[key].id for key in keys])

    # ---------------------------------------------------------------- OS 1

    def os1(self) -> Node:
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
                "Délivrance des permis d’urbanisme dans les délais ; collaboration optimale avec les "
                "communes",
                "Tijdige afgifte van de stedenbouwkundige vergunningen; optimale samenwerking met de "
                "gemeenten",
            ),
        )
        result.children = [self.oo11(), self.oo12(), self.oo13()]
        return result

    def oo11(self) -> Node:
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
                "Elk jaar een deel van het meerjarenprogramma voor afgescheiden fietspaden op de "
                "gewestwegen uitvoeren.",
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
                "Délivrance des permis d’urbanisme dans les délais ; coordination des chantiers avec "
                "les impétrants",
                "Tijdige afgifte van de stedenbouwkundige vergunningen; coördinatie van de werven met "
                "de nutsbedrijven",
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
            partners=self.partners("communes", "stib", "urban"),
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

    def oo12(self) -> Node:
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
                    "12 des 15 carrefours prévus ont été réaménagés ; les 3 autres chantiers débuteront au "
                    "printemps 2026.",
                    "12 van de 15 geplande kruispunten werden heraangelegd; de 3 andere werven starten in "
                    "het voorjaar van 2026.",
                ),
                (
                    "12 carrefours réaménagés ; aucun accident grave n’y a été enregistré depuis leur mise "
                    "en service.",
                    "12 kruispunten heraangelegd; sinds hun ingebruikname werd er geen enkel zwaar "
                    "ongeval geregistreerd.",
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
            partners=self.partners("police", "communes"),
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

    def oo13(self) -> Node:
        places = kpi(
            "Emplacements vélo sécurisés disponibles",
            "Beschikbare beveiligde fietsparkeerplaatsen",
            unit=("emplacements", "plaatsen"),
            base=("9400", 2025),
            target=("12400", 2026),
            direction=Direction.INCREASE,
        )
        occupancy = kpi(
            "Taux d’occupation des box vélo",
            "Bezettingsgraad van de fietsboxen",
            unit=("%", "%"),
            base=("91", 2025),
            target=("90", 2026),
            direction=Direction.MAINTAIN,
        )
        oo = node(
            NodeKind.OO,
            bt("Offrir du stationnement vélo sécurisé", "Beveiligde fietsparkeerplaatsen aanbieden"),
            Template.A,
            description=bt(
                "Développer une offre de stationnement vélo sécurisé dans les quartiers résidentiels "
                "et aux pôles d’échanges, en collaboration avec parking.brussels.",
                "Een aanbod van beveiligde fietsparkeerplaatsen uitbouwen in de woonwijken en aan de "
                "overstappolen, in samenwerking met parking.brussels.",
            ),
            output=bt(
                "3.000 emplacements sécurisés supplémentaires en 2026.",
                "3.000 extra beveiligde fietsparkeerplaatsen in 2026.",
            ),
            kpis=kpis(places, occupancy),
            targets=bt(
                "– Habitants des quartiers denses sans garage\n"
                "– Navetteurs qui combinent le train et le vélo\n"
                "– Visiteurs des noyaux commerciaux",
                "– Bewoners van dichtbebouwde wijken zonder garage\n"
                "– Pendelaars die trein en fiets combineren\n"
                "– Bezoekers van de handelskernen",
            ),
            actions=bt(
                "– Box vélo de quartier\n– Parkings vélo aux gares et aux stations de métro",
                "– Buurtfietsboxen\n– Fietsparkings aan de stations en de metrostations",
            ),
            deadline=year(2026),
            thresholds=bands(
                places,
                "12400",
                "11000",
                (
                    ("12.400 emplacements ou plus", "12.400 plaatsen of meer"),
                    ("de 11.000 à 12.400 emplacements", "van 11.000 tot 12.400 plaatsen"),
                    ("moins de 11.000 emplacements", "minder dan 11.000 plaatsen"),
                ),
            ),
            means=means(
                "2",
                line(
                    "33.003.34.01.4322",
                    "subside à parking.brussels pour le stationnement vélo",
                    "subsidie aan parking.brussels voor fietsparkeren",
                    "2400000",
                ),
            ),
            partners=self.partners("parking", "communes", "stib"),
        )
        boxes = kpi(
            "Box vélo installés",
            "Geplaatste fietsboxen",
            unit=("box", "boxen"),
            base=("1480", 2025),
            target=("1780", 2026),
            direction=Direction.INCREASE,
        )
        stations = kpi(
            "Emplacements en parkings vélo surveillés",
            "Plaatsen in bewaakte fietsparkings",
            unit=("emplacements", "plaatsen"),
            base=("0", 2025),
            target=("1500", 2026),
            direction=Direction.INCREASE,
        )
        oo.children = [
            node(
                NodeKind.ITEM,
                bt("Box vélo de quartier", "Buurtfietsboxen"),
                description=bt(
                    "Installer des box vélo sécurisés de 5 places dans les rues résidentielles, à la "
                    "demande des habitants.",
                    "Beveiligde fietsboxen met 5 plaatsen plaatsen in de woonstraten, op vraag van de "
                    "bewoners.",
                ),
                output=bt(
                    "300 nouveaux box, soit 1.500 emplacements.",
                    "300 nieuwe boxen, goed voor 1.500 plaatsen.",
                ),
                kpis=kpis(boxes),
                targets=bt(
                    "Habitants sans espace privé pour ranger un vélo",
                    "Bewoners zonder private ruimte om een fiets te stallen",
                ),
                actions=bt(
                    "– Appel aux demandes des habitants\n"
                    "– Installation par parking.brussels\n"
                    "– Gestion en ligne des abonnements",
                    "– Oproep tot aanvragen bij de bewoners\n"
                    "– Plaatsing door parking.brussels\n"
                    "– Onlinebeheer van de abonnementen",
                ),
                deadline=season(2026, Season.SUMMER),
                thresholds=bands(
                    boxes,
                    "1780",
                    "1630",
                    (
                        ("1.780 box ou plus", "1.780 boxen of meer"),
                        ("de 1.630 à 1.780 box", "van 1.630 tot 1.780 boxen"),
                        ("moins de 1.630 box", "minder dan 1.630 boxen"),
                    ),
                ),
            ),
            node(
                NodeKind.ITEM,
                bt("Parkings vélo aux pôles d’échanges", "Fietsparkings aan de overstappolen"),
                description=bt(
                    "Créer des parkings vélo surveillés aux gares et aux principales stations de métro.",
                    "Bewaakte fietsparkings inrichten aan de stations en de belangrijkste metrostations.",
                ),
                output=bt(
                    "1.500 emplacements dans 4 parkings surveillés (gare du Nord, gare du Midi, Schuman "
                    "et Delta).",
                    "1.500 plaatsen in 4 bewaakte fietsparkings (Noordstation, Zuidstation, Schuman en "
                    "Delta).",
                ),
                kpis=kpis(stations),
                targets=bt(
                    "Navetteurs qui combinent le train, le métro et le vélo",
                    "Pendelaars die trein, metro en fiets combineren",
                ),
                actions=bt(
                    "– Conventions avec la SNCB et la STIB\n"
                    "– Aménagement et équipement des locaux\n"
                    "– Gardiennage",
                    "– Overeenkomsten met de NMBS en de MIVB\n"
                    "– Inrichting en uitrusting van de lokalen\n"
                    "– Bewaking",
                ),
                deadline=month(2026, 9),
                thresholds=bands(
                    stations,
                    "1500",
                    "1000",
                    (
                        ("1.500 emplacements", "1.500 plaatsen"),
                        ("de 1.000 à 1.500 emplacements", "van 1.000 tot 1.500 plaatsen"),
                        ("moins de 1.000 emplacements", "minder dan 1.000 plaatsen"),
                    ),
                ),
            ),
        ]
        return oo

    # ---------------------------------------------------------------- OS 2

    def os2(self) -> Node:
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
            partners=self.partners("police", "safe"),
        )
        result.children = [self.oo21(), self.oo22(), self.oo23()]
        return result

    def oo21(self) -> Node:
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
                "Engagement van de gemeenten; capaciteit van de politiezones om de overtredingen te "
                "verwerken",
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
            partners=self.partners("communes", "police", "paradigm", "bpl"),
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

    def oo22(self) -> Node:
        oo = node(
            NodeKind.OO,
            bt("Former les élèves à la mobilité en sécurité", "Leerlingen leren zich veilig te verplaatsen"),
            Template.B,
            description=bt(
                "Proposer à toutes les écoles bruxelloises des formations pratiques à la circulation à "
                "vélo et à pied.",
                "Alle Brusselse scholen praktijkopleidingen aanbieden om zich veilig te voet en met de "
                "fiets te verplaatsen.",
            ),
        )
        done = realisation(
            status(StatusCode.DONE),
            (
                (
                    "Le brevet du cycliste a été proposé dans toutes les écoles primaires qui en ont fait la "
                    "demande.",
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
                "– Fietsbrevet in het lager en het secundair onderwijs\n"
                "– Module „Slimme voetganger” in de 3de kleuterklas",
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
            partners=self.partners("provelo", "communes", "police"),
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

    def oo23(self) -> Node:
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

    # ---------------------------------------------------------------- OS 3

    def os3(self) -> Node:
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
        result.children = [self.oo31(), self.oo32(), self.oo33()]
        return result

    def oo31(self) -> Node:
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
                "– Élèves et parents sur le chemin de l’école\n"
                "– Personnes âgées\n"
                "– Usagers des transports publics",
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
            partners=self.partners("communes", "urban"),
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
                    "Créer des itinéraires piétons directs et éclairés entre les gares et les quartiers "
                    "voisins.",
                    "Rechtstreekse en verlichte voetgangersroutes aanleggen tussen de stations en de "
                    "omliggende wijken.",
                ),
                output=bt(
                    "Itinéraires piétons réaménagés autour de 5 gares.",
                    "Heraangelegde voetgangersroutes rond 5 stations.",
                ),
                kpis=kpis(stations),
                targets=bt(
                    "Navetteurs et riverains des gares", "Pendelaars en buurtbewoners van de stations"
                ),
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

    def oo32(self) -> Node:
        oo = node(
            NodeKind.OO,
            bt(
                "Rendre les arrêts de transport public accessibles",
                "De haltes van het openbaar vervoer toegankelijk maken",
            ),
            Template.B,
            description=bt(
                "Rendre les arrêts de surface de la STIB accessibles aux personnes à mobilité réduite.",
                "De bovengrondse haltes van de MIVB toegankelijk maken voor personen met beperkte "
                "mobiliteit.",
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
                    "52 arrêts accessibles supplémentaires ; 61 % des arrêts de surface sont désormais "
                    "accessibles.",
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
                "Rendre 60 arrêts supplémentaires accessibles, en priorité sur les lignes de tram à haute "
                "fréquence.",
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
            partners=self.partners("stib", "communes"),
            equal_opportunities=bt(
                "Le projet renforce directement l’autonomie des personnes handicapées et des personnes "
                "âgées.",
                "Het project versterkt rechtstreeks de zelfstandigheid van personen met een handicap en "
                "van ouderen.",
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

    def oo33(self) -> Node:
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
                "– Campagne „Delen we de straat” in het voorjaar\n"
                "– Campagne bij het begin van het schooljaar in september",
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
            partners=self.partners("safe", "police", "provelo"),
        )

    # ---------------------------------------------------------------- whole note

    def note(self) -> Note:
        note = Note(id="note-sample2026")
        title = note.title
        title.competence = bt(
            "Mobilité active et Sécurité routière", "Actieve mobiliteit en Verkeersveiligheid"
        )
        title.minister = bt(
            "Ministre du Gouvernement de la Région de Bruxelles-Capitale chargée de la Mobilité, des "
            "Travaux publics et de la Sécurité routière",
            "Minister van de Brusselse Hoofdstedelijke Regering belast met Mobiliteit, Openbare Werken "
            "en Verkeersveiligheid",
        )
        title.body = bt("Bruxelles Mobilité", "Brussel Mobiliteit")
        title.session_year, title.budget_year = 2025, 2026
        title.document_ref = "A-123/1"
        title.original_language = Lang.FR
        note.abbreviations = [
            Abbreviation(ID("abbr"), bt(fr_short, nl_short), bt(fr_long, nl_long))
            for fr_short, fr_long, nl_short, nl_long in ABBREVIATIONS
        ]
        note.organisations = list(self.orgs.values())
        for chapter in note.chapters:
            chapter.body = bt(*CHAPTERS[chapter.kind])
        note.objectives = [self.os1(), self.os2(), self.os3()]
        self.records(note)
        return note

    def records(self, note: Note) -> None:
        """Regulatory agenda (referring to real objectives) and one Court of Audit follow-up."""
        os1, os2 = note.objectives[0], note.objectives[1]
        agenda, audit = note.annex(AnnexKind.AGENDA), note.annex(AnnexKind.AUDIT)
        assert agenda is not None and audit is not None
        agenda.records = [
            AgendaRecord(
                ID("agenda"),
                bt(
                    "Arrêté du Gouvernement relatif aux subsides aux communes pour les zones apaisées : "
                    "fixer des critères d’octroi pluriannuels qui donnent aux communes une visibilité "
                    "sur 3 ans.",
                    "Besluit van de regering betreffende de subsidies aan de gemeenten voor rustige "
                    "zones: meerjarige toekenningscriteria vastleggen die de gemeenten een vooruitzicht "
                    "over 3 jaar geven.",
                ),
                os2.id,
                [os2.children[0].id],
                bt(
                    "Avant-projet approuvé en première lecture le 20 novembre 2025 ; adoption "
                    "définitive prévue au premier semestre 2026.",
                    "Voorontwerp in eerste lezing goedgekeurd op 20 november 2025; definitieve "
                    "goedkeuring gepland in het eerste semester van 2026.",
                ),
            ),
            AgendaRecord(
                ID("agenda"),
                bt(
                    "Arrêté du Gouvernement relatif au stationnement vélo dans les nouveaux immeubles : "
                    "imposer 1 emplacement vélo par chambre dans les logements neufs.",
                    "Besluit van de regering betreffende fietsparkeren in nieuwe gebouwen: 1 "
                    "fietsparkeerplaats per slaapkamer opleggen in nieuwe woningen.",
                ),
                os1.id,
                [os1.children[2].id],
                bt(
                    "Concertation avec urban.brussels en cours ; examen par le Gouvernement prévu en "
                    "octobre 2026.",
                    "Overleg met urban.brussels loopt; behandeling door de regering gepland in oktober 2026.",
                ),
            ),
        ]
        audit.records = [
            AuditRecord(
                ID("audit"),
                bt(
                    "Rapport de la Cour des comptes « Les subsides régionaux aux communes en matière de "
                    "mobilité », mars 2024",
                    "Verslag van het Rekenhof „De gewestelijke subsidies aan de gemeenten inzake "
                    "mobiliteit”, maart 2024",
                ),
                bt(
                    "– Fixer des critères d’octroi objectifs et publiés\n"
                    "– Contrôler l’utilisation des subsides sur la base de pièces justificatives",
                    "– Objectieve en bekendgemaakte toekenningscriteria vastleggen\n"
                    "– Het gebruik van de subsidies controleren op basis van bewijsstukken",
                ),
                bt(
                    "Les critères d’octroi sont publiés depuis l’appel à projets 2025. Depuis janvier "
                    "2025, 100 % des dossiers sont contrôlés sur pièces.",
                    "De toekenningscriteria worden bekendgemaakt sinds de projectoproep 2025. Sinds "
                    "januari 2025 wordt 100 % van de dossiers gecontroleerd op basis van stukken.",
                ),
            )
        ]


# ---------------------------------------------------------------- new-note skeleton


def current_session(today: date) -> int:
    """First year of the parliamentary session under way (sessions open in September)."""
    return today.year if today.month >= 9 else today.year - 1


def skeleton(today: date) -> Note:
    """Empty title block, chapters, one OS with one template-B OO, the annexes, starter bodies."""
    ids = Ids("new")
    note = Note(id=ids("note"))
    note.title.session_year = current_session(today)
    note.title.budget_year = note.title.session_year + 1
    note.organisations = [Organisation(ids("org"), BiText(fr, nl)) for fr, nl in STARTER_ORGANISATIONS]
    strategic = new_node(NodeKind.OS)
    operational = new_node(NodeKind.OO, Template.B)
    blocks = [
        new_node(NodeKind.REALISATION, year=note.title.session_year),
        new_node(NodeKind.PLANNING, year=note.title.budget_year),
    ]
    operational.children = blocks
    strategic.children = [operational]
    for each in strategic.walk():
        each.id = ids(each.kind.value)
    note.objectives = [strategic]
    return note


def main() -> int:
    save_note(Sample().note(), SAMPLE_NOTE, backup=False)
    save_note(skeleton(date.today()), NEW_NOTE, backup=False)
    print(f"wrote {SAMPLE_NOTE} and {NEW_NOTE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

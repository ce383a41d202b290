"""The one table of French and Dutch labels, field specifications and fixed bilingual lists."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from editor.model.bitext import Lang
from editor.model.values import Colour, CreditType, Direction, StatusCode


class NodeKind(str, Enum):
    """The kinds of node in chapter IV; the XML element names are these values."""

    OS = "os"
    OO = "oo"
    ITEM = "item"
    REALISATION = "realisation"
    PLANNING = "planning"
    ACTION = "action"


class Template(str, Enum):
    """Template of an operational objective: A forward-looking, B report-and-plan."""

    A = "A"
    B = "B"


class FieldType(str, Enum):
    """Value type of a field; decides its editor, its XML shape and its checks."""

    TEXT = "text"
    KPIS = "kpis"
    THRESHOLDS = "thresholds"
    DEADLINE = "deadline"
    STATUS = "status"
    MEANS = "means"
    PARTNERS = "partners"


@dataclass(frozen=True)
class FieldSpec:
    """One field of a node: its key (= XML element), type, whether required, and labels."""

    key: str
    type: FieldType
    required: bool
    fr: str
    nl: str

    def label(self, lang: Lang) -> str:
        return self.fr if lang is Lang.FR else self.nl

    def place(self) -> dict[Lang, str]:
        """Both labels, as a place of the rule checks (called only when an issue is reported)."""
        return {Lang.FR: self.fr, Lang.NL: self.nl}


T, K, TH, D, S, M, P = (
    FieldType.TEXT,
    FieldType.KPIS,
    FieldType.THRESHOLDS,
    FieldType.DEADLINE,
    FieldType.STATUS,
    FieldType.MEANS,
    FieldType.PARTNERS,
)

_SUCCESS = ("success_conditions", T, "Conditions de réussite", "Slaagvoorwaarden")
_MEANS = ("means", M, "Moyens", "Middelen")
_PARTNERS = ("partners", P, "Partenaires", "Partners")
_EQUAL = (
    "equal_opportunities",
    T,
    "Impact sur l’égalité des chances",
    "Impact op gelijke kansen",
)
_PLAN_KPIS = (
    "kpis",
    K,
    "Indicateurs de performance (ICP) de l’output de l’OO",
    "Prestatie-indicatoren (KPI) van de output van de OD",
)
_PLAN_THRESHOLDS = (
    "thresholds",
    TH,
    "Valeurs seuils de l’OO (vert, orange ou rouge)",
    "Drempelwaarden van de OD (groen, oranje of rood)",
)
_PLAN_DEADLINE = ("deadline", D, "Échéance de l’OO", "Deadline voor de OD")
_DESCRIPTION = ("description", T, "Description de l’objectif", "Omschrijving van de doelstelling")
_OUTPUT = ("output", T, "Output souhaité de l’OO", "Gewenste output van de OD")
_ACTIONS = (
    "actions",
    T,
    "Description des actions et projets",
    "Omschrijving van de acties en projecten",
)


def _specs(*rows: tuple[tuple[str, FieldType, str, str], bool]) -> tuple[FieldSpec, ...]:
    return tuple(FieldSpec(key, kind, required, fr, nl) for (key, kind, fr, nl), required in rows)


_TEMPLATE_A = _specs(
    (("description", T, "Description de l’objectif", "Beschrijving van de doelstelling"), True),
    (_OUTPUT, True),
    (
        (
            "kpis",
            K,
            "Indicateur(s) clé(s) de performance (ICP) pour l’output de l’OO, lié(s) aux actions et projets",
            "KPI voor de output van de OD, gekoppeld aan de acties en projecten",
        ),
        True,
    ),
    (("targets", T, "Cibles", "Doelpubliek"), True),
    (_ACTIONS, True),
    (
        (
            "output_per_action",
            T,
            "Output souhaité par action et projet",
            "Gewenste output per actie en per project",
        ),
        False,
    ),
    (("deadline", D, "Échéance de l’OO", "Deadline van de OD"), False),
    (
        (
            "thresholds",
            TH,
            "Valeurs seuils de l’objectif (vert, orange ou rouge)",
            "Drempelwaarden van de OD (groen, oranje of rood)",
        ),
        False,
    ),
    (_SUCCESS, False),
    (_MEANS, False),
    (_PARTNERS, False),
    (_EQUAL, False),
)

FIELD_SPECS: dict[tuple[NodeKind, Template | None], tuple[FieldSpec, ...]] = {
    (NodeKind.OS, None): _specs(
        (_DESCRIPTION, True),
        (
            (
                "desired_result",
                T,
                "Description du résultat (partiel) souhaité de l’OS",
                "Omschrijving van het gewenste (gedeeltelijke) resultaat van de SD",
            ),
            False,
        ),
        (
            (
                "achieved_result",
                T,
                "Description du résultat (partiel) réalisé de l’OS",
                "Omschrijving van het gerealiseerde (gedeeltelijke) resultaat van de SD",
            ),
            False,
        ),
        (("kpis", K, "Indicateurs de performance de l’OS", "KPI van de SD"), True),
        (("source_document", T, "Document source de l’OS", "Brondocument van de SD"), False),
        (("deadline", D, "Échéance de l’OS", "Deadline voor de SD"), False),
        (_SUCCESS, False),
        (_MEANS, False),
        (_PARTNERS, False),
        (_EQUAL, False),
    ),
    (NodeKind.OO, Template.A): _TEMPLATE_A,
    (NodeKind.ITEM, None): _TEMPLATE_A,
    # Template B keeps its fields in the year blocks; some notes put KPI, thresholds and
    # deadline at the head of the OO as well, so they are optional there.
    (NodeKind.OO, Template.B): _specs(
        (_DESCRIPTION, False),
        (_PLAN_KPIS, False),
        (_PLAN_THRESHOLDS, False),
        (_PLAN_DEADLINE, False),
        (_EQUAL, False),
    ),
    (NodeKind.REALISATION, None): _specs(
        (("status", S, "Statut de l’OO", "Status van de OD"), True),
        (
            (
                "realisation_description",
                T,
                "Description de la réalisation de l’objectif",
                "Omschrijving van de realisatie van de doelstelling",
            ),
            True,
        ),
        (("output_achieved", T, "Output réalisé de l’OO", "Gerealiseerde output van de OD"), True),
        (
            (
                "actions_achieved",
                T,
                "Description d’actions et de projets réalisés",
                "Omschrijving van de gerealiseerde acties en projecten",
            ),
            True,
        ),
        (
            (
                "output_per_action_achieved",
                T,
                "Output réalisé par action et projet",
                "Gerealiseerde output per actie en project",
            ),
            True,
        ),
        (
            (
                "promised_output",
                T,
                "Rappel de la planification : output souhaité",
                "Herinnering planning: gewenste output",
            ),
            False,
        ),
        (
            (
                "promised_kpis",
                K,
                "Rappel de la planification : indicateurs (ICP)",
                "Herinnering planning: indicatoren (KPI)",
            ),
            False,
        ),
        (
            (
                "promised_thresholds",
                TH,
                "Rappel de la planification : valeurs seuils",
                "Herinnering planning: drempelwaarden",
            ),
            False,
        ),
        (
            (
                "promised_deadline",
                D,
                "Rappel de la planification : échéance",
                "Herinnering planning: deadline",
            ),
            False,
        ),
    ),
    (NodeKind.PLANNING, None): _specs(
        (_DESCRIPTION, True),
        (_OUTPUT, True),
        (_PLAN_KPIS, True),
        (_PLAN_THRESHOLDS, True),
        (_PLAN_DEADLINE, True),
        (_ACTIONS, True),
        (_SUCCESS, True),
        (_MEANS, True),
        (_PARTNERS, True),
        (_EQUAL, False),
    ),
    (NodeKind.ACTION, None): _specs(
        (
            (
                "output",
                T,
                "Output souhaité par action et projet",
                "Gewenste output per actie en project",
            ),
            True,
        ),
        (
            (
                "kpis",
                K,
                "Indicateurs clés de performance (ICP) par action et projet",
                "Kritieke prestatie-indicatoren (KPI) per actie en project",
            ),
            True,
        ),
        (
            (
                "thresholds",
                TH,
                "Valeurs seuils par action et projet (vert, orange ou rouge)",
                "Drempelwaarden per actie en project (groen, oranje of rood)",
            ),
            True,
        ),
        (("deadline", D, "Échéance par action et projet", "Deadline per actie en project"), True),
    ),
}

# Which node kinds may sit under which: the editor offers only these, the schema enforces them.
CHILD_KINDS: dict[tuple[NodeKind, Template | None], tuple[NodeKind, ...]] = {
    (NodeKind.OS, None): (NodeKind.OO, NodeKind.REALISATION, NodeKind.PLANNING),
    (NodeKind.OO, Template.A): (NodeKind.ITEM, NodeKind.ACTION),
    (NodeKind.OO, Template.B): (NodeKind.REALISATION, NodeKind.PLANNING),
    (NodeKind.ITEM, None): (NodeKind.REALISATION, NodeKind.PLANNING, NodeKind.ACTION),
    (NodeKind.PLANNING, None): (NodeKind.ACTION,),
    (NodeKind.REALISATION, None): (),
    (NodeKind.ACTION, None): (),
}

# Token used in headings and annex keys: OS/SD, OO/OD.
TOKENS: dict[NodeKind, dict[Lang, str]] = {
    NodeKind.OS: {Lang.FR: "OS", Lang.NL: "SD"},
    NodeKind.OO: {Lang.FR: "OO", Lang.NL: "OD"},
}

BLOCK_TITLES: dict[NodeKind, dict[Lang, str]] = {
    NodeKind.REALISATION: {Lang.FR: "Réalisations", Lang.NL: "Realisaties"},
    NodeKind.PLANNING: {Lang.FR: "Planning", Lang.NL: "Planning"},
    NodeKind.ACTION: {Lang.FR: "Action", Lang.NL: "Actie"},
}

NOTE_TITLE = {Lang.FR: "NOTE D’ORIENTATION", Lang.NL: "BELEIDSNOTA"}
COMPETENCE_INTRO = {Lang.FR: "compétence", Lang.NL: "bevoegdheid"}
ABBREVIATIONS_TITLE = {Lang.FR: "LISTE D’ABRÉVIATIONS", Lang.NL: "LIJST MET AFKORTINGEN"}
TOC_TITLE = {Lang.FR: "Table des matières", Lang.NL: "Inhoudstafel"}
DRAFT_MARK = {Lang.FR: "PROJET", Lang.NL: "ONTWERP"}


class ChapterKind(str, Enum):
    """Chapters I–III hold prose; chapter IV is the objectives tree."""

    INTRODUCTION = "introduction"
    CONTEXT = "context"
    SUMMARY = "summary"


CHAPTER_NUMBERS = {Lang.FR: ("IER", "II", "III", "IV"), Lang.NL: ("I", "II", "III", "IV")}
CHAPTER_WORD = {Lang.FR: "CHAPITRE", Lang.NL: "HOOFDSTUK"}
CHAPTER_TITLES: dict[ChapterKind | None, dict[Lang, str]] = {
    ChapterKind.INTRODUCTION: {Lang.FR: "Introduction", Lang.NL: "Inleiding"},
    ChapterKind.CONTEXT: {Lang.FR: "Analyse du contexte", Lang.NL: "Omgevingsanalyse"},
    ChapterKind.SUMMARY: {Lang.FR: "Synthèse managériale", Lang.NL: "Managementsamenvatting"},
    None: {
        Lang.FR: "Aperçu des objectifs stratégiques et opérationnels",
        Lang.NL: "Overzicht van de strategische en operationele doelstellingen",
    },
}


class AnnexKind(str, Enum):
    """Annexes are keyed by type and numbered at output (numbers vary between notes)."""

    OBJECTIVES = "objectives"
    MEANS = "means"
    AGENDA = "agenda"
    AUDIT = "audit"


GENERATED_ANNEXES = (AnnexKind.OBJECTIVES, AnnexKind.MEANS)
ANNEX_WORD = {Lang.FR: "Annexe", Lang.NL: "Bijlage"}
ANNEX_TITLES: dict[AnnexKind, dict[Lang, str]] = {
    AnnexKind.OBJECTIVES: {
        Lang.FR: "Liste récapitulative de tous les objectifs stratégiques (OS) et objectifs opérationnels (OO)",
        Lang.NL: "Samenvattende lijst van alle strategische doelstellingen (SD) en operationele doelstellingen (OD)",
    },
    AnnexKind.MEANS: {
        Lang.FR: "Récapitulatif des moyens par objectifs stratégiques et opérationnels",
        Lang.NL: "Samenvatting van de middelen naar strategische en operationele doelstellingen",
    },
    AnnexKind.AGENDA: {Lang.FR: "Agenda de la réglementation", Lang.NL: "Regelgevingsagenda"},
    AnnexKind.AUDIT: {
        Lang.FR: "État des lieux concernant la suite donnée aux recommandations de la Cour des comptes",
        Lang.NL: "Stand van zaken betreffende het gevolg dat werd gegeven aan de aanbevelingen van het Rekenhof",
    },
}

RECORD_LABELS: dict[str, dict[Lang, str]] = {
    "content": {
        Lang.FR: "Contenu (titre, brève description, occasion et objectif)",
        Lang.NL: "Inhoud (titel, korte omschrijving, aanleiding en doelstelling)",
    },
    "os": {Lang.FR: "Objectif stratégique", Lang.NL: "Strategische doelstelling"},
    "oos": {Lang.FR: "Objectif(s) opérationnel(s)", Lang.NL: "Operationele doelstelling(en)"},
    "situation": {
        Lang.FR: "Situation actuelle et la planification future",
        Lang.NL: "Stand van zaken en verdere planning",
    },
    "reference": {
        Lang.FR: "Référence à la Cour des comptes (rapports / documents)",
        Lang.NL: "Referentie Rekenhof (rapporten / documenten)",
    },
    "recommendations": {
        Lang.FR: "Recommandations de la Cour des comptes",
        Lang.NL: "Aanbevelingen van het Rekenhof",
    },
    "application": {
        Lang.FR: "Application des recommandations",
        Lang.NL: "Uitvoering van de aanbevelingen",
    },
}

MEANS_LABELS: dict[str, dict[Lang, str]] = {
    "fte": {Lang.FR: "Nombre estimé ETP", Lang.NL: "Geraamd aantal VTE"},
    "fte_unit": {Lang.FR: "ETP", Lang.NL: "VTE"},
    "ict": {Lang.FR: "Besoins ICT", Lang.NL: "ICT-behoeften"},
    "budget": {Lang.FR: "Budget", Lang.NL: "Budget"},
    "code_prefix": {Lang.FR: "AB", Lang.NL: "BA"},
    "per_year": {Lang.FR: "par an", Lang.NL: "per jaar"},
    "total": {Lang.FR: "Total", Lang.NL: "Totaal"},
}

CREDIT_LABELS: dict[CreditType, dict[Lang, str]] = {
    CreditType.COMMITMENT: {Lang.FR: "engagement", Lang.NL: "vastlegging"},
    CreditType.LIQUIDATION: {Lang.FR: "liquidation", Lang.NL: "vereffening"},
    CreditType.BOTH: {Lang.FR: "engagement et liquidation", Lang.NL: "vastlegging en vereffening"},
    CreditType.REVENUE: {Lang.FR: "recettes", Lang.NL: "ontvangsten"},
}

STATUS_LABELS: dict[StatusCode, dict[Lang, str]] = {
    StatusCode.ON_SCHEDULE: {Lang.FR: "Selon le planning", Lang.NL: "Volgens planning"},
    StatusCode.IN_PROGRESS: {Lang.FR: "En cours", Lang.NL: "In uitvoering"},
    StatusCode.DONE: {Lang.FR: "Terminé", Lang.NL: "Afgerond"},
    StatusCode.DELAYED: {Lang.FR: "Retardé", Lang.NL: "Vertraagd"},
    StatusCode.NOT_STARTED: {Lang.FR: "Pas commencé", Lang.NL: "Niet gestart"},
    StatusCode.AWAITING_DECISION: {
        Lang.FR: "En attente d’une décision",
        Lang.NL: "In afwachting van een beslissing",
    },
    StatusCode.CANCELLED: {Lang.FR: "Abandonné", Lang.NL: "Stopgezet"},
}

COLOUR_LABELS: dict[Colour, dict[Lang, str]] = {
    Colour.GREEN: {Lang.FR: "vert", Lang.NL: "groen"},
    Colour.ORANGE: {Lang.FR: "orange", Lang.NL: "oranje"},
    Colour.RED: {Lang.FR: "rouge", Lang.NL: "rood"},
}

# The yes / no form of thresholds prints its two bands with these words instead of colours.
BINARY_LABELS: dict[Colour, dict[Lang, str]] = {
    Colour.GREEN: {Lang.FR: "OK", Lang.NL: "OK"},
    Colour.RED: {Lang.FR: "pas OK", Lang.NL: "niet OK"},
}

DIRECTION_LABELS: dict[Direction, dict[Lang, str]] = {
    Direction.INCREASE: {Lang.FR: "à augmenter", Lang.NL: "verhogen"},
    Direction.DECREASE: {Lang.FR: "à réduire", Lang.NL: "verlagen"},
    Direction.MAINTAIN: {Lang.FR: "à maintenir", Lang.NL: "behouden"},
}

KPI_LABELS: dict[str, dict[Lang, str]] = {
    "name": {Lang.FR: "Indicateur", Lang.NL: "Indicator"},
    "unit": {Lang.FR: "Unité", Lang.NL: "Eenheid"},
    "baseline": {Lang.FR: "Valeur de départ", Lang.NL: "Beginwaarde"},
    "target": {Lang.FR: "Cible", Lang.NL: "Streefwaarde"},
    "actual": {Lang.FR: "Valeur atteinte", Lang.NL: "Bereikte waarde"},
    "direction": {Lang.FR: "Sens", Lang.NL: "Richting"},
    "source": {Lang.FR: "Source", Lang.NL: "Bron"},
}

# Parts of a node that are no field of labels.py: its title and the two sides of a delegation.
# The page and the rule messages both name them so.
NODE_PART_LABELS: dict[str, dict[Lang, str]] = {
    "title": {Lang.FR: "Titre", Lang.NL: "Titel"},
    "delegate": {Lang.FR: "Ministre compétent", Lang.NL: "Bevoegde minister"},
    "reference": {Lang.FR: "Voir (note d’orientation et objectif)", Lang.NL: "Zie (beleidsnota en doelstelling)"},
}

DELEGATION_TEXT = {
    Lang.FR: "Cet objectif opérationnel relève de {delegate}. Voir {reference}.",
    Lang.NL: "Deze operationele doelstelling valt onder de bevoegdheid van {delegate}. Zie {reference}.",
}


# Each thresholds field and the field of the same node holding the KPIs its bands may measure.
THRESHOLDS_KPIS: dict[str, str] = {"thresholds": "kpis", "promised_thresholds": "promised_kpis"}


def field_specs(kind: NodeKind, template: Template | None = None) -> tuple[FieldSpec, ...]:
    """The fields of a node kind (and template, for an OO), in document order."""
    return FIELD_SPECS[(kind, template if kind is NodeKind.OO else None)]


def child_kinds(kind: NodeKind, template: Template | None = None) -> tuple[NodeKind, ...]:
    return CHILD_KINDS[(kind, template if kind is NodeKind.OO else None)]


def spec_for(kind: NodeKind, template: Template | None, key: str) -> FieldSpec:
    for spec in field_specs(kind, template):
        if spec.key == key:
            return spec
    raise KeyError(f"{kind.value} has no field {key!r}")


def label(table: dict[Lang, str], lang: Lang) -> str:
    return table[lang]

"""The fixed bilingual texts of a note: headings, titles, annexes, record, means, KPI, status and colour labels."""

from __future__ import annotations

from enum import Enum

from editor.model.bitext import Lang
from editor.model.labels.fields import NodeKind
from editor.model.values import Colour, CreditType, Direction, StatusCode

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

# Parts of a node that are no field of editor/model/labels/: its title and the two sides of a delegation.
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


def label(table: dict[Lang, str], lang: Lang) -> str:
    return table[lang]

"""The fields of each node kind: key, value type, whether required, and their French and Dutch labels."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from editor.model.bitext import Lang


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

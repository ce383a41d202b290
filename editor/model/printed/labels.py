"""Field labels as print shows them, in French and Dutch, with their variants: one table for every importer.

A printed label has a *meaning* ("description", "kpis", "action_kpis", "os_kpis"…), which
``field_key`` turns into the field of the node it sits in. The labels of editor/model/labels/ are rows
automatically (what the editor prints, it reads back); ``VARIANTS`` adds what published notes and
hand-typed Word files print besides. A new variant is one row.

Matching compares ``canon`` forms, which fold what varies without meaning: case, accents,
apostrophes, a trailing " :", a bracketed aside ("(ICP)", "(vert, orange ou rouge)", "(s)"), a
footnote call or a bullet before the label, a year ("Budget 2021 …"), plurals, and the synonyms
of ``SYNONYMS`` ("Beschrijving" / "Omschrijving", "voor de OD" / "van de OD"). A row ending in
"…" matches every label that starts with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from editor.model.bitext import LANGS, Lang
from editor.model.labels import FIELD_SPECS, NodeKind, Template, field_specs
from editor.model.printed.normalise import fold

FR, NL = Lang.FR, Lang.NL
A, B = Template.A, Template.B

# (meaning, language, printed form) beyond the labels of editor/model/labels/.
VARIANTS: list[tuple[str, Lang, str]] = [
    ("description", FR, "Description de l’objectif stratégique"),
    ("description", FR, "Description de l’objectif opérationnel"),
    ("description", FR, "Description de l’OS"),
    ("description", FR, "Description de l’OO"),
    ("description", NL, "Omschrijving van de strategische doelstelling"),
    ("description", NL, "Omschrijving van de operationele doelstelling"),
    ("description", NL, "Omschrijving van de SD"),
    ("description", NL, "Omschrijving van de OD"),
    ("realisation_description", FR, "Description de la réalisation de l’objectif opérationnel"),
    ("realisation_description", NL, "Omschrijving van de realisatie van de operationele doelstelling"),
    ("os_kpis", FR, "Indicateurs clés de performance de l’OS"),
    ("os_kpis", FR, "Indicateurs de performance (ICP) de l’OS"),
    ("os_kpis", NL, "Prestatie-indicatoren van de SD"),
    ("os_kpis", NL, "Prestatie-indicatoren (KPI) van de SD"),
    ("output_achieved", FR, "Output réalisé"),
    ("output_achieved", NL, "Gerealiseerde output"),
    ("output", FR, "Output souhaité"),
    ("output", FR, "Output souhaité de l’OO de l’OO"),  # seed 000 prints it so
    ("output", NL, "Gewenste output"),
    ("output_per_action", FR, "Output souhaité par action et par projet"),
    ("output_per_action", NL, "Gewenste output per actie en per project"),
    ("action_kpis", FR, "Indicateurs de performance (ICP) par action et projet"),
    ("action_kpis", NL, "Prestatie-indicatoren (KPI) per actie en project"),
    ("kpis", FR, "Indicateurs clés de performance (ICP) pour l’output de l’OO…"),
    ("kpis", FR, "Indicateurs clés de performance (ICP) de l’output de l’OO…"),
    ("kpis", FR, "Indicateurs clés de performance de l’OO…"),
    ("kpis", FR, "Indicateurs de performance (ICP) pour l’output de l’OO…"),
    ("kpis", FR, "Indicateurs de performance de l’OO…"),
    ("kpis", FR, "Indicateurs de performance pour l’OO…"),
    ("kpis", FR, "Indicateurs clés de performance (ICP)"),
    ("kpis", FR, "Indicateurs de performance"),
    ("kpis", FR, "ICP"),
    ("kpis", NL, "KPI"),
    ("kpis", NL, "KPI voor de output van de OD…"),
    ("kpis", NL, "KPI van de OD…"),
    ("kpis", NL, "Prestatie-indicatoren (KPI) voor de output van de OD"),
    ("kpis", NL, "Prestatie-indicatoren"),
    ("thresholds", FR, "Valeurs seuils"),
    ("thresholds", FR, "Valeurs seuils de l’objectif"),
    ("thresholds", FR, "Valeurs seuils de l’OO"),
    ("thresholds", NL, "Drempelwaarden"),
    ("thresholds", NL, "Drempelwaarden van de doelstelling"),
    ("action_thresholds", FR, "Valeurs seuils par action et projet…"),
    ("action_thresholds", NL, "Drempelwaarden per actie en project…"),
    ("action_deadline", FR, "Échéance par action et par projet"),
    ("action_deadline", NL, "Deadline per actie en per project"),
    ("deadline", FR, "Échéance"),
    ("deadline", FR, "Échéance de l’OS"),
    ("deadline", FR, "Échéance de l’OO"),
    ("deadline", FR, "Échéances"),
    ("deadline", NL, "Deadline"),
    ("deadline", NL, "Deadline van de OD"),
    ("deadline", NL, "Deadline van de SD"),
    ("deadline", NL, "Termijn"),
    ("deadline", NL, "Termijn van de OD"),
    ("deadline", NL, "Timing"),
    ("actions", FR, "Description d’actions et de projets"),
    ("actions", FR, "Actions et projets"),
    ("actions", NL, "Acties en projecten"),
    ("targets", FR, "Cible"),
    ("targets", FR, "Public cible"),
    ("targets", NL, "Doelgroep"),
    ("targets", NL, "Doelgroepen"),
    ("success_conditions", FR, "Conditions de succès"),
    ("success_conditions", NL, "Succesvoorwaarden"),
    ("success_conditions", NL, "Slaagfactoren"),
    ("means", FR, "Moyens nécessaires"),
    ("means", FR, "Ressources"),
    ("means", NL, "Benodigde middelen"),
    ("partners", NL, "Partner"),
    ("partners", FR, "Partenaire"),
    ("partners", FR, "Partenaires impliqués"),
    ("partners", NL, "Betrokken partners"),
    ("equal_opportunities", FR, "Impact sur l’égalité des chances…"),
    ("equal_opportunities", FR, "Gender mainstreaming"),
    ("equal_opportunities", FR, "Égalité des chances"),
    ("equal_opportunities", NL, "Impact op gelijke kansen…"),
    ("equal_opportunities", NL, "Impact op de gelijke kansen…"),
    ("equal_opportunities", NL, "Gelijke kansen"),
    ("status", FR, "Statut"),
    ("status", FR, "État d’avancement"),
    ("status", NL, "Status"),
    ("status", NL, "Stand van zaken"),
    ("budget_note", FR, "Budget 2021 contribution…"),
    ("budget_note", NL, "Budget 2021 bijdrage…"),
]

# Words that mean the same in a label (folded forms, whole words).
SYNONYMS: list[tuple[str, str]] = [
    ("beschrijving", "omschrijving"),
    ("voor de", "van de"),
    ("par action et par projet", "par action et projet"),
    ("per actie en per project", "per actie en project"),
    ("kritieke prestatie-indicator", "prestatie-indicator"),
    ("prestatie-indicatoren", "prestatie-indicator"),
    ("description concise", "breve description"),
    ("verwezenlijkte", "gerealiseerde"),
]

# A label's meaning → the field it fills in a node of this kind (template for an OO), where that
# is not simply the field of the same key: a field's own label always fills it.
FIELD_OF: dict[NodeKind | Template, dict[str, str]] = {
    NodeKind.OS: {"kpis": "kpis"},  # an OO's KPI label printed at OS level
    A: {"budget_note": "means"},
    B: {},
    NodeKind.REALISATION: {"description": "realisation_description"},
    NodeKind.PLANNING: {},
    # An action's fields are printed with the OO's labels too.
    NodeKind.ACTION: {"kpis": "kpis", "thresholds": "thresholds", "deadline": "deadline"},
}
# The meaning of a label of editor/model/labels/, where it is not the field key itself.
_SPEC_MEANINGS = {
    (NodeKind.OS, "kpis"): "os_kpis",
    (NodeKind.ACTION, "output"): "output_per_action",
    (NodeKind.ACTION, "kpis"): "action_kpis",
    (NodeKind.ACTION, "thresholds"): "action_thresholds",
    (NodeKind.ACTION, "deadline"): "action_deadline",
}
# Only a status may carry its value without a colon ("Statut de l’OO Selon le planning").
INLINE_WITHOUT_COLON = frozenset({"status"})
_MAX_LABEL = 160

_SYNONYMS = [(re.compile(rf"\b{re.escape(old)}\b"), new) for old, new in SYNONYMS]
_CALL_RE = re.compile(r"^(?:\d{1,2}\s+(?=[a-z])|[–\-•]\s*)+")
_ASIDE_RE = re.compile(r"\s*\([^()]*\)")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_PLURAL_RE = re.compile(r"(?<![\w'])([a-z]{3,}?)(?:'s|s)\b")


@lru_cache(maxsize=65536)
def canon(text: str) -> str:
    """The comparable form of a label (see the module docstring)."""
    text = _CALL_RE.sub("", fold(text))
    text = _ASIDE_RE.sub("", text)
    text = _YEAR_RE.sub("####", text)
    for pattern, new in _SYNONYMS:
        text = pattern.sub(new, text)
    text = _PLURAL_RE.sub(r"\1", text)
    return re.sub(r"\s+", " ", text).strip(" :.;,")


@dataclass(frozen=True)
class LabelHit:
    """A recognised label: its meaning, its language and any value printed after it on the line."""

    meaning: str
    lang: Lang
    inline: str = ""


@cache
def _tables() -> tuple[dict[str, tuple[str, Lang]], list[tuple[str, str, Lang]]]:
    """Exact forms, and the prefix forms of rows ending in "…" (longest first)."""
    rows = [(meaning, lang, printed) for meaning, lang, printed in VARIANTS]
    for (kind, _template), specs in FIELD_SPECS.items():
        for spec in specs:
            meaning = _SPEC_MEANINGS.get((kind, spec.key), spec.key)
            rows += [(meaning, lang, spec.label(lang)) for lang in LANGS]
    exact: dict[str, tuple[str, Lang]] = {}
    prefixes: list[tuple[str, str, Lang]] = []
    for meaning, lang, printed in rows:
        if printed.endswith("…"):
            prefixes.append((canon(printed[:-1]), meaning, lang))
        else:
            exact.setdefault(canon(printed), (meaning, lang))
    prefixes.sort(key=lambda row: -len(row[0]))
    return exact, prefixes


def _lookup(text: str) -> tuple[str, Lang] | None:
    if len(text) > _MAX_LABEL:
        return None
    key = canon(text)
    if not key:
        return None
    exact, prefixes = _tables()
    found = exact.get(key)
    if found is not None:
        return found
    return next(((meaning, lang) for prefix, meaning, lang in prefixes if key.startswith(prefix)), None)


@lru_cache(maxsize=65536)
def match_label(text: str) -> LabelHit | None:
    """The label a paragraph is, or starts with (then " : value", or a status without colon)."""
    if len(text) > 600:
        return None
    whole = _lookup(text)
    if whole is not None:
        return LabelHit(*whole)
    # The longest label first: "Rappel de la planification : échéance" holds a colon itself.
    for colon in reversed([found.start() for found in re.finditer(":", text)]):
        head, tail = text[:colon], text[colon + 1 :].strip()
        hit = _lookup(head) if tail else None
        if hit is not None:
            return LabelHit(hit[0], hit[1], tail)
    words = text.split()
    for count in range(min(len(words) - 1, 8), 2, -1):
        head = " ".join(words[:count])
        if canon(head) in _inline_forms():
            hit = _lookup(head)
            assert hit is not None
            return LabelHit(hit[0], hit[1], " ".join(words[count:]).strip(" :"))
    return None


@cache
def _inline_forms() -> frozenset[str]:
    """The official labels that may carry their value without a colon (a bare "Status" could open
    any sentence; "Statut de l’OO Selon le planning" cannot)."""
    return frozenset(
        canon(spec.label(lang))
        for specs in FIELD_SPECS.values()
        for spec in specs
        if spec.key in INLINE_WITHOUT_COLON
        for lang in LANGS
    )


def field_key(meaning: str, kind: NodeKind, template: Template | None = None) -> str | None:
    """The field a label of this meaning fills in a node of this kind; None when it has none there."""
    return field_keys(kind, template).get(meaning)


@cache
def field_keys(kind: NodeKind, template: Template | None = None) -> dict[str, str]:
    """Meaning → field key for a node kind: its fields' own meanings, then the listed extras (a
    project item has the fields, and the extras, of a template-A OO)."""
    template = (template or B) if kind is NodeKind.OO else None
    group = template or (A if kind is NodeKind.ITEM else kind)
    table = {_SPEC_MEANINGS.get((kind, spec.key), spec.key): spec.key for spec in field_specs(kind, template)}
    return {**table, **FIELD_OF[group]}


def field_label(text: str, kind: NodeKind, template: Template | None = None) -> tuple[str, Lang, str] | None:
    """(field key, label language, value on the same line) when ``text`` is a label of this node."""
    hit = match_label(text)
    if hit is None:
        return None
    key = field_key(hit.meaning, kind, template)
    return (key, hit.lang, hit.inline) if key is not None else None

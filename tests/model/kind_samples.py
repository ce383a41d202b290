"""A filled example value of every field kind, in a note, for the tests that walk every kind."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from editor.model.bitext import BiText
from editor.model.labels import FIELD_SPECS, FieldSpec, FieldType, NodeKind, Template
from editor.model.tree import Node, Note, Organisation, new_node
from editor.model.values import (
    Band,
    BudgetLine,
    CreditType,
    Deadline,
    DeadlineKind,
    Direction,
    Kpi,
    KpiList,
    Means,
    Partners,
    Status,
    StatusCode,
    Thresholds,
)


def _text(note: Note) -> BiText:
    del note
    return BiText("Renforcer l’offre de 12 lignes.\n– Deux lignes de nuit", "Het aanbod van 12 lijnen versterken.\n"
                  "– Twee nachtlijnen")  # fmt: skip


def _kpis(note: Note) -> KpiList:
    del note
    return KpiList([
        Kpi(name=BiText("Nombre de nuitées", "Aantal overnachtingen"), baseline=Decimal(1200), baseline_year=2024,
            target=Decimal(1500), target_year=2026, direction=Direction.INCREASE),
        Kpi(name=BiText("Taux de satisfaction", "Tevredenheidsgraad"), unit=BiText("%", "%"),
            target=Decimal("92.5"), target_year=2026),
    ])  # fmt: skip


def _thresholds(note: Note) -> Thresholds:
    del note
    return Thresholds(
        green=Band(BiText("plus de 90 % des dossiers", "meer dan 90 % van de dossiers")),
        orange=Band(BiText("entre 75 % et 90 %", "tussen 75 % en 90 %")),
        red=Band(BiText("moins de 75 %", "minder dan 75 %")),
    )


def _deadline(note: Note) -> Deadline:
    del note
    return Deadline(DeadlineKind.QUARTER, year=2027, part=2)


def _status(note: Note) -> Status:
    del note
    return Status(StatusCode.DELAYED, BiText("en attente du permis", "in afwachting van de vergunning"))


def _means(note: Note) -> Means:
    del note
    line = BudgetLine(code="20.002.08.01.1211", label=BiText("promotion taxi", "taxipromotie"),
                      amount=Decimal(500000), per_year=True, credit=CreditType.COMMITMENT)  # fmt: skip
    return Means(fte=Decimal("2.5"), budget=[line])


def _partners(note: Note) -> Partners:
    stib = Organisation(name=BiText("STIB", "MIVB"))
    communes = Organisation(name=BiText("communes", "gemeenten"))
    note.organisations += [stib, communes]
    return Partners([stib.id, communes.id])


# Every kind needs a sample here: the registry test fails for a kind without one.
SAMPLES: dict[FieldType, Callable[[Note], Any]] = {
    FieldType.TEXT: _text,
    FieldType.KPIS: _kpis,
    FieldType.THRESHOLDS: _thresholds,
    FieldType.DEADLINE: _deadline,
    FieldType.STATUS: _status,
    FieldType.MEANS: _means,
    FieldType.PARTNERS: _partners,
}


def spec_of(field_type: FieldType) -> tuple[NodeKind, Template | None, FieldSpec]:
    """A field of the note format that holds values of this kind (the first one found)."""
    for (kind, template), specs in FIELD_SPECS.items():
        for spec in specs:
            if spec.type is field_type:
                return kind, template, spec
    raise LookupError(f"no field of type {field_type.value}")


def note_with(field_type: FieldType) -> tuple[Note, Node, FieldSpec, Any]:
    """A note whose one node holds the sample value of this kind in one of its fields."""
    note = Note()
    kind, template, spec = spec_of(field_type)
    node = new_node(kind, template, year=2027 if kind in (NodeKind.REALISATION, NodeKind.PLANNING) else None,
                    title=BiText("Titre", "Titel"))  # fmt: skip
    value = SAMPLES[field_type](note)
    node.fields[spec.key] = value
    holder = node
    if kind is not NodeKind.OS:  # chapter IV starts with an OS; put the node where it belongs
        os_ = new_node(NodeKind.OS, title=BiText("Une ville", "Een stad"))
        parent = new_node(NodeKind.OO, template or Template.B, title=BiText("Un objectif", "Een doelstelling"))
        if kind is NodeKind.OO:
            os_.children.append(node)
        elif kind is NodeKind.ACTION:
            planning = new_node(NodeKind.PLANNING, year=2027)
            planning.children.append(node)
            parent.children.append(planning)
            os_.children.append(parent)
        else:
            parent.children.append(node)
            os_.children.append(parent)
        holder = os_
    note.objectives.append(holder)
    return note, node, spec, value


def plain(value: Any) -> Any:
    """A value as data, without ids and confirmation state (what reading print must give back)."""
    return _strip(dataclasses.asdict(value))


def _strip(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: _strip(item) for key, item in data.items() if key not in ("id", "base_fr", "base_nl")}
    if isinstance(data, list):
        return [_strip(item) for item in data]
    return data

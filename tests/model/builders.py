"""Small notes built with the public model API, for tests that must not depend on the sample."""

from __future__ import annotations

from decimal import Decimal

from editor.model.bitext import BiText
from editor.model.labels import AnnexKind, NodeKind, Template
from editor.model.tree import AgendaRecord, AuditRecord, Note, Organisation, new_node
from editor.model.values import (
    BudgetLine,
    CreditType,
    Deadline,
    DeadlineKind,
    Direction,
    Kpi,
    Means,
    Partners,
    Season,
    StatusCode,
    Thresholds,
)


def small_note() -> Note:
    """One OS, one template-B OO with both year blocks and an action, one template-A OO."""
    note = Note()
    note.title.competence = BiText("Mobilité douce", "Zachte mobiliteit")
    note.title.document_ref = "A-123/1"
    stib = Organisation(name=BiText("STIB", "MIVB"))
    note.organisations.append(stib)
    os_ = new_node(NodeKind.OS, title=BiText("Une ville cyclable", "Een fietsvriendelijke stad"))
    os_.text("description").fr = "Développer le réseau cyclable régional.\n– Pistes séparées"
    os_.text("description").nl = "Het gewestelijke fietsnetwerk uitbouwen.\n– Afgescheiden fietspaden"
    note.objectives.append(os_)
    oo = new_node(NodeKind.OO, Template.B, title=BiText("Itinéraires cyclables", "Fietsroutes"))
    os_.children.append(oo)
    done = new_node(NodeKind.REALISATION, year=2025)
    status = done.fields["status"]
    assert hasattr(status, "code")
    status.code = StatusCode.IN_PROGRESS
    plan = new_node(NodeKind.PLANNING, year=2026)
    plan.fields["kpis"] = _kpis()
    plan.fields["deadline"] = Deadline(DeadlineKind.SEASON, year=2026, season=Season.SPRING)
    plan.fields["thresholds"] = Thresholds()
    plan.fields["means"] = Means(
        fte=Decimal("2.5"),
        budget=[
            BudgetLine(
                code="12.345.67.89.1211",
                label=BiText("études", "studies"),
                amount=Decimal(130000),
                per_year=True,
                credit=CreditType.BOTH,
            )
        ],
    )
    plan.fields["partners"] = Partners([stib.id])
    plan.children.append(new_node(NodeKind.ACTION, title=BiText("Marquage", "Markering")))
    oo.children.extend([done, plan])
    oo_a = new_node(NodeKind.OO, Template.A, title=BiText("Vélo-école", "Fietsschool"))
    oo_a.children.append(
        new_node(NodeKind.ITEM, title=BiText("Cours pour adultes", "Lessen voor volwassenen"))
    )
    os_.children.append(oo_a)
    agenda = note.annex(AnnexKind.AGENDA)
    assert agenda is not None
    agenda.records.append(
        AgendaRecord(content=BiText("Arrêté vélo", "Fietsbesluit"), os_ref=os_.id, oo_refs=[oo.id])
    )
    audit = note.annex(AnnexKind.AUDIT)
    assert audit is not None
    audit.records.append(AuditRecord(reference=BiText("Rapport 2024", "Verslag 2024")))
    return note


def _kpis():
    from editor.model.values import KpiList

    return KpiList(
        [
            Kpi(
                name=BiText("Kilomètres de pistes", "Kilometer fietspad"),
                unit=BiText("km", "km"),
                baseline=Decimal(120),
                baseline_year=2024,
                target=Decimal("150.5"),
                target_year=2026,
                direction=Direction.INCREASE,
            )
        ]
    )

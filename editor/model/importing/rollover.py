"""Roll a note of budget year N forward to N+1: report on Planning N, plan N+1 from it.

Decisions (the brief left some open):
- ids of objectives, items, actions, KPIs and budget lines are kept, so next year's note
  can be compared with this year's; the new Réalisations N block and the "promised" copies
  inside it get fresh ids (ids are unique across a note file).
- The Planning N+1 block keeps the id of the Planning N block it continues.
- Chapters I–III keep their text and their FR/NL confirmation (translations stay valid);
  each non-empty chapter gets a REVIEW_CHAPTER entry in the report instead, because
  un-confirming would make every sentence look stale and hide real edits later.
- Deadlines falling before N+1 are left as they are and listed (DEADLINE_PAST), so that the
  author decides; the checks flag them live in the editor too.
"""

from __future__ import annotations

import copy
from datetime import date

from editor.model.bitext import BiText, Lang
from editor.model.ids import new_id
from editor.model.importing.report import ImportReport
from editor.model.labels import NodeKind
from editor.model.numbering import heading, numbering
from editor.model.tree import Node, Note, new_node
from editor.model.values import Deadline, Kpi, KpiList, Thresholds

BLOCK_KINDS = (NodeKind.REALISATION, NodeKind.PLANNING)


def roll_forward(note: Note, *, today: date | None = None) -> tuple[Note, ImportReport]:
    """A new note for budget year N+1 made from ``note`` (year N); ``note`` is left untouched."""
    year = note.title.budget_year
    report = ImportReport(source=f"{note.title.competence.get(Lang.FR) or note.id} ({year})")
    new = copy.deepcopy(note)
    new.id = new_id("note")
    new.title.session_year += 1
    new.title.budget_year = year + 1
    if new.title.document_ref:
        report.info(
            "DOCUMENT_REF_CLEARED",
            f"The parliamentary reference {new.title.document_ref!r} was last year's; fill in the new one.",
            previous=new.title.document_ref,
        )
        new.title.document_ref = ""
    rolled = _roll_nodes(new.objectives, year, report)
    _flag_past_deadlines(new, year + 1, report)
    _flag_chapters(new, report)
    report.summary.update(
        {
            "from_year": year,
            "to_year": year + 1,
            "blocks_rolled": rolled,
            "objectives": sum(1 for node in new.walk() if node.kind in (NodeKind.OS, NodeKind.OO)),
        }
    )
    if today is not None and today.year > year + 1:
        report.warning(
            "OLD_SOURCE",
            f"The source note is for {year}; {year + 1} is already past on {today.isoformat()}.",
        )
    return new, report


def _roll_nodes(nodes: list[Node], year: int, report: ImportReport) -> int:
    """Roll the year blocks of every node in ``nodes`` (recursively); return blocks rolled."""
    rolled = 0
    for node in nodes:
        if any(child.kind in BLOCK_KINDS for child in node.children):
            rolled += _roll_blocks(node, year, report)
        rolled += _roll_nodes([c for c in node.children if c.kind not in BLOCK_KINDS], year, report)
    return rolled


def _roll_blocks(node: Node, year: int, report: ImportReport) -> int:
    """Replace Réalisations N-1 + Planning N by Réalisations N + Planning N+1, in place."""
    children: list[Node] = []
    rolled = 0
    for child in node.children:
        block_year = child.year if child.year is not None else year
        if child.kind is NodeKind.REALISATION and block_year < year:
            continue  # last year's report: it was published, it is not carried on
        if child.kind is NodeKind.PLANNING and block_year == year:
            children += [_realisation_from(child, year), _next_planning(child, year + 1)]
            rolled += 1
            continue
        if child.kind is NodeKind.PLANNING and block_year < year:
            report.warning(
                "OLD_PLANNING_DROPPED",
                f"{_where(node)}: Planning {block_year} is older than {year} and was dropped.",
                node_id=node.id,
            )
            continue
        if child.kind in BLOCK_KINDS:
            report.warning(
                "BLOCK_KEPT",
                f"{_where(node)}: {child.kind.value} block of {block_year} kept as it is.",
                node_id=node.id,
            )
        children.append(child)
    node.children = children
    return rolled


def _realisation_from(planning: Node, year: int) -> Node:
    """Réalisations N: empty report fields, with the promises of Planning N as reference."""
    block = new_node(NodeKind.REALISATION, year=year, title=planning.title.copy())
    output = planning.value("output", BiText)
    if output is not None and not output.is_empty():
        block.fields["promised_output"] = output.copy()
    kpis = planning.value("kpis", KpiList)
    id_map: dict[str, str] = {}
    if kpis is not None and kpis.items:
        block.fields["promised_kpis"] = KpiList([_fresh_kpi(kpi, id_map) for kpi in kpis.items])
    thresholds = planning.value("thresholds", Thresholds)
    if thresholds is not None and not thresholds.is_empty():
        promised = copy.deepcopy(thresholds)
        # Point at the promised copy of the KPI; a KPI defined elsewhere keeps its reference.
        promised.kpi = id_map.get(promised.kpi, promised.kpi) if promised.kpi else None
        block.fields["promised_thresholds"] = promised
    deadline = planning.value("deadline", Deadline)
    if deadline is not None and not deadline.is_empty():
        block.fields["promised_deadline"] = deadline.copy()
    return block


def _fresh_kpi(kpi: Kpi, id_map: dict[str, str]) -> Kpi:
    fresh = copy.deepcopy(kpi)
    fresh.id = new_id("kpi")
    id_map[kpi.id] = fresh.id
    return fresh


def _next_planning(planning: Node, year: int) -> Node:
    """Planning N+1 seeded from Planning N: same texts, KPIs, thresholds, means, actions and ids.

    A KPI's value reached in N (``actual``) is reported in Réalisations N (the promised copy
    keeps it); for N+1 it becomes the starting value, and ``actual`` is left to measure again.
    """
    planning.year = year
    for node in planning.walk():
        kpis = node.value("kpis", KpiList)
        for kpi in kpis.items if kpis is not None else []:
            if kpi.actual is not None:
                kpi.baseline, kpi.baseline_year = kpi.actual, kpi.actual_year
                kpi.actual, kpi.actual_year = None, None
    return planning


def _flag_past_deadlines(note: Note, year: int, report: ImportReport) -> None:
    """List every deadline outside a report block that falls before ``year``."""
    paths = numbering(note)
    for node in note.walk():
        if node.kind is NodeKind.REALISATION:
            continue
        value = node.value("deadline", Deadline)
        if value is None:
            continue
        last = value.last_year()
        if last is not None and last < year:
            report.warning(
                "DEADLINE_PAST",
                f"{heading(node, paths[node.id], Lang.FR)}: deadline {last} falls before {year}; "
                "update it or explain the delay.",
                node_id=node.id,
                deadline_year=last,
            )


def _flag_chapters(note: Note, report: ImportReport) -> None:
    for chapter in note.chapters:
        if not chapter.body.is_empty():
            report.info(
                "REVIEW_CHAPTER",
                f"Chapter {chapter.kind.value}: last year's text kept; review it for {note.title.budget_year}.",
                chapter=chapter.kind.value,
            )


def _where(node: Node) -> str:
    title = node.title.get(Lang.FR) or node.title.get(Lang.NL)
    return f"{node.kind.value} {node.id} ({title})" if title else f"{node.kind.value} {node.id}"

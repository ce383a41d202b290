"""Pair the French and Dutch skeletons of a Word document and build one bilingual Note.

Nodes are paired position by position among siblings of the same kind (the printed numbers
are often wrong, the order rarely is); a node found in one language only is kept with one
side empty and reported. Numbering is recomputed from the tree; a printed number that
differs goes into the report.
"""

from __future__ import annotations

import re

from editor.model.bitext import BiText, Lang
from editor.model.importing.docx_pairs import pair_abbreviations
from editor.model.importing.docx_structure import Skeleton, SkField, SkNode
from editor.model.importing.report import ImportReport
from editor.model.kinds import kind_of
from editor.model.labels import THRESHOLDS_KPIS, AnnexKind, ChapterKind, FieldSpec, NodeKind, Template, field_specs
from editor.model.numbering import numbering
from editor.model.printed.findings import describe
from editor.model.printed.source import Printed
from editor.model.tree import (
    Abbreviation,
    AgendaRecord,
    Annex,
    AuditRecord,
    Delegation,
    Node,
    Note,
    Organisation,
    new_node,
)
from editor.model.values import FieldValue, KpiList, Thresholds

Pair = tuple[SkNode | None, SkNode | None]


class Merger:
    """Builds the note; collects anomalies in ``report``."""

    def __init__(self, fr: Skeleton, nl: Skeleton, report: ImportReport) -> None:
        self.fr, self.nl, self.report = fr, nl, report
        self.note = Note()
        self.printed: dict[str, dict[Lang, str]] = {}
        # A one-language document is reported once (LANGUAGE_MISSING), not node by node.
        self.both = bool(fr.objectives) and bool(nl.objectives)

    def build(self) -> Note:
        self.title_block()
        for kind in ChapterKind:
            fr, nl = self.fr.chapters.get(kind, []), self.nl.chapters.get(kind, [])
            printed = Printed({Lang.FR: fr, Lang.NL: nl})
            self.note.chapter(kind).body = BiText(printed.text(Lang.FR), printed.text(Lang.NL))
        self.note.objectives = [self.node(pair) for pair in pair_nodes(self.fr.objectives, self.nl.objectives)]
        self.abbreviations()  # after the objectives: their partners help pair abbreviations
        self.annexes()
        self.check_numbers()
        return self.note

    # --- front matter ---------------------------------------------------------------------

    def title_block(self) -> None:
        title = self.note.title
        for skeleton in (self.fr, self.nl):
            lang = skeleton.lang
            rest = []
            for line in skeleton.title_lines:
                if match := re.search(r"«\s*(.+?)\s*»", line):
                    title.competence.set(lang, match.group(1))
                elif match := re.match(r"(?i)(compétences?|bevoegdhe(?:id|den))\s+(.+)$", line.strip()):
                    title.competence.set(lang, match.group(2).strip())
                elif match := re.fullmatch(r"(\d{4})\s*[-–/]\s*(\d{4})", line.strip()):
                    title.session_year = int(match.group(1))
                    title.budget_year = title.session_year + 1
                else:
                    rest.append(line)
            if rest:
                title.minister.set(lang, rest[0])
            if len(rest) > 1:
                title.body.set(lang, " ".join(rest[1:]))

    def abbreviations(self) -> None:
        """Re-pair the two lists (each sorted in its own language): see docx_pairs."""
        fr, nl = self.fr.abbreviations, self.nl.abbreviations
        organisations = [(org.name.fr, org.name.nl) for org in self.note.organisations]
        for a, b in pair_abbreviations(fr, nl, organisations):
            a, b = a or ("", ""), b or ("", "")
            self.note.abbreviations.append(Abbreviation(short=BiText(a[0], b[0]), long=BiText(a[1], b[1])))
        if fr and nl:
            self.report.info(
                "ABBREVIATIONS_PAIRED",
                f"{len(fr)} French and {len(nl)} Dutch abbreviations were paired by known equivalents, "
                "resemblance and order (each list is sorted in its own language): check the pairs.",
            )

    # --- objectives -----------------------------------------------------------------------

    def node(self, pair: Pair) -> Node:
        fr, nl = pair
        some = fr or nl
        assert some is not None
        template = self.template(pair) if some.kind is NodeKind.OO else None
        title = BiText(fr.title if fr else "", nl.title if nl else "")
        node = new_node(some.kind, template, year=some.year, title=title)
        self.printed[node.id] = {Lang.FR: fr.number if fr else "", Lang.NL: nl.number if nl else ""}
        if (fr is None or nl is None) and self.both:
            self.report.warning(
                "ONE_LANGUAGE_ONLY",
                f"{some.kind.value} {some.number} {some.title!r} found in {'Dutch' if fr is None else 'French'} only",
                fr_line=fr.index if fr else None,
                nl_line=nl.index if nl else None,
            )
        node.delegation = _delegation(fr, nl)
        self.fields(node, pair)
        for child_pair in pair_nodes(fr.children if fr else [], nl.children if nl else []):
            child = self.node(child_pair)
            if child.kind in node.allowed_children():
                node.children.append(child)
            else:
                self.misplaced(child, node)
        return node

    def template(self, pair: Pair) -> Template:
        sides = [side for side in pair if side is not None]
        if any(c.kind in (NodeKind.REALISATION, NodeKind.PLANNING) for s in sides for c in s.children):
            return Template.B
        if any(s.template is Template.A or any(c.kind is NodeKind.ITEM for c in s.children) for s in sides):
            return Template.A
        return Template.B

    def misplaced(self, child: Node, parent: Node) -> None:
        """A child its parent may not hold (an item beside year blocks): left out, its text reported."""
        texts = [
            f"{value.fr} / {value.nl}" for node in child.walk() for value in node.fields.values()
            if isinstance(value, BiText) and not value.is_empty()
        ]  # fmt: skip
        self.report.error(
            "MISPLACED_NODE",
            f"a {child.kind.value} ({child.title.fr or child.title.nl}) cannot sit under a "
            f"{parent.kind.value} of template {parent.template}; left out. "
            f"Its text: {' | '.join(texts)[:500]}",
            node_id=parent.id,
        )

    def fields(self, node: Node, pair: Pair) -> None:
        fr, nl = pair
        known = {spec.key: spec for spec in field_specs(node.kind, node.template)}
        keys = _keys(pair)
        for spec in node.specs():
            if spec.key in keys:
                node.fields[spec.key] = self.value(spec, _field(fr, spec.key), _field(nl, spec.key), node)
        _link_thresholds(node)
        order = [spec.key for spec in node.specs()]
        node.fields = dict(sorted(node.fields.items(), key=lambda item: order.index(item[0])))
        for key in sorted(keys - set(known)):
            sides = [f for f in (_field(fr, key), _field(nl, key)) if f is not None]
            text = " / ".join(" ".join(t for _, t in f.lines) for f in sides)
            self.report.warning(
                "UNPLACED_FIELD",
                f"field {key!r} does not exist in a {node.kind.value} ({node.template}); text: {text[:200]}",
                node_id=node.id,
            )

    def value(self, spec: FieldSpec, fr: SkField | None, nl: SkField | None, node: Node) -> FieldValue:
        """The field's typed value, read by its kind from both sides; findings into the report."""
        printed = Printed(
            {Lang.FR: fr.lines if fr else [], Lang.NL: nl.lines if nl else []},
            {Lang.FR: fr.tables if fr else [], Lang.NL: nl.tables if nl else []},
        )
        parsed = kind_of(spec).parse(printed, self)
        for finding in parsed.findings:
            self.report.warning(
                "VALUE", f"{node.kind.value} {spec.key}: {describe(finding)}", fr_line=fr.index if fr else None,
                nl_line=nl.index if nl else None, node_id=node.id,
            )  # fmt: skip
        value: FieldValue = parsed.value
        return value

    def organisation_id(self, fr: str, nl: str) -> str:
        """The id of the organisation with these names, added to the note when new."""
        return self.organisation(BiText(fr, nl)).id

    def organisation(self, name: BiText) -> Organisation:
        for org in self.note.organisations:
            if (org.name.fr, org.name.nl) == (name.fr, name.nl):
                return org
        org = Organisation(name=name)
        self.note.organisations.append(org)
        return org

    # --- annexes and numbering ------------------------------------------------------------

    def annexes(self) -> None:
        order = self.fr.annexes or self.nl.annexes
        if order:
            kinds = order + [kind for kind in AnnexKind if kind not in order]
            self.note.annexes = [Annex(kind) for kind in kinds]
        for kind in (AnnexKind.AGENDA, AnnexKind.AUDIT):
            fr, nl = self.fr.records.get(kind, []), self.nl.records.get(kind, [])
            annex = self.note.annex(kind)
            assert annex is not None
            for index in range(max(len(fr), len(nl))):
                a = fr[index] if index < len(fr) else {}
                b = nl[index] if index < len(nl) else {}
                annex.records.append(self.record(kind, a, b))

    def record(self, kind: AnnexKind, fr: dict[str, str], nl: dict[str, str]) -> AgendaRecord | AuditRecord:
        def text(key: str) -> BiText:
            return BiText(fr.get(key, ""), nl.get(key, ""))

        if kind is AnnexKind.AUDIT:
            return AuditRecord(reference=text("reference"), recommendations=text("recommendations"),
                               application=text("application"))  # fmt: skip
        record = AgendaRecord(content=text("content"), situation=text("situation"))
        record.os_ref = self.find_ref(fr.get("os") or nl.get("os") or "", NodeKind.OS)
        refs = re.findall(r"\d+\.\d+", fr.get("oos") or nl.get("oos") or "")
        record.oo_refs = [ref for ref in (self.find_ref(r, NodeKind.OO) for r in refs) if ref]
        return record

    def find_ref(self, text: str, kind: NodeKind) -> str | None:
        """The id of the objective a record names ("OS 1", "OO 1.2."), by its new number."""
        match = re.search(r"\d+(?:\.\d+)?", text)
        if match is None:
            return None
        wanted = tuple(int(part) for part in match.group(0).split("."))
        for node_id, path in numbering(self.note).items():
            node = self.note.find(node_id)
            if node is not None and node.kind is kind and path == wanted:
                return node_id
        return None

    def check_numbers(self) -> None:
        paths = numbering(self.note)
        for node in self.note.walk():
            if node.kind not in (NodeKind.OS, NodeKind.OO):
                continue
            expected = ".".join(str(p) for p in paths[node.id])
            for lang, printed in self.printed.get(node.id, {}).items():
                if printed and printed.rstrip(".") != expected:
                    self.report.warning(
                        "RENUMBERED",
                        f"{lang.value.upper()} printed number {printed} is {expected} in the tree",
                        node_id=node.id,
                        printed=printed,
                    )


def _link_thresholds(node: Node) -> None:
    """Thresholds of a node with exactly one KPI are about that KPI (the export does not say)."""
    for thresholds_key, kpis_key in THRESHOLDS_KPIS.items():
        kpis, thresholds = node.value(kpis_key, KpiList), node.value(thresholds_key, Thresholds)
        if kpis is None or thresholds is None:
            continue
        if len(kpis.items) == 1 and not thresholds.is_empty():
            thresholds.kpi = kpis.items[0].id


def _delegation(fr: SkNode | None, nl: SkNode | None) -> Delegation | None:
    sides = {Lang.FR: fr.delegation if fr else None, Lang.NL: nl.delegation if nl else None}
    if not any(sides.values()):
        return None
    result = Delegation()
    for lang, found in sides.items():
        if found:
            result.delegate.set(lang, found[0])
            result.reference.set(lang, found[1])
    return result


def _keys(pair: Pair) -> set[str]:
    return {key for side in pair if side is not None for key in side.fields}


def _field(side: SkNode | None, key: str) -> SkField | None:
    return side.fields.get(key) if side is not None else None


def pair_nodes(fr: list[SkNode], nl: list[SkNode]) -> list[Pair]:
    """Pair siblings in order within each kind, keeping the French order (then Dutch extras)."""
    pairs: list[Pair] = []
    used: set[int] = set()
    for node in fr:
        match = next((i for i, other in enumerate(nl) if i not in used and other.kind is node.kind), None)
        if match is not None:
            used.add(match)
            pairs.append((node, nl[match]))
        else:
            pairs.append((node, None))
    pairs += [(None, other) for i, other in enumerate(nl) if i not in used]
    return pairs

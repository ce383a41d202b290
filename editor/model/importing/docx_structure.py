"""Parse one language's paragraphs into a skeleton: title, chapters, objectives, fields, annexes.

The skeleton keeps raw lines per field; docx_values turns them into typed values once the
French and Dutch skeletons have been paired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.model.bitext import Lang
from editor.model.importing.docx_blocks import DataTable, Item, Para
from editor.model.importing.docx_labels import (
    ACTION,
    ANNEX,
    BLOCK,
    CHAPTER,
    CHAPTER_KINDS,
    DELEGATION,
    NUMBERED,
    OO_HEADING,
    OS_HEADING,
    LabelHit,
    abbreviations_marker,
    annex_kind,
    block_kind,
    canon,
    field_label,
    match_label,
    record_table,
    title_marker,
)
from editor.model.labels import CHAPTER_TITLES, AnnexKind, ChapterKind, NodeKind, Template

Line = tuple[bool, str]
PLACEHOLDERS = ("[à compléter]", "[in te vullen]")


@dataclass
class SkField:
    """Raw content of one field: lines (bullet flag, text) and data tables."""

    key: str
    lines: list[Line] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)
    index: int = 0


@dataclass
class SkNode:
    """A node as read: kind, printed number, title, year, fields, children."""

    kind: NodeKind
    depth: int
    number: str = ""
    title: str = ""
    year: int | None = None
    template: Template | None = None
    fields: dict[str, SkField] = field(default_factory=dict)
    children: list[SkNode] = field(default_factory=list)
    delegation: tuple[str, str] | None = None
    index: int = 0


@dataclass
class Skeleton:
    """Everything read from one language."""

    lang: Lang
    title_lines: list[str] = field(default_factory=list)
    abbreviations: list[tuple[str, str]] = field(default_factory=list)
    chapters: dict[ChapterKind, list[Line]] = field(default_factory=dict)
    objectives: list[SkNode] = field(default_factory=list)
    annexes: list[AnnexKind] = field(default_factory=list)
    records: dict[AnnexKind, list[dict[str, str]]] = field(default_factory=dict)
    unplaced: list[tuple[int, str]] = field(default_factory=list)


_OO_TEMPLATES = (Template.B, Template.A)
_CHAPTER_TITLES = {canon(title) for titles in CHAPTER_TITLES.values() for title in titles.values()}
_CHAPTER_TITLES |= {"algemene samenvatting"}


class StructureParser:
    """A state machine over the items of one language, in document order."""

    def __init__(self, lang: Lang) -> None:
        self.sk = Skeleton(lang)
        self.section = "front"
        self.chapter: ChapterKind | None = None
        self.annex: AnnexKind | None = None
        self.stack: list[SkNode] = []
        self.current: SkField | None = None
        self.record: dict[str, str] | None = None
        self.record_key: str | None = None

    def parse(self, items: list[Item]) -> Skeleton:
        for item in items:
            if isinstance(item, DataTable):
                self.table(item)
            elif item.text.strip() not in PLACEHOLDERS:
                self.para(item)
        return self.sk

    # --- paragraphs -----------------------------------------------------------------------

    def para(self, para: Para) -> None:
        text = para.text
        if title_marker(text):
            self.section = "title"
        elif abbreviations_marker(text):
            self.section = "abbreviations"
        elif match := CHAPTER.match(text):
            self.start_chapter(match)
        elif (match := ANNEX.match(text)) and (para.level or para.bold or self.section != "chapter"):
            self.start_annex(match.group("title"))
        elif self.section == "objectives" and self.heading(para):
            return
        elif self.section == "objectives":
            self.objective_content(para)
        elif self.section == "title":
            self.sk.title_lines.append(text)
        elif self.section == "abbreviations":
            self.abbreviation_line(text)
        elif self.section == "chapter" and self.chapter is not None:
            body = self.sk.chapters.setdefault(self.chapter, [])
            if body or canon(text) not in _CHAPTER_TITLES:  # the title printed under "CHAPITRE II"
                body.append((para.bullet, text))
        elif self.section == "annex":
            self.annex_line(para)
        elif self.section == "front" and self.looks_like_heading(para) and OS_HEADING.match(text):
            self.section = "objectives"  # a contribution without chapter headings
            self.heading(para)
        else:
            self.sk.unplaced.append((para.index, text))

    def start_chapter(self, match: re.Match[str]) -> None:
        number = match.group("num")
        if number == "IV":
            self.section, self.chapter = "objectives", None
            return
        self.section, self.chapter = "chapter", CHAPTER_KINDS[number]
        self.sk.chapters.setdefault(self.chapter, [])

    def start_annex(self, title: str) -> None:
        self.section = "annex"
        self.annex = annex_kind(title)
        self.record = None
        if self.annex is not None and self.annex not in self.sk.annexes:
            self.sk.annexes.append(self.annex)

    def abbreviation_line(self, text: str) -> None:
        short, sep, long = text.partition(":")
        if sep and short.strip():
            self.sk.abbreviations.append((short.strip(), long.strip()))
        else:
            self.sk.unplaced.append((0, text))

    # --- objectives -----------------------------------------------------------------------

    def heading(self, para: Para) -> bool:
        """Open a node if ``para`` is an objective or block heading; False otherwise.

        Without its "IV.n" number a heading ("OS 1 : …", "Planning 2022") must look like one
        (heading style or bold), so that prose starting with "OS 1" stays prose.
        """
        text = para.text.replace("\n", " ")
        if not self.looks_like_heading(para):
            return False
        node = self.node_from_heading(text)
        if node is None:
            return False
        node.index = para.index
        self.place(node)
        return True

    @staticmethod
    def looks_like_heading(para: Para) -> bool:
        return para.text.startswith("IV.") or bool(para.level) or para.bold

    def node_from_heading(self, text: str) -> SkNode | None:
        if match := OS_HEADING.match(text):
            return SkNode(NodeKind.OS, 1, match.group("tnum"), (match.group("title") or "").strip())
        if match := OO_HEADING.match(text):
            return SkNode(NodeKind.OO, 2, match.group("tnum"), (match.group("title") or "").strip())
        if match := NUMBERED.match(text):
            depth = match.group("num").count(".") + 1
            if depth >= 3:
                return self.deep_node(match.group("title").strip(), depth, match.group("num"))
            return None
        if match := BLOCK.match(text):
            # An unnumbered "Réalisations 2021" belongs to the closest objective or item above.
            owners = [n for n in self.stack if n.kind in (NodeKind.OS, NodeKind.OO, NodeKind.ITEM)]
            return self.deep_node(text, (owners[-1].depth if owners else 2) + 1, "")
        return None

    def deep_node(self, title: str, depth: int, number: str) -> SkNode:
        """A node below an OO: a year block, an action or a project item."""
        if match := BLOCK.match(title):
            kind, _ = block_kind(match.group("word"))
            return SkNode(kind, depth, number, (match.group("title") or "").strip(), int(match.group("year")))
        parent = self.parent_at(depth)
        if ACTION.match(title):
            return SkNode(NodeKind.ACTION, depth, number, "")
        if parent is not None and parent.kind in (NodeKind.PLANNING, NodeKind.ITEM):
            return SkNode(NodeKind.ACTION, depth, number, title)
        return SkNode(NodeKind.ITEM, depth, number, title)

    def parent_at(self, depth: int) -> SkNode | None:
        candidates = [node for node in self.stack if node.depth < depth]
        return candidates[-1] if candidates else None

    def place(self, node: SkNode) -> None:
        while self.stack and self.stack[-1].depth >= node.depth:
            self.stack.pop()
        if self.stack:
            self.stack[-1].children.append(node)
        elif node.kind is NodeKind.OS:
            self.sk.objectives.append(node)
        else:
            self.sk.unplaced.append((node.index, f"{node.kind.value} {node.number} {node.title}".strip()))
            return
        self.stack.append(node)
        self.current = None

    def objective_content(self, para: Para) -> None:
        node = self.stack[-1] if self.stack else None
        if node is None and canon(para.text) and any(canon(para.text) in t for t in _CHAPTER_TITLES):
            return  # "Aperçu des objectifs stratégiques" / "et opérationnels" under CHAPITRE IV
        if node is None:
            self.sk.unplaced.append((para.index, para.text))
            return
        if node.kind is NodeKind.OO and self.delegation(node, para.text):
            return
        hit, owner = self.label_for(node, para.text)
        if hit is not None and owner is not None:
            self.current = owner.fields.setdefault(hit.key, SkField(hit.key, index=para.index))
            if hit.rest:
                self.current.lines.append((False, hit.rest))
            return
        if self.current is None:
            self.sk.unplaced.append((para.index, para.text))
            return
        self.current.lines.append((para.bullet, para.text))

    def label_for(self, node: SkNode, text: str) -> tuple[LabelHit | None, SkNode | None]:
        """The label in ``text`` for ``node``, or for an action implied below a planning block."""
        action_hit = field_label(text, NodeKind.ACTION, None)
        if action_hit is not None and node.kind is NodeKind.ITEM and not node.fields and not node.children:
            node.kind = NodeKind.ACTION  # "IV.1.2.1 Campagne" under an OO of template A, with action fields
            return action_hit, node
        hit = self.own_label(node, text)
        if hit is not None:
            return hit, node
        if action_hit is not None and node.kind in (NodeKind.PLANNING, NodeKind.ITEM):
            return action_hit, self.implied_action(node, action_hit.key)
        return None, None

    def own_label(self, node: SkNode, text: str) -> LabelHit | None:
        if node.kind is not NodeKind.OO:
            return field_label(text, node.kind, None)
        for template in (node.template,) if node.template else _OO_TEMPLATES:
            hit = field_label(text, NodeKind.OO, template)
            if hit is not None:
                if node.template is None and field_label(text, NodeKind.OO, Template.B) is None:
                    node.template = Template.A
                return hit
        return None

    def implied_action(self, node: SkNode, key: str) -> SkNode:
        """Action fields inside a planning block with no action heading: one action per round."""
        last = node.children[-1] if node.children else None
        if last is None or last.kind is not NodeKind.ACTION or key in last.fields:
            last = SkNode(NodeKind.ACTION, node.depth + 1)
            node.children.append(last)
        return last

    def delegation(self, node: SkNode, text: str) -> bool:
        match = DELEGATION[self.sk.lang].match(text)
        if match is None:
            return False
        node.delegation = (match.group("who").strip(), match.group("ref").strip())
        return True

    # --- tables and annexes ---------------------------------------------------------------

    def table(self, table: DataTable) -> None:
        if self.section == "abbreviations":
            for row in table.rows:
                if len(row) >= 2 and row[0].strip():
                    self.sk.abbreviations.append((row[0].strip(), row[1].strip()))
        elif self.section == "objectives" and self.current is not None:
            self.current.tables.append(table.rows)
        elif self.section == "annex" and self.annex in (AnnexKind.AGENDA, AnnexKind.AUDIT):
            self.record = {}
            self.sk.records.setdefault(self.annex, []).append(self.record)
            for row in table.rows:
                hit = match_label(row[0], record_table()) if row else None
                if hit is not None and len(row) >= 2:
                    self.record[hit.key] = row[1].strip()
        elif self.section == "annex":
            return  # generated annexes (objectives list, means summary) are rebuilt from the tree
        else:
            for row in table.rows:
                self.sk.unplaced.append((table.index, " | ".join(row)))

    def annex_line(self, para: Para) -> None:
        """Records written as paragraphs: "Label : value" lines, a new record at its first label."""
        if self.annex not in (AnnexKind.AGENDA, AnnexKind.AUDIT):
            return
        hit = match_label(para.text, record_table())
        if hit is not None:
            first = "content" if self.annex is AnnexKind.AGENDA else "reference"
            if self.record is None or hit.key == first:
                self.record = {}
                self.sk.records.setdefault(self.annex, []).append(self.record)
            self.record[hit.key] = hit.rest
            self.record_key = hit.key
        elif self.record is not None and self.record_key is not None and canon(para.text) not in ("neant", "geen"):
            joined = "\n".join(part for part in (self.record.get(self.record_key, ""), para.text) if part)
            self.record[self.record_key] = joined


def parse_stream(lang: Lang, items: list[Item]) -> Skeleton:
    """The skeleton of one language's items."""
    return StructureParser(lang).parse(items)

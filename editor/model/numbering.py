"""Numbering, headings, annex keys, the table of contents and the generated annexes 1–2."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from editor.model.bitext import Lang
from editor.model.labels import (
    ANNEX_TITLES,
    ANNEX_WORD,
    BLOCK_TITLES,
    TOKENS,
    AnnexKind,
    NodeKind,
)
from editor.model.tree import Node, Note
from editor.model.values import Means

Path = tuple[int, ...]


def numbering(note: Note) -> dict[str, Path]:
    """Position path of every node: (n,) for OS n, (n, m) for OO n.m, and so on."""
    paths: dict[str, Path] = {}

    def visit(nodes: list[Node], prefix: Path) -> None:
        for index, node in enumerate(nodes, start=1):
            path = (*prefix, index)
            paths[node.id] = path
            visit(node.children, path)

    visit(note.objectives, ())
    return paths


def _dotted(path: Path) -> str:
    return ".".join(str(part) for part in path)


def number_text(node: Node, path: Path) -> str:
    """The section number as printed: "IV.2" for an OS, "IV.2.3." for an OO."""
    trail = "." if node.kind is NodeKind.OO else ""
    return f"IV.{_dotted(path)}{trail}"


def token_number(node: Node, path: Path, lang: Lang) -> str:
    """ "OS 2" / "SD 2", "OO 2.3." / "OD 2.3."; empty for other kinds."""
    if node.kind is NodeKind.OS:
        return f"{TOKENS[NodeKind.OS][lang]} {path[0]}"
    if node.kind is NodeKind.OO:
        return f"{TOKENS[NodeKind.OO][lang]} {_dotted(path)}."
    return ""


def short_title(node: Node, path: Path, lang: Lang) -> str:
    """Title without the number: the block name for year blocks, "Action 2" for an untitled action."""
    title = node.title.get(lang).strip()
    if node.kind in (NodeKind.REALISATION, NodeKind.PLANNING):
        block = f"{BLOCK_TITLES[node.kind][lang]} {node.year or ''}".strip()
        return f"{block} – {title}" if title else block
    if node.kind is NodeKind.ACTION and not title:
        return f"{BLOCK_TITLES[NodeKind.ACTION][lang]} {path[-1]}"
    return title


def heading(node: Node, path: Path, lang: Lang) -> str:
    """The full heading: "IV.1 OS 1 : title", "IV.1.2. OO 1.2. : title", "IV.1.2.1 Planning 2022"."""
    token = token_number(node, path, lang)
    title = short_title(node, path, lang)
    if token:
        return f"{number_text(node, path)} {token} : {title}"
    return f"{number_text(node, path)} {title}"


def annex_key(node: Node, path: Path, lang: Lang) -> str:
    """Annex 1 key: "OS1" / "SD1", "OS1.OO1.2." / "SD1.OD1.2."."""
    os_token = TOKENS[NodeKind.OS][lang]
    if node.kind is NodeKind.OS:
        return f"{os_token}{path[0]}"
    return f"{os_token}{path[0]}.{TOKENS[NodeKind.OO][lang]}{_dotted(path)}."


@dataclass(frozen=True)
class ObjectiveEntry:
    """One line of annex 1 (and of the table of contents of chapter IV)."""

    node_id: str
    kind: NodeKind
    key: dict[Lang, str]
    title: dict[Lang, str]

    def line(self, lang: Lang) -> str:
        return f"{self.key[lang]} : {self.title[lang]}"


def objectives_list(note: Note) -> list[ObjectiveEntry]:
    """Annex 1, generated from the tree: every OS and OO in order."""
    paths = numbering(note)
    entries = []
    for node in note.walk():
        if node.kind in (NodeKind.OS, NodeKind.OO):
            path = paths[node.id]
            entries.append(
                ObjectiveEntry(
                    node.id,
                    node.kind,
                    {lang: annex_key(node, path, lang) for lang in Lang},
                    {lang: node.title.get(lang) for lang in Lang},
                )
            )
    return entries


@dataclass(frozen=True)
class TocEntry:
    """A table-of-contents line: level 1 for OS, 2 for OO, 3 below."""

    node_id: str
    level: int
    text: dict[Lang, str]


def table_of_contents(note: Note, max_level: int = 3) -> list[TocEntry]:
    paths = numbering(note)
    entries = []
    for node in note.walk():
        path = paths[node.id]
        if len(path) <= max_level and node.kind is not NodeKind.ACTION:
            entries.append(TocEntry(node.id, len(path), {lang: heading(node, path, lang) for lang in Lang}))
    return entries


@dataclass(frozen=True)
class MeansRow:
    """Annex 2 row: the means of an objective and everything under it."""

    node_id: str
    kind: NodeKind
    key: dict[Lang, str]
    title: dict[Lang, str]
    fte: Decimal | None
    budget: Decimal
    budget_lines: int


def _subtree_means(node: Node) -> list[Means]:
    return [value for one in node.walk() for value in one.values_of(Means)]


def means_summary(note: Note) -> list[MeansRow]:
    """Annex 2, generated: FTE and budget per OS and OO, summed over the subtree."""
    rows = []
    for entry in objectives_list(note):
        node = note.find(entry.node_id)
        assert node is not None
        means = _subtree_means(node)
        ftes = [m.fte for m in means if m.fte is not None]
        rows.append(
            MeansRow(
                entry.node_id,
                entry.kind,
                entry.key,
                entry.title,
                sum(ftes, Decimal(0)) if ftes else None,
                sum((m.total() for m in means), Decimal(0)),
                sum(len(m.budget) for m in means),
            )
        )
    return rows


def annex_numbers(note: Note) -> dict[AnnexKind, int]:
    """Annex numbers at output: position in the note's annex list."""
    return {annex.kind: index for index, annex in enumerate(note.annexes, start=1)}


def annex_heading(note: Note, kind: AnnexKind, lang: Lang) -> str:
    """ "Annexe 3 : Agenda de la réglementation" / "Bijlage 3 : Regelgevingsagenda"."""
    return f"{ANNEX_WORD[lang]} {annex_numbers(note)[kind]} : {ANNEX_TITLES[kind][lang]}"


def objective_ref_text(note: Note, node_id: str, lang: Lang) -> str:
    """How an annex record names an objective: "OS 1" / "SD 1", "OO 1.2." / "OD 1.2."."""
    node = note.find(node_id)
    if node is None:
        return "?"
    return token_number(node, numbering(note)[node.id], lang)

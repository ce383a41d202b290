"""The parsed shape of one language side of a note, before French and Dutch are paired."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.model.bitext import Lang
from editor.model.labels import NodeKind


@dataclass
class RawField:
    """A labelled field: its text lines, the label's line and the language of the label used."""

    label: str
    lines: list[str]
    line: int
    label_lang: Lang
    label_text: str
    repeated: bool = False


@dataclass
class RawNode:
    """A heading of chapter IV with what follows it, as printed in one language."""

    kind: NodeKind
    number: tuple[int, ...]
    printed: str
    title: str
    line: int
    token_number: tuple[int, ...] = ()
    year: int | None = None
    fields: dict[str, RawField] = field(default_factory=dict)
    loose: list[str] = field(default_factory=list)
    loose_line: int | None = None
    children: list[RawNode] = field(default_factory=list)
    misplaced: list[RawField] = field(default_factory=list)

    def walk(self) -> list[RawNode]:
        result = [self]
        for child in self.children:
            result.extend(child.walk())
        return result


@dataclass
class RawAnnex:
    """An annex as printed: its number, title and paragraphs."""

    number: int
    title: str
    line: int
    word: str = ""
    lines: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class RawNote:
    """One language side of one note."""

    lang: Lang
    line: int
    title_seen: bool = False
    competence: str = ""
    minister: str = ""
    abbreviations: list[tuple[str, str, int]] = field(default_factory=list)
    chapters: dict[int, list[str]] = field(default_factory=dict)
    chapter_titles: dict[int, str] = field(default_factory=dict)
    objectives: list[RawNode] = field(default_factory=list)
    annexes: list[RawAnnex] = field(default_factory=list)
    toc: list[str] = field(default_factory=list)
    front_text: list[tuple[int, str]] = field(default_factory=list)
    front_chunks: list[int] = field(default_factory=list)  # page of each front_text paragraph
    cover_chunk: int | None = None  # page of the note title or competence
    unplaced: list[tuple[int, str]] = field(default_factory=list)
    markers: list[tuple[int, str]] = field(default_factory=list)

    def walk(self) -> list[RawNode]:
        result: list[RawNode] = []
        for objective in self.objectives:
            result.extend(objective.walk())
        return result

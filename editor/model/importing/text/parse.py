"""Read one language stream of blocks into notes: cover, abbreviations, chapters, tree, annexes."""

from __future__ import annotations

import re

from editor.model.bitext import Lang
from editor.model.importing.text.blocks import HEADING, LABEL, TEXT, Block
from editor.model.importing.text.headings import Heading, parse_heading
from editor.model.importing.text.raw import RawAnnex, RawField, RawNode, RawNote
from editor.model.importing.text.vocabulary import COMPETENCE_RE
from editor.model.labels import NodeKind

FRONT, ABBREV, PROSE, OBJECTIVES, ANNEX = "front", "abbrev", "prose", "objectives", "annex"
ACTION_LABELS = {"output_per_action", "action_kpis", "action_thresholds", "action_deadline"}
# Fields whose value is one paragraph: what follows without a label belongs to the node itself.
_ONE_PARAGRAPH = {"status"}
_BLOCK_PARENTS = (NodeKind.ITEM, NodeKind.OO, NodeKind.OS)
_ABBREVIATION_RE = re.compile(r"^([^\s:][^:]{0,40}?)\s*:[\s:]*(.+)$")
# A competence paragraph ending like this goes on in the next one.
_UNFINISHED_RE = re.compile(r"(?:,|\b(?:et|en|de|du|des|la|le|les|van|het|voor))$")
_MINISTER_RE = re.compile(r"\b(Ministre|Secrétaire d’État|Minister|Staatssecretaris)\b")


class StreamParser:
    """A small state machine over the blocks of one language."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.notes: list[RawNote] = []
        self.state = FRONT
        self.chapter = 0
        self.stack: list[RawNode] = []
        self.field: RawField | None = None
        self.pending_title: int | None = None
        self.front_continues = False
        # A heading printed without its title: the next paragraph is the title.
        self.untitled: RawNode | None = None
        # Objective headings met outside chapter IV since the last text: contents, or body.
        self.run: list[tuple[Heading, Block]] = []

    # -- notes -----------------------------------------------------------------
    @property
    def note(self) -> RawNote:
        if not self.notes:
            self.notes.append(RawNote(self.lang, 1))
        return self.notes[-1]

    def _new_note(self, line: int, state: str) -> None:
        self._close_node()
        if self.notes:
            _trim_contents(self.notes[-1])
        self.notes.append(RawNote(self.lang, line))
        self.state, self.chapter, self.stack, self.field = state, 0, [], None

    # -- dispatch ----------------------------------------------------------------
    def feed(self, block: Block) -> None:
        untitled, self.untitled = self.untitled, None
        if untitled is not None and block.kind == TEXT and self.state == OBJECTIVES:
            untitled.title = block.text
            return
        heading = parse_heading(block.text) if block.kind == HEADING else None
        if heading is not None:
            self._heading(heading, block)
            if self.state in (FRONT, ABBREV, PROSE) and heading.kind in ("os", "oo", "item", "year"):
                self.run.append((heading, block))
            return
        if block.kind == LABEL and self.run and self.state in (FRONT, ABBREV, PROSE):
            self._body_starts()
        self.run = []
        if self.state == OBJECTIVES and block.kind == LABEL:
            self._label(block)
        else:
            self._text(block)

    def _heading(self, heading: Heading, block: Block) -> None:
        if self._starts_new_note(heading):
            self._new_note(block.line, FRONT if heading.kind != "chapter" else PROSE)
        self.pending_title = None
        self.front_continues = False
        if heading.kind == "chapter":
            self._chapter(heading, block)
        elif heading.kind == "annex" and self.state != FRONT:
            self._close_node()
            self.state = ANNEX
            self.note.annexes.append(RawAnnex(heading.number[0], heading.title, block.line, heading.token))
        elif heading.kind == "note-title":
            self.note.title_seen = True
            self.note.cover_chunk = block.chunk
        elif heading.kind == "abbreviations":
            self.state = ABBREV
        elif heading.bare and self.state in (ANNEX, PROSE):
            self._text(block)  # "OS1 : …" in annex 1 or in the summary is text, not a heading
        elif self.state in (FRONT, ABBREV):
            self.note.toc.append(block.text)
        elif self.state == ANNEX:
            self.note.annexes[-1].lines.append((block.line, block.text))
        else:
            self.state = OBJECTIVES
            self._objective(heading, block)

    def _body_starts(self) -> None:
        """Headings read as contents turn out to be body: a field label follows them directly.

        This finds the objectives of a note printed without chapter headings.
        """
        run, self.run = self.run, []
        self.state = OBJECTIVES
        for heading, block in run:
            if block.text in self.note.toc:
                self.note.toc.remove(block.text)
            self._objective(heading, block)

    def _starts_new_note(self, heading: Heading) -> bool:
        """A note ends after its annexes, or when chapters start again from the beginning."""
        if not self.notes:
            return False
        if heading.kind == "chapter" and self.state in (PROSE, OBJECTIVES, ANNEX):
            return heading.number[0] <= self.chapter
        if heading.kind == "note-title":
            return self.state != FRONT or self.note.title_seen
        if self.state == ANNEX:
            return heading.kind in ("os", "oo", "item", "year", "abbreviations") and not heading.bare
        return False

    def _chapter(self, heading: Heading, block: Block) -> None:
        self._close_node()
        number = heading.number[0]
        self.chapter = number
        self.state = OBJECTIVES if number >= 4 else PROSE
        self.note.chapters.setdefault(number, [])
        if heading.title:
            self.note.chapter_titles[number] = heading.title
        else:
            self.pending_title = number

    # -- chapter IV ----------------------------------------------------------------
    def _objective(self, heading: Heading, block: Block) -> None:
        self._close_node()
        kind = {"os": NodeKind.OS, "oo": NodeKind.OO, "item": NodeKind.ITEM}.get(heading.kind)
        node = RawNode(
            kind or heading.block_kind or NodeKind.PLANNING,
            heading.number,
            heading.printed or block.text,
            heading.title,
            block.line,
            heading.token_number,
            heading.year,
        )
        if not node.title and node.kind in (NodeKind.OS, NodeKind.OO, NodeKind.ITEM):
            self.untitled = node
        if node.kind is NodeKind.OS:
            self.note.objectives.append(node)
            self.stack = [node]
            return
        parent = self._parent_for(node)
        if parent is None:
            self.note.unplaced.append((block.line, block.text))
            return
        parent.children.append(node)
        self.stack = [*self.stack[: self.stack.index(parent) + 1], node]

    def _parent_for(self, node: RawNode) -> RawNode | None:
        if node.kind is NodeKind.OO:
            if not self.stack:
                placeholder = RawNode(NodeKind.OS, node.number[:1], "", "", node.line)
                self.note.objectives.append(placeholder)
                self.stack = [placeholder]
            return self.stack[0]
        allowed = (NodeKind.OO, NodeKind.OS) if node.kind is NodeKind.ITEM else _BLOCK_PARENTS
        numbered = [n for n in self.stack if node.number and n.number == node.number[:-1]]
        if numbered and numbered[-1].kind in allowed:
            return numbered[-1]
        for candidate in reversed(self.stack):
            if candidate.kind in allowed:
                return candidate
        return None

    def _close_node(self) -> None:
        """Drop an unnumbered year block that held nothing: it was a section marker."""
        self.field = None
        if not self.stack:
            return
        last = self.stack[-1]
        is_block = last.kind in (NodeKind.REALISATION, NodeKind.PLANNING) and not last.number
        if is_block and not (last.fields or last.loose or last.children) and len(self.stack) > 1:
            self.stack[-2].children.remove(last)
            self.stack.pop()
            self.note.markers.append((last.line, last.printed))

    def _label(self, block: Block) -> None:
        hit = block.label
        assert hit is not None
        node = self._label_node(hit.meaning)
        if node is None:
            self.note.unplaced.append((block.line, block.text))
            return
        raw = RawField(hit.meaning, [hit.inline] if hit.inline else [], block.line, hit.lang, block.text)
        existing = node.fields.get(hit.meaning)
        if existing is not None:
            existing.repeated = True
            existing.lines.extend(raw.lines)
            self.field = existing
            return
        node.fields[hit.meaning] = raw
        self.field = raw

    def _label_node(self, label: str) -> RawNode | None:
        if not self.stack:
            return None
        node = self.stack[-1]
        if node.kind is NodeKind.ACTION:
            as_action = "action_kpis" if label == "kpis" else label
            if as_action in ACTION_LABELS and as_action not in node.fields:
                return node
            self.stack.pop()
            if as_action in ACTION_LABELS:
                return self._new_action(self.stack[-1])
            return self.stack[-1]
        if label in ACTION_LABELS and node.kind in (NodeKind.PLANNING, NodeKind.OO, NodeKind.ITEM):
            return self._new_action(node)
        return node

    def _new_action(self, parent: RawNode) -> RawNode:
        action = RawNode(NodeKind.ACTION, (), f"{parent.printed} (action)".strip(), "", parent.line)
        parent.children.append(action)
        self.stack.append(action)
        return action

    # -- everything else -------------------------------------------------------------
    def _text(self, block: Block) -> None:
        if self.pending_title is not None:
            self.note.chapter_titles[self.pending_title] = block.text
            self.pending_title = None
            return
        if self.state == OBJECTIVES:
            self._objective_text(block)
        elif self.state == PROSE:
            self.note.chapters[self.chapter].extend(block.lines)
        elif self.state == ANNEX:
            self.note.annexes[-1].lines.extend((block.line, one) for one in block.lines)
        elif self.state == ABBREV:
            self._abbreviations(block)
        else:
            self._front(block)

    def _objective_text(self, block: Block) -> None:
        if self.field is not None and self.field.label in _ONE_PARAGRAPH and self.field.lines:
            self.field = None  # "Statut de l’OO : Selon le planning" then unlabelled prose: not the status
        if self.field is not None:
            self.field.lines.extend(block.lines)
        elif self.stack:
            node = self.stack[-1]
            node.loose_line = node.loose_line or block.line
            node.loose.extend(block.lines)
        else:
            self.note.unplaced.append((block.line, block.text))

    def _abbreviations(self, block: Block) -> None:
        for line in block.lines:
            found = _ABBREVIATION_RE.match(line)
            if found:
                self.note.abbreviations.append((found.group(1).strip(), found.group(2).strip(), block.line))
            elif self.note.abbreviations:
                short, long, line_no = self.note.abbreviations[-1]
                self.note.abbreviations[-1] = (short, f"{long} {line}", line_no)

    def _front(self, block: Block) -> None:
        text = block.text
        if COMPETENCE_RE.match(text) and not self.note.competence:
            self.note.competence = text
            self.note.cover_chunk = block.chunk
        elif self.front_continues:
            # The competence list wraps over paragraphs ("…, Tourisme," / "Promotion de…").
            self.note.competence = f"{self.note.competence} {text}"
        elif _MINISTER_RE.search(text) and not self.note.minister and len(text) < 300:
            self.note.minister = text
        else:
            self.note.front_text.append((block.line, text))
            self.note.front_chunks.append(block.chunk)
        self.front_continues = self.note.competence.endswith(text) and bool(_UNFINISHED_RE.search(text))

    def finish(self) -> list[RawNote]:
        """The notes read, once every block has been fed."""
        self._close_node()
        return [note for note in self.notes if note.objectives or note.chapters or note.abbreviations]


def _hollow(node: RawNode) -> bool:
    return not node.fields and not node.loose and all(_hollow(child) for child in node.children)


def _trim_contents(note: RawNote) -> None:
    """Drop a table of contents of the next note read as the end of this one.

    When a note has no annexes, the next note's contents (headings only, numbering starting
    again) follow its last objective: empty OS headings from a restart on are contents.
    """
    objectives = note.objectives
    tail = len(objectives)
    while tail > 1 and _hollow(objectives[tail - 1]):
        tail -= 1
    for index in range(tail, len(objectives)):
        number = objectives[index].number[0] if objectives[index].number else 0
        before = max((o.number[0] for o in objectives[:index] if o.number), default=0)
        if number and number <= before:
            note.toc.extend(removed.printed for removed in objectives[index:])
            del objectives[index:]
            return


def parse_stream(blocks: list[Block], lang: Lang) -> list[RawNote]:
    """The notes of one language stream, in order."""
    parser = StreamParser(lang)
    for block in blocks:
        parser.feed(block)
    return parser.finish()

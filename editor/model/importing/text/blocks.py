"""Turn a language stream of paragraphs into typed blocks: headings, labels and text."""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.model.importing.text import vocabulary as vocab
from editor.model.importing.text.joining import Lexicon, continues, join_lines, paragraph_lines
from editor.model.importing.text.normalise import plain
from editor.model.importing.text.pages import Para
from editor.model.importing.text.vocabulary import LabelHit

TEXT, LABEL, HEADING = "text", "label", "heading"


@dataclass
class Block:
    """A paragraph after re-joining: its text lines (bullets marked), kind and source line."""

    kind: str
    lines: list[str]
    line: int
    label: LabelHit | None = None
    source_lines: list[int] = field(default_factory=list)
    chunk: int = 0  # the printed page it starts on

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @property
    def plain(self) -> str:
        return plain(self.text)


# First words of chapter, annex, cover and abbreviation-list headings (upper-cased).
_STRUCTURAL_OPENERS = (
    "CHAPITRE",
    "HOOFDSTUK",
    "ANNEXE",
    "BIJLAGE",
    "NOTE",
    "BELEIDSNOTA",
    "ORIËNTATIENOTA",
    "LISTE",
    "LIJST",
)


def _is_structural(text: str) -> bool:
    """Headings, chapter and annex titles, title-block words: anything that is not prose."""
    flat = plain(text)
    if flat.startswith("IV.") and (vocab.OS_RE.match(flat) or vocab.OO_RE.match(flat) or vocab.DEEP_RE.match(flat)):
        return True
    head = flat[:14].upper()
    if head.startswith(_STRUCTURAL_OPENERS):
        patterns = (vocab.CHAPTER_RE, vocab.ANNEX_RE, vocab.NOTE_TITLE_RE, vocab.ABBREVIATIONS_RE)
        if any(pattern.match(flat) for pattern in patterns):
            return True
    if (
        len(flat) < 200
        and head[:2] in ("OS", "SD", "OO", "OD")
        and (vocab.BARE_OS_RE.match(flat) or vocab.BARE_OO_RE.match(flat))
    ):
        return True
    return len(flat) < 100 and bool(vocab.YEAR_BLOCK_RE.match(flat))


def _classify(para: Para, lexicon: Lexicon) -> Block:
    text = para.flat
    if _is_structural(text):
        return Block(HEADING, [join_lines(para.lines, lexicon)], para.line, None, para.line_numbers, para.chunk)
    hit = vocab.match_label(text)
    if hit is not None:
        return Block(LABEL, [join_lines(para.lines, lexicon)], para.line, hit, para.line_numbers, para.chunk)
    return Block(TEXT, paragraph_lines(para, lexicon), para.line, None, para.line_numbers, para.chunk)


def _merge(previous: Block, following: Block, lexicon: Lexicon) -> None:
    """Append a paragraph that goes on from the previous one (page or column break)."""
    joined = join_lines([previous.lines[-1], following.lines[0]], lexicon)
    if previous.kind == TEXT:
        previous.lines[-1] = joined
        previous.lines.extend(following.lines[1:])
        hit = vocab.match_label(previous.text) if len(previous.lines) == 1 else None
        if hit is not None:  # a label wrapped over a break ("… de" / "l’OO, lié aux …")
            previous.kind, previous.label = LABEL, hit
    else:
        previous.lines[-1] = " ".join([joined, *following.lines[1:]])
    previous.source_lines.extend(following.source_lines)


def make_blocks(paras: list[Para], lexicon: Lexicon) -> list[Block]:
    """Typed blocks of one language stream, with paragraphs cut by breaks put back together."""
    blocks: list[Block] = []
    for para in paras:
        block = _classify(para, lexicon)
        previous = blocks[-1] if blocks else None
        if previous is not None and block.kind == TEXT and _goes_on(previous, block, previous.chunk == para.chunk):
            _merge(previous, block, lexicon)
            continue
        blocks.append(block)
    return blocks


def _goes_on(previous: Block, block: Block, same_page: bool) -> bool:
    """Prose goes on across pages; a heading goes on only on its own page (the next page's
    lower-case paragraph after a contents entry or the cover belongs to something else)."""
    if previous.kind == HEADING and (not same_page or vocab.NOTE_TITLE_RE.match(previous.text)):
        return False
    return previous.kind in (TEXT, HEADING) and continues(previous.lines[-1], block.lines[0])

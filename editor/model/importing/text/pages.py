"""Cut the published text into page chunks and paragraphs; drop running headers and debris."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from editor.model.importing.text.normalise import normalise_text, plain

# "— 23 —A-453/2 - 2021/2022 A-453/2 - 2021/2022": the running header of a page.
# The running header, with or without the page number: "— 23 —A-453/2 - 2021/2022 A-453/2 - 2021/2022".
HEADER_RE = re.compile(
    r"^(?:—\s*\d+\s*—\s*)?([A-Z]-\d+/\d+)\s*[-–]\s*(\d{4})\s*/\s*(\d{4})"
    r"(?:\s*[A-Z]-\d+/\d+\s*[-–]\s*\d{4}\s*/\s*\d{4})?\s*(?:—\s*\d+\s*—)?$"
)
_PAGE_NUMBER_RE = re.compile(r"^—\s*\d+\s*—\s*$")
_DEBRIS_MAX = 3
# A page whose paragraphs average more than this many lines was extracted without blank lines.
_DENSE_RATIO = 15
_DENSE_MIN_LINES = 30  # rotated margin text arrives as lines of one to three letters


@dataclass
class Para:
    """A paragraph of the source: its lines (normalised), first line number and page chunk."""

    lines: list[str]
    line: int
    chunk: int
    line_numbers: list[int] = field(default_factory=list)

    @cached_property
    def text(self) -> str:
        return " ".join(one.strip() for one in self.lines)

    @cached_property
    def flat(self) -> str:
        return plain(self.text)


@dataclass
class Document:
    """The source cut into page chunks, plus the document reference read from page headers."""

    chunks: list[list[Para]]
    reference: str = ""
    session_year: int | None = None


def _is_page_start(line: str) -> bool:
    return line.startswith(" ") and not line.startswith("  ") and bool(line.strip())


def _is_debris(line: str) -> bool:
    """Rotated margin text printed next to a header arrives as lines of one to three letters."""
    flat = line.strip()
    return len(flat) <= _DEBRIS_MAX and flat.isalpha()


def _paragraphs(lines: list[tuple[int, str]], chunk: int) -> list[Para]:
    paras: list[Para] = []
    current: list[tuple[int, str]] = []
    for number, line in [*lines, (0, "")]:
        if line.strip():
            current.append((number, line))
            continue
        if current:
            paras.append(Para([one for _, one in current], current[0][0], chunk, [n for n, _ in current]))
            current = []
    return paras


def cut_pages(text: str) -> Document:
    """Split the text into page chunks of paragraphs (1-based line numbers kept)."""
    doc = Document([])
    raw_chunks: list[list[tuple[int, str]]] = [[]]
    after_header = False
    for number, line in enumerate(normalise_text(text).split("\n"), start=1):
        if _is_page_start(line) and raw_chunks[-1]:
            raw_chunks.append([])
        if _is_header(line, doc):
            line, after_header = "", True
        elif after_header and _is_debris(line):
            line = ""
        elif line.strip():
            after_header = False
        raw_chunks[-1].append((number, line))
    for index, lines in enumerate(raw_chunks):
        paras = _paragraphs(lines, index)
        filled = sum(1 for _, line in lines if line.strip())
        if filled > _DENSE_MIN_LINES and len(paras) * _DENSE_RATIO < filled:
            # No blank lines between paragraphs: one paragraph per line, re-joined later by sense.
            paras = [Para([line], number, index, [number]) for number, line in lines if line.strip()]
        if paras:
            doc.chunks.append(paras)
    return doc


def _is_header(line: str, doc: Document) -> bool:
    """A running header ("— 23 —A-453/2 - 2021/2022 …"): dropped, its reference kept."""
    stripped = line.strip()
    if not stripped or (stripped[0] != "—" and not (stripped[0].isupper() and "/" in stripped[:12])):
        return False
    flat = plain(line)
    match = HEADER_RE.match(flat)
    if match and not doc.reference:
        doc.reference, doc.session_year = match.group(1), int(match.group(2))
    return bool(match or _PAGE_NUMBER_RE.match(flat))

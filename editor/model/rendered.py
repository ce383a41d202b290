"""How a rendered field value is laid out, independent of the output: lines, one line, a table.

A field kind renders its value per language into one of these shapes; every exporter turns the
shape into its own objects (Word paragraphs and tables, PDF boxes), so a new kind that renders
into an existing shape needs no exporter change.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from editor.model.values import Colour


class Layout(Enum):
    """The shape of a rendered field value."""

    PROSE = "prose"  # the field's own paragraphs and bullets, paired per paragraph across languages
    LINE = "line"  # one line per language (a deadline, a status, a list of partners)
    LINES = "lines"  # generated lines, paired by position (means: FTE, ICT, each budget line)
    TABLE = "table"  # a table per language (KPIs, threshold bands)


@dataclass(frozen=True)
class TableRow:
    """One row of a table; ``colour`` shades a threshold row."""

    cells: tuple[str, ...]
    colour: Colour | None = None


@dataclass(frozen=True)
class Table:
    """A table in one language: an optional header row and body rows of the same width."""

    header: tuple[str, ...]
    rows: tuple[TableRow, ...]

    @property
    def columns(self) -> int:
        return len(self.header) if self.header else max((len(r.cells) for r in self.rows), default=0)


# What a kind's ``render`` returns for one language, by layout: PROSE and LINE a string (PROSE
# with "\n" between paragraphs and "– " before bullets), LINES a tuple of strings, TABLE a Table.
Rendered = str | tuple[str, ...] | Table


def as_text(rendered: Rendered) -> str:
    """A PROSE or LINE rendering (a kind rendering another shape is a bug of that kind)."""
    if not isinstance(rendered, str):
        raise TypeError(f"expected text, got {type(rendered).__name__}")
    return rendered


def as_lines(rendered: Rendered) -> tuple[str, ...]:
    """A LINES rendering."""
    if not isinstance(rendered, tuple):
        raise TypeError(f"expected lines, got {type(rendered).__name__}")
    return rendered


def as_table(rendered: Rendered) -> Table:
    """A TABLE rendering."""
    if not isinstance(rendered, Table):
        raise TypeError(f"expected a table, got {type(rendered).__name__}")
    return rendered

"""A field as an importer found it printed, and what reading it typed found to report.

Both importers (the Word reader and the published-text reader) hand each field's content to
its kind's ``parse`` in this one shape, so the same printed value gives the same typed value
whichever document it came from.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from editor.model.bitext import BULLET, LANGS, Lang

# One printed paragraph: whether it is a bullet item, and its text without the bullet.
Line = tuple[bool, str]
# A printed table: rows of cell texts.
Grid = Sequence[Sequence[str]]

V = TypeVar("V")


@dataclass(frozen=True)
class Printed:
    """The content of one field per language: its paragraphs, and the tables inside it."""

    lines: Mapping[Lang, Sequence[Line]]
    tables: Mapping[Lang, Sequence[Grid]] = field(default_factory=dict)

    @classmethod
    def of_texts(cls, fr: str, nl: str) -> Printed:
        """From two texts with "\\n" between paragraphs and "– " before bullets (the model's form)."""
        return cls({Lang.FR: lines_of(fr), Lang.NL: lines_of(nl)})

    def side(self, lang: Lang) -> Sequence[Line]:
        return self.lines.get(lang, ())

    def grids(self, lang: Lang) -> Sequence[Grid]:
        return self.tables.get(lang, ())

    def text(self, lang: Lang) -> str:
        """The side as the model stores prose: paragraphs on lines, bullets after "– "."""
        return "\n".join(f"{BULLET}{text}" if bullet else text for bullet, text in self.side(lang))

    def flat(self, lang: Lang) -> str:
        """The side's paragraphs joined by spaces (a short value printed over several lines)."""
        return " ".join(text for _, text in self.side(lang)).strip()

    def is_empty(self, lang: Lang | None = None) -> bool:
        langs = LANGS if lang is None else (lang,)
        return not any(text.strip() for one in langs for _, text in self.side(one)) and not any(
            self.grids(one) for one in langs
        )


def lines_of(text: str) -> list[Line]:
    """Paragraphs of a model text: one per non-blank line, "– " marking a bullet."""
    result: list[Line] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith(BULLET.strip()) and (len(line) == 1 or line[1] == " "):
            result.append((True, line[1:].strip()))
        else:
            result.append((False, line))
    return result


@dataclass(frozen=True)
class Finding:
    """Something reading a printed value noticed: a disagreement between the languages, a part
    that could not be typed. ``code`` names it for the reports; ``params`` give the details."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass
class Parsed(Generic[V]):
    """A typed value read from print, and what was found on the way."""

    value: V
    findings: list[Finding] = field(default_factory=list)

    def note(self, code: str, /, **params: Any) -> None:
        self.findings.append(Finding(code, params))


class ParseContext(Protocol):
    """What reading some values needs from the note being built: its list of organisations."""

    def organisation_id(self, fr: str, nl: str) -> str:
        """The id of the organisation with these names, added to the note when new."""
        ...

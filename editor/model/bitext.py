"""Bilingual text: one id, a French and a Dutch side, and the confirmation state between them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Lang(str, Enum):
    """The two languages of a note."""

    FR = "fr"
    NL = "nl"

    @property
    def other(self) -> Lang:
        return Lang.NL if self is Lang.FR else Lang.FR


LANGS: tuple[Lang, Lang] = (Lang.FR, Lang.NL)

# A line of a text side that starts with this marker is a bullet item; other lines are paragraphs.
BULLET = "– "


@dataclass(eq=False)
class BiText:
    """A text field held in both languages.

    ``base_fr`` / ``base_nl`` are the two sides as they were when the pair was last confirmed
    as translations of each other (``None`` = never confirmed). A side that changed since then
    while the other did not makes the other side *stale*, whichever language was edited.
    """

    fr: str = ""
    nl: str = ""
    base_fr: str | None = None
    base_nl: str | None = None

    def get(self, lang: Lang) -> str:
        return self.fr if lang is Lang.FR else self.nl

    def set(self, lang: Lang, text: str) -> None:
        if lang is Lang.FR:
            self.fr = text
        else:
            self.nl = text

    def base(self, lang: Lang) -> str | None:
        return self.base_fr if lang is Lang.FR else self.base_nl

    @property
    def confirmed(self) -> bool:
        return self.base_fr is not None

    def confirm(self) -> None:
        """Record both sides as agreeing translations."""
        self.base_fr, self.base_nl = self.fr, self.nl

    def changed_since_confirmation(self, lang: Lang) -> bool:
        base = self.base(lang)
        return base is not None and base != self.get(lang)

    def stale_langs(self) -> tuple[Lang, ...]:
        """Languages whose side no longer matches an edit made to the other side."""
        if self.base_fr is None or (self.fr == self.base_fr and self.nl == self.base_nl):
            return ()
        fr_changed = self.changed_since_confirmation(Lang.FR)
        nl_changed = self.changed_since_confirmation(Lang.NL)
        if fr_changed and nl_changed:
            return (Lang.FR, Lang.NL)
        if fr_changed:
            return (Lang.NL,)
        if nl_changed:
            return (Lang.FR,)
        return ()

    def is_empty(self, lang: Lang | None = None) -> bool:
        # Called for every field on every check: kept to plain attribute reads.
        if lang is None:
            return not self.fr.strip() and not self.nl.strip()
        return not (self.fr if lang is Lang.FR else self.nl).strip()

    def is_complete(self) -> bool:
        return bool(self.fr.strip()) and bool(self.nl.strip())

    def copy(self) -> BiText:
        return BiText(self.fr, self.nl, self.base_fr, self.base_nl)

    def same(self, other: BiText) -> bool:
        return (self.fr, self.nl, self.base_fr, self.base_nl) == (
            other.fr,
            other.nl,
            other.base_fr,
            other.base_nl,
        )


def lines(text: str) -> list[tuple[bool, str]]:
    """Split a text side into (is_bullet, text) paragraphs, dropping blank lines."""
    result = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith(BULLET.strip()) and (len(line) == 1 or line[1] == " "):
            result.append((True, line[1:].strip()))
        else:
            result.append((False, line))
    return result

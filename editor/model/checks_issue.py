"""What a rule check reports: the Issue, its severity, and the Reporter that places issues."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from editor.model.bitext import LANGS, Lang
from editor.model.messages import render

PLACE_SEPARATOR = " › "

# A place or label in both note languages: {Lang.FR: "…", Lang.NL: "…"}.
Place = dict[Lang, str]


class Severity(StrEnum):
    """Errors block a submission export; warnings only inform."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One broken rule, located on a node (or part of the note), a field and a language side."""

    code: str
    severity: Severity
    node_id: str
    field: str | None
    lang: Lang | None
    params: dict[str, Any] = dataclasses.field(default_factory=dict, hash=False)
    # Where the issue is, or how to compose it when first asked: a note being written may have
    # thousands of issues, and the problems list only ever shows a screenful of them.
    place_of: PlaceLike = dataclasses.field(default_factory=dict, hash=False, compare=False, repr=False)

    @functools.cached_property
    def place(self) -> Place:
        """Where the issue is, in each note language ("IV.1.2.2 Planning 2022 › Échéance de l’OO")."""
        return _resolve(self.place_of) or {}

    def message(self, ui_lang: str) -> str:
        """The message in the interface language: "fr", "nl" or "en"."""
        return render(self.code, ui_lang, self.params, self.lang.value if self.lang else None)

    def location(self, note_lang: Lang) -> str:
        """Heading and field label in the note language, with the side concerned: "… (NL)"."""
        where = self.place.get(note_lang) or PLACE_SEPARATOR.join(
            part for part in (self.node_id, self.field) if part
        )
        return f"{where} ({self.lang.value.upper()})" if self.lang else where


# A place, or how to make it: labels of sub-fields are only worth joining when an issue needs them.
PlaceLike = Place | Callable[[], Place]


def _resolve(place: PlaceLike | None) -> Place | None:
    return place() if callable(place) else place


def join(*places: PlaceLike | None) -> Place:
    """Concatenate places per language, skipping missing parts."""
    resolved = [_resolve(place) for place in places]
    return {
        lang: PLACE_SEPARATOR.join(place[lang] for place in resolved if place and place.get(lang))
        for lang in LANGS
    }


def lazy(*places: PlaceLike | None) -> Callable[[], Place]:
    """``join`` deferred until an issue is reported."""
    return lambda: join(*places)


def same(text: str) -> Place:
    """A place written the same way in both languages (an id, a code)."""
    return {lang: text for lang in LANGS}


class Reporter:
    """Collects the issues of one place (a node, the title block, a record…)."""

    def __init__(self, node_id: str, where: Place | Callable[[], Place], issues: list[Issue] | None = None):
        self.node_id = node_id
        # A node's heading is worth computing only when it has an issue: most nodes have none.
        self._where = where
        self.issues: list[Issue] = [] if issues is None else issues

    @property
    def where(self) -> Place:
        if callable(self._where):
            self._where = self._where()
        return self._where

    def add(
        self,
        code: str,
        severity: Severity,
        field_path: str | None,
        label: PlaceLike | None,
        lang: Lang | None = None,
        /,
        **params: Any,
    ) -> None:
        place = lazy(self._owner_place, label)
        self.issues.append(Issue(code, severity, self.node_id, field_path, lang, params, place))

    def _owner_place(self) -> Place:
        return self.where

    def error(self, code: str, field_path: str | None, label: PlaceLike | None, /, **params: Any) -> None:
        self.add(code, Severity.ERROR, field_path, label, None, **params)

    def warning(self, code: str, field_path: str | None, label: PlaceLike | None, /, **params: Any) -> None:
        self.add(code, Severity.WARNING, field_path, label, None, **params)

"""The note's bilingual organisation list, filled from partner fields as they are imported."""

from __future__ import annotations

from editor.model.bitext import BiText
from editor.model.tree import Organisation


class OrganisationList:
    """Organisations of one note, one entry per distinct (French, Dutch) name pair."""

    def __init__(self) -> None:
        self.items: list[Organisation] = []
        self._index: dict[tuple[str, str], str] = {}

    def add(self, fr: str, nl: str) -> str:
        """The id of the organisation with these names, created when new."""
        key = (fr.casefold(), nl.casefold())
        if key not in self._index:
            organisation = Organisation(name=BiText(fr, nl))
            self.items.append(organisation)
            self._index[key] = organisation.id
        return self._index[key]

    def organisation_id(self, fr: str, nl: str) -> str:
        """The id of the organisation with these names (the importers' reading context)."""
        return self.add(fr, nl)

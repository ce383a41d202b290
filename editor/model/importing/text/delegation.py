"""Recognise a delegated OO: its whole content says another minister is responsible, and where to look."""

from __future__ import annotations

import re

from editor.model.bitext import BiText
from editor.model.importing.text.normalise import plain
from editor.model.tree import Delegation

_FR = re.compile(
    # Greedy delegate: a name may hold full stops ("M. Vervoort"), so split at the last ". Voir".
    r"^Cet objectif (?:opérationnel )?relève (du |des |de la |de l’|de )(.+)\.\s*Voir\s*:?\s*(.+?)\.?$",
    re.IGNORECASE | re.DOTALL,
)
_NL = re.compile(
    r"^Deze (?:operationele )?doelstelling valt onder (?:de bevoegdheid van )?(.+)\.\s*Zie\s*:?\s*(.+?)\.?$",
    re.IGNORECASE | re.DOTALL,
)
# "relève du Ministre" = "relève de le Ministre": the model keeps the delegate with its article.
_ARTICLES = {"du ": "le ", "des ": "les ", "de la ": "la ", "de l’": "l’", "de ": ""}


def delegation_of(fr: str, nl: str) -> Delegation | None:
    """The delegation a French (and Dutch) text states, or None when it is ordinary content."""
    found_fr = _FR.match(plain(fr).replace("\n", " "))
    if found_fr is None:
        return None
    found_nl = _NL.match(plain(nl).replace("\n", " "))
    article = _ARTICLES[found_fr[1].lower()]
    return Delegation(
        delegate=BiText(article + found_fr[2].strip(), found_nl[1].strip() if found_nl else ""),
        reference=BiText(found_fr[3].strip(), found_nl[2].strip() if found_nl else ""),
    )

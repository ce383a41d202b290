"""Builds the right editor for a field value, and the page for a non-objective part of the note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from editor.model.bitext import BiText
from editor.model.labels import FieldSpec
from editor.model.tree import Chapter
from editor.model.values import FieldValue
from editor.widgets.base import FieldEditor
from editor.widgets.bitext import BiTextEditor

if TYPE_CHECKING:
    from editor.document import Document

# Issues about a node's title carry this field name.
TITLE_FIELD = "title"


class PendingEditor(FieldEditor):
    """Temporary: shown for value types whose typed editor is not committed yet."""

    def __init__(self, document: Document, owner_id: str, parent: QWidget | None = None):
        super().__init__(document, owner_id, parent)
        QLabel(self.tr("(editor not available)"), self)


def create_field_editor(
    document: Document,
    owner_id: str,
    value: FieldValue,
    spec: FieldSpec | None,
    parent: QWidget | None = None,
    labels: bool = True,
) -> FieldEditor:
    """The editor for one field value of node ``owner_id``.

    ``spec`` None means the node's title (issues with field "title"). With ``labels`` the
    editor shows the field's French label over its French side and Dutch over Dutch, with "*"
    when required; pass ``labels=False`` when the caller lays out labels itself.
    """
    key = spec.key if spec else TITLE_FIELD
    names = (spec.fr, spec.nl) if spec and labels else None
    required = bool(spec and spec.required)
    if isinstance(value, BiText):
        return BiTextEditor(document, owner_id, value, key, names, required, parent)
    editor = PendingEditor(document, owner_id, parent)
    editor.field_key = key
    return editor


def create_page(document: Document, target: object, parent: QWidget | None = None) -> QWidget:
    """The page for a part of the note outside chapter IV.

    ``target`` is the note's TitleBlock, a Chapter, an Annex, or for the two tables the list
    itself (``note.abbreviations`` / ``note.organisations``) or the strings "abbreviations" /
    "organisations".
    """
    if isinstance(target, Chapter):
        return BiTextEditor(document, target.id, target.body, "body", None, False, parent)
    raise TypeError(f"no page for {type(target).__name__}")

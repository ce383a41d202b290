"""Builds the right editor for a field value, and the page for a non-objective part of the note."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from editor.model.bitext import BiText
from editor.model.kinds import kind_of_value
from editor.model.labels import FieldSpec, FieldType
from editor.model.tree import Annex, Chapter, TitleBlock
from editor.model.values import FieldValue
from editor.widgets.annexes import AnnexPage
from editor.widgets.base import FieldEditor
from editor.widgets.bitext import BiTextEditor
from editor.widgets.deadline import DeadlineEditor
from editor.widgets.kpis import KpiEditor
from editor.widgets.means import MeansEditor
from editor.widgets.pages import AbbreviationsPage, ChapterPage, OrganisationsPage, TitlePage
from editor.widgets.partners import PartnersEditor
from editor.widgets.status import StatusEditor
from editor.widgets.thresholds import ThresholdsEditor

if TYPE_CHECKING:
    from editor.document import Document

# Issues about a node's title carry this field name.
TITLE_FIELD = "title"

# document, owner id, value, field key, spec (None for a title), whether to show the labels.
EditorFactory = Callable[["Document", str, Any, str, FieldSpec | None, bool], FieldEditor]


def _text_editor(
    document: Document, owner: str, value: BiText, key: str, spec: FieldSpec | None, labels: bool
) -> FieldEditor:
    names = (spec.fr, spec.nl) if spec and labels else None
    return BiTextEditor(document, owner, value, key, names, bool(spec and spec.required))


def _keyed(editor_class: Callable[[Document, str, Any, str], FieldEditor]) -> EditorFactory:
    """The factory of an editor made from (document, owner id, value, field key)."""
    return lambda document, owner, value, key, _spec, _labels: editor_class(document, owner, value, key)


# The editor of each field kind (the kinds themselves are in editor/model/kinds/; a test checks
# that every kind has one here).
EDITORS: dict[FieldType, EditorFactory] = {
    FieldType.TEXT: _text_editor,
    FieldType.KPIS: lambda document, owner, value, _key, _spec, _labels: KpiEditor(document, owner, value),
    FieldType.THRESHOLDS: _keyed(ThresholdsEditor),
    FieldType.DEADLINE: _keyed(DeadlineEditor),
    FieldType.STATUS: _keyed(StatusEditor),
    FieldType.MEANS: _keyed(MeansEditor),
    FieldType.PARTNERS: _keyed(PartnersEditor),
}


def create_field_editor(
    document: Document,
    owner_id: str,
    value: FieldValue,
    spec: FieldSpec | None,
    parent: QWidget | None = None,
    labels: bool = True,
) -> FieldEditor:
    """The editor for one field value of node ``owner_id``.

    ``spec`` None means the node's title (issues with field "title"). With ``labels`` a text
    editor shows the field's French label over its French side and Dutch over Dutch, with "*"
    when required; pass ``labels=False`` when the caller lays out labels itself.
    """
    key = spec.key if spec else TITLE_FIELD
    make = EDITORS[kind_of_value(value).field_type]
    editor = make(document, owner_id, value, key, spec, labels)
    editor.field_key = key
    editor.show_issues()
    if parent is not None:
        editor.setParent(parent)
    return editor


def create_page(document: Document, target: object, parent: QWidget | None = None) -> QWidget | None:
    """The page for a part of the note outside chapter IV.

    ``target`` is the note's TitleBlock, a Chapter, an Annex, or for the two tables the list
    itself (``note.abbreviations`` / ``note.organisations``) or the strings "abbreviations" /
    "organisations". Every page has ``focus_issue(issue)``. None for a target that has no page.
    """
    note = document.note
    page: QWidget
    if isinstance(target, TitleBlock):
        page = TitlePage(document, target)
    elif target is note.abbreviations or target == "abbreviations":
        page = AbbreviationsPage(document)
    elif target is note.organisations or target == "organisations":
        page = OrganisationsPage(document)
    elif isinstance(target, Chapter):
        page = ChapterPage(document, target)
    elif isinstance(target, Annex):
        page = AnnexPage(document, target)
    else:
        return None
    if parent is not None:
        page.setParent(parent)
    return page

"""Builds the right editor for a field value, and the page for a non-objective part of the note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from editor.model.bitext import BiText
from editor.model.labels import FieldSpec
from editor.model.tree import Annex, Chapter, TitleBlock
from editor.model.values import Deadline, FieldValue, KpiList, Means, Partners, Status, Thresholds
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
    editor: FieldEditor
    if isinstance(value, BiText):
        names = (spec.fr, spec.nl) if spec and labels else None
        editor = BiTextEditor(document, owner_id, value, key, names, bool(spec and spec.required))
    elif isinstance(value, KpiList):
        editor = KpiEditor(document, owner_id, value)
    elif isinstance(value, Thresholds):
        editor = ThresholdsEditor(document, owner_id, value, key)
    elif isinstance(value, Deadline):
        editor = DeadlineEditor(document, owner_id, value, key)
    elif isinstance(value, Status):
        editor = StatusEditor(document, owner_id, value, key)
    elif isinstance(value, Means):
        editor = MeansEditor(document, owner_id, value, key)
    elif isinstance(value, Partners):
        editor = PartnersEditor(document, owner_id, value, key)
    else:
        raise TypeError(f"no editor for {type(value).__name__}")
    editor.field_key = key
    editor.show_issues()
    if parent is not None:
        editor.setParent(parent)
    return editor


def create_page(document: Document, target: object, parent: QWidget | None = None) -> QWidget:
    """The page for a part of the note outside chapter IV.

    ``target`` is the note's TitleBlock, a Chapter, an Annex, or for the two tables the list
    itself (``note.abbreviations`` / ``note.organisations``) or the strings "abbreviations" /
    "organisations". Every page has ``focus_issue(issue)``.
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
        raise TypeError(f"no page for {type(target).__name__}")
    if parent is not None:
        page.setParent(parent)
    return page

"""Pages outside chapter IV: title block, abbreviations, organisations and chapters I–III."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.model.bitext import LANGS, BiText, Lang
from editor.model.edits import SetAttr
from editor.model.labels import (
    ABBREVIATIONS_TITLE,
    CHAPTER_NUMBERS,
    CHAPTER_TITLES,
    CHAPTER_WORD,
    ChapterKind,
)
from editor.model.messages import PLACE_LABELS
from editor.model.tree import Abbreviation, Chapter, Organisation, TitleBlock
from editor.model.values import Partners
from editor.widgets.base import CatchUpWidget, FieldEditor, ValueCombo
from editor.widgets.biline import keep_cursor_set
from editor.widgets.bitext import BiTextEditor
from editor.widgets.kpis import text_column
from editor.widgets.table import ListTableEditor

if TYPE_CHECKING:
    from editor.document import Document
    from editor.model.checks import Issue

# Owner ids of the title block and of the two lists, as the rule checks name them.
TITLE_OWNER = "title"
ABBREVIATIONS_OWNER = "abbreviations"
ORGANISATIONS_OWNER = "organisations"
ABBREVIATION_COLUMNS = (SHORT_FR, LONG_FR, SHORT_NL, LONG_NL) = range(4)


def place_labels(key: str) -> tuple[str, str]:
    labels = PLACE_LABELS[key]
    return labels["fr"], labels["nl"]


def heading_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: bold; font-size: 14px;")
    return label


def sort_key(text: str) -> tuple[str, str]:
    """Alphabetical order ignoring case and accents first (É sorts with E)."""
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return stripped.casefold(), text


def abbreviation_lines(abbreviations: list[Abbreviation], lang: Lang) -> list[str]:
    """The list as printed in one language: "SIGLE : développement", sorted on the sigle."""
    pairs = [(one.short.get(lang).strip(), one.long.get(lang).strip()) for one in abbreviations]
    pairs = [pair for pair in pairs if pair[0] or pair[1]]
    return [f"{short} : {long}" for short, long in sorted(pairs, key=lambda pair: sort_key(pair[0]))]


class TitleValuesEditor(FieldEditor):
    """The language-neutral values of the title block: years, reference, original language."""

    def __init__(self, document: Document, block: TitleBlock, parent: QWidget | None = None):
        super().__init__(document, TITLE_OWNER, parent)
        self.block = block
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.session_year = QSpinBox()
        self.session_year.setRange(2000, 2100)
        self.budget_year = QSpinBox()
        self.budget_year.setRange(2000, 2100)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText("A-453/2")
        self.language = ValueCombo([(self.tr("French"), Lang.FR), (self.tr("Dutch"), Lang.NL)])
        form.addRow(self.tr("Session (first year)"), self.session_year)
        form.addRow(self.tr("Budget year"), self.budget_year)
        form.addRow(self.tr("Parliamentary document"), self.reference)
        form.addRow(self.tr("Original language"), self.language)
        self.session_year.valueChanged.connect(lambda value: self._set("session_year", value))
        self.budget_year.valueChanged.connect(lambda value: self._set("budget_year", value))
        self.reference.textEdited.connect(lambda text: self._set("document_ref", text, True))
        self.language.currentIndexChanged.connect(
            lambda _: self._set("original_language", self.language.value())
        )
        self.refresh()

    def _set(self, name: str, value: object, typing: bool = False) -> None:
        if self.loading or getattr(self.block, name) == value:
            return
        edit = SetAttr(self.block, name, value, TITLE_OWNER, mergeable=True)
        self.apply(edit, self.tr("Typing") if typing else self.tr("Change title block"))

    def load(self) -> None:
        years = ((self.session_year, self.block.session_year), (self.budget_year, self.block.budget_year))
        for spin, value in years:
            if spin.value() != value:
                spin.setValue(value)
        keep_cursor_set(self.reference, self.block.document_ref)
        self.language.set_value(self.block.original_language)


class TitlePage(QWidget):
    """Competence, minister and body in both languages, then the neutral values."""

    def __init__(self, document: Document, block: TitleBlock, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Title block")))
        self.editors: dict[str, FieldEditor] = {}
        for key, required in (("competence", True), ("minister", False), ("body", False)):
            text: BiText = getattr(block, key)
            editor = BiTextEditor(document, TITLE_OWNER, text, key, place_labels(key), required)
            self.editors[key] = editor
            layout.addWidget(editor)
        self.values = TitleValuesEditor(document, block)
        layout.addWidget(self.values)
        layout.addStretch(1)

    def focus_issue(self, issue: Issue) -> None:
        editor = self.editors.get(issue.field or "")
        if editor is not None:
            editor.focus_issue(issue)


class SortedPreview(CatchUpWidget):
    """Each language's abbreviation list sorted on its own, as it will print."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.views: dict[Lang, QPlainTextEdit] = {}
        for lang in LANGS:
            column = QVBoxLayout()
            column.addWidget(QLabel(ABBREVIATIONS_TITLE[lang]))
            view = QPlainTextEdit()
            view.setReadOnly(True)
            column.addWidget(view)
            layout.addLayout(column, 1)
            self.views[lang] = view
        # Bound methods, not lambdas: Qt drops the connection when this widget is deleted.
        document.changed.connect(self.refresh_when_visible)
        self.refresh()

    def refresh(self) -> None:
        for lang, view in self.views.items():
            text = "\n".join(abbreviation_lines(self.document.note.abbreviations, lang))
            if view.toPlainText() != text:
                view.setPlainText(text)


class AbbreviationsPage(QWidget):
    """Bilingual pairs (CIRB ↔ CIBG) in a table, and each language's sorted list beside it."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(f"{ABBREVIATIONS_TITLE[Lang.FR]} / {ABBREVIATIONS_TITLE[Lang.NL]}"))
        (short_fr, short_nl), (long_fr, long_nl) = place_labels("short"), place_labels("long")
        columns = [
            text_column(f"{short_fr} (FR)", "short", Lang.FR, ABBREVIATIONS_OWNER),
            text_column(f"{long_fr} (FR)", "long", Lang.FR, ABBREVIATIONS_OWNER),
            text_column(f"{short_nl} (NL)", "short", Lang.NL, ABBREVIATIONS_OWNER),
            text_column(f"{long_nl} (NL)", "long", Lang.NL, ABBREVIATIONS_OWNER),
        ]
        self.table = ListTableEditor(
            document, ABBREVIATIONS_OWNER, document.note.abbreviations, columns, Abbreviation
        )
        layout.addWidget(self.table, 2)
        self.preview = SortedPreview(document)
        layout.addWidget(self.preview, 1)

    def focus_issue(self, issue: Issue) -> None:
        self.table.focus_issue(issue)


def partner_uses(document: Document, org_id: str) -> int:
    """How many partner fields name the organisation."""
    return sum(
        1
        for node in document.note.walk()
        for value in node.values_of(Partners)
        if org_id in value.items
    )


class OrganisationsPage(QWidget):
    """The note's bilingual organisation list (STIB ↔ MIVB) that partner pickers choose from."""

    def __init__(self, document: Document, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        layout = QVBoxLayout(self)
        fr, nl = place_labels("organisations")
        layout.addWidget(heading_label(f"{fr} / {nl}"))
        name_fr, name_nl = place_labels("name")
        columns = [
            text_column(f"{name_fr} (FR)", "name", Lang.FR, ORGANISATIONS_OWNER),
            text_column(f"{name_nl} (NL)", "name", Lang.NL, ORGANISATIONS_OWNER),
        ]
        self.table = ListTableEditor(
            document,
            ORGANISATIONS_OWNER,
            document.note.organisations,
            columns,
            Organisation,
            refuse_removal=self._refuse_removal,
        )
        layout.addWidget(self.table)
        layout.addStretch(1)

    def _refuse_removal(self, organisation: Organisation) -> str | None:
        uses = partner_uses(self.document, organisation.id)
        if not uses:
            return None
        message = self.tr("This organisation is a partner in %n place(s): remove it there first.", "", uses)
        return message.replace("%n", str(uses))

    def focus_issue(self, issue: Issue) -> None:
        self.table.focus_issue(issue)


def chapter_heading(kind: ChapterKind, lang: Lang) -> str:
    """"CHAPITRE IER – Introduction" / "HOOFDSTUK I – Inleiding"."""
    number = CHAPTER_NUMBERS[lang][list(ChapterKind).index(kind)]
    return f"{CHAPTER_WORD[lang]} {number} – {CHAPTER_TITLES[kind][lang]}"


class ChapterPage(QWidget):
    """One of chapters I–III: its prose in both languages, side by side."""

    def __init__(self, document: Document, chapter: Chapter, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        headings = (chapter_heading(chapter.kind, Lang.FR), chapter_heading(chapter.kind, Lang.NL))
        self.editor = BiTextEditor(document, chapter.id, chapter.body, "body", headings, True)
        for lang in LANGS:
            self.editor.edit(lang).max_lines = 40
            self.editor.columns[lang].label.setStyleSheet("font-weight: bold;")
            self.editor.columns[lang].label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.editor)
        layout.addStretch(1)

    def focus_issue(self, issue: Issue) -> None:
        self.editor.focus_issue(issue)

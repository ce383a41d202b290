"""The page of a chapter-IV node: title, then each present field, French and Dutch side by side."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.contents import ContentsPage
from editor.model.bitext import LANGS, Lang
from editor.model.edits import SetAttr
from editor.model.labels import NODE_PART_LABELS, FieldSpec, NodeKind, Template
from editor.model.numbering import heading, numbering
from editor.model.structure import mark_up_to_date, set_optional_field
from editor.model.tree import Delegation, Node
from editor.widgets.base import FieldEditor
from editor.widgets.bitext import BiTextEditor
from editor.widgets.factory import TITLE_FIELD, create_field_editor, create_page

if TYPE_CHECKING:
    from editor.document import Document
    from editor.model.checks_issue import Issue

# Column labels written in the note's languages (editor/model/labels/), not in the UI language.
TITLE_LABELS = NODE_PART_LABELS["title"]
DELEGATE_LABELS = NODE_PART_LABELS["delegate"]
REFERENCE_LABELS = NODE_PART_LABELS["reference"]


def field_of(issue_field: str | None) -> str:
    """The top-level field key of an issue's field path ("kpis.0.name" → "kpis")."""
    if not issue_field:
        return TITLE_FIELD
    for separator in (".", "/", "["):
        issue_field = issue_field.split(separator, 1)[0]
    return issue_field


class LabelRow(QWidget):
    """The French label over the French column and the Dutch label over the Dutch column."""

    def __init__(self, labels: dict[Lang, str], required: bool, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.labels: dict[Lang, QLabel] = {}
        font = QFont()
        font.setBold(True)
        for lang in LANGS:
            text = f"{labels[lang]} (*)" if required else labels[lang]
            label = QLabel(text)
            label.setWordWrap(True)
            label.setFont(font)
            label.setToolTip(self.tr("Required field") if required else "")
            self.labels[lang] = label
            layout.addWidget(label, 1)
        self.tail = QHBoxLayout()
        layout.addLayout(self.tail)


class NodePanel(QScrollArea):
    """Edits one node; rebuilds its rows only when the set of present fields changes."""

    def __init__(self, document: Document, node: Node, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.node = node
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.editors: dict[str, FieldEditor] = {}
        self.rows: dict[str, QWidget] = {}
        self._shape: tuple[object, ...] = ()
        self.body = QWidget()
        self.layout_ = QVBoxLayout(self.body)
        self.setWidget(self.body)
        self._build_header()
        self._build_rows()
        document.changed.connect(self._on_changed)
        document.structure_changed.connect(self.update_heading)

    # -- header ----------------------------------------------------------
    def _build_header(self) -> None:
        header = QHBoxLayout()
        self.headings: dict[Lang, QLabel] = {}
        font = QFont()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        for lang in LANGS:
            label = QLabel()
            label.setWordWrap(True)
            label.setFont(font)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.headings[lang] = label
            header.addWidget(label, 1)
        self.layout_.addLayout(header)
        tools = QHBoxLayout()
        self.template_label = QLabel()
        tools.addWidget(self.template_label)
        tools.addStretch(1)
        self.delegated_box = QCheckBox(self.tr("Delegated to another minister"))
        self.delegated_box.toggled.connect(self._toggle_delegation)
        tools.addWidget(self.delegated_box)
        self.add_field_button = QToolButton()
        self.add_field_button.setText(self.tr("Add field"))
        self.add_field_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_field_menu = QMenu(self.add_field_button)
        self.add_field_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_field_button.setMenu(self.add_field_menu)
        tools.addWidget(self.add_field_button)
        self.confirm_button = QPushButton(self.tr("Mark as up to date"))
        self.confirm_button.setToolTip(
            self.tr("Confirm every text of this objective as translated (clears stale markers)")
        )
        self.confirm_button.clicked.connect(self.mark_up_to_date)
        tools.addWidget(self.confirm_button)
        self.layout_.addLayout(tools)
        # Only once parented: showing a parentless widget would open it as a window of its own.
        self.delegated_box.setVisible(self.node.kind is NodeKind.OO)
        self.rows_box = QVBoxLayout()
        self.layout_.addLayout(self.rows_box)
        self.layout_.addStretch(1)
        self.update_heading()

    def update_heading(self) -> None:
        path = numbering(self.document.note).get(self.node.id)
        if path is None:  # deleted (an undo may bring it back)
            return
        for lang, label in self.headings.items():
            label.setText(heading(self.node, path, lang))
        if self.node.kind is NodeKind.OO:
            text = (
                self.tr("Template A — forward-looking")
                if self.node.template is Template.A
                else self.tr("Template B — report and plan")
            )
            self.template_label.setText(text)

    # -- reuse ----------------------------------------------------------
    @staticmethod
    def layout_of(node: Node) -> tuple[object, ...]:
        """What decides a page's rows: nodes with the same layout can share one page."""
        return (node.kind, node.template, tuple(node.fields), node.delegation is not None)

    def show_node(self, node: Node) -> None:
        """Edit ``node`` (of this page's layout) in this page, rebinding every editor."""
        if self.layout_of(node) != self.layout_of(self.node):
            raise ValueError(f"page of {self.node.id} cannot show {node.id}: other fields")
        self.node = node
        for key, editor in self.editors.items():
            editor.rebind(node.id, self._value(key))
        self._shape = self.shape()
        self.update_heading()
        self.verticalScrollBar().setValue(0)

    def _value(self, key: str) -> object:
        if key == TITLE_FIELD:
            return self.node.title
        if key.startswith("delegation."):
            assert self.node.delegation is not None  # same layout: delegation rows exist
            return getattr(self.node.delegation, key.split(".", 1)[1])
        return self.node.fields[key]

    # -- rows ----------------------------------------------------------
    def shape(self) -> tuple[object, ...]:
        """What the rows depend on: present fields (and their value objects), delegation."""
        fields = tuple((key, id(value)) for key, value in self.node.fields.items())
        return (fields, id(self.node.delegation), id(self.node.title))

    def _build_rows(self) -> None:
        while self.rows_box.count():
            item = self.rows_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.editors.clear()
        self.rows.clear()
        self._shape = self.shape()
        title_required = self.node.kind in (NodeKind.OS, NodeKind.OO, NodeKind.ITEM)
        title_editor = self._editor(self.node.title, None)
        self._add_row(TITLE_FIELD, dict(TITLE_LABELS), title_required, None, title_editor)
        self._build_delegation()
        for spec in self.node.present_specs():
            editor = self._editor(self.node.fields[spec.key], spec)
            self._add_row(spec.key, {Lang.FR: spec.fr, Lang.NL: spec.nl}, spec.required, spec, editor)
        self.add_field_button.setEnabled(bool(self.absent_optional()))

    def _editor(self, value: object, spec: FieldSpec | None) -> FieldEditor:
        return create_field_editor(self.document, self.node.id, value, spec, self.body, labels=False)  # type: ignore[arg-type]

    def _add_row(
        self,
        key: str,
        labels: dict[Lang, str],
        required: bool,
        spec: FieldSpec | None,
        editor: FieldEditor,
    ) -> None:
        row = QWidget(self.body)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label_row = LabelRow(labels, required)
        if spec is not None and not spec.required:
            remove = QToolButton()
            remove.setText("✕")
            remove.setToolTip(self.tr("Remove this optional field"))
            remove.clicked.connect(lambda _checked=False, one=spec: self.remove_field(one))
            label_row.tail.addWidget(remove)
        layout.addWidget(label_row)
        layout.addWidget(editor)
        self.rows_box.addWidget(row)
        self.rows[key] = row
        self.editors[key] = editor

    def _build_delegation(self) -> None:
        delegation = self.node.delegation
        self.delegated_box.blockSignals(True)
        self.delegated_box.setChecked(delegation is not None)
        self.delegated_box.blockSignals(False)
        if delegation is None:
            return
        for key, text, labels in (
            ("delegation.delegate", delegation.delegate, DELEGATE_LABELS),
            ("delegation.reference", delegation.reference, REFERENCE_LABELS),
        ):
            editor = BiTextEditor(self.document, self.node.id, text, key, None, True, self.body)
            self._add_row(key, dict(labels), True, None, editor)

    def _on_changed(self, scope: object) -> None:
        if scope == self.node.id and self.shape() != self._shape:
            self._build_rows()
        if scope == self.node.id:
            self.update_heading()

    # -- actions ----------------------------------------------------------
    def absent_optional(self) -> list[FieldSpec]:
        return [spec for spec in self.node.specs() if not spec.required and spec.key not in self.node.fields]

    def _fill_add_menu(self) -> None:
        self.add_field_menu.clear()
        lang = self.document.note.title.original_language
        for spec in self.absent_optional():
            action = self.add_field_menu.addAction(spec.label(lang))
            action.setToolTip(spec.label(lang.other))
            action.triggered.connect(lambda _checked=False, one=spec: self.add_field(one))

    def add_field(self, spec: FieldSpec) -> None:
        edit = set_optional_field(self.node, spec.key, True)
        self.document.apply(edit, self.tr("Add field %1").replace("%1", spec.label(self._lang())))

    def remove_field(self, spec: FieldSpec) -> None:
        value = self.node.fields.get(spec.key)
        if value is not None and not value.is_empty() and not self._confirm_loss(spec.label(self._lang())):
            return
        edit = set_optional_field(self.node, spec.key, False)
        self.document.apply(edit, self.tr("Remove field %1").replace("%1", spec.label(self._lang())))

    def _confirm_loss(self, what: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove field"),
            self.tr("“%1” is not empty. Remove it and its content?").replace("%1", what),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _toggle_delegation(self, checked: bool) -> None:
        if checked:
            edit = SetAttr(self.node, "delegation", Delegation(), scope=self.node.id)
            self.document.apply(edit, self.tr("Delegate objective"))
            return
        delegation = self.node.delegation
        typed = delegation is not None and not (delegation.delegate.is_empty() and delegation.reference.is_empty())
        if typed and not self._confirm_loss(self.tr("Delegation")):
            self._build_delegation()
            return
        self.document.apply(SetAttr(self.node, "delegation", None, scope=self.node.id), self.tr("Remove delegation"))

    def mark_up_to_date(self) -> None:
        edit = mark_up_to_date(self.node)
        if edit is not None:
            self.document.apply(edit, self.tr("Mark objective as up to date"))

    def _lang(self) -> Lang:
        return self.document.note.title.original_language

    # -- problems ----------------------------------------------------------
    def focus_issue(self, issue: Issue) -> bool:
        """Show and focus the editor of the field (and language) the issue is about."""
        key = issue.field or TITLE_FIELD
        editor = self.editors.get(key) or self.editors.get(field_of(issue.field))
        if editor is None:
            return False
        self.ensureWidgetVisible(self.rows[next(k for k, e in self.editors.items() if e is editor)])
        editor.focus_issue(issue)
        return True


class PageStack(QStackedWidget):
    """The right-hand pages, built on first selection and kept for the most recent ones."""

    open_requested = Signal(str)  # an entry id a page asks to show (a heading of the contents)

    def __init__(self, document: Document, capacity: int = 10, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.capacity = capacity
        self.pages: OrderedDict[str, QWidget] = OrderedDict()
        self.current_id: str | None = None

    def show_entry(self, entry_id: str, target: object) -> QWidget:
        page = self.page(entry_id, target)
        self.pages.move_to_end(entry_id)
        self.setCurrentWidget(page)
        self.current_id = entry_id
        return page

    def page(self, entry_id: str, target: object) -> QWidget:
        """The page of an entry: kept, else a kept page of the same layout reused, else built."""
        page = self.pages.get(entry_id)
        if page is None and isinstance(target, Node):
            page = self._reuse(target)
        if page is None:
            page = self._make_page(target)
            self.addWidget(page)
        self.pages[entry_id] = page
        self._evict()
        return page

    def _reuse(self, node: Node) -> NodePanel | None:
        """The least recently shown node page of the same layout (not the one on screen),
        now showing ``node``. Rebinding a page takes a few milliseconds; building one with its
        150 widgets, polishing and laying it out takes about 100 ms."""
        layout = NodePanel.layout_of(node)
        for entry_id, page in self.pages.items():
            if entry_id != self.current_id and isinstance(page, NodePanel) and page.layout_of(page.node) == layout:
                del self.pages[entry_id]
                page.show_node(node)
                return page
        return None

    def prefetch(self, entry_id: str, target: object) -> None:
        """Build (and lay out) a page the user is likely to open next, while idle."""
        if entry_id in self.pages:
            return
        page = self.page(entry_id, target)
        page.ensurePolished()
        page.resize(self.size())
        # The page just built must not push out the one on screen nor the next ones.
        self.pages.move_to_end(entry_id, last=False)

    def _make_page(self, target: object) -> QWidget:
        if isinstance(target, Node):
            return NodePanel(self.document, target)
        if target is self.document.note.objectives:
            contents = ContentsPage(self.document)
            contents.open_requested.connect(self.open_requested)
            return contents
        # Only a part of the note without a page gets the notice: a page that fails to build is a
        # bug, and it must show as one rather than as an empty page.
        page = create_page(self.document, target) or QLabel(self.tr("Nothing to edit here yet."))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _evict(self) -> None:
        while len(self.pages) > self.capacity:
            entry_id, page = next(iter(self.pages.items()))
            if entry_id == self.current_id:
                self.pages.move_to_end(entry_id)
                continue
            del self.pages[entry_id]
            self.removeWidget(page)
            page.deleteLater()

    def current_panel(self) -> NodePanel | None:
        page = self.currentWidget()
        return page if isinstance(page, NodePanel) else None

"""The window's structure editing: add, delete and move objectives and blocks, mark them up to date."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from editor.document import Document
from editor.model.labels import NodeKind, Template
from editor.model.structure import (
    StructureError,
    add_node,
    ancestry,
    can_move,
    delete_node,
    has_content,
    insertion_point,
    mark_up_to_date,
    move_node,
)
from editor.model.tree import Node
from editor.outline import CHAPTER_IV, OutlineView


class StructureWindow(QMainWindow):
    """Structure actions and their handlers; the main window builds the views they act on."""

    document: Document
    outline_view: OutlineView

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        return action

    def _build_structure_actions(self) -> None:
        self.add_os_action = self._action(self.tr("Add strategic objective"), lambda: self.add(NodeKind.OS))
        self.add_oo_action = self._action(
            self.tr("Add operational objective (template B)"), lambda: self.add(NodeKind.OO, Template.B)
        )
        self.add_oo_a_action = self._action(
            self.tr("Add operational objective (template A)"), lambda: self.add(NodeKind.OO, Template.A)
        )
        self.add_item_action = self._action(self.tr("Add project item"), lambda: self.add(NodeKind.ITEM))
        self.add_realisation_action = self._action(
            self.tr("Add Réalisations block"), lambda: self.add(NodeKind.REALISATION)
        )
        self.add_planning_action = self._action(self.tr("Add Planning block"), lambda: self.add(NodeKind.PLANNING))
        self.add_action_action = self._action(self.tr("Add action"), lambda: self.add(NodeKind.ACTION))
        self.delete_action = self._action(
            self.tr("Delete"), self.delete_current, QKeySequence(QKeySequence.StandardKey.Delete)
        )
        # Delete only from the outline: in a text field the key deletes characters.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.move_up_action = self._action(self.tr("Move up"), lambda: self.move_current(-1), "Ctrl+Shift+Up")
        self.move_down_action = self._action(self.tr("Move down"), lambda: self.move_current(1), "Ctrl+Shift+Down")
        self.confirm_action = self._action(
            self.tr("Mark objective as up to date"), self.mark_current_up_to_date, "Ctrl+Shift+M"
        )
        self.add_actions: dict[QAction, tuple[NodeKind, Template | None]] = {
            self.add_os_action: (NodeKind.OS, None),
            self.add_oo_action: (NodeKind.OO, Template.B),
            self.add_oo_a_action: (NodeKind.OO, Template.A),
            self.add_item_action: (NodeKind.ITEM, None),
            self.add_realisation_action: (NodeKind.REALISATION, None),
            self.add_planning_action: (NodeKind.PLANNING, None),
            self.add_action_action: (NodeKind.ACTION, None),
        }
        view = self.outline_view
        for action in (*self.add_actions, self.delete_action, self.move_up_action, self.move_down_action):
            view.addAction(action)
        view.addAction(self.confirm_action)

    def current_node(self) -> Node | None:
        entry_id = self.outline_view.current_id()
        return self.document.note.find(entry_id) if entry_id else None

    def update_actions(self) -> None:
        node = self.current_node()
        note = self.document.note
        chain = ancestry(note, node) if node is not None else []
        for action, (kind, _template) in self.add_actions.items():
            try:
                insertion_point(note, node, kind, chain)
                action.setEnabled(True)
            except StructureError:
                action.setEnabled(False)
        self.delete_action.setEnabled(node is not None)
        self.move_up_action.setEnabled(node is not None and can_move(note, node, -1))
        self.move_down_action.setEnabled(node is not None and can_move(note, node, 1))
        self.confirm_action.setEnabled(node is not None)

    # -- structure editing ----------------------------------------------------------
    def add(self, kind: NodeKind, template: Template | None = None) -> Node | None:
        try:
            edit, node = add_node(self.document.note, self.current_node(), kind, template)
        except StructureError:
            self.statusBar().showMessage(self.tr("This item cannot be added here."), 4000)
            return None
        self.document.apply(edit, self._add_text(kind))
        self.outline_view.select_id(node.id)
        return node

    def _add_text(self, kind: NodeKind) -> str:
        texts = {
            NodeKind.OS: self.tr("Add strategic objective"),
            NodeKind.OO: self.tr("Add operational objective"),
            NodeKind.ITEM: self.tr("Add project item"),
            NodeKind.REALISATION: self.tr("Add Réalisations block"),
            NodeKind.PLANNING: self.tr("Add Planning block"),
            NodeKind.ACTION: self.tr("Add action"),
        }
        return texts[kind]

    def delete_current(self) -> bool:
        node = self.current_node()
        if node is None:
            return False
        note = self.document.note
        if has_content(node):
            heading_text = self.outline_view.currentIndex().data()
            answer = QMessageBox.question(
                self,
                self.tr("Delete"),
                self.tr("Delete “%1” and everything it contains?").replace("%1", str(heading_text)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        parent = note.parent_of(node)
        siblings = note.siblings_of(node)
        position = siblings.index(node)
        self.document.apply(delete_node(note, node), self.tr("Delete"))
        remaining = note.siblings_of(siblings[0]) if siblings else []
        if remaining:
            self.outline_view.select_id(remaining[min(position, len(remaining) - 1)].id)
        else:
            self.outline_view.select_id(parent.id if parent else CHAPTER_IV)
        return True

    def move_current(self, delta: int) -> bool:
        node = self.current_node()
        if node is None or not can_move(self.document.note, node, delta):
            return False
        text = self.tr("Move up") if delta < 0 else self.tr("Move down")
        self.document.apply(move_node(self.document.note, node, delta), text)
        self.outline_view.select_id(node.id)
        return True

    def mark_current_up_to_date(self) -> None:
        node = self.current_node()
        edit = mark_up_to_date(node) if node is not None else None
        if edit is not None:
            self.document.apply(edit, self.tr("Mark objective as up to date"))

"""Shared helpers of the field-editor tests: a small real note, a document, typing accents."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from editor.document import Document
from editor.model.bitext import BiText
from editor.model.labels import NodeKind, Template
from editor.model.tree import Node, Note, Organisation, new_node


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, accents included (qtbot.keyClicks aborts on é, ë, œ, ’); "\n" is Return."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def small_note() -> Note:
    """One OS with a template-A OO (KPIs, thresholds, deadline, means, partners) and a year block."""
    note = Note()
    note.title.competence = BiText("Mobilité", "Mobiliteit")
    os_node = new_node(NodeKind.OS, title=BiText("Sécurité routière", "Verkeersveiligheid"))
    pupils = BiText("Sensibiliser les élèves", "Leerlingen bewustmaken")
    oo_a = new_node(NodeKind.OO, Template.A, title=pupils)
    oo_b = new_node(NodeKind.OO, Template.B, title=BiText("Réduire la vitesse", "Snelheid verminderen"))
    realisation = new_node(NodeKind.REALISATION, year=2025)
    planning = new_node(NodeKind.PLANNING, year=2026)
    oo_b.children = [realisation, planning]
    os_node.children = [oo_a, oo_b]
    second = new_node(NodeKind.OS, title=BiText("Mobilité douce", "Zachte mobiliteit"))
    note.objectives = [os_node, second]
    note.organisations = [
        Organisation(name=BiText("STIB", "MIVB")),
        Organisation(name=BiText("Bruxelles Mobilité", "Brussel Mobiliteit")),
    ]
    return note


def make_document(note: Note | None = None) -> Document:
    return Document(note or small_note())


def node_of(document: Document, kind: NodeKind, template: Template | None = None) -> Node:
    """The first node of a kind (and template) in the document's note."""
    return next(
        node
        for node in document.note.walk()
        if node.kind is kind and (template is None or node.template is template)
    )


def settle() -> None:
    QApplication.processEvents()

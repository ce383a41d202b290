"""Every field kind has an editor in the window, and that editor shows the value it is given."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from editor.document import Document
from editor.model.kinds import KINDS
from editor.model.labels import FieldType
from editor.widgets.factory import EDITORS, create_field_editor
from tests.model.kind_samples import note_with

# A word of each sample that its editor must show (in a field, a cell, a picker or a label).
SHOWN = {
    FieldType.TEXT: "nuit",
    FieldType.KPIS: "nuitées",
    FieldType.THRESHOLDS: "dossiers",
    FieldType.DEADLINE: "2027",
    FieldType.STATUS: "permis",
    FieldType.MEANS: "taxi",
    FieldType.PARTNERS: "STIB",
}


def test_every_kind_has_an_editor():
    assert set(EDITORS) == {kind.field_type for kind in KINDS} == set(SHOWN)


def _columns(model: QAbstractItemModel) -> int:
    # A list model hides columnCount (always one column).
    return 1 if isinstance(model, QAbstractListModel) else model.columnCount()


def _texts(widget: QWidget) -> str:
    parts: list[str] = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLineEdit):
            parts.append(child.text())
        elif isinstance(child, QTextEdit | QPlainTextEdit):
            parts.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            parts.append(child.currentText())
        elif isinstance(child, QLabel):
            parts.append(child.text())
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            parts += [str(model.index(row, column).data() or "") for row in range(model.rowCount())
                      for column in range(_columns(model))]  # fmt: skip
        if isinstance(child, QSpinBox):
            parts.append(str(child.value()))
    return "\n".join(parts)


@pytest.mark.parametrize("field_type", list(SHOWN), ids=[one.value for one in SHOWN])
def test_the_editor_of_each_kind_shows_its_value(qtbot: QtBot, field_type: FieldType) -> None:
    note, node, spec, value = note_with(field_type)
    document = Document(note)
    editor = create_field_editor(document, node.id, value, spec)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.isVisible()
    assert SHOWN[field_type] in _texts(editor)

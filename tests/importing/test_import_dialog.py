"""Import dialogs: review of what was imported, accept / cancel, errors shown with the file name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from editor.dialogs.import_dialog import (
    ReviewDialog,
    note_counts,
    run_import_published_text,
    run_import_word,
    run_new_from_last_year,
)
from editor.model.bitext import Lang
from editor.model.importing.rollover import roll_forward
from editor.model.labels import NodeKind
from editor.model.xmlio import save_note
from tests.conftest import SEED
from tests.importing.test_rollover import build_note

Handler = Callable[[QWidget], None]


def answer_modal(kind: type[QWidget], action: Handler, seen: list[QWidget]) -> None:
    """When a modal ``kind`` opens, remember it and apply ``action`` (progress dialogs are skipped)."""

    def handle() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            QTimer.singleShot(20, handle)
            return
        seen.append(widget)
        action(widget)

    QTimer.singleShot(0, handle)


def press(button: QDialogButtonBox.StandardButton) -> Handler:
    def action(widget: QWidget) -> None:
        assert isinstance(widget, ReviewDialog)
        widget.buttons.button(button).click()

    return action


def close_box(widget: QWidget) -> None:
    assert isinstance(widget, QMessageBox)
    widget.accept()


def _count_line(lang: str, os_count: int, oo_count: int, fields: int) -> str:
    """A count line of the review as the interface language prints it (other tests may have
    installed the French or Dutch catalog in this process)."""
    template = QCoreApplication.translate(
        "ImportDialog", "  {lang}: {os} strategic and {oo} operational objectives, {fields} fields filled"
    )
    name = QCoreApplication.translate("ImportDialog", lang)
    return template.format(lang=name, os=os_count, oo=oo_count, fields=fields)


def _rows(dialog: ReviewDialog) -> list[QTreeWidgetItem]:
    rows = [dialog.anomalies.topLevelItem(i) for i in range(dialog.anomalies.topLevelItemCount())]
    return [row for row in rows if row is not None]


@pytest.fixture
def old_note_file(tmp_path: Path) -> Path:
    path = tmp_path / "note-2022.xml"
    save_note(build_note(), path, backup=False)
    return path


def test_review_lists_counts_per_language_and_every_anomaly(qtbot: QtBot) -> None:
    note, report = roll_forward(build_note())
    dialog = ReviewDialog(None, "Revue", [note], report)
    qtbot.addWidget(dialog)
    assert dialog.anomalies.topLevelItemCount() == len(report.anomalies) > 0
    codes = {row.text(1) for row in _rows(dialog)}
    assert {"DEADLINE_PAST", "REVIEW_CHAPTER"} <= codes
    text = dialog.summary.text()
    assert "Transport rémunéré de personnes" in text
    assert _count_line("French", 1, 2, note_counts(note, Lang.FR)[2]) in text
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_new_from_last_year_accepted(qtbot: QtBot, old_note_file: Path) -> None:
    seen: list[QWidget] = []
    answer_modal(ReviewDialog, press(QDialogButtonBox.StandardButton.Ok), seen)
    result = run_new_from_last_year(None, old_note_file.parent, old_note_file)
    assert result is not None and len(seen) == 1
    note, report = result
    assert note.title.budget_year == 2023 and report.by_code("DEADLINE_PAST")


def test_new_from_last_year_cancelled(qtbot: QtBot, old_note_file: Path) -> None:
    seen: list[QWidget] = []
    answer_modal(ReviewDialog, press(QDialogButtonBox.StandardButton.Cancel), seen)
    assert run_new_from_last_year(None, old_note_file.parent, old_note_file) is None
    assert len(seen) == 1


def test_new_from_last_year_broken_file_names_it(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "abîmé.xml"
    bad.write_text("<note>", encoding="utf-8")
    seen: list[QWidget] = []
    answer_modal(QMessageBox, close_box, seen)
    assert run_new_from_last_year(None, tmp_path, bad) is None
    assert isinstance(seen[0], QMessageBox) and "abîmé.xml" in seen[0].text()


def _word_file(path: Path) -> None:
    document = docx.Document()
    for text in (
        "IV.1 OS 1 : Une mobilité partagée",
        "IV.1.1. OO 1.1. : Développer les voitures partagées",
        "Description de l’objectif",
        "Étendre l’offre de voitures partagées dans les 19 communes.",
        "IV.1 SD 1 : Een gedeelde mobiliteit",
        "IV.1.1. OD 1.1. : Autodelen uitbreiden",
        "Een verdwaalde zin zonder label ?",
        "Omschrijving van de doelstelling",
        "Het aanbod van deelauto’s in de 19 gemeenten uitbreiden.",
    ):
        document.add_paragraph(text)
    document.save(str(path))


def test_import_word_shows_what_could_not_be_placed(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "note-modèle.docx"
    _word_file(path)
    seen: list[QWidget] = []
    answer_modal(ReviewDialog, press(QDialogButtonBox.StandardButton.Ok), seen)
    result = run_import_word(None, [path])
    assert result is not None
    note, _ = result
    assert [n.kind for n in note.walk()] == [NodeKind.OS, NodeKind.OO]
    dialog = seen[0]
    assert isinstance(dialog, ReviewDialog)
    assert _count_line("French", 1, 1, 1) in dialog.summary.text()
    assert _count_line("Dutch", 1, 1, 1) in dialog.summary.text()
    assert any(row.text(1) == "UNPLACED" and "Een verdwaalde zin" in row.text(3) for row in _rows(dialog))


def test_import_word_refuses_three_files_and_broken_ones(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[QWidget] = []
    answer_modal(QMessageBox, close_box, seen)
    assert run_import_word(None, [tmp_path / "a.docx", tmp_path / "b.docx", tmp_path / "c.docx"]) is None
    broken = tmp_path / "cassé.docx"
    broken.write_text("pas un zip", encoding="utf-8")
    answer_modal(QMessageBox, close_box, seen)
    assert run_import_word(None, [broken]) is None
    assert len(seen) == 2 and "cassé.docx" in seen[1].text()  # type: ignore[attr-defined]


def test_import_published_text(qtbot: QtBot, tmp_path: Path) -> None:
    if not SEED.exists():
        pytest.skip("seed text not available")
    lines = SEED.read_text(encoding="utf-8").split("\n")
    path = tmp_path / "document-parlementaire.txt"
    path.write_text("\n".join(lines[19984:]), encoding="utf-8")  # the second note of the seed
    seen: list[QWidget] = []
    answer_modal(ReviewDialog, press(QDialogButtonBox.StandardButton.Ok), seen)
    result = run_import_published_text(None, path)
    assert result is not None
    notes, report = result
    assert notes and any(n.kind is NodeKind.OO for n in notes[0].walk())
    dialog = seen[0]
    assert isinstance(dialog, ReviewDialog)
    assert dialog.anomalies.topLevelItemCount() == len(report.anomalies)


def test_import_published_text_binary_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "binaire.txt"
    path.write_bytes(bytes(range(256)) * 10)
    seen: list[QWidget] = []
    answer_modal(QMessageBox, close_box, seen)
    assert run_import_published_text(None, path) is None
    assert "binaire.txt" in seen[0].text()  # type: ignore[attr-defined]

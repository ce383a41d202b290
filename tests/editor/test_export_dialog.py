"""File > Export… dialog: draft forced with the errors listed, format choices, export, failures."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.dialogs.export_dialog import (
    ExportChoice,
    ExportDialog,
    ExportFormat,
    perform_export,
    run_choice,
    run_export_dialog,
)
from editor.model.bitext import BiText, Lang
from exporters.common import submission_errors
from tests.exporters.test_docx_export import build_note


def _incomplete():
    note = build_note()
    note.objectives[0].fields["description"] = BiText("Doubler l’usage du vélo.", "")
    return note


def when_modal(kind: type, action) -> QTimer:
    """Run ``action`` on the first modal widget of ``kind`` once it shows (polled: progress
    dialogs process events before it appears). Keep the returned timer alive."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind):
            timer.stop()
            action(widget)

    timer.timeout.connect(poll)
    timer.start()
    return timer


def _select(dialog: ExportDialog, fmt: ExportFormat) -> None:
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))


def test_errors_force_a_draft_and_are_listed(qtbot, tmp_path):
    note = _incomplete()
    errors = submission_errors(note)
    dialog = ExportDialog(None, note, tmp_path, errors)
    qtbot.addWidget(dialog)
    assert dialog.draft_box.isChecked() and not dialog.draft_box.isEnabled()
    assert dialog.error_list is not None and dialog.error_list.count() == len(errors) >= 1
    assert "Description de l’objectif (NL)" in dialog.error_list.item(0).text()


def test_complete_note_format_choices_and_default_file(qtbot, tmp_path):
    dialog = ExportDialog(None, build_note(), tmp_path, [])
    qtbot.addWidget(dialog)
    assert not dialog.draft_box.isChecked() and dialog.draft_box.isEnabled() and dialog.error_list is None
    assert Path(dialog.path_edit.text()) == tmp_path / "mobilite-douce-2025-2026-fr.docx"
    assert not dialog.order_box.isEnabled()
    _select(dialog, ExportFormat.PARLIAMENT_PDF)
    assert Path(dialog.path_edit.text()).name == "mobilite-douce-2025-2026-parlement.pdf"
    assert dialog.order_box.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "à moi.pdf"))
    _select(dialog, ExportFormat.WORD_BILINGUAL)
    assert Path(dialog.path_edit.text()) == tmp_path / "à moi.docx"  # the user's name is kept
    dialog.path_edit.clear()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_run_export_dialog_writes_the_chosen_bilingual_document(qtbot, tmp_path):
    note = build_note()
    target = tmp_path / "tweetalig.docx"

    def fill(dialog: ExportDialog) -> None:
        _select(dialog, ExportFormat.WORD_BILINGUAL)
        dialog.order_box.setCurrentIndex(dialog.order_box.findData(Lang.NL))
        dialog.path_edit.setText(str(target))
        dialog.accept()

    timer = when_modal(ExportDialog, fill)
    assert run_export_dialog(None, note, tmp_path) == target
    timer.stop()
    first = docx.Document(str(target)).tables[0].rows[0]
    assert "BELEIDSNOTA" in first.cells[0].text and "NOTE D’ORIENTATION" in first.cells[1].text


def test_progress_is_reported_and_a_draft_pdf_is_written(tmp_path):
    seen: list[tuple[int, int]] = []
    target = tmp_path / "ontwerp.pdf"
    choice = ExportChoice(ExportFormat.PARLIAMENT_PDF, Lang.FR, True, target)
    perform_export(_incomplete(), choice, lambda done, total: seen.append((done, total)))
    assert target.read_bytes().startswith(b"%PDF")
    assert seen and seen[-1][0] == seen[-1][1]


def test_unwritable_file_is_reported_naming_it(qtbot, tmp_path):
    target = tmp_path / "absent" / "note.docx"
    shown: list[str] = []

    def close_box(box: QMessageBox) -> None:
        shown.append(box.text())
        box.close()

    timer = when_modal(QMessageBox, close_box)
    choice = ExportChoice(ExportFormat.WORD_FR, Lang.FR, False, target)
    assert run_choice(None, build_note(), choice) is None
    timer.stop()
    assert shown and str(target) in shown[0]
    assert not target.parent.exists()

"""File > Export…: choose Word (FR / NL / bilingual) or the Parliament layout (PDF / DOCX), then export.

A note with rule errors can only be exported as a marked draft: the draft box is then ticked,
locked, and the errors are listed so the user sees why. The export runs with a progress dialog;
a failure (unwritable file…) is shown in a message box naming the file, and nothing is written.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.exporting import ExportChoice, ExportFormat, perform_export
from editor.model.bitext import Lang
from editor.model.checks import Issue
from editor.model.tree import Note
from exporters.common import Progress, SubmissionRefusedError, submission_errors

__all__ = ["ExportChoice", "ExportDialog", "ExportFormat", "perform_export", "run_export_dialog"]


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def format_label(fmt: ExportFormat) -> str:
    return {
        ExportFormat.WORD_FR: tr("Word – French"),
        ExportFormat.WORD_NL: tr("Word – Dutch"),
        ExportFormat.WORD_BILINGUAL: tr("Word – bilingual (French and Dutch side by side)"),
        ExportFormat.PARLIAMENT_PDF: tr("Parliament layout – PDF"),
        ExportFormat.PARLIAMENT_DOCX: tr("Parliament layout – Word"),
    }[fmt]


def ui_language() -> str:
    """ "fr", "nl" or "en": the interface language, for the rule messages."""
    code = QLocale().name()[:2]
    return code if code in ("fr", "nl") else "en"


def default_name(note: Note, fmt: ExportFormat) -> str:
    """ "mobilite-douce-2025-2026-fr.docx": competence, session and format tag."""
    competence = note.title.competence.fr or note.title.competence.nl or "note"
    slug = re.sub(r"[^a-z0-9]+", "-", _plain(competence).lower()).strip("-")[:40] or "note"
    return f"{slug}-{note.title.session}-{fmt.value[0]}{fmt.suffix}"


def _plain(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


class ExportDialog(QDialog):
    """The choices of an export: format, column order, draft, output file."""

    def __init__(self, parent: QWidget | None, note: Note, default_dir: Path | None, errors: list[Issue]):
        super().__init__(parent)
        self.setWindowTitle(tr("Export the note"))
        self.note = note
        self.directory = default_dir or Path.home()
        self.errors = errors
        self.format_box = QComboBox()
        for fmt in ExportFormat:
            self.format_box.addItem(format_label(fmt), fmt)
        self.order_box = QComboBox()
        self.order_box.addItem(tr("French left, Dutch right"), Lang.FR)
        self.order_box.addItem(tr("Dutch left, French right"), Lang.NL)
        self.draft_box = QCheckBox(tr("Draft: mark every page “PROJET / ONTWERP”"))
        self.path_edit = QLineEdit()
        browse = QPushButton(tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("Format:"), self.format_box)
        form.addRow(tr("Columns:"), self.order_box)
        form.addRow("", self.draft_box)
        form.addRow(tr("File:"), path_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.error_list = self._error_section(layout)
        layout.addWidget(self.buttons)
        self._previous = ExportFormat.WORD_FR  # the format the file name was last made for
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.path_edit.textChanged.connect(self._update_ok)
        self._format_changed()

    def _error_section(self, layout: QVBoxLayout) -> QListWidget | None:
        """With rule errors the export can only be a draft: say why and list them."""
        if not self.errors:
            return None
        self.draft_box.setChecked(True)
        self.draft_box.setEnabled(False)
        explanation = QLabel(
            tr(
                "This note still breaks %n rule(s), so it can only be exported as a draft. "
                "Correct them for the submission export:"
            ).replace("%n", str(len(self.errors)))
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        errors = QListWidget()
        errors.setWordWrap(True)  # long headings and messages stay readable without scrolling
        note_lang, ui_lang = Lang.FR, ui_language()
        for issue in self.errors:
            errors.addItem(f"{issue.location(note_lang)} — {issue.message(ui_lang)}")
        layout.addWidget(errors)
        return errors

    def current_format(self) -> ExportFormat:
        fmt: ExportFormat = self.format_box.currentData()
        return fmt

    def _format_changed(self) -> None:
        fmt = self.current_format()
        self.order_box.setEnabled(fmt.two_columns)
        current = self.path_edit.text().strip()
        if not current or Path(current).name == default_name(self.note, self._previous):
            self.path_edit.setText(str(self.directory / default_name(self.note, fmt)))
        elif Path(current).suffix.lower() != fmt.suffix:
            self.path_edit.setText(str(Path(current).with_suffix(fmt.suffix)))
        self._previous = fmt
        self._update_ok()

    def _browse(self) -> None:
        fmt = self.current_format()
        pattern = tr("PDF files (*.pdf)") if fmt.suffix == ".pdf" else tr("Word documents (*.docx)")
        chosen, _ = QFileDialog.getSaveFileName(self, tr("Export to"), self.path_edit.text(), pattern)
        if chosen:
            path = Path(chosen)
            self.path_edit.setText(str(path if path.suffix.lower() == fmt.suffix else path.with_suffix(fmt.suffix)))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.path_edit.text().strip()))

    def choice(self) -> ExportChoice:
        return ExportChoice(
            self.current_format(),
            Lang(self.order_box.currentData()),
            self.draft_box.isChecked(),
            Path(self.path_edit.text().strip()).expanduser(),
        )


def _progress_dialog(parent: QWidget) -> tuple[QProgressDialog, Progress]:
    dialog = QProgressDialog(tr("Exporting the note…"), "", 0, 0, parent)
    dialog.setWindowTitle(tr("Export"))
    dialog.setCancelButton(None)  # an export takes seconds and stops cleanly only at its end
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)

    def report(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QCoreApplication.processEvents()

    return dialog, report


def run_choice(parent: QWidget, note: Note, choice: ExportChoice) -> Path | None:
    """Export with a progress dialog; a failure is reported in a message box naming the file."""
    dialog, report = _progress_dialog(parent)
    try:
        perform_export(note, choice, report)
    except SubmissionRefusedError as refused:
        QMessageBox.warning(
            parent,
            tr("Export refused"),
            tr("The note breaks %n rule(s); export it as a draft or correct them.").replace(
                "%n", str(len(refused.issues))
            ),
        )
        return None
    except OSError as error:
        QMessageBox.critical(
            parent,
            tr("Export failed"),
            tr("“%1” could not be written: %2")
            .replace("%1", str(choice.path))
            .replace("%2", error.strerror or str(error)),
        )
        return None
    finally:
        dialog.close()
    return choice.path


def run_export_dialog(parent: QWidget, note: Note, default_dir: Path | None) -> Path | None:
    """Ask for the export choices, run the export; the written file, or None (cancelled / failed)."""
    dialog = ExportDialog(parent, note, default_dir, submission_errors(note))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return run_choice(parent, note, dialog.choice())

"""File > New from last year / Import Word / Import published text: pick, import, review, accept.

Each ``run_*`` function asks for its file(s) (unless given, as tests and drag-and-drop do), runs
the import with a progress dialog, then shows a review dialog listing what was imported per
language and every anomaly; it returns the result only when the user accepts it. User errors
(unreadable or hostile file) are shown in a message box naming the file; nothing is lost.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model.bitext import BiText, Lang
from editor.model.importing import ImportFailure
from editor.model.importing.docx_reader import read_docx
from editor.model.importing.report import ImportReport, Severity
from editor.model.importing.rollover import roll_forward
from editor.model.importing.text import import_published_text
from editor.model.labels import NodeKind
from editor.model.tree import Note
from editor.model.xmlio import NoteFileError, load_note

T = TypeVar("T")
Progress = Callable[[int, int], None]
MAX_TEXT_BYTES = 64 * 2**20


# Interface strings are QCoreApplication.translate("ImportDialog", "…") literals (ReviewDialog
# uses the same context) so that pyside6-lupdate finds them for the French and Dutch catalogs.
# --- review -------------------------------------------------------------------------------


def note_counts(note: Note, lang: Lang) -> tuple[int, int, int]:
    """(OS, OO, filled fields) of one language of a note, as the review shows them."""
    titled = [node for node in note.walk() if node.title.get(lang).strip()]
    os_count = sum(1 for node in titled if node.kind is NodeKind.OS)
    oo_count = sum(1 for node in titled if node.kind is NodeKind.OO)
    fields = sum(
        1
        for node in note.walk()
        for value in node.fields.values()
        if not (value.is_empty(lang) if isinstance(value, BiText) else value.is_empty())
    )
    return os_count, oo_count, fields


class ReviewDialog(QDialog):
    """What an import produced, per note and language, and every anomaly; OK keeps it."""

    def __init__(self, parent: QWidget | None, title: str, notes: list[Note], report: ImportReport) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.summary_text(notes))
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        counts = report.counts()
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ImportDialog", "Anomalies: {errors} error(s), {warnings} warning(s), {infos} note(s)"
                ).format(errors=counts["error"], warnings=counts["warning"], infos=counts["info"])
            )
        )
        self.anomalies = QTreeWidget()
        self.anomalies.setHeaderLabels(
            [
                QCoreApplication.translate("ImportDialog", "Severity"),
                QCoreApplication.translate("ImportDialog", "Code"),
                QCoreApplication.translate("ImportDialog", "Where"),
                QCoreApplication.translate("ImportDialog", "What"),
            ]
        )
        self.anomalies.setRootIsDecorated(False)
        self.anomalies.setWordWrap(True)
        order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
        for anomaly in sorted(report.anomalies, key=lambda a: order[a.severity]):
            item = QTreeWidgetItem([anomaly.severity.value, anomaly.code, anomaly.location(), anomaly.message])
            item.setToolTip(3, anomaly.message)
            self.anomalies.addTopLevelItem(item)
        self.anomalies.resizeColumnToContents(1)
        layout.addWidget(self.anomalies, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    @staticmethod
    def summary_text(notes: list[Note]) -> str:
        lines = []
        for index, note in enumerate(notes, start=1):
            name = (
                note.title.competence.fr
                or note.title.competence.nl
                or QCoreApplication.translate("ImportDialog", "(no competence)")
            )
            head = QCoreApplication.translate("ImportDialog", "Note {index}: {name}, budget year {year}").format(
                index=index, name=name, year=note.title.budget_year
            )
            lines.append(head)
            for lang, label in (
                (Lang.FR, QCoreApplication.translate("ImportDialog", "French")),
                (Lang.NL, QCoreApplication.translate("ImportDialog", "Dutch")),
            ):
                os_count, oo_count, fields = note_counts(note, lang)
                lines.append(
                    QCoreApplication.translate(
                        "ImportDialog",
                        "  {lang}: {os} strategic and {oo} operational objectives, {fields} fields filled",
                    ).format(lang=label, os=os_count, oo=oo_count, fields=fields)
                )
        return "\n".join(lines)


def review(parent: QWidget | None, title: str, notes: list[Note], report: ImportReport) -> bool:
    """Show the review dialog; True when the user accepts the import."""
    dialog = ReviewDialog(parent, title, notes, report)
    return dialog.exec() == QDialog.DialogCode.Accepted


# --- running an import --------------------------------------------------------------------


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[Progress], T]) -> T:
    """Run ``work`` in a worker thread behind a progress dialog; re-raise what it raises."""
    state = {"done": 0, "total": 0}

    def progress(done: int, total: int) -> None:
        state["done"], state["total"] = done, total  # read by the timer in the GUI thread

    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # an import cannot stop half-way
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    loop = QEventLoop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(work, progress)
        timer = QTimer()
        timer.setInterval(40)

        def poll() -> None:
            if state["total"]:
                dialog.setRange(0, state["total"])
                dialog.setValue(state["done"])
            if future.done():
                loop.quit()

        timer.timeout.connect(poll)
        timer.start()
        if not future.done():
            loop.exec()
        timer.stop()
    dialog.close()
    dialog.deleteLater()
    return future.result()


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def _pick_one(parent: QWidget | None, title: str, start: Path, pattern: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start), pattern)
    return Path(name) if name else None


# --- the three menu commands --------------------------------------------------------------


def run_new_from_last_year(
    parent: QWidget | None, settings_dir: Path, path: Path | None = None
) -> tuple[Note, ImportReport] | None:
    """Pick last year's note file, roll it forward to next year, review; None when cancelled."""
    title = QCoreApplication.translate("ImportDialog", "New note from last year")
    path = path or _pick_one(
        parent, title, settings_dir, QCoreApplication.translate("ImportDialog", "Orientation notes (*.xml)")
    )
    if path is None:
        return None
    try:
        old = load_note(path)
    except NoteFileError as error:
        details = "\n".join(str(problem) for problem in error.problems[:20])
        show_error(
            parent,
            title,
            QCoreApplication.translate("ImportDialog", "{file} cannot be loaded:\n{details}").format(
                file=path, details=details
            ),
        )
        return None
    new, report = roll_forward(old)
    return (new, report) if review(parent, title, [new], report) else None


def run_import_word(
    parent: QWidget | None, paths: list[Path] | None = None, start: Path | None = None
) -> tuple[Note, ImportReport] | None:
    """Pick one bilingual Word file or a French and a Dutch file, import, review."""
    title = QCoreApplication.translate("ImportDialog", "Import Word document")
    if paths is None:
        names, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("ImportDialog", "One bilingual document, or the French and the Dutch one"),
            str(start or Path.home()),
            QCoreApplication.translate("ImportDialog", "Word documents (*.docx)"),
        )
        paths = [Path(name) for name in names]
    if not paths:
        return None
    if len(paths) > 2:
        show_error(
            parent,
            title,
            QCoreApplication.translate(
                "ImportDialog", "Choose one bilingual document, or one French and one Dutch document."
            ),
        )
        return None
    chosen = list(paths)
    try:
        note, report = run_with_progress(
            parent,
            QCoreApplication.translate("ImportDialog", "Reading the Word document…"),
            lambda progress: read_docx(chosen, progress=progress),
        )
    except ImportFailure as failure:
        show_error(parent, title, str(failure))
        return None
    return (note, report) if review(parent, title, [note], report) else None


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_TEXT_BYTES:
            raise ImportFailure(str(path), f"the file is larger than {MAX_TEXT_BYTES // 2**20} MB")
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ImportFailure(str(path), "not a UTF-8 text file") from None
    except OSError as error:
        raise ImportFailure(str(path), f"cannot read the file: {error.strerror or error}") from None


def run_import_published_text(
    parent: QWidget | None, path: Path | None = None, start: Path | None = None
) -> tuple[list[Note], ImportReport] | None:
    """Pick the text of a parliamentary document, import every note in it, review."""
    title = QCoreApplication.translate("ImportDialog", "Import published text")
    path = path or _pick_one(
        parent,
        title,
        start or Path.home(),
        QCoreApplication.translate("ImportDialog", "Text files (*.txt);;All files (*)"),
    )
    if path is None:
        return None
    chosen = path
    try:
        text = _read_text(chosen)
        notes, report = run_with_progress(
            parent,
            QCoreApplication.translate("ImportDialog", "Reading the published text…"),
            lambda _: import_published_text(text, str(chosen)),
        )
    except ImportFailure as failure:
        show_error(parent, title, str(failure))
        return None
    return (notes, report) if review(parent, title, notes, report) else None

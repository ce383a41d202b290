"""Application start-up and the set of open windows (open, new, recover, lock checks)."""

from __future__ import annotations

import sys
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from editor.document import Document
from editor.i18n import LANGUAGE_NAMES, install_translators
from editor.mainwindow import FILE_FILTER, MainWindow
from editor.model.copying import note_from_template
from editor.model.resources import NEW_NOTE, SAMPLE_NOTE
from editor.model.tree import Note
from editor.model.xmlio import NoteFileError, load_note
from editor.recovery import LockInfo, Recovery, RecoveryStore, foreign_lock
from editor.settings import Settings


class LockChoice(Enum):
    READ_ONLY = "read-only"
    OPEN_ANYWAY = "open-anyway"
    CANCEL = "cancel"


def tr(text: str) -> str:
    return QApplication.translate("Workspace", text)


def show_load_error(parent: QWidget | None, error: NoteFileError) -> None:
    """Every problem of a file that cannot be opened, each with its line."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(tr("Cannot open the note"))
    count = len(error.problems)
    box.setText(tr("“%1” cannot be opened: %2 problem(s).").replace("%1", error.source).replace("%2", str(count)))
    lines = [str(problem) for problem in error.problems]
    box.setInformativeText("\n".join(lines[:8]) + ("\n…" if count > 8 else ""))
    box.setDetailedText("\n".join(lines))
    box.exec()


def ask_lock(parent: QWidget | None, path: Path, info: LockInfo) -> LockChoice:
    """The note is open elsewhere: read-only, open anyway, or cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Note already open"))
    since = datetime.fromtimestamp(info.since).strftime("%Y-%m-%d %H:%M")
    where = tr("this editor") if info.is_ours else tr("process %1 on %2").replace("%1", str(info.pid))
    box.setText(
        tr("“%1” is already open in %2 since %3.")
        .replace("%1", path.name)
        .replace("%2", where.replace("%2", info.host))
        .replace("%3", since)
    )
    box.setInformativeText(tr("Saving from two places would overwrite one of the two versions."))
    read_only = box.addButton(tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("read-only")
    anyway = box.addButton(tr("Open anyway"), QMessageBox.ButtonRole.DestructiveRole)
    anyway.setObjectName("open-anyway")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancel")
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return LockChoice.READ_ONLY
    if clicked is anyway:
        return LockChoice.OPEN_ANYWAY
    return LockChoice.CANCEL


def ask_recover(parent: QWidget | None, recovery: Recovery) -> bool:
    when = datetime.fromtimestamp(recovery.saved_at).strftime("%Y-%m-%d %H:%M")
    name = str(recovery.note_path) if recovery.note_path else tr("an untitled note")
    answer = QMessageBox.question(
        parent,
        tr("Recover unsaved work"),
        tr("The editor stopped before %1 was saved. Recover the version autosaved at %2?")
        .replace("%1", name)
        .replace("%2", when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class PreferencesDialog(QDialog):
    """Interface language (applied at next start) and autosave interval."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(settings.ui_language()))
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow("", QLabel(self.tr("The interface language changes at the next start.")))
        self.autosave = QSpinBox()
        self.autosave.setRange(5, 3600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.autosave_seconds())
        form.addRow(self.tr("Autosave every"), self.autosave)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.set_ui_language(str(self.language.currentData()))
        self.settings.set_autosave_seconds(self.autosave.value())
        self.settings.sync()
        super().accept()


def imported_notes(result: object) -> list[Note]:
    """The notes inside what an import dialog returned (None when cancelled)."""
    if isinstance(result, Note):
        return [result]
    if isinstance(result, tuple | list):
        return [note for item in result for note in imported_notes(item)]
    return []


class Workspace(QObject):
    """The open windows of one editor process; settings and recovery store are passed in."""

    def __init__(self, settings: Settings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.store = RecoveryStore(settings.directory / "recovery")
        self.windows: list[MainWindow] = []

    # -- windows ------------------------------------------------------------------------------
    def add_window(self, document: Document, read_only: bool = False, lock: bool = True) -> MainWindow:
        window = MainWindow(self, document, read_only)
        if document.path is not None and lock and not read_only:
            window.take_lock(document.path)
        self.windows.append(window)
        window.show()
        return window

    def forget(self, window: QMainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)

    def window_for(self, path: Path) -> MainWindow | None:
        resolved = path.resolve()
        return next(
            (one for one in self.windows if one.document.path and one.document.path.resolve() == resolved),
            None,
        )

    def quit(self) -> None:
        for window in list(self.windows):
            if not window.close():
                return

    # -- opening ------------------------------------------------------------------------------
    def new_window(self) -> MainWindow:
        """A new, untitled note from the bundled skeleton."""
        note = note_from_template(load_note(NEW_NOTE), date.today()) if NEW_NOTE.exists() else Note()
        return self.add_window(Document(note, None))

    def open_sample(self) -> MainWindow:
        """The bundled sample as an untitled copy: saving never overwrites the bundled file."""
        return self.add_window(Document(load_note(SAMPLE_NOTE), None))

    def open_dialog(self, parent: QWidget | None = None) -> MainWindow | None:
        name, _filter = QFileDialog.getOpenFileName(
            parent, tr("Open note"), str(self.settings.last_directory()), FILE_FILTER
        )
        return self.open_file(Path(name), parent) if name else None

    def may_take(self, path: Path, parent: QWidget | None) -> bool:
        """Before saving to another file: that file must not be open elsewhere."""
        info = foreign_lock(path)
        return info is None or ask_lock(parent, path, info) is LockChoice.OPEN_ANYWAY

    def open_file(self, path: Path, parent: QWidget | None = None) -> MainWindow | None:
        """Open a note: lock check, recovery offer, load errors with their lines."""
        read_only = False
        info = foreign_lock(path)
        if info is not None:
            choice = ask_lock(parent, path, info)
            if choice is LockChoice.CANCEL:
                return None
            read_only = choice is LockChoice.READ_ONLY
        recovery = self.store.pending_for(path)
        if recovery is not None and not read_only:
            if ask_recover(parent, recovery):
                return self._recover(recovery, parent)
            recovery.discard()
        try:
            document = Document.open(path)
        except NoteFileError as error:
            show_load_error(parent, error)
            self.settings.remove_recent(path)
            return None
        self.settings.add_recent(path)
        return self.add_window(document, read_only)

    def _recover(self, recovery: Recovery, parent: QWidget | None) -> MainWindow | None:
        try:
            note = recovery.load()
        except NoteFileError as error:
            show_load_error(parent, error)
            return None
        document = Document(note, recovery.note_path)
        # Unsaved by definition: the recovered state differs from the file on disk.
        document.undo_stack.resetClean()
        window = self.add_window(document)
        recovery.discard()
        window.autosaver.autosave()  # keep a recovery file until the user saves
        window.update_title()
        return window

    def recover_at_start(self, parent: QWidget | None = None) -> list[MainWindow]:
        """Offer every recovery file left by a crashed editor."""
        windows = []
        for recovery in self.store.pending():
            if ask_recover(parent, recovery):
                window = self._recover(recovery, parent)
                if window is not None:
                    windows.append(window)
            else:
                recovery.discard()
        return windows

    def open_imported(self, result: object) -> list[MainWindow]:
        """Notes from an import dialog open in new windows as unsaved documents.

        The dialogs return a note, or a tuple with a note or a list of notes (and a report).
        """
        windows = []
        for note in imported_notes(result):
            document = Document(note, None)
            document.undo_stack.resetClean()
            window = self.add_window(document)
            window.update_title()
            windows.append(window)
        return windows

    def preferences(self, parent: QWidget | None = None) -> None:
        PreferencesDialog(self.settings, parent).exec()


def run_app(argv: list[str], settings: Settings | None = None) -> int:
    """Start the editor on the files given, else on the bundled sample note.

    ``settings`` defaults to the user's; tests pass settings on a temporary file.
    """
    app = QApplication.instance() or QApplication([sys.argv[0], *[a for a in argv if a.startswith("-")]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Orientation note editor")
    app.setOrganizationName("Brussels Orientation Note")
    settings = settings or Settings()
    default_locale = QLocale()
    translators = install_translators(app, settings.ui_language())
    workspace = Workspace(settings)
    workspace.recover_at_start()
    files = [Path(arg) for arg in argv if not arg.startswith("-")]
    recovered = {window.document.path.resolve() for window in workspace.windows if window.document.path}
    for path in files:
        if path.resolve() not in recovered:
            workspace.open_file(path)
    if not files and not workspace.windows:
        workspace.open_sample()
    if not workspace.windows:
        workspace.new_window()
    code = app.exec()
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(default_locale)
    return code

"""The editor window: outline, page of the selected part, problems panel, menus and file handling."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QWidget,
)

from editor.dialogs.export_dialog import run_export_dialog
from editor.dialogs.import_dialog import run_import_published_text, run_import_word, run_new_from_last_year
from editor.document import Document
from editor.model.bitext import Lang
from editor.model.formats import CURRENT as CURRENT_FORMAT
from editor.model.structure import completeness
from editor.nodepanel import PageStack
from editor.outline import CHAPTER_IV, OutlineModel, OutlineView
from editor.problems import ProblemsModel, ProblemsView
from editor.recovery import Autosaver, NoteLock
from editor.window_structure import StructureWindow

if TYPE_CHECKING:
    from editor.host import WindowHost
    from editor.model.checks_issue import Issue

APP_NAME = "Orientation note editor"
FILE_FILTER = "Orientation note (*.xml)"

class MainWindow(StructureWindow):
    """One window per open document."""

    def __init__(self, workspace: WindowHost, document: Document, read_only: bool = False):
        super().__init__()
        self.workspace = workspace
        self.settings = workspace.settings
        self.document = document
        self.read_only = read_only
        self.lock: NoteLock | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._build_views()
        self._build_actions()
        self._build_menus()
        self.autosaver = Autosaver(document, workspace.store, self.settings.autosave_seconds(), self)
        self.autosaver.failed.connect(self._autosave_failed)
        self.autosaver.recovered.connect(self.statusBar().clearMessage)
        document.undo_stack.cleanChanged.connect(self.update_title)
        document.path_changed.connect(self.update_title)
        document.issues_changed.connect(self._schedule_status)
        document.changed.connect(self._on_changed)
        document.undo_stack.indexChanged.connect(self.update_actions)
        self._restore_layout()
        self.update_title()
        self.update_status()
        self._tell_format()
        self.outline_view.select_id(CHAPTER_IV)

    # -- layout ----------------------------------------------------------
    def _build_views(self) -> None:
        self.outline_model = OutlineModel(self.document, self)
        self.outline_view = OutlineView()
        self.outline_view.setObjectName("outline")
        self.outline_view.set_outline(self.outline_model)
        self.outline_view.entry_selected.connect(self.show_entry)
        self.outline_model.modelReset.connect(self._after_rebuild)
        self.pages = PageStack(self.document)
        self.pages.open_requested.connect(self.outline_view.select_id)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.outline_view)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([430, 970])
        self.setCentralWidget(self.splitter)
        self.problems_model = ProblemsModel(self.document, self)
        self.problems_view = ProblemsView(self.problems_model)
        self.problems_view.issue_activated.connect(self.go_to_issue)
        dock = QDockWidget(self.tr("Problems"), self)
        dock.setObjectName("problems-dock")
        dock.setWidget(self.problems_view)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        # The page gets the height: problems are a list to glance at, not to read at length.
        self.resizeDocks([dock], [170], Qt.Orientation.Vertical)
        self.problems_dock = dock
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(150)
        self._status_timer.timeout.connect(self.update_status)
        # After a selection settles, build the page below it: arrow-key browsing stays instant.
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(120)
        self._prefetch_timer.timeout.connect(self._prefetch_next)

    def _build_actions(self) -> None:
        ws = self.workspace
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New"), ws.new_window, QKeySequence(keys.New))
        self.open_action = self._action(self.tr("&Open…"), lambda: ws.open_dialog(self), QKeySequence(keys.Open))
        self.save_action = self._action(self.tr("&Save"), self.save, QKeySequence(keys.Save))
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, QKeySequence(keys.SaveAs))
        self.close_action = self._action(self.tr("&Close"), self.close, QKeySequence(keys.Close))
        self.quit_action = self._action(self.tr("&Quit"), ws.quit, QKeySequence(keys.Quit))
        self.export_action = self._action(self.tr("&Export…"), self.export, "Ctrl+E")
        self.rollover_action = self._action(self.tr("New from &last year…"), self.new_from_last_year)
        self.import_word_action = self._action(self.tr("Import &Word…"), self.import_word)
        self.import_text_action = self._action(self.tr("Import &published text…"), self.import_text)
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence(keys.Undo)])
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.preferences_action = self._action(self.tr("&Preferences…"), lambda: ws.preferences(self))
        self._build_structure_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.rollover_action, self.open_action])
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.import_word_action, self.import_text_action])
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        structure_menu = bar.addMenu(self.tr("&Structure"))
        structure_menu.addActions(list(self.add_actions))
        structure_menu.addSeparator()
        structure_menu.addActions([self.move_up_action, self.move_down_action, self.delete_action])
        structure_menu.addSeparator()
        structure_menu.addAction(self.confirm_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.problems_dock.toggleViewAction())
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("main-toolbar")
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.add_os_action, self.add_oo_action, self.add_planning_action, self.add_action_action])
        toolbar.addActions([self.move_up_action, self.move_down_action, self.delete_action])
        self.addToolBar(toolbar)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _checked=False, one=path: self.workspace.open_file(one, self))
        self.recent_menu.setEnabled(True)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.splitter_state("main")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def _save_layout(self) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        self.settings.set_splitter_state("main", QByteArray(self.splitter.saveState()))
        self.settings.sync()

    # -- selection and pages ----------------------------------------------------------
    def show_entry(self, entry_id: str) -> None:
        entry = self.outline_model.by_id.get(entry_id)
        if entry is not None:
            self.pages.show_entry(entry_id, entry.target)
        self.update_actions()
        self._prefetch_timer.start()

    def _prefetch_next(self) -> None:
        below = self.outline_view.indexBelow(self.outline_view.currentIndex())
        entry = self.outline_model.entry(below) if below.isValid() else None
        if entry is not None and entry.node is not None:
            self.pages.prefetch(entry.id, entry.target)

    def _after_rebuild(self) -> None:
        if self.outline_view.current_id() is None:
            self.outline_view.select_id(CHAPTER_IV)
        self.update_actions()

    def _on_changed(self, _scope: object) -> None:
        self._schedule_status()

    # -- problems ----------------------------------------------------------
    def go_to_issue(self, issue: Issue) -> bool:
        """Select the node of an issue and put the cursor in the field and language it names."""
        entry_id = self.outline_model.entry_id_for_owner(issue.node_id)
        if entry_id is None or not self.outline_view.select_id(entry_id):
            self.statusBar().showMessage(issue.location(self.document.note.title.original_language), 4000)
            return False
        page = self.pages.currentWidget()
        focus = getattr(page, "focus_issue", None) or getattr(page_widget(page), "focus_issue", None)
        if callable(focus):
            focus(issue)
            return True
        return False

    def _tell_format(self) -> None:
        """A note read from an earlier file format is saved in the current one when the user saves."""
        old = self.document.note.source_format
        if old is not None:
            self.statusBar().showMessage(
                self.tr("This note was written in file format %1; saving it will write format %2.")
                .replace("%1", old)
                .replace("%2", CURRENT_FORMAT)
            )

    def _autosave_failed(self, reason: str) -> None:
        # No timeout: the message stays until the next autosave succeeds (or the user saves).
        self.statusBar().showMessage(
            self.tr("Automatic backup failed: %1. Save the note to keep your changes.").replace("%1", reason)
        )

    def _schedule_status(self) -> None:
        self._status_timer.start()

    def update_status(self) -> None:
        done = completeness(self.document.note)
        errors, warnings = self.problems_model.counts()
        self.status_label.setText(
            self.tr("Complete: FR %1 % · NL %2 % — %3 errors, %4 warnings")
            .replace("%1", f"{done[Lang.FR]:.0f}")
            .replace("%2", f"{done[Lang.NL]:.0f}")
            .replace("%3", str(errors))
            .replace("%4", str(warnings))
        )

    # -- files ----------------------------------------------------------
    def title_text(self) -> str:
        path = self.document.path
        name = path.name if path else self.tr("Untitled")
        star = "*" if self.document.modified else ""
        suffix = self.tr(" (read-only)") if self.read_only else ""
        return f"{name}{star}{suffix} — {APP_NAME}"

    def update_title(self) -> None:
        self.setWindowTitle(self.title_text())

    def save(self) -> bool:
        if self.document.path is None or self.read_only:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        start = str(self.document.path or self.settings.last_directory() / "note.xml")
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save note as"), start, FILE_FILTER)
        if not name:
            return False
        path = Path(name) if name.endswith(".xml") else Path(name + ".xml")
        if path != self.document.path and not self.workspace.may_take(path, self):
            return False
        return self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """Save; on failure say why and keep the document open and modified."""
        try:
            self.document.save(path)
        except OSError as error:
            QMessageBox.critical(
                self,
                self.tr("Save failed"),
                self.tr("Could not save “%1”:\n%2\n\nYour changes are still open in the editor.")
                .replace("%1", str(path))
                .replace("%2", error.strerror or str(error)),
            )
            return False
        if self.read_only or self.lock is None or self.lock.note_path != path:
            self.take_lock(path)
        self.read_only = False
        self.settings.add_recent(path)
        self.update_title()
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 4000)
        return True

    def take_lock(self, path: Path) -> None:
        if self.lock is not None:
            self.lock.release()
        self.lock = NoteLock(path)
        self.lock.acquire()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.may_close():
            event.ignore()
            return
        self.autosaver.stop()
        self.autosaver.discard()
        if self.lock is not None:
            self.lock.release()
        self._save_layout()
        self.workspace.forget(self)
        event.accept()

    def may_close(self) -> bool:
        """Ask what to do with unsaved work; False when the user cancels (or the save fails)."""
        if not self.document.modified:
            return True
        answer = QMessageBox.warning(
            self,
            self.tr("Unsaved changes"),
            self.tr("“%1” has unsaved changes. Save them before closing?").replace(
                "%1", self.document.path.name if self.document.path else self.tr("Untitled")
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- export / import ----------------------------------------------------------
    def export(self) -> None:
        default_dir = self.document.path.parent if self.document.path else self.settings.last_directory()
        result = run_export_dialog(self, self.document.note, default_dir)
        if result is not None:
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(result)), 6000)

    def new_from_last_year(self) -> None:
        self.workspace.open_imported(run_new_from_last_year(self, self.settings.last_directory()))

    def import_word(self) -> None:
        self.workspace.open_imported(run_import_word(self, start=self.settings.last_directory()))

    def import_text(self) -> None:
        self.workspace.open_imported(run_import_published_text(self, start=self.settings.last_directory()))


def page_widget(page: QWidget | None) -> QWidget | None:
    """The widget inside a scroll-area page (or the page itself)."""
    inner = getattr(page, "widget", None)
    return inner() if callable(inner) else page

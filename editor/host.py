"""What a window asks of the application that holds it (the workspace), as a protocol.

The window depends on this protocol, not on the workspace class (the workspace builds windows,
so the window importing it back would close an import cycle); windows are plain QMainWindows here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QMainWindow, QWidget

from editor.recovery import RecoveryStore
from editor.settings import Settings


class WindowHost(Protocol):
    """The set of open windows: opening, creating and forgetting windows, and shared settings."""

    settings: Settings
    store: RecoveryStore

    def new_window(self) -> QMainWindow: ...

    def open_dialog(self, parent: QWidget | None = None) -> QMainWindow | None: ...

    def open_file(self, path: Path, parent: QWidget | None = None) -> QMainWindow | None: ...

    def open_imported(self, result: object) -> Sequence[QMainWindow]: ...

    def may_take(self, path: Path, parent: QWidget | None) -> bool: ...

    def forget(self, window: QMainWindow) -> None: ...

    def quit(self) -> None: ...

    def preferences(self, parent: QWidget | None = None) -> None: ...

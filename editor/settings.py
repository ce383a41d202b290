"""Typed access to the editor's persistent settings (QSettings), passed explicitly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

UI_LANGUAGES = ("fr", "nl", "en")
DEFAULT_AUTOSAVE_SECONDS = 60
MAX_RECENT = 10


class Settings:
    """Recent files, window layout, UI language and autosave interval.

    Tests give an explicit ini file so that they never touch the user's settings.
    """

    def __init__(self, ini_path: Path | None = None):
        if ini_path is None:
            self._qs = QSettings("Brussels Orientation Note", "editor")
        else:
            self._qs = QSettings(str(ini_path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._qs.sync()

    @property
    def directory(self) -> Path:
        """Folder of the settings file: recovery files live beside it."""
        return Path(self._qs.fileName()).parent

    # Recent files -------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        value = self._qs.value("files/recent", [])
        if isinstance(value, str):  # QSettings gives a bare string for a one-item list
            value = [value]
        items = value if isinstance(value, list) else []
        return [Path(str(item)) for item in items if item]

    def add_recent(self, path: Path) -> None:
        resolved = path.resolve()
        paths = [resolved] + [one for one in self.recent_files() if one != resolved]
        self._qs.setValue("files/recent", [str(one) for one in paths[:MAX_RECENT]])

    def remove_recent(self, path: Path) -> None:
        paths = [one for one in self.recent_files() if one != path.resolve()]
        self._qs.setValue("files/recent", [str(one) for one in paths])

    def last_directory(self) -> Path:
        recent = self.recent_files()
        return recent[0].parent if recent else Path.home()

    # Window layout ------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    def set_geometry(self, data: QByteArray) -> None:
        self._qs.setValue("window/geometry", data)

    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    def set_window_state(self, data: QByteArray) -> None:
        self._qs.setValue("window/state", data)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"window/splitter-{name}")

    def set_splitter_state(self, name: str, data: QByteArray) -> None:
        self._qs.setValue(f"window/splitter-{name}", data)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # Preferences --------------------------------------------------------------------------
    def ui_language(self) -> str:
        value = str(self._qs.value("ui/language", "fr"))
        return value if value in UI_LANGUAGES else "fr"

    def set_ui_language(self, code: str) -> None:
        if code not in UI_LANGUAGES:
            raise ValueError(f"unknown interface language {code!r}")
        self._qs.setValue("ui/language", code)

    def autosave_seconds(self) -> int:
        try:
            value = int(str(self._qs.value("files/autosave-seconds", DEFAULT_AUTOSAVE_SECONDS)))
        except ValueError:
            return DEFAULT_AUTOSAVE_SECONDS
        return max(5, value)

    def set_autosave_seconds(self, seconds: int) -> None:
        self._qs.setValue("files/autosave-seconds", max(5, int(seconds)))

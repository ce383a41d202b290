"""Crash safety: periodic autosave to a recovery file, and lock files against double opening."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from editor.document import Document
from editor.model.tree import Note
from editor.model.xmlio import note_from_bytes, note_to_bytes, write_atomic


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


@dataclass(frozen=True)
class LockInfo:
    """Who holds a note open: process id, host name and since when (epoch seconds)."""

    pid: int
    host: str
    since: float

    @property
    def is_ours(self) -> bool:
        return self.pid == os.getpid() and self.host == socket.gethostname()

    @property
    def is_stale(self) -> bool:
        """A lock left by a process of this host that no longer runs (a crash)."""
        return self.host == socket.gethostname() and not process_alive(self.pid)


def lock_path(note_path: Path) -> Path:
    return note_path.with_name(f".~lock.{note_path.name}#")


def read_lock(note_path: Path) -> LockInfo | None:
    """The lock beside a note, or None when there is none (or it is unreadable)."""
    try:
        data = json.loads(lock_path(note_path).read_text(encoding="utf-8"))
        return LockInfo(int(data["pid"]), str(data["host"]), float(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class NoteLock:
    """The lock file this window holds beside its note; released on close."""

    def __init__(self, note_path: Path):
        self.note_path = note_path
        self.path = lock_path(note_path)
        self.held = False

    def acquire(self) -> bool:
        """Write our lock; False (and no lock) when the folder is not writable."""
        data = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
        try:
            self.path.write_text(json.dumps(data), encoding="utf-8")
        except OSError:
            return False
        self.held = True
        return True

    def release(self) -> None:
        if not self.held:
            return
        info = read_lock(self.note_path)
        # Another window may have taken the note over ("open anyway"): leave its lock alone.
        if info is not None and info.is_ours:
            self.path.unlink(missing_ok=True)
        self.held = False


def foreign_lock(note_path: Path) -> LockInfo | None:
    """A live lock held by another window or process, which warrants a warning."""
    info = read_lock(note_path)
    if info is None or info.is_stale:
        return None
    return info


@dataclass(frozen=True)
class Recovery:
    """A recovery file found on start: its data and the note it belongs to (None = untitled)."""

    path: Path
    note_path: Path | None
    saved_at: float

    def load(self) -> Note:
        return note_from_bytes(self.path.read_bytes(), str(self.path))

    def discard(self) -> None:
        self.path.unlink(missing_ok=True)
        self.path.with_suffix(".json").unlink(missing_ok=True)


class RecoveryStore:
    """The folder of recovery files: ``<key>.xml`` + ``<key>.json`` (note path, pid, time)."""

    def __init__(self, directory: Path):
        self.directory = directory

    def key_for(self, note_path: Path | None) -> str:
        if note_path is None:
            return f"untitled-{uuid.uuid4().hex[:12]}"
        return hashlib.sha1(str(note_path.resolve()).encode("utf-8")).hexdigest()[:16]

    def write(self, key: str, note: Note, note_path: Path | None) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        target = self.directory / f"{key}.xml"
        write_atomic(target, note_to_bytes(note), backup=False)
        meta = {"note": str(note_path.resolve()) if note_path else None, "pid": os.getpid()}
        target.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
        return target

    def remove(self, key: str) -> None:
        (self.directory / f"{key}.xml").unlink(missing_ok=True)
        (self.directory / f"{key}.json").unlink(missing_ok=True)

    def pending(self) -> list[Recovery]:
        """Recovery files left by a process that is gone, and newer than their note."""
        found = []
        for xml in sorted(self.directory.glob("*.xml")):
            recovery = self._read(xml)
            if recovery is not None:
                found.append(recovery)
        return found

    def pending_for(self, note_path: Path) -> Recovery | None:
        xml = self.directory / f"{self.key_for(note_path)}.xml"
        return self._read(xml) if xml.exists() else None

    def _read(self, xml: Path) -> Recovery | None:
        try:
            meta = json.loads(xml.with_suffix(".json").read_text(encoding="utf-8"))
            saved_at = xml.stat().st_mtime
        except (OSError, ValueError):
            return None
        if int(meta.get("pid", 0)) != os.getpid() and process_alive(int(meta.get("pid", 0))):
            return None  # another running editor is still autosaving this one
        note_path = Path(meta["note"]) if meta.get("note") else None
        if note_path is not None and note_path.exists() and note_path.stat().st_mtime >= saved_at:
            return None  # the note was saved after the autosave: nothing to recover
        return Recovery(xml, note_path, saved_at)


class Autosaver(QObject):
    """Writes the document to its recovery file every N seconds while it has unsaved changes.

    ``failed`` carries the reason when a write fails (the window shows it in its status bar),
    ``recovered`` says the next write succeeded again.
    """

    failed = Signal(str)
    recovered = Signal()

    def __init__(self, document: Document, store: RecoveryStore, seconds: int, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.store = store
        self.key = store.key_for(document.path)
        self.last_error: OSError | None = None
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.autosave)
        document.changed.connect(self._on_changed)
        document.undo_stack.cleanChanged.connect(self._on_clean_changed)
        document.path_changed.connect(self._on_path_changed)
        self.timer.start()

    def _on_changed(self, _scope: object) -> None:
        self._dirty = True

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def _on_path_changed(self) -> None:
        self.discard()
        self.key = self.store.key_for(self.document.path)

    def autosave(self) -> bool:
        """Write the recovery file if needed; True when something was written."""
        if not (self._dirty and self.document.modified):
            return False
        try:
            self.store.write(self.key, self.document.note, self.document.path)
        except OSError as error:
            # The next tick retries; the window shows the error in its status bar.
            self.last_error = error
            self.failed.emit(error.strerror or str(error))
            return False
        if self.last_error is not None:
            self.recovered.emit()
        self.last_error = None
        self._dirty = False
        return True

    def discard(self) -> None:
        """The document is saved or closed on purpose: its recovery file is no longer needed."""
        self.store.remove(self.key)
        self._dirty = self.document.modified

    def stop(self) -> None:
        self.timer.stop()

"""Atomic file replacement: temporary file, fsync, rename, the previous version kept as .bak."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path


def write_atomic(target: Path, data: bytes, backup: bool = True) -> None:
    directory = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        os.chmod(tmp_name, _file_mode(target))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and target.exists():
            _copy_backup(target)
        os.replace(tmp_name, target)
        _fsync_dir(directory)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _remove_stale_temporaries(target)


STALE_TEMP_SECONDS = 60


def _remove_stale_temporaries(target: Path) -> None:
    """Temporary files left by a save that was killed mid-way (recent ones may be in use)."""
    now = time.time()
    for pattern in (f".{target.name}.*.tmp", f".{target.name}.bak.*.tmp"):
        for leftover in target.parent.glob(pattern):
            try:
                if now - leftover.stat().st_mtime > STALE_TEMP_SECONDS:
                    leftover.unlink()
            except OSError:
                pass


def _file_mode(target: Path) -> int:
    """The existing file's permissions, or what a plain new file gets (mkstemp would give 0600)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _copy_backup(target: Path) -> None:
    """Keep the current file as TARGET.bak, itself replaced atomically."""
    backup = target.with_name(target.name + ".bak")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(target.read_bytes())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, backup)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

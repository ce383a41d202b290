"""Guard against the PySide6 6.12.0 / Python 3.11 bug that drops a reference to None per void call.

With shiboken6 6.12.0 on Python 3.11 (where None is not yet immortal), every call of a Qt method
returning void returns None without taking a reference. Rendering a note makes tens of thousands
of such calls (drawText, save, restore, setTextWidth …); once None's count reaches zero the
interpreter aborts with "none_dealloc". PySide6 6.11.3 does not have the bug, and Python 3.12+
is immune. Until the project pins a fixed version, long renders put the lost references back.
"""

from __future__ import annotations

import ctypes
import sys

import shiboken6

AFFECTED = sys.version_info < (3, 12) and tuple(shiboken6.__version_info__[:2]) == (6, 12)


class NoneRefGuard:
    """Remembers None's reference count and tops it back up at each checkpoint."""

    def __init__(self) -> None:
        self.baseline = sys.getrefcount(None)

    def restore(self) -> int:
        """Give back the references lost since the baseline; returns how many were given back."""
        if not AFFECTED:
            return 0
        missing = self.baseline - sys.getrefcount(None)
        for _ in range(missing):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
        return max(missing, 0)

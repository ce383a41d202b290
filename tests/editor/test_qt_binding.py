"""Guards the PySide6 version pin: the installed binding must not leak references per call.

PySide6 6.12.0 on Python 3.11 dropped a reference to None per void call and to True per signal
emit; a long session then aborted the interpreter. pyproject.toml pins below 6.12.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QRect, Signal


class _Emitter(QObject):
    ping = Signal()


def test_void_calls_keep_none_alive(qapp):
    rect = QRect()
    before = sys.getrefcount(None)
    for _ in range(2000):
        rect.setWidth(5)
    assert sys.getrefcount(None) >= before - 10


def test_signal_emits_keep_true_alive(qapp):
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(2000):
        emitter.ping.emit()
    assert sys.getrefcount(True) >= before - 10

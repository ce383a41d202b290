"""Hostile note files through the window's Open path: a dialog naming the file, no window,
the open document untouched, within 5 s."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.model.resources import SAMPLE_NOTE
from editor.model.xmlio import note_to_bytes
from tests.editor.windowkit import close_all, make_workspace, open_window
from tests.reliability import hostile


@pytest.mark.parametrize("kind", sorted(hostile.XML_INPUTS))
def test_hostile_files_are_refused_by_the_open_path(qtbot, tmp_path: Path, monkeypatch, kind: str) -> None:
    workspace = make_workspace(tmp_path)
    try:
        good = tmp_path / "sample.xml"
        good.write_bytes(SAMPLE_NOTE.read_bytes())
        window = open_window(workspace, good)
        before = note_to_bytes(window.document.note)
        shown: list[QMessageBox] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
        source = hostile.XML_INPUTS[kind](tmp_path / f"{kind}.xml")
        start = time.perf_counter()
        assert workspace.open_file(source, window) is None
        assert time.perf_counter() - start < 5
        assert shown and source.name in shown[0].text()
        assert "root:x:0" not in shown[0].text() + shown[0].detailedText()
        assert workspace.windows == [window]
        assert note_to_bytes(window.document.note) == before
        assert not window.document.modified
    finally:
        close_all(workspace)

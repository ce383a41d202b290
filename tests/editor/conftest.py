"""Fixtures shared by the window tests: a workspace on temporary settings, the sample open."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.app import Workspace
from editor.mainwindow import MainWindow
from editor.model.resources import SAMPLE_NOTE
from tests.editor.windowkit import close_all, make_workspace, open_window


@pytest.fixture
def workspace(qtbot, tmp_path: Path) -> Iterator[Workspace]:
    workspace = make_workspace(tmp_path)
    yield workspace
    close_all(workspace)


@pytest.fixture
def sample_window(workspace: Workspace, tmp_path: Path) -> MainWindow:
    """The bundled sample note, copied to a temporary file and open in a window."""
    path = tmp_path / "sample.xml"
    path.write_bytes(SAMPLE_NOTE.read_bytes())
    return open_window(workspace, path)


@pytest.fixture
def window(sample_window: MainWindow) -> MainWindow:
    """The sample's window, under the name the page tests use."""
    return sample_window

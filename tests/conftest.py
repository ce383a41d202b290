"""Test set-up: Qt offscreen before any QApplication exists, and shared fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_84be95ee93d62466.txt"


@pytest.fixture
def repo_root() -> Path:
    return ROOT

"""Test set-up: Qt offscreen before any QApplication exists, and shared fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests explore new random cases on every local run; CI replays a fixed sequence, so
# that a landing fails for a change, not for the luck of the draw (a case found locally is then
# fixed and kept as a plain test).
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_84be95ee93d62466.txt"


@pytest.fixture
def repo_root() -> Path:
    return ROOT

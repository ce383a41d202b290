"""Damaged published texts (lines lost, pages reordered, page starts missing) never crash the import
and always give schema-valid notes, or a clear ImportFailure."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.model.importing import ImportFailure
from editor.model.importing.text import import_published_text
from editor.model.xmlio import note_to_bytes, validate_bytes
from tests.conftest import SEED
from tests.importing.test_text_variants import template_a_note, template_b_note


def _import_is_valid_or_refused(source: str) -> None:
    try:
        notes, report = import_published_text(source, "damaged.txt")
    except ImportFailure as failure:
        assert failure.source == "damaged.txt"
        return
    assert report.summary["notes"] == len(notes)
    for note in notes:
        assert validate_bytes(note_to_bytes(note), "damaged") == []


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.booleans(), min_size=200, max_size=200), st.integers(0, 3))
def test_synthetic_note_with_lines_dropped(keep: list[bool], shift: int) -> None:
    lines = (template_a_note() + template_b_note((1, 2), delegated=True)).split("\n")
    kept = [line.lstrip() if shift == 1 else line for i, line in enumerate(lines) if keep[i % len(keep)] or i < 2]
    _import_is_valid_or_refused("\n".join(kept))


@pytest.mark.skipif(not SEED.exists(), reason="seed text not available")
def test_damaged_seed() -> None:
    rng = random.Random(2021)
    lines = SEED.read_text(encoding="utf-8").split("\n")
    lines = [line for line in lines if rng.random() > 0.05]
    for _ in range(300):
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    _import_is_valid_or_refused("\n".join(lines))

"""A short crash-safety campaign in the normal suite (the long one: make crash-test)."""

from __future__ import annotations

from tests.reliability.kill_campaign import campaign


def test_killed_saves_never_leave_a_torn_note():
    results = campaign(kills=8, copies=60, max_delay=0.25, seed=7)
    assert results["kills"] == 8
    assert results["torn"] == 0
    assert results["intact"] == 8

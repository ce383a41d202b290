"""Build a large realistic note (~10× a seed-sized note) from the bundled sample."""

from __future__ import annotations

from editor.model.copying import clone_node
from editor.model.labels import NodeKind
from editor.model.resources import SAMPLE_NOTE
from editor.model.tree import Note
from editor.model.xmlio import load_note


def operational_count(note: Note) -> int:
    return sum(1 for node in note.walk() if node.kind is NodeKind.OO)


def large_note(target_oo: int = 500) -> Note:
    """The sample's strategic objectives repeated (fresh ids) until about ``target_oo`` OO."""
    note = load_note(SAMPLE_NOTE)
    originals = list(note.objectives)
    per_round = max(1, sum(1 for os_ in originals for c in os_.children if c.kind is NodeKind.OO))
    rounds = max(1, round(target_oo / per_round))
    # The first round keeps the original ids, so annex records still point at real objectives.
    note.objectives = originals + [clone_node(os_) for _ in range(rounds - 1) for os_ in originals]
    return note

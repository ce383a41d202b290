"""Typed values of a Word note's fields: the shared grammar (editor/model/printed/) on Word lines.

The Word importer hands each field to its kind's ``parse`` (docx_merge); this module keeps the
one-call form of a deadline, for callers that hold the two sides as Word lines.
"""

from __future__ import annotations

from editor.model.bitext import Lang
from editor.model.printed.deadlines import parse_deadline
from editor.model.printed.findings import describe
from editor.model.printed.source import Line, Printed
from editor.model.values import Deadline


def deadline_value(fr: list[Line], nl: list[Line]) -> tuple[Deadline, list[str]]:
    """One deadline from both sides, and the messages of what disagrees or was not read."""
    parsed = parse_deadline(Printed({Lang.FR: fr, Lang.NL: nl}))
    return parsed.value, [describe(finding) for finding in parsed.findings]

"""Paths of the files bundled with the editor (sample note, new-note skeleton, schema)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
SAMPLE_NOTE = RESOURCES / "sample-note.xml"
NEW_NOTE = RESOURCES / "new-note.xml"
SCHEMA = ROOT / "schemas" / "orientation-note.xsd"

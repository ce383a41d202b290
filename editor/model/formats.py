"""The versions of the note file format, the schema of each, and the migrations between them.

A note file says its version on its root (``<note format="1.0">``). The reader accepts every
version listed in ``VERSIONS``: a file of an earlier version is validated against that version's
own schema (kept in schemas/ as orientation-note-VERSION.xsd), then migrated in memory, one
version at a time, to the current one; the writer always writes the current version. A file of
a newer version is refused, naming both versions, never half read.

History:
- 1.0 — the first released format: texts as lines (``<p>`` / ``<li>``), typed KPIs, thresholds,
  deadlines, statuses, means and partners, agenda and audit annexes.

To release a version: add it to ``VERSIONS`` (current last), freeze the previous schema file
(``make schema`` writes the current one and a copy under the current version's name), and add
the migration from the previous version to ``MIGRATIONS``; tests/data/formats/ gets a file of
the new version, and every file there must keep loading.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
VERSIONS: tuple[str, ...] = ("1.0",)
CURRENT = VERSIONS[-1]

# version → the function that turns a (valid) tree of that version into one of the next version.
Migration = Callable[[etree._Element], None]
MIGRATIONS: dict[str, Migration] = {}


class FormatError(Exception):
    """A file of a version this editor cannot read (newer, or no version at all)."""


def schema_path(version: str) -> Path:
    """The schema file of a version: the current one is the generated schema."""
    if version == CURRENT:
        return SCHEMAS / "orientation-note.xsd"
    return SCHEMAS / f"orientation-note-{version}.xsd"


def _key(version: str) -> tuple[int, ...] | None:
    parts = version.split(".")
    return tuple(int(part) for part in parts) if all(part.isdigit() for part in parts) and parts else None


def check_version(version: str | None) -> str:
    """The version of a file, when this editor reads it; FormatError saying why not."""
    if not version:
        raise FormatError("the file gives no format version (attribute format of <note>)")
    if version in VERSIONS:
        return version
    key, current = _key(version), _key(CURRENT)
    if key is not None and current is not None and key > current:
        raise FormatError(
            f"the file is in format {version}, newer than this editor's {CURRENT}: "
            "open it with a newer version of the editor"
        )
    raise FormatError(f"unknown format version {version!r} (this editor reads {', '.join(VERSIONS)})")


def migrate(root: etree._Element, version: str) -> None:
    """Bring a tree of ``version`` to the current version, in place, one release at a time."""
    index = VERSIONS.index(version)
    for step in VERSIONS[index:-1]:
        MIGRATIONS[step](root)
    root.set("format", CURRENT)

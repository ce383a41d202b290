"""The note XML an editor export embeds in its DOCX: where it is, and reading it safely.

The exporter writes ``note_to_bytes(note)`` as the part EMBEDDED_PARTNAME, related from the main
document part by EMBEDDED_RELTYPE. On import the part is untrusted input like the rest of the
file: it is size-limited, then parsed by xmlio's safe, schema-validating parser; any failure is a
report entry and the import falls back to the visible text.
"""

from __future__ import annotations

from docx.document import Document

from editor.model.importing.report import ImportReport
from editor.model.tree import Note
from editor.model.xmlio import NoteFileError, note_from_bytes

EMBEDDED_PARTNAME = "/customXml/orientation-note.xml"
EMBEDDED_CONTENT_TYPE = "application/xml"
EMBEDDED_RELTYPE = "http://brussels.parliament/relationships/orientation-note"
# The sample note is under 100 kB; a real note a few hundred. Anything far larger is not ours.
MAX_EMBEDDED_BYTES = 8 * 2**20


def embedded_bytes(document: Document) -> bytes | None:
    """The raw embedded part, or None when the document has none (or several: not ours)."""
    try:
        part = document.part.part_related_by(EMBEDDED_RELTYPE)
    except (KeyError, ValueError):
        return None
    return bytes(part.blob)


def read_embedded(document: Document, source: str, report: ImportReport) -> tuple[Note | None, bytes]:
    """The embedded note (and its bytes), or None with a report entry saying why it was ignored."""
    data = embedded_bytes(document)
    if data is None:
        return None, b""
    if len(data) > MAX_EMBEDDED_BYTES:
        report.warning(
            "EMBEDDED_REFUSED",
            f"{source}: the embedded note is larger than {MAX_EMBEDDED_BYTES // 2**20} MB; "
            "it was ignored and the visible text was read",
        )
        return None, b""
    try:
        return note_from_bytes(data, f"{source} (embedded note)"), data
    except NoteFileError as error:
        problems = "; ".join(str(problem) for problem in error.problems[:3])
        report.warning(
            "EMBEDDED_REFUSED",
            f"{source}: the embedded note cannot be read ({problems}); the visible text was read",
        )
    except Exception as error:  # lxml may raise more than XMLSyntaxError on hostile bytes
        report.warning(
            "EMBEDDED_REFUSED",
            f"{source}: the embedded note cannot be read ({type(error).__name__}); the visible text was read",
        )
    return None, b""

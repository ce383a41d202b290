"""The note XML an editor export embeds in its DOCX: where it is, and reading it safely.

The exporter (exporters.docx_embed) writes ``note_to_bytes(note)`` as a custom XML data part of
the main document part, with a properties part naming EMBEDDED_SCHEMA_URI (Word keeps such parts
when it saves, but renames them: the properties part is what identifies ours). A part related by
EMBEDDED_RELTYPE is accepted too. On import the part is untrusted input like the rest of the
file: it is size-limited, then parsed by xmlio's safe, schema-validating parser; any failure is
a report entry and the import falls back to the visible text.
"""

from __future__ import annotations

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part

from editor.model.importing.report import ImportReport
from editor.model.tree import Note
from editor.model.xmlio import NoteFileError, note_from_bytes

EMBEDDED_PARTNAME = "/customXml/orientation-note.xml"
EMBEDDED_PROPS_PARTNAME = "/customXml/orientation-note-props.xml"
EMBEDDED_CONTENT_TYPE = "application/xml"
EMBEDDED_SCHEMA_URI = "http://brussels.parliament/orientation-note"
EMBEDDED_RELTYPE = "http://brussels.parliament/relationships/orientation-note"
# The sample note is under 100 kB; a real note a few hundred. Anything far larger is not ours.
MAX_EMBEDDED_BYTES = 8 * 2**20
# The properties part is a few hundred bytes; only its beginning is looked at (never parsed).
_PROPS_PEEK = 4096


def _is_ours(part: Part) -> bool:
    """A custom XML data part whose properties name our schema."""
    for rel in part.rels.values():
        props = not rel.is_external and rel.reltype == RT.CUSTOM_XML_PROPS
        if props and EMBEDDED_SCHEMA_URI.encode() in rel.target_part.blob[:_PROPS_PEEK]:
            return True
    return False


def embedded_bytes(document: Document) -> bytes | None:
    """The raw embedded note, or None when the document has none."""
    for rel in document.part.rels.values():
        if rel.is_external:
            continue
        if rel.reltype == EMBEDDED_RELTYPE or (rel.reltype == RT.CUSTOM_XML and _is_ours(rel.target_part)):
            return bytes(rel.target_part.blob)
    return None


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

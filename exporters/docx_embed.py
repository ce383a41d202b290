"""Embed the note's own XML in a Word export, so that importing the file back is lossless.

The printed text cannot hold everything (ids, threshold bounds beside a band text, which KPI a
threshold follows, confirmation state, organisations no objective names): the canonical note
file travels inside the DOCX as a custom XML part, which Word keeps but never shows.
"""

from __future__ import annotations

from docx.document import Document
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from editor.model.importing.docx_embedded import EMBEDDED_CONTENT_TYPE, EMBEDDED_PARTNAME, EMBEDDED_RELTYPE
from editor.model.tree import Note
from editor.model.xmlio import note_to_bytes


def embed_note(document: Document, note: Note) -> None:
    """Add the note's XML as a part related from the main document part (replacing none)."""
    main = document.part
    part = Part(PackURI(EMBEDDED_PARTNAME), EMBEDDED_CONTENT_TYPE, note_to_bytes(note), main.package)
    main.relate_to(part, EMBEDDED_RELTYPE)

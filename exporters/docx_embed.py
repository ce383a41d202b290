"""Embed the note's own XML in a Word export, so that importing the file back is lossless.

The printed text cannot hold everything (ids, threshold bounds beside a band text, which KPI a
threshold follows, confirmation state, organisations no objective names): the canonical note
file travels inside the DOCX as a custom XML data part, which Word keeps but never shows.

It is related from the main document part by the standard customXml relationship, with the
usual properties part naming EMBEDDED_SCHEMA_URI: Word drops parts reached by relationship
types it does not know when it saves a document, but keeps custom XML data parts, so the note
survives an edit in Word and the importer can tell what was changed.
"""

from __future__ import annotations

import uuid

from docx.document import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part

from editor.model.importing.docx_embedded import (
    EMBEDDED_CONTENT_TYPE,
    EMBEDDED_PARTNAME,
    EMBEDDED_PROPS_PARTNAME,
    EMBEDDED_SCHEMA_URI,
)
from editor.model.tree import Note
from editor.model.xmlio import note_to_bytes

_PROPS = (
    "<?xml version='1.0' encoding='UTF-8' standalone='no'?>\n"
    '<ds:datastoreItem xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml" '
    'ds:itemID="{{{item}}}"><ds:schemaRefs><ds:schemaRef ds:uri="{uri}"/></ds:schemaRefs></ds:datastoreItem>'
)


def embed_note(document: Document, note: Note) -> None:
    """Add the note's XML as a custom XML data part of the main document part."""
    main = document.part
    part = Part(PackURI(EMBEDDED_PARTNAME), EMBEDDED_CONTENT_TYPE, note_to_bytes(note), main.package)
    # A stable item id (from the note's id): exporting the same note twice gives the same file.
    item = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{EMBEDDED_SCHEMA_URI}#{note.id}")).upper()
    props_xml = _PROPS.format(item=item, uri=EMBEDDED_SCHEMA_URI).encode("utf-8")
    props = Part(PackURI(EMBEDDED_PROPS_PARTNAME), CT.OFC_CUSTOM_XML_PROPERTIES, props_xml, main.package)
    part.relate_to(props, RT.CUSTOM_XML_PROPS)
    main.relate_to(part, RT.CUSTOM_XML)

"""Refuse hostile or broken Word files before any XML parser sees them.

Checks, in this order, on the zip directory alone (nothing is extracted until it passes):
the file is a readable zip of at most MAX_FILE_BYTES; the declared uncompressed total is at
most MAX_TOTAL_BYTES and no sizeable member expands more than MAX_RATIO times (zip bombs);
it holds word/document.xml. Then every XML part is read (bounded by its declared size, CRC
checked by zipfile) and refused if it declares a DOCTYPE or entities: python-docx parses with
lxml's ``resolve_entities=False`` but still accepts an internal DTD, and a Word file never
needs one. Custom XML data parts (``customXml/*.xml``, where an export embeds its note) are
exempt from that last check only: python-docx never parses them, the note's own reader
(docx_embedded) refuses a DOCTYPE with a report entry, and the import goes on from the text.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from editor.model.importing import ImportFailure

MAX_FILE_BYTES = 100 * 2**20
MAX_TOTAL_BYTES = 200 * 2**20
MAX_RATIO = 100
# Members smaller than this cannot hurt whatever their ratio (a page of repeated spaces does).
RATIO_FLOOR = 2**20
_XML_SUFFIXES = (".xml", ".rels")
_FORBIDDEN = ("<!DOCTYPE", "<!ENTITY")
# Compound-file header: .doc files, and .docx files Word encrypted with a password.
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_checked(path: Path) -> bytes:
    """The bytes of a Word file that passed every check; ImportFailure otherwise."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFailure(source, f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
        data = path.read_bytes()
    except OSError as error:
        raise ImportFailure(source, f"cannot read the file: {error.strerror or error}") from None
    check_bytes(data, source)
    return data


def check_bytes(data: bytes, source: str) -> None:
    """Run every check on the bytes of a supposed DOCX file."""
    if not data:
        raise ImportFailure(source, "the file is empty")
    if data.startswith(_OLE_SIGNATURE):
        raise ImportFailure(
            source, "an old Word (.doc) or password-protected document: save it as .docx without a password"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        raise ImportFailure(source, "not a Word document (.docx): not a zip archive, or truncated") from None
    with archive:
        _check_directory(archive, source)
        _check_xml_parts(archive, source)


def _check_directory(archive: zipfile.ZipFile, source: str) -> None:
    infos = archive.infolist()
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise ImportFailure(source, "not a Word document (.docx): word/document.xml is missing")
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise ImportFailure(
            source, f"refused: it would expand to {total // 2**20} MB (limit {MAX_TOTAL_BYTES // 2**20} MB)"
        )
    for info in infos:
        if info.file_size >= RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportFailure(
                source,
                f"refused: {info.filename} expands {info.file_size // max(info.compress_size, 1)} times "
                f"(limit {MAX_RATIO}); this looks like a zip bomb",
            )


def _check_xml_parts(archive: zipfile.ZipFile, source: str) -> None:
    for info in archive.infolist():
        if not info.filename.endswith(_XML_SUFFIXES) or _custom_xml_data(info.filename):
            continue
        try:
            raw = archive.read(info)
        except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError) as error:
            raise ImportFailure(source, f"damaged part {info.filename}: {error}") from None
        text = _decode(raw)
        for token in _FORBIDDEN:
            # UTF-16 without a byte-order mark is still read by libxml2: look for it too.
            wide = (token.encode("utf-16-le"), token.encode("utf-16-be"))
            if token in text or any(form in raw for form in wide):
                raise ImportFailure(
                    source,
                    f"refused: {info.filename} holds a {token[2:]} declaration (not allowed in a DOCX)",
                )


def _custom_xml_data(name: str) -> bool:
    """ "customXml/item2.xml", not its relationships (python-docx parses those)."""
    return name.startswith("customXml/") and name.count("/") == 1 and name.endswith(".xml")


def _decode(raw: bytes) -> str:
    """XML text in its declared encoding family (UTF-16 by BOM, else UTF-8, lenient)."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    return raw.decode("utf-8", errors="replace")

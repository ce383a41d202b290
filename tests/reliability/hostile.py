"""Hostile and broken input files, generated on the fly (nothing large is committed)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from editor.model.xmlio import note_to_bytes
from tests.model.builders import small_note


def xxe(path: Path) -> Path:
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE note [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<note>&x;</note>\n',
        encoding="utf-8",
    )
    return path


def external_dtd(path: Path) -> Path:
    path.write_text('<?xml version="1.0"?>\n<!DOCTYPE note SYSTEM "http://127.0.0.1:9/x.dtd">\n<note/>\n')
    return path


def billion_laughs(path: Path) -> Path:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{("&a" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    )
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE note [{entities}]>\n<note>&a9;</note>\n')
    return path


def deep_nesting(path: Path) -> Path:
    path.write_text("<note>" + "<x>" * 10_000 + "</x>" * 10_000 + "</note>")
    return path


def binary_garbage(path: Path) -> Path:
    path.write_bytes(bytes(range(256)) * 64)
    return path


def latin1(path: Path) -> Path:
    path.write_bytes(
        note_to_bytes(small_note()).decode().replace("UTF-8", "UTF-8").encode("latin-1", "replace")
    )
    return path


_SMALL = small_note()


def small_note_for_tests():  # type: ignore[no-untyped-def]
    """The one note the generated files are made of (ids fixed for this test run)."""
    return _SMALL


def utf16(path: Path) -> Path:
    """UTF-16 without a byte-order mark, under a declaration that says UTF-8."""
    path.write_bytes(note_to_bytes(_SMALL).decode().encode("utf-16-le"))
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def huge_text(path: Path) -> Path:
    line = "Lorem ipsum dolor sit amet, consectetur adipiscing elit – Bruxelles\n"
    with path.open("w", encoding="utf-8") as handle:
        for _ in range(50 * 1024 * 1024 // len(line)):
            handle.write(line)
    return path


def colliding_ids(path: Path) -> Path:
    data = note_to_bytes(small_note()).decode()
    start = data.index('<oo-b id="') + len('<oo-b id="')
    oo_id = data[start : data.index('"', start)]
    os_start = data.index('<os id="') + len('<os id="')
    os_id = data[os_start : data.index('"', os_start)]
    path.write_text(data.replace(f'<oo-b id="{oo_id}"', f'<oo-b id="{os_id}"'), encoding="utf-8")
    return path


def dangling_annex_ref(path: Path) -> Path:
    data = note_to_bytes(small_note()).decode()
    start = data.index('<os ref="') + len('<os ref="')
    ref = data[start : data.index('"', start)]
    path.write_text(data.replace(f'<os ref="{ref}"', '<os ref="os-0000000000"'), encoding="utf-8")
    return path


def docx_zip_bomb(path: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        # 300 MB of one letter compresses to about 300 KB: written in chunks to stay small here.
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"a" * (1024 * 1024)
            for _ in range(300):
                member.write(chunk)
    path.write_bytes(buffer.getvalue())
    return path


def docx_with_entities(path: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>',
        )
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>",
        )
    path.write_bytes(buffer.getvalue())
    return path


def truncated_docx(path: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>" * 1000)
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    return path


XML_INPUTS: dict[str, Callable[[Path], Path]] = {
    "xxe": xxe,
    "external-dtd": external_dtd,
    "billion-laughs": billion_laughs,
    "deep-nesting": deep_nesting,
    "binary": binary_garbage,
    "latin-1": latin1,
    "empty": empty,
    "colliding-ids": colliding_ids,
}
DOCX_INPUTS: dict[str, Callable[[Path], Path]] = {
    "zip-bomb": docx_zip_bomb,
    "entities": docx_with_entities,
    "truncated": truncated_docx,
    "binary": binary_garbage,
    "empty": empty,
}
TEXT_INPUTS: dict[str, Callable[[Path], Path]] = {
    "binary": binary_garbage,
    "empty": empty,
    "utf-16": utf16,
    "unrelated": lambda p: (p.write_text("Recette de la tarte au riz : lait, riz, sucre.\n" * 50) and p) or p,
}

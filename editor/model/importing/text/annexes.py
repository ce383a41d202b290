"""Annexes of a published note: compare annex 1 with the body, read agenda and audit records."""

from __future__ import annotations

import re

from editor.model.bitext import BiText, Lang
from editor.model.importing.report import ImportReport
from editor.model.importing.text.normalise import match_key, plain
from editor.model.importing.text.raw import RawAnnex
from editor.model.labels import AnnexKind, NodeKind
from editor.model.numbering import numbering
from editor.model.tree import AgendaRecord, AuditRecord, Note, Record

_KIND_WORDS = [
    (AnnexKind.OBJECTIVES, r"récapitulative|samenvattende lijst"),
    (AnnexKind.MEANS, r"moyens|middelen"),
    (AnnexKind.AGENDA, r"agenda|regelgevingsagenda"),
    (AnnexKind.AUDIT, r"cour des comptes|rekenhof"),
]
_ENTRY_RE = re.compile(r"^(?:OS|SD)\s*(\d+)\s*\.?\s*(?:(?:OO|OD)\s*(\d+)\s*\.\s*(\d+)\s*\.?)?\s*:?\s*(.*)$")
_RECORD_LABELS: dict[AnnexKind, list[tuple[str, str]]] = {
    AnnexKind.AGENDA: [
        ("content", r"contenu.*|inhoud.*"),
        ("os", r"objectif stratégique|strategische doelstelling"),
        ("oos", r"objectif\(s\) opérationnel\(s\)|operationele doelstelling\(en\)"),
        ("situation", r"situation actuelle.*|stand van zaken.*"),
    ],
    AnnexKind.AUDIT: [
        ("reference", r"référence à la cour des comptes.*|referentie rekenhof.*"),
        ("recommendations", r"recommandations de la cour des comptes|aanbevelingen van het rekenhof"),
        ("application", r"application des recommandations|uitvoering van de aanbevelingen"),
    ],
}
_EMPTY_VALUES = {"", "[…]", "[...]", "…", "’", "`"}


def annex_kind(annex: RawAnnex) -> AnnexKind | None:
    title = plain(annex.title).lower()
    for kind, pattern in _KIND_WORDS:
        if re.search(pattern, title):
            return kind
    return None


def _body_titles(note: Note, lang: Lang) -> dict[tuple[int, ...], str]:
    """Titles of the body's OS and OO in one language, by their (renumbered) OS/OO numbers."""
    paths = numbering(note)
    return {paths[node.id]: node.title.get(lang) for node in note.walk() if node.kind in (NodeKind.OS, NodeKind.OO)}


def _printed_entries(annex: RawAnnex) -> dict[tuple[int, ...], tuple[str, int]]:
    printed: dict[tuple[int, ...], tuple[str, int]] = {}
    for line_no, line in annex.lines:
        found = _ENTRY_RE.match(plain(line))
        if found:
            key: tuple[int, ...] = (int(found[1]),) if not found[2] else (int(found[1]), int(found[3]))
            printed.setdefault(key, (found[4].strip(), line_no))
    return printed


def compare_objectives(annex: RawAnnex, note: Note, report: ImportReport, note_no: int, lang: Lang) -> None:
    """Annex 1 is regenerated from the body: report where the printed list disagreed with it."""
    body, printed = _body_titles(note, lang), _printed_entries(annex)
    if not printed:
        return
    where = f"{lang.value}_line"
    body_oo = sum(1 for key in body if len(key) == 2)
    printed_oo = sum(1 for key in printed if len(key) == 2)
    tokens = ("OS", "OO") if lang is Lang.FR else ("SD", "OD")
    if body_oo != printed_oo:
        report.warning(
            "annex-count",
            f"Note {note_no}: the printed {lang.name} annex 1 lists {printed_oo} {tokens[1]}, the body has "
            f"{body_oo}; annex 1 is now generated from the body",
            **{where: annex.line},
            note=note_no,
            lang=lang.value,
            printed=printed_oo,
            body=body_oo,
        )
    for key, (title, line_no) in printed.items():
        label = f"{tokens[0]}{key[0]}" + (f".{tokens[1]}{key[0]}.{key[1]}" if len(key) > 1 else "")
        if key not in body:
            report.warning(
                "annex-extra-entry",
                f"Note {note_no}: {lang.name} annex 1 entry {label} « {title} » is not in the body",
                **{where: line_no},
                note=note_no,
            )
        elif match_key(title) != match_key(body[key]):
            report.info(
                "annex-title-differs",
                f"Note {note_no}: {lang.name} annex 1 {label} « {title} » differs from the body « {body[key]} »",
                **{where: line_no},
                note=note_no,
                annex_title=title,
                body_title=body[key],
            )


def _records(annex: RawAnnex | None, kind: AnnexKind) -> list[dict[str, str]]:
    """Records of an agenda or audit annex as {label key: text}, one dict per record."""
    if annex is None:
        return []
    labels = [(key, re.compile(pattern)) for key, pattern in _RECORD_LABELS[kind]]
    records: list[dict[str, str]] = []
    current: str | None = None
    for _, line in annex.lines:
        head, sep, tail = plain(line).partition(":")
        found = next((key for key, pattern in labels if sep and pattern.fullmatch(match_key(head))), None)
        if found is not None:
            if found == labels[0][0] or not records:
                records.append({})
            current = found
            records[-1][found] = tail.strip()
        elif line.strip() in _EMPTY_VALUES:
            current = None  # "[…]" closes the printed template: what follows is not a record
        elif current is not None and records:
            records[-1][current] = (records[-1][current] + "\n" + line).strip()
    return [r for r in records if any(v.strip() not in _EMPTY_VALUES for v in r.values())]


def records(fr: RawAnnex | None, nl: RawAnnex | None, kind: AnnexKind, note: Note) -> list[Record]:
    """Filled agenda or audit records, French and Dutch paired by position."""
    fr_records, nl_records = _records(fr, kind), _records(nl, kind)
    result: list[Record] = []
    for index in range(max(len(fr_records), len(nl_records))):
        one = fr_records[index] if index < len(fr_records) else {}
        other = nl_records[index] if index < len(nl_records) else {}

        def both(key: str, one: dict[str, str] = one, other: dict[str, str] = other) -> BiText:
            return BiText(_clean(one.get(key, "")), _clean(other.get(key, "")))

        if kind is AnnexKind.AGENDA:
            result.append(_agenda(both, one.get("os", "") or other.get("os", ""), one.get("oos", ""), note))
        else:
            result.append(
                AuditRecord(
                    reference=both("reference"),
                    recommendations=both("recommendations"),
                    application=both("application"),
                )
            )
    return result


def _clean(text: str) -> str:
    return "" if text.strip() in _EMPTY_VALUES else text.strip()


def _agenda(both: object, os_text: str, oos_text: str, note: Note) -> AgendaRecord:
    assert callable(both)
    record = AgendaRecord(content=both("content"), situation=both("situation"))
    paths = numbering(note)
    by_path = {paths[node.id]: node.id for node in note.walk() if node.kind in (NodeKind.OS, NodeKind.OO)}
    os_number = re.search(r"\d+", os_text)
    if os_number:
        record.os_ref = by_path.get((int(os_number[0]),))
    for found in re.finditer(r"(\d+)\.(\d+)", oos_text):
        ref = by_path.get((int(found[1]), int(found[2])))
        if ref:
            record.oo_refs.append(ref)
    return record

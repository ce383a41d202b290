"""Reconcile the visible text of a Word export with the note embedded in it (docx_embedded).

Unedited (the printed facts agree, docx_facts): the embedded note is the import, exactly: same
ids, bounds, links and confirmations. Edited in Word: the visible text wins, and what a page
cannot hold is carried over from the embedded note wherever the place still matches: node ids
by numbering and title, KPI ids by position and name, threshold bounds and KPI link when the
band texts match, confirmations when both sides are unchanged (one side edited: the other is
flagged stale), organisations no objective names.
"""

from __future__ import annotations

import dataclasses

from editor.model.bitext import BiText, Lang
from editor.model.importing.docx_facts import bitext_of, differences, facts, named_organisations
from editor.model.importing.report import ImportReport
from editor.model.kinds import kind_of_value
from editor.model.numbering import numbering
from editor.model.tree import AgendaRecord, Node, Note
from editor.model.values import KpiList, Thresholds

_LIST_SHOWN = 12


def reconcile(visible: Note, embedded: Note, langs: tuple[Lang, ...], report: ImportReport, exact: bool) -> Note:
    """The import: ``embedded`` when the document still says what it says, else ``visible``
    enriched from it. ``exact`` False forbids returning ``embedded`` (files from two exports)."""
    changed = differences(facts(embedded, langs), facts(visible, langs))
    if not changed and exact and set(langs) == set(Lang):
        # What reading the visible text was unsure of (pairings, guesses) no longer applies.
        report.anomalies = [a for a in report.anomalies if a.code.startswith("EMBEDDED")]
        report.info("EMBEDDED_NOTE", "read from the embedded note: the document was not edited since export")
        return embedded
    _carry_over(visible, embedded, langs)
    if changed:
        more = len(changed) - _LIST_SHOWN
        shown = ", ".join(changed[:_LIST_SHOWN]) + (f" … (+{more})" if more > 0 else "")
        report.warning(
            "EDITED_IN_WORD",
            f"edited in Word since export: {len(changed)} field(s) differ: {shown}; the visible text was "
            "taken, ids, threshold bounds and confirmations of the unchanged places were kept",
            fields=changed,
        )
    else:
        missing = [lang for lang in Lang if lang not in langs]
        left = f"; the {'Dutch' if missing[0] is Lang.NL else 'French'} side, not in the document, stays empty"
        report.info(
            "EMBEDDED_EXTRAS",
            "the text agrees with the embedded note: ids, threshold bounds and links restored from it"
            + (left if missing else ""),
        )
    return visible


def _carry_over(visible: Note, embedded: Note, langs: tuple[Lang, ...]) -> None:
    both = set(langs) == set(Lang)
    renamed: dict[str, str] = {}
    if bitext_of(visible.title.competence, langs) == bitext_of(embedded.title.competence, langs):
        visible.id = embedded.id  # the same note, unless even its competence was retyped
    _same_shape(visible.title, embedded.title, langs, both)
    _organisations(visible, embedded, langs, renamed)
    taken: set[str] = set()
    for ours in visible.abbreviations:
        key = _texts(ours, langs)
        theirs = next((a for a in embedded.abbreviations if _texts(a, langs) == key and a.id not in taken), None)
        if theirs is not None:
            ours.id = theirs.id
            taken.add(theirs.id)
            _same_shape(ours, theirs, langs, both)
    for ours_chapter, theirs_chapter in zip(visible.chapters, embedded.chapters, strict=False):
        if ours_chapter.kind is theirs_chapter.kind:
            _same_shape(ours_chapter, theirs_chapter, langs, both)
    _nodes(visible, embedded, langs, both, renamed)
    _annexes(visible, embedded, langs, both, renamed)


def _organisations(visible: Note, embedded: Note, langs: tuple[Lang, ...], renamed: dict[str, str]) -> None:
    """Organisations keep their ids by name; those no objective names (not printed) come back."""
    used = set()
    for ours in visible.organisations:
        theirs = next((o for o in embedded.organisations if _texts(o, langs) == _texts(ours, langs)), None)
        if theirs is not None and theirs.id not in used:
            renamed[ours.id] = theirs.id
            ours.id = theirs.id
            used.add(theirs.id)
    named = named_organisations(embedded)
    visible.organisations += [o for o in embedded.organisations if o.id not in used and o.id not in named]


def _nodes(visible: Note, embedded: Note, langs: tuple[Lang, ...], both: bool, renamed: dict[str, str]) -> None:
    """Same numbering, kind and title: the same node (its id, KPI ids, bounds, confirmations)."""
    their_paths = numbering(embedded)
    theirs_at = {their_paths[node.id]: node for node in embedded.walk()}
    our_paths = numbering(visible)
    pairs: list[tuple[Node, Node]] = []
    for ours in visible.walk():
        theirs = theirs_at.get(our_paths[ours.id])
        if theirs and theirs.kind is ours.kind and bitext_of(theirs.title, langs) == bitext_of(ours.title, langs):
            pairs.append((ours, theirs))
    for ours, theirs in pairs:  # ids first: threshold links may point into another node
        renamed[ours.id] = theirs.id
        ours.id = theirs.id
        for key in ours.fields:
            ours_kpis, their_kpis = ours.value(key, KpiList), theirs.value(key, KpiList)
            if ours_kpis is not None and their_kpis is not None:
                _kpi_ids(ours_kpis, their_kpis, langs, renamed)
    kpi_ids = _kpi_ids_of(visible)
    for ours, theirs in pairs:
        _same_shape(ours.title, theirs.title, langs, both)
        for key, value in ours.fields.items():
            other = theirs.fields.get(key)
            ours_bands, their_bands = ours.value(key, Thresholds), theirs.value(key, Thresholds)
            if ours_bands is not None and their_bands is not None:
                _thresholds(ours_bands, their_bands, langs, kpi_ids)
            if other is not None and type(other) is type(value):
                _same_shape(value, other, langs, both)
    _rename_refs(visible, renamed)


def _kpi_ids(ours: KpiList, theirs: KpiList, langs: tuple[Lang, ...], renamed: dict[str, str]) -> None:
    for our_kpi, their_kpi in zip(ours.items, theirs.items, strict=False):
        if bitext_of(our_kpi.name, langs) == bitext_of(their_kpi.name, langs):
            renamed[our_kpi.id] = their_kpi.id
            our_kpi.id = their_kpi.id


def _thresholds(ours: Thresholds, theirs: Thresholds, langs: tuple[Lang, ...], kpi_ids: set[str]) -> None:
    """Bounds and KPI link come back only when every band still says the same."""
    if ours.kind is not theirs.kind:
        return
    if any(bitext_of(ours.band(c).text, langs) != bitext_of(theirs.band(c).text, langs) for c in theirs.colours()):
        return
    for colour in theirs.colours():
        ours.band(colour).lower = theirs.band(colour).lower
        ours.band(colour).upper = theirs.band(colour).upper
    if theirs.kpi is None or theirs.kpi in kpi_ids:
        ours.kpi = theirs.kpi


def _same_shape(ours: object, theirs: object, langs: tuple[Lang, ...], both: bool) -> None:
    """Walk two values of the same type together: a bilingual text with at least one side
    unchanged takes back its confirmation snapshot, so an unchanged pair keeps its state and a
    side edited in Word flags the other as stale (both languages must be in the document)."""
    if isinstance(ours, BiText) and isinstance(theirs, BiText):
        if both and any(mine.strip() == other.strip() for mine, other in ((ours.fr, theirs.fr), (ours.nl, theirs.nl))):
            ours.base_fr, ours.base_nl = theirs.base_fr, theirs.base_nl
    elif isinstance(ours, list) and isinstance(theirs, list):
        for one, other in zip(ours, theirs, strict=False):
            _same_shape(one, other, langs, both)
    elif dataclasses.is_dataclass(ours) and type(ours) is type(theirs) and not isinstance(ours, type):
        for field in dataclasses.fields(ours):
            if field.name not in ("children", "fields"):
                _same_shape(getattr(ours, field.name), getattr(theirs, field.name), langs, both)


def _annexes(visible: Note, embedded: Note, langs: tuple[Lang, ...], both: bool, renamed: dict[str, str]) -> None:
    """Records keep their ids when they print the same, at the same place."""
    for ours, theirs in zip(visible.annexes, embedded.annexes, strict=False):
        if ours.kind is not theirs.kind:
            continue
        for our_record, their_record in zip(ours.records, theirs.records, strict=False):
            if type(our_record) is not type(their_record):
                continue
            if _texts(our_record, langs) == _texts(their_record, langs):
                our_record.id = their_record.id
                _same_shape(our_record, their_record, langs, both)


def _texts(record: object, langs: tuple[Lang, ...]) -> tuple[str, ...]:
    """Every bilingual text of a record (abbreviation, organisation, annex record), as printed."""
    found: tuple[str, ...] = ()
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if isinstance(value, BiText):
            found += bitext_of(value, langs)
    return found


def _kpi_ids_of(note: Note) -> set[str]:
    return {kpi.id for node in note.walk() for kpis in node.values_of(KpiList) for kpi in kpis.items}


def _rename_refs(note: Note, renamed: dict[str, str]) -> None:
    """References to nodes and organisations follow their new ids."""
    for node in note.walk():
        for value in node.fields.values():
            kind_of_value(value).remap(value, renamed)
    for annex in note.annexes:
        for record in annex.records:
            if isinstance(record, AgendaRecord):
                record.os_ref = renamed.get(record.os_ref, record.os_ref) if record.os_ref else None
                record.oo_refs = [renamed.get(ref, ref) for ref in record.oo_refs]

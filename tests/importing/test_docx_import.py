"""Word import: the editor's own exports read back unchanged, template documents, hostile files."""

from __future__ import annotations

import random
import struct
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE

from editor.model.bitext import BULLET, Lang
from editor.model.importing import ImportFailure
from editor.model.importing.docx_reader import read_docx
from editor.model.importing.docx_values import deadline_value
from editor.model.labels import FIELD_SPECS, NodeKind, Template
from editor.model.resources import SAMPLE_NOTE
from editor.model.tree import AgendaRecord, Note
from editor.model.values import (
    Deadline,
    DeadlineKind,
    KpiList,
    Means,
    Partners,
    Season,
    Status,
    StatusCode,
    ThresholdKind,
    Thresholds,
)
from editor.model.xmlio import load_note, note_from_bytes, note_to_bytes
from exporters.blocks import Table, note_blocks
from exporters.docx_export import export_docx
from exporters.docx_parliament import export_parliament_docx

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def sample() -> Note:
    """The bundled sample cut to its first strategic objective (both templates, year blocks,
    actions, items, every value type): the Word export of the whole note takes seconds."""
    note = load_note(SAMPLE_NOTE)
    note.objectives = note.objectives[:1]
    for annex in note.annexes:
        for record in annex.records:
            if isinstance(record, AgendaRecord):  # references into the objectives cut away
                record.os_ref = record.os_ref if record.os_ref and note.find(record.os_ref) else None
                record.oo_refs = [ref for ref in record.oo_refs if note.find(ref)]
    return note


@pytest.fixture(scope="module")
def exports(sample: Note, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exports")
    paths = {}
    for name, langs in {"fr-nl": (Lang.FR, Lang.NL), "fr": (Lang.FR,), "nl": (Lang.NL,)}.items():
        paths[name] = folder / f"note-{name}.docx"
        export_docx(sample, paths[name], langs=langs, draft=True)
    return paths


def _blocks(note: Note) -> list[tuple[str, object, object]]:
    """What an export prints (ids left aside): every block's kind and both sides."""
    return [(b.kind.value, b.fr, b.nl) for b in note_blocks(note, draft=True)]


def _lines(note: Note, lang: Lang) -> list[str]:
    """One language's printed lines, whatever the pairing of blocks with the other language."""
    result: list[str] = []
    for block in note_blocks(note, draft=True):
        side = block.side(lang)
        lines = [repr(side)] if isinstance(side, Table) else side.split("\n")
        result += [line.removeprefix(BULLET) for line in lines]
    return result


def test_bilingual_export_reads_back_to_the_same_document(sample: Note, exports: dict[str, Path]) -> None:
    note, report = read_docx([exports["fr-nl"]], embedded=False)
    assert _blocks(note) == _blocks(sample)
    assert note.title.document_ref == sample.title.document_ref
    assert report.counts()["warning"] == 0 and report.counts()["error"] == 0
    # Each language's list is printed in its own order; the pairs are rebuilt (AB ↔ BA, STIB ↔ MIVB …).
    pairs = {(a.short.fr, a.short.nl, a.long.fr, a.long.nl) for a in note.abbreviations}
    assert pairs == {(a.short.fr, a.short.nl, a.long.fr, a.long.nl) for a in sample.abbreviations}
    assert report.summary["operational_objectives"] == sum(1 for n in sample.walk() if n.kind is NodeKind.OO)
    again = note_from_bytes(note_to_bytes(note), "imported.xml")  # schema-valid
    assert _blocks(again) == _blocks(sample)


def test_french_and_dutch_files_pair_into_one_note(sample: Note, exports: dict[str, Path]) -> None:
    note, report = read_docx([exports["nl"], exports["fr"]], embedded=False)
    assert _blocks(note) == _blocks(sample)
    assert not report.by_code("ONE_LANGUAGE_ONLY")


def test_parliament_layout_reads_back(sample: Note, tmp_path: Path) -> None:
    """The Parliament's two-column DOCX (Dutch on the left, chapter titles on two lines)."""
    path = tmp_path / "parlement.docx"
    export_parliament_docx(sample, path, draft=True, left=Lang.NL)
    note, report = read_docx([path], embedded=False)
    assert _blocks(note) == _blocks(sample)
    assert note.title.document_ref == sample.title.document_ref
    assert not report.by_code("UNPLACED")


def test_typed_values_are_read_back(sample: Note, exports: dict[str, Path]) -> None:
    note, _ = read_docx([exports["fr-nl"]], embedded=False)
    for old, new in zip(sample.walk(), note.walk(), strict=True):
        assert (old.kind, old.template, old.year) == (new.kind, new.template, new.year)
        for key, value in old.fields.items():
            read = new.fields[key]
            if isinstance(value, Means):
                assert isinstance(read, Means)
                assert (read.fte, [b.amount for b in read.budget]) == (value.fte, [b.amount for b in value.budget])
                assert [b.code for b in read.budget] == [b.code for b in value.budget]
            elif isinstance(value, KpiList):
                assert isinstance(read, KpiList)
                assert [(k.name.fr, k.name.nl, k.target, k.baseline_year) for k in read.items] == [
                    (k.name.fr, k.name.nl, k.target, k.baseline_year) for k in value.items
                ]
            elif isinstance(value, Status):
                assert isinstance(read, Status) and read.code == value.code


def test_single_language_file_leaves_the_other_side_empty(sample: Note, exports: dict[str, Path]) -> None:
    note, report = read_docx([exports["fr"]])
    assert _lines(note, Lang.FR) == _lines(sample, Lang.FR)
    assert all(not node.title.nl for node in note.walk())
    assert report.by_code("LANGUAGE_MISSING")


def _template_document(path: Path) -> None:
    """A note typed by hand on the official template: bold headings, label variants, FR then NL."""
    document = docx.Document()
    fr = [
        ("b", "CHAPITRE IV – Aperçu des objectifs stratégiques et opérationnels"),
        ("b", "IV.1\u00a0OS\u00a01\u00a0: Un transport rémunéré de personnes de qualité"),
        ("l", "Description de l’objectif :"),
        ("p", "Moderniser le secteur des taxis à Bruxelles."),
        ("b", "IV.1.1. OO 1.1. : Réforme du secteur des taxis"),
        ("b", "IV.1.1.1 Réalisations 2021"),
        ("p", "Statut de l’OO : Selon le planning"),
        ("l", "Description de la réalisation de l’objectif"),
        ("-", "L’ordonnance a été votée en juin"),
        ("b", "IV.1.1.2 Planning 2022"),
        ("l", "Description de l’objectif"),
        ("p", "Mettre en œuvre la réforme."),
        ("l", "Valeurs seuils de l’OO (vert, orange ou rouge)"),
        ("-", "vert : 1.200 licences ou plus"),
        ("-", "orange : de 800 à 1.200 licences"),
        ("-", "rouge : moins de 800 licences"),
        ("l", "Échéance de l’OO"),
        ("p", "Printemps 2021"),
        ("l", "Moyens"),
        ("-", "AB 20.002.08.01.1211 (promotion du taxi) : 500.000 euros par an"),
        ("p", "Une remarque égarée sous les moyens ?"),
        ("l", "Partenaires"),
        ("p", "STIB, Bruxelles Fiscalité"),
    ]
    nl = [
        ("b", "HOOFDSTUK IV – Overzicht van de strategische en operationele doelstellingen"),
        ("b", "IV.1 SD 1 : Kwaliteitsvol bezoldigd personenvervoer"),
        ("l", "Beschrijving van de doelstelling"),
        ("p", "De taxisector in Brussel moderniseren."),
        ("b", "IV.2.1. OD 2.1. : Hervorming van de taxisector"),
        ("b", "IV.2.1.1 Verwezenlijkingen 2021"),
        ("p", "Status van de OD : Volgens het schema"),
        ("l", "Omschrijving van de realisatie van de doelstelling :"),
        ("-", "De ordonnantie werd in juni gestemd"),
        ("b", "IV.2.1.2 Planning 2022"),
        ("l", "Omschrijving van de doelstelling"),
        ("p", "De hervorming uitvoeren."),
        ("l", "Drempelwaarden van de OD (groen, oranje of rood)"),
        ("-", "groen : 1.200 vergunningen of meer"),
        ("-", "oranje : van 800 tot 1.200 vergunningen"),
        ("-", "rood : minder dan 800 vergunningen"),
        ("l", "Deadline voor de OD :"),
        ("p", "Voorjaar 2021"),
        ("l", "Middelen"),
        ("-", "BA 20.002.08.01.1211 (promotie van de taxi) : 500.000 euro per jaar"),
        ("l", "Partner :"),
        ("p", "MIVB, Brussel Fiscaliteit"),
    ]
    document.add_paragraph("Texte d’introduction sans titre.")
    for kind, text in fr + nl:
        if kind == "-":
            document.add_paragraph(text, style="List Bullet")
        else:
            run = document.add_paragraph().add_run(text)
            run.bold = kind in ("b", "l")
    document.save(str(path))


def test_template_document_written_by_hand(tmp_path: Path) -> None:
    path = tmp_path / "note-modele.docx"
    _template_document(path)
    note, report = read_docx([path])
    assert [n.kind for n in note.walk()] == [NodeKind.OS, NodeKind.OO, NodeKind.REALISATION, NodeKind.PLANNING]
    os_node, oo, realisation, planning = note.walk()
    assert os_node.text("description").nl == "De taxisector in Brussel moderniseren."
    assert oo.template is Template.B and oo.title.nl == "Hervorming van de taxisector"
    status = realisation.fields["status"]
    assert isinstance(status, Status) and status.code is StatusCode.ON_SCHEDULE
    assert realisation.text("realisation_description").fr == "– L’ordonnance a été votée en juin"
    deadline = planning.fields["deadline"]
    assert deadline.kind is DeadlineKind.SEASON and deadline.season is Season.SPRING and deadline.year == 2021  # type: ignore[union-attr]
    thresholds = planning.fields["thresholds"]
    assert isinstance(thresholds, Thresholds) and thresholds.red.text.nl == "minder dan 800 vergunningen"
    means = planning.fields["means"]
    assert isinstance(means, Means) and means.budget[0].amount == Decimal(500000) and means.budget[0].per_year
    assert means.budget[0].label.nl == "promotie van de taxi"
    assert means.note.fr == "Une remarque égarée sous les moyens ?"
    partners = planning.fields["partners"]
    assert isinstance(partners, Partners)
    names = [org.name.nl for org in note.organisations if org.id in partners.items]
    assert names == ["MIVB", "Brussel Fiscaliteit"]
    renumbered = report.by_code("RENUMBERED")
    assert renumbered and renumbered[0].detail["printed"] == "2.1"
    assert any("Texte d’introduction" in a.message for a in report.by_code("UNPLACED"))
    note_from_bytes(note_to_bytes(note), "modele.xml")


def _paragraphs(path: Path, rows: list[tuple[str, str]]) -> None:
    """A document of ("b" bold / "-" bullet / "p" plain / "t" table row, text) paragraphs."""
    document = docx.Document()
    for kind, text in rows:
        if kind == "t":  # a two-cell table row: label | value
            cells = document.add_table(rows=1, cols=2).rows[0].cells
            cells[0].text, cells[1].text = text.partition(" : ")[::2]
        elif kind == "-":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph().add_run(text).bold = kind == "b"
    document.save(str(path))


def test_template_a_with_a_french_label_left_in_the_dutch_text(tmp_path: Path) -> None:
    """Seed 000 prints "Cibles" in the Dutch column: the Dutch text must stay Dutch."""
    path = tmp_path / "visit.docx"
    _paragraphs(
        path,
        [
            ("b", "IV.2 OS 2 : Renforcer l’attractivité touristique"),
            ("b", "IV.2.1. OO 2.1. : Promouvoir Bruxelles comme destination"),
            ("b", "1 Indicateur clés de performance (ICP) pour l’output de l’OO, lié aux actions et projets"),
            ("-", "Nombre de nuitées"),
            ("-", "Taux de satisfaction des visiteurs"),
            ("b", "Cibles"),
            ("-", "« Hedonists »"),
            ("b", "Moyens"),
            ("-", "12.017.08.01.1211 Frais de fonctionnement relatifs au tourisme. 130.000 euros"),
            ("b", "IV.2.1.1 Campagne « Brussels, here we are »"),
            ("b", "Description de l’objectif"),
            ("p", "Une campagne internationale."),
            ("b", "IV.2 SD 2 : De toeristische aantrekkingskracht versterken"),
            ("b", "IV.2.1. OD 2.1. : Brussel als bestemming promoten"),
            ("b", "KPI voor de output van de OD, gekoppeld aan de acties en projecten"),
            ("-", "Aantal overnachtingen"),
            ("-", "Tevredenheidsgraad van de bezoekers"),
            ("b", "Cibles"),
            ("-", "„Hedonisten”"),
            ("b", "Middelen"),
            ("-", "12.017.08.01.1211 Werkingskosten voor toerisme. 130.000 euro"),
            ("b", "IV.2.1.1 Campagne „Brussels, here we are”"),
            ("b", "Beschrijving van de doelstelling"),
            ("p", "Een internationale campagne."),
        ],
    )
    note, report = read_docx([path])
    oo = note.objectives[0].children[0]
    assert oo.template is Template.A and [c.kind for c in oo.children] == [NodeKind.ITEM]
    assert (oo.text("targets").fr, oo.text("targets").nl) == ("– « Hedonists »", "– „Hedonisten”")
    kpis = oo.fields["kpis"]
    assert isinstance(kpis, KpiList)
    assert [(k.name.fr, k.name.nl) for k in kpis.items][1] == (
        "Taux de satisfaction des visiteurs",
        "Tevredenheidsgraad van de bezoekers",
    )
    means = oo.fields["means"]
    assert isinstance(means, Means) and means.budget[0].amount == Decimal(130000)
    assert means.budget[0].label.nl == "Werkingskosten voor toerisme."
    assert oo.children[0].text("description").nl == "Een internationale campagne."
    # Printed OS 2 is the first objective of this document: renumbered, old numbers reported.
    assert sorted(a.detail["printed"] for a in report.by_code("RENUMBERED")) == ["2", "2", "2.1", "2.1"]


def test_title_chapters_and_unnumbered_blocks_written_by_hand(tmp_path: Path) -> None:
    path = tmp_path / "screen.docx"
    _paragraphs(
        path,
        [
            ("b", "NOTE D’ORIENTATION"),
            ("p", "compétences Tourisme et Promotion de l’image de Bruxelles"),
            ("p", "2021-2022"),
            ("b", "CHAPITRE IER"),
            ("b", "Introduction"),
            ("p", "La crise sanitaire a frappé le secteur."),
            ("b", "CHAPITRE IV"),
            ("b", "Aperçu des objectifs stratégiques"),
            ("b", "et opérationnels"),
            ("b", "IV.3 OS 3 : Soutenir l’audiovisuel"),
            ("b", "IV.3.11. OO 3.11. : Attirer les tournages"),
            ("b", "Réalisations 2021"),
            ("p", "Statut de l’OO Selon le planning"),
            ("b", "Planning 2022"),
            ("b", "Échéance de l’OO"),
            ("p", "Pour screen.brussels : décembre 2023"),
        ],
    )
    note, report = read_docx([path])
    assert note.title.competence.fr == "Tourisme et Promotion de l’image de Bruxelles"
    assert (note.title.session_year, note.title.budget_year) == (2021, 2022)
    assert note.chapters[0].body.fr == "La crise sanitaire a frappé le secteur."
    oo = note.objectives[0].children[0]
    assert [(c.kind, c.year) for c in oo.children] == [(NodeKind.REALISATION, 2021), (NodeKind.PLANNING, 2022)]
    deadline = oo.children[1].fields["deadline"]
    assert isinstance(deadline, Deadline) and (deadline.kind, deadline.year, deadline.part) == (
        DeadlineKind.MONTH,
        2023,
        12,
    )
    assert deadline.qualifier.fr == "Pour screen.brussels"
    assert not report.by_code("UNPLACED")


def test_side_by_side_table_without_language_tags(tmp_path: Path) -> None:
    """A bilingual document typed in a two-column table: columns told apart by their headings."""
    document = docx.Document()
    rows = [
        ("IV.1 OS 1 : Une mobilité partagée", "IV.1 SD 1 : Een gedeelde mobiliteit"),
        ("Description de l’objectif", "Omschrijving van de doelstelling"),
        ("Étendre l’offre de voitures partagées.", "Het aanbod van deelauto’s uitbreiden."),
        ("Échéance de l’OS", "Deadline voor de SD"),
        ("2024", "2024"),
        ("Conditions de réussite", ""),  # not translated yet: the Dutch cell is empty
        ("Adoption du projet par le Gouvernement", ""),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (fr, nl) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = fr, nl
    path = tmp_path / "côte-à-côte.docx"
    document.save(str(path))
    note, report = read_docx([path])
    os_node = note.objectives[0]
    assert (os_node.title.fr, os_node.title.nl) == ("Une mobilité partagée", "Een gedeelde mobiliteit")
    assert os_node.text("description").nl == "Het aanbod van deelauto’s uitbreiden."
    assert os_node.text("description").fr == "Étendre l’offre de voitures partagées."
    deadline = os_node.fields["deadline"]
    assert isinstance(deadline, Deadline) and deadline.year == 2024
    conditions = os_node.text("success_conditions")
    assert (conditions.fr, conditions.nl) == ("Adoption du projet par le Gouvernement", "")
    assert not report.by_code("UNPLACED")


def test_heading_set_by_a_bold_paragraph_style(tmp_path: Path) -> None:
    """Hand-made templates set their headings with their own bold styles, not Heading n."""
    document = docx.Document()
    style = document.styles.add_style("Titre de bloc", WD_STYLE_TYPE.PARAGRAPH)
    style.font.bold = True
    document.add_paragraph("IV.1 OS 1 : Une mobilité partagée")
    document.add_paragraph("IV.1.1. OO 1.1. : Développer les voitures partagées")
    document.add_paragraph("Planning 2022", style="Titre de bloc")
    document.add_paragraph("Échéance de l’OO")
    document.add_paragraph("Décembre 2022")
    path = tmp_path / "styles-maison.docx"
    document.save(str(path))
    note, _ = read_docx([path])
    planning = note.objectives[0].children[0].children[0]
    assert (planning.kind, planning.year) == (NodeKind.PLANNING, 2022)
    deadline = planning.fields["deadline"]
    assert isinstance(deadline, Deadline) and (deadline.kind, deadline.part) == (DeadlineKind.MONTH, 12)


@pytest.mark.parametrize(
    ("fr", "nl", "expected"),
    [
        ("Q2 2022", "Q2 2022", (DeadlineKind.QUARTER, 2022, 2, "", "")),
        ("Premier semestre 2022", "Eerste helft van 2022", (DeadlineKind.SEMESTER, 2022, 1, "", "")),
        ("Octobre 2020 (avant le déménagement)", "Oktober 2020 (vóór de verhuizing)",
         (DeadlineKind.MONTH, 2020, 10, "avant le déménagement", "vóór de verhuizing")),
        ("Adoption du nouveau cadre : 2021-2022", "Vaststelling van het nieuwe kader : 2021-2022",
         (DeadlineKind.RANGE, 2022, None, "Adoption du nouveau cadre :", "Vaststelling van het nieuwe kader :")),
        ("Chaque année jusqu’en 2024", "Elk jaar tot 2024", (DeadlineKind.EVERY_YEAR_UNTIL, 2024, None, "", "")),
        ("1er mars 2022", "1 maart 2022", (DeadlineKind.DATE, 2022, 3, "", "")),
    ],
)  # fmt: skip
def test_deadline_forms_of_published_notes(fr: str, nl: str, expected: tuple[object, ...]) -> None:
    deadline, problems = deadline_value([(False, fr)], [(False, nl)])
    found = (deadline.kind, deadline.year, deadline.part, deadline.qualifier.fr, deadline.qualifier.nl)
    assert found == expected and problems == []


def test_deadline_that_differs_between_languages_is_reported() -> None:
    deadline, problems = deadline_value([(False, "2024")], [(False, "2023")])
    assert deadline.year == 2024 and "differs" in problems[0]
    text, problems = deadline_value([(False, "Six mois après l’adoption")], [(False, "Zes maanden na de goedkeuring")])
    assert text.kind is DeadlineKind.TEXT and text.text.nl == "Zes maanden na de goedkeuring" and not problems


def test_yes_no_thresholds_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "binaire.docx"
    _paragraphs(
        path,
        [
            ("b", "IV.1 OS 1 : Une mobilité partagée"),
            ("b", "IV.1.1. OO 1.1. : Autopartage"),
            ("b", "IV.1.1.1 Planning 2022"),
            ("b", "Valeurs seuils de l’OO (vert, orange ou rouge)"),
            ("-", "OK : ordonnance adoptée"),
            ("-", "Pas OK : ordonnance non adoptée"),
        ],
    )
    note, _ = read_docx([path])
    thresholds = note.objectives[0].children[0].children[0].fields["thresholds"]
    assert isinstance(thresholds, Thresholds) and thresholds.kind is ThresholdKind.BINARY
    assert (thresholds.green.text.fr, thresholds.red.text.fr) == ("ordonnance adoptée", "ordonnance non adoptée")


def test_two_files_in_the_same_language_are_refused(exports: dict[str, Path]) -> None:
    with pytest.raises(ImportFailure, match="both files are in French"):
        read_docx([exports["fr"], exports["fr"]])


_HEADINGS = (
    "IV.1 OS 1 : Mobilité",
    "IV.1 SD 1 : Mobiliteit",
    "IV.1.1. OO 1.1. : Vélo",
    "IV.1.1. OD 1.1. : Fiets",
    "IV.1.1.1 Réalisations 2021",
    "IV.1.1.1 Realisaties 2021",
    "IV.1.1.2 Planning 2022",
    "IV.1.1.1 Projet « Été »",
    "IV.1.1.2.1 Action 1",
    "Réalisations 2021",
    "CHAPITRE IV",
    "HOOFDSTUK II – Omgevingsanalyse",
    "Annexe 3 : Agenda de la réglementation",
    "Bijlage 4 : Rekenhof",
)
_VALUES = (
    "2022",
    "Printemps 2021",
    "vert : 40 km",
    "AB 20.002.08.01.1211 (études) : 500.000 euros par an",
    "En cours",
    "STIB, MIVB",
    "Nombre estimé ETP : 2,5",
    "Recommandations de la Cour des comptes : néant",
    "Strategische doelstelling : SD 1",
)


def test_any_order_of_headings_and_labels_gives_a_valid_note(tmp_path: Path) -> None:
    """Shuffled headings, labels (both languages) and values never crash the reader and always
    give a schema-valid note: what cannot be placed goes to the report."""
    labels = sorted({spec.label(lang) for specs in FIELD_SPECS.values() for spec in specs for lang in Lang})
    rng = random.Random(20221)
    for round_ in range(30):
        rows = []
        for _ in range(rng.randint(5, 40)):
            pool = rng.choice((_HEADINGS, labels, _VALUES))
            rows.append((rng.choice("bp-t"), rng.choice(pool)))
        path = tmp_path / f"mélange-{round_}.docx"
        _paragraphs(path, rows)
        try:
            note, _ = read_docx([path])
        except ImportFailure:
            continue
        note_from_bytes(note_to_bytes(note), path.name)


# --- hostile and broken files ------------------------------------------------------------


def _failure(path: Path) -> str:
    with pytest.raises(ImportFailure) as caught:
        read_docx([path])
    assert caught.value.source == str(path)
    return str(caught.value)


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "pas-un-docx.docx"
    path.write_text("Ceci n’est pas un document Word.", encoding="utf-8")
    assert "not a zip" in _failure(path)


def test_old_or_encrypted_word_file(tmp_path: Path) -> None:
    path = tmp_path / "ancien.doc.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2048))
    assert "save it as .docx" in _failure(path)


def test_truncated_docx(exports: dict[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "tronqué.docx"
    data = exports["fr"].read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert "zip" in _failure(path) or "damaged" in _failure(path)


def _zip_with(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def test_zip_bomb_refused_before_extraction(tmp_path: Path) -> None:
    path = tmp_path / "bombe.docx"
    _zip_with(path, {"[Content_Types].xml": b"<Types/>", "word/document.xml": b" " * (8 * 2**20)})
    assert "zip bomb" in _failure(path)


def test_too_big_when_expanded(tmp_path: Path) -> None:
    """The zip directory announces 250 MB: refused on that claim alone, nothing is inflated."""
    path = tmp_path / "énorme.docx"
    _zip_with(path, {"word/document.xml": b"<w:document/>", "word/media/image1.png": b"\0" * 1000})
    data = bytearray(path.read_bytes())
    entry = data.rindex(b"PK\x01\x02")  # central directory record of the last member
    data[entry + 24 : entry + 28] = struct.pack("<I", 250 * 2**20)  # its uncompressed size
    path.write_bytes(bytes(data))
    assert "200 MB" in _failure(path)


def test_entity_declarations_refused(exports: dict[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "entités.docx"
    with zipfile.ZipFile(exports["fr"]) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                head, _, rest = data.partition(b"?>")
                data = head + b'?><!DOCTYPE w:document [<!ENTITY rire "ha">]>' + rest
            target.writestr(info, data)
    assert "DOCTYPE" in _failure(path)


def test_entity_declarations_in_utf16_refused(tmp_path: Path) -> None:
    path = tmp_path / "utf16.docx"
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE d [<!ENTITY e "x">]><d>&e;</d>'
    _zip_with(path, {"[Content_Types].xml": b"<Types/>", "word/document.xml": xml.encode("utf-16-le")})
    assert "DOCTYPE" in _failure(path)


def test_missing_file(tmp_path: Path) -> None:
    assert "cannot read" in _failure(tmp_path / "absent.docx")


# --- command line ------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_cli_imports_and_reports(exports: dict[str, Path], tmp_path: Path) -> None:
    out, report = tmp_path / "note.xml", tmp_path / "rapport.txt"
    result = _cli("import-docx", str(exports["fr"]), str(exports["nl"]), "-o", str(out), "--report", str(report))
    assert result.returncode == 0, result.stderr
    assert "OS" in result.stdout and "OO" in result.stdout
    assert note_from_bytes(out.read_bytes()).objectives
    assert "Import report" in report.read_text(encoding="utf-8")
    again = _cli("import-docx", str(exports["fr-nl"]), "-o", str(out))
    assert again.returncode == 2 and "--force" in again.stderr


def test_cli_bad_input_writes_nothing(tmp_path: Path) -> None:
    bad, out = tmp_path / "cassé.docx", tmp_path / "note.xml"
    bad.write_bytes("PK\x03\x04 tronqué".encode())
    result = _cli("import-docx", str(bad), "-o", str(out))
    assert result.returncode == 2 and "cassé.docx" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()

"""Word export read back with python-docx: styles, languages, tables, fields, header, guard."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from editor.model.bitext import BiText, Lang
from editor.model.labels import DELEGATION_TEXT, RECORD_LABELS, AnnexKind, ChapterKind, NodeKind, Template
from editor.model.numbering import heading, numbering, objectives_list
from editor.model.tree import (
    Abbreviation,
    AgendaRecord,
    AuditRecord,
    Delegation,
    Note,
    Organisation,
    new_node,
)
from editor.model.values import (
    BudgetLine,
    CreditType,
    Deadline,
    DeadlineKind,
    Direction,
    Kpi,
    Season,
    StatusCode,
)
from exporters.common import SubmissionRefusedError, submission_errors, write_atomically
from exporters.docx_export import export_docx


def _bi(fr: str, nl: str) -> BiText:
    text = BiText(fr, nl)
    text.confirm()
    return text


def _fill_texts(node, texts: dict[str, tuple[str, str]]) -> None:
    for key, (fr, nl) in texts.items():
        node.fields[key] = _bi(fr, nl)


def _planning(year: int) -> object:
    plan = new_node(NodeKind.PLANNING, year=year)
    _fill_texts(
        plan,
        {
            "description": ("Étendre le réseau cyclable sécurisé.", "Het veilige fietsnet uitbreiden."),
            "output": (
                "Des pistes séparées sur les grands axes.",
                "Afgescheiden fietspaden op de grote assen.",
            ),
            "actions": (
                "– aménager les voiries régionales\n– créer des parkings vélos",
                "– de gewestwegen heraanleggen\n– fietsparkings aanleggen",
            ),
            "success_conditions": ("L’accord des communes.", "Het akkoord van de gemeenten."),
            "partners": ("", ""),
        },
    )
    plan.fields["kpis"].items.append(
        Kpi(
            name=_bi("Longueur de pistes cyclables séparées", "Lengte afgescheiden fietspaden"),
            unit=_bi("km", "km"),
            baseline=Decimal(120),
            baseline_year=2024,
            target=Decimal(150),
            target_year=year,
            direction=Direction.INCREASE,
        )
    )
    thresholds = plan.fields["thresholds"]
    thresholds.green.text = _bi("au moins 150 km", "minstens 150 km")
    thresholds.orange.text = _bi("de 130 à 150 km", "van 130 tot 150 km")
    thresholds.red.text = _bi("moins de 130 km", "minder dan 130 km")
    plan.fields["deadline"] = Deadline(DeadlineKind.SEASON, year=year, season=Season.SPRING)
    means = plan.fields["means"]
    means.fte = Decimal("2.5")
    means.budget.append(
        BudgetLine(
            code="12.345.67.89.1211",
            label=_bi("aménagements cyclables", "fietsinrichtingen"),
            amount=Decimal(130000),
            credit=CreditType.BOTH,
        )
    )
    return plan


def _realisation(year: int) -> object:
    block = new_node(NodeKind.REALISATION, year=year)
    block.fields["status"].code = StatusCode.ON_SCHEDULE
    _fill_texts(
        block,
        {
            "realisation_description": ("Les travaux ont commencé.", "De werken zijn begonnen."),
            "output_achieved": ("Douze kilomètres réalisés.", "Twaalf kilometer aangelegd."),
            "actions_achieved": ("– avenue de la Couronne", "– Kroonlaan"),
            "output_per_action_achieved": ("Chantier terminé.", "Werf afgerond."),
        },
    )
    return block


def build_note() -> Note:
    """A small complete note: both templates, a delegated OO, annex records, abbreviations."""
    note = Note()
    title = note.title
    title.competence = _bi("Mobilité douce", "Zachte mobiliteit")
    title.minister = _bi("Élodie Lefèvre", "Élodie Lefèvre")
    title.body = _bi("Bruxelles Mobilité", "Brussel Mobiliteit")
    title.document_ref = "A-123/1"
    stib = Organisation(name=_bi("STIB", "MIVB"))
    note.organisations = [stib]
    note.abbreviations = [
        Abbreviation(short=_bi("STIB", "MIVB"), long=_bi("Société des transports", "Maatschappij voor vervoer")),
        Abbreviation(short=_bi("ICP", "KPI"), long=_bi("indicateur clé", "kritieke indicator")),
        Abbreviation(short=_bi("OO", "OD"), long=_bi("objectif opérationnel", "operationele doelstelling")),
    ]
    note.chapter(ChapterKind.INTRODUCTION).body = _bi(
        "La Région mise sur le vélo.\n– des pistes\n– des parkings",
        "Het Gewest zet in op de fiets.\n– fietspaden\n– fietsparkings",
    )
    note.chapter(ChapterKind.CONTEXT).body = _bi("Le trafic augmente.", "Het verkeer neemt toe.")
    note.chapter(ChapterKind.SUMMARY).body = _bi("Trois priorités.", "Drie prioriteiten.")
    os1 = new_node(NodeKind.OS, title=_bi("Développer le vélo", "De fiets ontwikkelen"))
    os1.fields["description"] = _bi("Doubler l’usage du vélo.", "Het fietsgebruik verdubbelen.")
    os1.fields["kpis"].items.append(Kpi(name=_bi("Part modale du vélo", "Modaal aandeel van de fiets")))
    oo_b = new_node(NodeKind.OO, Template.B, title=_bi("Réseau cyclable régional", "Gewestelijk fietsnet"))
    oo_b.children = [_realisation(2025), _planning(2026)]
    oo_b.children[1].fields["partners"] = _partners(stib.id)
    oo_a = new_node(NodeKind.OO, Template.A, title=_bi("Promotion du vélo", "Promotie van de fiets"))
    _fill_texts(
        oo_a,
        {
            "description": ("Faire connaître le vélo.", "De fiets bekendmaken."),
            "output": ("Une campagne annuelle.", "Een jaarlijkse campagne."),
            "targets": ("Les navetteurs.", "De pendelaars."),
            "actions": ("– campagne d’affichage", "– affichecampagne"),
        },
    )
    oo_a.fields["kpis"].items.append(Kpi(name=_bi("Nombre de participants", "Aantal deelnemers")))
    oo_d = new_node(NodeKind.OO, Template.B, title=_bi("Tarification du parking", "Parkeertarieven"))
    oo_d.delegation = Delegation(
        delegate=_bi("la Ministre des Finances", "de Minister van Financiën"),
        reference=_bi("sa note, OO 2.1.", "haar nota, OD 2.1."),
    )
    os1.children = [oo_b, oo_a, oo_d]
    note.objectives.append(os1)
    agenda = note.annex(AnnexKind.AGENDA)
    agenda.records.append(
        AgendaRecord(
            content=_bi("Arrêté sur les zones cyclables", "Besluit over de fietszones"),
            os_ref=os1.id,
            oo_refs=[oo_b.id],
            situation=_bi("En préparation.", "In voorbereiding."),
        )
    )
    note.annex(AnnexKind.AUDIT).records.append(
        AuditRecord(
            reference=_bi("Rapport sur la mobilité", "Verslag over de mobiliteit"),
            recommendations=_bi("Mesurer les effets.", "De effecten meten."),
            application=_bi("Un tableau de bord.", "Een dashboard."),
        )
    )
    return note


def _partners(org_id: str):
    from editor.model.values import Partners

    return Partners([org_id])


# --- reading the document back ------------------------------------------------------------

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample-note.xml"
HEADING_STYLES = {f"Heading {level}": level for level in range(1, 6)}
SHADE_FILLS = ["A9D08E", "F4B183", "FF8B8B"]


def paragraphs(document: Document) -> list[Paragraph]:
    """Every paragraph in document order, table cells included."""
    return [Paragraph(p, document._body) for p in document.element.body.iter(qn("w:p"))]


def run_langs(element) -> list[tuple[str, str | None]]:
    """(text, w:lang/@w:val) of every run holding text under an element."""
    result = []
    for run in element.iter(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        if text.strip():
            lang = run.find(f"{qn('w:rPr')}/{qn('w:lang')}")
            result.append((text, lang.get(qn("w:val")) if lang is not None else None))
    return result


def instructions(element) -> str:
    return " ".join(instr.text or "" for instr in element.iter(qn("w:instrText")))


def export(note: Note, tmp_path: Path, langs: tuple[Lang, ...], draft: bool = True) -> Document:
    path = tmp_path / f"note-{'-'.join(lang.value for lang in langs)}.docx"
    export_docx(note, path, langs=langs, draft=draft)
    return docx.Document(str(path))


@pytest.fixture(scope="module")
def note() -> Note:
    """The bundled sample when it is there, else the small complete note above."""
    if SAMPLE.exists():
        from editor.model.xmlio import load_note

        return load_note(SAMPLE)
    return build_note()


@pytest.fixture(scope="module")
def documents(note, tmp_path_factory) -> dict[str, Document]:
    """The note exported once per language choice, shared by the read-back tests (drafts)."""
    folder = tmp_path_factory.mktemp("docx")
    choices = {"fr": (Lang.FR,), "nl": (Lang.NL,), "both": (Lang.FR, Lang.NL)}
    return {name: export(note, folder, langs) for name, langs in choices.items()}


def test_build_note_is_complete():
    assert submission_errors(build_note()) == []


@pytest.mark.parametrize("lang", [Lang.FR, Lang.NL])
def test_single_language_headings_follow_the_tree(note, documents, lang):
    document = documents[lang.value]
    paths = numbering(note)
    expected = [(heading(node, paths[node.id], lang), min(len(paths[node.id]) + 1, 5)) for node in note.walk()]
    found = [
        (p.text, HEADING_STYLES[p.style.name])
        for p in paragraphs(document)
        if p.style.name in HEADING_STYLES and HEADING_STYLES[p.style.name] > 1
    ]
    assert found == expected


def test_french_export_holds_french_only_and_tags_it(note, documents):
    document = documents["fr"]
    texts = [p.text for p in paragraphs(document)]
    assert "CHAPITRE IER – Introduction" in texts
    assert not any(text.startswith("HOOFDSTUK") or " SD 1 : " in text for text in texts)
    langs = {lang for _, lang in run_langs(document.element.body)}
    assert langs == {"fr-BE"}


def test_dutch_export_holds_dutch_only_and_tags_it(note, documents):
    document = documents["nl"]
    texts = [p.text for p in paragraphs(document)]
    assert "HOOFDSTUK I – Inleiding" in texts
    assert not any(text.startswith("CHAPITRE") or " OS 1 : " in text for text in texts)
    assert {lang for _, lang in run_langs(document.element.body)} == {"nl-BE"}
    normal_lang = document.styles["Normal"].element.find(f"{qn('w:rPr')}/{qn('w:lang')}")
    assert normal_lang.get(qn("w:val")) == "nl-BE"
    assert document.core_properties.language == "nl-BE"


def test_bilingual_sets_each_french_block_beside_its_dutch_block(note, documents):
    document = documents["both"]
    rows = [row for table in document.tables for row in table.rows if len(row.cells) == 2]
    paths = numbering(note)
    pairs = {(row.cells[0].text.strip(), row.cells[1].text.strip()) for row in rows}
    for node in note.walk():
        path = paths[node.id]
        assert (heading(node, path, Lang.FR), heading(node, path, Lang.NL)) in pairs
    for table in document.tables:
        for row in table.rows:
            left, right = row._tr.findall(qn("w:tc"))
            assert {lang for _, lang in run_langs(left)} <= {"fr-BE"}
            assert {lang for _, lang in run_langs(right)} <= {"nl-BE"}
    borders = document.tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert all(edge.get(qn("w:val")) == "nil" for edge in borders)


def test_annex_one_lists_the_objectives_of_the_tree(note, documents):
    document = documents["fr"]
    found = paragraphs(document)
    texts = [p.text for p in found]
    annexes = [i for i, p in enumerate(found) if p.style.name == "Heading 1" and p.text.startswith("Annexe")]
    start, end = annexes[0], annexes[1]
    assert texts[start].startswith("Annexe 1 : ")
    assert [text for text in texts[start + 1 : end] if text] == [e.line(Lang.FR) for e in objectives_list(note)]


def test_kpi_table_and_threshold_table_with_three_shaded_bands(note, documents):
    document = documents["fr"]
    kpi_tables = [
        t
        for t in document.tables
        if [c.text for c in t.rows[0].cells][:3] == ["Indicateur", "Valeur de départ", "Cible"]
    ]
    assert kpi_tables
    assert "Sens" in [c.text for c in kpi_tables[0].rows[0].cells]
    assert kpi_tables[0].style.name == "Table Grid"
    fills = [[shd.get(qn("w:fill")) for shd in table._tbl.iter(qn("w:shd"))] for table in document.tables]
    assert SHADE_FILLS in fills
    threshold = document.tables[fills.index(SHADE_FILLS)]
    assert [row.cells[0].text.split(" : ")[0] for row in threshold.rows] == ["vert", "orange", "rouge"]


def test_table_of_contents_field_header_reference_and_page_numbers(tmp_path):
    note = build_note()
    document = export(note, tmp_path, (Lang.FR,), draft=False)
    assert 'TOC \\o "1-3"' in instructions(document.element.body)
    kinds = [c.get(qn("w:fldCharType")) for c in document.element.body.iter(qn("w:fldChar"))]
    assert kinds.count("begin") == kinds.count("end") == kinds.count("separate") >= 1
    header = document.sections[0].header
    assert note.title.reference_line in [p.text for p in header.paragraphs]
    assert "PROJET" not in " ".join(p.text for p in header.paragraphs)
    footer = document.sections[0].footer
    assert "PAGE" in instructions(footer._element)
    assert footer.paragraphs[0].text.startswith("— ") and footer.paragraphs[0].text.endswith(" —")
    settings = document.settings.element.find(qn("w:updateFields"))
    assert settings is not None and settings.get(qn("w:val")) == "true"


def test_core_properties(note, documents):
    document = documents["fr"]
    props = document.core_properties
    assert props.author == note.title.minister.fr
    assert props.subject == note.title.competence.fr
    assert note.title.competence.fr in props.title and props.title.startswith("NOTE D’ORIENTATION")
    assert props.language == "fr-BE"


def test_styles_carry_the_language_and_named_styles_exist(note, documents):
    document = documents["fr"]
    for name in ("Normal", "Heading 1", "Heading 2", "Field Label", "List Bullet"):
        lang = document.styles[name].element.find(f"{qn('w:rPr')}/{qn('w:lang')}")
        assert lang is not None and lang.get(qn("w:val")) == "fr-BE", name
    labels = [p for p in paragraphs(document) if p.style.name == "Field Label"]
    assert labels and document.styles["Field Label"].font.bold
    assert any(p.style.name == "List Bullet" for p in paragraphs(document))


def test_draft_marks_every_page_in_both_languages_and_shows_placeholders(tmp_path):
    incomplete = build_note()
    incomplete.objectives[0].fields["description"] = BiText("", "")
    planning = incomplete.objectives[0].children[0].children[1]
    planning.fields["thresholds"].orange.text = BiText("", "")
    document = export(incomplete, tmp_path, (Lang.NL,), draft=True)
    header = " ".join(p.text for p in document.sections[0].header.paragraphs)
    assert "ONTWERP / PROJET" in header
    found = paragraphs(document)
    description = next(i for i, p in enumerate(found) if p.text == "Omschrijving van de doelstelling")
    placeholder = found[description + 1].runs
    assert [run.text for run in placeholder] == ["[in te vullen]"]
    assert placeholder[0].style.name == "Placeholder" and placeholder[0].style.font.italic
    assert "oranje : [in te vullen]" in [p.text for p in found]


def test_incomplete_note_is_refused_without_draft_and_nothing_is_written(tmp_path):
    incomplete = build_note()
    incomplete.objectives[0].fields["description"] = BiText("Doubler l’usage du vélo.", "")
    target = tmp_path / "refused.docx"
    with pytest.raises(SubmissionRefusedError) as refused:
        export_docx(incomplete, target, langs=(Lang.FR,), draft=False)
    assert refused.value.issues
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_delegated_objective_and_abbreviations_sorted_per_language(tmp_path):
    complete = build_note()
    for lang, expected in ((Lang.FR, ["ICP", "OO", "STIB"]), (Lang.NL, ["KPI", "MIVB", "OD"])):
        document = export(complete, tmp_path, (lang,), draft=False)
        texts = [p.text for p in paragraphs(document)]
        sentence = DELEGATION_TEXT[lang].format(
            delegate=complete.objectives[0].children[2].delegation.delegate.get(lang),
            reference=complete.objectives[0].children[2].delegation.reference.get(lang),
        )
        assert sentence in texts
        abbreviations = document.tables[0]
        assert [row.cells[0].text for row in abbreviations.rows] == expected


def test_annex_records_name_objectives_and_means_summary_is_a_table(tmp_path):
    note = build_note()
    for lang, expected in ((Lang.FR, ("OS 1", "OO 1.1.")), (Lang.NL, ("SD 1", "OD 1.1."))):
        document = export(note, tmp_path, (lang,), draft=False)
        rows = [tuple(cell.text for cell in row.cells) for table in document.tables for row in table.rows]
        assert (RECORD_LABELS["os"][lang], expected[0]) in rows
        assert (RECORD_LABELS["oos"][lang], expected[1]) in rows
        assert (RECORD_LABELS["recommendations"][lang], note.annexes[3].records[0].recommendations.get(lang)) in rows
        means_rows = [row for row in rows if row and row[0].startswith(("OS1", "SD1"))]
        assert means_rows and len(means_rows[0]) == 3


def test_failed_write_leaves_the_previous_file_and_no_temporary(tmp_path):
    target = tmp_path / "note.docx"
    target.write_bytes(b"previous export")

    def failing(temp: Path) -> None:
        temp.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        write_atomically(target, failing)
    assert target.read_bytes() == b"previous export"
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.parametrize(("name", "tags"), [("fr", {"fr-BE"}), ("nl", {"nl-BE"}), ("both", {"fr-BE", "nl-BE"})])
def test_every_run_and_paragraph_mark_carries_a_proofing_language(documents, name, tags):
    document = documents[name]
    section = document.sections[0]
    parts = [document.element.body, section.header._element, section.footer._element]
    lang_path = f"{qn('w:rPr')}/{qn('w:lang')}"
    run_tags = [r.find(lang_path) for part in parts for r in part.iter(qn("w:r"))]
    mark_tags = [p.find(f"{qn('w:pPr')}/{lang_path}") for part in parts for p in part.iter(qn("w:p"))]
    assert None not in run_tags and None not in mark_tags
    body = document.element.body
    body_tags = [r.find(lang_path) for r in body.iter(qn("w:r"))] + [
        p.find(f"{qn('w:pPr')}/{lang_path}") for p in body.iter(qn("w:p"))
    ]
    assert {tag.get(qn("w:val")) for tag in body_tags} == tags  # the draft mark in the header is bilingual


@pytest.mark.parametrize("langs", [(Lang.FR,), (Lang.NL, Lang.FR)])
def test_progress_is_reported_up_to_the_end(tmp_path, langs):
    seen: list[tuple[int, int]] = []
    export_docx(build_note(), tmp_path / "note.docx", langs=langs, draft=False, progress=lambda *p: seen.append(p))
    assert len(seen) > 10
    assert [done for done, _ in seen] == list(range(1, len(seen) + 1))
    assert {total for _, total in seen} == {len(seen)}

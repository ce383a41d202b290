"""Flattening a note into aligned French/Dutch blocks: order, pairing, numbering, annexes."""

from __future__ import annotations

from decimal import Decimal

from editor.model.bitext import BiText, Lang
from editor.model.labels import AnnexKind, ChapterKind, NodeKind, Template
from editor.model.numbering import heading, numbering
from editor.model.tree import Abbreviation, AgendaRecord, Node, Note, Organisation, new_node
from editor.model.values import (
    Band,
    BudgetLine,
    Colour,
    Deadline,
    DeadlineKind,
    Direction,
    Kpi,
    KpiList,
    Means,
    Partners,
    Season,
    Status,
    StatusCode,
    Thresholds,
)
from exporters.blocks import BlockKind, Table, note_blocks


def _bt(fr: str, nl: str) -> BiText:
    return BiText(fr, nl)


def _planning(year: int, stib: str) -> Node:
    plan = new_node(NodeKind.PLANNING, year=year)
    plan.fields["description"] = _bt(
        "Étendre le réseau cyclable régional sécurisé.",
        "Het beveiligde gewestelijke fietsnetwerk uitbreiden.",
    )
    plan.fields["output"] = _bt(
        "– 12 km de pistes séparées\n– 4 carrefours réaménagés",
        "– 12 km afgescheiden fietspaden\n– 4 heraangelegde kruispunten",
    )
    plan.fields["kpis"] = KpiList(
        [
            Kpi(
                name=_bt("Kilomètres de pistes cyclables", "Kilometer fietspaden"),
                unit=_bt("km", "km"),
                baseline=Decimal("120"),
                baseline_year=2025,
                target=Decimal("132"),
                target_year=year,
                direction=Direction.INCREASE,
            )
        ]
    )
    plan.fields["thresholds"] = Thresholds(
        green=Band(_bt("au moins 12 km", "minstens 12 km")),
        orange=Band(_bt("de 8 à 12 km", "van 8 tot 12 km")),
        red=Band(_bt("moins de 8 km", "minder dan 8 km")),
    )
    plan.fields["deadline"] = Deadline(DeadlineKind.SEASON, year=year, season=Season.SPRING)
    plan.fields["actions"] = _bt(
        "Marchés publics de travaux en deux lots.", "Overheidsopdrachten voor werken in twee loten."
    )
    plan.fields["success_conditions"] = _bt(
        "Accord des communes concernées.", "Akkoord van de betrokken gemeenten."
    )
    plan.fields["means"] = Means(
        fte=Decimal("2.5"),
        budget=[
            BudgetLine(
                code="12.345.67.89.1211",
                label=_bt("pistes cyclables", "fietspaden"),
                amount=Decimal("17600000"),
            )
        ],
    )
    plan.fields["partners"] = Partners([stib])
    return plan


def build_note() -> Note:
    """A small but complete bilingual note: two OS, both OO templates, an agenda record."""
    note = Note()
    note.title.competence = _bt(
        "Mobilité douce et Sécurité routière", "Zachte mobiliteit en Verkeersveiligheid"
    )
    note.title.document_ref = "A-123/1"
    note.title.session_year = 2025
    stib = Organisation(name=_bt("STIB", "MIVB"))
    note.organisations = [stib, Organisation(name=_bt("Bruxelles Mobilité", "Brussel Mobiliteit"))]
    note.abbreviations = [
        Abbreviation(
            short=_bt("CIRB", "CIBG"),
            long=_bt(
                "Centre d’informatique pour la Région bruxelloise",
                "Centrum voor Informatica voor het Brusselse Gewest",
            ),
        ),
        Abbreviation(
            short=_bt("ICP", "KPI"), long=_bt("Indicateur clé de performance", "Kritieke prestatie-indicator")
        ),
        Abbreviation(short=_bt("OO", "OD"), long=_bt("Objectif opérationnel", "Operationele doelstelling")),
        Abbreviation(short=_bt("BM", "BMB"), long=_bt("Bruxelles Mobilité", "Brussel Mobiliteit")),
    ]
    note.chapter(ChapterKind.INTRODUCTION).body = _bt(
        "La présente note décrit la politique régionale.\n– Vélo\n– Marche à pied",
        "Deze nota beschrijft het gewestelijke beleid.\n– Fiets\n– Te voet",
    )
    note.chapter(ChapterKind.CONTEXT).body = _bt(
        "Le trafic a diminué de 2,5 % en 2025.",
        "Het verkeer is in 2025 met 2,5 % gedaald.\nDat is een goed teken.",
    )
    os1 = new_node(NodeKind.OS, title=_bt("Une ville cyclable", "Een fietsvriendelijke stad"))
    os1.fields["description"] = _bt("Faire du vélo le premier choix.", "Van de fiets de eerste keuze maken.")
    os1.fields["kpis"] = KpiList(
        [
            Kpi(
                name=_bt("Part modale du vélo", "Modal share fiets"),
                unit=_bt("%", "%"),
                target=Decimal("15"),
                target_year=2030,
            )
        ]
    )
    oo1 = new_node(NodeKind.OO, Template.B, title=_bt("Réseau cyclable régional", "Gewestelijk fietsnetwerk"))
    real = new_node(NodeKind.REALISATION, year=2025)
    real.fields["status"] = Status(StatusCode.IN_PROGRESS)
    real.fields["realisation_description"] = _bt("Huit kilomètres réalisés.", "Acht kilometer gerealiseerd.")
    oo1.children = [real, _planning(2026, stib.id)]
    oo2 = new_node(NodeKind.OO, Template.A, title=_bt("Stationnement vélo", "Fietsparkeren"))
    oo2.fields["description"] = _bt("Créer des boxes vélos.", "Fietsboxen plaatsen.")
    item = new_node(NodeKind.ITEM, title=_bt("Boxes de quartier", "Buurtboxen"))
    item.fields["targets"] = _bt("Habitants des quartiers denses", "Bewoners van dichtbebouwde wijken")
    oo2.children = [item]
    os1.children = [oo1, oo2]
    os2 = new_node(NodeKind.OS, title=_bt("Des rues sûres", "Veilige straten"))
    oo3 = new_node(NodeKind.OO, Template.B, title=_bt("Zones 30 généralisées", "Veralgemeende zones 30"))
    os2.children = [oo3]
    note.objectives = [os1, os2]
    agenda = note.annex(AnnexKind.AGENDA)
    assert agenda is not None
    agenda.records = [
        AgendaRecord(
            content=_bt("Arrêté sur le stationnement", "Besluit over het parkeren"),
            os_ref=os1.id,
            oo_refs=[oo2.id],
            situation=_bt("En rédaction.", "In opmaak."),
        )
    ]
    return note


def test_every_block_has_both_sides_and_text_blocks_are_filled() -> None:
    for block in note_blocks(build_note(), draft=False):
        if block.kind is BlockKind.PAGE_BREAK:
            continue
        assert type(block.fr) is type(block.nl), block
        if block.kind is not BlockKind.TABLE:
            assert block.text(Lang.FR).strip() and block.text(Lang.NL).strip(), block


def test_order_title_front_chapters_objectives_annexes() -> None:
    blocks = note_blocks(build_note(), draft=False)
    assert blocks[0].kind is BlockKind.TITLE_PAGE
    assert blocks[0].text(Lang.FR).splitlines() == [
        "NOTE D’ORIENTATION",
        "compétence « Mobilité douce et Sécurité routière »",
        "2025-2026",
    ]
    assert blocks[0].text(Lang.NL).splitlines()[0] == "BELEIDSNOTA"
    chapters = [b.text(Lang.FR).splitlines()[0] for b in blocks if b.kind is BlockKind.CHAPTER]
    assert chapters == ["CHAPITRE IER", "CHAPITRE II", "CHAPITRE III", "CHAPITRE IV"]
    chapter_nl = [b.text(Lang.NL) for b in blocks if b.kind is BlockKind.CHAPTER]
    assert chapter_nl[0] == "HOOFDSTUK I\nInleiding"
    sections = [b.text(Lang.NL) for b in blocks if b.kind is BlockKind.SECTION]
    assert sections[:2] == ["LIJST MET AFKORTINGEN", "Inhoudstafel"]
    assert sections[2].startswith("Bijlage 1 : Samenvattende lijst")
    assert sections[-1].startswith("Bijlage 4 : Stand van zaken")
    first_heading = next(i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADING)
    iv = next(i for i, b in enumerate(blocks) if b.kind is BlockKind.CHAPTER and "IV" in b.text(Lang.FR))
    assert iv < first_heading


def test_headings_follow_numbering_in_both_languages() -> None:
    note = build_note()
    paths = numbering(note)
    headings = [b for b in note_blocks(note, draft=False) if b.kind is BlockKind.HEADING]
    assert [b.node_id for b in headings] == [node.id for node in note.walk()]
    for block in headings:
        node = note.find(block.node_id or "")
        assert node is not None
        assert block.level == len(paths[node.id])
        for lang in Lang:
            assert block.text(lang) == heading(node, paths[node.id], lang)
    texts = [(b.text(Lang.FR), b.text(Lang.NL)) for b in headings]
    assert (
        "IV.1.1. OO 1.1. : Réseau cyclable régional",
        "IV.1.1. OD 1.1. : Gewestelijk fietsnetwerk",
    ) in texts
    assert ("IV.2 OS 2 : Des rues sûres", "IV.2 SD 2 : Veilige straten") in texts
    assert ("IV.1.1.2 Planning 2026", "IV.1.1.2 Planning 2026") in texts


def test_paragraphs_pair_one_by_one_when_shapes_match_and_stay_whole_otherwise() -> None:
    blocks = note_blocks(build_note(), draft=False)
    intro = [b for b in blocks if b.node_id == "chapter-introduction" and b.kind is not BlockKind.CHAPTER]
    assert [(b.kind, b.text(Lang.NL)) for b in intro] == [
        (BlockKind.PARAGRAPH, "Deze nota beschrijft het gewestelijke beleid."),
        (BlockKind.BULLET, "Fiets"),
        (BlockKind.BULLET, "Te voet"),
    ]
    context = [b for b in blocks if b.node_id == "chapter-context" and b.kind is not BlockKind.CHAPTER]
    assert len(context) == 1
    assert context[0].text(Lang.NL) == "Het verkeer is in 2025 met 2,5 % gedaald.\nDat is een goed teken."


def test_abbreviations_sorted_in_each_language_on_its_own() -> None:
    blocks = note_blocks(build_note(), draft=False)
    table = next(b for b in blocks if b.kind is BlockKind.TABLE)
    assert isinstance(table.fr, Table) and isinstance(table.nl, Table)
    assert [row.cells[0] for row in table.fr.rows] == ["BM", "CIRB", "ICP", "OO"]
    assert [row.cells[0] for row in table.nl.rows] == ["BMB", "CIBG", "KPI", "OD"]


def test_typed_values_rendered_per_language() -> None:
    blocks = note_blocks(build_note(), draft=False)
    by_field = {}
    for block in blocks:
        if block.field and block.kind is not BlockKind.LABEL:
            by_field.setdefault(block.field, []).append(block)
    deadline = by_field["deadline"][0]
    assert (deadline.text(Lang.FR), deadline.text(Lang.NL)) == ("Printemps 2026", "Voorjaar 2026")
    status = by_field["status"][0]
    assert (status.text(Lang.FR), status.text(Lang.NL)) == ("En cours", "In uitvoering")
    thresholds = by_field["thresholds"][0]
    assert isinstance(thresholds.fr, Table) and isinstance(thresholds.nl, Table)
    assert [row.colour for row in thresholds.fr.rows] == [Colour.GREEN, Colour.ORANGE, Colour.RED]
    assert thresholds.nl.rows[0].cells == ("groen : minstens 12 km",)
    means = [b.text(Lang.FR) for b in by_field["means"]]
    assert "17,6 millions d’euros" in means[1]
    assert "AB 12.345.67.89.1211" in means[1]
    assert "BA 12.345.67.89.1211" in by_field["means"][1].text(Lang.NL)
    partners = by_field["partners"][0]
    assert (partners.text(Lang.FR), partners.text(Lang.NL)) == ("STIB", "MIVB")
    kpis = by_field["kpis"]
    kpi_os = kpis[0].nl
    assert isinstance(kpi_os, Table) and kpi_os.rows[0].cells[2] == "15\u00a0% (2030)"


def test_labels_come_from_the_label_table_before_each_field() -> None:
    blocks = note_blocks(build_note(), draft=False)
    labels = [(b.text(Lang.FR), b.text(Lang.NL)) for b in blocks if b.kind is BlockKind.LABEL]
    assert ("Échéance de l’OO", "Deadline voor de OD") in labels
    assert ("Cibles", "Doelpubliek") in labels
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.LABEL:
            following = blocks[index + 1]
            assert (following.node_id, following.field) == (block.node_id, block.field)


def test_annex_one_lists_every_objective_and_records_name_objectives() -> None:
    blocks = note_blocks(build_note(), draft=False)
    start = next(
        i
        for i, b in enumerate(blocks)
        if b.kind is BlockKind.SECTION and b.text(Lang.FR).startswith("Annexe 1")
    )
    entries = []
    for block in blocks[start + 1 :]:
        if block.kind is not BlockKind.PARAGRAPH:
            break
        entries.append((block.text(Lang.FR), block.text(Lang.NL)))
    assert entries == [
        ("OS1 : Une ville cyclable", "SD1 : Een fietsvriendelijke stad"),
        ("OS1.OO1.1. : Réseau cyclable régional", "SD1.OD1.1. : Gewestelijk fietsnetwerk"),
        ("OS1.OO1.2. : Stationnement vélo", "SD1.OD1.2. : Fietsparkeren"),
        ("OS2 : Des rues sûres", "SD2 : Veilige straten"),
        ("OS2.OO2.1. : Zones 30 généralisées", "SD2.OD2.1. : Veralgemeende zones 30"),
    ]
    record = next(
        b
        for b in blocks
        if b.kind is BlockKind.TABLE
        and b.field is None
        and isinstance(b.nl, Table)
        and b.nl.rows
        and b.nl.rows[0].cells[0].startswith("Inhoud")
    )
    assert isinstance(record.nl, Table)
    assert [row.cells[1] for row in record.nl.rows] == [
        "Besluit over het parkeren",
        "SD 1",
        "OD 1.2.",
        "In opmaak.",
    ]


def test_draft_shows_placeholders_final_leaves_empty_fields_out() -> None:
    note = build_note()
    final = note_blocks(note, draft=False)
    draft = note_blocks(note, draft=True)
    assert not [b for b in final if b.kind is BlockKind.PLACEHOLDER]
    holes = [b for b in draft if b.kind is BlockKind.PLACEHOLDER]
    assert holes and all(b.text(Lang.FR) == "[à compléter]" for b in holes)
    # The project item has required fields still empty: the draft shows each, under its label.
    item = note.objectives[0].children[1].children[0]
    item_holes = [b.field for b in holes if b.node_id == item.id]
    assert item_holes == ["description", "output", "kpis", "actions"]
    for index, block in enumerate(draft):
        if block.kind is BlockKind.PLACEHOLDER and block.field:
            assert draft[index - 1].kind is BlockKind.LABEL
    assert len(draft) > len(final)


def test_one_sided_text_marks_the_missing_side_in_a_draft() -> None:
    note = build_note()
    note.chapter(ChapterKind.SUMMARY).body = _bt("Synthèse en français seulement.", "")
    summary = [
        b
        for b in note_blocks(note, draft=True)
        if b.node_id == "chapter-summary" and b.kind is BlockKind.PARAGRAPH
    ]
    assert [(b.text(Lang.FR), b.text(Lang.NL)) for b in summary] == [
        ("Synthèse en français seulement.", "[in te vullen]")
    ]


def test_untitled_objective_heading_shows_the_placeholder_only_in_a_draft() -> None:
    note = build_note()
    oo = note.objectives[1].children[0]
    oo.title = _bt("Zones 30 généralisées", "")
    draft = next(
        b for b in note_blocks(note, draft=True) if b.kind is BlockKind.HEADING and b.node_id == oo.id
    )
    assert (draft.text(Lang.FR), draft.text(Lang.NL)) == (
        "IV.2.1. OO 2.1. : Zones 30 généralisées",
        "IV.2.1. OD 2.1. : [in te vullen]",
    )
    final = next(
        b for b in note_blocks(note, draft=False) if b.kind is BlockKind.HEADING and b.node_id == oo.id
    )
    assert final.text(Lang.NL) == "IV.2.1. OD 2.1. : "

"""A complete, rule-abiding note for the rule tests, and the XML fixtures built from it.

Every rule test starts from ``complete_note()`` (which has no issue at all) and breaks one thing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from editor.model.bitext import BiText, Lang
from editor.model.checks import check_note
from editor.model.labels import AnnexKind, ChapterKind, NodeKind, Template
from editor.model.tree import (
    Abbreviation,
    AgendaRecord,
    AuditRecord,
    Delegation,
    Node,
    Note,
    Organisation,
    new_node,
)
from editor.model.values import (
    Band,
    BudgetLine,
    CreditType,
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
from editor.model.xmlio import load_note, save_note

RULES_DIR = Path(__file__).resolve().parents[1] / "data" / "rules"
TODAY = date(2021, 10, 15)  # when the 2021-2022 notes were written


def bt(fr: str, nl: str) -> BiText:
    return BiText(fr, nl)


def kpis(fr: str = "Nombre de nuitées à Bruxelles", nl: str = "Aantal overnachtingen in Brussel") -> KpiList:
    return KpiList([Kpi(name=bt(fr, nl), direction=Direction.INCREASE)])


def thresholds() -> Thresholds:
    """Seed note 2's bands, numeric in million euros: more is better."""
    return Thresholds(
        green=Band(bt("21 M€ par an", "21 M€ per jaar"), Decimal(21), None),
        orange=Band(bt("15 M à 21 M", "15 M tot 21 M"), Decimal(15), Decimal(21)),
        red=Band(bt("< 15 M", "< 15 M"), None, Decimal(15)),
    )


def means(org_ids: list[str] | None = None) -> Means:
    line = BudgetLine(
        code="12.017.08.01.1211",
        label=bt("Subsides aux opérateurs touristiques", "Subsidies aan toeristische operatoren"),
        amount=Decimal(130000),
        credit=CreditType.BOTH,
    )
    return Means(
        fte=Decimal("2.5"), ict=bt("Aucun besoin spécifique", "Geen specifieke behoeften"), budget=[line]
    )


def planning(year: int, org_id: str) -> Node:
    block = new_node(NodeKind.PLANNING, year=year)
    block.fields.update(
        description=bt(
            "Développer l’offre de séjours à Bruxelles.", "Het verblijfsaanbod in Brussel uitbreiden."
        ),
        output=bt("Une offre renouvelée en 2022.", "Een vernieuwd aanbod in 2022."),
        kpis=kpis(),
        thresholds=thresholds(),
        deadline=Deadline(DeadlineKind.SEASON, year=year, season=Season.SPRING),
        actions=bt("– Campagne « Été à Bruxelles »", "– Campagne ‘Zomer in Brussel’"),
        success_conditions=bt("Collaboration des hôteliers", "Medewerking van de hoteliers"),
        means=means(),
        partners=Partners([org_id]),
    )
    action = new_node(NodeKind.ACTION, title=bt("Campagne d’été", "Zomercampagne"))
    action.fields.update(
        output=bt("Trois campagnes réalisées", "Drie campagnes uitgevoerd"),
        kpis=kpis("Nombre de campagnes", "Aantal campagnes"),
        thresholds=thresholds(),
        deadline=Deadline(DeadlineKind.RANGE, year=year, start_year=year - 1),
    )
    block.children.append(action)
    return block


def realisation(year: int) -> Node:
    block = new_node(NodeKind.REALISATION, year=year)
    block.fields.update(
        status=Status(StatusCode.IN_PROGRESS),
        realisation_description=bt("La stratégie a été adoptée.", "De strategie werd goedgekeurd."),
        output_achieved=bt("1.699 nuitées supplémentaires", "1699 bijkomende overnachtingen"),
        actions_achieved=bt("– Étude préalable", "– Voorafgaande studie"),
        output_per_action_achieved=bt(
            "Étude publiée le 15 septembre 2021", "Studie gepubliceerd op 15/09/2021"
        ),
        promised_deadline=Deadline(DeadlineKind.YEAR, year=year - 1),
    )
    return block


def template_a_oo() -> Node:
    oo = new_node(NodeKind.OO, Template.A, title=bt("Promouvoir la destination", "De bestemming promoten"))
    oo.fields.update(
        description=bt("Attirer 2,5 % de visiteurs en plus.", "2,5% meer bezoekers aantrekken."),
        output=bt("Une marque forte", "Een sterk merk"),
        kpis=kpis(),
        targets=bt("Touristes et Bruxellois", "Toeristen en Brusselaars"),
        actions=bt("– Salons professionnels", "– Vakbeurzen"),
    )
    item = new_node(NodeKind.ITEM, title=bt("Brussels Days", "Brussels Days"))
    item.fields.update(
        description=bt("Organiser les Brussels Days.", "De Brussels Days organiseren."),
        output=bt("Deux éditions", "Twee edities"),
        kpis=kpis("Nombre de participants", "Aantal deelnemers"),
        targets=bt("Professionnels du tourisme", "Toeristische professionals"),
        actions=bt("– Édition de printemps", "– Voorjaarseditie"),
    )
    oo.children.append(item)
    return oo


def delegated_oo() -> Node:
    oo = new_node(
        NodeKind.OO, Template.A, title=bt("Simplifier les démarches", "De procedures vereenvoudigen")
    )
    oo.delegation = Delegation(
        bt("Ministre-Président", "Minister-President"),
        bt("Lettre d’orientation 2021-2022, OS1 – OO 1.1.12", "Oriëntatiebrief 2021-2022, SD1 – OD 1.1.12"),
    )
    return oo


def complete_note() -> Note:
    """A small note that breaks no rule (checked with TODAY)."""
    note = Note()
    note.title.competence = bt("Tourisme", "Toerisme")
    note.title.minister = bt("Secrétaire d’État", "Staatssecretaris")
    note.title.session_year, note.title.budget_year = 2021, 2022
    note.title.document_ref = "A-453/2"
    note.abbreviations = [
        Abbreviation(short=bt("ICP", "KPI"), long=bt("Indicateur clé", "Kritieke indicator"))
    ]
    stib = Organisation(name=bt("STIB", "MIVB"))
    note.organisations = [stib]
    for chapter, (fr, nl) in zip(
        note.chapters,
        [
            ("Le tourisme reprend après la crise.", "Het toerisme herneemt na de crisis."),
            ("En 2020, les nuitées ont baissé de 60 %.", "In 2020 daalden de overnachtingen met 60 %."),
            ("La synthèse managériale résume l’année.", "De managementsamenvatting vat het jaar samen."),
        ],
        strict=True,
    ):
        chapter.body = bt(fr, nl)
    os_node = new_node(
        NodeKind.OS, title=bt("Développer le tourisme d’affaires", "Het zakentoerisme ontwikkelen")
    )
    os_node.fields.update(
        description=bt(
            "Faire de Bruxelles une destination de congrès.", "Brussel tot congresbestemming maken."
        ),
        kpis=kpis("Nombre de congrès", "Aantal congressen"),
    )
    oo_b = new_node(NodeKind.OO, Template.B, title=bt("Relancer les séjours", "De verblijven heropstarten"))
    oo_b.children = [realisation(2021), planning(2022, stib.id)]
    os_node.children = [oo_b, template_a_oo(), delegated_oo()]
    note.objectives = [os_node]
    agenda = note.annex(AnnexKind.AGENDA)
    audit = note.annex(AnnexKind.AUDIT)
    assert agenda is not None and audit is not None
    agenda.records.append(
        AgendaRecord(
            content=bt(
                "Ordonnance relative à l’hébergement touristique",
                "Ordonnantie betreffende toeristische logies",
            ),
            os_ref=os_node.id,
            oo_refs=[oo_b.id],
            situation=bt("Adoption prévue en 2022.", "Goedkeuring gepland in 2022."),
        )
    )
    audit.records.append(
        AuditRecord(
            reference=bt("Rapport du 3 mars 2021", "Verslag van 3 maart 2021"),
            recommendations=bt("Mesurer les résultats", "De resultaten meten"),
            application=bt("Tableau de bord mis en place", "Boordtabel ingevoerd"),
        )
    )
    assert note.chapter(ChapterKind.INTRODUCTION).body.fr
    return note


def planning_block(note: Note) -> Node:
    return next(node for node in note.walk() if node.kind is NodeKind.PLANNING)


def node_of(note: Note, kind: NodeKind) -> Node:
    return next(node for node in note.walk() if node.kind is kind)


def codes(issues: list) -> list[str]:
    return [issue.code for issue in issues]


def test_complete_note_breaks_no_rule() -> None:
    issues = check_note(complete_note(), TODAY)
    assert [(issue.code, issue.location(Lang.FR)) for issue in issues] == []


def test_complete_note_survives_a_save_and_still_breaks_no_rule(tmp_path: Path) -> None:
    path = tmp_path / "complète.xml"
    save_note(complete_note(), path)
    assert check_note(load_note(path), TODAY) == []


def published_mismatch_note() -> Note:
    """The complete note carrying the three FR/NL disagreements found in the published seed note."""
    note = complete_note()
    note.chapter(ChapterKind.CONTEXT).body = bt(
        "Son taux de croissance moyen annuel (de 2,5\u2009%, calculé sur la période 2007-2014) est "
        "supérieur au taux de croissance global de l’économie bruxelloise (2,1\u2009%).",
        "De jaarlijkse gemiddelde groei (25\u2009%, berekend voor de periode 2007-2014) van de "
        "mediasector is groter dan de totale groei van de Brusselse economie (2,1\u2009%).",
    )
    oo_a = next(node for node in note.walk() if node.template is Template.A and node.delegation is None)
    oo_a.fields["actions"] = bt(
        "– En 2024, un parcours permanent et deux expositions temporaires.",
        "– in 2023 één vaste en twee tijdelijke tentoonstellingen.",
    )
    action = node_of(note, NodeKind.ACTION)
    action.fields["deadline"] = Deadline(
        DeadlineKind.TEXT,
        text=bt(
            "Adoption du nouveau cadre & mise en œuvre : 2020-2022",
            "Vaststelling van het nieuwe kader & tenuitvoerlegging : 2021-2022",
        ),
    )
    return note


def incomplete_note() -> Note:
    """The complete note with a planning block left half done, as in the published notes."""
    note = complete_note()
    block = planning_block(note)
    block.fields["kpis"] = KpiList()
    block.fields["thresholds"] = Thresholds(green=Band(bt("Objectif atteint", "Doel bereikt")))
    block.fields["deadline"] = Deadline(DeadlineKind.SEASON, year=2021, season=Season.SPRING)
    block.fields["success_conditions"] = bt("Collaboration des hôteliers", "")
    return note


FIXTURES = ("complete.xml", "incomplete.xml", "published-mismatches.xml")


def write_rule_fixtures(directory: Path = RULES_DIR) -> None:
    """(Re)write the XML fixtures of tests/data/rules: `python -m tests.model.test_checks_fixtures`."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, build in zip(FIXTURES, (complete_note, incomplete_note, published_mismatch_note), strict=True):
        save_note(build(), directory / name, backup=False)
    data = (directory / "complete.xml").read_text(encoding="utf-8")
    broken = data.replace("<objectives>", "<objectives>\n    <surprise/>", 1)
    broken = broken.replace('year="2022"', 'year="deux mille vingt-deux"', 1)
    (directory / "schema-invalid.xml").write_text(broken, encoding="utf-8")
    (directory / "not-well-formed.xml").write_text(data[: len(data) // 2], encoding="utf-8")


def test_fixture_files_exist_and_load() -> None:
    for name in FIXTURES:
        assert load_note(RULES_DIR / name).objectives, name


def test_complete_fixture_file_breaks_no_rule() -> None:
    assert check_note(load_note(RULES_DIR / "complete.xml"), TODAY) == []


if __name__ == "__main__":
    write_rule_fixtures()

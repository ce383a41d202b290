"""Partner picker, title block, abbreviations, organisations, chapters and annex pages."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from editor.model.bitext import BiText, Lang
from editor.model.edits import ListInsert
from editor.model.labels import AnnexKind, ChapterKind, NodeKind, Template, spec_for
from editor.model.tree import AgendaRecord, new_node
from editor.model.values import Partners
from editor.widgets.annexes import AgendaRecordEditor, AnnexPage, RecordsEditor
from editor.widgets.factory import create_field_editor, create_page
from editor.widgets.pages import (
    LONG_FR,
    LONG_NL,
    SHORT_FR,
    SHORT_NL,
    AbbreviationsPage,
    ChapterPage,
    OrganisationsPage,
    TitlePage,
    abbreviation_lines,
)
from editor.widgets.partners import NewOrganisationDialog, PartnersEditor
from tests.editor.widgetkit import make_document, node_of, type_text


def partners_editor(qtbot):
    document = make_document()
    node = node_of(document, NodeKind.PLANNING)
    spec = spec_for(node.kind, None, "partners")
    editor = create_field_editor(document, node.id, node.fields["partners"], spec)
    assert isinstance(editor, PartnersEditor)
    qtbot.addWidget(editor)
    editor.show()
    return document, node.fields["partners"], editor


def test_partner_picker_finds_an_organisation_by_its_dutch_name(qtbot):
    document, partners, editor = partners_editor(qtbot)
    assert [editor.picker.itemText(i) for i in range(editor.picker.count())] == [
        "STIB / MIVB",
        "Bruxelles Mobilité / Brussel Mobiliteit",
    ]
    editor.picker.setEditText("mivb")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    stib = document.note.organisations[0]
    assert partners.items == [stib.id]
    assert editor.partner_labels() == ["STIB / MIVB"]
    document.undo_stack.undo()
    assert partners.items == [] and editor.partner_labels() == []


def test_new_organisation_grows_the_list_in_one_undoable_step(qtbot):
    document, partners, editor = partners_editor(qtbot)

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewOrganisationDialog)
        dialog.fr.clear()
        type_text(dialog.fr, "Société régionale du Port de Bruxelles")
        type_text(dialog.nl, "Haven van Brussel")
        dialog.accept()

    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    added = document.note.organisations[-1]
    assert added.name.fr == "Société régionale du Port de Bruxelles"
    assert added.name.nl == "Haven van Brussel"
    assert partners.items == [added.id]
    assert editor.picker.count() == 3
    assert editor.partner_labels() == ["Société régionale du Port de Bruxelles / Haven van Brussel"]
    document.undo_stack.undo()
    assert len(document.note.organisations) == 2 and partners.items == []
    assert editor.picker.count() == 2


def test_title_page_edits_texts_and_values(qtbot):
    document = make_document()
    page = create_page(document, document.note.title)
    assert isinstance(page, TitlePage)
    qtbot.addWidget(page)
    page.show()
    minister = page.editors["minister"]
    type_text(minister.edit(Lang.FR), "Élodie Müller")
    type_text(minister.edit(Lang.NL), "Élodie Müller")
    assert document.note.title.minister.fr == "Élodie Müller"
    page.values.session_year.setValue(2026)
    type_text(page.values.reference, "A-453/2")
    page.values.language.setCurrentIndex(page.values.language.index_of(Lang.NL))
    title = document.note.title
    assert (title.session_year, title.document_ref, title.original_language) == (2026, "A-453/2", Lang.NL)
    assert title.reference_line == "A-453/2 – 2026/2027"
    document.undo_stack.undo()
    assert title.original_language is Lang.FR and page.values.language.value() is Lang.FR


def test_abbreviations_table_and_each_language_sorted_on_its_own(qtbot):
    document = make_document()
    page = create_page(document, document.note.abbreviations)
    assert isinstance(page, AbbreviationsPage)
    qtbot.addWidget(page)
    page.show()
    table = page.table
    for short_fr, long_fr, short_nl, long_nl in (
        ("OO", "Objectif opérationnel", "OD", "Operationele doelstelling"),
        ("CIRB", "Centre d’informatique pour la Région bruxelloise", "CIBG", "Centrum voor Informatica"),
        ("ICP", "Indicateur clé de performance", "KPI", "Kritieke prestatie-indicator"),
    ):
        table.add_row()
        row = table.table.rowCount() - 1
        table.set_cell_text(row, SHORT_FR, short_fr)
        table.set_cell_text(row, LONG_FR, long_fr)
        table.set_cell_text(row, SHORT_NL, short_nl)
        table.set_cell_text(row, LONG_NL, long_nl)
    assert len(document.note.abbreviations) == 3
    french = page.preview.views[Lang.FR].toPlainText().splitlines()
    dutch = page.preview.views[Lang.NL].toPlainText().splitlines()
    assert [line.split(" : ")[0] for line in french] == ["CIRB", "ICP", "OO"]
    assert [line.split(" : ")[0] for line in dutch] == ["CIBG", "KPI", "OD"]
    assert french[0] == "CIRB : Centre d’informatique pour la Région bruxelloise"
    table.table.setCurrentCell(0, 0)
    table.remove_row()
    assert [line.split(" : ")[0] for line in abbreviation_lines(document.note.abbreviations, Lang.NL)] == [
        "CIBG",
        "KPI",
    ]
    document.undo_stack.undo()
    assert page.preview.views[Lang.NL].toPlainText().splitlines()[-1].startswith("OD : ")


def test_an_organisation_used_as_partner_cannot_be_removed(qtbot):
    document = make_document()
    node = node_of(document, NodeKind.PLANNING)
    partners = node.fields["partners"]
    assert isinstance(partners, Partners)
    partners.items.append(document.note.organisations[0].id)
    page = create_page(document, "organisations")
    assert isinstance(page, OrganisationsPage)
    qtbot.addWidget(page)
    page.show()
    page.table.table.setCurrentCell(0, 0)
    page.table.remove_row()
    assert len(document.note.organisations) == 2
    assert "1" in page.table.error_label.text()
    page.table.table.setCurrentCell(1, 0)
    page.table.remove_row()
    assert [org.name.fr for org in document.note.organisations] == ["STIB"]


def test_chapter_page_edits_the_chapter_prose(qtbot):
    document = make_document()
    chapter = document.note.chapter(ChapterKind.INTRODUCTION)
    page = create_page(document, chapter)
    assert isinstance(page, ChapterPage)
    qtbot.addWidget(page)
    page.show()
    assert page.editor.columns[Lang.FR].label.text().startswith("CHAPITRE IER – Introduction")
    assert page.editor.columns[Lang.NL].label.text().startswith("HOOFDSTUK I – Inleiding")
    type_text(page.editor.edit(Lang.NL), "Dit is de inleiding; één zin.")
    assert chapter.body.nl == "Dit is de inleiding; één zin."


def test_generated_annex_one_follows_the_objectives(qtbot):
    document = make_document()
    annex = document.note.annex(AnnexKind.OBJECTIVES)
    page = create_page(document, annex)
    assert isinstance(page, AnnexPage)
    qtbot.addWidget(page)
    page.show()
    table = page.body.table
    assert table.rowCount() == 4
    assert table.item(0, 0).text() == "OS1 : Sécurité routière"
    assert table.item(1, 1).text() == "SD1.OD1.1. : Leerlingen bewustmaken"
    assert "Annexe 1" in page.headings.text() and "Bijlage 1" in page.headings.text()
    extra = new_node(NodeKind.OS, title=BiText("Mobilité partagée", "Gedeelde mobiliteit"))
    document.apply(ListInsert(document.note.objectives, 0, extra), "Ajouter un objectif")
    assert table.rowCount() == 5
    assert table.item(0, 0).text() == "OS1 : Mobilité partagée"
    assert table.item(1, 0).text() == "OS2 : Sécurité routière"


def test_agenda_record_picks_real_objectives(qtbot):
    document = make_document()
    annex = document.note.annex(AnnexKind.AGENDA)
    page = create_page(document, annex)
    qtbot.addWidget(page)
    page.show()
    records = page.body
    assert isinstance(records, RecordsEditor)
    qtbot.mouseClick(records.add_button, Qt.MouseButton.LeftButton)
    record = annex.records[0]
    assert isinstance(record, AgendaRecord)
    editor = records.editor_of(record.id)
    assert isinstance(editor, AgendaRecordEditor)
    os_node = document.note.objectives[0]
    choices = editor.os_combo.choices()
    assert choices == [None, *(node.id for node in document.note.objectives)]
    editor.os_combo.setCurrentIndex(editor.os_combo.index_of(os_node.id))
    assert record.os_ref == os_node.id
    assert editor.os_combo.currentText() == "OS1 : Sécurité routière  |  SD1 : Verkeersveiligheid"
    oo_ids = [node.id for node in os_node.children if node.kind is NodeKind.OO]
    assert editor.oo_list.count() == len(oo_ids)
    editor.oo_list.item(1).setCheckState(Qt.CheckState.Checked)
    assert record.oo_refs == [oo_ids[1]]
    type_text(editor.content.edit(Lang.FR), "Ordonnance relative à la sécurité routière")
    assert record.content.fr == "Ordonnance relative à la sécurité routière"
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert record.oo_refs == [] and editor.oo_list.item(1).checkState() == Qt.CheckState.Unchecked
    # A new OO appears among the choices at once.
    new_oo = new_node(NodeKind.OO, Template.A, title=BiText("Zones 30 étendues", "Uitgebreide zones 30"))
    document.apply(ListInsert(os_node.children, 2, new_oo), "Ajouter")
    assert editor.oo_list.count() == len(oo_ids) + 1


def test_audit_records_add_move_remove(qtbot):
    document = make_document()
    annex = document.note.annex(AnnexKind.AUDIT)
    page = create_page(document, annex)
    qtbot.addWidget(page)
    page.show()
    records = page.body
    records.add_record()
    records.add_record()
    first, second = annex.records
    type_text(records.editor_of(first.id).editors["reference"].edit(Lang.FR), "Rapport de la Cour, 2023")
    assert first.reference.fr == "Rapport de la Cour, 2023"
    records.move_record(second, -1)
    assert annex.records == [second, first]
    records.remove_record(first)
    assert annex.records == [second]
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert annex.records == [first, second]
    restored = records.editor_of(first.id).editors["reference"].edit(Lang.FR)
    assert restored.toPlainText() == "Rapport de la Cour, 2023"


def test_an_abbreviation_issue_selects_its_row_field_and_language(qtbot):
    document = make_document()
    page = create_page(document, document.note.abbreviations)
    qtbot.addWidget(page)
    page.show()
    table = page.table
    table.add_row()
    table.add_row()
    table.set_cell_text(1, SHORT_FR, "CIRB")
    table.set_cell_text(1, SHORT_NL, "CIBG")
    table.set_cell_text(1, LONG_FR, "Centre d’informatique pour la Région bruxelloise")
    second = document.note.abbreviations[1]
    # Lists are re-checked by the document's full pass, a moment after typing stops.
    def dutch_long_missing() -> list:
        return [one for one in document.issues_for(second.id) if one.field == "long" and one.lang is Lang.NL]

    qtbot.waitUntil(lambda: bool(dutch_long_missing()), timeout=3000)
    issue = dutch_long_missing()[0]
    assert table.table.item(1, LONG_NL).toolTip() == table.table.item(1, SHORT_FR).toolTip() != ""
    page.focus_issue(issue)
    assert (table.table.currentRow(), table.table.currentColumn()) == (1, LONG_NL)


def test_deleted_pages_do_not_follow_later_edits(qtbot):
    document = make_document()
    note = document.note
    targets = [note.title, note.abbreviations, note.organisations, *note.chapters, *note.annexes]
    for target in targets:
        page = create_page(document, target)
        page.show()
        shiboken6.delete(page)  # as the window does when it evicts an old page
    extra = new_node(NodeKind.OS, title=BiText("Qualité de l’air", "Luchtkwaliteit"))
    # Would raise "Internal C++ object already deleted" from a dangling connection.
    document.apply(ListInsert(note.objectives, 0, extra), "Ajouter un objectif")
    document.undo_stack.undo()
    assert note.objectives[0].title.fr == "Sécurité routière"

"""Chapter IV's contents page, and which edits count as structure changes."""

from __future__ import annotations

from editor.contents import ContentsPage
from editor.document import is_structural
from editor.mainwindow import MainWindow
from editor.model.bitext import Lang
from editor.model.edits import ListInsert, ListMove, ListRemove
from editor.model.labels import NodeKind
from editor.model.tree import new_node
from editor.model.values import Kpi, KpiList
from editor.outline import CHAPTER_IV
from tests.editor.windowkit import panel


def contents(window: MainWindow) -> ContentsPage:
    assert window.outline_view.select_id(CHAPTER_IV)
    page = window.pages.currentWidget()
    assert isinstance(page, ContentsPage)
    return page


def test_contents_lists_headings_in_both_languages_and_follows_moves(window: MainWindow) -> None:
    page = contents(window)
    french, dutch = page.lines(Lang.FR), page.lines(Lang.NL)
    assert french[0].startswith("IV.1 OS 1") and dutch[0].startswith("IV.1 SD 1")
    assert any(line.strip().startswith("IV.1.1. OO 1.1.") for line in french)
    assert any(line.strip().startswith("IV.1.1. OD 1.1.") for line in dutch)
    first = window.document.note.objectives[0]
    window.document.apply(ListMove(window.document.note.objectives, 0, 1), "Déplacer")
    assert page.lines(Lang.FR)[page.row_of(first.id)].startswith(f"IV.2 OS 2 : {first.title.fr}")


def test_activating_a_heading_opens_its_objective(window: MainWindow) -> None:
    page = contents(window)
    oo = window.document.note.objectives[1].children[0]
    item = page.table.item(page.row_of(oo.id), 1)
    assert item is not None
    page.table.itemActivated.emit(item)
    assert window.outline_view.current_id() == oo.id
    assert panel(window).node is oo


def test_only_objectives_blocks_actions_and_records_are_structure() -> None:
    kpis = KpiList([Kpi()])
    assert not is_structural(ListInsert(kpis.items, 1, Kpi()))
    assert not is_structural(ListRemove(kpis.items, 0))
    nodes = [new_node(NodeKind.OS), new_node(NodeKind.OS)]
    assert is_structural(ListInsert(nodes, 0, new_node(NodeKind.OS)))
    assert is_structural(ListMove(nodes, 0, 1))

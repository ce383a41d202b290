"""The interface in French, Dutch or English through the committed Qt catalogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from editor.app import Workspace, tr
from editor.i18n import catalog_path, install_translators
from editor.widgets.base import ui_language
from tests.editor.windowkit import close_all, make_workspace


@pytest.fixture
def ui(qapp):
    """Install a language for one test, then restore English and the default locale."""
    installed: list[object] = []
    default = QLocale()

    def use(code: str) -> None:
        installed.extend(install_translators(qapp, code))

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(default)


@pytest.mark.parametrize("code", ["fr", "nl"])
def test_catalogs_are_committed(code: str) -> None:
    assert catalog_path(code).exists() and catalog_path(code).stat().st_size > 1000


@pytest.mark.parametrize(
    ("code", "file_menu", "structure_action", "lock_title"),
    [
        ("fr", "&Fichier", "Ajouter un objectif stratégique", "Note déjà ouverte"),
        ("nl", "&Bestand", "Strategische doelstelling toevoegen", "Nota al geopend"),
        ("en", "&File", "Add strategic objective", "Note already open"),
    ],
)
def test_window_speaks_the_chosen_language(
    ui, tmp_path: Path, code: str, file_menu: str, structure_action: str, lock_title: str
) -> None:
    ui(code)
    assert ui_language() == code
    workspace: Workspace = make_workspace(tmp_path)
    window = workspace.new_window()
    try:
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles[0] == file_menu
        assert window.add_os_action.text() == structure_action
        assert tr("Note already open") == lock_title
        assert QCoreApplication.translate("ProblemsModel", "Error") in ("Erreur", "Fout", "Error")
    finally:
        close_all(workspace)

"""Interface translations: French, Dutch or English (the source language) via Qt .qm files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.model.resources import RESOURCES

I18N_DIR = RESOURCES / "i18n"
# Labels of the choice in the preferences, each in its own language.
LANGUAGE_NAMES = {"fr": "Français", "nl": "Nederlands", "en": "English"}


def catalog_path(code: str) -> Path:
    return I18N_DIR / f"editor_{code}.qm"


def install_translators(app: QCoreApplication, code: str) -> list[QTranslator]:
    """Load the editor's and Qt's own catalogs for ``code`` and make it the default locale.

    Returns the translators (the caller keeps them alive as long as the application runs).
    English is the source language: no catalog is needed for it.
    """
    locale = QLocale(
        {"fr": QLocale.Language.French, "nl": QLocale.Language.Dutch}.get(code, QLocale.Language.English),
        QLocale.Country.Belgium if code in ("fr", "nl") else QLocale.Country.UnitedKingdom,
    )
    QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    if code == "en":
        return translators
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in ((f"qtbase_{code}", qt_dir), (f"editor_{code}", str(I18N_DIR))):
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            translators.append(translator)
    return translators

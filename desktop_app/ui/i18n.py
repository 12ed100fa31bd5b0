"""Qt translations: English source strings, Swedish (the default) from ``resources/translations``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from database.assets import asset_path

DEFAULT_LANGUAGE = "sv"
LANGUAGES = {"sv": "Svenska", "en": "English"}


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Load every ``*_<language>.qm`` of the app, and Qt's own, for ``language``.

    English is the source language: its files hold only the messages with a count, so that
    "%n activities" says "1 activity". The translators are returned so the caller keeps them
    alive.
    """
    translators: list[QTranslator] = []
    if language != "en":
        QLocale.setDefault(QLocale(language))
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(QLocale(language), "qtbase", "_", qt_folder):
            app.installTranslator(qt_own)
            translators.append(qt_own)
    for path in sorted(asset_path("resources", "translations").glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            translators.append(translator)
    return translators

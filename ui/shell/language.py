"""The language of the screens. Chosen by `--language`, else $ROUNDS_LANGUAGE, else the
site's `language` setting, else the computer's locale; a site that enforces its
setting has the last word (rounds_app.site_config). Installs Rounds' translation with
Qt's own (the standard buttons, the file dialogs), makes dates and numbers follow the
language, and lays the windows out right to left for a language written so."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from rounds_app.resource_files import resource_path
from rounds_app.site_config import site_config
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)

LANGUAGE_ENV = "ROUNDS_LANGUAGE"
# Accented, longer English in brackets, to see what is not translated and what gets
# clipped. "XA" is a region code ISO 3166 leaves for private use, as Android does.
PSEUDO = "en_XA"
# What the computer's own locale may bring up; any other translation in the folder
# (Arabic, kept for testing right-to-left layouts) is there only when asked for by name.
SHIPPED = ("es", "de", PSEUDO)


def translations_folder() -> Path:
    return resource_path("translations", "ui")


def chosen_language(flag: str | None) -> str | None:
    """The language asked for by name, or None for the computer's locale."""
    users = flag or os.environ.get(LANGUAGE_ENV) or None
    chosen: str | None = site_config().choose("language", users)
    return chosen


@dataclass
class Language:
    """What `install_language` installed, so that it can be taken away again."""

    name: str  # the translation's name ("de", "en_XA"), "" for English
    translators: list[QTranslator]
    locale_before: QLocale
    direction_before: Qt.LayoutDirection

    def uninstall(self) -> None:
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(self.locale_before)
        QGuiApplication.setLayoutDirection(self.direction_before)


def install_language(language: str | None) -> Language:
    """Installs the translation for `language` (None: the computer's locale). A
    language Rounds has no translation for leaves the screens in English — Qt's
    buttons too, so that a window never mixes two languages."""
    before = Language("", [], QLocale(), QGuiApplication.layoutDirection())
    named = language is not None
    locale = QLocale(language) if language is not None and language != PSEUDO else QLocale.system()
    name = _translation_name(language or locale.name(), allowed=None if named else SHIPPED)
    translators: list[QTranslator] = []
    if name:
        ours = QTranslator(QCoreApplication.instance())
        if ours.load(f"rounds_{name}", str(translations_folder())):
            translators.append(ours)
        qt = QTranslator(QCoreApplication.instance())
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if name != PSEUDO and qt.load(locale, "qtbase", "_", qt_folder):
            translators.append(qt)
        if name != PSEUDO:
            QLocale.setDefault(locale)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    QGuiApplication.setLayoutDirection(_direction())
    log.info("screens in %s", name or "English")
    before.name, before.translators = name, translators
    return before


def _translation_name(wanted: str, allowed: tuple[str, ...] | None) -> str:
    """`wanted` ("de_AT", "de", "en_XA") or its language alone, if its .qm is there."""
    for name in dict.fromkeys((wanted, wanted.split("_")[0])):
        shipped = allowed is None or name in allowed
        if shipped and (translations_folder() / f"rounds_{name}.qm").is_file():
            return name
    return ""


def _direction() -> Qt.LayoutDirection:
    """Right to left when the translation says so, as Qt's own do: this message's
    translation is "RTL" in a language written right to left."""
    said = QCoreApplication.translate(
        "QGuiApplication",
        "QT_LAYOUT_DIRECTION",
        "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' "
        "in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.",
    )
    return Qt.LayoutDirection.RightToLeft if said == "RTL" else Qt.LayoutDirection.LeftToRight

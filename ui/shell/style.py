"""The look: bundled fonts, icons for the stylesheets, and every app-wide
`resources/qss/*.qss` in name order, its colour tokens filled from the palette, so a
theme is a set of files split by concern rather than code. The ward-room theme
(resources/qss/audience/) belongs to the audience view, which loads it scaled."""

from __future__ import annotations

from PySide6.QtCore import QDir
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from rounds_app import font_files
from rounds_app.resource_files import resource_path
from rounds_app.subsystem_log import subsystem_logger
from ui.shell.palette import themed

log = subsystem_logger(__name__)

_FONT_SUFFIXES = {".ttf", ".otf", ".ttc"}


def load_stylesheet() -> str:
    folder = resource_path("qss")
    sheets = (path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.qss")))
    return themed("\n".join(sheets))


def load_fonts() -> int:
    """Registers the fonts shipped in resources/fonts (if any), so names in every
    script render even where the computer has no such font, and makes them the
    application font's fallbacks in the order paper uses; returns how many loaded."""
    folder = resource_path("fonts")
    if not folder.is_dir():
        return 0
    families: dict[str, list[str]] = {}
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in _FONT_SUFFIXES:
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("font %s could not be loaded", path.name)
            else:
                families[path.name] = QFontDatabase.applicationFontFamilies(font_id)
    _fall_back_to(families)
    return len(families)


def _fall_back_to(families: dict[str, list[str]]) -> None:
    """The shipped families after the application's own: Qt's fallback to fonts the
    system knows finds application fonts on some platforms only, and in its own
    order. Every font made from the application font (labels, the ward-room screen,
    the console, painted delegates) inherits the list; a font naming the primary
    family alone finds them through the substitution table."""
    ordered = [name for file in font_files.fallback_order() for name in families.get(file, [])]
    ordered += [name for names in families.values() for name in names if name not in ordered]
    if not ordered:
        return
    font = QGuiApplication.font()
    primary = font.family()
    fallbacks = list(dict.fromkeys(name for name in ordered if name != primary))
    QFont.insertSubstitutions(primary, fallbacks)
    font.setFamilies([primary, *fallbacks])
    QGuiApplication.setFont(font)


def apply_stylesheet(app: QApplication) -> None:
    """A missing or unreadable theme leaves Qt's default look; the app still works."""
    # stylesheets name their images as url(icons:name.svg), wherever Rounds is installed
    QDir.addSearchPath("icons", str(resource_path("icons")))
    try:
        app.setStyleSheet(load_stylesheet())
    except OSError:
        log.warning("the stylesheets could not be read; using the default look")

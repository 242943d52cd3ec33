"""The look: bundled fonts, icons for the stylesheets, and every
`resources/qss/*.qss` in name order, so a theme is a set of files split by concern
rather than code."""

from __future__ import annotations

import logging

from PySide6.QtCore import QDir
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from rounds_app.resource_files import resource_path

log = logging.getLogger("rounds.ui")

_FONT_SUFFIXES = {".ttf", ".otf", ".ttc"}


def load_stylesheet() -> str:
    folder = resource_path("qss")
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.qss")))


def load_fonts() -> int:
    """Registers the fonts shipped in resources/fonts (if any), so names in every
    script render even where the computer has no such font; returns how many."""
    folder = resource_path("fonts")
    if not folder.is_dir():
        return 0
    loaded = 0
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in _FONT_SUFFIXES:
            if QFontDatabase.addApplicationFont(str(path)) < 0:
                log.warning("font %s could not be loaded", path.name)
            else:
                loaded += 1
    return loaded


def apply_stylesheet(app: QApplication) -> None:
    """A missing or unreadable theme leaves Qt's default look; the app still works."""
    # stylesheets name their images as url(icons:name.svg), wherever Rounds is installed
    QDir.addSearchPath("icons", str(resource_path("icons")))
    try:
        app.setStyleSheet(load_stylesheet())
    except OSError:
        log.warning("the stylesheets could not be read; using the default look")

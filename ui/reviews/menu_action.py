"""One menu action the way every Rounds menu shows it: the shortcut set on the action
and spelled in its tooltip. Shared by the reviews, PROMs and insights actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.widgets import fill_placeholders


def menu_action(parent: QWidget, text: str, keys: str, slot: Callable[[], None]) -> QAction:
    """`text` is already translated. The action belongs to `parent` (the main window);
    its shortcut works once it is in one of the window's menus (an action in no menu
    or widget has no shortcut), and goes silent with the menu bar when the idle lock
    disables it."""
    made = QAction(text, parent)
    made.setShortcut(QKeySequence(keys))
    shown = made.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    plain = text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
    made.setToolTip(
        fill_placeholders(QCoreApplication.translate("MenuAction", "%1 (%2)"), plain, shown)
    )
    made.triggered.connect(slot)
    return made

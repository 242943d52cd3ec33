"""The main window's menu bar: one layout that says in which menu, and in which group
of it, every action of the screens lives. Actions are named by id (declared in
ui.menus.catalogue); `populate_menu_bar` puts the QActions their owners made where the
layout says, so no screen mounts itself and nothing here knows the main window."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar

from ui.common.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Menu:
    title: str  # untranslated, with its mnemonic
    groups: tuple[tuple[str, ...], ...]  # action ids; a separator between groups


MENU_BAR = (
    Menu(
        QT_TRANSLATE_NOOP("MainMenus", "&File"),
        (("census.refresh", "import.census"), ("window.lock", "window.sign_out", "window.quit")),
    ),
    Menu(
        QT_TRANSLATE_NOOP("MainMenus", "&Edit"),
        (
            ("card.undo", "card.redo"),
            ("contributions.add", "contributions.amend", "contributions.history"),
            ("proms.record",),
        ),
    ),
    Menu(QT_TRANSLATE_NOOP("MainMenus", "&View"), (("census.find", "window.my_actions"),)),
    Menu(
        QT_TRANSLATE_NOOP("MainMenus", "&Round"),
        (
            ("window.start_round",),
            ("census.move_up", "census.move_down"),
            ("reviews.open", "insights.open"),
        ),
    ),
    Menu(
        QT_TRANSLATE_NOOP("MainMenus", "&Print"),
        (("print.handoff", "print.team", "print.patient"), ("print.ward",)),
    ),
    Menu(
        QT_TRANSLATE_NOOP("MainMenus", "W&ard"),
        (("admin.admit", "admin.move_bed", "admin.discharge"), ("admin.wards",)),
    ),
    Menu(QT_TRANSLATE_NOOP("MainMenus", "Ad&min"), (("admin.users",), ("downtime.printing",))),
    # no Alt letter: Alt+H is the discharge plan's tab, and every letter of "Help" is
    # taken; F10 or Alt then the arrow keys reach it
    Menu(QT_TRANSLATE_NOOP("MainMenus", "Help"), (("window.about",),)),
)


def populate_menu_bar(
    bar: QMenuBar, actions: Mapping[str, QAction], enable: Callable[[], None]
) -> None:
    """Fills `bar` as MENU_BAR says (an id no owner made is a KeyError, at start-up).
    Each menu runs `enable` as it opens, so what it offers fits the moment."""
    for menu in MENU_BAR:
        shown = bar.addMenu(QCoreApplication.translate("MainMenus", menu.title))
        for index, group in enumerate(menu.groups):
            if index:
                shown.addSeparator()
            shown.addActions([actions[action_id] for action_id in group])
        shown.aboutToShow.connect(enable)

"""The main window's menus: every action of the screens, with its shortcut shown, in
one place that says where each lives."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    def tr(text: str) -> str:
        return QCoreApplication.translate("MainMenus", text)

    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(window.census.refresh_action)
    window.importing.add_to(file_menu)
    file_menu.addSeparator()
    file_menu.addActions([window.lock_action, window.sign_out_action, window.quit_action])

    edit_menu = bar.addMenu(tr("&Edit"))
    edit_menu.addActions([window.tabs.card.undo_action, window.tabs.card.redo_action])
    edit_menu.addSeparator()
    contributions = window.tabs.contributions
    edit_menu.addActions(
        [
            contributions.quick_add.add_action,
            contributions.amend_action,
            contributions.history_action,
        ]
    )
    edit_menu.addSeparator()
    window.proms.add_to(edit_menu)

    view_menu = bar.addMenu(tr("&View"))
    view_menu.addActions([window.census.find_action, window.my_actions_action])

    round_menu = bar.addMenu(tr("&Round"))
    round_menu.addAction(window.start_round_action)
    round_menu.addSeparator()
    round_menu.addActions([window.census.move_up_action, window.census.move_down_action])
    round_menu.addSeparator()
    window.reviews.add_to(round_menu)
    window.insights.add_to(round_menu)

    window.printing.add_menu(bar)
    window.admin.add_menus(bar)


def action(window: MainWindow, text: str, shortcut: str, slot: object) -> QAction:
    made = QAction(text, window)
    made.setShortcut(shortcut)
    made.triggered.connect(slot)
    return made

"""What README's "Using it" promises a user at the workstation can be done: every
"Menu ▸ Item… (shortcut)" it names is an action in that menu of the main window, and
its shortcut triggers it; every other key chord it names is on an action in a menu."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from tests.ui.ward_data import PASSWORD, WardData
from ui.backend import Backend
from ui.main_window import MainWindow

README = Path(__file__).parents[2] / "README.md"
CHORD = r"(?:Ctrl|Alt|Shift)\+[\w+/]+|F\d{1,2}\b"
# "Round ▸ Start round…, Ctrl+R" and "Edit ▸ Record how the patient is… (Ctrl+Shift+H)"
MENU_ITEM = re.compile(rf"\b([A-Z]\w*(?: ▸ [^,()▸]+?)+)(?:, | \()({CHORD})")


def _using_it() -> str:
    text = README.read_text(encoding="utf-8").split("## Using it", 1)[1]
    return " ".join(text.split("\n## ", 1)[0].split())


def documented_menu_items() -> list[tuple[tuple[str, ...], str]]:
    """(menu path, shortcut) for every menu item the section names with its keys."""
    return [
        (tuple(part.strip() for part in path.split("▸")), keys)
        for path, keys in MENU_ITEM.findall(_using_it())
    ]


def documented_workstation_chords() -> list[str]:
    """Every key chord the section's workstation paragraph names ("Ctrl+Shift+Up/Down"
    is two chords)."""
    workstation = _using_it().split("**Rounds mode**", 1)[0]
    chords: list[str] = []
    for chord in re.findall(CHORD, workstation):
        head, _, tails = chord.rpartition("+")
        chords += [f"{head}+{tail}" if head else tail for tail in tails.split("/")]
    return chords


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _menu_tree(
    menu: QMenu, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], QAction]]:
    here = (*path, _plain(menu.title()))
    for item in menu.actions():
        if item.menu() is not None:
            yield from _menu_tree(item.menu(), here)
        elif not item.isSeparator():
            yield (*here, _plain(item.text())), item


def _menu_actions(window: MainWindow) -> dict[tuple[str, ...], QAction]:
    return {
        path: item
        for top in window.menuBar().actions()
        if top.menu() is not None
        for path, item in _menu_tree(top.menu())
    }


@pytest.fixture
def window(qtbot, backend: Backend, ward: WardData) -> Iterator[MainWindow]:
    widget = MainWindow(backend, backend.sign_in(ward.charge.username, PASSWORD))
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    yield widget
    for other in QApplication.topLevelWidgets():  # what the actions opened
        if other is not widget and other.isVisible():
            other.close()


def test_the_readme_is_read() -> None:
    """The parsing finds what a reader sees: a few items, and the workstation's keys."""
    items = dict(documented_menu_items())
    assert items[("Round", "Start round…")] == "Ctrl+R"
    assert items[("Edit", "Record how the patient is…")] == "Ctrl+Shift+H"
    chords = documented_workstation_chords()
    assert {"Ctrl+Shift+Up", "Ctrl+Shift+Down", "Ctrl+L", "F2"} <= set(chords)


# a window an action opens raises itself, which the offscreen test platform cannot do
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
@pytest.mark.parametrize(("path", "keys"), documented_menu_items())
def test_each_documented_menu_item_is_there_and_its_keys_trigger_it(
    qtbot, window: MainWindow, path: tuple[str, ...], keys: str
) -> None:
    menus = _menu_actions(window)
    assert path in menus, f"{' ▸ '.join(path)} is in no menu of the main window"
    item = menus[path]
    sequence = QKeySequence(keys)
    assert sequence in item.shortcuts()
    assert item.isEnabled()
    # whatever the action opens is dismissed: only that it was triggered matters here
    dismiss = QTimer()
    dismiss.setInterval(20)
    dismiss.timeout.connect(_dismiss_dialog)
    dismiss.start()
    try:
        with qtbot.waitSignal(item.triggered, timeout=2000):
            combination = sequence[0]
            qtbot.keyClick(window, combination.key(), combination.keyboardModifiers())
    finally:
        dismiss.stop()


def _dismiss_dialog() -> None:
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QDialog):
        modal.reject()


def test_each_documented_key_chord_is_on_a_menu_item(window: MainWindow) -> None:
    on_menus = {
        sequence.toString()
        for item in _menu_actions(window).values()
        for sequence in item.shortcuts()
    }
    for chord in documented_workstation_chords():
        assert QKeySequence(chord).toString() in on_menus, chord

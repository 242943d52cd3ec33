"""What README's "Using it" promises a user at the workstation can be done: every
"Menu ▸ Item… (shortcut)" it names is an action in that menu of the main window, and
its shortcut triggers it; every other key chord it names is on an action in a menu.
Its "Menus and keys" table lists every menu item of the window with its keys: each
row is in its menu with those keys (and they trigger it wherever the window has the
focus), and no menu item is missing from the table."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from tests.ui.ward_data import PASSWORD, WardData
from ui.backend import Backend
from ui.shell.main_window import MainWindow

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


TABLE_ROW = re.compile(r"^\| ([A-Z]\w*(?: ▸ [^|▸]+)+) \| ([^|]+) \|$", re.MULTILINE)


def documented_keys_table() -> list[tuple[tuple[str, ...], str]]:
    """(menu path, keys) for every row of the "Menus and keys" table."""
    section = README.read_text(encoding="utf-8").split("### Menus and keys", 1)[1]
    rows = section.split("\n#", 1)[0].split("| --- | --- |", 1)[1]  # below the heading
    return [
        (tuple(part.strip() for part in path.split("▸")), keys.strip())
        for path, keys in TABLE_ROW.findall(rows)
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
    table = documented_keys_table()
    assert table[0] == (("File", "Refresh"), "F5")
    assert (("Edit", "Record how the patient is…"), "Ctrl+Shift+H") in table
    assert len(table) == len(dict(table)) == 26


# a window an action opens raises itself, which the offscreen test platform cannot do
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
@pytest.mark.parametrize(("path", "keys"), documented_menu_items())
def test_each_documented_menu_item_is_there_and_its_keys_trigger_it(
    qtbot, window: MainWindow, path: tuple[str, ...], keys: str
) -> None:
    item = _item_with_keys(window, path, keys)
    assert item.isEnabled()
    _press_and_see_it_triggered(qtbot, window, item, keys)


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
@pytest.mark.parametrize(("path", "keys"), documented_keys_table())
def test_each_row_of_the_keys_table_is_in_its_menu_with_its_keys(
    qtbot, window: MainWindow, path: tuple[str, ...], keys: str
) -> None:
    item = _item_with_keys(window, path, keys)
    if item.isEnabled() and item.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
        _press_and_see_it_triggered(qtbot, window, item, keys)


def test_what_the_keys_table_cannot_press_on_a_fresh_window(window: MainWindow) -> None:
    """The rows the test above only finds in their menus, for a charge nurse with the
    ward on screen and no patient chosen: keys that work while their view has the
    focus, what needs a patient, undo and redo with nothing to undo yet, and what
    only an administrator does."""
    menus = _menu_actions(window)
    unpressed = {
        path[-1]
        for path, _keys in documented_keys_table()
        if not menus[path].isEnabled()
        or menus[path].shortcutContext() != Qt.ShortcutContext.WindowShortcut
    }
    assert unpressed == {
        "Undo",
        "Redo",
        "Add entry",
        "Amend…",
        "History…",
        "Move patient up",
        "Move patient down",
        "Print discharge summary (team)…",
        "Print discharge summary (patient)…",
        "Wards and beds…",
        "Users and roles…",
    }


# the items README says have no keys: rare, and never to be chosen by a slip
WITHOUT_KEYS = {("File", "Sign out…"), ("Admin", "Downtime printing…"), ("Help", "About Rounds")}


def test_every_menu_item_is_in_the_keys_table(window: MainWindow) -> None:
    table = dict(documented_keys_table())
    for path, item in _menu_actions(window).items():
        if path in WITHOUT_KEYS:
            assert item.shortcut().isEmpty()
            assert " ▸ ".join(path) in " ".join(README.read_text(encoding="utf-8").split())
        else:
            assert path in table, f"{' ▸ '.join(path)} is missing from the README's table"
            assert QKeySequence(table[path]) in item.shortcuts(), path


def _item_with_keys(window: MainWindow, path: tuple[str, ...], keys: str) -> QAction:
    menus = _menu_actions(window)
    assert path in menus, f"{' ▸ '.join(path)} is in no menu of the main window"
    assert QKeySequence(keys) in menus[path].shortcuts()
    return menus[path]


def _press_and_see_it_triggered(qtbot, window: MainWindow, item: QAction, keys: str) -> None:
    sequence = QKeySequence(keys)
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

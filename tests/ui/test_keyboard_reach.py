"""Every screen holds to the keyboard's rules: Tab reaches every control, every
control has a name a screen reader can speak, and no two Alt+letter mnemonics in a
window claim the same letter (one of them would never be reached)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tests.ui import keyboard_audit as audit
from tests.ui.every_dialog import DIALOGS, show
from tests.ui.rounds_support import FakeClock, close_mode, open_mode
from tests.ui.ward_data import PASSWORD, WardData
from ui.backend import Backend
from ui.shell.main_window import MainWindow


def _holds_to_the_rules(window: QWidget, where: str) -> None:
    assert audit.controls(window), f"{where}: nothing to check"
    broken = {
        "Tab never reaches": audit.unreachable(window),
        "no accessible name": audit.unnamed(window),
        "two mnemonics claim one letter": audit.clashes(window),
        "a field's label has no Alt+letter": audit.unlabelled_fields(window),
        "Tab leaves the reading order": audit.out_of_reading_order(window),
    }
    assert {rule: found for rule, found in broken.items() if found} == {}, where


def test_the_main_window_with_each_patient_tab(qtbot, backend: Backend, ward: WardData) -> None:
    actor = backend.sign_in(ward.charge.username, PASSWORD)
    window = show(qtbot, MainWindow(backend, actor))
    window.census.select_admission(ward.admission_ids[3])
    tabs = window.panel.tabs
    assert tabs.isVisible() and tabs.count() == 5
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _holds_to_the_rules(window, f"main window, tab {tabs.tabText(index)!r}")


def test_the_rounds_console(qtbot, backend: Backend, ward: WardData, monkeypatch) -> None:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        _holds_to_the_rules(mode.console.window(), "rounds console")
    finally:
        close_mode(mode)


@pytest.mark.parametrize("name", DIALOGS)
def test_each_dialog(qtbot, admin: Backend, ward: WardData, name: str) -> None:  # noqa: F811
    _holds_to_the_rules(show(qtbot, DIALOGS[name](admin, ward)), name)


def test_the_rules_catch_what_they_are_for(qtbot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    hidden_from_tab = QLineEdit()
    hidden_from_tab.setAccessibleName("Bed")
    hidden_from_tab.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    nameless = QLineEdit()
    for widget in (QPushButton("&Save"), QCheckBox("&Sensitive"), hidden_from_tab, nameless):
        layout.addWidget(widget)
    show(qtbot, page)
    assert audit.unreachable(page) == ["QLineEdit '' ''"]
    assert audit.unnamed(page) == ["QLineEdit '' ''"]
    assert audit.clashes(page) == {"s": ["&Save", "&Sensitive"]}


def test_the_reading_order_and_field_labels_are_checked(qtbot) -> None:
    page = QWidget()
    form = QFormLayout(page)
    # made in this order, so Tab goes to the lower field first
    below, above = QLineEdit(page), QLineEdit(page)
    for field, name in ((above, "Bed"), (below, "Ward")):
        field.setAccessibleName(name)
    bed = QLabel("&Bed")
    bed.setBuddy(above)
    form.addRow(bed, above)
    form.addRow(QLabel("Ward"), below)  # a field named by a label with no buddy
    show(qtbot, page)
    assert audit.out_of_reading_order(page) == ["QLineEdit '' '' → QLineEdit '' ''"]
    assert audit.unlabelled_fields(page) == ["'Ward'"]

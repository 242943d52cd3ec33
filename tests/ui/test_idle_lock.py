"""The idle lock: after a while without input the window covers every patient detail
until the same user gives their password; someone else may sign in instead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from rounds_app.storage.database import Database
from tests.ui.focus import tab_stops
from tests.ui.ward_data import CHARGE, PASSWORD, PATIENTS, WardData
from ui.access.idle_lock import LOCK_ENV, IdleLock, configured_lock_ms, lock_after_ms
from ui.access.sign_in_dialog import SignInDialog
from ui.backend import Backend
from ui.shell.main_window import MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, backend: Backend, ward: WardData) -> MainWindow:
    widget = MainWindow(backend, backend.sign_in(CHARGE, PASSWORD), lock_after_ms=300)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def _visible_texts(window: QWidget) -> list[str]:
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    texts += [w.text() for w in window.findChildren(QLineEdit) if w.isVisibleTo(window)]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    return texts


def _typing_in_the_search(qtbot, window: MainWindow) -> None:
    window.census.find_action.trigger()
    qtbot.keyClicks(window.census.search, "zo")


@pytest.mark.parametrize(
    ("setting", "ms"),
    [(None, 300_000), ("2", 120_000), ("0.5", 30_000), ("soon", 300_000), ("0", 300_000)],
)
def test_the_idle_time_comes_from_the_environment(setting: str | None, ms: int) -> None:
    environ = {} if setting is None else {"ROUNDS_IDLE_LOCK_MINUTES": setting}
    assert configured_lock_ms(environ) == ms


def test_the_site_s_idle_time_is_a_default_or_enforced(site_settings, monkeypatch) -> None:
    monkeypatch.delenv(LOCK_ENV, raising=False)
    site_settings("lock_after_minutes = 2\n")
    assert lock_after_ms(None) == 120_000
    assert lock_after_ms(10) == 600_000
    monkeypatch.setenv(LOCK_ENV, "7")
    assert lock_after_ms(None) == 420_000
    site_settings('lock_after_minutes = 2\nenforce = ["lock_after_minutes"]\n')
    assert lock_after_ms(10) == lock_after_ms(None) == 120_000


def test_no_input_locks_and_hides_every_patient(qtbot, window: MainWindow) -> None:
    window.census.table.selectRow(0)
    qtbot.waitUntil(lambda: window.locked)
    assert not window.census.isVisibleTo(window)
    assert not window.panel.isVisibleTo(window)
    shown = "\n".join(_visible_texts(window))
    for given, family, preferred, *_ in PATIENTS[:8]:
        for name in filter(None, (given, family, preferred)):
            assert name not in shown
    assert "Mariam Haddad (charge.nurse)" in shown
    password = window.lock_screen.password
    qtbot.waitUntil(password.hasFocus)
    stops = tab_stops(password, 6)
    assert stops and all(window.lock_screen.isAncestorOf(stop) for stop in stops)
    assert not window.menuBar().isEnabled()


def test_the_right_password_unlocks_with_the_typing_kept(qtbot, window: MainWindow) -> None:
    _typing_in_the_search(qtbot, window)
    qtbot.waitUntil(lambda: window.locked)
    qtbot.keyClicks(window.lock_screen.password, PASSWORD)
    qtbot.mouseClick(window.lock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert not window.locked
    assert window.census.isVisible() and window.menuBar().isEnabled()
    assert window.census.search.text() == "zo"
    qtbot.waitUntil(window.census.search.hasFocus)
    qtbot.waitUntil(lambda: window.locked)  # and it counts again


def test_a_wrong_password_stays_locked_with_a_message(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.locked)
    qtbot.keyClicks(window.lock_screen.password, "not it")
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    assert window.locked
    error = window.lock_screen.error
    assert error.isVisibleTo(window) and error.text() == "The password is not right."
    assert error.textFormat() == Qt.TextFormat.PlainText
    assert window.lock_screen.password.text() == ""


def test_shortcuts_do_nothing_behind_the_lock(
    qtbot, window: MainWindow, ui_db: Database, ward: WardData
) -> None:
    window.census.table.selectRow(0)
    qtbot.waitUntil(lambda: window.locked)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Down, CTRL_SHIFT)
    assert window.census.model.admission_ids() == ward.admission_ids


def test_someone_else_signs_in_at_a_locked_screen(
    qtbot, window: MainWindow, backend: Backend, monkeypatch
) -> None:
    _typing_in_the_search(qtbot, window)
    qtbot.waitUntil(lambda: window.locked)
    monkeypatch.setattr(SignInDialog, "ask", lambda parent, backend, username="": None)
    window.lock_screen.switch_button.click()
    assert window.locked  # nobody signed in: still covered, the typing still there
    assert window.census.search.text() == "zo"

    other = backend.sign_in("pharm.lee", PASSWORD)
    monkeypatch.setattr(SignInDialog, "ask", lambda parent, backend, username="": other)
    window.lock_screen.switch_button.click()
    assert not window.locked
    assert window.actor == other
    assert window.signed_in.text() == "Signed in as Dr Sun-hee Lee (clinician)"
    assert window.census.search.text() == ""  # a fresh view for them
    assert window.census.model.rowCount() == 8


def test_activity_puts_the_lock_off(qtbot) -> None:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    lock = IdleLock(1000)
    lock.start()
    try:
        qtbot.waitUntil(lambda: 0 <= lock.remaining_ms() < 400, timeout=2000)
        qtbot.keyClick(widget, "a")
        assert lock.remaining_ms() > 800
        with qtbot.waitSignal(lock.locked, timeout=3000):
            pass
        assert lock.remaining_ms() == -1  # locked: no longer counting
    finally:
        lock.stop()

"""Automatic backups of a SQLite ward: at quit, daily while running, at start when the
newest is over a day old; the newest N kept; none for PostgreSQL; a failure is a
status-bar line and a log entry, never an error in the user's face."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMainWindow

from rounds_app import paths
from rounds_app.storage.backup import rotate_backups
from rounds_app.storage.database import Database
from tests.ui.ward_data import CHARGE, PASSWORD, WardData, ward_file
from ui.access.sign_in_dialog import SignInDialog
from ui.shell import app as app_module
from ui.shell import auto_backup
from ui.shell.auto_backup import DEFAULT_KEEP, AutoBackup, configured_keep, sqlite_file

# run_app's side effects kept inside the test, shared from test_run_app


@pytest.fixture
def source(ui_db: Database, ward: WardData) -> Path:
    path = sqlite_file(ui_db.url)
    assert path is not None and path.is_file()
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def start(folder: Path) -> Iterator[Callable[..., AutoBackup | None]]:
    """AutoBackup.start into the test's folder. Each is deleted afterwards — waiting for
    a copy in flight — so none answers a later test's quit."""
    started: list[AutoBackup] = []

    def make(url: str, window: QMainWindow | None = None, **kwargs) -> AutoBackup | None:
        backups = AutoBackup.start(url, window, folder=folder, **kwargs)
        if backups is not None:
            started.append(backups)
        return backups

    yield make
    for backups in started:
        if shiboken6.isValid(backups):
            shiboken6.delete(backups)


def _backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.backup.sqlite3"))


def _patients(path: Path) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as copy:
        return copy.execute("SELECT count(*) FROM admissions").fetchone()[0]


def test_quitting_takes_a_backup(qtbot, ui_db: Database, source: Path, folder: Path, start):
    rotate_backups(source, folder, DEFAULT_KEEP)  # fresh: no backup at start
    backups = start(ui_db.url)
    assert not backups.busy
    QApplication.instance().aboutToQuit.emit()
    copies = _backups(folder)
    assert len(copies) == 2
    assert _patients(copies[-1]) == 8  # a whole, readable database


def test_a_start_with_no_recent_backup_takes_one(qtbot, ui_db, source, folder, start) -> None:
    stale = rotate_backups(source, folder, DEFAULT_KEEP)
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(stale, (two_days_ago, two_days_ago))
    backups = start(ui_db.url)
    with qtbot.waitSignal(backups.backed_up) as taken:
        pass
    assert taken.args[0].parent == folder
    assert len(_backups(folder)) == 2


def test_the_daily_timer_takes_another(qtbot, ui_db: Database, source, folder, start) -> None:
    taken: list[Path] = []
    backups = start(ui_db.url, interval_ms=30)  # a day, shortened
    backups.backed_up.connect(taken.append)
    qtbot.waitUntil(lambda: len(taken) >= 2)
    assert len(set(taken)) == len(taken)
    assert all(copy in _backups(folder) for copy in taken)


def test_only_the_newest_are_kept(qtbot, ui_db, source, folder, start, monkeypatch) -> None:
    monkeypatch.setenv("ROUNDS_BACKUP_KEEP", "2")
    taken: list[Path] = []
    backups = start(ui_db.url, interval_ms=10)
    backups.backed_up.connect(taken.append)
    qtbot.waitUntil(lambda: len(taken) >= 5)
    shiboken6.delete(backups)  # waits for a copy in flight
    copies = _backups(folder)
    assert len(copies) == 2
    assert taken[-1] in copies and taken[0] not in copies


@pytest.mark.parametrize(
    ("value", "keep"), [("", DEFAULT_KEEP), ("3", 3), ("0", DEFAULT_KEEP), ("lots", DEFAULT_KEEP)]
)
def test_the_keep_count_comes_from_the_environment(monkeypatch, value: str, keep: int) -> None:
    monkeypatch.setenv("ROUNDS_BACKUP_KEEP", value)
    assert configured_keep() == keep


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://rounds@db.ward.example:5432/rounds",
        "sqlite:///:memory:",
        "sqlite:///file:/media/ward.sqlite3?mode=ro&uri=true",
    ],
)
def test_no_backups_without_a_file_of_our_own(qtbot, url: str, start, folder, monkeypatch):
    attempts: list[object] = []
    monkeypatch.setattr(auto_backup, "rotate_backups", lambda *args: attempts.append(args))
    assert start(url) is None
    QApplication.instance().aboutToQuit.emit()
    assert attempts == [] and not folder.exists()


def test_a_failure_is_a_calm_status_line(qtbot, ui_db, source, start, monkeypatch, caplog):
    def full_disk(*args) -> Path:
        raise OSError(28, "No space left on device", str(source))

    monkeypatch.setattr(auto_backup, "rotate_backups", full_disk)
    window = QMainWindow()
    qtbot.addWidget(window)
    with caplog.at_level(logging.WARNING, "rounds.ui.shell"):
        backups = start(ui_db.url, window)
        with qtbot.waitSignal(backups.failed):
            pass
    message = window.statusBar().currentMessage()
    assert message.startswith("The automatic backup could not be written")
    assert "\n" not in message
    assert not backups.busy
    assert "OSError 28" in caplog.text and str(source) not in caplog.text


def test_the_app_backs_up_its_sqlite_file_when_it_quits(
    qapp, notices, tmp_path: Path, monkeypatch
) -> None:
    path = ward_file(tmp_path)
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path / "data")
    monkeypatch.setattr(
        SignInDialog, "ask", lambda parent, backend, username="": backend.sign_in(CHARGE, PASSWORD)
    )
    rotate_backups(path, tmp_path / "data" / "backups", DEFAULT_KEEP)  # none due at start

    def run_loop() -> int:
        for window in QApplication.topLevelWidgets():
            window.close()
        qapp.aboutToQuit.emit()  # what the real event loop does on its way out
        return 0

    monkeypatch.setattr(qapp, "exec", run_loop)
    assert app_module.run_app(str(path), demo=False) == 0
    assert len(_backups(tmp_path / "data" / "backups")) == 2
    assert notices == []

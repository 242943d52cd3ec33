"""Starting the app: exit codes, one-line errors, the demo ward and the first window.
Dialogs are replaced through their `ask` classmethods; the event loop is not run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import rounds_app.demo
from rounds_app import paths
from rounds_app.crash_reports import write_report
from rounds_app.demo import DemoAccounts
from rounds_app.domain.clock import utc_now
from rounds_app.storage.database import Database
from tests.ui.ward_data import CHARGE, PASSWORD, build_ward, ward_file
from ui.access.first_admin_dialog import FirstAdminDialog
from ui.access.sign_in_dialog import SignInDialog
from ui.shell import app as app_module
from ui.shell.main_window import MainWindow


def test_a_database_that_cannot_be_opened_exits_1(notices, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert app_module.run_app(str(blocker / "rounds.sqlite3"), demo=False) == 1
    assert len(notices) == 1
    assert notices[0].startswith("Rounds could not open the database: ")
    assert "\n" not in notices[0]
    assert (tmp_path / "logs" / "rounds.log").is_file()


def test_a_new_database_asks_for_the_first_admin_then_opens_the_main_window(
    qapp, notices, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(SignInDialog, "ask", lambda *a, **k: pytest.fail("nobody to sign in"))

    def create_admin(parent, backend):
        return backend.create_first_admin(
            username="first.admin",
            display_name="First Admin",
            discipline="nursing",
            password=PASSWORD,
        )

    monkeypatch.setattr(FirstAdminDialog, "ask", create_admin)
    shown: list[MainWindow] = []

    def run_loop() -> int:
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        for window in shown:
            window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", run_loop)
    assert app_module.run_app(str(tmp_path / "new.sqlite3"), demo=False) == 0
    assert len(shown) == 1
    assert shown[0].actor.username == "first.admin"
    assert notices == []


def test_quitting_at_the_first_admin_exits_0(notices, tmp_path: Path, monkeypatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(FirstAdminDialog, "ask", lambda parent, backend: asked.append(backend))
    monkeypatch.setattr(SignInDialog, "ask", lambda *a, **k: pytest.fail("nobody to sign in"))
    assert app_module.run_app(str(tmp_path / "empty.sqlite3"), demo=False) == 0
    assert len(asked) == 1
    assert notices == []


def test_the_default_database_starts_with_the_first_admin(
    notices, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path / "data")
    monkeypatch.delenv(paths.DATABASE_URL_ENV, raising=False)
    asked: list[str] = []
    monkeypatch.setattr(
        FirstAdminDialog, "ask", lambda parent, backend: asked.append(backend.location)
    )
    assert app_module.run_app(None, demo=False) == 0
    assert len(asked) == 1
    assert asked[0].startswith(str(tmp_path / "data"))


def test_quitting_at_sign_in_exits_0(notices, tmp_path: Path, monkeypatch) -> None:
    path = ward_file(tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(
        SignInDialog, "ask", lambda parent, backend, username="": asked.append(username)
    )
    assert app_module.run_app(str(path), demo=False) == 0
    assert asked == [""]
    assert notices == []


def test_signing_in_shows_the_main_window(qapp, notices, tmp_path: Path, monkeypatch) -> None:
    path = ward_file(tmp_path)
    monkeypatch.setattr(
        SignInDialog, "ask", lambda parent, backend, username="": backend.sign_in(CHARGE, PASSWORD)
    )
    shown: list[MainWindow] = []

    def run_loop() -> int:
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        for window in shown:
            assert window.census.model.rowCount() == 3
            window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", run_loop)
    assert app_module.run_app(str(path), demo=False) == 0
    assert len(shown) == 1
    assert qapp.applicationName() == "Rounds"
    assert "censusTable" in qapp.styleSheet()


def test_the_start_after_a_crash_mentions_its_report_once(
    qapp, notices, tmp_path: Path, monkeypatch
) -> None:
    path = ward_file(tmp_path)
    report = write_report(tmp_path / "logs", utc_now(), "builtins.ValueError\n")
    monkeypatch.setattr(
        SignInDialog, "ask", lambda parent, backend, username="": backend.sign_in(CHARGE, PASSWORD)
    )
    said: list[str] = []

    def run_loop() -> int:
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                said.append(window.statusBar().currentMessage())
                window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", run_loop)
    assert app_module.run_app(str(path), demo=False) == 0
    assert app_module.run_app(str(path), demo=False) == 0
    assert said == [f"Rounds closed unexpectedly last time; a report is in {report}", ""]
    assert notices == []


def test_demo_recreates_the_file_prints_accounts_and_prefills_the_charge_nurse(
    notices, tmp_path: Path, monkeypatch, capsys
) -> None:
    stale = paths.demo_database_path()
    stale.parent.mkdir(parents=True)
    stale.write_text("an old demo that is not even a database")

    def create_demo(database: Database) -> DemoAccounts:
        ward = build_ward(database, 2)
        return DemoAccounts(ward.ward_id, {"pharm.lee": PASSWORD, CHARGE: PASSWORD})

    monkeypatch.setattr(rounds_app.demo, "create_demo", create_demo)
    asked: list[str] = []
    monkeypatch.setattr(
        SignInDialog, "ask", lambda parent, backend, username="": asked.append(username)
    )
    assert app_module.run_app(None, demo=True) == 0
    assert asked == [CHARGE]
    out = capsys.readouterr().out
    assert str(stale) in out
    assert f"{CHARGE}  {PASSWORD}" in out
    assert notices == []

"""Fixtures for the desktop client's tests: a SQLite ward built through the services
and a Backend over it, signed in as its administrator if asked, the app's stylesheet,
and run_app's side effects kept inside the test. Qt runs offscreen, so the suite needs
no display."""

from __future__ import annotations

import os

# before Qt creates the application: no display is needed, and none is touched
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# the screens in English whatever the tester's computer speaks: a test that starts the
# app (run_app, rounds-app rounds) would otherwise install its language for the rest
os.environ["ROUNDS_LANGUAGE"] = "en"

import logging  # noqa: E402
import sys  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QLocale, QSettings  # noqa: E402

from rounds_app import paths  # noqa: E402
from rounds_app.storage.database import Database, open_database  # noqa: E402
from tests.fresh_databases import copy_of  # noqa: E402
from tests.ui.ward_data import PASSWORD, WardData, add_ward_administrator, build_ward  # noqa: E402
from ui.backend import Backend  # noqa: E402
from ui.common.messages import Notice  # noqa: E402
from ui.shell import style  # noqa: E402


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> None:
    """Remembered window sizes go to the test's own folder, never the tester's."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def ui_db(migrated_sqlite_file: Path, tmp_path: Path) -> Iterator[Database]:
    database = open_database(copy_of(migrated_sqlite_file, tmp_path / "ui.sqlite3"))
    yield database
    database.dispose()


@pytest.fixture
def backend(ui_db: Database) -> Backend:
    return Backend(ui_db)


@pytest.fixture
def ward(ui_db: Database) -> WardData:
    return build_ward(ui_db)


@pytest.fixture
def admin(backend: Backend, ward: WardData, ui_db: Database) -> Backend:
    """Signed in as the ward's administrator."""
    add_ward_administrator(ui_db)
    backend.sign_in("boss", PASSWORD)
    return backend


@pytest.fixture
def styled(qapp) -> Iterator[None]:
    """The app's own stylesheet, for what its fonts, padding and colours decide."""
    style.apply_stylesheet(qapp)
    yield
    qapp.setStyleSheet("")


# The offscreen platform warns that it cannot propagate size hints whenever a window
# is shown: that is the test platform speaking, not Rounds, so it must not fail a test.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if here in item.path.resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, extend=True))


@pytest.fixture
def notices(qapp, tmp_path: Path, monkeypatch) -> Iterator[list[str]]:
    """Keeps run_app's side effects inside the test: logs and the demo file under
    tmp_path, the excepthook, stylesheet and log handlers restored afterwards."""
    shown: list[str] = []
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(paths, "demo_database_path", lambda: tmp_path / "demo" / "demo.sqlite3")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(
        Notice, "ask", classmethod(lambda cls, parent, title, text, *a: shown.append(text))
    )
    rounds_logger = logging.getLogger("rounds")
    handlers = list(rounds_logger.handlers)
    yield shown
    for handler in rounds_logger.handlers[:]:
        if handler not in handlers:
            rounds_logger.removeHandler(handler)
            handler.close()
    qapp.setStyleSheet("")


@pytest.fixture
def british_english() -> Iterator[None]:
    """English written as in Britain (4,001), whatever the computer's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)

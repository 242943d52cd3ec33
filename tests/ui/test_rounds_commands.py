"""The screen commands. `rounds-app render`: the ward-room view of one patient as a PNG
of the size asked, headless and without signing in. `rounds-app rounds`: sign-in, then
rounds mode on the ward named. A wrong bed or ward is one line and exit code 1."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from rounds_app import paths
from rounds_app.domain.roles import Permission, Role
from rounds_app.storage.database import Database
from tests.modes import OWNER_ONLY, file_mode
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.access.sign_in_dialog import SignInDialog
from ui.backend import Backend
from ui.rounds.commands import ToolBackend
from ui.rounds.mode import RoundsMode
from ui.shell.launcher import main


@pytest.fixture
def db_path(ward: WardData, tmp_path: Path) -> str:
    return str(tmp_path / "ui.sqlite3")  # the file the ward fixture filled


def test_a_tool_may_what_it_acts_as(ui_db: Database) -> None:
    """A command-line tool acts as the system actor, an administrator: what a screen
    asks of `may` agrees with what `call` does as the tool."""
    backend = ToolBackend(ui_db, "render")
    assert backend.actor.role is Role.ADMIN
    assert backend.may(Permission.VIEW, Permission.MANAGE_USERS)


def test_render_writes_a_png_of_the_size_asked(
    qapp, db_path: str, tmp_path: Path, permissive_umask: None
) -> None:
    png = tmp_path / "slide.png"
    argv = ["render", "--db", db_path, "--view", "rounds", "--size", "1280x720", "--out", str(png)]
    assert main(argv) == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 720)
    assert image.pixelColor(5, 5).name() == "#0e1116"  # the projector theme's ground
    assert file_mode(png) == OWNER_ONLY


def test_render_a_chosen_bed_with_names(qapp, db_path: str, tmp_path: Path) -> None:
    png = tmp_path / "named.png"
    argv = ["render", "--db", db_path, "--ward", "7b", "--patient", "7B-02", "--reveal-names"]
    assert main([*argv, "--out", str(png)]) == 0
    assert QImage(str(png)).width() == 1920


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--patient", "7B-99"], "rounds-app: No patient is in bed '7B-99' on ward 7B.\n"),
        (["--ward", "9Z"], "rounds-app: There is no ward '9Z'.\n"),
        (["--size", "huge"], "rounds-app: --size 'huge' is not WIDTHxHEIGHT"),
    ],
)
def test_render_refuses_in_one_line(
    qapp, db_path: str, tmp_path: Path, capsys, extra: list[str], message: str
) -> None:
    png = tmp_path / "never.png"
    assert main(["render", "--db", db_path, *extra, "--out", str(png)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1
    assert not png.exists()


@pytest.fixture
def contained(qapp, tmp_path: Path, monkeypatch) -> Iterator[None]:
    """`rounds` sets up logging, the crash hook and the stylesheet: kept to this test."""
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    handlers = list(logging.getLogger("rounds").handlers)
    yield
    for handler in logging.getLogger("rounds").handlers[:]:
        if handler not in handlers:
            logging.getLogger("rounds").removeHandler(handler)
            handler.close()
    qapp.setStyleSheet("")


def _signs_in(parent, backend: Backend, username: str = ""):  # type: ignore[no-untyped-def]
    return backend.sign_in(CHARGE, PASSWORD)


@pytest.mark.usefixtures("contained")
def test_rounds_signs_in_then_opens_the_ward(db_path: str, ward: WardData, monkeypatch) -> None:
    opened: list[int] = []
    monkeypatch.setattr(SignInDialog, "ask", _signs_in)
    monkeypatch.setattr(
        RoundsMode, "start", lambda backend, ward_id, *a, **k: opened.append(ward_id)
    )
    assert main(["rounds", "--db", db_path, "--ward", "7b"]) == 0
    assert opened == [ward.ward_id]


@pytest.mark.usefixtures("contained")
def test_rounds_without_signing_in_opens_nothing(db_path: str, monkeypatch) -> None:
    monkeypatch.setattr(SignInDialog, "ask", lambda parent, backend, username="": None)
    monkeypatch.setattr(RoundsMode, "start", lambda *a, **k: pytest.fail("opened"))
    assert main(["rounds", "--db", db_path]) == 0


@pytest.mark.usefixtures("contained")
def test_rounds_on_an_unknown_ward_is_one_line(db_path: str, monkeypatch, capsys) -> None:
    monkeypatch.setattr(SignInDialog, "ask", _signs_in)
    assert main(["rounds", "--db", db_path, "--ward", "9Z"]) == 1
    assert capsys.readouterr().err == "rounds-app: There is no ward '9Z'.\n"

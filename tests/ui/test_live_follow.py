"""What another workstation saves shows here: a real second process writes through the
services, on SQLite (polled) and on PostgreSQL (LISTEN/NOTIFY)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from rounds_app.services import admissions, wards
from rounds_app.storage.database import Database, open_database
from tests.ui.census_cells import badge_words
from tests.ui.ward_data import ADMIN, CHARGE, PASSWORD, WardData, build_ward
from ui.backend import Backend
from ui.census.census_model import CensusTableModel
from ui.census.census_view import CensusView
from ui.connection.live import ChangeFollower
from ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

# what the other workstation does, as a separate program: sign in, then save one thing
OTHER_WORKSTATION = """
import sys
from rounds_app.services import admissions, contributions, users, wards
from rounds_app.storage.database import open_database

url, username, password, doing, target = sys.argv[1:]
db = open_database(url)
with db.session() as s:
    actor = users.authenticate(s, username, password)
with db.session() as s:
    if doing == "contribute":
        contributions.add_contribution(
            s, actor, int(target), text="Σημείωση από άλλο σταθμό", kind="update"
        )
    else:
        bed = next(b.id for b in wards.list_beds(s, actor, int(target)) if b.occupied_by is None)
        patient = admissions.NewPatient(mrn="OTHER-1", given_name="Amani", family_name="Said")
        admissions.admit(s, actor, ward_id=int(target), bed_id=bed, patient=patient)
db.dispose()
"""


@pytest.fixture
def shared(db_url: str) -> Iterator[tuple[str, Database, WardData]]:
    """A ward in a database that a second process can open too."""
    database = open_database(db_url)
    ward = build_ward(database)
    yield db_url, database, ward
    database.dispose()


def _other_workstation(qtbot, url: str, doing: str, target: int) -> None:
    """Runs the second process to its end while this one's event loop keeps going."""
    process = subprocess.Popen(
        [sys.executable, "-c", OTHER_WORKSTATION, url, CHARGE, PASSWORD, doing, str(target)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=60_000)
    finally:
        if process.poll() is None:
            process.kill()
    _, errors = process.communicate()
    assert process.returncode == 0, errors.decode()


def _within_ms(db_url: str) -> int:
    return 1000 if db_url.startswith("postgresql") else 2000


def _flags(model: CensusTableModel, admission_id: int) -> str:
    row = model.row_of_admission(admission_id)
    assert row is not None
    return "  ·  ".join(badge_words(model, row))


def test_a_contribution_from_another_process_shows_in_the_census(qtbot, shared) -> None:
    url, database, ward = shared
    backend = Backend(database)
    window = MainWindow(backend, backend.sign_in(CHARGE, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    quiet = ward.admission_ids[0]  # built with no entries yet
    assert "New" not in _flags(window.census.model, quiet)
    assert window.follower.following

    _other_workstation(qtbot, url, "contribute", quiet)

    qtbot.waitUntil(lambda: "New: 1" in _flags(window.census.model, quiet), timeout=_within_ms(url))


def test_an_admission_from_another_process_adds_a_row(qtbot, shared) -> None:
    url, database, ward = shared
    backend = Backend(database)
    actor = backend.sign_in(CHARGE, PASSWORD)
    view = CensusView(backend, actor)
    qtbot.addWidget(view)
    view.reload_wards()
    follower = ChangeFollower(backend, view)
    follower.changed.connect(view.refresh)
    follower.start()
    assert view.model.rowCount() == 8

    _other_workstation(qtbot, url, "admit", ward.ward_id)

    qtbot.waitUntil(lambda: view.model.rowCount() == 9, timeout=_within_ms(url))
    follower.stop()
    assert not follower.following and not follower.listening


def test_the_follower_starts_from_the_latest_change(qtbot, shared) -> None:
    _, database, _ = shared
    follower = ChangeFollower(Backend(database))
    seen: list[object] = []
    follower.changed.connect(seen.append)
    follower.start()
    follower.check()
    assert seen == []  # the ward built before is already on screen, not news
    follower.stop()


def test_the_window_follows_the_ward_on_screen_and_what_belongs_to_no_ward(qtbot, shared) -> None:
    url, database, ward = shared
    with database.session() as s:
        other_ward = wards.create_ward(s, ADMIN, code="9C", name="Ward 9C", bed_labels=["9-1"])
    with database.session() as s:
        bed = wards.list_beds(s, ADMIN, other_ward.id)[0].id
        patient = admissions.NewPatient(mrn="OTHER-9", given_name="Ines", family_name="Reis")
        elsewhere = admissions.admit(s, ADMIN, ward_id=other_ward.id, bed_id=bed, patient=patient)
    backend = Backend(database)
    window = MainWindow(backend, backend.sign_in(CHARGE, PASSWORD))
    qtbot.addWidget(window)
    window.show()
    assert window.census.ward_picker.currentData() == ward.ward_id
    seen: list[int | None] = []
    window.follower.changed.connect(lambda changes: seen.extend(c.ward_id for c in changes))

    _other_workstation(qtbot, url, "contribute", elsewhere)
    _other_workstation(qtbot, url, "contribute", ward.admission_ids[0])
    qtbot.waitUntil(lambda: ward.ward_id in seen, timeout=_within_ms(url))
    assert other_ward.id not in seen  # another ward's save is not this screen's news

    picker = window.census.ward_picker
    picker.setCurrentIndex(picker.findData(other_ward.id))
    _other_workstation(qtbot, url, "contribute", elsewhere)
    qtbot.waitUntil(lambda: other_ward.id in seen, timeout=_within_ms(url))

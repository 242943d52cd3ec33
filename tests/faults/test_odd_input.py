"""Odd input found by the fault tests: a control character pasted into text, and a
SQLite URL in URI form."""

from __future__ import annotations

from pathlib import Path

import pytest

from rounds_app.errors import ValidationError
from rounds_app.paths import sqlite_url
from rounds_app.services import cards, contributions
from rounds_app.services.unit import latest_change_id
from rounds_app.storage.database import Database, open_database
from tests.factories import small_ward


def test_text_with_a_nul_character_is_refused_in_one_line(db: Database) -> None:
    """PostgreSQL cannot store U+0000 at all; both backends refuse it the same way."""
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    writes = [
        lambda s: contributions.add_contribution(
            s, ward.nurse, admission, text="Slept well\x00", kind="update"
        ),
        lambda s: cards.save_field(s, ward.charge, admission, "hopes", "Home\x07", "patient", 0),
    ]
    with db.session() as s:
        before = latest_change_id(s)
    for write in writes:
        with (
            db.session() as s,
            pytest.raises(ValidationError, match="control character") as refused,
        ):
            write(s)
        assert "\n" not in str(refused.value)
    with db.session() as s:
        assert latest_change_id(s) == before
        contributions.add_contribution(
            s, ward.nurse, admission, text="Tabs\tand\nnew lines are fine", kind="update"
        )


def test_a_uri_form_sqlite_url_leaves_no_folder_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`sqlite:///file:/path/ward.sqlite3?mode=ro&uri=true` opens a backup read-only;
    it must not create a folder named `file:` wherever the working directory is."""
    path = tmp_path / "data" / "ward.sqlite3"
    open_database(sqlite_url(path)).dispose()
    working = tmp_path / "working"
    working.mkdir()
    monkeypatch.chdir(working)
    open_database(f"sqlite:///file:{path}?mode=ro&uri=true", migrate=False).dispose()
    assert list(working.iterdir()) == []

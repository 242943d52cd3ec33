"""The downtime kit: `rounds-app downtime` and the service behind it write each ward's
handoff and a card per patient, owner-only, as whole sets, keeping the newest N
(SQLite and PostgreSQL)."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from rounds_app.cli.main import main
from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import CardField
from rounds_app.errors import NotFound, ValidationError
from rounds_app.services.actor import Actor
from rounds_app.services.census import ward_census
from rounds_app.services.downtime import downtime_sets, write_downtime_kit
from rounds_app.services.patient_card import patient_card
from rounds_app.storage.database import open_database
from rounds_app.storage.models import AuditEvent
from tests.reports.pdf import pages_text, shows, text

TOOL = Actor.system("test")


@pytest.fixture
def demo_url(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["demo", "--db", db_url, "--patients", "3"]) == 0
    capsys.readouterr()
    return db_url


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_kit_holds_each_ward_s_handoff_and_a_card_per_patient_owner_only(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "downtime"
    assert main(["downtime", "--db", demo_url, "--all", "--out", str(out)]) == 0
    said = capsys.readouterr()
    assert said.err == ""
    [written] = downtime_sets(out)
    assert str(written) in said.out and "3 patient cards for 1 ward(s)" in said.out
    assert _mode(written) == 0o700 and _mode(written / "4B") == 0o700
    files = sorted(p.name for p in (written / "4B").iterdir())
    assert files == ["00-handoff-4B.pdf", "4B-01.pdf", "4B-02.pdf", "4B-03.pdf"]
    for name in files:
        assert _mode(written / "4B" / name) == 0o600
    assert "Ward handoff — Ward 4B" in text((written / "4B" / files[0]).read_bytes())

    db = open_database(demo_url)
    try:
        with db.session() as session:
            beds = {row.bed_label: row.admission_id for row in ward_census(session, TOOL, 1)}
            card = patient_card(session, TOOL, beds["4B-02"])
            audited = session.execute(
                select(AuditEvent.action).where(AuditEvent.action == "print.downtime")
            ).all()
    finally:
        db.dispose()
    page = text((written / "4B" / "4B-02.pdf").read_bytes())
    first = pages_text((written / "4B" / "4B-02.pdf").read_bytes())[0]
    assert "DOWNTIME COPY" in first and "data last updated" in first and "Printed" in first
    for heading in ("Code status", "Allergies", "Current medicines", "If / then", "Open actions"):
        assert heading in page, heading
    assert shows(page, card.fields[CardField.WHAT_MATTERS_MOST].text)
    for contingency in card.contingencies:
        assert shows(page, contingency.condition)
    assert shows(page, card.admission.mrn)
    assert len(audited) == 1


def test_the_newest_sets_are_kept_and_nothing_else_in_the_folder_is_touched(
    demo_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "downtime"
    out.mkdir()
    (out / "notes.txt").write_text("the ward's own file")
    start = utc_now()
    db = open_database(demo_url)
    try:
        with db.session() as session:
            made = [
                write_downtime_kit(session, TOOL, out, keep=2, now=start + timedelta(hours=h))
                for h in range(3)
            ]
    finally:
        db.dispose()
    assert downtime_sets(out) == [made[2].folder, made[1].folder]
    assert not made[0].folder.exists()
    assert (out / "notes.txt").read_text() == "the ward's own file"


def test_a_set_that_fails_halfway_leaves_nothing(demo_url: str, tmp_path: Path) -> None:
    out = tmp_path / "downtime"
    db = open_database(demo_url)
    try:
        with db.session() as session:
            with pytest.raises(NotFound):
                write_downtime_kit(session, TOOL, out, ward_ids=[1, 999])
            with pytest.raises(ValidationError, match="Keep at least 1"):
                write_downtime_kit(session, TOOL, out, keep=0)
            audited = session.execute(
                select(AuditEvent.id).where(AuditEvent.action == "print.downtime")
            ).all()
    finally:
        db.dispose()
    assert list(out.iterdir()) == []  # no partial set, hidden or not
    assert audited == []


def test_bad_arguments_get_one_line_and_write_nothing(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")
    assert main(["downtime", "--db", demo_url, "--all", "--out", str(not_a_folder)]) == 1
    err = capsys.readouterr().err
    assert "is not a folder" in err and len(err.strip().splitlines()) == 1
    under_a_file = not_a_folder / "sheets"
    assert main(["downtime", "--db", demo_url, "--all", "--out", str(under_a_file)]) == 1
    err = capsys.readouterr().err
    assert f"Cannot write the downtime sheets to {under_a_file}" in err
    assert len(err.strip().splitlines()) == 1
    assert main(["downtime", "--db", demo_url, "--ward", "XX", "--out", str(tmp_path / "d")]) == 1
    assert "no ward with code or id 'XX'" in capsys.readouterr().err
    assert not (tmp_path / "d").exists()
    with pytest.raises(SystemExit):
        main(["downtime", "--db", demo_url, "--all", "--keep", "0", "--out", str(tmp_path)])
    assert "1 or more" in capsys.readouterr().err

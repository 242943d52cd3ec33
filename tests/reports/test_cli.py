"""`rounds-app print handoff|discharge` on a demo ward (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import select

from rounds_app.cli.main import main
from rounds_app.storage.database import open_database
from rounds_app.storage.models import AuditEvent, Patient
from tests.reports.pdf import pages_text, text


@pytest.fixture
def demo_url(db_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["demo", "--db", db_url, "--patients", "3"]) == 0
    capsys.readouterr()
    return db_url


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_print_handoff_and_both_discharge_copies(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    handoff = tmp_path / "handoff.pdf"
    code, out, err = _run(capsys, "print", "handoff", "--db", demo_url, "--out", str(handoff))
    assert (code, err) == (0, ""), err
    assert str(handoff) in out
    assert "Ward handoff — Ward 4B" in text(handoff.read_bytes())

    letter = tmp_path / "letter.pdf"
    code, _, err = _run(
        capsys,
        *("print handoff --ward 4B --paper letter --db".split()),
        demo_url,
        "--out",
        str(letter),
    )
    assert code == 0, err

    team = tmp_path / "team.pdf"
    argv = "print discharge --patient 4B-02 --audience team --db".split()
    code, _, err = _run(capsys, *argv, demo_url, "--out", str(team))
    assert code == 0, err
    assert "Discharge-planning summary — for the team" in pages_text(team.read_bytes())[0]

    engine_db = open_database(demo_url)
    try:
        with engine_db.session() as s:
            mrn = s.execute(select(Patient.mrn).order_by(Patient.id)).scalars().first()
            assert mrn
    finally:
        engine_db.dispose()
    patient = tmp_path / "patient.pdf"
    argv = ["print", "discharge", "--patient", mrn, "--audience", "patient", "--db", demo_url]
    code, _, err = _run(capsys, *argv, "--out", str(patient))
    assert code == 0, err
    # in the patient's language where a catalog has it: a heading keeps its English
    assert "Your plan" in text(patient.read_bytes())

    engine_db = open_database(demo_url)
    try:
        with engine_db.session() as s:
            actions = s.execute(
                select(AuditEvent.action, AuditEvent.actor).where(AuditEvent.action.like("print.%"))
            ).all()
    finally:
        engine_db.dispose()
    assert sorted(actions) == [
        ("print.discharge_patient", "system:cli"),
        ("print.discharge_team", "system:cli"),
        ("print.handoff", "system:cli"),
        ("print.handoff", "system:cli"),
    ]


@pytest.mark.parametrize(
    "argv",
    [
        ("print", "handoff", "--ward", "NOWARD"),
        ("print", "handoff", "--ward", "999"),
        ("print", "discharge", "--patient", "NOBODY", "--audience", "team"),
        ("print", "discharge", "--patient", "4B-01", "--ward", "NOWARD", "--audience", "patient"),
        ("print", "handoff", "--stale-days", "0"),
        ("print", "handoff", "--password-stdin"),
    ],
)
def test_bad_input_exits_1_with_one_line_and_writes_nothing(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    out = tmp_path / "out.pdf"
    code, _, err = _run(capsys, *argv, "--db", demo_url, "--out", str(out))
    assert code == 1
    assert err.startswith("rounds-app: ") and err.count("\n") == 1, err
    assert not out.exists()


def test_print_as_a_user_names_them_and_without_says_the_command_line(
    demo_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a long night shift\n"))
    argv = "users add night.nurse --name".split()
    code, _, err = _run(
        capsys, *argv, "Ngozi Okafor", *"--discipline nursing --role clinician".split(),
        "--password-stdin", "--db", demo_url,
    )  # fmt: skip
    assert code == 0, err

    signed = tmp_path / "signed.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO("a long night shift\n"))
    code, _, err = _run(
        capsys, "print", "handoff", "--as", "night.nurse", "--password-stdin",
        "--db", demo_url, "--out", str(signed),
    )  # fmt: skip
    assert code == 0, err
    for page in pages_text(signed.read_bytes()):
        assert "Printed by: Ngozi Okafor" in page
    team = tmp_path / "team.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO("a long night shift\n"))
    code, _, err = _run(
        capsys, *"print discharge --patient 4B-01 --audience team".split(), "--as",
        "night.nurse", "--password-stdin", "--db", demo_url, "--out", str(team),
    )  # fmt: skip
    assert code == 0, err
    assert "Printed by: Ngozi Okafor" in text(team.read_bytes())

    unsigned = tmp_path / "unsigned.pdf"
    code, _, err = _run(capsys, "print", "handoff", "--db", demo_url, "--out", str(unsigned))
    assert code == 0, err
    printed = text(unsigned.read_bytes())
    assert "Printed by: command line (system)" in printed and "Rounds cli" not in printed

    engine_db = open_database(demo_url)
    try:
        with engine_db.session() as s:
            actors = s.execute(
                select(AuditEvent.action, AuditEvent.actor).where(AuditEvent.action.like("print.%"))
            ).all()
    finally:
        engine_db.dispose()
    assert sorted(actors) == [
        ("print.discharge_team", "night.nurse"),
        ("print.handoff", "night.nurse"),
        ("print.handoff", "system:cli"),
    ]


def test_print_as_a_user_with_a_wrong_password_prints_nothing(
    demo_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "out.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO("not the password\n"))
    code, _, err = _run(
        capsys, "print", "handoff", "--as", "charge.nurse", "--password-stdin",
        "--db", demo_url, "--out", str(out),
    )  # fmt: skip
    assert code == 1
    assert err.startswith("rounds-app: ") and err.count("\n") == 1, err
    assert not out.exists()

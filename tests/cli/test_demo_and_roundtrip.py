"""The demo ward, and demo → export → import into an empty database → export giving
the same document."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from sqlalchemy import select

from rounds_app.cli.main import main
from rounds_app.demo import create_demo
from rounds_app.domain.enums import Discipline
from rounds_app.storage.database import open_database
from rounds_app.storage.models import Contribution, FactRevision, NarrativeField, Patient


def _content(url: str) -> tuple[list[tuple[str, str]], list[str], list[str], list[str]]:
    db = open_database(url)
    with db.session() as s:
        names = [
            (p.given_name, p.family_name)
            for p in s.execute(select(Patient).order_by(Patient.id)).scalars()
        ]
        fields = list(s.execute(select(NarrativeField.text).order_by(NarrativeField.id)).scalars())
        entries = list(s.execute(select(Contribution.text).order_by(Contribution.id)).scalars())
        facts = list(s.execute(select(FactRevision.snapshot).order_by(FactRevision.id)).scalars())
    db.dispose()
    return names, fields, entries, facts


def test_demo_is_the_same_for_the_same_seed(tmp_path: Path) -> None:
    urls = [f"sqlite:///{tmp_path / name}" for name in ("a.sqlite3", "b.sqlite3", "c.sqlite3")]
    for url, seed in zip(urls, (7, 7, 8), strict=True):
        db = open_database(url)
        create_demo(db, patients=6, seed=seed)
        db.dispose()
    first, second, other = (_content(url) for url in urls)
    assert first == second
    assert first != other


def test_demo_ward_speaks_every_discipline_in_many_scripts(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    for username in ("admin", "charge.nurse", "nurse", "ward.display"):
        assert f"  {username} " in out
    db = open_database(f"sqlite:///{path}")
    with db.session() as s:
        disciplines = set(s.execute(select(Contribution.discipline)).scalars())
        names = " ".join(
            f"{p.given_name} {p.family_name}" for p in s.execute(select(Patient)).scalars()
        )
        patients = len(s.execute(select(Patient.id)).all())
    db.dispose()
    assert disciplines == set(Discipline)
    assert patients == 24
    scripts = {unicodedata.name(ch).split()[0] for ch in names if ch.isalpha()}
    assert {"GREEK", "CYRILLIC", "ARABIC", "HEBREW", "CJK", "LATIN"} <= scripts
    assert [ch for ch in names if ord(ch) > 0x7F and "LATIN" in unicodedata.name(ch)]


def test_demo_export_import_export_is_identical(tmp_path: Path, db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "demo.sqlite3"
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert main(["demo", "--db", str(source), "--patients", "8"]) == 0
    assert main(["export", "json", "--db", str(source), "--out", str(first)]) == 0
    assert main(["import", "json", str(first), "--db", db_url]) == 0
    assert main(["export", "json", "--db", db_url, "--out", str(second)]) == 0
    capsys.readouterr()
    assert first.read_bytes() == second.read_bytes()
    assert main(["audit", "verify", "--db", db_url]) == 0

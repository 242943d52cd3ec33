"""What a JSON export carries about accounts, and how an import holds every row to the
rules the services apply — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from rounds_app.domain.enums import Discipline, Role
from rounds_app.errors import AuthenticationFailed, ImportRefused, PermissionDenied
from rounds_app.exchange.json_format import export_document, export_json, import_json
from rounds_app.services import users
from rounds_app.services.actor import Actor
from rounds_app.storage.base import Base
from rounds_app.storage.database import Database
from rounds_app.storage.models import (
    AuditEvent,
    Contribution,
    MedicationChange,
    Patient,
    User,
)
from tests.exchange_sample import populate

ADMIN = Actor.system("test")
CHARGE_NURSE = Actor(1, "alice-A", "Αλίκη", Role.CHARGE_NURSE, Discipline.NURSING)


def _counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {
            table.name: s.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def test_an_export_leaves_out_password_hashes_unless_an_admin_asks(
    db: Database, tmp_path: Path
) -> None:
    populate(db, "A")
    with db.session() as s:
        plain = export_document(s, CHARGE_NURSE)
    assert plain["format_version"] == 7
    assert all("password_hash" not in row for row in plain["tables"]["users"])
    assert [row["username"] for row in plain["tables"]["users"]] == ["alice-A", "omar-A"]

    out = tmp_path / "accounts.json"
    with db.session() as s, pytest.raises(PermissionDenied, match="charge nurse"):
        export_document(s, CHARGE_NURSE, with_accounts=True)
    with db.session() as s, pytest.raises(PermissionDenied):
        export_json(s, CHARGE_NURSE, out, with_accounts=True)
    assert not out.exists()

    with db.session() as s:
        export_json(s, ADMIN, out, with_accounts=True)
    hashes = [row["password_hash"] for row in json.loads(out.read_text("utf-8"))["tables"]["users"]]
    assert hashes == ["$argon2id$fake", "$argon2id$fake"]
    with db.session() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "export.json")).scalar_one()
        assert event.fields == "password_hash"


def _add_nora(db: Database, role: Role) -> None:
    with db.session() as s:
        users.create_user(
            s,
            ADMIN,
            username="nora",
            display_name="Nora",
            discipline=Discipline.NURSING,
            role=role,
            password="correct horse",
        )


def test_accounts_imported_without_a_hash_cannot_sign_in_until_a_password_is_set(
    db: Database, open_db: Callable[[], Database], tmp_path: Path
) -> None:
    _add_nora(db, Role.CHARGE_NURSE)
    with db.session() as s:
        document = export_document(s, ADMIN)
    target = open_db()
    with target.session() as s:
        summary = import_json(s, ADMIN, _write(tmp_path / "plain.json", document))
    assert summary.without_password == 1
    with target.session() as s, pytest.raises(AuthenticationFailed):
        users.authenticate(s, "nora", "correct horse")
    with target.session() as s:
        # the marker goes out again as it came in: still no hash in the file
        assert export_document(s, ADMIN) == document
        users.change_password(s, ADMIN, "nora", "a new password")
    with target.session() as s:
        assert users.authenticate(s, "nora", "a new password").username == "nora"


def test_a_backup_with_accounts_keeps_passwords(
    db: Database, open_db: Callable[[], Database], tmp_path: Path
) -> None:
    _add_nora(db, Role.ADMIN)
    out = tmp_path / "backup.json"
    with db.session() as s:
        export_json(s, ADMIN, out, with_accounts=True)
    target = open_db()
    with target.session() as s:
        assert import_json(s, ADMIN, out).without_password == 0
    with target.session() as s:
        assert users.authenticate(s, "nora", "correct horse").username == "nora"


def test_a_fifty_million_character_card_field_is_refused_quickly(
    db: Database, open_db: Callable[[], Database], tmp_path: Path
) -> None:
    source = open_db()
    populate(source, "A")
    with source.session() as s:
        document = export_document(s, ADMIN)
    document["tables"]["narrative_fields"][0]["text"] = "x" * 50_000_000
    huge = _write(tmp_path / "huge.json", document)
    before = _counts(db)
    started = time.perf_counter()
    with pytest.raises(ImportRefused) as refused:
        with db.session() as s:
            import_json(s, ADMIN, huge)
    assert str(refused.value) == (
        f"{huge}: table narrative_fields row id=1: column 'text' is 50,000,000 characters "
        "long; the limit is 4,000"
    )
    assert time.perf_counter() - started < 20
    assert _counts(db) == before


def test_an_older_file_with_a_line_break_in_a_single_line_field_imports_on_one_line(
    db: Database, open_db: Callable[[], Database], tmp_path: Path
) -> None:
    """Before version 5 the services let a line break into a name or a medicine's
    reason; a backup of that time still restores, with each break read as a space."""
    source = open_db()
    populate(source, "A")
    with source.session() as s:
        document = export_document(s, ADMIN, with_accounts=True)
    document["format_version"] = 4
    document["tables"]["patients"][0]["family_name"] = "Muñoz\r\nGarcía"
    document["tables"]["medication_changes"][0]["reason"] = "Bleeding\nrisk"
    document["tables"]["contributions"][0]["text"] = "Line one\nline two"
    with db.session() as s:
        import_json(s, ADMIN, _write(tmp_path / "v4.json", document))
    with db.session() as s:
        names = set(s.execute(select(Patient.family_name)).scalars())
        assert "Muñoz García" in names
        assert s.execute(select(MedicationChange.reason)).scalar_one() == "Bleeding risk"
        # a multi-line field keeps its lines
        assert "Line one\nline two" in set(s.execute(select(Contribution.text)).scalars())
        assert set(s.execute(select(User.password_hash)).scalars()) == {"$argon2id$fake"}

    document["format_version"] = 5
    with pytest.raises(ImportRefused, match="column 'family_name' must be one line"):
        with open_db().session() as s:
            import_json(s, ADMIN, _write(tmp_path / "v5.json", document))

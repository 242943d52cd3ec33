"""Whole-database JSON export and all-or-nothing import, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from rounds_app.domain.enums import (
    CardField,
    Discipline,
    Role,
)
from rounds_app.errors import ImportRefused, PermissionDenied
from rounds_app.exchange.json_format import export_document, export_json, import_json
from rounds_app.services.actor import Actor
from rounds_app.storage.base import Base
from rounds_app.storage.database import Database
from rounds_app.storage.models import (
    Admission,
    AuditEvent,
    Contribution,
    DischargePlan,
    NarrativeField,
    Patient,
    User,
    Ward,
)
from tests.exchange_sample import populate

ADMIN = Actor.system("test")


def _snapshot(db: Database) -> tuple[dict[str, Any], dict[str, int]]:
    """The full export plus a row count of every table, audit trail included."""
    with db.session() as s:
        counts = {
            table.name: s.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }
        return export_document(s, ADMIN), counts


def _export(db: Database, out: Path) -> bytes:
    with db.session() as s:
        export_json(s, ADMIN, out)
    return out.read_bytes()


def _import(db: Database, source: Path, *, merge: bool = False):  # type: ignore[no-untyped-def]
    with db.session() as s:
        return import_json(s, ADMIN, source, merge=merge)


def test_export_import_export_gives_the_same_file(db: Database, open_db, tmp_path: Path) -> None:
    populate(db, "A")
    first = tmp_path / "first.json"
    data = _export(db, first)
    assert _export(db, first) == data  # replaced in place, same bytes
    assert not list(tmp_path.glob(".first.json.*"))  # no temporary file left behind
    if os.name == "posix":
        assert first.stat().st_mode & 0o777 == 0o600
    assert "中文" in data.decode("utf-8") and "<b>&amp;" in data.decode("utf-8")

    document = json.loads(data)
    tables = document["tables"]
    assert document["format"] == "rounds-export" and document["format_version"] == 7
    assert not {"audit_events", "audit_chain_head", "change_log"} & set(tables)
    assert tables["admissions"][0]["admitted_at"] == "2026-11-25T08:30:40.123456+00:00"
    assert tables["users"][1]["created_at"] == "2026-11-25T08:30:40.000000+00:00"
    assert tables["patients"][0]["date_of_birth"] == "1948-02-29"
    assert tables["admissions"][0]["severity"] == "watcher"
    with db.session() as s:
        in_order = list(export_document(s, ADMIN)["tables"])
    assert in_order.index("users") < in_order.index("contributions")
    assert in_order.index("narrative_fields") < in_order.index("card_field_revisions")

    target = open_db()
    summary = _import(target, first)
    assert not summary.merged
    assert summary.rows["contributions"] == 4 and summary.rows["wards"] == 1
    assert summary.total == sum(len(rows) for rows in tables.values())
    second = tmp_path / "second.json"
    assert _export(target, second) == data
    assert _snapshot(target)[0] == document

    with target.session() as s:
        event = s.execute(select(AuditEvent).where(AuditEvent.action == "import.json")).scalar_one()
        assert (event.entity, event.entity_id) == ("database", None)
        assert "contributions=4" in event.fields.split(",")
        # kept ids must not collide with the next one the database hands out
        ward = Ward(code="NEW", name="New")
        s.add(ward)
        s.commit()
        assert ward.id == 2


def _cases() -> list[Any]:
    def edit(change: Callable[[dict[str, Any]], None]) -> Callable[[bytes], bytes]:
        def make(valid: bytes) -> bytes:
            document = json.loads(valid)
            change(document)
            return json.dumps(document).encode("utf-8")

        return make

    def set_row(table: str, index: int, column: str, value: Any):  # type: ignore[no-untyped-def]
        return edit(lambda d: d["tables"][table][index].__setitem__(column, value))

    def case(name: str, make: Callable[[bytes], bytes] | None, message: str) -> Any:
        return pytest.param(make, message, id=name)

    return [
        case("missing", None, "^cannot read FILE: No such file or directory$"),
        case(
            "truncated",
            lambda v: v[: len(v) // 2],
            r"^FILE is not valid JSON \(line \d+, column \d+\): it may be truncated$",
        ),
        case(
            "cut-in-a-character",
            lambda v: v[: v.index("中".encode()) + 1],
            r"^FILE is not valid JSON \(line \d+, column \d+\): it may be truncated$",
        ),
        case("empty", lambda v: b"", "^FILE is empty$"),
        case("other-json", lambda v: b'{"hello": 1}', "^FILE is not a Rounds export$"),
        case("json-list", lambda v: b"[1,2]", "^FILE is not a Rounds export$"),
        case(
            "latin-1",
            lambda v: '{"format": "Müller"}'.encode("latin-1"),
            r"^FILE is not UTF-8 text \(byte 13\)$",
        ),
        case(
            "newer",
            edit(lambda d: d.__setitem__("format_version", 8)),
            "^FILE is format version 8; this Rounds reads up to version 7 — update Rounds$",
        ),
        case(
            "audit-table",
            edit(lambda d: d["tables"].__setitem__("audit_events", [])),
            "^FILE: table 'audit_events' is not part of a Rounds export$",
        ),
        case(
            "unknown-column",
            set_row("patients", 0, "nickname", "Leni"),
            "^FILE: table patients row id=1: unknown column 'nickname'$",
        ),
        case(
            "missing-column",
            edit(lambda d: d["tables"]["users"][0].pop("username")),
            "^FILE: table users row id=1: missing column 'username'$",
        ),
        case(
            "bad-date",
            set_row("patients", 0, "date_of_birth", "1948-02-30"),
            r"^FILE: table patients row id=1: column 'date_of_birth' must be a date "
            r"\(YYYY-MM-DD\)$",
        ),
        case(
            "naive-time",
            set_row("users", 0, "created_at", "2026-11-25T08:30:40"),
            "^FILE: table users row id=1: column 'created_at' must be an ISO 8601 date and "
            "time with a UTC offset$",
        ),
        case(
            "wrong-type",
            set_row("beds", 0, "position", "1"),
            "^FILE: table beds row id=1: column 'position' must be a whole number$",
        ),
        case(
            "bad-enum",
            set_row("users", 0, "role", "root"),
            "^FILE: table users row id=1: column 'role' must be one of: admin, "
            "charge_nurse, clinician, ward_display$",
        ),
        case(
            "dangling",
            set_row("contributions", 2, "amends_id", 999),
            "^FILE: table contributions row id=3: amends_id 999 names no earlier row in "
            "contributions$",
        ),
        case(
            "duplicate",
            set_row("users", 1, "username", "alice-A"),
            "^FILE: table users row id=2: username repeats row id=1$",
        ),
        # user text is held to the rule the services apply to the same column
        case(
            "card-field-over-the-limit",
            set_row("narrative_fields", 0, "text", "x" * 4001),
            "^FILE: table narrative_fields row id=1: column 'text' is 4,001 characters long; "
            "the limit is 4,000$",
        ),
        case(
            "contribution-over-the-limit",
            set_row("contributions", 0, "text", "x" * 4001),
            "^FILE: table contributions row id=1: column 'text' is 4,001 characters long; "
            "the limit is 4,000$",
        ),
        case(
            "whitespace-only-name",
            set_row("patients", 0, "given_name", " \t "),
            "^FILE: table patients row id=1: column 'given_name' is empty$",
        ),
        case(
            "escape-in-a-display-name",
            set_row("users", 0, "display_name", "Al\x1b]0;owned\x07ice"),
            "^FILE: table users row id=1: column 'display_name' contains a control character$",
        ),
        case(
            "bell-in-a-display-name",
            set_row("users", 1, "display_name", "Omar\x07"),
            "^FILE: table users row id=2: column 'display_name' contains a control character$",
        ),
        case(
            "line-break-in-a-name",
            set_row("patients", 0, "family_name", "\n".join("M" * 50)),
            "^FILE: table patients row id=1: column 'family_name' must be one line but holds "
            "a line break$",
        ),
        case(
            "line-break-in-a-medication-reason",
            set_row("medication_changes", 0, "reason", "Bleeding\r\nrisk"),
            "^FILE: table medication_changes row id=1: column 'reason' must be one line but "
            "holds a line break$",
        ),
        case(
            "line-break-in-an-action",
            set_row("action_items", 0, "text", "Book\u2028scan"),
            "^FILE: table action_items row id=1: column 'text' must be one line but holds a "
            "line break$",
        ),
        case(
            "gender-outside-its-codes",
            set_row("patients", 0, "gender", "banana"),
            "^FILE: table patients row id=1: column 'gender' must be one of: male, female, "
            "other, unknown$",
        ),
        # two current admissions in one bed: only the database's partial index knows
        case(
            "db-rule",
            set_row("admissions", 1, "discharged_at", None),
            r"^FILE: its rows break a rule of the database \(.+\)$",
        ),
    ]


@pytest.mark.parametrize(("make", "message"), _cases())
def test_a_bad_file_is_refused_in_one_line_and_changes_nothing(
    db: Database,
    open_db,
    tmp_path: Path,
    make: Callable[[bytes], bytes] | None,
    message: str,
) -> None:
    source = open_db()
    populate(source, "A")
    valid = _export(source, tmp_path / "valid.json")
    populate(db, "B")
    bad = tmp_path / "bad.json"
    if make is not None:
        bad.write_bytes(make(valid))
    before = _snapshot(db)
    with pytest.raises(ImportRefused) as refused:
        # merge, so that nothing but the file itself is the reason to refuse
        _import(db, bad, merge=True)
    assert "\n" not in str(refused.value)
    assert re.match(message.replace("FILE", re.escape(str(bad))), str(refused.value))
    assert _snapshot(db) == before


def test_an_import_into_a_database_with_data_needs_merge(
    db: Database, open_db, tmp_path: Path
) -> None:
    source = open_db()
    populate(source, "A")
    export = tmp_path / "a.json"
    _export(source, export)
    populate(db, "B")
    before = _snapshot(db)
    with pytest.raises(
        ImportRefused,
        match=("^the database already holds data; use --merge to add this export to it$"),
    ):
        _import(db, export)
    assert _snapshot(db) == before

    summary = _import(db, export, merge=True)
    assert summary.merged and summary.rows["contributions"] == 4
    after = _snapshot(db)[1]
    assert after["contributions"] == 2 * before[1]["contributions"]
    assert after["wards"] == 2

    with db.session() as s:
        ward = s.execute(select(Ward).where(Ward.code == "7A-A")).scalar_one()
        assert ward.id != 1  # the B ward kept id 1; the merged one was renumbered
        admission = s.execute(
            select(Admission).join(Patient).where(Patient.mrn == "MRN-A-1")
        ).scalar_one()
        assert admission.ward_id == ward.id and admission.bed.ward_id == ward.id
        omar = s.execute(select(User).where(User.username == "omar-A")).scalar_one()
        assert admission.goals_revisited_by_id == omar.id
        chain = {
            c.text: c
            for c in s.execute(
                select(Contribution).where(Contribution.admission_id == admission.id)
            ).scalars()
        }
        first, second, third = (
            chain["Stop 华法林 A"],
            chain["Hold 华法林 A"],
            chain["Hold 华法林 tonight A"],
        )
        assert second.amends_id == first.id and third.amends_id == second.id
        assert second.original_id == first.id and third.original_id == first.id
        assert first.author_id == omar.id
        field = s.execute(
            select(NarrativeField).where(
                NarrativeField.admission_id == admission.id,
                NarrativeField.field == CardField.WHAT_MATTERS_MOST,
            )
        ).scalar_one()
        assert field.text == "Να δει την εγγονή της A"
        assert [r.version for r in field.revisions] == [1, 2]
        plan = s.execute(
            select(DischargePlan).where(DischargePlan.admission_id == admission.id)
        ).scalar_one()
        assert [i.item for i in plan.checklist] == ["Medicines reconciled", "Transport"]
        assert plan.checklist[0].done_by_id == omar.id
        # the sequences moved past the merged ids
        extra = Ward(code="NEW", name="New")
        s.add(extra)
        s.commit()
        assert extra.id > ward.id


def test_a_merge_that_repeats_a_username_is_refused(db: Database, open_db, tmp_path: Path) -> None:
    source = open_db()
    populate(source, "A")
    document = json.loads(_export(source, tmp_path / "a.json"))
    document["tables"]["users"][1]["username"] = "omar-B"
    clash = tmp_path / "clash.json"
    clash.write_text(json.dumps(document), encoding="utf-8")
    populate(db, "B")
    before = _snapshot(db)
    with pytest.raises(ImportRefused) as refused:
        _import(db, clash, merge=True)
    assert str(refused.value) == (f"{clash}: cannot merge: users username 'omar-B' already exists")
    assert _snapshot(db) == before


def test_roles_limit_export_and_import(db: Database, open_db, tmp_path: Path) -> None:
    populate(db, "A")
    display = Actor(1, "u", "U", Role.WARD_DISPLAY, Discipline.NURSING)
    out = tmp_path / "out.json"
    with db.session() as s, pytest.raises(PermissionDenied):
        export_json(s, display, out)
    with db.session() as s, pytest.raises(PermissionDenied):
        export_document(s, display)
    assert not out.exists()

    _export(db, out)
    target = open_db()
    clinician = Actor(1, "u", "U", Role.CLINICIAN, Discipline.NURSING)
    before = _snapshot(target)
    with target.session() as s, pytest.raises(PermissionDenied):
        import_json(s, clinician, out)
    assert _snapshot(target) == before

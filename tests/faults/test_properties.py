"""Random sequences of service calls — valid ones and invalid ones: unknown ids, stale
or future versions, a role that may not, empty or overlong text, a discharged patient,
an occupied bed, a round that has ended — keep Rounds' invariants after every call:

- a refused call raises RoundsError and changes no row at all;
- the audit chain verifies, and grows by exactly as many events as the change log;
- the change log only grows, 1, 2, 3 … with no gap, earlier rows untouched;
- no row points at a missing row (and SQLite's own foreign_key_check agrees);
- contributions, card revisions and audit events are never changed once written.

CI: 25 sequences on SQLite and 5 on PostgreSQL; ROUNDS_FAULTS_FULL=1: 300 and 40."""

from __future__ import annotations

import tempfile
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

pytest.importorskip("hypothesis", reason="the property tests need hypothesis (pip install)")

from hypothesis import event, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.configuration import set_hypothesis_home_dir  # noqa: E402
from sqlalchemy import Engine, func, select, text  # noqa: E402

from rounds_app.domain.clock import utc_now  # noqa: E402
from rounds_app.domain.enums import CardField, ContributionKind  # noqa: E402
from rounds_app.errors import RoundsError  # noqa: E402
from rounds_app.paths import sqlite_url  # noqa: E402
from rounds_app.services import (  # noqa: E402
    actions,
    admissions,
    cards,
    contributions,
    discharge,
    ward_rounds,
    wards,
)
from rounds_app.services.audit import verify_chain  # noqa: E402
from rounds_app.services.health import change_log_gaps  # noqa: E402
from rounds_app.storage.base import Base  # noqa: E402
from rounds_app.storage.database import Database, open_database  # noqa: E402
from rounds_app.storage.models import (  # noqa: E402
    ActionItem,
    Admission,
    Bed,
    Contribution,
    DischargeChecklistItem,
    DischargePlan,
    NarrativeField,
    WardRound,
)
from tests.factories import ADMIN, small_ward  # noqa: E402
from tests.sizes import sized  # noqa: E402

# Hypothesis keeps caches in ./.hypothesis; the work tree is shared, so keep them aside
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "rounds-hypothesis")
STEPS = sized(20, 40)
# control characters included: the services must refuse them like any bad input (lone
# surrogates are left out: they are not text Python can encode at all)
WORDS = st.text(st.characters(exclude_categories=("Cs",)), max_size=9)
NAMES = st.sampled_from(["Ελένη", "محمد", "秀英", "Zoë"])
# weighted towards text a service takes, so sequences get deep enough to matter
TEXT = st.one_of(WORDS, NAMES, NAMES, st.sampled_from(["", "   ", "x" * 4001]))
# the charge nurse may do most: she acts most often, the ward display (3) least
ACTOR = st.sampled_from([0, 0, 0, 1, 2, 3])
REF = st.integers(0, 7)  # the n-th of the records there, or (see _pick) one that is not
VERSION = st.sampled_from(["current", "current", "current", "stale", "ahead"])
OUTCOME = st.sampled_from([None, "discussed", "skipped", "lost"])
OWNER = st.sampled_from([None, "pharmacy", "nursing", "x"])
STATUS = st.sampled_from(["done", "cancelled", "open"])
STEP = st.one_of(
    st.tuples(st.just("admit"), ACTOR, REF, st.integers(0, 4)),
    st.tuples(st.just("save_field"), ACTOR, REF, st.sampled_from(list(CardField)), TEXT, VERSION),
    st.tuples(st.just("add"), ACTOR, REF, TEXT, st.sampled_from([*ContributionKind, "gossip"])),
    st.tuples(st.just("amend"), ACTOR, REF, TEXT, st.sampled_from(["typo", "typo", ""])),
    st.tuples(st.just("open_action"), ACTOR, REF, TEXT, OWNER),
    st.tuples(st.just("due_action"), ACTOR, REF, st.sampled_from([-400, 0, 3])),
    st.tuples(st.just("close_action"), ACTOR, REF, VERSION, STATUS),
    st.tuples(st.just("save_plan"), ACTOR, REF, VERSION, TEXT),
    st.tuples(st.just("tick"), ACTOR, REF, st.booleans()),
    st.tuples(st.just("move_bed"), ACTOR, REF, REF),
    st.tuples(st.just("discharge"), ACTOR, REF),
    st.tuples(st.just("reorder"), ACTOR, st.sampled_from(["reverse", "missing", "twice", "W8"])),
    st.tuples(st.just("start_round"), ACTOR, st.integers(0, 2), st.sampled_from([None, 10, 300])),
    st.tuples(st.just("leave"), ACTOR, REF, REF, st.integers(-5, 900), OUTCOME),
    st.tuples(st.just("end_round"), ACTOR, REF),
)  # fmt: skip
SEQUENCES = st.lists(STEP, min_size=STEPS // 2, max_size=STEPS)
# the steps whose first reference names an admission
ABOUT_A_PATIENT = {
    "save_field", "add", "open_action", "due_action", "save_plan", "move_bed", "discharge",
}  # fmt: skip
APPEND_ONLY = ("contributions", "card_field_revisions", "audit_events", "change_log")


@settings(max_examples=sized(25, 300), deadline=None, database=None)
@given(steps=SEQUENCES)
def test_random_service_calls_keep_the_invariants_on_sqlite(steps: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        _run(sqlite_url(Path(folder) / "properties.sqlite3"), steps)


@pytest.mark.postgres
@settings(max_examples=sized(5, 40), deadline=None, database=None)
@given(steps=SEQUENCES)
def test_random_service_calls_keep_the_invariants_on_postgresql(
    postgres_admin: Engine, postgres_url: str, steps: list[tuple[Any, ...]]
) -> None:
    schema = f"rounds_p_{uuid.uuid4().hex[:12]}"
    with postgres_admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        separator = "&" if "?" in postgres_url else "?"
        _run(f"{postgres_url}{separator}options={quote(f'-csearch_path={schema}')}", steps)
    finally:
        with postgres_admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def _run(url: str, steps: list[tuple[Any, ...]]) -> None:
    db = open_database(url)
    try:
        ward = small_ward(db, patients=3)
        with db.session() as s:
            other = wards.create_ward(s, ADMIN, code="W8", name="Ward 8", bed_labels=["8-1"])
        world = {"ward": ward.ward_id, "other": other.id}
        actors = [ward.charge, ward.nurse, ward.pharmacist, ward.display]
        before = _snapshot(db)
        for number, step in enumerate(steps):
            try:
                _call(db, world, actors[step[1]], step)
                refused = False
            except RoundsError as error:
                # what the user is told: one line
                assert str(error).strip() and "\n" not in str(error), repr(error)
                refused = True
            event(f"{step[0]} {'refused' if refused else 'done'}")  # --hypothesis-show-statistics
            after = _snapshot(db)
            _check(db, before, after, refused, f"step {number} {step[0]}")
            before = after
    finally:
        db.dispose()


def _ids(db: Database, model: Any, *where: Any) -> list[int]:
    with db.session() as s:
        return list(s.execute(select(model.id).where(*where).order_by(model.id)).scalars())


def _pick(db: Database, model: Any, ref: int) -> int:
    """One of the n records there, or (one time in n + 1) an id that names nothing."""
    existing = _ids(db, model)
    ref %= len(existing) + 1
    return existing[ref] if ref < len(existing) else 90_000 + ref


def _version(db: Database, model: Any, choice: str, *where: Any) -> int:
    with db.session() as s:
        current = s.execute(select(model.version).where(*where)).scalar() or 0
    return {"current": current, "stale": current - 1, "ahead": current + 1}[choice]


def _call(db: Database, world: dict[str, int], actor: Any, step: tuple[Any, ...]) -> None:
    service, args, kwargs = _resolve(db, world, step)
    with db.session() as s:
        service(s, actor, *args, **kwargs)


Call = tuple[Any, tuple[Any, ...], dict[str, Any]]


def _resolve(db: Database, world: dict[str, int], step: tuple[Any, ...]) -> Call:
    """The service a step calls and its arguments, references turned into ids (each
    looked up in a session of its own, as a screen reads before the user acts)."""
    name, _, *a = step
    # most calls are about a patient: the first reference names the admission
    admission = _pick(db, Admission, a[0]) if name in ABOUT_A_PATIENT else 0
    if name == "admit":
        patient = admissions.NewPatient(mrn=f"MRN{a[1]:04d}", given_name="Ann", family_name="Lee")
        bed = _pick(db, Bed, a[0])
        return admissions.admit, (), {"ward_id": world["ward"], "bed_id": bed, "patient": patient}
    if name == "save_field":
        where = (NarrativeField.admission_id == admission, NarrativeField.field == a[1])
        version = _version(db, NarrativeField, a[3], *where)
        return cards.save_field, (admission, a[1], a[2], "patient", version), {}
    if name == "add":
        return contributions.add_contribution, (admission,), {"text": a[1], "kind": a[2]}
    if name == "amend":
        entry = _pick(db, Contribution, a[0])
        return contributions.amend_contribution, (entry,), {"text": a[1], "reason": a[2]}
    if name == "open_action":
        return actions.open_action, (admission,), {"text": a[1], "owner_discipline": a[2]}
    if name == "due_action":
        due = utc_now().date() + timedelta(days=a[1])
        return actions.open_action, (admission,), {"text": "Bloods", "owner_user_id": 1, "due": due}
    if name == "close_action":
        action = _pick(db, ActionItem, a[0])
        version = _version(db, ActionItem, a[1], ActionItem.id == action)
        return actions.close_action, (action, version, a[2]), {}
    if name == "save_plan":
        version = _version(db, DischargePlan, a[1], DischargePlan.admission_id == admission)
        return discharge.save_plan, (admission, discharge.PlanEdit(version, a[2], a[2], "", "")), {}
    if name == "tick":
        return discharge.tick_checklist_item, (_pick(db, DischargeChecklistItem, a[0]), a[1]), {}
    if name == "move_bed":
        return admissions.move_bed, (admission, _pick(db, Bed, a[1])), {}
    if name == "discharge":
        return admissions.discharge, (admission,), {}
    if name == "reorder":
        current = _ids(
            db, Admission, Admission.ward_id == world["ward"], Admission.discharged_at.is_(None)
        )
        order = {"reverse": current[::-1], "missing": current[1:], "twice": current + current[:1]}
        ward = world["other"] if a[0] == "W8" else world["ward"]
        return admissions.reorder_round, (ward, order.get(a[0], current)), {}
    if name == "start_round":
        return ward_rounds.start_round, ([world["ward"], world["other"], 90_000][a[0]], a[1]), {}
    ward_round = _pick(db, WardRound, a[0])
    if name == "leave":
        return ward_rounds.leave_patient, (ward_round, _pick(db, Admission, a[1]), a[2], a[3]), {}
    return ward_rounds.end_round, (ward_round,), {}


def _snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    with db.engine.connect() as connection:
        return {
            table.name: [
                tuple(row) for row in connection.execute(select(table).order_by(*table.primary_key))
            ]
            for table in Base.metadata.sorted_tables
        }


def _check(db: Database, before: Any, after: Any, refused: bool, where: str) -> None:
    if refused:
        assert after == before, f"{where}: a refused call changed rows"
        return
    for table in APPEND_ONLY:
        assert after[table][: len(before[table])] == before[table], f"{where}: {table} changed"
    new_changes = [row[0] for row in after["change_log"][len(before["change_log"]) :]]
    first = len(before["change_log"]) + 1
    assert new_changes == list(range(first, first + len(new_changes))), where
    assert len(after["audit_events"]) - len(before["audit_events"]) == len(new_changes), where
    with db.session() as s:
        assert verify_chain(s) == [], where
        assert change_log_gaps(s) == 0, where
        assert _orphans(s) == [], where
        if db.engine.dialect.name == "sqlite":
            assert s.execute(text("PRAGMA foreign_key_check")).all() == [], where


def _orphans(s: Any) -> list[str]:
    """Each foreign key whose value names no row, as "table.column" (one query)."""
    counts = []
    for table in Base.metadata.sorted_tables:
        for key in table.foreign_keys:
            parent = key.column.table.alias()  # an alias: some keys point at their own table
            referred = parent.c[key.column.name]
            missing = (
                select(func.count())
                .select_from(table.outerjoin(parent, key.parent == referred))
                .where(key.parent.is_not(None), referred.is_(None))
            )
            counts.append(missing.scalar_subquery().label(f"{table.name}.{key.parent.name}"))
    row = s.execute(select(*counts)).one()
    return [name for name, count in row._mapping.items() if count]

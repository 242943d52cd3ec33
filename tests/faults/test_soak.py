"""Four workstations (OS processes) edit one ward at once — card fields saved from
versions read moments or minutes before, entries and their amendments, actions opened
and closed, discharge plans and their checklist — while followers track the change
log (polling, and on PostgreSQL woken by LISTEN). Then, from the workers' logs of every
acknowledged write and every conflict: nothing acknowledged is missing, nothing is
stored that was not acknowledged, no save overwrote a version it had not seen, every
follower saw every change in order, and the audit chain and the change log are sound.

CI runs 4 x 30 operations per backend; ROUNDS_FAULTS_FULL=1 runs 4 x 250."""

from __future__ import annotations

import json
import select as io_select
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.domain.enums import ActionStatus, Discipline, Role
from rounds_app.feed import FeedPosition
from rounds_app.live import changes_since, latest_position, listener_for
from rounds_app.services.audit import verify_chain
from rounds_app.services.health import change_log_gaps, check_database
from rounds_app.storage.database import Database, open_database
from rounds_app.storage.models import (
    ActionItem,
    AuditEvent,
    CardFieldRevision,
    Contribution,
    DischargeChecklistItem,
    DischargePlan,
    NarrativeField,
)
from tests.factories import add_user, small_ward
from tests.faults.conftest import LINE_TIMEOUT, Worker, run_seed
from tests.sizes import sized

WORKERS = 4
OPS_PER_WORKER = sized(30, 250)
DISCIPLINES = (Discipline.NURSING, Discipline.PHARMACY, Discipline.MEDICINE, Discipline.SOCIAL_WORK)
POLL_SECONDS = 0.05  # the test's follower polls faster than the client's 0.5 s: same path
AUDIT_ACTION: dict[str, Callable[[dict[str, Any]], str]] = {
    "save_field": lambda r: "card.save_field",
    "add": lambda r: "contribution.add",
    "amend": lambda r: "contribution.amend",
    "open_action": lambda r: "action.open",
    "close_action": lambda r: "action.close",
    "save_plan": lambda r: "discharge.save_plan",
    "tick": lambda r: "discharge.tick" if r["done"] else "discharge.untick",
}


class Follower(threading.Thread):
    """Follows the change log as a client does: `listen` reads only when a PostgreSQL
    notification wakes it (so a lost notification shows as a missed change); otherwise
    it polls."""

    def __init__(self, db: Database, after: FeedPosition, listen: bool) -> None:
        super().__init__(daemon=True)
        self.db, self.position, self.listen = db, after, listen
        self.seen: list[tuple[int, int]] = []  # (chain, number), as read
        self.target: FeedPosition | None = None  # set once the workers are done
        self.ready, self.stop = threading.Event(), threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            listener = listener_for(self.db) if self.listen else None
            self.ready.set()
            try:
                while not self.stop.is_set() and not self.caught_up():
                    news: list[str] = []  # polling: the change log is read
                    if listener is None:
                        self.stop.wait(POLL_SECONDS)
                    elif io_select.select([listener], [], [], 0.2)[0]:
                        news = listener.drain()
                    else:
                        continue
                    changes = changes_since(self.db, self.position, news)
                    self.seen += [(change.chain, change.seq) for change in changes]
                    self.position = self.position.after(changes)
            finally:
                if listener is not None:
                    listener.close()
        except BaseException as error:  # handed to the test thread
            self.error = error
            self.ready.set()

    def caught_up(self) -> bool:
        return self.target is not None and self.position.reached(self.target)


def test_many_workstations_lose_nothing(db_url: str, spawn: Callable[..., Worker], tmp_path: Path):
    seed = run_seed()
    db = open_database(db_url)
    followers: list[Follower] = []
    try:
        ward = small_ward(db, patients=3)
        usernames = {n: f"worker{n}" for n in range(WORKERS)}
        uid = {
            n: add_user(db, name, Role.CHARGE_NURSE, DISCIPLINES[n]).user_id
            for n, name in usernames.items()
        }
        with db.session() as s:
            after = latest_position(s)
            audit_before = s.execute(select(func.max(AuditEvent.id))).scalar_one()
        followers.append(Follower(db, after, listen=False))
        if db.is_postgresql:
            followers.append(Follower(db, after, listen=True))
        for follower in followers:
            follower.start()
            assert follower.ready.wait(LINE_TIMEOUT) and follower.error is None, follower.error
        workers = [
            spawn(
                "soak", "--db", db_url, "--username", usernames[n], "--worker", str(n),
                "--seed", str(seed), "--ops", str(OPS_PER_WORKER),
                "--admissions", ",".join(map(str, ward.admission_ids)),
                "--log", str(tmp_path / f"worker{n}.jsonl"),
            )
            for n in range(WORKERS)
        ]  # fmt: skip
        for worker in workers:
            assert worker.line() == "ready"
        started = time.monotonic()
        for worker in workers:
            worker.send("go")
        for worker in workers:
            worker.finish(timeout=600)
            assert worker.process.returncode == 0, f"seed {seed}: {worker.stderr()}"
        elapsed = time.monotonic() - started
        with db.session() as s:
            target = latest_position(s)
        started_at = dict(after.seen)
        expected = {
            chain: list(range(started_at.get(chain, 0) + 1, last + 1))
            for chain, last in target.seen
            if last > started_at.get(chain, 0)
        }
        for follower in followers:
            follower.target = target
            follower.join(LINE_TIMEOUT)
            follower.stop.set()
            assert follower.error is None, follower.error
            seen_by_chain = defaultdict(list)
            for chain, number in follower.seen:
                seen_by_chain[chain].append(number)
            assert seen_by_chain == expected, (
                f"seed {seed}: a follower (listen={follower.listen}) missed or reordered changes"
            )
        records = [
            json.loads(line)
            for n in range(WORKERS)
            for line in (tmp_path / f"worker{n}.jsonl").read_text("utf-8").splitlines()
        ]
        assert len(records) == WORKERS * OPS_PER_WORKER, f"seed {seed}: an operation went unlogged"
        acks: dict[str, list[dict[str, Any]]] = defaultdict(list)
        conflicts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for record in records:
            if record["op"] == "conflict":
                conflicts[record["of"]].append(record)
            else:
                acks[record["op"]].append(record)
        assert conflicts, f"seed {seed}: no stale save happened, so none was tested"
        with db.session() as s:
            _check_card_fields(s, acks, conflicts, uid)
            _check_contributions(s, acks, uid)
            _check_actions(s, acks, conflicts)
            _check_plans(s, acks, conflicts)
            _check_audit(s, acks, usernames, audit_before)
            assert change_log_gaps(s) == 0
            assert verify_chain(s) == []
        assert check_database(db) == []
        # the figures for docs/operations.md (shown with pytest -s)
        print(
            f"\nsoak on {db.engine.dialect.name}: {len(records)} operations in {elapsed:.1f} s, "
            f"{sum(map(len, acks.values()))} acknowledged, "
            f"{sum(map(len, conflicts.values()))} conflicts "
            f"({', '.join(f'{k} {len(v)}' for k, v in sorted(conflicts.items()) if v)}; "
            f"{sum(not c['fresh'] for v in conflicts.values() for c in v)} from a card left open), "
            f"{sum(map(len, expected.values()))} changes followed by {len(followers)} followers; "
            f"seed {seed}"
        )
    finally:
        for follower in followers:
            follower.stop.set()
        db.dispose()


def _check_card_fields(s: Session, acks: Any, conflicts: Any, uid: dict[int, int]) -> None:
    stored: dict[tuple[int, str], dict[int, tuple[str, int | None]]] = defaultdict(dict)
    rows = s.execute(
        select(NarrativeField.admission_id, NarrativeField.field, CardFieldRevision.version)
        .add_columns(CardFieldRevision.text, CardFieldRevision.edited_by_id)
        .join(NarrativeField, NarrativeField.id == CardFieldRevision.narrative_field_id)
    )
    for admission, field, version, text, editor in rows:
        stored[(admission, field.value)][version] = (text, editor)
    saved: dict[tuple[int, str], dict[int, dict[str, Any]]] = defaultdict(dict)
    for r in acks["save_field"]:
        key = (r["admission"], r["field"])
        assert r["version"] not in saved[key], f"two saves acknowledged as {key} v{r['version']}"
        saved[key][r["version"]] = r
    assert set(saved) == set(stored)
    for key, revisions in stored.items():
        # revisions 1..n, each an acknowledged save made on top of the one before it
        assert sorted(revisions) == sorted(saved[key]) == list(range(1, len(revisions) + 1))
        for version, r in saved[key].items():
            assert r["base"] == version - 1, f"{key} v{version} overwrote unseen text"
            assert revisions[version] == (r["text"], uid[r["worker"]])
    for c in conflicts["save_field"]:
        key = (c["admission"], c["field"])
        assert c["mine"]["version"] == c["base"] < c["theirs"]["version"]
        # the conflict showed what was really stored at that version
        assert stored[key][c["theirs"]["version"]][0] == c["theirs"]["values"]["text"]


def _check_contributions(s: Session, acks: Any, uid: dict[int, int]) -> None:
    rows = {c.id: c for c in s.execute(select(Contribution)).scalars()}
    entries = acks["add"] + acks["amend"]
    assert sorted(rows) == sorted(r["id"] for r in entries)
    for r in entries:
        row = rows[r["id"]]
        assert (row.text, row.author_id, row.amends_id) == (
            r["text"],
            uid[r["worker"]],
            r["amends"],
        )


def _check_actions(s: Session, acks: Any, conflicts: Any) -> None:
    rows = {a.id: a for a in s.execute(select(ActionItem)).scalars()}
    assert sorted(rows) == sorted(r["id"] for r in acks["open_action"])
    for r in acks["open_action"]:
        assert rows[r["id"]].text == r["text"]
    closes: dict[int, dict[str, Any]] = {}
    for r in acks["close_action"]:
        assert r["id"] not in closes, f"action {r['id']} closed twice from one version"
        closes[r["id"]] = r
    for action_id, row in rows.items():
        close = closes.get(action_id)
        if close is None:
            assert (row.status, row.version) == (ActionStatus.OPEN, 1)
        else:
            assert close["version"] == close["base"] + 1
            assert (row.status.value, row.version) == (close["status"], close["version"])
    for c in conflicts["close_action"]:
        row = rows[c["id"]]
        assert c["mine"]["version"] == c["base"] < c["theirs"]["version"] == row.version
        assert c["theirs"]["values"] == {"status": row.status.value}


def _check_plans(s: Session, acks: Any, conflicts: Any) -> None:
    plans = {p.admission_id: p for p in s.execute(select(DischargePlan)).scalars()}
    saves: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in acks["save_plan"]:
        saves[r["admission"]].append(r)
    assert set(plans) == set(saves)
    for admission, chain in saves.items():
        chain.sort(key=lambda r: r["version"])
        versions = [r["version"] for r in chain]
        assert [r["base"] for r in chain] == [0, *versions[:-1]], f"plan {admission}: {chain}"
        plan = plans[admission]
        values = {k: getattr(plan, k) for k in chain[-1]["values"]}
        assert (plan.version, values) == (versions[-1], chain[-1]["values"])
    for c in conflicts["save_plan"]:
        (theirs,) = [r for r in saves[c["admission"]] if r["version"] == c["theirs"]["version"]]
        # the conflict shows every field of the plan; the workers never write why the
        # patient was in hospital, so it stays empty
        assert c["theirs"]["values"] == {**theirs["values"], "why_in_hospital": ""}
    ticked: dict[int, set[bool]] = defaultdict(set)
    for r in acks["tick"]:
        ticked[r["item"]].add(r["done"])
    for item in s.execute(select(DischargeChecklistItem)).scalars():
        assert item.done in (ticked[item.id] or {False})
        assert (item.done_by_id is not None) == item.done


def _check_audit(s: Session, acks: Any, usernames: dict[int, str], audit_before: int) -> None:
    """One audit event per acknowledged write and none for a refused one: no write
    happened twice, or without its workstation hearing of it."""
    expected = Counter({(name, "user.sign_in"): 1 for name in usernames.values()})
    for op, records in acks.items():
        expected.update((usernames[r["worker"]], AUDIT_ACTION[op](r)) for r in records)
    events = s.execute(
        select(AuditEvent.actor, AuditEvent.action).where(AuditEvent.id > audit_before)
    )
    assert Counter(tuple(e) for e in events) == expected

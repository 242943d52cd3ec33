"""A workstation killed outright (SIGKILL, as by a power cut of the process or the task
manager) while it writes entries loses nothing it acknowledged, leaves a database that
opens sound, and the text it was saving is offered back as a draft.

The worker (tests/faults/workers.py crash) keeps the quick-add box's order: save the
draft, save the entry, say "ack", discard the draft. The test kills it after a random
number of its output lines, so the kill lands anywhere in that cycle. CI runs 8 trials
on SQLite (the interesting case: the file is the database) and 3 on PostgreSQL;
ROUNDS_FAULTS_FULL=1 runs 100 and 10."""

from __future__ import annotations

import random
import signal
import sqlite3
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import make_url

from rounds_app.drafts import DraftStore
from rounds_app.services.health import check_database
from rounds_app.storage.database import open_database
from rounds_app.storage.models import Contribution
from tests.factories import small_ward
from tests.faults.conftest import Worker, run_seed
from tests.faults.workers import crash_text
from tests.sizes import sized

TRIALS = {"sqlite": sized(8, 100), "postgresql": sized(3, 10)}
MOST_LINES_BEFORE_KILL = 16  # "draft" and "ack" alternate: up to 8 entries a trial


def test_a_killed_writer_loses_nothing_acknowledged(
    db_url: str, spawn: Callable[..., Worker], tmp_path: Path
) -> None:
    seed = run_seed()
    rng = random.Random(seed)
    backend = make_url(db_url).get_backend_name()
    db = open_database(db_url)
    try:
        admission = small_ward(db, patients=1).admission_ids[0]
    finally:
        db.dispose()
    outcomes: Counter[str] = Counter()
    for trial in range(TRIALS[backend]):
        drafts = tmp_path / f"drafts-{trial}"
        worker = spawn(
            "crash", "--db", db_url, "--username", "nurse", "--admission", str(admission),
            "--drafts", str(drafts), "--trial", str(trial),
        )  # fmt: skip
        assert worker.line() == "ready"
        lines = [worker.line() for _ in range(rng.randint(1, MOST_LINES_BEFORE_KILL))]
        worker.kill()
        lines += worker.finish()  # what it printed between our last read and the kill
        assert worker.process.returncode == -signal.SIGKILL, worker.stderr()
        where = f"seed {seed}, trial {trial}, lines {lines}"
        outcomes[_check_trial(db_url, admission, trial, lines, drafts, where)] += 1
    # the figures for docs/operations.md (shown with pytest -s)
    print(f"\nkill -9 on {backend}: {sum(outcomes.values())} trials; {dict(outcomes)}; seed {seed}")


def _check_trial(
    db_url: str, admission: int, trial: int, lines: list[str], drafts: Path, where: str
) -> str:
    """Checks one killed trial; returns where the kill landed."""
    acked = {int(w[1]): int(w[2]) for w in map(str.split, lines) if w[0] == "ack"}
    started = {int(w[1]) for w in map(str.split, lines) if w[0] == "draft"}
    sqlite_file = make_url(db_url).database if db_url.startswith("sqlite") else None
    if sqlite_file:
        # before Rounds opens it: the file as the killed process left it (WAL and all)
        with closing(sqlite3.connect(sqlite_file)) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
    db = open_database(db_url)
    try:
        assert check_database(db) == [], where
        with db.session() as s:
            rows = s.execute(
                select(Contribution.text, Contribution.id).where(
                    Contribution.admission_id == admission,
                    Contribution.text.like(f"trial {trial} entry %"),
                )
            ).all()
    finally:
        db.dispose()
    stored: dict[int, int] = {}  # entry number -> contribution id
    for text, entry in rows:
        index = int(text.split()[3].rstrip(":"))
        assert text == crash_text(trial, index) and index not in stored, where
        stored[index] = entry
    # every acknowledged entry is there under the id the worker was given ...
    assert {i: stored.get(i) for i in acked} == acked, where
    # ... and what is stored runs 0..m-1: at most the entry in flight beyond those
    assert sorted(stored) == list(range(len(stored))), where
    assert len(acked) <= len(stored) <= len(acked) + 1, where
    offered = [d.data["text"] for d in DraftStore(drafts).all()]
    in_flight = len(acked)  # the entry being written when the kill came
    assert set(offered) <= {crash_text(trial, in_flight - 1), crash_text(trial, in_flight)}, where
    # nothing typed is lost: each entry begun is stored or offered back
    for index in started:
        assert index in stored or crash_text(trial, index) in offered, where
    if in_flight in stored:
        return "after the commit, before its ack"
    if crash_text(trial, in_flight) in offered:
        return "before the commit: draft offered back"
    if offered:
        return "after the ack, before the draft was discarded"
    return "between entries"

"""How soon the ward-room screen shows what a workstation saved (live-feed latency).

Eight simulated workstations (processes) each save about 20 times a minute (every
2–4 s at random) on one ward. A follower process picks the changes up the way the
client does: on SQLite it polls changes_after every 0.5–0.7 s; on PostgreSQL it sleeps
in select() on a LISTEN connection (rounds_app.live.listener_for) whose notifications
say what changed (the change log is read only after a gap). Each delay runs from the
moment a writer's commit returned to the moment the follower held the change. Usage:

    python -m benchmarks.bench_live_latency [--db URL] [--seconds N] [--workstations N]
    python -m benchmarks.bench_live_latency --hospital --workstations 300 [--wards 30]

Without --db it runs both: SQLite in a temporary file, then PostgreSQL in a fresh
schema of $ROUNDS_TEST_POSTGRES_URL (dropped after; skipped when unset). With --db it
runs that one: a new SQLite file, or a PostgreSQL database (a fresh schema again).
Targets: p95 at most 1 s on PostgreSQL, 2 s on SQLite.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import select
import statistics
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import quote

# accounts are made and signed into here, not measured: skip argon2's real cost
os.environ.setdefault("ROUNDS_PASSWORD_HASH_PROFILE", "cheapest-for-tests")

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from rounds_app.live import changes_since, latest_position, listener_for  # noqa: E402
from rounds_app.paths import sqlite_url  # noqa: E402
from rounds_app.services import admissions, contributions, users, wards  # noqa: E402
from rounds_app.services.actor import Actor  # noqa: E402
from rounds_app.storage.database import open_database  # noqa: E402

PASSWORD = "live latency bench"
SETUP = Actor.system("bench")
TARGET_P95_MS = {"sqlite": 1000 * 2, "postgresql": 1000 * 1}
SAVE_EVERY = (2.0, 4.0)  # seconds: 20 saves a minute on average
POLL_EVERY = (0.5, 0.7)  # seconds: the client's polling timer on SQLite
GIVE_UP_AFTER = 30.0  # seconds past the run: a follower not caught up by then missed changes


def build_ward(url: str, workstations: int) -> list[tuple[str, int]]:
    """A ward with one patient and one clinician account per workstation."""
    db = open_database(url)
    try:
        with db.session() as s:
            ward = wards.create_ward(
                s,
                SETUP,
                code="L1",
                name="Latency",
                bed_labels=[f"L-{i}" for i in range(workstations)],
            )
        with db.session() as s:
            beds = [b.id for b in wards.list_beds(s, SETUP, ward.id)]
        seats = []
        for i, bed in enumerate(beds):
            with db.session() as s:
                users.create_user(
                    s, SETUP, username=f"ws{i}", display_name=f"Workstation {i}",
                    discipline="nursing", role="clinician", password=PASSWORD,
                )  # fmt: skip
            with db.session() as s:
                patient = admissions.NewPatient(
                    mrn=f"L{i:03d}", given_name="Pat", family_name=f"Bed {i}"
                )
                admission = admissions.admit(s, SETUP, ward_id=ward.id, bed_id=bed, patient=patient)
            seats.append((f"ws{i}", admission))
        return seats
    finally:
        db.dispose()


def writer(url: str, username: str, admission: int, seconds: float, go: Any, out: Any) -> None:
    """Saves an entry every 2–4 s for `seconds`; reports (entry id, commit returned
    at, seconds the save took) for each."""
    db = open_database(url, migrate=False)
    with db.session() as s:
        actor = users.authenticate(s, username, PASSWORD)
    rng = random.Random(username)
    go.wait()  # every process is up and signed in
    start = time.time()
    end = start + seconds
    saves = []
    moment = start + rng.uniform(0, SAVE_EVERY[1])  # workstations do not start in step
    while moment < end:
        time.sleep(max(0.0, moment - time.time()))  # the workload's pace, not a wait on a result
        began = time.time()
        with db.session() as s:
            entry = contributions.add_contribution(
                s, actor, admission, text=f"{username} at {began:.3f}", kind="update"
            )
        saved = time.time()
        saves.append((entry, saved, saved - began))
        moment += rng.uniform(*SAVE_EVERY)
    db.dispose()
    out.put(("saves", saves))


def follower(url: str, seconds: float, go: Any, writers_done: Any, out: Any) -> None:
    """Follows the change log as the client does, until it has read everything there
    is once every writer is done (a change it is never told of makes it give up after
    a while instead). Reports (entry id, received at)."""
    db = open_database(url, migrate=False)
    listener = listener_for(db)
    rng = random.Random(0)
    with db.session() as s:
        position = latest_position(s)
    seen = []
    go.wait()
    give_up = time.time() + seconds + GIVE_UP_AFTER
    target = None
    while not (target and position.reached(target)) and time.time() < give_up:
        if target is None and writers_done.is_set():
            with db.session() as s:
                target = latest_position(s)
        news: list[str] = []  # polling: nothing told, so the change log is read
        if listener is None:
            time.sleep(rng.uniform(*POLL_EVERY))
        elif select.select([listener], [], [], 0.5)[0]:
            news = listener.drain()
        else:
            # only a notification makes it read (the client also polls every 5 s as a
            # fallback): a lost notification then shows as a late or missing change
            continue
        changes = changes_since(db, position, news)
        received = time.time()
        for change in changes:
            if change.entity == "contribution":
                seen.append((change.entity_id, received))
        position = position.after(changes)
    if listener is not None:
        listener.close()
    db.dispose()
    out.put(("seen", seen))


def _connections(url: str, application: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            query = text(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE application_name = :name AND pid <> pg_backend_pid()"  # not this one
            )
            return connection.execute(query, {"name": application}).scalar_one()
    finally:
        engine.dispose()


def run(url: str, label: str, seconds: float, workstations: int) -> None:
    backend = make_url(url).get_backend_name()
    application = f"rounds-bench-{uuid.uuid4().hex[:8]}"
    if backend == "postgresql":
        url += ("&" if "?" in url else "?") + f"application_name={application}"
    seats = build_ward(url, workstations)
    context = multiprocessing.get_context("spawn")
    out, go = context.Queue(), context.Barrier(len(seats) + 2)  # writers, follower, us
    writers_done = context.Event()
    processes = [context.Process(target=follower, args=(url, seconds, go, writers_done, out))]
    processes += [
        context.Process(target=writer, args=(url, name, admission, seconds, go, out))
        for name, admission in seats
    ]
    for process in processes:
        process.start()
    go.wait(120)
    held = None
    if backend == "postgresql":
        time.sleep(seconds / 2)  # count the connections mid-run
        held = _connections(url, application)
    results: dict[str, list[Any]] = {"saves": [], "seen": []}
    for _ in seats:  # the writers report when they are done; the follower goes on
        kind, rows = out.get(timeout=seconds + 120)
        results[kind] += rows
    writers_done.set()
    kind, rows = out.get(timeout=GIVE_UP_AFTER + 120)
    results[kind] += rows
    for process in processes:
        process.join(60)
    _report(label, backend, seconds, workstations, results, held)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _report(
    label: str, backend: str, seconds: float, n: int, results: dict[str, Any], held: int | None
) -> None:
    saved = {entry: (at, took) for entry, at, took in results["saves"]}
    received = dict(results["seen"])
    delays = [(received[e] - at) * 1000 for e, (at, _) in saved.items() if e in received]
    took = [t * 1000 for _, t in saved.values()]
    how = (
        "LISTEN/NOTIFY, telling the changes"
        if backend == "postgresql"
        else "polling every 0.5-0.7 s"
    )
    print(f"{label}: {n} workstations x {seconds:.0f} s, {len(saved)} saves; follower: {how}")
    if not delays:
        print("  the follower received nothing")
        return
    p95, target = _percentile(delays, 0.95), TARGET_P95_MS[backend]
    verdict = "met" if p95 <= target else "MISSED"
    print(
        f"  save -> follower: p50 {statistics.median(delays):.0f} ms, p95 {p95:.0f} ms, "
        f"max {max(delays):.0f} ms (target p95 <= {target} ms: {verdict})"
    )
    took_p50, took_p95 = statistics.median(took), _percentile(took, 0.95)
    print(f"  the save itself: p50 {took_p50:.0f} ms, p95 {took_p95:.0f} ms")
    if len(delays) < len(saved):
        print(f"  NOT RECEIVED: {len(saved) - len(delays)} saves")
    if held is not None:
        print(
            f"  PostgreSQL connections held mid-run: {held} ({n} workstations + the follower's 2)"
        )


def _postgres_schema(admin_url: str) -> tuple[str, str]:
    schema = f"rounds_bench_{uuid.uuid4().hex[:10]}"
    engine = create_engine(admin_url)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    engine.dispose()
    separator = "&" if "?" in admin_url else "?"
    return schema, f"{admin_url}{separator}options={quote(f'-csearch_path={schema}')}"


def _drop_schema(admin_url: str, schema: str) -> None:
    engine = create_engine(admin_url)
    with engine.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def run_postgresql(admin_url: str, seconds: float, workstations: int) -> None:
    schema, url = _postgres_schema(admin_url)
    try:
        run(url, f"PostgreSQL (schema {schema})", seconds, workstations)
    finally:
        _drop_schema(admin_url, schema)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="one database to run on (default: SQLite and PostgreSQL)")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workstations", type=int, default=8)
    parser.add_argument(
        "--hospital",
        action="store_true",
        help="on a PostgreSQL cluster of its own, the workstations spread over --wards "
        "wards, each following its ward (benchmarks/hospital_load.py)",
    )
    parser.add_argument(
        "--wards", type=int, default=None, help="with --hospital (default: 1 per 10)"
    )
    args = parser.parse_args()
    if args.hospital:
        from benchmarks.hospital_load import run_hospital

        wards = args.wards or max(1, args.workstations // 10)
        run_hospital(args.workstations, wards, args.seconds)
        return
    if args.db and "://" in args.db and make_url(args.db).get_backend_name() == "postgresql":
        run_postgresql(args.db, args.seconds, args.workstations)
        return
    if args.db:
        url = args.db if "://" in args.db else sqlite_url(Path(args.db))
        run(url, f"SQLite ({make_url(url).database})", args.seconds, args.workstations)
        return
    with tempfile.TemporaryDirectory() as folder:
        url = sqlite_url(Path(folder) / "live.sqlite3")
        run(url, "SQLite (temporary file)", args.seconds, args.workstations)
    postgres = os.environ.get("ROUNDS_TEST_POSTGRES_URL")
    if not postgres:
        print("PostgreSQL: skipped (set ROUNDS_TEST_POSTGRES_URL, or pass --db)")
        return
    run_postgresql(postgres, args.seconds, args.workstations)


if __name__ == "__main__":
    main()

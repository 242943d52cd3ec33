"""A hospital on one PostgreSQL server: hundreds of workstations across many wards,
each saving an entry every 2–4 s and following its ward's changes as the client does
(a LISTEN connection whose notifications say what changed; the change log read after
a gap), against a cluster this benchmark
starts itself (initdb, max_connections raised as docs/operations.md recommends).

Workstations are threads, 30 to a process (a process each would not fit in memory):
one thread saves, one follows, and the two share the workstation's engine, as the
client's window and follower do. Reports the save's own time and save → follower delay
(every follower on the saving ward), the server's connections and CPU. A follower is
woken by its own ward's saves only (and those of no ward), as the client is. Usage (also
`make bench-live WORKSTATIONS=300`):

    python -m benchmarks.bench_live_latency --hospital --workstations 300 --wards 30
"""

from __future__ import annotations

import multiprocessing
import os
import random
import resource
import select
import statistics
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from rounds_app.errors import DatabaseUnavailable
from rounds_app.live import changes_since, latest_position, listener_for
from rounds_app.services import admissions, contributions, users, wards
from rounds_app.services.actor import Actor
from rounds_app.storage.database import Database, open_database
from tests.faults.pg_cluster import ThrowawayCluster

PASSWORD = "hospital bench"
SETUP = Actor.system("bench")
SAVE_EVERY = (2.0, 4.0)  # seconds: 20 saves a minute each
PER_PROCESS = 30  # workstations a process simulates
TARGET_SAVE_P95_MS, TARGET_FOLLOW_P95_MS = 100, 1000
CATCH_UP = 30.0  # seconds after the run for followers to read what is left
Seat = tuple[str, int, int]  # username, admission, ward


def build_hospital(url: str, workstations: int, ward_count: int) -> list[Seat]:
    db = open_database(url)
    seats: list[Seat] = []
    try:
        per_ward = -(-workstations // ward_count)
        for w in range(ward_count):
            with db.session() as s:
                ward = wards.create_ward(
                    s, SETUP, code=f"H{w}", name=f"Ward {w}",
                    bed_labels=[f"H{w}-{b}" for b in range(per_ward)],
                )  # fmt: skip
            with db.session() as s:
                beds = [b.id for b in wards.list_beds(s, SETUP, ward.id)]
            for bed in beds:
                if len(seats) == workstations:
                    break
                name = f"ws{len(seats)}"
                with db.session() as s:
                    users.create_user(
                        s, SETUP, username=name, display_name=name, discipline="nursing",
                        role="clinician", password=PASSWORD,
                    )  # fmt: skip
                with db.session() as s:
                    patient = admissions.NewPatient(
                        mrn=f"H{len(seats):04d}", given_name="Pat", family_name=name
                    )
                    admission = admissions.admit(
                        s, SETUP, ward_id=ward.id, bed_id=bed, patient=patient
                    )
                seats.append((name, admission, ward.id))
        return seats
    finally:
        db.dispose()


class Workstation:
    """One simulated workstation: a saver and a follower sharing one engine."""

    def __init__(self, url: str, seat: Seat, seconds: float, go: threading.Event) -> None:
        self.name, self.admission, self.ward = seat
        self.db: Database = open_database(url, migrate=False)
        with self.db.session() as s:
            self.actor = users.authenticate(s, self.name, PASSWORD)
        self.seconds, self.go = seconds, go
        self.saves: list[tuple[int, float, float]] = []  # entry, committed at, took
        self.refused = 0  # saves the database refused (a workstation says so and keeps the text)
        self.seen: list[tuple[int, float]] = []  # entry of its ward, received at
        self.done_saving = threading.Event()
        self.stop_following = threading.Event()

    def save(self) -> None:
        rng = random.Random(self.name)
        self.go.wait()
        end = time.time() + self.seconds
        moment = time.time() + rng.uniform(0, SAVE_EVERY[1])
        while moment < end:
            time.sleep(max(0.0, moment - time.time()))  # the workload's pace
            began = time.time()
            moment += rng.uniform(*SAVE_EVERY)
            try:
                with self.db.session() as s:
                    words = f"{self.name} {began:.3f}"
                    entry = contributions.add_contribution(
                        s, self.actor, self.admission, text=words, kind="update"
                    )
            except DatabaseUnavailable:
                self.refused += 1
                continue
            saved = time.time()
            self.saves.append((entry, saved, saved - began))
        self.done_saving.set()

    def follow(self) -> None:
        listener = listener_for(self.db, self.ward)
        assert listener is not None
        with self.db.session() as s:
            position = latest_position(s)
        self.go.wait()
        while not self.stop_following.is_set():
            if not select.select([listener], [], [], 0.5)[0]:
                continue
            changes = changes_since(self.db, position, listener.drain(), self.ward)
            received = time.time()
            for change in changes:
                if change.entity == "contribution" and change.ward_id == self.ward:
                    self.seen.append((change.entity_id, received))
            position = position.after(changes)
        listener.close()


def simulate(url: str, seats: Sequence[Seat], seconds: float, barrier: Any, out: Any) -> None:
    """A process of workstations: starts them together with every other process."""
    go = threading.Event()
    stations = [Workstation(url, seat, seconds, go) for seat in seats]
    threads = [threading.Thread(target=w.save) for w in stations]
    threads += [threading.Thread(target=w.follow) for w in stations]
    for thread in threads:
        thread.start()
    barrier.wait()
    go.set()
    for station in stations:
        station.done_saving.wait()
    barrier.wait()  # every workstation everywhere has saved its last
    time.sleep(min(CATCH_UP, 5.0))  # followers read what is left (bounded)
    for station in stations:
        station.stop_following.set()
    for thread in threads:
        thread.join()
    cpu = resource.getrusage(resource.RUSAGE_SELF)
    out.put(
        (
            [(w.ward, w.saves, w.seen, w.refused) for w in stations],
            cpu.ru_utime + cpu.ru_stime,
        )
    )
    for station in stations:
        station.db.dispose()


def _server_cpu(postmaster: int) -> float:
    """CPU seconds the cluster's processes have used so far (those running now)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if pid == postmaster or ppid == postmaster:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _connections(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            query = "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'"
            return int(connection.execute(text(query)).scalar_one()) - 1  # not this one
    finally:
        engine.dispose()


def run_hospital(workstations: int, ward_count: int, seconds: float) -> None:
    server = ThrowawayCluster()
    # a workstation holds up to three (LISTEN, and its pool while it saves and reads at
    # once), and room for the administrator (docs/operations.md)
    server.options = [f"max_connections={3 * workstations + 50}", "shared_buffers=256MB"]
    try:
        server.start()
        seats = build_hospital(server.url, workstations, ward_count)
        groups = [seats[i : i + PER_PROCESS] for i in range(0, len(seats), PER_PROCESS)]
        context = multiprocessing.get_context("spawn")
        out, barrier = context.Queue(), context.Barrier(len(groups) + 1)
        processes = [
            context.Process(target=simulate, args=(server.url, group, seconds, barrier, out))
            for group in groups
        ]
        for process in processes:
            process.start()
        barrier.wait(600)  # every workstation signed in and listening
        started, cpu_before = time.time(), _server_cpu(server.pid)
        time.sleep(seconds * 0.8)  # sample the connections and CPU while all run
        held = _connections(server.url)
        cpu = _server_cpu(server.pid) - cpu_before
        cpu_span = time.time() - started
        barrier.wait(seconds + 600)
        results = [out.get(timeout=600) for _ in processes]
        for process in processes:
            process.join(120)
        _report(workstations, ward_count, seconds, results, held, cpu / cpu_span)
    finally:
        _server_trouble(server.log)
        server.remove()


def _server_trouble(log: Path) -> None:
    """What went wrong on the server, if anything, before its folder goes."""
    trouble = ("terminated by signal", "PANIC", "out of memory", "too many", "could not")
    try:
        lines = log.read_text(errors="replace").splitlines()
    except OSError:
        return
    found = [line for line in lines if any(word in line for word in trouble)]
    for line in found[:8]:
        print(f"  server log: {line}")


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _report(
    workstations: int,
    ward_count: int,
    seconds: float,
    results: list[tuple[list[Any], float]],
    held: int,
    server_cores: float,
) -> None:
    saved: dict[int, tuple[float, float]] = {}
    observers: dict[int, list[list[tuple[int, float]]]] = {}
    refused = 0
    for stations, _ in results:
        for ward, saves, seen, refusals in stations:
            refused += refusals
            for entry, at, took in saves:
                saved[entry] = (at, took)
            observers.setdefault(ward, []).append(seen)
    ward_of = {
        entry: ward
        for stations, _ in results
        for ward, saves, _seen, _refused in stations
        for entry, _, _ in saves
    }
    delays, missed = [], 0
    for ward, followers in observers.items():
        for seen in followers:
            got = dict(seen)
            for entry, ward_id in ward_of.items():
                if ward_id != ward:
                    continue
                if entry in got:
                    delays.append((got[entry] - saved[entry][0]) * 1000)
                else:
                    missed += 1
    took = [t * 1000 for _, t in saved.values()]
    client_cpu = sum(cpu for _, cpu in results)
    rate = len(saved) / seconds
    print(
        f"hospital: {workstations} workstations on {ward_count} wards x {seconds:.0f} s, "
        f"{len(saved)} saves ({rate:.0f}/s); each follower reads its ward's changes"
    )
    save_p95 = _percentile(took, 0.95)
    print(
        f"  the save itself: p50 {statistics.median(took):.0f} ms, p95 {save_p95:.0f} ms "
        f"(target p95 <= {TARGET_SAVE_P95_MS} ms: "
        f"{'met' if save_p95 <= TARGET_SAVE_P95_MS else 'MISSED'})"
    )
    if delays:
        p95 = _percentile(delays, 0.95)
        print(
            f"  save -> follower: p50 {statistics.median(delays):.0f} ms, p95 {p95:.0f} ms, "
            f"max {max(delays):.0f} ms over {len(delays)} deliveries (target p95 <= "
            f"{TARGET_FOLLOW_P95_MS} ms: {'met' if p95 <= TARGET_FOLLOW_P95_MS else 'MISSED'})"
        )
    if missed:
        print(f"  NOT RECEIVED within the run: {missed} deliveries")
    if refused:
        print(f"  REFUSED (the database could not be reached in time): {refused} saves")
    print(
        f"  server: {held} client connections mid-run; {server_cores:.2f} cores busy "
        f"(of {os.cpu_count()}); the simulated workstations used {client_cpu:.0f} CPU s"
    )

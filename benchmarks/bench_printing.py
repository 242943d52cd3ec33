"""How long printing takes: the handoff sheet of a 40-bed and of a 1,000-bed demo
ward, and one patient's discharge summary (team and patient copies).

Each figure is the whole print as the app does it — load, lay out, audit — in a
warm process (fonts registered, statements compiled): the median wall-clock seconds
of several runs, and the CPU seconds beside it.
Usage:

    python -m benchmarks.bench_printing [--repeat N]

Targets: handoff of 40 ≤ 0.5 s, of 1,000 ≤ 12 s, a discharge summary ≤ 0.1 s.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from rounds_app.demo import create_demo
from rounds_app.paths import sqlite_url
from rounds_app.reports.service import print_discharge, print_handoff
from rounds_app.services.actor import Actor
from rounds_app.storage.database import Database, open_database
from rounds_app.storage.models import Admission

PRINTER = Actor.system("bench")
TARGETS = {"handoff of 40": 0.5, "handoff of 1000": 12.0, "discharge": 0.1}


def _median_s(action: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of `action`."""
    action()  # warm: fonts loaded, statements compiled, as in a running app
    wall, cpu = [], []
    for _ in range(repeat):
        started, used = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - used)
    return statistics.median(wall), statistics.median(cpu)


def _report(label: str, seconds: tuple[float, float], target: float) -> None:
    # the CPU time says what the print costs when other work shares the machine
    wall, cpu = seconds
    verdict = "ok" if wall <= target else "OVER TARGET"
    print(f"{label:<28} {wall:7.3f} s  (cpu {cpu:.3f} s; target {target:g} s: {verdict})")


def _handoff(db: Database, ward_id: int) -> Callable[[], object]:
    def run() -> bytes:
        with db.session() as s:
            return print_handoff(s, PRINTER, ward_id)

    return run


def bench_ward(folder: Path, patients: int, repeat: int) -> Database:
    db = open_database(sqlite_url(folder / f"ward-{patients}.sqlite3"))
    built = time.perf_counter()
    accounts = create_demo(db, patients=patients)
    print(f"built a {patients}-patient ward in {time.perf_counter() - built:.1f} s")
    label = f"handoff of {patients}"
    _report(label, _median_s(_handoff(db, accounts.ward_id), repeat), TARGETS[label])
    return db


def bench_discharge(db: Database, repeat: int) -> None:
    with db.session() as s:
        admission_id = s.execute(select(Admission.id).order_by(Admission.id)).scalars().first()
    assert admission_id is not None
    for audience in ("team", "patient"):

        def run(audience: str = audience) -> bytes:
            with db.session() as s:
                return print_discharge(s, PRINTER, admission_id, audience=audience)

        _report(f"discharge summary ({audience})", _median_s(run, repeat), TARGETS["discharge"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (1,000: 2)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        small = bench_ward(Path(folder), 40, args.repeat)
        try:
            bench_discharge(small, args.repeat * 4)
        finally:
            small.dispose()
        bench_ward(Path(folder), 1000, max(1, args.repeat // 2)).dispose()


if __name__ == "__main__":
    main()

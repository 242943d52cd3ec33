"""How long importing a large FHIR bundle takes: the Synthea record of the interop tests
(875 entries, two patients with ten years of history), into a new database with a
24-bed ward, admitting both. Prints the median seconds to plan (read, validate, map),
to apply, and in all, after a first (cold) import. Usage:

    python -m benchmarks.bench_fhir_import [--file BUNDLE.json] [--repeat N]

Each run imports into a fresh temporary SQLite database, as a first import would."""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from rounds_app.interop.apply import apply
from rounds_app.interop.fhir_import import plan_fhir_import
from rounds_app.paths import sqlite_url
from rounds_app.services import wards
from rounds_app.services.actor import Actor
from rounds_app.storage.database import open_database

BUNDLE = Path(__file__).resolve().parents[1] / "tests/interop/data/synthea-two-patients.json"
TARGET_SECONDS = 2.0
CLI = Actor.system("bench")


def once(bundle: Path, folder: Path, run: int) -> tuple[float, float]:
    db = open_database(sqlite_url(folder / f"bench-{run}.sqlite3"))
    try:
        with db.session() as s:
            labels = [f"B{i}" for i in range(1, 25)]
            ward_id = wards.create_ward(s, CLI, code="B", name="Bench", bed_labels=labels).id
        start = time.perf_counter()
        with db.session() as s:
            plan = plan_fhir_import(s, CLI, [bundle], ward_id, admit=True)
        planned = time.perf_counter()
        with db.session() as s:
            summary = apply(s, CLI, plan)
        done = time.perf_counter()
        assert summary.admissions_created == len(plan.patients) > 0
        return planned - start, done - planned
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=BUNDLE)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    size = args.file.stat().st_size
    entries = len(json.loads(args.file.read_bytes()).get("entry", []))
    with tempfile.TemporaryDirectory() as folder:
        # the first run pays for importing fhir.resources and building its validators,
        # as the first import after starting the app does
        cold = sum(once(args.file, Path(folder), 0))
        runs = [once(args.file, Path(folder), n) for n in range(1, args.repeat + 1)]
    plan = statistics.median(r[0] for r in runs)
    write = statistics.median(r[1] for r in runs)
    total = statistics.median(r[0] + r[1] for r in runs)
    print(f"bundle: {args.file.name}, {size / 1e6:.2f} MB, {entries} entries")
    print(f"first import in a new process: {cold:.3f} s")
    print(f"plan (read, validate, map): median {plan:.3f} s over {args.repeat} runs")
    print(f"apply (one unit of work):   median {write:.3f} s")
    print(f"import in all:              median {total:.3f} s (target ≤ {TARGET_SECONDS:.0f} s)")
    print(f"per MB:                     {total / (size / 1e6):.3f} s")


if __name__ == "__main__":
    main()

"""How fast the screens' two main reads are on a busy ward.

Builds a 40-bed demo ward with 200 contributions per patient, then prints the median
milliseconds to load the ward census and one patient's full card (each in its own
session, as a screen would). Usage:

    python -m benchmarks.bench_queries [--db URL] [--repeat N]

Without --db it uses a temporary SQLite file. A --db database must be empty.
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
from rounds_app.services.census import ward_census
from rounds_app.services.patient_card import patient_card
from rounds_app.services.users import authenticate
from rounds_app.storage.database import Database, open_database
from rounds_app.storage.models import Admission

BEDS = 40
CONTRIBUTIONS = 200


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    action()  # warm caches and compiled statements, as a running app has
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def run(db: Database, repeat: int) -> None:
    built = time.perf_counter()
    accounts = create_demo(db, patients=BEDS, contributions_per_patient=CONTRIBUTIONS)
    print(f"built the ward in {time.perf_counter() - built:.1f} s")
    with db.session() as s:
        nurse = authenticate(s, "nurse", accounts.passwords["nurse"])
        admission_ids = list(
            s.execute(
                select(Admission.id)
                .where(Admission.discharged_at.is_(None))  # the demo has earlier stays too
                .order_by(Admission.id)
            ).scalars()
        )
    ward_id = accounts.ward_id

    def census() -> object:
        with db.session() as s:
            rows = ward_census(s, nurse, ward_id)
        assert len(rows) == BEDS
        return rows

    turn = iter(range(10**9))

    def card() -> object:
        with db.session() as s:
            loaded = patient_card(s, nurse, admission_ids[next(turn) % len(admission_ids)])
        assert len(loaded.contributions) >= CONTRIBUTIONS * 0.9
        return loaded

    print(f"database: {db.engine.dialect.name}; {BEDS} beds, {CONTRIBUTIONS} contributions each")
    print(f"census: median {_median_ms(census, repeat):.1f} ms over {repeat} loads")
    print(f"full card: median {_median_ms(card, repeat):.1f} ms over {repeat} loads")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an empty database URL (default: a temporary SQLite file)")
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.db or sqlite_url(Path(folder) / "bench.sqlite3")
        db = open_database(url)
        try:
            run(db, args.repeat)
        finally:
            db.dispose()


if __name__ == "__main__":
    main()

"""How long the workstation takes to show another patient.

Builds a 40-bed demo ward with 200 contributions per patient, opens the main window
offscreen as the charge nurse, then selects patients one after another in the census
and times each switch until the card, timeline, actions and plan are on screen
(events processed, window painted). Prints p50 and p95 in ms. Usage:

    python -m benchmarks.bench_switch_patient [--switches N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from rounds_app.demo import create_demo  # noqa: E402
from rounds_app.paths import sqlite_url  # noqa: E402
from rounds_app.storage.database import open_database  # noqa: E402
from ui.backend import Backend  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

BEDS = 40
CONTRIBUTIONS = 200


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switches", type=int, default=120)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(sqlite_url(Path(folder) / "bench.sqlite3"))
        accounts = create_demo(db, patients=BEDS, contributions_per_patient=CONTRIBUTIONS)
        backend = Backend(db)
        actor = backend.sign_in("charge.nurse", accounts.passwords["charge.nurse"])
        window = MainWindow(backend, actor)
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        table = window.census.table
        timings = []
        for turn in range(args.switches + 5):
            start = time.perf_counter()
            table.selectRow(turn % BEDS)
            app.processEvents()
            window.repaint()
            if turn >= 5:  # the first few warm caches, as a running app has
                timings.append((time.perf_counter() - start) * 1000)
        assert window.panel.card is not None
        window.close()
        db.dispose()
    print(f"{BEDS} beds, {CONTRIBUTIONS} contributions each; {len(timings)} switches")
    print(
        f"switch patient: p50 {_percentile(timings, 0.5):.1f} ms, "
        f"p95 {_percentile(timings, 0.95):.1f} ms, mean {statistics.fmean(timings):.1f} ms"
    )


if __name__ == "__main__":
    main()

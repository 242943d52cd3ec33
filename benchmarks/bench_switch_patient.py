"""How long the workstation takes to show another patient.

Builds a 40-bed demo ward with 200 contributions per patient, opens the main window
offscreen as the charge nurse, styled and with the fonts the app loads, then selects
patients one after another in the census and times each switch:

- first paint: from the selection to the whole window painted once the events the
  selection posted are processed;
- fully filled: on until the patient panel has the new patient's card in its header
  and in the tab in view, repainted if that took another turn of the event loop.

Prints p50, p95 and the worst of each, with this process's CPU time (the machine's
other work shows as wall clock above it). Target: p95 ≤ 16.7 ms (one frame at 60 Hz).
Usage:

    python -m benchmarks.bench_switch_patient [--switches N]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.timing import FRAME_MS, report  # noqa: E402
from rounds_app.demo import create_demo  # noqa: E402
from rounds_app.paths import sqlite_url  # noqa: E402
from rounds_app.storage.database import open_database  # noqa: E402
from ui.backend import Backend  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402
from ui.shell.style import apply_stylesheet, load_fonts  # noqa: E402

BEDS = 40
CONTRIBUTIONS = 200
WARM_UP = 5  # the first switches warm caches, as a running app has


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--switches", type=int, default=120)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    load_fonts()
    apply_stylesheet(app)
    first: list[float] = []
    first_cpu: list[float] = []
    filled: list[float] = []
    filled_cpu: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(sqlite_url(Path(folder) / "bench.sqlite3"))
        accounts = create_demo(db, patients=BEDS, contributions_per_patient=CONTRIBUTIONS)
        backend = Backend(db)
        actor = backend.sign_in("charge.nurse", accounts.passwords["charge.nurse"])
        window = MainWindow(backend, actor)
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        census, panel = window.census, window.panel
        for turn in range(args.switches + WARM_UP):
            start, start_cpu = time.perf_counter(), time.process_time()
            census.table.selectRow(turn % BEDS)
            app.processEvents()
            window.repaint()
            painted, painted_cpu = time.perf_counter(), time.process_time()
            chosen = census.selected_admission_id()
            deferred = False
            while chosen is not None and not panel.shows(chosen):
                app.processEvents()
                deferred = True
            if deferred:
                window.repaint()
            if turn >= WARM_UP:
                first.append((painted - start) * 1000)
                first_cpu.append((painted_cpu - start_cpu) * 1000)
                filled.append((time.perf_counter() - start) * 1000)
                filled_cpu.append((time.process_time() - start_cpu) * 1000)
        assert panel.card is not None
        window.close()
        db.dispose()
    print(f"{BEDS} beds, {CONTRIBUTIONS} contributions each; {len(first)} switches")
    report("switch patient, first paint", first, first_cpu, FRAME_MS)
    report("switch patient, fully filled", filled, filled_cpu, FRAME_MS)


if __name__ == "__main__":
    main()

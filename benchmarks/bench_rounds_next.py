"""How long "next patient" takes to reach the ward-room screen.

Builds a 40-bed demo ward with 200 contributions per patient, starts a round as the
charge nurse with the ward-room view full screen on a 1920×1080 offscreen projector and
the console on a 1366×768 laptop screen, then presses Right on the console again and
again, timing each press from the key to the ward-room view painted (`repaint()`
returning). The writes and the console's full card that follow a move run after the
paint, outside the timing, as they do in the app. Prints p50, p95 and the worst in ms,
with this process's CPU time and its share of the wall clock, against the one-frame
target (16.7 ms). Usage:

    python -m benchmarks.bench_rounds_next [--presses N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

SCREENS = {
    "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "dpr": 1},
        {"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080, "dpr": 1},
    ]
}
_folder = tempfile.mkdtemp(prefix="bench-rounds-")
_screens = Path(_folder) / "screens.json"
_screens.write_text(json.dumps(SCREENS), encoding="utf-8")
# the two screens hold under a plain QT_QPA_PLATFORM=offscreen too: without them the
# round would dock beside the console on one small default screen and time that instead
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screens}"

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.timing import FRAME_MS, report  # noqa: E402
from rounds_app.demo import create_demo  # noqa: E402
from rounds_app.paths import sqlite_url  # noqa: E402
from rounds_app.services.ward_rounds import start_round  # noqa: E402
from rounds_app.storage.database import open_database  # noqa: E402
from ui.backend import Backend  # noqa: E402
from ui.rounds.mode import RoundsMode  # noqa: E402
from ui.rounds.round_setup import load_round  # noqa: E402
from ui.shell.style import apply_stylesheet, load_fonts  # noqa: E402

BEDS = 40
CONTRIBUTIONS = 200
WARM_UP = 5


def _settle(app: QApplication) -> None:
    """Lets the work queued behind a paint (writes, the console's card) run."""
    for _ in range(3):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    load_fonts()
    apply_stylesheet(app)
    db = open_database(sqlite_url(Path(_folder) / "bench.sqlite3"))
    accounts = create_demo(db, patients=BEDS, contributions_per_patient=CONTRIBUTIONS)
    backend = Backend(db)
    backend.sign_in("charge.nurse", accounts.passwords["charge.nurse"])
    round_id = backend.call(start_round, accounts.ward_id, 300)
    mode = RoundsMode(backend, load_round(backend, accounts.ward_id, round_id, resumed=False))
    mode.open()
    _settle(app)
    audience, console = mode.audience, mode.console
    print(f"ward-room view {audience.width()}×{audience.height()}, docked: {mode.stage.docked}")
    timings: list[float] = []
    cpu: list[float] = []  # this process's own time: tells a busy machine from slow code
    while len(timings) < args.presses + WARM_UP:
        if mode.state.index == BEDS - 1:
            QTest.keyClick(console, Qt.Key.Key_Home)  # back to the start: not timed
            _settle(app)
        start, start_cpu = time.perf_counter(), time.process_time()
        QTest.keyClick(QApplication.focusWidget() or console, Qt.Key.Key_Right)
        audience.repaint()
        timings.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        _settle(app)
    timings, cpu = timings[WARM_UP:], cpu[WARM_UP:]
    assert mode.work.writes.pending == 0, "the time per patient was not all written"
    mode.close()
    db.dispose()
    shutil.rmtree(_folder, ignore_errors=True)
    print(f"{BEDS} beds, {CONTRIBUTIONS} contributions each; {len(timings)} presses of Right")
    report("next patient, key to ward-room view painted", timings, cpu, FRAME_MS)


if __name__ == "__main__":
    main()

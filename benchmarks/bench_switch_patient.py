"""How long the workstation takes to show another patient.

Builds a 40-bed demo ward with 200 contributions per patient, opens the main window
offscreen as the charge nurse, styled and with the fonts the app loads, then selects
patients one after another in the census and times each switch:

- first paint: from the selection until the window has painted what the selection
  changed — the census row, the new patient's header with its safety facts, and the
  card tab in view. The panel reads the rest of the card after that paint; the
  moment it starts to is this figure (a filter on the panel sees the event, and
  checks that the window's paint came before it);
- fully filled: on until the rest of the card is read, the panel shows the whole
  card (`shows`), and what that changed is painted;
- whole window repainted: the measure before the card was split, kept for
  comparison — everything of a switch done, then every pixel of the window
  repainted (`repaint()`), where Qt repaints only what changed.

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

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.timing import FRAME_MS, report  # noqa: E402
from rounds_app.demo import create_demo  # noqa: E402
from rounds_app.paths import sqlite_url  # noqa: E402
from rounds_app.storage.database import open_database  # noqa: E402
from ui.backend import Backend  # noqa: E402
from ui.patient.patient_panel import WHOLE_CARD_EVENT  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402
from ui.shell.style import apply_stylesheet, load_fonts  # noqa: E402

BEDS = 40
CONTRIBUTIONS = 200
WARM_UP = 5  # the first switches warm caches, as a running app has


class FirstPaint(QObject):
    """Notes when the window paints and when the panel starts reading the rest of
    the card, which it posts to come after that paint."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False
        self.at: tuple[float, float] | None = None  # wall clock, CPU time

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest:
            self.painted = True
        elif event.type() == WHOLE_CARD_EVENT and self.at is None:
            if not self.painted:
                raise SystemExit("the panel read the rest of the card before painting")
            self.at = time.perf_counter(), time.process_time()
        return False


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
    whole: list[float] = []
    whole_cpu: list[float] = []
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
        watch = FirstPaint()
        window.installEventFilter(watch)
        panel.installEventFilter(watch)
        for turn in range(args.switches + WARM_UP):
            watch.painted, watch.at = False, None
            start, start_cpu = time.perf_counter(), time.process_time()
            census.table.selectRow(turn % BEDS)
            chosen = census.selected_admission_id()
            assert chosen is not None
            app.processEvents()
            while not panel.shows(chosen):
                app.processEvents()
            app.processEvents()  # paints what the rest of the card changed
            end, end_cpu = time.perf_counter(), time.process_time()
            if watch.at is None:  # nothing was left for after the paint
                watch.at = end, end_cpu
            if turn >= WARM_UP:
                first.append((watch.at[0] - start) * 1000)
                first_cpu.append((watch.at[1] - start_cpu) * 1000)
                filled.append((end - start) * 1000)
                filled_cpu.append((end_cpu - start_cpu) * 1000)
        window.removeEventFilter(watch)
        panel.removeEventFilter(watch)
        for turn in range(args.switches + WARM_UP):
            start, start_cpu = time.perf_counter(), time.process_time()
            census.table.selectRow(turn % BEDS)
            app.processEvents()
            window.repaint()
            if turn >= WARM_UP:
                whole.append((time.perf_counter() - start) * 1000)
                whole_cpu.append((time.process_time() - start_cpu) * 1000)
        assert panel.card is not None
        window.close()
        db.dispose()
    print(f"{BEDS} beds, {CONTRIBUTIONS} contributions each; {len(first)} switches")
    report("switch patient, first paint", first, first_cpu, FRAME_MS)
    report("switch patient, fully filled", filled, filled_cpu, FRAME_MS)
    report("switch patient, whole window repainted", whole, whole_cpu, FRAME_MS)


if __name__ == "__main__":
    main()

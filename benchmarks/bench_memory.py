"""Whether the workstation's memory stays put as a ward is read again and again.

Builds a 40-bed demo ward with 200 contributions per patient, opens the main window
offscreen as the charge nurse, styled as the app is, then makes ten passes through
the ward: every patient selected in the census and every tab of the patient panel
opened. Prints the resident memory (RSS) after each pass and its growth since the
first pass (which warms caches: compiled statements, glyphs, the first of every
widget), and fails, saying so, when the RSS is over 250 MiB or has grown by more
than the noise of the allocator. Usage:

    python -m benchmarks.bench_memory [--passes N]
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from rounds_app.demo import create_demo  # noqa: E402
from rounds_app.paths import sqlite_url  # noqa: E402
from rounds_app.storage.database import open_database  # noqa: E402
from ui.backend import Backend  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402
from ui.shell.style import apply_stylesheet, load_fonts  # noqa: E402

BEDS = 40
CONTRIBUTIONS = 200
MOST_MIB = 250.0
# what the allocator returns or keeps from one pass to the next; a leak of one card's
# widgets or rows per visit is hundreds of MiB over the passes, far above this
NOISE_MIB = 8.0


def rss_mib() -> float:
    """This process's resident memory now (not its peak)."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        resident_pages = int(statm.read().split()[1])
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def build_ward(path: str) -> None:
    """Writes the demo ward to `path` and prints the charge nurse's password. Run in
    a process of its own: what generating the ward allocates is not the workstation's."""
    accounts = create_demo(
        open_database(sqlite_url(Path(path))),
        patients=BEDS,
        contributions_per_patient=CONTRIBUTIONS,
    )
    print(accounts.passwords["charge.nurse"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=10)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    load_fonts()
    apply_stylesheet(app)
    readings: list[float] = []
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "bench.sqlite3")
        build = f"from benchmarks.bench_memory import build_ward; build_ward({path!r})"
        password = subprocess.run(
            [sys.executable, "-c", build], check=True, capture_output=True, text=True
        ).stdout.split()[-1]
        db = open_database(sqlite_url(Path(path)))
        backend = Backend(db)
        actor = backend.sign_in("charge.nurse", password)
        window = MainWindow(backend, actor)
        window.resize(1600, 1000)
        window.show()
        app.processEvents()
        table, tabs = window.census.table, window.panel.tabs
        print(f"{BEDS} beds, {CONTRIBUTIONS} contributions each; signed in: {rss_mib():.0f} MiB")
        for number in range(1, args.passes + 1):
            for row in range(table.model().rowCount()):
                table.selectRow(row)
                app.processEvents()
                for tab in range(tabs.count()):
                    tabs.setCurrentIndex(tab)
                    app.processEvents()
                tabs.setCurrentIndex(0)
                # widgets a tab replaced go when control returns to the running event
                # loop; processEvents() alone leaves them, which would read as a leak
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            gc.collect()  # what is still held, not what is merely not yet collected
            app.processEvents()
            readings.append(rss_mib())
            print(
                f"pass {number:>2}: RSS {readings[-1]:.1f} MiB, "
                f"growth since pass 1 {readings[-1] - readings[0]:+.1f} MiB"
            )
        window.close()
        db.dispose()
    _verdict(readings)


def _verdict(readings: list[float]) -> None:
    most, growth = max(readings), readings[-1] - readings[0]
    problems = []
    if most > MOST_MIB:
        problems.append(f"RSS reached {most:.1f} MiB, over the {MOST_MIB:.0f} MiB allowed")
    if growth > NOISE_MIB:
        problems.append(
            f"RSS grew {growth:.1f} MiB over {len(readings) - 1} passes after the first "
            f"(more than the {NOISE_MIB:.0f} MiB of allocator noise): something is kept "
            "from every patient visited"
        )
    if problems:
        sys.exit("memory: " + "; ".join(problems))
    print(f"memory: most {most:.1f} MiB (≤ {MOST_MIB:.0f}), growth {growth:+.1f} MiB: met")


if __name__ == "__main__":
    main()

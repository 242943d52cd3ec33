"""How long a command takes as a whole process — start, import, work, exit — against
a bare floor measured in the same run:

- `rounds-app render --view rounds` (start → painted ward-room PNG) against a process
  that imports PySide6 and SQLAlchemy and grabs a 40-row QTableWidget to a PNG;
- `rounds-app print handoff` (start → 40-patient PDF) against a process that imports
  ReportLab and SQLAlchemy and writes a 40-row landscape table PDF in a TTF font;
- `rounds-app --version`, against a fixed 0.2 s.

The ward is a 40-bed demo with 200 entries per patient, built once per run. Each
command and its floor run in turn, so that both meet the same load on the machine;
each figure is the median of several runs, with the peak RSS of the process. The
commands run the checkout's code (`ui.shell.launcher`, the `rounds-app` entry point).
Usage:

    python -m benchmarks.bench_startup [--repeat N]

Targets: render ≤ 1.4× its floor, print handoff ≤ 1.4× its floor, --version ≤ 0.2 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BEDS = 40
CONTRIBUTIONS = 200
RATIO_TARGET = 1.4
VERSION_TARGET_S = 0.2

# the rounds-app console script, run from the checkout rather than the installed copy
APP = "import sys; from ui.shell.launcher import main; sys.exit(main())"

RENDER_FLOOR = """
import sys
import sqlalchemy.orm
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
app = QApplication(["floor"])
table = QTableWidget(40, 6)
for row in range(40):
    for column in range(6):
        table.setItem(row, column, QTableWidgetItem(f"bed {row} · field {column}"))
table.resize(1920, 1080)
assert table.grab().save(sys.argv[1])
"""

PRINT_FLOOR = """
import sys
import sqlalchemy.orm
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
pdfmetrics.registerFont(TTFont("Sans", sys.argv[2]))
rows = [[f"bed {row} · field {column}" for column in range(6)] for row in range(40)]
table = Table(rows, repeatRows=1)
table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Sans"),
                           ("GRID", (0, 0), (-1, -1), 0.25, "grey")]))
SimpleDocTemplate(sys.argv[1], pagesize=landscape(A4)).build([table])
"""


@dataclass
class Runs:
    seconds: list[float]
    peak_kib: list[int]

    @property
    def median_s(self) -> float:
        return statistics.median(self.seconds)

    @property
    def peak_mib(self) -> float:
        return max(self.peak_kib) / 1024


def _run(argv: list[str], env: dict[str, str], into: Runs) -> None:
    """One whole process: wall-clock from spawn to exit, and its own peak RSS (wait4
    reports the child's, not the sum of every child so far)."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    into.seconds.append(time.perf_counter() - started)
    into.peak_kib.append(usage.ru_maxrss)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:4])}… failed with exit code {process.returncode}")


def _demo_ward(folder: Path, env: dict[str, str]) -> Path:
    path = folder / "ward.sqlite3"
    subprocess.run(
        [sys.executable, "-c", APP, "demo", "--db", str(path), "--patients", str(BEDS)]
        + ["--contributions-per-patient", str(CONTRIBUTIONS)],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return path


def _report(label: str, runs: Runs, floor: Runs | None, target: float) -> None:
    if floor is None:
        ratio, verdict = "", runs.median_s <= target
        against = f"target {target:g} s"
    else:
        value = runs.median_s / floor.median_s
        ratio, verdict = f"{value:5.2f}×", value <= target
        against = f"floor {floor.median_s:.3f} s, {floor.peak_mib:.0f} MiB; target {target:g}×"
    print(
        f"{label:<24} {runs.median_s:6.3f} s {runs.peak_mib:5.0f} MiB {ratio:>7}  "
        f"({against}: {'ok' if verdict else 'OVER TARGET'})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each process")
    args = parser.parse_args()
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path}
    font = str(ROOT / "resources" / "fonts" / "DejaVuSans.ttf")
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as name:
        folder = Path(name)
        db = str(_demo_ward(folder, env))
        png, pdf = str(folder / "out.png"), str(folder / "out.pdf")
        commands = {
            "render": [sys.executable, "-c", APP, "render", "--view", "rounds", "--db", db]
            + ["--out", png],
            "render floor": [sys.executable, "-c", RENDER_FLOOR, png],
            "print handoff": [sys.executable, "-c", APP, "print", "handoff", "--db", db]
            + ["--out", pdf],
            "print floor": [sys.executable, "-c", PRINT_FLOOR, pdf, font],
            "--version": [sys.executable, "-c", APP, "--version"],
        }
        runs = {label: Runs([], []) for label in commands}
        for argv in commands.values():  # once each, unmeasured: the byte-code is cached
            _run(argv, env, Runs([], []))
        for _ in range(args.repeat):
            for label, argv in commands.items():
                _run(argv, env, runs[label])
    print(f"whole processes, median of {args.repeat} ({BEDS} beds × {CONTRIBUTIONS} entries)")
    _report("render --view rounds", runs["render"], runs["render floor"], RATIO_TARGET)
    _report("print handoff", runs["print handoff"], runs["print floor"], RATIO_TARGET)
    _report("--version", runs["--version"], None, VERSION_TARGET_S)


if __name__ == "__main__":
    main()

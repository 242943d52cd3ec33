"""How long printing takes: the handoff sheet of a 40-bed and of a 1,000-bed demo
ward, and one patient's discharge summary (team and patient copies).

Each figure is the whole print as the app does it — load, lay out, audit — in a
warm process (fonts registered, statements compiled): the median wall-clock seconds
of several runs, and the CPU seconds beside it. The 1,000-bed handoff is also set
against a floor timed in the same run: a bare ReportLab table of the same rows (the
same cell texts, one plain Paragraph per cell in the TTF body font, the same column
widths, landscape), to which the sheet should add at most half again.
Usage:

    python -m benchmarks.bench_printing [--repeat N]

Targets: handoff of 40 ≤ 0.5 s, of 1,000 ≤ 12 s and ≤ 1.5× its bare table, a
discharge summary ≤ 0.1 s.
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle
from sqlalchemy import select

from rounds_app.demo import create_demo
from rounds_app.domain.clock import utc_now
from rounds_app.paths import sqlite_url
from rounds_app.reports.data import PrintJob, printer
from rounds_app.reports.handoff import COLUMNS, HandoffRenderer
from rounds_app.reports.loading import load_handoff
from rounds_app.reports.service import print_discharge, print_handoff
from rounds_app.services.actor import Actor
from rounds_app.storage.database import Database, open_database
from rounds_app.storage.models import Admission

PRINTER = Actor.system("bench")
TARGETS = {"handoff of 40": 0.5, "handoff of 1000": 12.0, "discharge": 0.1}
FLOOR_RATIO = 1.5


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


def _plain(value: object) -> str:
    """A cell's text without its fonts and markup: one line per paragraph."""
    flowables = [value] if isinstance(value, Paragraph) else list(value)  # type: ignore[call-overload]
    return "<br/>".join(escape(flowable.getPlainText()) for flowable in flowables)


def _bare_table(db: Database, ward_id: int) -> Callable[[], object]:
    """The floor: the handoff's rows as a bare ReportLab table, each cell's text in one
    plain Paragraph (no font runs, no markup), laid out as the sheet lays out its own."""
    with db.session() as s:
        data = load_handoff(s, PRINTER, ward_id, utc_now())
    renderer = HandoffRenderer(data, PrintJob(utc_now(), printer(PRINTER), "a4", 7))
    cell = renderer.styles["cell"]
    table = renderer.story()[0]
    rows = [[Paragraph(_plain(value), cell) for value in row] for row in table._cellvalues]
    widths = [share * renderer.width for _, share in COLUMNS]
    grid = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (0, 0), (-1, -1), 0.8, "grey")])

    def run() -> bytes:
        out = io.BytesIO()
        document = SimpleDocTemplate(out, pagesize=landscape(A4))
        document.build([Table(rows, colWidths=widths, repeatRows=1, style=grid)])
        return out.getvalue()

    return run


def bench_ward(folder: Path, patients: int, repeat: int) -> Database:
    db = open_database(sqlite_url(folder / f"ward-{patients}.sqlite3"))
    built = time.perf_counter()
    accounts = create_demo(db, patients=patients)
    print(f"built a {patients}-patient ward in {time.perf_counter() - built:.1f} s")
    label = f"handoff of {patients}"
    sheet = _median_s(_handoff(db, accounts.ward_id), repeat)
    _report(label, sheet, TARGETS[label])
    if patients >= 1000:
        floor = _median_s(_bare_table(db, accounts.ward_id), repeat)
        ratio = sheet[0] / floor[0]
        verdict = "ok" if ratio <= FLOOR_RATIO else "OVER TARGET"
        print(
            f"{'  bare table, same rows':<28} {floor[0]:7.3f} s  (cpu {floor[1]:.3f} s); "
            f"the sheet {ratio:.2f}× (target {FLOOR_RATIO:g}×: {verdict})"
        )
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

"""Printing: the sheets, the downtime kit and the loaders printing uses."""

from __future__ import annotations

import tempfile
from pathlib import Path

from rounds_app.domain.clock import utc_now
from rounds_app.reports import loading
from rounds_app.reports import service as printing
from rounds_app.services import downtime
from tests.reports.pdf import text as pdf_text
from tests.storage.permission_matrix.rows import SENSITIVE, VIEW, Row, Shows, last_week

_DOWNTIME_OUT = tempfile.TemporaryDirectory(prefix="matrix-downtime-")  # removed at exit


def _downtime_text(written: downtime.DowntimeSet) -> str:
    """Every sheet of a downtime set, read back."""
    return "\n".join(pdf_text(p.read_bytes()) for p in sorted(written.folder.rglob("*.pdf")))


ROWS: dict[str, Row] = {
    "reports.service.find_ward": Row(
        VIEW, lambda s, a, w, x: printing.find_ward(s, a, w.ward_code)
    ),
    "reports.service.find_admission": Row(
        VIEW, lambda s, a, w, x: printing.find_admission(s, a, w.mrns[x], w.ward_id)
    ),
    "reports.service.print_handoff": Row(
        VIEW, lambda s, a, w, x: printing.print_handoff(s, a, w.ward_id), text=pdf_text
    ),
    "reports.service.print_discharge": Row(
        VIEW,
        lambda s, a, w, x: printing.print_discharge(s, a, w.admissions[x], include_sensitive=x),
        sensitive_needs=SENSITIVE,
        shows=Shows.TO_ROLE,
        text=pdf_text,
    ),
    "reports.service.print_review": Row(
        SENSITIVE, lambda s, a, w, x: printing.print_review(s, a, w.review_id), text=pdf_text
    ),
    "reports.service.print_insights": Row(
        VIEW,
        lambda s, a, w, x: printing.print_insights(s, a, w.ward_id, *last_week()),
        text=pdf_text,
    ),
    "services.downtime.write_downtime_kit": Row(
        VIEW,
        lambda s, a, w, x: downtime.write_downtime_kit(
            s, a, Path(tempfile.mkdtemp(dir=_DOWNTIME_OUT.name)), ward_ids=[w.ward_id]
        ),
        text=_downtime_text,
    ),
    "reports.loading.load_handoff": Row(
        VIEW,
        lambda s, a, w, x: loading.load_handoff(s, a, w.ward_id, utc_now()),
        shows=Shows.TO_NOBODY,
    ),
    "reports.loading.load_discharge": Row(
        VIEW,
        lambda s, a, w, x: loading.load_discharge(
            s, a, w.admissions[x], patient_copy=False, include_sensitive=x
        ),
        sensitive_needs=SENSITIVE,
        shows=Shows.TO_ROLE,
    ),
    "reports.loading.load_review": Row(
        SENSITIVE, lambda s, a, w, x: loading.load_review(s, a, w.review_id)
    ),
}

"""Running a round."""

from __future__ import annotations

from rounds_app.domain.roles import Permission
from rounds_app.services import ward_rounds
from tests.storage.permission_matrix.rows import Row, needs

ROWS: dict[str, Row] = {
    "services.ward_rounds.start_round": Row(
        needs(Permission.RUN_ROUND),
        lambda s, a, w, x: ward_rounds.start_round(s, a, w.fresh_ward()),
    ),
    "services.ward_rounds.set_attendance": Row(
        needs(Permission.RUN_ROUND),
        lambda s, a, w, x: ward_rounds.set_attendance(s, a, w.running_round()[0], "pharmacy", True),
    ),
    "services.ward_rounds.leave_patient": Row(
        needs(Permission.RUN_ROUND),
        lambda s, a, w, x: ward_rounds.leave_patient(s, a, *w.running_round(), 90, "discussed"),
    ),
    "services.ward_rounds.read_back": Row(
        needs(Permission.RUN_ROUND),
        lambda s, a, w, x: ward_rounds.read_back(s, a, *w.running_round()),
    ),
    "services.ward_rounds.end_round": Row(
        needs(Permission.RUN_ROUND),
        lambda s, a, w, x: ward_rounds.end_round(s, a, w.running_round()[0]),
    ),
}

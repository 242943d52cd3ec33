"""Exchange: FHIR documents and the whole database as JSON."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from rounds_app.domain.roles import Permission
from rounds_app.exchange import json_format
from rounds_app.interop import fhir_export
from rounds_app.services.actor import Actor
from tests.storage.matrix_ward import MatrixWard
from tests.storage.permission_matrix.rows import VIEW, Call, Row, Shows, needs


def _exported(call: Callable[[Session, Actor, MatrixWard, bool, Path], object]) -> Call:
    """Runs `call` writing to a fresh file, and returns what it wrote."""

    def run(s: Session, a: Actor, w: MatrixWard, sensitive: bool) -> str:
        out = w.out(".json")
        call(s, a, w, sensitive, out)
        return out.read_text(encoding="utf-8")

    return run


ROWS: dict[str, Row] = {
    "interop.fhir_export.find_admission": Row(
        VIEW, lambda s, a, w, x: fhir_export.find_admission(s, a, w.mrns[x], None)
    ),
    "interop.fhir_export.discharge_document": Row(
        needs(Permission.EXPORT),
        lambda s, a, w, x: json.dumps(
            fhir_export.discharge_document(s, a, w.admissions[x]), ensure_ascii=False
        ),
        shows=Shows.TO_NOBODY,
        text=str,
    ),
    "interop.fhir_export.export_fhir": Row(
        needs(Permission.EXPORT),
        _exported(lambda s, a, w, x, out: fhir_export.export_fhir(s, a, w.admissions[x], out)),
        shows=Shows.TO_NOBODY,
        text=str,
    ),
    # the whole database, sensitive entries and all: only for roles that may read them;
    # aimed at the sensitive target, it carries the accounts' password hashes too
    "exchange.json_format.export_document": Row(
        needs(Permission.EXPORT),
        lambda s, a, w, x: json.dumps(
            json_format.export_document(s, a, with_accounts=x), ensure_ascii=False
        ),
        sensitive_needs=needs(Permission.MANAGE_USERS),
        shows=Shows.TO_ROLE,
        text=str,
    ),
    "exchange.json_format.export_json": Row(
        needs(Permission.EXPORT),
        _exported(lambda s, a, w, x, out: json_format.export_json(s, a, out, with_accounts=x)),
        sensitive_needs=needs(Permission.MANAGE_USERS),
        shows=Shows.TO_ROLE,
        text=str,
    ),
    "exchange.json_format.import_json": Row(
        needs(Permission.MANAGE_USERS),
        lambda s, a, w, x: json_format.import_json(s, a, w.empty_export(), merge=True),
    ),
}

"""Every public service function: the permissions it needs (as README's roles table
names them), how to call it on the matrix ward, and what it shows of sensitive
entries. A new service function needs a row in the module of its area here;
test_permission_matrix.py fails, naming it, until it has one.

A row's call gets the session, the actor, the ward and whether to aim at the
sensitive target (the patient whose entries are sensitive, that patient's sensitive
entry; for a discharge summary, printing sensitive entries too)."""

from __future__ import annotations

from tests.storage.permission_matrix import (
    admissions,
    card,
    case_reviews,
    discharge_plans,
    entries,
    exchange,
    printing,
    reading,
    rounds,
    safety_facts,
    wards_and_accounts,
)
from tests.storage.permission_matrix.rows import Row, Shows

AREAS = (
    reading,
    case_reviews,
    entries,
    safety_facts,
    discharge_plans,
    card,
    admissions,
    rounds,
    wards_and_accounts,
    printing,
    exchange,
)


def _merged() -> dict[str, Row]:
    matrix: dict[str, Row] = {}
    for area in AREAS:
        twice = set(matrix) & set(area.ROWS)
        assert not twice, f"{area.__name__} repeats rows: {sorted(twice)}"
        matrix.update(area.ROWS)
    return matrix


MATRIX = _merged()

__all__ = ["MATRIX", "Row", "Shows"]

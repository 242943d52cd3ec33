"""The census and the card cost a fixed number of queries, however full the ward."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from rounds_app.services import census, contributions, patient_card
from rounds_app.storage.database import Database
from tests.factories import small_ward


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def _load(db: Database, ward) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with counted(db) as census_queries, db.session() as s:
        census.ward_census(s, ward.nurse, ward.ward_id)
    with counted(db) as card_queries, db.session() as s:
        patient_card.patient_card(s, ward.nurse, ward.admission_ids[0])
    return len(census_queries), len(card_queries)


def test_query_count_does_not_grow_with_the_ward(db: Database) -> None:
    ward = small_ward(db, patients=2)
    small = _load(db, ward)
    for admission in ward.admission_ids:
        for n in range(5):
            with db.session() as s:
                entry = contributions.add_contribution(
                    s, ward.nurse, admission, text=f"entry {n}", kind="update"
                )
            with db.session() as s:
                contributions.amend_contribution(
                    s, ward.nurse, entry, text=f"entry {n}!", reason="typo"
                )
    assert _load(db, ward) == small

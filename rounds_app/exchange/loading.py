"""Writing checked rows into the database, inside the caller's transaction: the
emptiness and clash checks, renumbering for a merge, and PostgreSQL's id sequences."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from rounds_app.errors import ImportRefused
from rounds_app.exchange.columns import (
    ENTITY_REFERENCES,
    EXPORTED_TABLES,
    references,
    unique_column_sets,
)
from rounds_app.exchange.document import Row


def _is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def holds_data(session: Session) -> bool:
    return any(
        session.execute(select(table.c.id).limit(1)).first() is not None
        for table in EXPORTED_TABLES
    )


def refuse_clashes(session: Session, label: str, tables: dict[str, list[Row]]) -> None:
    """Refuses a merge whose rows repeat a unique value already stored. Only constraints
    without a foreign key can clash: a key is renumbered to point at a new row. The
    message shows the value, which is always an identifier (username, ward code, MRN)."""
    for table in EXPORTED_TABLES:
        rows = tables[table.name]
        keys = {column for column, _ in references(table)}
        if table.name in ENTITY_REFERENCES:
            keys.add(ENTITY_REFERENCES[table.name][1])
        for columns in unique_column_sets(table):
            if not rows or keys.intersection(columns):
                continue
            stored = {
                tuple(stored_row)
                for stored_row in session.execute(select(*(table.c[c] for c in columns)))
            }
            for row in rows:
                value = tuple(row[column] for column in columns)
                if value in stored:
                    shown = ", ".join(f"'{part}'" for part in value)
                    raise ImportRefused(
                        "%1: cannot merge: %2 %3 %4 already exists",
                        label,
                        table.name,
                        ", ".join(columns),
                        shown,
                    )


def _new_ids(session: Session, table: Table, count: int) -> list[int]:
    if _is_postgresql(session):
        # taken from the sequence, so a concurrent insert can never get the same id
        sequence = func.pg_get_serial_sequence(table.name, "id")
        taken = session.scalars(
            select(func.nextval(sequence)).select_from(func.generate_series(1, count))
        )
        return sorted(taken)
    # SQLite: the transaction began with BEGIN IMMEDIATE, so no one else is writing
    highest = session.execute(select(func.max(table.c.id))).scalar() or 0
    return list(range(highest + 1, highest + 1 + count))


def renumber(session: Session, tables: dict[str, list[Row]]) -> dict[str, list[Row]]:
    """Gives every row a new id and rewrites every reference to match. New ids rise in
    the order of the old ones, so a row still refers only to earlier rows of its table."""
    new_ids: dict[str, dict[int, int]] = {}
    renumbered: dict[str, list[Row]] = {}
    for table in EXPORTED_TABLES:
        rows = tables[table.name]
        mapping = dict(
            zip((row["id"] for row in rows), _new_ids(session, table, len(rows)), strict=True)
        )
        new_ids[table.name] = mapping
        keys = references(table)
        renumbered[table.name] = [_moved(row, mapping, keys, new_ids) for row in rows]
    for name, (entity, entity_id, _) in ENTITY_REFERENCES.items():
        for row in renumbered[name]:
            row[entity_id] = new_ids[row[entity]][row[entity_id]]
    return renumbered


def _moved(
    row: Row,
    mapping: dict[int, int],
    keys: tuple[tuple[str, str], ...],
    new_ids: dict[str, dict[int, int]],
) -> Row:
    moved: dict[str, Any] = {**row, "id": mapping[row["id"]]}
    for column, referred in keys:
        if row[column] is not None:
            moved[column] = new_ids[referred][row[column]]
    return moved


def insert_all(session: Session, tables: dict[str, list[Row]]) -> None:
    for table in EXPORTED_TABLES:
        rows = tables[table.name]
        if rows:
            session.execute(insert(table), rows)


def advance_sequences(session: Session, tables: dict[str, list[Row]]) -> None:
    """Rows kept their ids from the file, which PostgreSQL's sequences never handed
    out: move each past the highest id so the next insert does not collide."""
    if not _is_postgresql(session):
        return
    for table in EXPORTED_TABLES:
        if tables[table.name]:
            highest = select(func.max(table.c.id)).scalar_subquery()
            session.execute(
                select(func.setval(func.pg_get_serial_sequence(table.name, "id"), highest))
            )

"""Which tables an export carries, and how each column's values are written to JSON and
checked when read back."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint
from sqlalchemy import Enum as EnumType

from rounds_app.domain.fields import TextRule
from rounds_app.services.fact_revisions import ENTITIES as FACT_ENTITIES
from rounds_app.storage import models  # noqa: F401  (registers every table on the metadata)
from rounds_app.storage.base import TEXT_RULE, Base, UTCDateTime

# The audit trail and the change log belong to the database that wrote them: a copied
# chain would not verify after the importing database appends to it. Waits after failed
# sign-ins are that database's too, and short-lived.
EXCLUDED_TABLES = frozenset(
    {"audit_events", "audit_chain_head", "change_log", "sign_in_throttles", "alembic_version"}
)

# Dependency order: a row's references are always inserted before it.
EXPORTED_TABLES: tuple[Table, ...] = tuple(
    table for table in Base.metadata.sorted_tables if table.name not in EXCLUDED_TABLES
)
TABLES_BY_NAME = {table.name: table for table in EXPORTED_TABLES}

# References no foreign key can state: a column naming the table and one naming the row
# (a safety fact's revision names the allergy, contact, … it is a state of). An import
# checks and renumbers them like foreign keys, once every table is read.
ENTITY_REFERENCES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "fact_revisions": ("entity", "entity_id", FACT_ENTITIES)
}

# Integer columns are 32-bit on PostgreSQL; a larger number would fail at insert.
_INT32 = range(-(2**31), 2**31)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class BadValue(ValueError):
    """A value the column cannot hold; the message names the column, never the value
    (it may be patient text)."""


def encode(value: Any) -> Any:
    """The JSON form of a value read from the database."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        # fixed width, always UTC: the same instant is always the same string
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def references(table: Table) -> tuple[tuple[str, str], ...]:
    """(column, referenced table) for each foreign key; every key in Rounds refers to
    the other table's `id`, which is what an import renumbers."""
    return tuple(sorted((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys))


def unique_column_sets(table: Table) -> tuple[tuple[str, ...], ...]:
    """The column sets a unique constraint covers (the partial index of current
    admissions is left to the database)."""
    return tuple(
        sorted(
            tuple(column.name for column in constraint.columns)
            for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint)
        )
    )


Decoder = Callable[[Any], Any]


def _enum(column: Column[Any], kind: EnumType) -> Decoder:
    values = frozenset(kind.enums)
    listed = ", ".join(kind.enums)

    def decode(value: Any) -> Any:
        if isinstance(value, str) and value in values:
            return value
        raise BadValue(f"column '{column.name}' must be one of: {listed}")

    return decode


def _datetime(column: Column[Any]) -> Decoder:
    def decode(value: Any) -> Any:
        if isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                parsed = None
            # a naive time would be read as UTC silently; make the file say which zone
            if parsed is not None and parsed.tzinfo is not None:
                return parsed.astimezone(UTC)
        raise BadValue(
            f"column '{column.name}' must be an ISO 8601 date and time with a UTC offset"
        )

    return decode


def _date(column: Column[Any]) -> Decoder:
    def decode(value: Any) -> Any:
        # fromisoformat alone would also take week dates and "20261125"
        if isinstance(value, str) and _DATE.fullmatch(value):
            try:
                return date.fromisoformat(value)
            except ValueError:
                pass
        raise BadValue(f"column '{column.name}' must be a date (YYYY-MM-DD)")

    return decode


def _bool(column: Column[Any]) -> Decoder:
    def decode(value: Any) -> Any:
        if isinstance(value, bool):
            return value
        raise BadValue(f"column '{column.name}' must be true or false")

    return decode


def _int(column: Column[Any]) -> Decoder:
    def decode(value: Any) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            raise BadValue(f"column '{column.name}' must be a whole number")
        if value not in _INT32:
            raise BadValue(f"column '{column.name}' is out of range")
        return value

    return decode


def _str(column: Column[Any]) -> Decoder:
    limit = getattr(column.type, "length", None)
    # user text is held to the rule the services apply (a Text column has no length)
    rule: TextRule | None = column.info.get(TEXT_RULE)

    def decode(value: Any) -> Any:
        if not isinstance(value, str):
            raise BadValue(f"column '{column.name}' must be text")
        if limit is not None and len(value) > limit:
            raise BadValue(f"column '{column.name}' is longer than {limit} characters")
        # PostgreSQL refuses NUL in text, and a lone surrogate cannot be encoded
        if "\x00" in value or _unencodable(value):
            raise BadValue(f"column '{column.name}' holds a character no database can store")
        problem = rule.problem(value) if rule is not None else None
        if problem is not None:
            raise BadValue(f"column '{column.name}' {problem}")
        return value

    return decode


def _unencodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _decoder(column: Column[Any]) -> Decoder:
    kind = column.type
    if isinstance(kind, EnumType):
        return _enum(column, kind)
    if isinstance(kind, UTCDateTime):
        return _datetime(column)
    by_type: dict[type, Callable[[Column[Any]], Decoder]] = {
        date: _date,
        bool: _bool,
        int: _int,
        str: _str,
    }
    # a column type added without a JSON form fails here, at import, not mid-export
    return by_type[kind.python_type](column)


DECODERS: dict[str, dict[str, Decoder]] = {
    table.name: {column.name: _decoder(column) for column in table.columns}
    for table in EXPORTED_TABLES
}

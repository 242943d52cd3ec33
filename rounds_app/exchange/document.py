"""Reading an export file into checked rows, before the database is touched. Every
refusal is one line naming the file and, where it applies, the table and row id."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from rounds_app.domain.enums import Discipline, Voice
from rounds_app.domain.fields import folded
from rounds_app.domain.sharing import shared_by_default, voice_of
from rounds_app.errors import ImportRefused
from rounds_app.exchange.columns import (
    DECODERS,
    ENTITY_REFERENCES,
    EXPORTED_TABLES,
    TABLES_BY_NAME,
    BadValue,
    references,
    unique_column_sets,
)
from rounds_app.services.discharge_plans import DEFAULT_CHECKLIST
from rounds_app.services.users import NO_PASSWORD
from rounds_app.storage.base import TEXT_RULE

FORMAT = "rounds-export"
# 2: rounds as they happen; 3: the patient's lists from the hospital record and
# patients.gender; 4: reflective case reviews and patient-reported outcomes; 5: user
# accounts without password hashes unless asked for, and single-line fields on one
# line; 6: the safety facts — resuscitation decisions, safety checks, their revisions,
# and allergy, contact, medicine and identity columns; 7: what the patient may read
# (card fields and entries), a card field's language, why the patient was in hospital,
# pending tests, whom to call and teach-backs, a medication change's dose, how to take
# it, previous dose and decision, a follow-up's place kind, phone and who will contact
# the patient, and the built-in checklist items' kind (see docs/export-format.md).
# Older files read as is: the tables they lack are empty and the columns they lack take
# their defaults.
FORMAT_VERSION = 7
# before version 5 a single-line field could hold a line break; such text is folded
SINGLE_LINE_SINCE = 5
# before version 7 the built-in checklist items were known by their words only
CHECKLIST_KINDS_SINCE = 7
# a column a file may leave out, and what the row gets instead: an account exported
# without its password hash can sign in only once an administrator sets a password
_LEFT_OUT = {("users", "password_hash"): NO_PASSWORD}

Row = dict[str, Any]
# a column an older file lacks whose value follows from the row's other columns (read
# before it): what was written before the shareable mark existed gets the mark's default
_DERIVED: dict[tuple[str, str], Callable[[Row], Any]] = {
    ("narrative_fields", "shareable"): lambda row: shared_by_default(Voice(row["voice"])),
    ("card_field_revisions", "shareable"): lambda row: shared_by_default(Voice(row["voice"])),
    ("contributions", "shareable"): lambda row: shared_by_default(
        voice_of(Discipline(row["discipline"]))
    ),
}
_TOP_LEVEL = frozenset({"format", "format_version", "tables"})
_BOM = b"\xef\xbb\xbf"


@dataclass(frozen=True)
class CheckedFile:
    """Rows ready to insert: every exported table (empty when the file left it out),
    in dependency order, each table's rows sorted by id."""

    tables: dict[str, list[Row]]
    sha256: str


def read_export(source: Path) -> CheckedFile:
    label = str(source)
    try:
        raw = source.read_bytes()
    except OSError as err:
        raise ImportRefused("cannot read %1: %2", label, err.strerror or err) from None
    digest = hashlib.sha256(raw).hexdigest()
    document = _parse(label, raw)
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ImportRefused('%1: "tables" must map table names to lists of rows', label)
    return CheckedFile(_check_tables(label, tables, document["format_version"]), digest)


def _parse(label: str, raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        raise ImportRefused("%1 is empty", label)
    # Rounds never writes a byte-order mark, but an editor saving the file may add one
    skipped = len(_BOM) if raw.startswith(_BOM) else 0
    body = raw[skipped:]
    bad_byte: int | None = None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as err:
        bad_byte = skipped + err.start
        if err.reason != "unexpected end of data":
            raise ImportRefused("%1 is not UTF-8 text (byte %2)", label, bad_byte) from None
        # A file cut inside a character is truncated, not mis-encoded: let the JSON
        # parser say where it stops.
        text = body[: err.start].decode("utf-8")
    try:
        document = json.loads(text)
    except json.JSONDecodeError as err:
        raise ImportRefused(
            "%1 is not valid JSON (line %2, column %3): it may be truncated",
            label,
            err.lineno,
            err.colno,
        ) from None
    except RecursionError:
        raise ImportRefused("%1 is not a Rounds export", label) from None
    if bad_byte is not None:
        raise ImportRefused("%1 is not UTF-8 text (byte %2)", label, bad_byte)
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ImportRefused("%1 is not a Rounds export", label)
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportRefused("%1 has no valid format_version (a whole number from 1)", label)
    if version > FORMAT_VERSION:
        raise ImportRefused(
            "%1 is format version %2; this Rounds reads up to version %3 — update Rounds",
            label,
            version,
            FORMAT_VERSION,
        )
    unknown = sorted(set(document) - _TOP_LEVEL)
    if unknown:
        raise ImportRefused("%1: unknown key '%2' at the top level", label, unknown[0])
    return document


def _check_tables(label: str, tables: dict[str, Any], version: int) -> dict[str, list[Row]]:
    for name in sorted(tables):
        if name not in TABLES_BY_NAME:
            raise ImportRefused("%1: table '%2' is not part of a Rounds export", label, name)
    checked: dict[str, list[Row]] = {}
    for table in EXPORTED_TABLES:
        raw_rows = tables.get(table.name, [])
        if not isinstance(raw_rows, list):
            raise ImportRefused("%1: table %2 must be a list of rows", label, table.name)
        rows = sorted(
            (
                _row(label, table, position, raw, version)
                for position, raw in enumerate(raw_rows, 1)
            ),
            key=lambda row: row["id"],
        )
        _check_ids(label, table, rows)
        _check_references(label, table, rows, checked)
        _check_unique(label, table, rows)
        checked[table.name] = rows
    _check_entity_references(label, checked)
    return checked


def _check_entity_references(label: str, checked: dict[str, list[Row]]) -> None:
    for name, (entity, entity_id, tables) in ENTITY_REFERENCES.items():
        table = TABLES_BY_NAME[name]
        for row in checked[name]:
            if row[entity] not in tables:
                raise ImportRefused(
                    "%1: %2 must be one of: %3",
                    _where(label, table, row["id"]),
                    entity,
                    ", ".join(tables),
                )
            referred = checked[row[entity]]
            if row[entity_id] not in _ids(referred):
                raise ImportRefused(
                    "%1: %2 %3 names no row in %4",
                    _where(label, table, row["id"]),
                    entity_id,
                    row[entity_id],
                    row[entity],
                )


def _where(label: str, table: Table, row_id: int) -> str:
    return f"{label}: table {table.name} row id={row_id}"


def _row(label: str, table: Table, position: int, raw: Any, version: int) -> Row:
    if not isinstance(raw, dict):
        raise ImportRefused("%1: table %2 row #%3 must be an object", label, table.name, position)
    row_id = raw.get("id")
    if not isinstance(row_id, int) or isinstance(row_id, bool) or row_id < 1:
        raise ImportRefused(
            "%1: table %2 row #%3: id must be a whole number from 1", label, table.name, position
        )
    where = _where(label, table, row_id)
    unknown = sorted(set(raw) - set(table.columns.keys()))
    if unknown:
        raise ImportRefused("%1: unknown column '%2'", where, unknown[0])
    row: Row = {}
    for column in table.columns:
        if column.name in raw:
            value = raw[column.name]
            if version < SINGLE_LINE_SINCE and isinstance(value, str):
                value = _one_line(column, value)
            if value is None and not column.nullable:
                raise ImportRefused("%1: column '%2' cannot be null", where, column.name)
            try:
                row[column.name] = (
                    None if value is None else DECODERS[table.name][column.name](value)
                )
            except BadValue as err:
                raise ImportRefused("%1: %2", where, err) from None
        elif (table.name, column.name) in _LEFT_OUT:
            row[column.name] = _LEFT_OUT[table.name, column.name]
        elif (table.name, column.name) in _DERIVED:
            row[column.name] = _DERIVED[table.name, column.name](row)
        elif isinstance(column.default, ScalarElementColumnDefault):
            row[column.name] = column.default.arg
        elif column.nullable:
            row[column.name] = None
        else:
            raise ImportRefused("%1: missing column '%2'", where, column.name)
    if table.name == "discharge_checklist_items" and version < CHECKLIST_KINDS_SINCE:
        # as the migration did: "Medicines reconciled" ticked stays the reconciliation
        row["kind"] = _BUILT_IN_KINDS.get(row["item"])
    return row


_BUILT_IN_KINDS = {text: kind.value for text, kind in DEFAULT_CHECKLIST}


def _one_line(column: Column[Any], value: str) -> str:
    rule = column.info.get(TEXT_RULE)
    return folded(value) if rule is not None and not rule.multiline else value


def _check_ids(label: str, table: Table, rows: list[Row]) -> None:
    for before, row in zip(rows, rows[1:], strict=False):
        if before["id"] == row["id"]:
            raise ImportRefused("%1: the id appears twice", _where(label, table, row["id"]))


def _check_references(
    label: str, table: Table, rows: list[Row], checked: dict[str, list[Row]]
) -> None:
    """The file must be whole: every reference names a row of the same file (an import
    renumbers rows, so a reference to the target's own rows would be meaningless)."""
    for column, referred in references(table):
        if referred == table.name:
            # rows go in one by one in id order, so a row can only refer back
            own = _ids(rows)
            for row in rows:
                value = row[column]
                if value is not None and not (value < row["id"] and value in own):
                    raise ImportRefused(
                        "%1: %2 %3 names no earlier row in %4",
                        _where(label, table, row["id"]),
                        column,
                        value,
                        referred,
                    )
            continue
        known = _ids(checked[referred])
        for row in rows:
            value = row[column]
            if value is not None and value not in known:
                raise ImportRefused(
                    "%1: %2 %3 names no row in %4",
                    _where(label, table, row["id"]),
                    column,
                    value,
                    referred,
                )


def _ids(rows: list[Row]) -> frozenset[int]:
    return frozenset(row["id"] for row in rows)


def _check_unique(label: str, table: Table, rows: list[Row]) -> None:
    for columns in unique_column_sets(table):
        seen: dict[tuple[Any, ...], int] = {}
        for row in rows:
            key = tuple(row[column] for column in columns)
            # like the database, NULLs never clash
            if None in key:
                continue
            if key in seen:
                raise ImportRefused(
                    "%1: %2 repeats row id=%3",
                    _where(label, table, row["id"]),
                    ", ".join(columns),
                    seen[key],
                )
            seen[key] = row["id"]

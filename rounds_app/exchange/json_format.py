"""The public face of the exchange: export the database to a JSON file, and import
such a file all or nothing. The format is described in docs/export-format.md."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rounds_app.domain.entities import Entity
from rounds_app.domain.roles import Permission
from rounds_app.errors import ImportRefused, Phrase, RoundsError
from rounds_app.exchange import loading
from rounds_app.exchange.columns import EXPORTED_TABLES, encode
from rounds_app.exchange.document import FORMAT, FORMAT_VERSION, read_export
from rounds_app.private_files import discard, write_temp
from rounds_app.services.actor import Actor, require
from rounds_app.services.audit import lock_every_chain
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.services.users import NO_PASSWORD
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)

# left out of an export unless accounts are asked for
_ACCOUNT_SECRETS = frozenset({("users", "password_hash")})


@dataclass(frozen=True)
class ImportSummary:
    """What an import added: rows per table (every exported table, in dependency order),
    and how many accounts came without a password and must have one set."""

    rows: Mapping[str, int]
    merged: bool
    without_password: int = 0

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def export_document(
    session: Session, actor: Actor, *, with_accounts: bool = False
) -> dict[str, Any]:
    """The whole database as a JSON-ready document, read in the caller's transaction.
    It holds no timestamp of its own, so the same data always gives the same document.
    Accounts are exported without their password hashes unless `with_accounts`, which
    only an administrator may ask for."""
    _require_export(actor, with_accounts)
    return _document(session, with_accounts)


def _require_export(actor: Actor, with_accounts: bool) -> None:
    require(actor, Permission.EXPORT, Phrase("export the database"))
    if with_accounts:
        # a password hash can be attacked offline: it leaves only with the administrator
        require(actor, Permission.MANAGE_USERS, Phrase("export user accounts with their passwords"))


def _document(session: Session, with_accounts: bool) -> dict[str, Any]:
    tables = {
        table.name: [
            {
                column: encode(value)
                for column, value in row.items()
                if with_accounts or (table.name, column) not in _ACCOUNT_SECRETS
            }
            for row in session.execute(select(table).order_by(table.c.id)).mappings()
        ]
        for table in EXPORTED_TABLES
    }
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "tables": tables}


def export_json(session: Session, actor: Actor, out: Path, *, with_accounts: bool = False) -> None:
    """Writes the export to `out` atomically (a reader never sees half a file) and
    records an "export.json" audit event. The file is readable by its owner only.
    `with_accounts` as for `export_document`."""
    _require_export(actor, with_accounts)
    temp: Path | None = None
    try:
        # the role was checked above (an export with accounts needs more than one)
        with unit_of_work(session, actor, None, Phrase("export the database")) as work:
            # Holding the write lock (SQLite) and every chain head (PostgreSQL) keeps every
            # other writer from committing while the tables are read, so the file is one
            # state of the database even under PostgreSQL's read-committed default.
            lock_every_chain(session)
            document = _document(session, with_accounts)
            data = json.dumps(document, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
            temp = write_temp(out, data.encode("utf-8"))
            # Audit before the file takes its name: a trail entry for a rename that then
            # failed is better than patient data leaving without a trace.
            work.record(
                Change(
                    action="export.json",
                    entity=Entity.DATABASE,
                    entity_id=None,
                    fields=("password_hash",) if with_accounts else (),
                    feeds=False,
                )
            )
        os.replace(temp, out)
    except OSError as err:
        discard(temp)
        raise RoundsError("cannot write %1: %2", out, err.strerror or err) from None
    except BaseException:
        discard(temp)
        raise
    counts = {name: len(rows) for name, rows in document["tables"].items()}
    log.info(
        "exported %d rows (%s) at change %s",
        sum(counts.values()),
        ", ".join(f"{name}={count}" for name, count in counts.items()),
        work.change_id,
    )


def import_json(
    session: Session, actor: Actor, source: Path, *, merge: bool = False
) -> ImportSummary:
    """Adds every row of the export at `source`, or nothing: any refusal raises
    ImportRefused and leaves the database as it was.

    Into an empty database rows keep their ids. With `merge`, rows get new ids (every
    reference follows) and a repeated username, ward code or MRN refuses the file."""
    require(actor, Permission.MANAGE_USERS, Phrase("import a database export"))
    checked = read_export(source)
    label = str(source)
    tables = checked.tables
    try:
        # the role was checked above, before the file was read
        with unit_of_work(session, actor, None, Phrase("import a database export")) as work:
            # taken first so no other writer commits between the checks and the inserts
            lock_every_chain(session)
            if merge:
                loading.refuse_clashes(session, label, tables)
                tables = loading.renumber(session, tables)
            elif loading.holds_data(session):
                raise ImportRefused(
                    "the database already holds data; use --merge to add this export to it"
                )
            loading.insert_all(session, tables)
            if not merge:
                loading.advance_sequences(session, tables)
            counts = {name: len(rows) for name, rows in tables.items()}
            # the audit event carries counts only; the file is identified in the log
            work.record(
                Change(
                    action="import.json",
                    entity=Entity.DATABASE,
                    entity_id=None,
                    fields=tuple(f"{name}={count}" for name, count in counts.items()),
                )
            )
    except IntegrityError as err:
        raise ImportRefused(
            "%1: its rows break a rule of the database (%2)", label, _rule(err)
        ) from None
    without_password = sum(row["password_hash"] == NO_PASSWORD for row in tables["users"])
    summary = ImportSummary(counts, merged=merge, without_password=without_password)
    log.info(
        "import.json at change %s: %d rows from a file with sha256 %s (merged: %s)",
        work.change_id,
        summary.total,
        checked.sha256,
        merge,
    )
    return summary


def _rule(err: IntegrityError) -> str:
    """Names the broken rule without PostgreSQL's detail line, which can quote a whole
    row of patient text."""
    diag = getattr(err.orig, "diag", None)
    if diag is not None:
        return str(diag.constraint_name or diag.message_primary)
    # SQLite's one-line messages name only the constraint or its columns
    return str(err.orig)

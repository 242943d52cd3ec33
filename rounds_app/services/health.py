"""Is this database sound? The schema is at the current migration, the audit chain
verifies, and the change log runs 1, 2, 3 … with nothing missing."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.services.audit import verify_chain
from rounds_app.storage.database import Database
from rounds_app.storage.models import ChangeLogEntry
from rounds_app.storage.schema import current_revision, head_revision


def change_log_gaps(session: Session) -> int:
    """How many change numbers are missing below the highest."""
    count, highest = session.execute(
        select(func.count(ChangeLogEntry.id), func.coalesce(func.max(ChangeLogEntry.id), 0))
    ).one()
    return highest - count


def check_database(db: Database) -> list[str]:
    """One line per problem found; empty when all is well."""
    revision, head = current_revision(db.engine), head_revision()
    if revision != head:
        return [f"the schema is at {revision or 'nothing'}, not {head}: run rounds-app db upgrade"]
    problems = []
    with db.session() as session:
        problems += [problem.message for problem in verify_chain(session)]
        gaps = change_log_gaps(session)
    if gaps:
        problems.append(f"the change log is missing {gaps} numbered changes")
    return problems

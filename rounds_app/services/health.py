"""Is this database sound? The schema is at the current migration, the audit chain
verifies, and each chain's change log runs 1, 2, 3 … with nothing missing."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.services.audit import verify_chain
from rounds_app.storage.database import Database
from rounds_app.storage.models import AuditChainHead, ChangeLogEntry
from rounds_app.storage.schema import current_revision, head_revision


def change_log_gaps(session: Session) -> int:
    """How many change numbers are missing, in all chains: below each chain's highest
    number, or the number its head says was given last if that is higher."""
    numbered: dict[int, tuple[int, int]] = {
        chain: (count, highest)
        for chain, count, highest in session.execute(
            select(ChangeLogEntry.chain, func.count(), func.max(ChangeLogEntry.seq)).group_by(
                ChangeLogEntry.chain
            )
        )
    }
    given: dict[int, int] = {
        chain: seq
        for chain, seq in session.execute(select(AuditChainHead.id, AuditChainHead.last_change_seq))
    }
    missing = 0
    for chain in set(numbered) | set(given):
        count, highest = numbered.get(chain, (0, 0))
        missing += max(highest, given.get(chain, 0)) - count
    return missing


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

"""The hash-chained audit trail: append under the chain-head lock, and verify.

Each event's hash covers its own columns and the previous event's hash, so editing,
inserting or deleting a row breaks the chain where it happened."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.storage.models import AuditChainHead, AuditEvent
from rounds_app.storage.schema import GENESIS_HASH


def event_hash(
    prev_hash: str,
    event_id: int,
    at: datetime,
    user_id: int | None,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    fields: str,
) -> str:
    payload = json.dumps(
        [prev_hash, event_id, at.isoformat(), user_id, actor, action, entity, entity_id, fields],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def lock_chain_head(session: Session) -> AuditChainHead:
    """Locks the single head row until commit: appends (and change-log numbers) are
    serialised across every process writing to this database."""
    return session.execute(
        select(AuditChainHead).where(AuditChainHead.id == 1).with_for_update()
    ).scalar_one()


def append_event(
    session: Session,
    head: AuditChainHead,
    *,
    at: datetime,
    user_id: int | None,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    fields: str,
) -> AuditEvent:
    event = AuditEvent(
        at=at,
        user_id=user_id,
        actor=actor,
        action=action,
        entity=entity,
        entity_id=entity_id,
        fields=fields,
        prev_hash=head.last_hash,
        hash="",
    )
    session.add(event)
    session.flush()  # the id is part of the hash
    event.hash = event_hash(
        event.prev_hash, event.id, at, user_id, actor, action, entity, entity_id, fields
    )
    head.last_event_id = event.id
    head.last_hash = event.hash
    return event


@dataclass(frozen=True)
class ChainProblem:
    event_id: int | None
    message: str


def verify_chain(session: Session) -> list[ChainProblem]:
    """Every place the chain is broken, in order; empty when it is intact."""
    problems: list[ChainProblem] = []
    expected_prev = GENESIS_HASH
    last: AuditEvent | None = None
    for event in _events_in_order(session):
        if event.prev_hash != expected_prev:
            after = f"event {last.id}" if last else "the start of the trail"
            problems.append(
                ChainProblem(
                    event.id,
                    f"audit event {event.id} does not follow {after}: "
                    "a row was deleted or inserted there",
                )
            )
        recomputed = event_hash(
            event.prev_hash,
            event.id,
            event.at,
            event.user_id,
            event.actor,
            event.action,
            event.entity,
            event.entity_id,
            event.fields,
        )
        if recomputed != event.hash:
            problems.append(ChainProblem(event.id, f"audit event {event.id} was altered"))
        expected_prev = event.hash
        last = event
    head = session.get(AuditChainHead, 1)
    if head is None:
        problems.append(ChainProblem(None, "the audit chain head is missing"))
    elif (head.last_event_id, head.last_hash) != (
        (last.id, last.hash) if last else (None, GENESIS_HASH)
    ):
        problems.append(
            ChainProblem(
                head.last_event_id,
                f"the trail ends at event {last.id if last else 'none'} but its head names "
                f"event {head.last_event_id}: events were deleted from the end",
            )
        )
    return problems


def _events_in_order(session: Session) -> Iterator[AuditEvent]:
    result = session.execute(
        select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=2000)
    )
    for event in result.scalars():
        yield event
        session.expunge(event)

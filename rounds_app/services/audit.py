"""The audit trail: append under the chain-head lock, seal, and verify.

Each event's hash covers its own columns and the previous event's hash, so editing,
inserting or deleting a row breaks the chain where it happened. A plain hash could be
recomputed by anyone who can write the database, so from its seal event on the chain
is an HMAC under a key kept outside the database (rounds_app.audit_files), and each
commit leaves a signed checkpoint outside it too, so a tail cut off is missed. Events
from before keys (an older Rounds) keep their plain SHA-256 hashes: the seal's HMAC
covers the last of them, so they cannot be rewritten unnoticed either."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from rounds_app import audit_files
from rounds_app.errors import RoundsError
from rounds_app.storage.models import AuditChainHead, AuditEvent
from rounds_app.storage.models.audit import HOSPITAL_CHAIN
from rounds_app.storage.schema import GENESIS_HASH

SEAL_ACTION = "audit.sealed"
SEAL_ACTOR = "system:audit"


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
    *,
    key: bytes | None,
) -> str:
    """HMAC-SHA256 under `key`; plain SHA-256 (events from before the seal) when None."""
    payload = json.dumps(
        [prev_hash, event_id, at.isoformat(), user_id, actor, action, entity, entity_id, fields],
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    if key is None:
        return hashlib.sha256(payload).hexdigest()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def _rehash(event: AuditEvent, key: bytes | None) -> str:
    return event_hash(
        event.prev_hash,
        event.id,
        event.at,
        event.user_id,
        event.actor,
        event.action,
        event.entity,
        event.entity_id,
        event.fields,
        key=key,
    )


@dataclass(frozen=True)
class LockedChain:
    """A chain's head, locked until commit, and its newest event, read with the lock
    in one round trip (sealing_key checks its seal): a save holds the lock for as few
    round trips as it can."""

    head: AuditChainHead
    newest: AuditEvent | None


def lock_chain_head(session: Session, chain: int = HOSPITAL_CHAIN) -> LockedChain:
    """Locks `chain`'s head row until commit, made on its first use: appends to that
    chain (and its change numbers) are serialised across every process writing to
    this database. Lock several in ascending order (lock_chain_heads), never another
    way round, so two writers cannot wait on each other."""
    found = _locked(session, chain)
    if found is not None:
        return found
    dialect = session.get_bind().dialect.name
    make = (postgresql_insert if dialect == "postgresql" else sqlite_insert)(AuditChainHead)
    # two writers may open the same ward's chain at once: one row results, and the
    # second waits for the first's commit at the lock below
    session.execute(
        make.values(
            id=chain, last_event_id=None, last_hash=GENESIS_HASH, last_change_seq=0
        ).on_conflict_do_nothing(index_elements=[AuditChainHead.id])
    )
    made = _locked(session, chain)
    assert made is not None  # made above, or by the writer it waited for
    return made


def _locked(session: Session, chain: int) -> LockedChain | None:
    found = session.execute(
        select(AuditChainHead, AuditEvent)
        .outerjoin(AuditEvent, AuditEvent.id == AuditChainHead.last_event_id)
        .where(AuditChainHead.id == chain)
        .with_for_update(of=AuditChainHead)
        # the row as the lock found it, never as read earlier in this transaction
        .execution_options(populate_existing=True)
    ).one_or_none()
    if found is None:
        return None
    head: AuditChainHead = found[0]
    newest: AuditEvent | None = found[1]
    if head.last_event_id is not None and (newest is None or newest.id != head.last_event_id):
        # the lock was waited for: PostgreSQL hands back the head as the other writer
        # left it, but the event joined to it as of before; read the newest one now
        newest = session.get(AuditEvent, head.last_event_id, populate_existing=True)
    return LockedChain(head, newest)


def lock_chain_heads(session: Session, chains: Iterable[int]) -> dict[int, LockedChain]:
    return {chain: lock_chain_head(session, chain) for chain in sorted(set(chains))}


def lock_every_chain(session: Session) -> None:
    """Holds every chain's head, so that no other writer commits until this unit ends
    (an export reading one state of the whole database, an import checking first)."""
    chains = session.execute(select(AuditChainHead.id)).scalars()
    lock_chain_heads(session, [HOSPITAL_CHAIN, *chains])


def append_event(
    session: Session,
    head: AuditChainHead,
    *,
    key: bytes,
    at: datetime,
    user_id: int | None,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    fields: str,
) -> AuditEvent:
    event = AuditEvent(
        chain=head.id,
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
    event.hash = _rehash(event, key)
    head.last_event_id = event.id
    head.last_hash = event.hash
    return event


def sealing_key(session: Session, locked: LockedChain, at: datetime) -> bytes:
    """The key this unit of work seals its events in the `locked` chain with. A chain not
    sealed yet (a ward's new chain, a new database, or a trail an older Rounds wrote)
    gets its seal event now, and the key file is made if the trail has no seal anywhere.
    A trail sealed with another key, or whose key is missing, is not written to: raises
    RoundsError."""
    path = audit_files.key_path()
    key = audit_files.read_key(path)
    head, last = locked.head, locked.newest
    if key is not None and last is not None and _rehash(last, key) == last.hash:
        return key  # the usual case: the chain's newest event carries this key's seal
    first_seal = _first_seal(session)
    if first_seal is not None:
        if key is None:
            raise RoundsError(
                "the audit key %1 is missing, so nothing can be saved: restore it from your "
                "backup, or set ROUNDS_AUDIT_KEY_FILE to the ward's key",
                path,
            )
        if _rehash(first_seal, key) != first_seal.hash or _first_seal(session, head.id):
            # another key; or this chain was sealed, and its newest event is not
            raise RoundsError(
                "the audit trail does not verify with the audit key %1, so nothing can be "
                "saved: every workstation needs the ward's key; run rounds-app audit verify",
                path,
            )
    elif key is None:
        key = audit_files.create_key(path)
    append_event(
        session,
        head,
        key=key,
        at=at,
        user_id=None,
        actor=SEAL_ACTOR,
        action=SEAL_ACTION,
        entity="audit_trail",
        entity_id=None,
        fields="",
    )
    return key


def _first_seal(session: Session, chain: int | None = None) -> AuditEvent | None:
    """The trail's first seal event (with `chain`, that chain's). A full scan, but only
    when a chain's newest event is not sealed with the key at hand: a ward's first save,
    the first of a new or older database, or a trail in trouble."""
    query = select(AuditEvent).where(AuditEvent.action == SEAL_ACTION)
    if chain is not None:
        query = query.where(AuditEvent.chain == chain)
    return session.execute(query.order_by(AuditEvent.id).limit(1)).scalar()


@dataclass(frozen=True)
class ChainProblem:
    event_id: int | None
    message: str


@dataclass
class ChainReport:
    """What verifying the trail found: `problems` is empty when it is intact."""

    events: int = 0
    problems: list[ChainProblem] = field(default_factory=list)
    key_path: Path | None = None
    sealed_from: int | None = None  # the seal event's id; None: not sealed yet
    checkpoint: int | None = None  # the newest checkpoint found in the trail

    def problem(self, event_id: int | None, message: str) -> None:
        self.problems.append(ChainProblem(event_id, message))


def verify_chain(session: Session) -> list[ChainProblem]:
    """Every place the chain is broken, in order; empty when it is intact."""
    return inspect_chain(session).problems


def inspect_chain(session: Session) -> ChainReport:
    """Checks every event against the one before it in its chain, its hash (plain
    before its chain's seal, the key's HMAC from it on), each chain's head row and this
    database's checkpoints."""
    key_path = audit_files.key_path()
    report = ChainReport(key_path=key_path)
    try:
        key = audit_files.read_key(key_path)
    except RoundsError as error:
        report.problem(None, str(error))
        key = None
    url = session.get_bind().engine.url
    checkpoints = audit_files.read_checkpoints(url, key) if key is not None else None
    if checkpoints is not None:
        _check_checkpoint_file(report, checkpoints)
    recorded = dict(checkpoints.recorded) if checkpoints is not None else {}
    chains: dict[int, _Chain] = {}
    newest: AuditEvent | None = None
    keyed_checks = key is not None
    rewritten = False
    for event in _events_in_order(session):
        report.events += 1
        chain = chains.setdefault(event.chain, _Chain())
        if event.prev_hash != chain.expected_prev:
            after = f"event {chain.last.id}" if chain.last else "the start of the trail"
            report.problem(
                event.id,
                f"audit event {event.id} does not follow {after}: "
                "a row was deleted or inserted there",
            )
        if not chain.sealed and event.action == SEAL_ACTION:
            chain.sealed = True
            if report.sealed_from is None:
                report.sealed_from = event.id
            if keyed_checks and key is not None and _rehash(event, key) != event.hash:
                # a different key, or a forged seal: one line, not one per event after
                report.problem(
                    event.id,
                    f"audit event {event.id} (the seal) does not verify with the audit key "
                    f"{report.key_path}: a different key, or the trail was rewritten",
                )
                keyed_checks = False
        elif not chain.sealed:
            if _rehash(event, None) != event.hash:
                report.problem(event.id, f"audit event {event.id} was altered")
        elif keyed_checks and _rehash(event, key) != event.hash:
            report.problem(event.id, f"audit event {event.id} was altered")
        checkpointed = recorded.pop(event.id, None)
        if checkpointed is not None:
            if checkpointed != event.hash and not rewritten:
                rewritten = True  # the first is where it starts; the rest follow from it
                report.problem(
                    event.id,
                    f"audit event {event.id} is not the event its checkpoint recorded: "
                    "the trail was rewritten from there",
                )
            report.checkpoint = event.id
        chain.expected_prev = event.hash
        chain.last = newest = event
    if report.sealed_from is not None and key is None:
        report.problem(
            report.sealed_from,
            f"cannot prove the audit trail from event {report.sealed_from} on: its key "
            f"{report.key_path} is missing (restore it, or set ROUNDS_AUDIT_KEY_FILE)",
        )
    _check_missing_checkpointed(report, recorded, newest)
    _check_heads(session, report, chains)
    return report


@dataclass
class _Chain:
    """One chain as inspect_chain has walked it so far."""

    expected_prev: str = GENESIS_HASH
    last: AuditEvent | None = None
    sealed: bool = False


def _check_checkpoint_file(report: ChainReport, checkpoints: audit_files.Checkpoints) -> None:
    if checkpoints.unsigned:
        report.problem(
            None,
            f"{checkpoints.unsigned} checkpoints in {checkpoints.path} do not carry the "
            f"signature of the audit key {report.key_path}",
        )
    if checkpoints.contradicted:
        report.problem(
            checkpoints.contradicted[0],
            f"the checkpoints recorded two different events under the same ids "
            f"({_ids(checkpoints.contradicted)}): events were deleted and others written "
            "in their place",
        )


def _check_missing_checkpointed(
    report: ChainReport, recorded: dict[int, str], last: AuditEvent | None
) -> None:
    end = last.id if last else 0
    beyond = [event_id for event_id in recorded if event_id > end]
    if beyond:
        report.problem(
            max(beyond),
            f"the trail ends at event {last.id if last else 'none'} but a checkpoint "
            f"recorded event {max(beyond)}: events were deleted from the end",
        )
    gone = sorted(set(recorded) - set(beyond))
    if gone:
        report.problem(gone[0], f"audit events recorded at checkpoints are gone: {_ids(gone)}")


def _ids(event_ids: list[int]) -> str:
    shown = ", ".join(str(event_id) for event_id in event_ids[:5])
    return shown if len(event_ids) <= 5 else f"{shown}, … ({len(event_ids)} in all)"


def _check_heads(session: Session, report: ChainReport, chains: dict[int, _Chain]) -> None:
    heads = {head.id: head for head in session.execute(select(AuditChainHead)).scalars()}
    for chain_id in sorted(set(heads) | set(chains) | {HOSPITAL_CHAIN}):
        head = heads.get(chain_id)
        last = chains[chain_id].last if chain_id in chains else None
        if head is None:
            missing = "the audit chain head is missing"
            if chain_id != HOSPITAL_CHAIN:
                missing = f"audit chain {chain_id} has events but no head"
            report.problem(last.id if last else None, missing)
        elif (head.last_event_id, head.last_hash) != (
            (last.id, last.hash) if last else (None, GENESIS_HASH)
        ):
            report.problem(
                head.last_event_id,
                f"the trail ends at event {last.id if last else 'none'} but its head names "
                f"event {head.last_event_id}: events were deleted from the end",
            )


def _events_in_order(session: Session) -> Iterator[AuditEvent]:
    result = session.execute(
        select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=2000)
    )
    for event in result.scalars():
        yield event
        session.expunge(event)

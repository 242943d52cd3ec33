"""One unit of work: the write lock and the role check first, then audit events,
change-log rows, a PostgreSQL notification and COMMIT — all or nothing — and a
checkpoint of the audit trail outside the database.

Every service that writes does so inside `unit_of_work`, so none can forget a step."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from rounds_app.audit_files import append_checkpoint
from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase, RoundsError
from rounds_app.feed import VIEW_FIELDS, ChangeView, news_of
from rounds_app.services.actor import Actor, require
from rounds_app.services.audit import append_event, lock_chain_heads, sealing_key
from rounds_app.storage.database import WRITE_OPTION
from rounds_app.storage.models import ChangeLogEntry
from rounds_app.storage.models.audit import chain_of
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)

# PostgreSQL notification channels: every change wakes the followers of everything; a
# ward's changes wake that ward's followers, and a change of no ward (an account, an
# import) wakes every ward's — so a hospital's workstations do not all wake at each save
CHANGE_CHANNEL = "rounds_changes"
HOSPITAL_CHANNEL = "rounds_changes_hospital"


# Rounds databases kept in different schemas of one PostgreSQL database share its
# notification channels, so each channel's name ends with a tag of the schema: the news
# of one database never reaches the followers of another
SCHEMA_TAG_SQL = "'_' || left(md5(current_schema()), 12)"


def ward_channel(ward_id: int) -> str:
    return f"rounds_changes_ward_{int(ward_id)}"


def channels_of(ward_ids: Iterable[int | None]) -> set[str]:
    """The channels a unit's changes on `ward_ids` notify."""
    return {CHANGE_CHANNEL} | {
        HOSPITAL_CHANNEL if ward is None else ward_channel(ward) for ward in ward_ids
    }


class OnAWard(Protocol):
    """An admission, as far as a change needs it: which one, on which ward."""

    @property
    def id(self) -> int: ...

    @property
    def ward_id(self) -> int: ...


@dataclass(frozen=True)
class Change:
    """What a unit of work did, by ids and field names only (never patient text); a
    refused sign-in's `fields` hold the username as typed instead."""

    action: str
    entity: Entity
    entity_id: int | None
    fields: Sequence[str] = field(default_factory=tuple)
    ward_id: int | None = None
    admission_id: int | None = None
    # False for what changes no data a screen shows (signing in, exporting, printing):
    # audited, but kept out of the change log so no workstation reloads for it
    feeds: bool = True

    @classmethod
    def about(
        cls,
        admission: OnAWard | None,
        action: str,
        entity: Entity,
        entity_id: int | None,
        fields: Sequence[str] = (),
    ) -> Change:
        """A change to something of one admission, followed by its ward's screens (None:
        the patient is not in hospital now, so no ward shows it)."""
        return cls(
            action,
            entity,
            entity_id,
            tuple(fields),
            admission.ward_id if admission is not None else None,
            admission.id if admission is not None else None,
        )


class Work:
    """What one unit of work has done so far, recorded as it goes and committed
    together when the unit ends, audited as done by `actor`."""

    def __init__(self, actor: Actor) -> None:
        # who the unit acts for; signing in learns it inside the unit
        self.actor = actor
        self.changes: list[Change] = []
        self.change_id = 0  # the last change-log id, once committed

    def record(self, *changes: Change) -> None:
        self.changes.extend(changes)


@contextmanager
def unit_of_work(
    session: Session, actor: Actor, permission: Permission | None, doing: Phrase
) -> Iterator[Work]:
    """The frame of every service that writes. Checks the role (None: a write no role
    guards, such as signing in) before anything is read, then holds the write lock
    (SQLite; PostgreSQL locks rows as they are read for update), so the checks inside
    see what the write will. Leaving the block commits what it recorded with its audit
    events and change-log rows; an exception rolls everything back, as does a block
    that recorded nothing (nothing is ever written unaudited)."""
    if permission is not None:
        require(actor, permission, doing)
    hold_write_lock(session)
    work = Work(actor)
    try:
        yield work
        if work.changes:
            work.change_id = _commit(session, work.actor, *work.changes)
        else:
            session.rollback()
    except BaseException as error:
        session.rollback()
        # a refusal the user is told about is routine; anything else is worth a look
        level = logging.INFO if isinstance(error, RoundsError) else logging.WARNING
        log.log(
            level,
            "rolled back: %s by user %s (%s)%s",
            doing,
            _who(work.actor),
            type(error).__name__,
            "".join(f" {c.action} {c.entity}#{c.entity_id}" for c in work.changes),
        )
        raise


def hold_write_lock(session: Session) -> None:
    """See unit_of_work; for a step that reads under the lock before its units begin
    (the first account of an empty database)."""
    if session.get_bind().dialect.name != "sqlite":
        return
    connection = session.connection() if session.in_transaction() else None
    if connection is not None and connection.get_execution_options().get(WRITE_OPTION):
        return
    if connection is not None:
        # a read-only transaction begun earlier in this session; end it to re-begin
        # as a writer
        session.commit()
    session.connection(execution_options={WRITE_OPTION: True})


def _commit(session: Session, actor: Actor, *changes: Change) -> int:
    """Records `changes` in the audit trail and the change log and commits: each in
    its ward's chain (the hospital's for a change of no ward), under that chain's head
    lock only. Returns the last change-log id. On any failure the whole unit is rolled
    back."""
    try:
        session.flush()
        now = utc_now()
        locked = lock_chain_heads(session, (chain_of(c.ward_id) for c in changes))
        key = b""
        for chain in locked.values():
            key = sealing_key(session, chain, now)
        heads = {chain: found.head for chain, found in locked.items()}
        entries = []
        for change in changes:
            head = heads[chain_of(change.ward_id)]
            append_event(
                session,
                head,
                key=key,
                at=now,
                user_id=actor.user_id,
                actor=actor.username,
                action=change.action,
                entity=change.entity,
                entity_id=change.entity_id,
                fields=",".join(change.fields),
            )
            if not change.feeds:
                continue
            # numbered under the chain's head lock rather than by a sequence: a rolled
            # back unit then leaves no gap, so a follower can tell "nothing missed"
            head.last_change_seq += 1
            entries.append(
                ChangeLogEntry(
                    chain=head.id,
                    seq=head.last_change_seq,
                    at=now,
                    entity=change.entity,
                    entity_id=change.entity_id,
                    ward_id=change.ward_id,
                    admission_id=change.admission_id,
                )
            )
        session.add_all(entries)
        session.flush()
        last_change_id = entries[-1].id if entries else latest_change_id(session)
        if session.get_bind().dialect.name == "postgresql" and entries:
            _notify(session, entries)
        sealed = [(head.last_event_id, head.last_hash) for head in heads.values()]
        session.commit()
    except BaseException:
        session.rollback()
        raise
    for event_id, event_hash in sealed:
        _checkpoint(session, key, event_id, event_hash)
    log.info(
        "committed %s by user %s (change %s)",
        ", ".join(f"{c.action} {c.entity}#{c.entity_id}" for c in changes),
        _who(actor),
        last_change_id,
    )
    return last_change_id


def _notify(session: Session, entries: Sequence[ChangeLogEntry]) -> None:
    """Tells the followers of every channel `entries` concern what they are (see
    rounds_app.feed): delivered at COMMIT, so none hears of a change before it can
    read it. One statement for every channel, as the chain's lock is held until then."""
    news = news_of([ChangeView(*(getattr(e, name) for name in VIEW_FIELDS)) for e in entries])
    channels = sorted(channels_of(entry.ward_id for entry in entries))
    notify = ", ".join(
        f"pg_notify(:channel{n} || {SCHEMA_TAG_SQL}, :news)" for n in range(len(channels))
    )
    session.execute(
        text(f"SELECT {notify}"),
        {"news": news} | {f"channel{n}": channel for n, channel in enumerate(channels)},
    )


def _who(actor: Actor) -> int | str:
    """The user's id; a command-line tool's name (system:<tool>, never a person's)."""
    return actor.user_id if actor.user_id is not None else actor.username


def _checkpoint(session: Session, key: bytes, event_id: int | None, event_hash: str) -> None:
    """After COMMIT: a checkpoint naming an event that was rolled back would read as a
    trail cut short. A checkpoint that cannot be written leaves the save standing."""
    if event_id is None:
        return
    try:
        append_checkpoint(session.get_bind().engine.url, key, event_id, event_hash)
    except OSError as error:
        log.warning(
            "audit checkpoint for event %s not written: %s %s",
            event_id,
            type(error).__name__,
            error.errno,
        )


def latest_change_id(session: Session) -> int:
    return (
        session.execute(
            select(ChangeLogEntry.id).order_by(ChangeLogEntry.id.desc()).limit(1)
        ).scalar()
        or 0
    )

"""What a follower knows of the change log: the changes it has read, how far it has read
in each chain, and the news a PostgreSQL notification carries.

A notification names the change-log rows its unit of work committed. A follower whose
position is just before them takes them from the notification and reads nothing; one
that finds a gap (a notification missed while its LISTEN connection was down, a unit too
large to describe) reads the change log instead. Within a chain, numbers are given under
the chain's lock, held until COMMIT, and PostgreSQL delivers notifications in commit
order, so "the next number" proves nothing was missed."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import astuple, dataclass, fields
from datetime import datetime

from rounds_app.storage.models.audit import HOSPITAL_CHAIN, chain_of

# PostgreSQL refuses a payload of 8000 bytes or more; a larger unit (an import) says
# only that there is something to read
PAYLOAD_LIMIT = 7900


@dataclass(frozen=True)
class ChangeView:
    id: int
    chain: int
    seq: int
    at: datetime
    entity: str
    entity_id: int | None
    ward_id: int | None  # None: anything may have changed (an import)
    admission_id: int | None


# the change-log columns a view carries, in its order
VIEW_FIELDS = tuple(field.name for field in fields(ChangeView))


@dataclass(frozen=True)
class FeedPosition:
    """How far a follower has read: the last change number seen in each chain. A chain
    not named (a ward opened since) is read from its start."""

    seen: tuple[tuple[int, int], ...] = ()

    def after(self, changes: Sequence[ChangeView]) -> FeedPosition:
        """The position once `changes` are read."""
        seen = dict(self.seen)
        for change in changes:
            seen[change.chain] = max(seen.get(change.chain, 0), change.seq)
        return FeedPosition(tuple(sorted(seen.items())))

    def reached(self, target: FeedPosition) -> bool:
        """Whether everything up to `target` has been read."""
        seen = dict(self.seen)
        return all(seen.get(chain, 0) >= seq for chain, seq in target.seen)


def news_of(changes: Sequence[ChangeView]) -> str:
    """The payload that tells followers of `changes`: the rows as JSON, or "" when
    they do not fit (the followers then read the change log)."""
    rows = [astuple(change) for change in changes]
    payload = json.dumps(rows, separators=(",", ":"), default=datetime.isoformat)
    return payload if len(payload.encode("utf-8")) < PAYLOAD_LIMIT else ""


def changes_told(
    payloads: Sequence[str], position: FeedPosition, ward_id: int | None
) -> list[ChangeView] | None:
    """The changes beyond `position` that the notifications' `payloads` (in the order
    delivered) tell a follower of `ward_id` (None: of everything), oldest first; None
    when they leave a gap or there are none, so the follower must read the change log."""
    if not payloads:
        return None
    seen = dict(position.seen)
    followed = None if ward_id is None else {HOSPITAL_CHAIN, chain_of(ward_id)}
    told: list[ChangeView] = []
    for payload in payloads:
        changes = _decoded(payload)
        if changes is None:
            return None
        for change in changes:
            if followed is not None and change.chain not in followed:
                continue  # another ward's, committed in the same unit
            last = seen.get(change.chain, 0)
            if change.seq <= last:
                continue  # read already
            if change.seq != last + 1:
                return None
            seen[change.chain] = change.seq
            told.append(change)
    return told


def _decoded(payload: str) -> list[ChangeView] | None:
    try:
        rows = json.loads(payload)
        return [
            ChangeView(id_, chain, seq, datetime.fromisoformat(at), *rest)
            for id_, chain, seq, at, *rest in rows
        ]
    except (ValueError, TypeError):
        return None  # "" (a large unit), or from a Rounds that sent something else

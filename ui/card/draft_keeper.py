"""Unsaved field text on its way to the local DraftStore.

A plain Python object (not a widget) so it can still write the last words after the
card's widgets are gone: the card connects its `destroyed` signal to `flush`."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from rounds_app.domain.enums import CardField, Voice
from rounds_app.drafts import DraftStore
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)


def draft_key(admission_id: int, card_field: CardField) -> str:
    return f"card:{admission_id}:{card_field.value}"


@dataclass(frozen=True)
class Recovered:
    text: str
    voice: Voice
    version: int  # what the text was based on: saving it checks that version
    saved_at: datetime


def recover(store: DraftStore, key: str) -> Recovered | None:
    """The draft left under `key`, if there is a readable one."""
    draft = store.load(key)
    if draft is None:
        return None
    try:
        data = draft.data
        return Recovered(
            str(data["text"]), Voice(data["voice"]), int(data["version"]), draft.saved_at
        )
    except (KeyError, ValueError, TypeError):
        log.warning("skipped a malformed draft %s", key)
        return None


@dataclass
class _Open:
    store: DraftStore  # taken when editing began, so a flush after sign-out still works
    data: dict[str, Any] = field(default_factory=dict)
    dirty: bool = False


class DraftKeeper:
    def __init__(self) -> None:
        self._open: dict[str, _Open] = {}

    def open(self, key: str, store: DraftStore, data: dict[str, Any]) -> None:
        """Starts following a field being edited; nothing is written until it changes."""
        self._open[key] = _Open(store, dict(data))

    def update(self, key: str, **changes: Any) -> None:
        entry = self._open.get(key)
        if entry is not None:
            entry.data.update(changes)
            entry.dirty = True

    def flush(self) -> None:
        """Writes every changed draft; a disk that refuses is logged, not raised, as
        this also runs while widgets are being destroyed."""
        for key, entry in self._open.items():
            if not entry.dirty:
                continue
            try:
                entry.store.save(key, entry.data)
                entry.dirty = False
            except OSError:
                log.warning("could not keep the draft %s on this computer", key)

    def discard(self, key: str) -> None:
        """The text was saved or explicitly cancelled: forget it everywhere."""
        entry = self._open.pop(key, None)
        if entry is not None:
            try:
                entry.store.discard(key)
            except OSError:
                log.warning("could not remove the draft %s", key)

    def let_go(self) -> None:
        """Stops following every field, keeping what was written (to offer it later)."""
        self.flush()
        self._open.clear()

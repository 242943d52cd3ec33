"""Undo and redo of unsaved edits on the card: one QUndoStack for the whole card,
with a command per typing run (merged by `id`/`mergeWith`) and per voice change.

Commands change the editors through a `Target` (the card view), which also keeps the
draft in step, so undoing a word is never lost either."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from rounds_app.domain.enums import CardField, Voice
from ui.card.field_labels import field_label
from ui.common.widgets import fill_placeholders
from ui.common.words import Words

_TEXT_ID = 0x524E  # any constant: text commands of one field merge among themselves


class Target(Protocol):
    def restore_text(self, field: CardField, text: str, cursor: int) -> None: ...

    def restore_voice(self, field: CardField, voice: Voice) -> None: ...


@dataclass(frozen=True)
class Change:
    """The one region that differs between two texts."""

    start: int
    removed: str
    added: str

    @classmethod
    def between(cls, before: str, after: str) -> Change:
        start = 0
        limit = min(len(before), len(after))
        while start < limit and before[start] == after[start]:
            start += 1
        end = 0
        while end < limit - start and before[-1 - end] == after[-1 - end]:
            end += 1
        return cls(start, before[start : len(before) - end], after[start : len(after) - end])

    @property
    def inserts(self) -> bool:
        return bool(self.added) and not self.removed

    @property
    def deletes(self) -> bool:
        return bool(self.removed) and not self.added


class TextCommand(QUndoCommand):
    def __init__(
        self, target: Target, field: CardField, before: str, after: str, *, replayed: bool = False
    ) -> None:
        super().__init__(fill_placeholders(CardUndo.tr("typing in %1"), field_label(field)))
        self.target, self.field, self.before, self.after = target, field, before, after
        self.last = Change.between(before, after)
        self.replayed = replayed  # a rebuilt stack must not glue old runs to new typing
        self._applied = True  # the editor already shows `after` when it is pushed

    def id(self) -> int:
        return _TEXT_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TextCommand) or other.field != self.field or self.replayed:
            return False
        previous, change = self.last, other.last
        if previous.deletes and change.deletes:
            merged = _deletes_on(previous, change)
        elif previous.inserts and change.inserts:
            merged = _types_on(previous, change, other.before)
        else:
            merged = False
        if merged:
            self.after, self.last = other.after, other.last
        return merged

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        change = Change.between(self.before, self.after)
        self.target.restore_text(self.field, self.after, change.start + len(change.added))

    def undo(self) -> None:
        change = Change.between(self.after, self.before)
        self.target.restore_text(self.field, self.before, change.start + len(change.added))

    def replay(self) -> TextCommand:
        return TextCommand(self.target, self.field, self.before, self.after, replayed=True)


def _types_on(previous: Change, change: Change, text_before: str) -> bool:
    """Typing on: right where the last keystroke ended, on one line, and not the first
    letter of a new word (so undo takes back a word at a time)."""
    starts_word = (
        change.start > 0
        and text_before[change.start - 1].isspace()
        and not change.added[0].isspace()
    )
    at_end = change.start == previous.start + len(previous.added)
    return at_end and "\n" not in change.added and not starts_word


def _deletes_on(previous: Change, change: Change) -> bool:
    """Backspace (the region moves left) or Delete (it stays put), one after another."""
    return change.start + len(change.removed) == previous.start or change.start == previous.start


class VoiceCommand(QUndoCommand):
    def __init__(self, target: Target, field: CardField, before: Voice, after: Voice) -> None:
        super().__init__(fill_placeholders(CardUndo.tr("voice of %1"), field_label(field)))
        self.target, self.field, self.before, self.after = target, field, before, after
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.target.restore_voice(self.field, self.after)

    def undo(self) -> None:
        self.target.restore_voice(self.field, self.before)

    def replay(self) -> VoiceCommand:
        return VoiceCommand(self.target, self.field, self.before, self.after)


def forget_field(stack: QUndoStack, field: CardField) -> None:
    """Drops one field's commands (it was saved or cancelled) and keeps the others'.

    QUndoStack cannot remove a command from the middle, so the others are pushed again
    in order as already-applied copies, then the ones that were undone are undone
    again; each field's editor ends where it was."""
    commands = [stack.command(i) for i in range(stack.count())]
    kept = [(i, c) for i, c in enumerate(commands) if c.field != field]  # type: ignore[attr-defined]
    index = sum(1 for i, _ in kept if i < stack.index())
    copies = [c.replay() for _, c in kept]  # type: ignore[attr-defined]
    stack.clear()
    for copy in copies:
        stack.push(copy)
    stack.setIndex(index)


class CardUndo(Words):
    """The translators' context of these words."""

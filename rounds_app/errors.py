"""Errors the services raise. Each carries one line a person can act on; none carries a
traceback to the user."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any


class RoundsError(Exception):
    """Base of every expected failure; `str()` is the one-line message, in English.

    A message that names values is raised as a fixed template with %1, %2 … and the
    values, so that the screens can show it in the user's language: they translate
    `template` (pyside6-lupdate finds every template through
    packaging/core_words.py) and fill in `values` as `str()` does. A value that is the
    core's own words rather than the user's data is a `Phrase`, translated too; one that
    counts or measures something is a `Quantity`, written the language's way; whole
    sentences of the core's filled in are `Wording`, translated in turn."""

    def __init__(self, template: str = "", *values: object) -> None:
        self.template = template
        self.values = kept_values(values)
        super().__init__(fill(template, self.values) if self.values else template)


class Phrase(str):
    """English words of the core's own filled into an error's template — what a refused
    user tried to do, the kind of record that was not found, the name of a field — as
    opposed to the user's data (names, beds, numbers), which is shown as it is. The
    screens translate a Phrase in its `context` before filling it in.
    packaging/core_words.py declares every `Phrase("…")` written with literal text; a
    Phrase of words declared elsewhere names the context they are translated in
    (`Phrase(CARD_FIELD_LABELS[field], "CardField")`)."""

    context: str

    def __new__(cls, text: str, context: str = "ServiceErrors") -> Phrase:
        phrase = super().__new__(cls, text)
        phrase.context = context
        return phrase


class Quantity(int):
    """A number filled into a template that counts or measures something (a text's
    length, a limit). `str()` writes it as the command line always has, with English
    grouping ("4,001"); the screens write it as their language does ("4.001" in
    German). An id, a version or a byte's position is not a Quantity: it is written as
    it is, without grouping."""

    def __str__(self) -> str:
        return f"{self:,}"


class Wording:
    """The core's own words with values of their own, filled into a template as one
    value (rounds_app.domain.sentences: a Sentence, or sentences one under another);
    `str()` is the English and the screens translate it in turn."""

    __slots__ = ()


Value = str | Quantity | Wording


def kept_values(values: tuple[object, ...]) -> tuple[Value, ...]:
    """The values of a template as the screens need them: a Phrase, a Quantity or a
    Wording kept as one, anything else as its text."""
    return tuple(
        value if isinstance(value, Phrase | Quantity | Wording) else str(value) for value in values
    )


def fill(template: str, values: Sequence[object]) -> str:
    """`template` with %1 … %9 replaced by `values`, in one pass (a value holding "%2"
    stays as it is)."""
    return re.sub(r"%([1-9])", lambda m: str(values[int(m.group(1)) - 1]), template)


class ValidationError(RoundsError):
    """The input is wrong; nothing was changed."""


class PermissionDenied(RoundsError):
    """The acting user's role does not allow this; nothing was changed."""


class NotFound(RoundsError):
    """The record asked for does not exist."""


class ImportRefused(RoundsError):
    """An import file was refused as a whole; the database is unchanged."""


class DatabaseUnavailable(RoundsError):
    """The database cannot be reached (server down, network gone, file locked too
    long). Nothing was written; the action can be tried again."""


class AuthenticationFailed(RoundsError):
    """A sign-in refused: a wrong username or password (never says which), or one tried
    again too soon after failures."""


@dataclass(frozen=True)
class Version:
    """One side of a conflict: what a record held, at which version, by whom."""

    version: int
    values: dict[str, Any]
    edited_by: str | None
    edited_at: Any


class ConflictError(RoundsError):
    """A save was based on an older version than the one stored.

    Carries both sides so the user can keep one, the other, or merge them; nothing is
    overwritten."""

    # a template of its own, not a literal in a call, so packaging/core_words.py names it
    MESSAGE = "%1 %2 was changed by %3 (version %4) after you opened version %5."

    def __init__(self, entity: Phrase, entity_id: int, mine: Version, theirs: Version):
        self.entity = entity
        self.entity_id = entity_id
        self.mine = mine
        self.theirs = theirs
        super().__init__(
            self.MESSAGE,
            entity,
            entity_id,
            theirs.edited_by or Phrase("someone else"),
            theirs.version,
            mine.version,
        )

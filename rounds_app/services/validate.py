"""Input checks that end in one clear sentence. Text is trimmed of surrounding space and
checked against its field's rule (rounds_app.domain.fields; the limits are listed in the
README)."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from rounds_app.domain.fields import HOLDS_CONTROL, HOLDS_LINE_BREAK, TextRule
from rounds_app.errors import ValidationError

E = TypeVar("E", bound=StrEnum)

_HINTS = {
    HOLDS_CONTROL: "; remove it and save again",
    HOLDS_LINE_BREAK: "; put it on one line",
}


def text(
    rule: TextRule, value: str | None, *, label: str | None = None, required: bool | None = None
) -> str:
    """The trimmed value, or ValidationError naming the field (`label` when the screen
    calls it something more precise than the rule does, such as a card field's name).
    `required` overrides the rule where one action needs what the column may lack."""
    given = value or ""
    problem = rule.problem(given, required=required)
    if problem is not None:
        raise ValidationError("%1 %2%3.", label or rule.label, problem, _HINTS.get(problem, ""))
    return given.strip()


# what a phone number may hold: digits and the marks people write between them
_PHONE = re.compile(r"[0-9 +()\-]*")


def phone(rule: TextRule, value: str | None) -> str:
    """A phone number: the text rule, then digits, spaces, +, (, ) and - only."""
    number = text(rule, value)
    if number and (not _PHONE.fullmatch(number) or not any(c.isdigit() for c in number)):
        raise ValidationError("%1 may hold only digits, spaces, +, (, ) and -.", rule.label)
    return number


def choice(label: str, value: str | E, enum: type[E]) -> E:
    try:
        return enum(value)
    except ValueError:
        options = ", ".join(m.value for m in enum)
        raise ValidationError("%1 '%2' is not one of: %3.", label, value, options) from None


def not_before(
    label: str, later: datetime | date, earlier_label: str, earlier: datetime | date
) -> None:
    if later < earlier:
        raise ValidationError("%1 is before %2.", label, earlier_label)

"""Input checks that end in one clear sentence. Text is trimmed of surrounding space and
checked against its field's rule (rounds_app.domain.fields; the limits are listed in the
README)."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from rounds_app.domain.fields import Fault, TextRule
from rounds_app.errors import Phrase, Quantity, ValidationError

E = TypeVar("E", bound=StrEnum)


def text(
    rule: TextRule, value: str | None, *, label: Phrase | None = None, required: bool | None = None
) -> str:
    """The trimmed value, or ValidationError naming the field (`label` when the screen
    calls it something more precise than the rule does, such as a card field's name)
    in a whole sentence for each fault, so that a translation can word it freely.
    `required` overrides the rule where one action needs what the column may lack."""
    given = value or ""
    field = label or rule.label
    match rule.fault(given, required=required):
        case None:
            return given.strip()
        case Fault.CONTROL:
            raise ValidationError(
                "%1 contains a control character; remove it and save again.", field
            )
        case Fault.LINE_BREAK:
            raise ValidationError(
                "%1 must be one line but holds a line break; put it on one line.", field
            )
        case Fault.EMPTY:
            raise ValidationError("%1 is empty.", field)
        case Fault.TOO_LONG:
            length = len(given.strip())
            raise ValidationError(
                "%1 is %2 characters long; the limit is %3.",
                field,
                Quantity(length),
                Quantity(rule.limit),
            )
        case Fault.NOT_A_CHOICE:
            raise ValidationError("%1 must be one of: %2.", field, ", ".join(rule.choices))
        case Fault.PATTERN:
            raise ValidationError("%1 %2.", field, rule.pattern_says)


# what a phone number may hold: digits and the marks people write between them
_PHONE = re.compile(r"[0-9 +()\-]*")


def phone(rule: TextRule, value: str | None) -> str:
    """A phone number: the text rule, then digits, spaces, +, (, ) and - only."""
    number = text(rule, value)
    if number and (not _PHONE.fullmatch(number) or not any(c.isdigit() for c in number)):
        raise ValidationError("%1 may hold only digits, spaces, +, (, ) and -.", rule.label)
    return number


def choice(label: Phrase, value: str | E, enum: type[E]) -> E:
    try:
        return enum(value)
    except ValueError:
        options = ", ".join(m.value for m in enum)
        raise ValidationError("%1 '%2' is not one of: %3.", label, value, options) from None


def not_before(
    label: Phrase, later: datetime | date, earlier_label: Phrase, earlier: datetime | date
) -> None:
    if later < earlier:
        raise ValidationError("%1 is before %2.", label, earlier_label)

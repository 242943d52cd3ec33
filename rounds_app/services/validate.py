"""Input checks that end in one clear sentence. Text is trimmed of surrounding space;
limits are in characters (rounds_app.domain.limits, listed in the README)."""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from rounds_app.errors import ValidationError

E = TypeVar("E", bound=StrEnum)


# control characters a keyboard does not type; NUL cannot even be stored by PostgreSQL
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def text(label: str, value: str | None, limit: int, *, required: bool = True) -> str:
    cleaned = (value or "").strip()
    if _CONTROL.search(cleaned):
        raise ValidationError(f"{label} contains a control character; remove it and save again.")
    if required and not cleaned:
        raise ValidationError(f"{label} is empty.")
    if len(cleaned) > limit:
        raise ValidationError(
            f"{label} is {len(cleaned):,} characters long; the limit is {limit:,}."
        )
    return cleaned


def choice(label: str, value: str | E, enum: type[E]) -> E:
    try:
        return enum(value)
    except ValueError:
        options = ", ".join(m.value for m in enum)
        raise ValidationError(f"{label} '{value}' is not one of: {options}.") from None


def not_before(
    label: str, later: datetime | date, earlier_label: str, earlier: datetime | date
) -> None:
    if later < earlier:
        raise ValidationError(f"{label} is before {earlier_label}.")

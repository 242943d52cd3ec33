"""What a row of the permission matrix says of one service function, and what the
area modules share to say it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum
from typing import Any

from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.roles import Permission
from rounds_app.services.actor import Actor
from tests.storage.matrix_ward import MatrixWard

Call = Callable[[Session, Actor, MatrixWard, bool], Any]

VIEW = frozenset({Permission.VIEW})
SENSITIVE = frozenset({Permission.VIEW_SENSITIVE})


class Shows(Enum):
    """What a call that succeeds shows of the sensitive target's entries' text."""

    NO_ENTRIES = "none: it returns no entries"
    TO_ROLE = "to roles with view_sensitive, and to no other"
    TO_NOBODY = "to nobody: the ward-room screen, the patient, documents sent out"


@dataclass(frozen=True)
class Row:
    needs: frozenset[Permission]
    call: Call
    # needed besides, when the call is aimed at the sensitive target
    sensitive_needs: frozenset[Permission] = frozenset()
    shows: Shows = Shows.NO_ENTRIES
    # the text of what the call returns, searched for sensitive entries
    text: Callable[[Any], str] = repr


def needs(*permissions: Permission) -> frozenset[Permission]:
    return frozenset(permissions)


def today() -> date:
    return utc_now().date()


def last_week() -> tuple[date, date]:
    end = today()
    return end - timedelta(days=7), end

"""Who is acting, and the one place roles are checked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import assert_never

from rounds_app.domain.enums import Discipline, Role
from rounds_app.domain.roles import Permission, allowed
from rounds_app.errors import PermissionDenied, Phrase


@dataclass(frozen=True)
class Actor:
    """The signed-in user (or a command-line tool acting for the machine's owner)."""

    user_id: int | None
    username: str
    display_name: str
    role: Role
    discipline: Discipline | None

    @classmethod
    def system(cls, tool: str) -> Actor:
        """Whoever can run the command line on this database's files administers it."""
        return cls(None, f"system:{tool}", f"Rounds {tool}", Role.ADMIN, None)


def require(actor: Actor, permission: Permission, doing: Phrase) -> None:
    """Raises PermissionDenied naming the role and what it tried: "A ward display
    account cannot edit narrative cards.". Each role has its whole sentence, so that a
    translation can word the role as its language needs."""
    if allowed(actor.role, permission):
        return
    match actor.role:
        case Role.ADMIN:
            raise PermissionDenied("An administrator account cannot %1.", doing)
        case Role.CHARGE_NURSE:
            raise PermissionDenied("A charge nurse account cannot %1.", doing)
        case Role.CLINICIAN:
            raise PermissionDenied("A clinician account cannot %1.", doing)
        case Role.WARD_DISPLAY:
            raise PermissionDenied("A ward display account cannot %1.", doing)
        case _:
            assert_never(actor.role)


def require_person(actor: Actor, doing: Phrase) -> int:
    """Entries are signed by a person; a command-line tool cannot author them."""
    if actor.user_id is None:
        raise PermissionDenied("Only a signed-in user can %1.", doing)
    return actor.user_id

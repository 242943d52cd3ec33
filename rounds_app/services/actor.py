"""Who is acting, and the one place roles are checked."""

from __future__ import annotations

from dataclasses import dataclass

from rounds_app.domain.enums import Discipline, Role
from rounds_app.domain.roles import Permission, allowed
from rounds_app.errors import PermissionDenied

ROLE_LABELS = {
    Role.ADMIN: "administrator",
    Role.CHARGE_NURSE: "charge nurse",
    Role.CLINICIAN: "clinician",
    Role.WARD_DISPLAY: "ward display",
}


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


def require(actor: Actor, permission: Permission, doing: str) -> None:
    """Raises PermissionDenied naming the role and what it tried: "A ward display
    account cannot edit narrative cards."."""
    if not allowed(actor.role, permission):
        article = "An" if ROLE_LABELS[actor.role][0] in "aeiou" else "A"
        raise PermissionDenied("%1 %2 account cannot %3.", article, ROLE_LABELS[actor.role], doing)


def require_person(actor: Actor, doing: str) -> int:
    """Entries are signed by a person; a command-line tool cannot author them."""
    if actor.user_id is None:
        raise PermissionDenied("Only a signed-in user can %1.", doing)
    return actor.user_id

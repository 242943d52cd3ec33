"""Accounts: create, sign in, change password, list. Passwords are argon2id hashes."""

from __future__ import annotations

import functools
import os
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.domain import clock, fields, limits
from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import Discipline, Role
from rounds_app.domain.roles import Permission
from rounds_app.errors import (
    AuthenticationFailed,
    NotFound,
    PermissionDenied,
    Phrase,
    Quantity,
    ValidationError,
)
from rounds_app.services import sign_in_throttle, validate
from rounds_app.services.actor import Actor, require
from rounds_app.services.unit import Change, Work, hold_write_lock, unit_of_work
from rounds_app.storage.models import User


def _make_hasher() -> PasswordHasher:
    """argon2id with the library's recommended costs (RFC 9106 low-memory). Test runs
    may ask for the cheapest profile: hashes carry their own parameters, so either kind
    verifies anywhere."""
    if os.environ.get("ROUNDS_PASSWORD_HASH_PROFILE") == "cheapest-for-tests":
        return PasswordHasher.from_parameters(profiles.CHEAPEST)
    return PasswordHasher.from_parameters(profiles.RFC_9106_LOW_MEMORY)


_hasher = _make_hasher()
# The password of an account brought in without its hash (an export made without
# accounts): no argon2 hash looks like this, so no password matches it until an
# administrator sets one (`rounds-app users passwd NAME`).
NO_PASSWORD = "!no-password"
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
# whom a refused sign-in is recorded as: nobody is signed in (no username has a colon)
_AT_SIGN_IN = Actor(None, "sign-in:anonymous", "Someone signing in", Role.WARD_DISPLAY, None)
_NOT_RIGHT = "The username or password is not right."


@functools.cache
def _dummy_hash() -> str:
    """The hash an unknown or disabled name is checked against: a random secret's, made
    with the costs of real ones, so the answer takes as long as for a real account."""
    return _hasher.hash(secrets.token_urlsafe(32))


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    discipline: Discipline
    role: Role
    active: bool
    # set while the account is under the time lock after failed sign-ins
    locked_until: datetime | None = None


def _views(session: Session, accounts: Iterable[User]) -> list[UserView]:
    accounts = list(accounts)
    locks = sign_in_throttle.locked_until(
        session, (user.username for user in accounts), clock.utc_now()
    )
    return [
        UserView(
            user.id,
            user.username,
            user.display_name,
            user.discipline,
            user.role,
            user.active,
            locks.get(user.username),
        )
        for user in accounts
    ]


def _view(session: Session, user: User) -> UserView:
    return _views(session, [user])[0]


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role, user.discipline)


def hash_password(value: str) -> str:
    """Checks a new password's length and returns its argon2id hash."""
    if len(value) < limits.PASSWORD_MIN:
        raise ValidationError(
            "The password is shorter than %1 characters.", Quantity(limits.PASSWORD_MIN)
        )
    if len(value) > limits.PASSWORD_MAX:
        raise ValidationError(
            "The password is longer than %1 characters.", Quantity(limits.PASSWORD_MAX)
        )
    return _hasher.hash(value)


def count_users(session: Session) -> int:
    return session.execute(select(func.count(User.id))).scalar_one()


def username_problem(username: str) -> str | None:
    """Why a new account cannot have this (non-empty) username, or None; the form
    asks before it writes, so it can report it with the other mistakes at once."""
    if not _USERNAME.match(username.strip().lower()):
        return "A username uses only letters a–z, digits, dot, dash and underscore."
    return None


def create_user(
    session: Session,
    actor: Actor,
    *,
    username: str,
    display_name: str,
    discipline: Discipline | str,
    role: Role | str,
    password: str,
) -> UserView:
    with unit_of_work(
        session, actor, Permission.MANAGE_USERS, Phrase("manage user accounts")
    ) as work:
        name = validate.text(fields.USERNAME, username).lower()
        problem = username_problem(name)
        if problem:
            raise ValidationError(problem)
        if session.execute(select(User.id).where(User.username == name)).first():
            raise ValidationError("The username '%1' is taken.", name)
        user = User(
            username=name,
            display_name=validate.text(fields.DISPLAY_NAME, display_name),
            discipline=validate.choice(Phrase("Discipline"), discipline, Discipline),
            role=validate.choice(Phrase("Role"), role, Role),
            password_hash=hash_password(password),
            active=True,
            created_at=clock.utc_now(),
        )
        session.add(user)
        session.flush()
        work.record(Change("user.create", Entity.USER, user.id, ("username", "role")))
        return _view(session, user)


def authenticate(session: Session, username: str, password: str) -> Actor:
    """Signs a user in. An unknown or disabled name gets the answer a wrong password
    gets, after as long, and the same waits (rounds_app.domain.sign_in_policy): nothing
    tells which names exist. Every refusal is audited with the name as typed; the
    password never is."""
    # the sign-in is audited whatever its outcome: a refusal (and the failure it
    # counts) is committed before it is raised
    with unit_of_work(session, _AT_SIGN_IN, None, Phrase("sign in")) as work:
        refusal = _sign_in(session, work, username, password)
    if refusal is not None:
        raise AuthenticationFailed(refusal)
    return work.actor


def _sign_in(session: Session, work: Work, username: str, password: str) -> str | None:
    """Records the sign-in and makes the unit act as the user; or records the refusal
    and returns what to tell the person."""
    name = username.strip().lower()
    now = clock.utc_now()
    user = session.execute(select(User).where(User.username == name)).scalar_one_or_none()
    wait = sign_in_throttle.waiting(session, name, now)
    if wait is not None:
        # refused unchecked: checking the password now would make the wait pointless
        work.record(_refusal(user, username, "user.sign_in_throttled"))
        return wait
    # an unknown or disabled name is checked against a dummy hash, just as slow; made
    # at the first sign-in whatever the name, so that one is not slower for strangers
    dummy_hash = _dummy_hash()
    stored_hash = user.password_hash if user is not None and user.active else dummy_hash
    matches = _password_matches(stored_hash, password)
    if user is None or not user.active or not matches:
        wait = sign_in_throttle.count_failure(session, name, now)
        work.record(_refusal(user, username, "user.sign_in_failed"))
        return _NOT_RIGHT if wait is None else f"{_NOT_RIGHT} {wait}"
    sign_in_throttle.forget(session, name)
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    work.actor = _actor(user)
    work.record(Change("user.sign_in", Entity.USER, user.id, feeds=False))
    return None


def _password_matches(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _refusal(user: User | None, typed: str, action: str) -> Change:
    """A refused sign-in, named by the name as typed."""
    shown = typed if len(typed) <= limits.USERNAME else typed[: limits.USERNAME] + "…"
    # repr: a control character typed in the name reaches no terminal raw
    return Change(
        action, Entity.USER, user.id if user else None, (f"username={shown!r}",), feeds=False
    )


def _by_name(session: Session, username: str) -> User:
    user = session.execute(
        select(User).where(User.username == username.strip().lower())
    ).scalar_one_or_none()
    if user is None:
        raise NotFound("There is no user '%1'.", username)
    return user


def clear_lockout(session: Session, actor: Actor, username: str) -> bool:
    """Lets `username` sign in again at once, ending a lock or a wait after failed
    sign-ins and starting the count afresh. False (and nothing written) when it had
    no failures counted."""
    with unit_of_work(
        session, actor, Permission.MANAGE_USERS, Phrase("unlock user accounts")
    ) as work:
        user = _by_name(session, username)
        if not sign_in_throttle.forget(session, user.username):
            return False
        work.record(Change("user.unlock", Entity.USER, user.id))
        return True


def change_password(session: Session, actor: Actor, username: str, new_password: str) -> None:
    """Users change their own password; admins change anyone's."""
    # no role needed for one's own password: the role is checked once the user is known
    with unit_of_work(session, actor, None, Phrase("change a password")) as work:
        user = _by_name(session, username)
        if user.id != actor.user_id:
            require(actor, Permission.MANAGE_USERS, Phrase("change another user's password"))
        user.password_hash = hash_password(new_password)
        work.record(Change("user.password", Entity.USER, user.id, ("password_hash",)))


def set_active(session: Session, actor: Actor, username: str, active: bool) -> UserView:
    with unit_of_work(
        session, actor, Permission.MANAGE_USERS, Phrase("manage user accounts")
    ) as work:
        user = _by_name(session, username)
        user.active = active
        work.record(
            Change(
                "user.activate" if active else "user.deactivate", Entity.USER, user.id, ("active",)
            ),
        )
        return _view(session, user)


def list_users(session: Session, actor: Actor) -> list[UserView]:
    require(actor, Permission.MANAGE_USERS, Phrase("list user accounts"))
    return _views(session, session.execute(select(User).order_by(User.username)).scalars())


def create_first_admin(
    session: Session,
    *,
    username: str,
    display_name: str,
    discipline: Discipline | str,
    password: str,
) -> Actor:
    """The first account of an empty database, made from the start-up screen: only
    while there is no account at all. Returns the new admin, signed in."""
    hold_write_lock(session)
    if count_users(session):
        raise PermissionDenied("This database has accounts already; sign in instead.")
    view = create_user(
        session,
        Actor.system("first-start"),
        username=username,
        display_name=display_name,
        discipline=discipline,
        role=Role.ADMIN,
        password=password,
    )
    return authenticate(session, view.username, password)


def set_role(session: Session, actor: Actor, username: str, role: Role | str) -> UserView:
    with unit_of_work(
        session, actor, Permission.MANAGE_USERS, Phrase("manage user accounts")
    ) as work:
        user = _by_name(session, username)
        new_role = validate.choice(Phrase("Role"), role, Role)
        if user.id == actor.user_id and new_role is not Role.ADMIN:
            raise ValidationError("You cannot take away your own administrator role.")
        user.role = new_role
        work.record(Change("user.role", Entity.USER, user.id, ("role",)))
        return _view(session, user)

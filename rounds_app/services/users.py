"""Accounts: create, sign in, change password, list. Passwords are argon2id hashes."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.domain import fields, limits
from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import Discipline, Role
from rounds_app.domain.roles import Permission
from rounds_app.errors import AuthenticationFailed, NotFound, PermissionDenied, ValidationError
from rounds_app.services import validate
from rounds_app.services.actor import Actor, require
from rounds_app.services.unit import Change, begin_write, commit, hold_write_lock
from rounds_app.storage.models import User

log = logging.getLogger("rounds.services.users")


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


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    discipline: Discipline
    role: Role
    active: bool


def _view(user: User) -> UserView:
    return UserView(
        user.id, user.username, user.display_name, user.discipline, user.role, user.active
    )


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role, user.discipline)


def hash_password(value: str) -> str:
    """Checks a new password's length and returns its argon2id hash."""
    if len(value) < limits.PASSWORD_MIN:
        raise ValidationError(f"The password is shorter than {limits.PASSWORD_MIN} characters.")
    if len(value) > limits.PASSWORD_MAX:
        raise ValidationError(f"The password is longer than {limits.PASSWORD_MAX} characters.")
    return _hasher.hash(value)


def count_users(session: Session) -> int:
    return session.execute(select(func.count(User.id))).scalar_one()


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
    begin_write(session, actor, Permission.MANAGE_USERS, "manage user accounts")
    name = validate.text(fields.USERNAME, username).lower()
    if not _USERNAME.match(name):
        raise ValidationError("A username uses only letters a–z, digits, dot, dash and underscore.")
    if session.execute(select(User.id).where(User.username == name)).first():
        raise ValidationError(f"The username '{name}' is taken.")
    user = User(
        username=name,
        display_name=validate.text(fields.DISPLAY_NAME, display_name),
        discipline=validate.choice("Discipline", discipline, Discipline),
        role=validate.choice("Role", role, Role),
        password_hash=hash_password(password),
        active=True,
        created_at=utc_now(),
    )
    session.add(user)
    session.flush()
    commit(session, actor, Change("user.create", "user", user.id, ("username", "role")))
    return _view(user)


def authenticate(session: Session, username: str, password: str) -> Actor:
    """Signs a user in; the same message for an unknown name and a wrong password."""
    hold_write_lock(session)  # the sign-in is audited
    user = session.execute(
        select(User).where(User.username == username.strip().lower())
    ).scalar_one_or_none()
    try:
        if user is None or not user.active:
            raise VerificationError
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        log.info("sign-in refused for user id %s", user.id if user else "unknown")
        raise AuthenticationFailed("The username or password is not right.") from None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    actor = _actor(user)
    commit(session, actor, Change("user.sign_in", "user", user.id, feeds=False))
    return actor


def _by_name(session: Session, username: str) -> User:
    user = session.execute(
        select(User).where(User.username == username.strip().lower())
    ).scalar_one_or_none()
    if user is None:
        raise NotFound(f"There is no user '{username}'.")
    return user


def change_password(session: Session, actor: Actor, username: str, new_password: str) -> None:
    """Users change their own password; admins change anyone's."""
    hold_write_lock(session)
    user = _by_name(session, username)
    if user.id != actor.user_id:
        require(actor, Permission.MANAGE_USERS, "change another user's password")
    user.password_hash = hash_password(new_password)
    commit(session, actor, Change("user.password", "user", user.id, ("password_hash",)))


def set_active(session: Session, actor: Actor, username: str, active: bool) -> UserView:
    begin_write(session, actor, Permission.MANAGE_USERS, "manage user accounts")
    user = _by_name(session, username)
    user.active = active
    commit(
        session,
        actor,
        Change("user.activate" if active else "user.deactivate", "user", user.id, ("active",)),
    )
    return _view(user)


def list_users(session: Session, actor: Actor) -> list[UserView]:
    require(actor, Permission.MANAGE_USERS, "list user accounts")
    return [_view(u) for u in session.execute(select(User).order_by(User.username)).scalars()]


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
    begin_write(session, actor, Permission.MANAGE_USERS, "manage user accounts")
    user = _by_name(session, username)
    new_role = validate.choice("Role", role, Role)
    if user.id == actor.user_id and new_role is not Role.ADMIN:
        raise ValidationError("You cannot take away your own administrator role.")
    user.role = new_role
    commit(session, actor, Change("user.role", "user", user.id, ("role",)))
    return _view(user)

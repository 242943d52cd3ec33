"""People who sign in."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from rounds_app.domain import fields, limits
from rounds_app.domain.enums import Discipline, Role
from rounds_app.storage.base import Base, enum_type, text_rule


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(
        String(limits.USERNAME), unique=True, info=text_rule(fields.USERNAME)
    )
    display_name: Mapped[str] = mapped_column(
        String(limits.NAME), info=text_rule(fields.DISPLAY_NAME)
    )
    discipline: Mapped[Discipline] = mapped_column(enum_type(Discipline))
    role: Mapped[Role] = mapped_column(enum_type(Role))
    # argon2id, encoded with its own parameters and salt
    password_hash: Mapped[str] = mapped_column(String(256))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]


class SignInThrottle(Base):
    """Failed sign-ins in a row with one username, and when it may try again. Kept for
    every name typed, an account's or not, so that a wait or a lock says nothing about
    which names exist; a successful sign-in or an administrator's unlock removes the
    row. Keyed by a digest of the name: fixed width whatever was typed."""

    __tablename__ = "sign_in_throttles"

    # SHA-256 of the name as signed in with (trimmed, lower case), in hex
    name_digest: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0, server_default="0")
    retry_after: Mapped[datetime] = mapped_column(index=True)

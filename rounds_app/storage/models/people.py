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

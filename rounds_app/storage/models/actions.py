"""Action items and if/then contingencies for an admission."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rounds_app.domain import fields, limits
from rounds_app.domain.enums import ActionStatus, Discipline
from rounds_app.storage.base import Base, enum_type, text_rule


class ActionItem(Base):
    """Owned by a discipline, a person, or both (a named pharmacist)."""

    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    admission_id: Mapped[int] = mapped_column(ForeignKey("admissions.id"), index=True)
    text: Mapped[str] = mapped_column(String(limits.ACTION_TEXT), info=text_rule(fields.ACTION))
    owner_discipline: Mapped[Discipline | None] = mapped_column(enum_type(Discipline))
    owner_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    due: Mapped[date | None]
    status: Mapped[ActionStatus] = mapped_column(
        enum_type(ActionStatus), default=ActionStatus.OPEN, index=True
    )
    opened_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    opened_at: Mapped[datetime]
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    closed_at: Mapped[datetime | None]
    # set when captured live on the rounds console
    round_id: Mapped[int | None] = mapped_column(ForeignKey("ward_rounds.id"), index=True)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class Contingency(Base):
    """If <condition>, then <response> — as in I-PASS."""

    __tablename__ = "contingencies"

    id: Mapped[int] = mapped_column(primary_key=True)
    admission_id: Mapped[int] = mapped_column(ForeignKey("admissions.id"), index=True)
    condition: Mapped[str] = mapped_column(Text, info=text_rule(fields.CONTINGENCY_IF))
    response: Mapped[str] = mapped_column(Text, info=text_rule(fields.CONTINGENCY_THEN))
    active: Mapped[bool] = mapped_column(default=True)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}

"""What the patient needs after hospital beyond the plan's text (Project RED): tests
whose results are still to come, whom to call, and the team's teach-back record."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from rounds_app.domain import fields, limits
from rounds_app.domain.enums import CallWhen, TaughtTo, Understood
from rounds_app.storage.base import Base, enum_type, text_rule


class PendingTest(Base):
    """A test whose result comes after the patient leaves, and who will tell them."""

    __tablename__ = "pending_tests"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("discharge_plans.id"), index=True)
    test: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), info=text_rule(fields.PENDING_TEST)
    )
    told_by: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), info=text_rule(fields.RESULT_TOLD_BY)
    )
    # by when the patient will hear; None: the team could not say
    due: Mapped[date | None]


class CallContact(Base):
    """A row of the patient's who-to-call list."""

    __tablename__ = "call_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("discharge_plans.id"), index=True)
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(limits.SHORT_TEXT), info=text_rule(fields.CALL_NAME))
    phone: Mapped[str] = mapped_column(String(40), info=text_rule(fields.CALL_PHONE))
    answers: Mapped[CallWhen] = mapped_column(enum_type(CallWhen))
    hours: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), default="", info=text_rule(fields.CALL_HOURS)
    )


class TeachBack(Base):
    """One teach-back: what was taught, to whom, how well it was said back, by whom and
    when. Append-only: a later teach-back is a new row."""

    __tablename__ = "teach_backs"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("discharge_plans.id"), index=True)
    topic: Mapped[str] = mapped_column(
        String(limits.ACTION_TEXT), info=text_rule(fields.TEACH_BACK_TOPIC)
    )
    taught_to: Mapped[TaughtTo] = mapped_column(enum_type(TaughtTo))
    # the family member's or carer's name; empty when the patient was taught
    taught_name: Mapped[str] = mapped_column(
        String(limits.NAME), default="", info=text_rule(fields.TAUGHT_TO_NAME)
    )
    understood: Mapped[Understood] = mapped_column(enum_type(Understood))
    taught_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    taught_at: Mapped[datetime]

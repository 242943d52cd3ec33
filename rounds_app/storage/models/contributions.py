"""What each discipline adds. Append-only: an amendment is a new row."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rounds_app.domain import fields, limits
from rounds_app.domain.enums import ContributionKind, Discipline
from rounds_app.storage.base import Base, enum_type, text_rule


class Contribution(Base):
    """One version of an entry. The first version has no `original_id`; each amendment
    points at the first version (`original_id`) and the one it replaces (`amends_id`).
    The current version of an entry is the one nothing amends."""

    __tablename__ = "contributions"
    __table_args__ = (Index("ix_contributions_admission_created", "admission_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    admission_id: Mapped[int] = mapped_column(ForeignKey("admissions.id"))
    discipline: Mapped[Discipline] = mapped_column(enum_type(Discipline))
    kind: Mapped[ContributionKind] = mapped_column(enum_type(ContributionKind))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text, info=text_rule(fields.CONTRIBUTION))
    sensitive: Mapped[bool] = mapped_column(default=False)
    # may the patient read this version (rounds_app.domain.sharing)
    shareable: Mapped[bool] = mapped_column(default=False, server_default="0")
    original_id: Mapped[int | None] = mapped_column(ForeignKey("contributions.id"), index=True)
    amends_id: Mapped[int | None] = mapped_column(ForeignKey("contributions.id"), unique=True)
    amendment_reason: Mapped[str] = mapped_column(
        String(limits.REASON), default="", info=text_rule(fields.AMENDMENT_REASON)
    )
    # set when captured live on the rounds console
    round_id: Mapped[int | None] = mapped_column(ForeignKey("ward_rounds.id"), index=True)

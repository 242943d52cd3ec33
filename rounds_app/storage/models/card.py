"""The narrative card: one row per (admission, field), each revision kept."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rounds_app.domain import fields, limits
from rounds_app.domain.enums import CardField, Voice
from rounds_app.storage.base import Base, enum_type, text_rule


class NarrativeField(Base):
    """The current text of one card field. Fields are versioned one by one, so two
    people editing different fields of the same card never conflict."""

    __tablename__ = "narrative_fields"
    __table_args__ = (UniqueConstraint("admission_id", "field"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    admission_id: Mapped[int] = mapped_column(ForeignKey("admissions.id"))
    field: Mapped[CardField] = mapped_column(enum_type(CardField))
    text: Mapped[str] = mapped_column(Text, default="", info=text_rule(fields.CARD_FIELD))
    voice: Mapped[Voice] = mapped_column(enum_type(Voice))
    # may the patient read it (rounds_app.domain.sharing), and the language it is
    # written in ("" for the ward's)
    shareable: Mapped[bool] = mapped_column(default=False, server_default="0")
    language: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT),
        default="",
        server_default="",
        info=text_rule(fields.TEXT_LANGUAGE),
    )
    edited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    edited_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    revisions: Mapped[list[CardFieldRevision]] = relationship(
        back_populates="narrative_field", order_by="CardFieldRevision.version"
    )

    __mapper_args__ = {"version_id_col": version}


class CardFieldRevision(Base):
    """Every saved state of a field, including the current one (append-only)."""

    __tablename__ = "card_field_revisions"
    __table_args__ = (UniqueConstraint("narrative_field_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    narrative_field_id: Mapped[int] = mapped_column(ForeignKey("narrative_fields.id"))
    version: Mapped[int]
    text: Mapped[str] = mapped_column(Text, info=text_rule(fields.CARD_FIELD))
    voice: Mapped[Voice] = mapped_column(enum_type(Voice))
    # may the patient read it (rounds_app.domain.sharing), and the language it is
    # written in ("" for the ward's)
    shareable: Mapped[bool] = mapped_column(default=False, server_default="0")
    language: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT),
        default="",
        server_default="",
        info=text_rule(fields.TEXT_LANGUAGE),
    )
    edited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    edited_at: Mapped[datetime]

    narrative_field: Mapped[NarrativeField] = relationship(back_populates="revisions")

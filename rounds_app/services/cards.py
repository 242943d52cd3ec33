"""The narrative card: saving a field (versioned, every revision kept), its history,
and stamping the goals of care as revisited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import CardField, Voice
from rounds_app.domain.labels import CARD_FIELD_LABELS
from rounds_app.domain.roles import Permission
from rounds_app.domain.sharing import mark_or_default, shared_by_default
from rounds_app.errors import ConflictError, Phrase, Version
from rounds_app.services import validate
from rounds_app.services.actor import Actor, require
from rounds_app.services.conflicts import check_version
from rounds_app.services.lookup import current_admission
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.models import CardFieldRevision, NarrativeField, User


@dataclass(frozen=True)
class FieldView:
    field: CardField
    text: str
    voice: Voice
    version: int  # 0: never written
    edited_by: str | None
    edited_at: datetime | None
    shareable: bool  # may the patient read it (rounds_app.domain.sharing)
    language: str  # what the text is written in; "": the ward's language

    @classmethod
    def empty(cls, field: CardField) -> FieldView:
        """A field never written: the patient's words to come, theirs to read."""
        return cls(field, "", Voice.PATIENT, 0, None, None, shared_by_default(Voice.PATIENT), "")


@dataclass(frozen=True)
class RevisionView:
    version: int
    text: str
    voice: Voice
    edited_by: str | None
    edited_at: datetime
    shareable: bool
    language: str


def _state(text: str, voice: Voice, shareable: bool, language: str) -> dict[str, object]:
    return {"text": text, "voice": voice.value, "shareable": shareable, "language": language}


def _field_state(record: NarrativeField):  # type: ignore[no-untyped-def]
    state = _state(record.text, record.voice, record.shareable, record.language)
    return state, record.edited_by_id, record.edited_at


def save_field(
    session: Session,
    actor: Actor,
    admission_id: int,
    field: CardField | str,
    text: str,
    voice: Voice | str,
    expected_version: int,
    *,
    shareable: bool | None = None,
    language: str | None = None,
) -> FieldView:
    """Saves one card field. `expected_version` is the version the editor started
    from (0 for a field never written). A newer stored version raises ConflictError
    carrying both texts; nothing is overwritten.

    `shareable`: whether the patient may read it; None keeps the stored mark, or gives
    a new field, or a field whose voice changes, the default for its voice
    (rounds_app.domain.sharing). `language`: what the text is written in ("" for the
    ward's language); None keeps the stored one. Changing either is a new revision."""
    with unit_of_work(session, actor, Permission.EDIT_CARD, Phrase("edit narrative cards")) as work:
        field = validate.choice(Phrase("Card field"), field, CardField)
        label = Phrase(CARD_FIELD_LABELS[field], "CardField")
        text = validate.text(fields.CARD_FIELD, text, label=label)
        voice = validate.choice(Phrase("Voice"), voice, Voice)
        if language is not None:
            language = validate.text(fields.TEXT_LANGUAGE, language)
        # locked: two people writing a field for the first time queue here
        admission = current_admission(session, admission_id, lock=True)
        record = session.execute(
            select(NarrativeField).where(
                NarrativeField.admission_id == admission_id, NarrativeField.field == field
            )
        ).scalar_one_or_none()
        keeps_mark = record is not None and record.voice == voice
        if shareable is None:
            shareable = record.shareable if record is not None and keeps_mark else None
        shareable = mark_or_default(shareable, voice)
        if language is None:
            language = record.language if record is not None else ""
        mine = _state(text, voice, shareable, language)
        now = utc_now()
        if record is None:
            if expected_version != 0:
                raise ConflictError(
                    Phrase("card field"),
                    0,
                    mine=Version(expected_version, mine, actor.display_name, None),
                    theirs=Version(0, _state("", voice, shareable, ""), None, None),
                )
            record = NarrativeField(
                admission_id=admission_id,
                field=field,
                text=text,
                voice=voice,
                shareable=shareable,
                language=language,
                edited_by_id=actor.user_id,
                edited_at=now,
            )
            session.add(record)
            session.flush()
        else:
            check_version(
                session, actor, Phrase("card field"), record, expected_version, mine, _field_state
            )
            if _field_state(record)[0] == mine:
                return _view(session, record)
            record.text, record.voice = text, voice
            record.shareable, record.language = shareable, language
            record.edited_by_id, record.edited_at = actor.user_id, now
            session.flush()  # bumps the version
        session.add(
            CardFieldRevision(
                narrative_field_id=record.id,
                version=record.version,
                text=text,
                voice=voice,
                shareable=shareable,
                language=language,
                edited_by_id=actor.user_id,
                edited_at=now,
            )
        )
        work.record(
            Change.about(
                admission, "card.save_field", Entity.NARRATIVE_FIELD, record.id, (field.value,)
            ),
        )
        return _view(session, record)


def _view(session: Session, record: NarrativeField) -> FieldView:
    editor = session.get(User, record.edited_by_id) if record.edited_by_id else None
    return FieldView(
        record.field,
        record.text,
        record.voice,
        record.version,
        editor.display_name if editor else None,
        record.edited_at,
        record.shareable,
        record.language,
    )


def field_history(
    session: Session, actor: Actor, admission_id: int, field: CardField | str
) -> list[RevisionView]:
    """Every saved state of a field, oldest first."""
    require(actor, Permission.VIEW, Phrase("read narrative cards"))
    field = validate.choice(Phrase("Card field"), field, CardField)
    rows = session.execute(
        select(CardFieldRevision, User.display_name)
        .join(NarrativeField, NarrativeField.id == CardFieldRevision.narrative_field_id)
        .outerjoin(User, User.id == CardFieldRevision.edited_by_id)
        .where(NarrativeField.admission_id == admission_id, NarrativeField.field == field)
        .order_by(CardFieldRevision.version)
    )
    return [
        RevisionView(
            rev.version, rev.text, rev.voice, editor, rev.edited_at, rev.shareable, rev.language
        )
        for rev, editor in rows
    ]


def revisit_goals(session: Session, actor: Actor, admission_id: int) -> datetime:
    """Stamps the goals of care as revisited now, by this user."""
    with unit_of_work(
        session, actor, Permission.EDIT_CARD, Phrase("revisit goals of care")
    ) as work:
        admission = current_admission(session, admission_id)
        admission.goals_revisited_at = utc_now()
        admission.goals_revisited_by_id = actor.user_id
        work.record(
            Change.about(
                admission,
                "card.revisit_goals",
                Entity.ADMISSION,
                admission.id,
                ("goals_revisited_at",),
            ),
        )
        return admission.goals_revisited_at

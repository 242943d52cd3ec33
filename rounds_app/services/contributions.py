"""Contributions: append-only entries by discipline. Amending adds a new version that
points at the original; the original stays, visible in history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import ContributionKind, Discipline
from rounds_app.domain.roles import Permission
from rounds_app.domain.sharing import mark_or_default, voice_of
from rounds_app.errors import PermissionDenied, Phrase, ValidationError
from rounds_app.services import validate, visibility
from rounds_app.services.actor import Actor, require, require_person
from rounds_app.services.lookup import current_admission, get, running_round_of
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.models import Contribution, User


@dataclass(frozen=True)
class ContributionView:
    id: int  # this version
    entry_id: int  # the first version: one id for the entry through its amendments
    admission_id: int
    discipline: Discipline
    kind: ContributionKind
    author_id: int
    author: str
    written_at: datetime  # when the entry was first written
    amended_at: datetime | None
    text: str
    sensitive: bool  # the entry, in any of its versions: see `visibility`
    shareable: bool  # this version may be read by the patient (rounds_app.domain.sharing)
    amendment_reason: str
    version: int  # 1 for the original


def add_contribution(
    session: Session,
    actor: Actor,
    admission_id: int,
    *,
    text: str,
    kind: ContributionKind | str,
    discipline: Discipline | str | None = None,
    sensitive: bool = False,
    shareable: bool | None = None,
    round_id: int | None = None,
) -> int:
    """Adds an entry in the author's discipline unless another is named (a nurse
    writing down what the family said chooses family/carer; the facilitator of a round
    names the discipline speaking, and passes the round). `shareable`: whether the
    patient may read it; None gives the default for whose words they are
    (rounds_app.domain.sharing). Returns its id."""
    with unit_of_work(session, actor, Permission.CONTRIBUTE, Phrase("add contributions")) as work:
        author_id = require_person(actor, Phrase("add contributions"))
        admission = current_admission(session, admission_id)
        chosen = discipline if discipline is not None else actor.discipline
        if chosen is None:
            raise ValidationError("Choose the discipline this entry speaks for.")
        speaking = validate.choice(Phrase("Discipline"), chosen, Discipline)
        entry = Contribution(
            admission_id=admission.id,
            discipline=speaking,
            kind=validate.choice(Phrase("Kind"), kind, ContributionKind),
            author_id=author_id,
            created_at=utc_now(),
            text=validate.text(fields.CONTRIBUTION, text),
            sensitive=sensitive,
            shareable=mark_or_default(shareable, voice_of(speaking)),
            round_id=running_round_of(session, round_id, admission),
        )
        session.add(entry)
        session.flush()
        work.record(
            Change.about(admission, "contribution.add", Entity.CONTRIBUTION, entry.id, ("text",)),
        )
        return entry.id


def amend_contribution(
    session: Session,
    actor: Actor,
    contribution_id: int,
    *,
    text: str,
    reason: str,
    sensitive: bool | None = None,
    shareable: bool | None = None,
) -> int:
    """Amends the current version of one's own entry; returns the new version's id.
    `sensitive` and `shareable` left None keep the marks of the version amended:
    marking an entry shareable, or no longer, is an amendment with its reason."""
    with unit_of_work(session, actor, Permission.CONTRIBUTE, Phrase("amend contributions")) as work:
        author_id = require_person(actor, Phrase("amend contributions"))
        # locked, so two amendments of the same version cannot both succeed
        previous = session.get(Contribution, contribution_id, with_for_update=True)
        if previous is None:
            get(session, Contribution, contribution_id, Phrase("contribution"))
        assert previous is not None
        if previous.author_id != author_id:
            raise PermissionDenied("Only the author can amend an entry.")
        if session.execute(
            select(Contribution.id).where(Contribution.amends_id == previous.id)
        ).first():
            raise ValidationError(
                "This entry has been amended since you opened it; amend the newest version."
            )
        admission = current_admission(session, previous.admission_id)
        amendment = Contribution(
            admission_id=previous.admission_id,
            discipline=previous.discipline,
            kind=previous.kind,
            author_id=author_id,
            created_at=utc_now(),
            text=validate.text(fields.CONTRIBUTION, text, label=Phrase("The amended entry")),
            sensitive=previous.sensitive if sensitive is None else sensitive,
            shareable=previous.shareable if shareable is None else shareable,
            original_id=previous.original_id or previous.id,
            amends_id=previous.id,
            amendment_reason=validate.text(fields.AMENDMENT_REASON, reason, required=True),
        )
        if (amendment.text, amendment.sensitive, amendment.shareable) == (
            previous.text,
            previous.sensitive,
            previous.shareable,
        ):
            raise ValidationError("The amendment changes nothing.")
        session.add(amendment)
        session.flush()
        work.record(
            Change.about(
                admission,
                "contribution.amend",
                Entity.CONTRIBUTION,
                amendment.id,
                ("text", "amendment_reason"),
            ),
        )
        return amendment.id


def entry_history(session: Session, actor: Actor, contribution_id: int) -> list[ContributionView]:
    """Every version of the entry `contribution_id` belongs to, oldest first, whichever
    version's id is asked. An entry any version of which is sensitive is sensitive as a
    whole: a role that may not read sensitive entries gets none of its versions (see
    `visibility`), only PermissionDenied."""
    require(actor, Permission.VIEW, Phrase("read contributions"))
    any_version = get(session, Contribution, contribution_id, Phrase("contribution"))
    entry_id = any_version.original_id or any_version.id
    rows = session.execute(
        select(Contribution, User.display_name)
        .join(User, User.id == Contribution.author_id)
        .where((Contribution.id == entry_id) | (Contribution.original_id == entry_id))
        .order_by(Contribution.id)
    ).all()
    sensitive = any(c.sensitive for c, _ in rows)
    visibility.require_entry(actor, sensitive)
    first = rows[0][0]
    return [
        view_of(c, author, first.created_at, version, sensitive)
        for version, (c, author) in enumerate(rows, start=1)
    ]


# what view_of reads: a Contribution, or a row of exactly these columns
VIEW_COLUMNS = (
    "id",
    "original_id",
    "amends_id",
    "admission_id",
    "discipline",
    "kind",
    "author_id",
    "created_at",
    "text",
    "amendment_reason",
    "shareable",
)


def view_of(
    c: Any, author: str, written_at: datetime, version: int, sensitive: bool
) -> ContributionView:
    """`sensitive`: whether the entry is, in any of its versions (see `visibility`)."""
    return ContributionView(
        id=c.id,
        entry_id=c.original_id or c.id,
        admission_id=c.admission_id,
        discipline=c.discipline,
        kind=c.kind,
        author_id=c.author_id,
        author=author,
        written_at=written_at,
        amended_at=c.created_at if c.amends_id is not None else None,
        text=c.text,
        sensitive=sensitive,
        shareable=c.shareable,
        amendment_reason=c.amendment_reason,
        version=version,
    )

"""Rounds insights for a ward over a span of days: how long rounds spend per patient
and who is in the room, whether the card holds what matters and goals are revisited,
actions opened and closed per day, discharges against the expected day, and how
complete the I-PASS handoff elements are. Aggregates only: no patient text.

Days are the workstation's local days, as on the printed sheets. The shares about
documentation describe the ward's current patients, whatever the span."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.domain.clock import local_day, utc_now
from rounds_app.domain.enums import CardField, RoundPatientStatus, Severity
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase, Quantity, ValidationError
from rounds_app.services.actor import Actor, require
from rounds_app.services.lookup import get
from rounds_app.services.ward_model.actions import open_actions
from rounds_app.services.ward_model.contingencies import active_contingencies
from rounds_app.storage.models import (
    ActionItem,
    Admission,
    Bed,
    NarrativeField,
    RoundAttendance,
    RoundPatient,
    Ward,
    WardRound,
)

MAX_DAYS = 366
GOALS_RECENT_DAYS = 3
HANDOFF_ELEMENTS = ("severity", "summary", "actions", "contingencies", "what_matters")


@dataclass(frozen=True)
class RoundPoint:
    round_id: int
    started_at: datetime
    minutes_per_patient: float  # time on the patients discussed, over how many they were
    patients: int  # discussed
    disciplines_present: int


@dataclass(frozen=True)
class DayPoint:
    day: date
    opened: int
    closed: int  # done or cancelled


@dataclass(frozen=True)
class DischargePoint:
    admission_id: int
    bed: str | None
    expected: date | None
    actual: date


@dataclass(frozen=True)
class Insights:
    ward_id: int
    start: date
    end: date
    rounds: tuple[RoundPoint, ...]  # finished rounds begun in the span, oldest first
    what_matters_recorded: float  # share 0..1 of current patients
    goals_revisited_3_days: float
    actions: tuple[DayPoint, ...]  # every day of the span
    discharges: tuple[DischargePoint, ...]
    # I-PASS elements present on the current patients' cards, share 0..1 each; a
    # severity not yet assessed counts as missing
    handoff_quality: dict[str, float]


def local_midnight(day: date) -> datetime:
    """The start of a local day, as an aware time (correct across daylight saving)."""
    return datetime(day.year, day.month, day.day).astimezone()


def insights(session: Session, actor: Actor, ward_id: int, start: date, end: date) -> Insights:
    """Seven queries, however long the span or full the ward."""
    require(actor, Permission.VIEW, Phrase("view ward insights"))
    get(session, Ward, ward_id, Phrase("ward"))
    if end < start:
        raise ValidationError("The span ends before it starts.")
    days = (end - start).days + 1
    if days > MAX_DAYS:
        raise ValidationError("Choose a span of at most %1 days.", Quantity(MAX_DAYS))
    low, high = local_midnight(start), local_midnight(end + timedelta(days=1))
    shares = _current_shares(session, actor, ward_id)
    opened, closed = _action_days(session, ward_id, low, high)
    return Insights(
        ward_id=ward_id,
        start=start,
        end=end,
        rounds=_rounds(session, ward_id, low, high),
        what_matters_recorded=shares["what_matters"],
        goals_revisited_3_days=shares["goals"],
        actions=tuple(
            DayPoint(day, opened.get(day, 0), closed.get(day, 0))
            for day in (start + timedelta(days=i) for i in range(days))
        ),
        discharges=_discharges(session, ward_id, low, high),
        handoff_quality={name: shares[name] for name in HANDOFF_ELEMENTS},
    )


def _rounds(
    session: Session, ward_id: int, low: datetime, high: datetime
) -> tuple[RoundPoint, ...]:
    discussed = (
        select(
            RoundPatient.round_id,
            func.count(RoundPatient.id).label("patients"),
            func.sum(RoundPatient.seconds).label("seconds"),
        )
        .where(RoundPatient.status == RoundPatientStatus.DISCUSSED)
        .group_by(RoundPatient.round_id)
        .subquery()
    )
    present = (
        select(RoundAttendance.round_id, func.count(RoundAttendance.id).label("present"))
        .where(RoundAttendance.present.is_(True))
        .group_by(RoundAttendance.round_id)
        .subquery()
    )
    rows = session.execute(
        select(WardRound.id, WardRound.started_at, discussed.c.patients, discussed.c.seconds)
        .add_columns(present.c.present)
        .outerjoin(discussed, discussed.c.round_id == WardRound.id)
        .outerjoin(present, present.c.round_id == WardRound.id)
        .where(
            WardRound.ward_id == ward_id,
            WardRound.ended_at.is_not(None),
            WardRound.started_at >= low,
            WardRound.started_at < high,
        )
        .order_by(WardRound.started_at, WardRound.id)
    )
    return tuple(
        RoundPoint(
            round_id=round_id,
            started_at=started_at,
            minutes_per_patient=(seconds or 0) / 60 / patients if patients else 0.0,
            patients=patients or 0,
            disciplines_present=n_present or 0,
        )
        for round_id, started_at, patients, seconds, n_present in rows
    )


def card_elements(
    session: Session, actor: Actor, ward_id: int, now: datetime | None = None
) -> dict[int, dict[str, bool]]:
    """Which I-PASS elements each current patient's card holds (and whether goals were
    revisited lately), by admission: yes or no, never the text. Open actions and
    active contingencies as the ward read model counts them."""
    require(actor, Permission.VIEW, Phrase("view ward insights"))
    now = now or utc_now()
    matters = (
        select(NarrativeField.id)
        .where(
            NarrativeField.admission_id == Admission.id,
            NarrativeField.field == CardField.WHAT_MATTERS_MOST,
            NarrativeField.text != "",
        )
        .exists()
    )
    rows = session.execute(
        select(Admission.id, Admission.severity, Admission.one_liner, Admission.goals_revisited_at)
        .add_columns(matters)
        .where(Admission.ward_id == ward_id, Admission.discharged_at.is_(None))
    ).all()
    ids = [row[0] for row in rows]
    actions = open_actions(session, actor, ids, local_day(now))
    contingencies = active_contingencies(session, actor, ids)
    recent = now - timedelta(days=GOALS_RECENT_DAYS)
    return {
        admission_id: {
            "severity": severity is not Severity.NOT_ASSESSED,
            "summary": bool(one_liner),
            "actions": bool(actions[admission_id]),
            "contingencies": bool(contingencies[admission_id]),
            "what_matters": bool(has_matters),
            "goals": revisited is not None and revisited >= recent,
        }
        for admission_id, severity, one_liner, revisited, has_matters in rows
    }


def _current_shares(session: Session, actor: Actor, ward_id: int) -> dict[str, float]:
    """Share of current patients with each element; "goals" revisited lately."""
    flags = list(card_elements(session, actor, ward_id).values())
    names = (*HANDOFF_ELEMENTS, "goals")
    if not flags:
        return dict.fromkeys(names, 0.0)
    return {name: sum(f[name] for f in flags) / len(flags) for name in names}


def _action_days(
    session: Session, ward_id: int, low: datetime, high: datetime
) -> tuple[dict[date, int], dict[date, int]]:
    """Actions of the ward's admissions (discharged ones too) opened and closed per
    local day."""
    counts: tuple[dict[date, int], dict[date, int]] = ({}, {})
    for column, found in ((ActionItem.opened_at, counts[0]), (ActionItem.closed_at, counts[1])):
        for (moment,) in session.execute(
            select(column)
            .join(Admission, Admission.id == ActionItem.admission_id)
            .where(Admission.ward_id == ward_id, column >= low, column < high)
        ):
            day = _local_day(moment)
            found[day] = found.get(day, 0) + 1
    return counts


def _discharges(
    session: Session, ward_id: int, low: datetime, high: datetime
) -> tuple[DischargePoint, ...]:
    rows = session.execute(
        select(Admission.id, Bed.label, Admission.expected_discharge_date, Admission.discharged_at)
        .outerjoin(Bed, Bed.id == Admission.bed_id)
        .where(
            Admission.ward_id == ward_id,
            Admission.discharged_at >= low,
            Admission.discharged_at < high,
        )
        .order_by(Admission.discharged_at, Admission.id)
    )
    return tuple(
        DischargePoint(admission_id, bed, expected, _local_day(left))
        for admission_id, bed, expected, left in rows
    )


def _local_day(moment: datetime | None) -> date:
    """The local day of a moment from a nullable column that the query's range has
    already kept to rows where it is set."""
    assert moment is not None
    return moment.astimezone().date()


def insights_csv(data: Insights) -> str:
    """The insights as CSV text: one section per chart, each headed by a row
    ("section", name), then its column names and rows, a blank line between."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    sections: list[tuple[str, tuple[str, ...], list[tuple[object, ...]]]] = [
        (
            "rounds",
            ("round_id", "started_at", "minutes_per_patient", "patients", "disciplines_present"),
            [
                (r.round_id, r.started_at.isoformat(), round(r.minutes_per_patient, 2))
                + (r.patients, r.disciplines_present)
                for r in data.rounds
            ],
        ),
        (
            "documentation",
            ("measure", "share"),
            [
                ("what_matters_recorded", round(data.what_matters_recorded, 4)),
                ("goals_revisited_3_days", round(data.goals_revisited_3_days, 4)),
            ],
        ),
        (
            "actions",
            ("day", "opened", "closed"),
            [(p.day, p.opened, p.closed) for p in data.actions],
        ),
        (
            "discharges",
            ("admission_id", "bed", "expected", "actual", "days_after_expected"),
            [
                (d.admission_id, _cell(d.bed or ""), d.expected or "", d.actual)
                + ((d.actual - d.expected).days if d.expected else "",)
                for d in data.discharges
            ],
        ),
        (
            "handoff_quality",
            ("element", "share"),
            [(name, round(share, 4)) for name, share in data.handoff_quality.items()],
        ),
    ]
    for i, (name, columns, rows) in enumerate(sections):
        if i:
            writer.writerow(())
        writer.writerow(("section", name))
        writer.writerow(columns)
        writer.writerows(rows)
    return out.getvalue()


def _cell(text: str) -> str:
    """A spreadsheet runs a cell starting with = + - @ as a formula: bed labels are
    typed by people, so such a label is written as text."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text

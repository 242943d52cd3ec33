"""Arranging the demo content on a ward: beds, admissions, cards with revisions,
several days of contributions from every discipline, actions, contingencies, discharge
plans at different stages, and the ward's history (rounds, patient-reported outcomes,
case reviews). One unit of work, audited once."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.demo.after_hospital import fill_after_hospital
from rounds_app.demo.content import DemoContent, load_content
from rounds_app.demo.discharge_lists import checklist, follow_ups, medication_changes
from rounds_app.demo.fitting import fitting_pool, persona_tags
from rounds_app.demo.history import add_history
from rounds_app.demo.safety_facts import FactWriter
from rounds_app.demo.staff import add_staff
from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import (
    ActionStatus,
    CardField,
    ChecklistKind,
    ContributionKind,
    Discipline,
    Severity,
    Voice,
)
from rounds_app.domain.sharing import shared_by_default, voice_of
from rounds_app.errors import Phrase, ValidationError
from rounds_app.services.actor import Actor
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.database import Database
from rounds_app.storage.models import (
    ActionItem,
    Admission,
    Bed,
    CardFieldRevision,
    Contingency,
    Contribution,
    DischargePlan,
    NarrativeField,
    Patient,
    User,
    Ward,
)

DEFAULT_BEDS = 24


@dataclass(frozen=True)
class DemoAccounts:
    ward_id: int
    passwords: dict[str, str]  # username -> password, shown once

    def password_lines(self) -> list[str]:
        """The accounts as the terminal shows them, once (the command line and the
        app's --demo print the same)."""
        width = max(len(name) for name in self.passwords)
        return ["Demo accounts (these passwords are shown only now):"] + [
            f"  {username:<{width}}  {password}" for username, password in self.passwords.items()
        ]


def create_demo(
    db: Database,
    *,
    patients: int = DEFAULT_BEDS,
    seed: int = 1,
    contributions_per_patient: int | None = None,
) -> DemoAccounts:
    """Fills an empty database with a demo ward of `patients` (beds: at least 24).
    `contributions_per_patient` fixes the number of entries (for benchmarks);
    otherwise each patient gets a varied handful."""
    if patients < 1:
        raise ValidationError("A demo ward needs at least one patient.")
    maker = Actor.system("demo")
    with db.session() as session, unit_of_work(session, maker, None, Phrase("make a demo")) as work:
        if session.execute(select(func.count(User.id))).scalar_one():
            raise ValidationError("This database already holds data; make the demo in a new file.")
        builder = _Builder(session, random.Random(seed), load_content(), utc_now())
        passwords, ward_id = builder.build(patients, contributions_per_patient)
        work.record(Change("demo.create", Entity.WARD, ward_id, (), ward_id))
    return DemoAccounts(ward_id, passwords)


class _Builder:
    def __init__(self, session: Session, rng: random.Random, content: DemoContent, now: datetime):
        self.s = session
        self.rng = rng
        self.content = content
        self.now = now.replace(minute=0, second=0, microsecond=0)

    def build(self, patients: int, per_patient: int | None) -> tuple[dict[str, str], int]:
        passwords, self.staff = add_staff(self.s)
        self.charge = self.s.execute(
            select(User).where(User.username == "charge.nurse")
        ).scalar_one()
        ward = Ward(code="4B", name="Ward 4B — General Medicine")
        beds = max(DEFAULT_BEDS, patients)
        ward.beds = [Bed(label=f"4B-{i:02d}", position=i, active=True) for i in range(1, beds + 1)]
        self.s.add(ward)
        self.s.flush()
        self.facts = FactWriter(self.s, self.now, self.staff, self.charge)
        self.tags: dict[int, frozenset[str]] = {}  # admission id -> what is true of it
        personas = list(self.content.personas)
        self.rng.shuffle(personas)
        for index in range(patients):
            self._admit(ward, ward.beds[index], index, personas[index % len(personas)], per_patient)
        self.s.flush()
        # past rounds, the last of them yesterday's: entries since then are "new"
        add_history(self.s, self.rng, self.now, ward.id, self.charge, self.staff, self.tags)
        return passwords, ward.id

    def _admit(
        self, ward: Ward, bed: Bed, index: int, persona: dict[str, Any], per_patient: int | None
    ) -> None:
        rng = self.rng
        admitted_at = self._admitted_at(persona["day"])
        born = self.now.date() - timedelta(days=int(persona["age"] * 365.25) + rng.randint(0, 364))
        patient = Patient(
            mrn=f"RND{100000 + index * 7919 % 900000:06d}",
            given_name=persona["given_name"],
            family_name=persona["family_name"],
            preferred_name=persona.get("preferred_name", ""),
            pronouns=persona.get("pronouns", ""),
            date_of_birth=born,
            preferred_language=persona.get("preferred_language", ""),
            interpreter_needed=bool(persona.get("interpreter_needed")),
            other_identifiers="",
        )
        severity = Severity(persona.get("severity", "stable"))
        expected = (
            self.now.date() + timedelta(days=rng.randint(-1, 6)) if rng.random() < 0.75 else None
        )
        severity_changed_at = self._moment_between(admitted_at, 0.0, 0.6)
        # most teams revisit goals after a change; a few cards are due, a few never done
        goals_at = (
            self._moment_between(severity_changed_at, 0.1, 1.0) if rng.random() < 0.7 else None
        )
        admission = Admission(
            patient=patient,
            ward_id=ward.id,
            bed_id=bed.id,
            admitted_at=admitted_at,
            expected_discharge_date=max(expected, admitted_at.date()) if expected else None,
            severity=severity,
            severity_changed_at=severity_changed_at,
            one_liner=persona.get("one_liner", ""),
            round_position=index,
            goals_revisited_at=goals_at,
            goals_revisited_by_id=self.charge.id if goals_at else None,
        )
        self.s.add(admission)
        self.s.flush()
        self.tags[admission.id] = persona_tags(persona)
        self._card(admission, persona.get("card", {}))
        self._contributions(admission, persona, per_patient)
        self.facts.add(admission, persona)
        self._actions(admission, persona)
        if "discharge" in persona:
            self._plan(admission, persona)

    def _admitted_at(self, day: int) -> datetime:
        """An hour on the calendar day `day` days before today (the census's count of
        days in hospital, which the persona's one-liner uses too); never after now."""
        start = datetime.combine(self.now.date() - timedelta(days=day), time(), self.now.tzinfo)
        latest = 23 if day else max(self.now.hour - 1, 0)
        return start + timedelta(hours=self.rng.randint(0, latest))

    def _moment(self, admission: Admission) -> datetime:
        """A time between admission and now."""
        return self._moment_between(admission.admitted_at, 0.05, 1.0)

    def _moment_between(self, start: datetime, low: float, high: float) -> datetime:
        """A time in the [low, high] fraction of the span from `start` to now."""
        span = (self.now - start).total_seconds()
        return start + timedelta(seconds=self.rng.uniform(low, high) * span)

    def _card(self, admission: Admission, card: dict[str, dict[str, str]]) -> None:
        for field in CardField:
            entry = card.get(field.value)
            if not entry:
                continue
            voice = Voice(entry.get("voice", "patient"))
            shareable = entry.get("shareable", shared_by_default(voice))
            language = entry.get("language", "")
            texts = [entry["text"]]
            first_sentence = entry["text"].split(". ")[0]
            if self.rng.random() < 0.4 and first_sentence != entry["text"]:
                texts.insert(0, first_sentence.rstrip(".") + ".")  # an earlier, shorter draft
            times = sorted(self._moment(admission) for _ in texts)
            editors = [self.staff[Discipline.NURSING], self.charge]
            record = NarrativeField(
                admission_id=admission.id,
                field=field,
                text=texts[-1],
                voice=voice,
                shareable=shareable,
                language=language,
                edited_by_id=editors[len(texts) - 1].id,
                edited_at=times[-1],
            )
            self.s.add(record)
            self.s.flush()
            if len(texts) == 2:
                record.version = 2  # the demo writes history directly, not by updates
            for version, (text, at) in enumerate(zip(texts, times, strict=True), start=1):
                self.s.add(
                    CardFieldRevision(
                        narrative_field_id=record.id,
                        version=version,
                        text=text,
                        voice=voice,
                        shareable=shareable,
                        language=language,
                        edited_by_id=editors[version - 1].id,
                        edited_at=at,
                    )
                )

    def _contributions(
        self, admission: Admission, persona: dict[str, Any], per_patient: int | None
    ) -> None:
        rng = self.rng
        own = list(persona.get("contributions", []))
        count = per_patient if per_patient is not None else len(own) + rng.randint(2, 7)
        entries = own[:count]
        # generic entries only where what they assume is true of this patient
        pool = fitting_pool(self.content.pool, self.tags[admission.id])
        disciplines = sorted(pool)
        while len(entries) < count:
            discipline = rng.choice(disciplines)
            entries.append({"discipline": discipline, **rng.choice(pool[discipline])})
        moments = sorted(self._moment(admission) for _ in entries)
        for entry, at in zip(entries, moments, strict=True):
            discipline = Discipline(entry["discipline"])
            contribution = Contribution(
                admission_id=admission.id,
                discipline=discipline,
                kind=ContributionKind(entry["kind"]),
                author_id=self.staff[discipline].id,
                created_at=at,
                text=entry["text"],
                sensitive=bool(entry.get("sensitive")),
                shareable=entry.get("shareable", shared_by_default(voice_of(discipline))),
                amendment_reason="",
            )
            self.s.add(contribution)
            if rng.random() < 0.04 and at + timedelta(hours=2) < self.now:
                self.s.flush()
                self.s.add(
                    Contribution(
                        admission_id=admission.id,
                        discipline=discipline,
                        kind=contribution.kind,
                        author_id=contribution.author_id,
                        created_at=at + timedelta(hours=2),
                        text=entry["text"] + " (Checked again: still the case.)",
                        sensitive=contribution.sensitive,
                        shareable=contribution.shareable,
                        original_id=contribution.id,
                        amends_id=contribution.id,
                        amendment_reason="Rechecked later in the shift",
                    )
                )

    def _actions(self, admission: Admission, persona: dict[str, Any]) -> None:
        for item in persona.get("actions", []):
            opened = self._moment(admission)
            done = self.rng.random() < 0.3
            self.s.add(
                ActionItem(
                    admission_id=admission.id,
                    text=item["text"],
                    owner_discipline=Discipline(item["owner_discipline"]),
                    due=(opened + timedelta(days=self.rng.randint(0, 3))).date(),
                    status=ActionStatus.DONE if done else ActionStatus.OPEN,
                    opened_by_id=self.charge.id,
                    opened_at=opened,
                    closed_by_id=self.charge.id if done else None,
                    closed_at=self.now - timedelta(hours=1) if done else None,
                )
            )
        for item in persona.get("contingencies", []):
            self.s.add(
                Contingency(
                    admission_id=admission.id,
                    condition=item["condition"],
                    response=item["response"],
                    active=True,
                    created_by_id=self.staff[Discipline.MEDICINE].id,
                    created_at=self._moment(admission),
                )
            )

    def _plan(self, admission: Admission, persona: dict[str, Any]) -> None:
        plan = persona["discharge"]
        updated = self._moment(admission)
        record = DischargePlan(
            admission_id=admission.id,
            destination=plan.get("destination", ""),
            barriers=plan.get("barriers", ""),
            warning_signs=plan.get("warning_signs", ""),
            whom_to_call=plan.get("whom_to_call", ""),
            updated_by_id=self.charge.id,
            updated_at=updated,
        )
        pharmacist = self.staff[Discipline.PHARMACY]
        record.medication_changes = medication_changes(plan, pharmacist, updated)
        record.follow_ups = follow_ups(plan, admission.expected_discharge_date, self.rng, self.now)
        record.checklist = checklist(
            plan,
            record.follow_ups,
            {
                ChecklistKind.MEDICINES_RECONCILED: pharmacist,
                ChecklistKind.FOLLOW_UP_BOOKED: self.charge,
            },
            updated,
            self.rng,
        )
        fill_after_hospital(
            record,
            persona,
            self.rng,
            self.now.date(),
            self.staff[Discipline.NURSING].id,
            self._moment_between(updated, 0.0, 1.0),
        )
        self.s.add(record)

"""The ward the permission matrix calls every service function against: one account
per role, a patient whose entries are plain and one whose entries are sensitive, and
fresh targets on demand, so that each call succeeds or fails on its own, whatever the
calls before it did. Fresh patients and beds go to a spare ward: the ward the reading
and printing rows read keeps its two patients, so printing it stays as quick on the
last row as on the first."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

from rounds_app.domain.enums import Discipline, ReviewSection, Role
from rounds_app.domain.roles import Permission, allowed
from rounds_app.exchange.json_format import export_json
from rounds_app.interop.csv_census import plan_csv_import
from rounds_app.interop.plan import ImportPlan
from rounds_app.services import (
    actions,
    admissions,
    after_hospital,
    contributions,
    discharge,
    reviews,
    users,
    ward_rounds,
    wards,
)
from rounds_app.services.actor import Actor
from rounds_app.services.allergies import record_allergy
from rounds_app.services.census import ward_census
from rounds_app.services.patient_card import patient_card
from rounds_app.services.reviews import ReviewDraft
from rounds_app.storage.database import Database, open_database
from rounds_app.storage.models import Admission
from tests.factories import ADMIN, PASSWORD

DATA = Path(__file__).parent.parent / "interop" / "data"
CENSUS_BEDS = [f"7-{i}" for i in range(1, 7)]  # the beds tests/interop/data's census uses

PLAIN = "Walks to the bathroom with a frame"
# every version of the sensitive patient's entries: none may reach a role without
# view_sensitive, nor the ward-room screen, paper for the patient or a FHIR document
SECRETS = (
    "Disclosed a past overdose to the chaplain",
    "Asked that her sister is not told about the diagnosis",
    "Partner's visits are supervised after the incident",
)


@dataclass
class MatrixWard:
    db: Database
    folder: Path
    actors: dict[Role, Actor]
    ward_id: int
    ward_code: str
    csv_ward_id: int
    spare_ward_id: int  # where fresh admissions and beds go
    admissions: dict[bool, int]  # by sensitive
    mrns: dict[bool, str]
    entries: dict[bool, int]  # a version of an entry, by sensitive
    round_id: int  # a finished round of the ward
    review_id: int
    _numbers: itertools.count[int] = field(default_factory=itertools.count)
    _empty_export: Path | None = None

    def unique(self, prefix: str) -> str:
        return f"{prefix}{next(self._numbers)}"

    def out(self, suffix: str) -> Path:
        return self.folder / f"{self.unique('out')}{suffix}"

    def fresh_admission(self, ward_id: int | None = None) -> int:
        with self.db.session() as s:
            return admissions.admit(
                s,
                ADMIN,
                ward_id=ward_id or self.spare_ward_id,
                bed_id=None,
                patient=admissions.NewPatient(
                    mrn=self.unique("MX"), given_name="Ana", family_name="Silva"
                ),
            )

    def patient_of(self, admission_id: int) -> int:
        with self.db.session() as s:
            return s.get(Admission, admission_id).patient_id  # type: ignore[union-attr]

    def fresh_patient(self) -> int:
        """A patient of a fresh admission: one with no safety facts yet."""
        return self.patient_of(self.fresh_admission())

    def allergy(self) -> tuple[int, int]:
        """An allergy a clinician recorded on a fresh patient, and its version."""
        with self.db.session() as s:
            allergy = record_allergy(s, self.nurse, self.fresh_patient(), substance="Latex")
        return allergy.id, allergy.version

    def admission_version(self, admission_id: int) -> int:
        with self.db.session() as s:
            return patient_card(s, ADMIN, admission_id).admission.version

    def current_admissions(self) -> list[int]:
        with self.db.session() as s:
            return [row.admission_id for row in ward_census(s, ADMIN, self.ward_id)]

    def free_bed(self) -> int:
        """A bed on the ward of fresh admissions, free to move one to."""
        with self.db.session() as s:
            return wards.add_bed(s, ADMIN, self.spare_ward_id, self.unique("X-")).id

    def fresh_ward(self) -> int:
        code = self.unique("WX")
        with self.db.session() as s:
            return wards.create_ward(s, ADMIN, code=code, name=f"Ward {code}").id

    def own_entry(self, actor: Actor) -> int:
        """An entry `actor` wrote, when the role may write one (only then can the
        author's own amendment be allowed); else any entry, refused by role first."""
        if not allowed(actor.role, Permission.CONTRIBUTE):
            return self.entries[False]
        with self.db.session() as s:
            return contributions.add_contribution(
                s, actor, self.admissions[False], text=PLAIN, kind="update"
            )

    def open_action(self) -> tuple[int, int]:
        with self.db.session() as s:
            action_id = actions.open_action(
                s, self.nurse, self.admissions[False], text="Bloods", owner_discipline="nursing"
            )
        return action_id, 1

    def contingency(self) -> tuple[int, int]:
        with self.db.session() as s:
            contingency_id = actions.add_contingency(
                s, self.nurse, self.admissions[False], condition="If", response="then"
            )
        return contingency_id, 1

    def checklist_item(self) -> int:
        with self.db.session() as s:
            return discharge.add_checklist_item(s, self.nurse, self.admissions[False], "Keys")

    def pending_test(self) -> int:
        with self.db.session() as s:
            return after_hospital.add_pending_test(
                s, self.nurse, self.admissions[False], test="Biopsy", told_by="GP"
            )

    def call_contact(self) -> int:
        with self.db.session() as s:
            return after_hospital.add_call_contact(
                s, self.nurse, self.admissions[False], name="Ward", phone="0123", answers="day"
            )

    def medication_change(self) -> int:
        """A new medicine with its dose, not decided: at version 1."""
        with self.db.session() as s:
            return discharge.add_medication_change(
                s,
                self.nurse,
                self.admissions[False],
                medication="Ramipril",
                change="new",
                reason="For your heart",
                dose="2.5 mg",
            )

    def follow_up(self) -> int:
        """An appointment not booked yet: at version 1."""
        with self.db.session() as s:
            return discharge.add_follow_up(
                s, self.nurse, self.admissions[False], with_whom="GP", contact_by="Ward clerk"
            )

    def running_round(self) -> tuple[int, int]:
        """A round running on a ward of its own, with one patient: (round, admission)."""
        ward_id = self.fresh_ward()
        admission_id = self.fresh_admission(ward_id)
        with self.db.session() as s:
            return ward_rounds.start_round(s, self.charge, ward_id), admission_id

    def review(self, *, final: bool = False) -> tuple[int, int]:
        """A fresh case review and its version."""
        with self.db.session() as s:
            review_id = reviews.create_review(s, self.nurse, review_draft(self.admissions[False]))
        if not final:
            return review_id, 1
        with self.db.session() as s:
            reviews.finalize_review(s, self.nurse, review_id, 1)
        return review_id, 2

    def fresh_user(self) -> str:
        username = self.unique("user")
        with self.db.session() as s:
            users.create_user(
                s,
                ADMIN,
                username=username,
                display_name="Someone",
                discipline="nursing",
                role="clinician",
                password=PASSWORD,
            )
        return username

    def census_plan(self) -> ImportPlan:
        with self.db.session() as s:
            return plan_csv_import(s, ADMIN, DATA / "ward-census.csv", self.csv_ward_id)

    def empty_export(self) -> Path:
        """An export of an empty database: what merges into any database."""
        if self._empty_export is None:
            empty = open_database(f"sqlite:///{self.folder / 'empty.sqlite3'}")
            self._empty_export = self.folder / "empty.json"
            with empty.session() as s:
                export_json(s, ADMIN, self._empty_export)
            empty.dispose()
        return self._empty_export

    @property
    def nurse(self) -> Actor:
        return self.actors[Role.CLINICIAN]

    @property
    def charge(self) -> Actor:
        return self.actors[Role.CHARGE_NURSE]


def review_draft(admission_id: int) -> ReviewDraft:
    return ReviewDraft(
        title="Fall at night",
        admission_id=admission_id,
        deidentified=False,
        sections={ReviewSection.WHAT_HAPPENED: "A fall at 03:00."},
        participants=(Discipline.NURSING,),
        actions=(),
    )


def seed(db: Database, folder: Path) -> MatrixWard:
    actors = {role: _account(db, role) for role in Role}
    nurse, charge = actors[Role.CLINICIAN], actors[Role.CHARGE_NURSE]
    with db.session() as s:
        ward = wards.create_ward(s, ADMIN, code="W7", name="Ward 7", bed_labels=["A", "B"])
    with db.session() as s:
        csv_ward = wards.create_ward(s, ADMIN, code="W8", name="Ward 8", bed_labels=CENSUS_BEDS)
    with db.session() as s:
        spare_ward = wards.create_ward(s, ADMIN, code="W9", name="Ward 9")
    with db.session() as s:
        round_id = ward_rounds.start_round(s, charge, ward.id)
    mrns = {False: "MRN-PLAIN", True: "MRN-SENSITIVE"}
    admitted: dict[bool, int] = {}
    for sensitive, mrn in mrns.items():
        with db.session() as s:
            admitted[sensitive] = admissions.admit(
                s,
                charge,
                ward_id=ward.id,
                bed_id=None,
                patient=admissions.NewPatient(mrn=mrn, given_name="Zoë", family_name="Muñoz"),
            )
    entries = {
        False: _entry(db, nurse, admitted[False], PLAIN, sensitive=False, round_id=round_id),
        True: _sensitive_entries(db, nurse, admitted[True], round_id),
    }
    with db.session() as s:
        ward_rounds.end_round(s, charge, round_id)
    with db.session() as s:
        review_id = reviews.create_review(s, nurse, review_draft(admitted[False]))
    return MatrixWard(
        db=db,
        folder=folder,
        actors=actors,
        ward_id=ward.id,
        ward_code=ward.code,
        csv_ward_id=csv_ward.id,
        spare_ward_id=spare_ward.id,
        admissions=admitted,
        mrns=mrns,
        entries=entries,
        round_id=round_id,
        review_id=review_id,
    )


def _account(db: Database, role: Role) -> Actor:
    with db.session() as s:
        users.create_user(
            s,
            ADMIN,
            username=role.value.replace("_", "."),
            display_name=role.value.title(),
            discipline="nursing",
            role=role,
            password=PASSWORD,
        )
    with db.session() as s:
        return users.authenticate(s, role.value.replace("_", "."), PASSWORD)


def _entry(
    db: Database, nurse: Actor, admission_id: int, text: str, *, sensitive: bool, round_id: int
) -> int:
    """A concern the family raised: one that the discharge summary prints."""
    with db.session() as s:
        return contributions.add_contribution(
            s,
            nurse,
            admission_id,
            text=text,
            kind="concern",
            discipline="family_carer",
            sensitive=sensitive,
            round_id=round_id,
        )


def _amend(db: Database, nurse: Actor, entry_id: int, text: str, sensitive: bool) -> int:
    with db.session() as s:
        return contributions.amend_contribution(
            s, nurse, entry_id, text=text, reason="second thoughts", sensitive=sensitive
        )


def _sensitive_entries(db: Database, nurse: Actor, admission_id: int, round_id: int) -> int:
    """A sensitive entry; one made sensitive by amendment; one whose details were taken
    out by amendment. Returns the id of that last amendment: the version not marked
    sensitive of an entry that is."""
    _entry(db, nurse, admission_id, SECRETS[0], sensitive=True, round_id=round_id)
    made = _entry(db, nurse, admission_id, SECRETS[1], sensitive=False, round_id=round_id)
    _amend(db, nurse, made, SECRETS[1] + ".", sensitive=True)
    redacted = _entry(db, nurse, admission_id, SECRETS[2], sensitive=True, round_id=round_id)
    return _amend(db, nurse, redacted, "(details removed)", sensitive=False)

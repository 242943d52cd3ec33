"""Building a small ward through the services, for tests."""

from __future__ import annotations

from dataclasses import dataclass

from rounds_app.domain.enums import Discipline, Role
from rounds_app.services import admissions, users, wards
from rounds_app.services.actor import Actor
from rounds_app.storage.database import Database

PASSWORD = "correct horse battery"
ADMIN = Actor.system("test")


@dataclass
class Ward:
    ward_id: int
    bed_ids: list[int]
    charge: Actor
    nurse: Actor
    pharmacist: Actor
    display: Actor
    admission_ids: list[int]


def add_user(db: Database, username: str, role: Role, discipline: Discipline) -> Actor:
    with db.session() as s:
        users.create_user(
            s,
            ADMIN,
            username=username,
            display_name=username.title(),
            discipline=discipline,
            role=role,
            password=PASSWORD,
        )
    with db.session() as s:
        return users.authenticate(s, username, PASSWORD)


def small_ward(db: Database, patients: int = 3) -> Ward:
    with db.session() as s:
        ward = wards.create_ward(
            s, ADMIN, code="W7", name="Ward 7", bed_labels=[f"7-{i}" for i in range(1, 7)]
        )
    with db.session() as s:
        bed_ids = [b.id for b in wards.list_beds(s, ADMIN, ward.id)]
    charge = add_user(db, "charge", Role.CHARGE_NURSE, Discipline.NURSING)
    nurse = add_user(db, "nurse", Role.CLINICIAN, Discipline.NURSING)
    pharmacist = add_user(db, "pharm", Role.CLINICIAN, Discipline.PHARMACY)
    display = add_user(db, "screen", Role.WARD_DISPLAY, Discipline.NURSING)
    names = [("Ελένη", "Παπαδοπούλου"), ("محمد", "الحسن"), ("秀英", "王"), ("Zoë", "Muñoz")]
    admission_ids = []
    for i in range(patients):
        given, family = names[i % len(names)]
        with db.session() as s:
            admission_ids.append(
                admissions.admit(
                    s,
                    charge,
                    ward_id=ward.id,
                    bed_id=bed_ids[i],
                    patient=admissions.NewPatient(
                        mrn=f"MRN{i:04d}", given_name=given, family_name=family
                    ),
                    one_liner=f"patient {i}",
                )
            )
    return Ward(ward.id, bed_ids, charge, nurse, pharmacist, display, admission_ids)

"""A ward built through the services for the ui tests, with names in many scripts
(Greek, Arabic, Chinese, Cyrillic, Hebrew, Vietnamese, accented Latin)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from rounds_app import paths
from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import ContributionKind, Discipline, Role
from rounds_app.services import actions, admissions, cards, contributions, users, wards
from rounds_app.services.actor import Actor
from rounds_app.storage.database import Database, open_database

PASSWORD = "correct horse battery"
CHARGE = "charge.nurse"
ADMIN = Actor.system("test")

# given, family, preferred, language (interpreter when set), severity, days in, discharge in
PATIENTS = [
    ("Ελένη", "Παπαδοπούλου", "Λένα", "Greek", "watcher", 4, 2),
    ("محمد", "الحسن", "", "Arabic", "unstable", 2, None),
    ("秀英", "王", "", "Mandarin", "stable", 9, 1),
    ("Zoë", "Muñoz", "", "", "stable", 3, 3),
    ("Jonathan", "O'Brien", "Jack", "", "watcher", 6, 0),
    ("Дмитрий", "Иванов", "Дима", "Russian", "stable", 12, 4),
    ("יעל", "כהן", "", "", "stable", 1, 5),
    ("Hoa", "Nguyễn", "", "Vietnamese", "unstable", 5, None),
    ("Siobhán", "Ní Bhriain", "", "", "stable", 7, -1),
    ("Kwame", "Mensah", "", "", "watcher", 2, 6),
    ("Ayşe", "Yılmaz", "", "Turkish", "stable", 8, 2),
    ("Björn", "Åström", "", "", "stable", 3, 1),
    ("Priya", "Raghunathan", "", "", "watcher", 10, 3),
    ("Ana", "Kovačević", "", "", "stable", 4, 2),
    ("Chinedu", "Okonkwo", "Chi", "", "stable", 2, 4),
    ("Mary-Kate", "Smith-Jones", "", "", "unstable", 1, None),
    ("Aroha", "Ngata", "", "", "stable", 6, 1),
    ("Fatima", "Zahra", "", "", "watcher", 3, 5),
    ("Lars", "Nilsen", "", "", "stable", 14, 0),
    ("健太", "佐藤", "", "Japanese", "stable", 5, 2),
]

ONE_LINERS = [
    "Community-acquired pneumonia, improving on oral antibiotics; weaning oxygen",
    "Chest pain overnight, troponin rising; angiography planned today",
    "Hip fracture, day 8 after fixation; walking with a frame",
    "Cellulitis of the left leg, on IV antibiotics, afebrile 24 h",
]


@dataclass
class WardData:
    ward_id: int
    admission_ids: list[int]  # in rounds order
    charge: Actor


def _user(db: Database, username: str, name: str, role: Role, discipline: Discipline) -> None:
    with db.session() as s:
        users.create_user(
            s,
            ADMIN,
            username=username,
            display_name=name,
            discipline=discipline,
            role=role,
            password=PASSWORD,
        )


def add_ward_administrator(db: Database) -> None:
    """The "boss" account: the ward's administrator, who signs in with PASSWORD."""
    _user(db, "boss", "Ward Administrator", Role.ADMIN, Discipline.NURSING)


def build_ward(db: Database, patients: int = 8, *, code: str = "7B") -> WardData:
    """A ward with `patients` admissions (bed 3 left empty, the last one without a
    bed), some with new entries, open actions and goals revisited."""
    with db.session() as s:
        ward = wards.create_ward(
            s,
            ADMIN,
            code=code,
            name="Acute Medicine",
            bed_labels=[f"{code}-{i:02d}" for i in range(1, 25)],
        )
    with db.session() as s:
        beds = [b.id for b in wards.list_beds(s, ADMIN, ward.id)]
    _user(db, CHARGE, "Mariam Haddad", Role.CHARGE_NURSE, Discipline.NURSING)
    _user(db, "pharm.lee", "Dr Sun-hee Lee", Role.CLINICIAN, Discipline.PHARMACY)
    with db.session() as s:
        charge = users.authenticate(s, CHARGE, PASSWORD)
    now = utc_now()
    admission_ids = []
    for i in range(patients):
        given, family, preferred, language, severity, days_in, out_in = PATIENTS[i % 20]
        bed = None if i == patients - 1 and patients > 1 else beds[i if i < 2 else i + 1]
        with db.session() as s:
            admission_ids.append(
                admissions.admit(
                    s,
                    charge,
                    ward_id=ward.id,
                    bed_id=bed,
                    patient=admissions.NewPatient(
                        mrn=f"{code}{i:04d}",
                        given_name=given,
                        family_name=family,
                        preferred_name=preferred,
                        preferred_language=language,
                        interpreter_needed=bool(language),
                    ),
                    admitted_at=now - timedelta(days=days_in),
                    expected_discharge_date=(
                        None if out_in is None else _discharge(now.date(), days_in, out_in)
                    ),
                    severity=severity,
                    one_liner=ONE_LINERS[i % len(ONE_LINERS)],
                )
            )
    for i, admission_id in enumerate(admission_ids):
        with db.session() as s:
            if i % 3 == 0:
                cards.revisit_goals(s, charge, admission_id)
        for n in range(i % 4):
            with db.session() as s:
                contributions.add_contribution(
                    s, charge, admission_id, text=f"Entry {n}", kind=ContributionKind.UPDATE
                )
        if i % 2:
            with db.session() as s:
                actions.open_action(
                    s,
                    charge,
                    admission_id,
                    text="Book follow-up",
                    owner_discipline=Discipline.NURSING,
                )
    return WardData(ward.id, admission_ids, charge)


def _discharge(today: date, days_in: int, out_in: int) -> date:
    # an overdue date may not fall before the admission itself
    return today + timedelta(days=max(out_in, -days_in))


def ward_file(tmp_path: Path) -> Path:
    """A small ward in its own SQLite file, for tests that start the app on a path."""
    path = tmp_path / "ward.sqlite3"
    database = open_database(paths.sqlite_url(path))
    build_ward(database, 3)
    database.dispose()
    return path

"""The demo ward's staff: one account per role, and a colleague per discipline so that
every discipline's voice is signed by someone."""

from __future__ import annotations

import secrets

from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import Discipline, Role
from rounds_app.services.users import hash_password
from rounds_app.storage.models import User

# username, display name, discipline, role
STAFF = (
    ("admin", "Ward Administrator", Discipline.NURSING, Role.ADMIN),
    ("charge.nurse", "Amara Okafor", Discipline.NURSING, Role.CHARGE_NURSE),
    ("nurse", "Tomás Ferreira", Discipline.NURSING, Role.CLINICIAN),
    ("ward.display", "Ward 4B screen", Discipline.NURSING, Role.WARD_DISPLAY),
    ("pharmacist", "Priya Raman", Discipline.PHARMACY, Role.CLINICIAN),
    ("doctor", "Dr Jonas Lindqvist", Discipline.MEDICINE, Role.CLINICIAN),
    ("physio", "Kerry-Ann Walsh", Discipline.PHYSIOTHERAPY, Role.CLINICIAN),
    ("ot", "Mei Chen", Discipline.OCCUPATIONAL_THERAPY, Role.CLINICIAN),
    ("social.worker", "Daniel Haddad", Discipline.SOCIAL_WORK, Role.CLINICIAN),
    ("dietitian", "Sinéad Murphy", Discipline.DIETETICS, Role.CLINICIAN),
    ("chaplain", "Revd Grace Adeyemi", Discipline.CHAPLAINCY, Role.CLINICIAN),
)


def add_staff(session: Session) -> tuple[dict[str, str], dict[Discipline, User]]:
    """Creates the accounts; returns their one-time passwords and who signs for each
    discipline (the nurse writes down family's and patients' own words)."""
    passwords: dict[str, str] = {}
    by_discipline: dict[Discipline, User] = {}
    for username, name, discipline, role in STAFF:
        # random, not seeded: demo databases get copied around
        password = secrets.token_urlsafe(9)
        user = User(
            username=username,
            display_name=name,
            discipline=discipline,
            role=role,
            password_hash=hash_password(password),
            active=True,
            created_at=utc_now(),
        )
        session.add(user)
        passwords[username] = password
        if role is Role.CLINICIAN:
            by_discipline.setdefault(discipline, user)
    by_discipline[Discipline.FAMILY_CARER] = by_discipline[Discipline.NURSING]
    by_discipline[Discipline.PATIENT] = by_discipline[Discipline.NURSING]
    session.flush()
    return passwords, by_discipline

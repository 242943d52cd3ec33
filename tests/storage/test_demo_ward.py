"""The demo ward as a clinician reads it: every safety fact present with the variety a
real ward has, one-liners whose day counts agree with the admission dates, and generic
entries only where they fit the patient's story."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from rounds_app.demo import create_demo
from rounds_app.demo.content import load_content
from rounds_app.demo.fitting import persona_tags
from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import Severity
from rounds_app.domain.safety import Resuscitation, SafetyItem
from rounds_app.storage.database import Database
from rounds_app.storage.models import (
    Admission,
    Allergy,
    Contact,
    Contribution,
    FactRevision,
    Medication,
    Patient,
    ResuscitationDecision,
    SafetyCheck,
)

# "day 4", "D3", "6 days": a one-liner's count of days in hospital
DAY_COUNT = re.compile(r"\b(?:[Dd]ay ?|D)(\d+)\b|\b(\d+) days?\b")


@pytest.fixture(scope="module")
def ward(module_db: Database) -> Iterator[Database]:
    create_demo(module_db)
    yield module_db


def _rows(db: Database, model: type) -> list:  # type: ignore[type-arg]
    with db.session() as s:
        rows = list(s.execute(select(model)).scalars())
        s.expunge_all()
    return rows


def test_every_safety_fact_is_there_with_a_real_ward_s_variety(ward: Database) -> None:
    admissions = _rows(ward, Admission)
    decisions = {d.admission_id: d for d in _rows(ward, ResuscitationDecision)}
    allergies = _rows(ward, Allergy)
    checks = _rows(ward, SafetyCheck)
    statuses = {d.status for d in decisions.values()}
    assert {Resuscitation.DNACPR, Resuscitation.FOR_CPR} <= statuses
    assert any(d.form_reference and d.discussed_with for d in decisions.values())
    assert any(a.id not in decisions for a in admissions)  # not yet discussed
    assert any(a.no_known and a.recorded_by_id for a in allergies)
    assert any(a.severity == "severe" and a.criticality == "high" for a in allergies)
    assert {a.patient_id for a in admissions} - {a.patient_id for a in allergies}  # not asked
    assert any(a.severity is Severity.NOT_ASSESSED for a in admissions)
    assessed: dict[int, set[SafetyItem]] = {}
    for check in checks:
        assessed.setdefault(check.admission_id, set()).add(check.item)
    assert any(len(assessed.get(a.id, set())) < len(SafetyItem) for a in admissions)
    assert any(c.item is SafetyItem.LINES and c.since for c in checks)
    contacts = _rows(ward, Contact)
    assert {c.patient_id for c in contacts if c.next_of_kin} == {a.patient_id for a in admissions}
    # numbers in the ranges Ofcom keeps for drama, never a real line
    fictional = re.compile(r"(07700 900|020 7946 0|0113 496 0|0131 496 0|01632 960)\d{3}|")
    assert all(fictional.fullmatch(c.phone) for c in contacts)
    medicines = _rows(ward, Medication)
    assert {m.patient_id for m in medicines} == {a.patient_id for a in admissions}
    assert all(m.dosage and m.route and m.frequency for m in medicines)


def test_every_name_in_another_script_has_its_latin_form(ward: Database) -> None:
    for patient in _rows(ward, Patient):
        name = patient.given_name + patient.family_name
        latin = all("LATIN" in unicodedata.name(ch) for ch in name if ch.isalpha())
        assert bool(patient.latin_name) != latin, patient.id
        assert all("LATIN" in unicodedata.name(ch) for ch in patient.latin_name if ch.isalpha())


def test_each_fact_has_its_first_revision(ward: Database) -> None:
    revisions = {(r.entity, r.entity_id): r for r in _rows(ward, FactRevision)}
    facts = {
        "resuscitation_decisions": _rows(ward, ResuscitationDecision),
        "safety_checks": _rows(ward, SafetyCheck),
        "allergies": _rows(ward, Allergy),
        "contacts": _rows(ward, Contact),
        "medications": _rows(ward, Medication),
        "patients": [p for p in _rows(ward, Patient) if p.latin_name],
    }
    assert all(facts.values())
    assert len(revisions) == sum(len(rows) for rows in facts.values())
    for entity, rows in facts.items():
        for row in rows:
            revision = revisions[(entity, row.id)]
            assert revision.version == 1
            snapshot = json.loads(revision.snapshot)
            for name, value in snapshot.items():
                stored = getattr(row, name)
                assert value == (stored.isoformat() if hasattr(stored, "isoformat") else stored)


def test_one_liner_day_counts_agree_with_the_admission_date(ward: Database) -> None:
    today = utc_now().date()
    counted = 0
    for admission in _rows(ward, Admission):
        days_in_hospital = (today - admission.admitted_at.date()).days
        for match in DAY_COUNT.finditer(admission.one_liner):
            assert int(match.group(1) or match.group(2)) == days_in_hospital, admission.one_liner
            counted += 1
    assert counted >= 10


def test_generic_entries_fit_the_patient_they_were_drawn_for(ward: Database) -> None:
    content = load_content()
    needs = {e["text"]: set(e["needs"]) for entries in content.pool.values() for e in entries}
    tags = {(p["given_name"], p["family_name"]): persona_tags(p) for p in content.personas}
    with ward.session() as s:
        drawn = s.execute(
            select(Patient.given_name, Patient.family_name, Contribution.text)
            .join(Admission, Admission.patient_id == Patient.id)
            .join(Contribution, Contribution.admission_id == Admission.id)
            .where(Contribution.amends_id.is_(None))
        ).all()
    generic = [(name, text) for *name, text in drawn if text in needs]
    assert len(generic) >= 24
    for name, text in generic:
        assert needs[text] <= tags[tuple(name)], (name, text)

"""The demo patients' safety facts, from each persona's story: resuscitation decision
and ceiling of treatment, allergies (or "no known allergies", or nothing yet asked),
contacts with the next of kin and any decision-maker, the whiteboard safety checks,
the current medicines, and the name in Latin letters. What a persona leaves out stays
unrecorded: not yet discussed, not asked, not assessed.

Written as rows like the rest of the demo, each with the first `FactRevision` the
services would have appended (version 1, a snapshot of the fact's fields)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from rounds_app.domain.enums import Discipline
from rounds_app.domain.safety import Ceiling, Resuscitation, SafetyItem
from rounds_app.interop.fhir_values import text_key
from rounds_app.storage.models import (
    Admission,
    Allergy,
    Contact,
    FactRevision,
    Medication,
    ResuscitationDecision,
    SafetyCheck,
    User,
)

# SNOMED CT 716186003 "no known allergy": the key a hospital record's statement has too
NO_KNOWN_KEY = "http://snomed.info/sct|716186003"
NO_KNOWN_TEXT = "No known allergies"


@dataclass(frozen=True)
class FactWriter:
    session: Session
    now: datetime
    staff: Mapping[Discipline, User]
    charge: User

    def add(self, admission: Admission, persona: Mapping[str, Any]) -> None:
        if persona.get("latin_name"):
            self._identity(admission, persona["latin_name"])
        if "resuscitation" in persona:
            self._resuscitation(admission, persona["resuscitation"])
        self._allergies(admission, persona["allergies"])
        for values in persona.get("contacts", ()):
            self._listed(admission, Contact, "contacts", values, Discipline.SOCIAL_WORK)
        for values in persona.get("medications", ()):
            self._listed(admission, Medication, "medications", values, Discipline.PHARMACY)
        for item, check in persona.get("checks", {}).items():
            self._check(admission, SafetyItem(item), check)

    def _at(self, admission: Admission, after: timedelta) -> datetime:
        """A moment `after` the admission, never later than now."""
        return min(admission.admitted_at + after, self.now)

    def _identity(self, admission: Admission, latin_name: str) -> None:
        patient = admission.patient
        patient.latin_name = latin_name
        values = {"latin_name": latin_name, "preferred_name": patient.preferred_name}
        self._revision(
            admission,
            "patients",
            patient.id,
            values,
            self.charge,
            self._at(admission, timedelta(hours=1)),
        )

    def _resuscitation(self, admission: Admission, decision: Mapping[str, Any]) -> None:
        if "decided_on" in decision:  # decided before this admission
            decided_on = date.fromisoformat(decision["decided_on"])
            at = self._at(admission, timedelta(hours=3))
        else:
            at = self._at(admission, timedelta(days=decision["decided_day"], hours=2))
            decided_on = at.date()
        values = {
            "status": Resuscitation(decision["status"]),
            "ceiling": Ceiling(decision["ceiling"]),
            "decided_on": decided_on,
            "decided_by": decision["decided_by"],
            "discussed_with": decision["discussed_with"],
            "form_reference": decision.get("form_reference", ""),
        }
        doctor = self.staff[Discipline.MEDICINE]
        row = ResuscitationDecision(
            admission_id=admission.id, recorded_by_id=doctor.id, recorded_at=at, **values
        )
        self._write(admission, "resuscitation_decisions", row, values, doctor, at)

    def _allergies(self, admission: Admission, allergies: str | list[dict[str, str]]) -> None:
        if allergies == "not_asked":
            return
        if isinstance(allergies, str):  # "no_known"
            # the admitting nurse asks on arrival
            nurse, at = self.staff[Discipline.NURSING], self._at(admission, timedelta(hours=1))
            no_known, entries = True, [{"substance": NO_KNOWN_TEXT}]
        else:
            # the pharmacist's medicines reconciliation, a few hours in
            nurse, at = self.staff[Discipline.PHARMACY], self._at(admission, timedelta(hours=4))
            no_known, entries = False, allergies
        for entry in entries:
            values = {
                "substance": entry["substance"],
                "reaction": entry.get("reaction", ""),
                "severity": entry.get("severity", ""),
                "criticality": entry.get("criticality", ""),
                "status": "active",
                "no_known": no_known,
            }
            key = NO_KNOWN_KEY if no_known else text_key(entry["substance"])
            row = Allergy(
                patient_id=admission.patient_id,
                key=key,
                source="",
                recorded_by_id=nurse.id,
                recorded_at=at,
                **values,
            )
            self._write(admission, "allergies", row, values, nurse, at)

    def _listed(
        self,
        admission: Admission,
        model: type[Contact] | type[Medication],
        entity: str,
        entry: Mapping[str, Any],
        discipline: Discipline,
    ) -> None:
        author, at = self.staff[discipline], self._at(admission, timedelta(hours=5))
        values = {**entry, "active": True}
        row = model(
            patient_id=admission.patient_id,
            key=text_key(entry["name"]),
            source="",
            recorded_by_id=author.id,
            recorded_at=at,
            **values,
        )
        self._write(admission, entity, row, values, author, at)

    def _check(self, admission: Admission, item: SafetyItem, check: Mapping[str, Any]) -> None:
        since_day = check.get("since_day")
        since = None if since_day is None else admission.admitted_at.date() + timedelta(since_day)
        values = {"item": item, "state": check["state"], "detail": check["detail"], "since": since}
        # the decision-maker is the doctor's to record; the rest is the nurse's whiteboard
        discipline = (
            Discipline.MEDICINE if item is SafetyItem.DECISION_MAKING else Discipline.NURSING
        )
        author = self.staff[discipline]
        at = self._at(admission, timedelta(days=since_day or 0, hours=2))
        row = SafetyCheck(
            admission_id=admission.id, recorded_by_id=author.id, recorded_at=at, **values
        )
        self._write(admission, "safety_checks", row, values, author, at)

    def _write(
        self,
        admission: Admission,
        entity: str,
        row: Any,
        values: Mapping[str, Any],
        author: User,
        at: datetime,
    ) -> None:
        self.session.add(row)
        self.session.flush()
        self._revision(admission, entity, row.id, values, author, at)

    def _revision(
        self,
        admission: Admission,
        entity: str,
        entity_id: int,
        values: Mapping[str, Any],
        author: User,
        at: datetime,
    ) -> None:
        self.session.add(
            FactRevision(
                patient_id=admission.patient_id,
                admission_id=admission.id,
                entity=entity,
                entity_id=entity_id,
                version=1,
                snapshot=_snapshot(values),
                recorded_by_id=author.id,
                recorded_at=at,
            )
        )


def _snapshot(values: Mapping[str, Any]) -> str:
    """The fact's fields as JSON: dates as ISO text, enums as their values."""
    plain = {
        name: value.isoformat() if isinstance(value, date) else value
        for name, value in values.items()
    }
    return json.dumps(plain, ensure_ascii=False, sort_keys=True)

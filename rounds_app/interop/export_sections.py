"""The Encounter and the Composition sections of a discharge summary: the narrative card
in the patient's words, the clinical summary, the coded lists, the discharge plan, open
actions and the team's notes. Sensitive contributions never leave Rounds this way."""

from __future__ import annotations

from dataclasses import dataclass, field

from rounds_app.domain.enums import ActionStatus, MedicationChangeKind
from rounds_app.domain.labels import (
    CARD_FIELD_LABELS,
    DISCIPLINE_LABELS,
    FOLLOW_UP_PLACE_LABELS,
    MEDICATION_CHANGE_LABELS,
)
from rounds_app.domain.safety import CEILING_LABELS, RESUSCITATION_LABELS, Ceiling
from rounds_app.interop.export_resources import ref, xhtml
from rounds_app.interop.reading import Json
from rounds_app.services.patient_card import (
    AdmissionView,
    FollowUpView,
    MedicationChangeView,
    PatientCard,
)
from rounds_app.services.safety_views import ResuscitationView
from rounds_app.services.visibility import shared_entries

CODE_STATUS = "Resuscitation status and ceiling of treatment"


@dataclass(frozen=True)
class Coded:
    """fullUrls of the coded resources each section points at."""

    allergies: list[str] = field(default_factory=list)
    medications: list[str] = field(default_factory=list)
    problems: dict[str, list[str]] = field(default_factory=dict)
    team: list[str] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)


def encounter(a: AdmissionView, patient_url: str) -> Json:
    period = {"start": a.admitted_at.isoformat()}
    if a.discharged_at is not None:
        period["end"] = a.discharged_at.isoformat()
    resource: Json = {
        "resourceType": "Encounter",
        "status": "finished" if a.discharged_at is not None else "in-progress",
        "class": {
            "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
            "code": "IMP",
            "display": "inpatient encounter",
        },
        "subject": ref(patient_url),
        "period": period,
    }
    if a.bed_label:
        # the importer finds the bed again by this display, on a ward with that label
        resource["location"] = [{"location": {"display": a.bed_label}, "status": "active"}]
    return resource


def _section(title: str, lines: list[str], entries: list[str] | None = None) -> Json | None:
    if not any(line.strip() for line in lines) and not entries:
        return None
    section: Json = {"title": title, "text": xhtml(lines or [title])}
    if entries:
        section["entry"] = [ref(url) for url in entries]
    return section


def resuscitation_lines(decision: ResuscitationView) -> list[str]:
    """The code status in words — "not yet discussed" when nobody has recorded one."""
    lines = [
        RESUSCITATION_LABELS[decision.status],
        f"Ceiling of treatment: {CEILING_LABELS[decision.ceiling]}"
        if decision.ceiling is not Ceiling.NOT_DISCUSSED
        else CEILING_LABELS[decision.ceiling],
    ]
    decided = " ".join(
        part
        for part in (
            f"on {decision.decided_on.isoformat()}" if decision.decided_on else "",
            f"by {decision.decided_by}" if decision.decided_by else "",
        )
        if part
    )
    lines += [
        f"Decided {decided}" if decided else "",
        f"Discussed with: {decision.discussed_with}" if decision.discussed_with else "",
        f"Form: {decision.form_reference}" if decision.form_reference else "",
    ]
    return lines


def sections(card: PatientCard, coded: Coded, code_status: list[str]) -> list[Json]:
    a = card.admission
    summary = [
        f"Illness severity: {a.severity.value}",
        a.one_liner,
        f"Admitted: {a.admitted_at.date().isoformat()}",
        f"Expected discharge: {a.expected_discharge_date.isoformat()}"
        if a.expected_discharge_date
        else "",
    ]
    allergies = list(a.allergies) or (["No known allergies"] if a.no_known_allergies else [])
    problems = coded.problems
    candidates = [
        _section("Clinical summary", summary),
        _section(CODE_STATUS, code_status),
        *(
            _section(CARD_FIELD_LABELS[name], view.text.splitlines())
            for name, view in card.fields.items()
            if view.text.strip()
        ),
        _section("Allergies and intolerances", allergies, coded.allergies),
        _section(
            "Medications",
            [f"{m.name} — {m.dosage}" if m.dosage else m.name for m in card.medications],
            coded.medications,
        ),
        _section("Problems", _texts(card, "condition"), problems.get("condition")),
        _section("Goals", _texts(card, "goal"), problems.get("goal")),
        _section("Plan of care", _texts(card, "care_plan"), problems.get("care_plan")),
        _section(
            "Care team",
            [f"{t.name} ({t.role})" if t.role else t.name for t in card.care_team],
            coded.team,
        ),
        _section(
            "Contacts",
            [" — ".join(p for p in (c.name, c.relationship, c.phone) if p) for c in card.contacts],
            coded.contacts,
        ),
        _section("Discharge plan", _discharge(card)),
        _section(
            "Open actions",
            [x.text for x in card.actions if x.status == ActionStatus.OPEN],
        ),
        _section(
            "Team notes",
            [
                f"{DISCIPLINE_LABELS[c.discipline]} ({c.author}): {c.text}"
                for c in shared_entries(card.contributions)
            ],
        ),
    ]
    return [section for section in candidates if section is not None]


def _texts(card: PatientCard, kind: str) -> list[str]:
    return [p.text for p in card.problems if p.kind.value == kind]


def _discharge(card: PatientCard) -> list[str]:
    plan = card.discharge_plan
    if plan is None:
        return []
    lines = [
        f"Destination: {plan.destination}" if plan.destination else "",
        f"Barriers: {plan.barriers}" if plan.barriers else "",
        f"Warning signs: {plan.warning_signs}" if plan.warning_signs else "",
        f"Whom to call: {plan.whom_to_call}" if plan.whom_to_call else "",
    ]
    lines += [_medicine(m) for m in plan.medication_changes]
    lines += [_follow_up(f) for f in plan.follow_ups]
    return lines


def _medicine(m: MedicationChangeView) -> str:
    """A change as the plan holds it, saying when it is not decided yet."""
    label = MEDICATION_CHANGE_LABELS[m.change].lower()
    parts = [f"Medicine {label}: {m.medication}"]
    if m.dose:
        parts.append(f"dose {m.dose}")
    if m.how_to_take:
        parts.append(m.how_to_take)
    if m.previous and m.change is MedicationChangeKind.CHANGED:
        parts.append(f"was {m.previous}")
    decided = "" if m.decided else " (not decided yet)"
    return ", ".join(parts) + decided + f" — {m.reason}"


def _follow_up(f: FollowUpView) -> str:
    """A booked appointment with its day; one not booked says who will be in touch."""
    line = f"Follow-up with {f.with_whom}"
    if f.booked:
        line += f" on {f.when.date().isoformat()}" if f.when else ", booked"
        if f.place_kind:
            line += f", {FOLLOW_UP_PLACE_LABELS[f.place_kind]}"
        return line + (f" ({f.where})" if f.where else "")
    line += ", not booked yet"
    if f.contact_by:
        line += f": {f.contact_by} will contact the patient"
        if f.contact_by_date:
            line += f" by {f.contact_by_date.isoformat()}"
    return line

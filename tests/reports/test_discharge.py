"""The discharge-planning summaries, team and patient copies (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from rounds_app.domain.clock import utc_now
from rounds_app.errors import PermissionDenied, ValidationError
from rounds_app.i18n.copy_language import copy_language
from rounds_app.reports.data import PrintJob
from rounds_app.reports.discharge_patient import PatientSummaryRenderer
from rounds_app.reports.fonts import has_rtl
from rounds_app.reports.loading import load_discharge
from rounds_app.reports.service import print_discharge
from rounds_app.services.audit import verify_chain
from rounds_app.services.unit import latest_change_id
from rounds_app.storage.database import Database
from rounds_app.storage.models import AuditEvent
from tests.reports.pdf import image_xobjects, pages_text, shows, squeeze, text
from tests.reports.ward import PEOPLE, SECRET, long_texts_ward, multilingual_ward


def _print(db: Database, actor, admission_id: int, **options) -> str:  # type: ignore[no-untyped-def]
    with db.session() as s:
        pdf = print_discharge(s, actor, admission_id, **options)
    assert image_xobjects(pdf) == []
    return text(pdf)


def test_team_copy_holds_identity_plan_card_and_discharge_entries(db: Database) -> None:
    ward = multilingual_ward(db)
    for person, admission_id in zip(PEOPLE, ward.admission_ids, strict=True):
        printed = _print(db, ward.charge, admission_id, audience="team")
        for expected in (
            person.given,
            person.family,
            person.matters,
            person.medicine_reason,
        ):
            assert shows(printed, expected), (person.script, expected)
        for expected in (
            f"MRN-{person.script}",
            f"Home of {person.script}",
            f"Barrier of {person.script}",
            f"Medicine of {person.script}",
            f"Warning of {person.script}",
            f"Call of {person.script}",
            f"Clinic of {person.script}",
            f"Hope of {person.script}",
            f"Concern of {person.script}",
            "Medicines reconciled",
            "patient's own words",
            "family's words",
            "P1-0",
            "Ward P1 — Médecine générale",
        ):
            assert squeeze(expected) in squeeze(printed), (person.script, expected)
        assert SECRET not in printed


def test_sensitive_entries_only_when_asked_for_and_allowed(db: Database) -> None:
    ward = multilingual_ward(db)
    admission = ward.admission_ids[0]
    assert SECRET in _print(db, ward.charge, admission, include_sensitive=True)
    assert SECRET not in _print(db, ward.display, admission)
    with pytest.raises(PermissionDenied), db.session() as s:
        print_discharge(s, ward.display, admission, include_sensitive=True)
    with pytest.raises(ValidationError), db.session() as s:
        print_discharge(s, ward.charge, admission, audience="patient", include_sensitive=True)


def test_patient_copy_is_plain_with_their_own_words(db: Database) -> None:
    ward = multilingual_ward(db)
    for person, admission_id in zip(PEOPLE, ward.admission_ids, strict=True):
        with db.session() as s:
            pdf = print_discharge(s, ward.charge, admission_id, audience="patient")
        printed = text(pdf)
        # in the patient's language where a catalog has it, headings with the English
        t = copy_language(person.script.title())
        for heading in (
            "Your plan",
            "Your medicines",
            "Your appointments",
            "Warning signs",
            "Who to call",
            "What you told us matters to you",
        ):
            assert shows(printed, heading), (person.script, heading)
            assert shows(printed, t.gettext(heading)), (person.script, heading)
        assert shows(printed, t.gettext("New medicines"))
        for expected in (person.given, person.family, person.medicine_reason):
            assert shows(printed, expected), (person.script, expected)
        # the patient's words in quotes (a right-to-left phrase may come back from
        # the PDF with its quotes at either end); the family's, not marked shareable,
        # left out
        quoted = squeeze(f"“{person.matters}”") in squeeze(printed)
        assert quoted or (has_rtl(person.matters) and shows(printed, person.matters))
        assert squeeze(f"Hope of {person.script}") not in squeeze(printed)
        for expected in (f"Home of {person.script}", f"Clinic of {person.script}"):
            assert squeeze(expected) in squeeze(printed)
        # who it is about heads every page (a sheet left at the wrong bedside is
        # seen to be someone else's); no team entries, nothing sensitive
        for page in pages_text(pdf):
            assert squeeze(f"MRN MRN-{person.script} · DOB {person.born_printed}") in squeeze(page)
        for absent in ("Concern of", SECRET):
            assert absent not in printed


def test_patient_copy_body_type_is_large(db: Database) -> None:
    ward = multilingual_ward(db)
    with db.session() as s:
        data = load_discharge(
            s, ward.charge, ward.admission_ids[0], patient_copy=True, include_sensitive=False
        )
    renderer = PatientSummaryRenderer(data, PrintJob(utc_now(), "Charge"))
    assert renderer.styles["body"].fontSize >= 14
    assert renderer.styles["body"].leading >= 1.3 * renderer.styles["body"].fontSize


def test_stale_card_fields_are_flagged_on_both_copies(db: Database) -> None:
    ward = multilingual_ward(db)
    later = utc_now() + timedelta(days=12)
    for audience in ("team", "patient"):
        printed = _print(db, ward.charge, ward.admission_ids[0], audience=audience, now=later)
        assert "(not updated for 12 days)" in printed, audience
        assert "last updated" in printed


def test_each_copy_is_audited_without_patient_text(db: Database) -> None:
    ward = multilingual_ward(db)
    admission = ward.admission_ids[2]
    with db.session() as s:
        before = latest_change_id(s)
    _print(db, ward.charge, admission, audience="team", include_sensitive=True)
    _print(db, ward.clinician, admission, audience="patient")
    with db.session() as s:
        events = s.execute(
            select(AuditEvent).where(AuditEvent.action.like("print.%")).order_by(AuditEvent.id)
        ).scalars()
        assert [(e.action, e.entity, e.entity_id, e.actor, e.fields) for e in events] == [
            ("print.discharge_team", "admission", admission, "charge", "sensitive"),
            ("print.discharge_patient", "admission", admission, "social", ""),
        ]
        # a print changes no data: no workstation is told to reload for it
        assert latest_change_id(s) == before
        assert verify_chain(s) == []


def test_unknown_audience_is_refused(db: Database) -> None:
    ward = multilingual_ward(db)
    with pytest.raises(ValidationError), db.session() as s:
        print_discharge(s, ward.charge, ward.admission_ids[0], audience="family")


def test_longest_texts_in_every_script_run_over_pages(db: Database) -> None:
    ward = long_texts_ward(db)
    admission = ward.admission_ids[0]
    for audience in ("team", "patient"):
        with db.session() as s:
            pdf = print_discharge(s, ward.charge, admission, audience=audience)
        pages = pages_text(pdf)
        assert len(pages) > 3, audience
        assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
        for word in ("Córdoba", "أحفادي", "花园", "הביתה", "見たい", "γυρίσω", "коту"):
            assert shows("\n".join(pages), word), (audience, word)

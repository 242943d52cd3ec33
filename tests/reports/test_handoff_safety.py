"""What a nurse taking over trusts the handoff sheet for: who each patient is (MRN,
date of birth), code status, allergies, severity never "Stable" unless someone said
so, contingencies printed whole, a box for the receiver and a sign-off on every page
(SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from datetime import date

from rounds_app.domain.enums import Severity
from rounds_app.domain.safety import Ceiling, Resuscitation
from rounds_app.reports.service import print_handoff
from rounds_app.services import actions, admissions, allergies, safety_facts
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission
from tests.reports.pdf import pages_text, shows, squeeze, text
from tests.reports.ward import PEOPLE, multilingual_ward


def _print(db: Database, ward) -> str:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return text(print_handoff(s, ward.charge, ward.ward_id))


def _row(printed: str, bed: str, next_bed: str | None) -> str:
    """The text of one patient's row: from their bed to the next patient's."""
    start = printed.index(bed)
    return printed[start : printed.index(next_bed, start) if next_bed else None]


def test_every_patient_has_mrn_date_of_birth_and_latin_name(db: Database) -> None:
    ward = multilingual_ward(db)
    printed = squeeze(_print(db, ward))
    for person in PEOPLE:
        assert squeeze(f"MRN MRN-{person.script}") in printed, person.script
        assert squeeze(f"DOB {person.born_printed}") in printed, person.script
        if person.latin:
            assert squeeze(f"in Latin letters: {person.latin}") in printed, person.script


def test_dnacpr_and_comfort_care_stand_out_and_undiscussed_is_said(db: Database) -> None:
    ward = multilingual_ward(db)
    with db.session() as s:
        safety_facts.record_resuscitation(
            s,
            ward.clinician,
            ward.admission_ids[0],
            status=Resuscitation.DNACPR,
            ceiling=Ceiling.COMFORT,
            decided_on=date(2024, 3, 1),
            decided_by="Consultant physician",
            discussed_with="Daughter (Ana)",
            form_reference="ReSPECT form in the notes",
            expected_version=0,
        )
    with db.session() as s:
        safety_facts.record_resuscitation(
            s,
            ward.clinician,
            ward.admission_ids[1],
            status=Resuscitation.FOR_CPR,
            ceiling=Ceiling.WARD_BASED,
            decided_on=None,
            decided_by="",
            discussed_with="",
            form_reference="",
            expected_version=0,
        )
    printed = _print(db, ward)
    first = squeeze(_row(printed, "P1-01", "P1-02"))
    for words in (
        "DNACPR — do not attempt CPR",
        "Comfort-focused care",
        "Decided 1 Mar 2024 by Consultant physician",
        "Daughter (Ana)",
        "ReSPECT form in the notes",
    ):
        assert squeeze(words) in first, words
    second = squeeze(_row(printed, "P1-02", "P1-03"))
    assert squeeze("For CPR") in second and squeeze("Ward-based care, not for ICU") in second
    third = squeeze(_row(printed, "P1-03", "P1-04"))
    assert squeeze("CPR not yet discussed") in third
    assert "DNACPR" not in second + third


def test_a_not_assessed_patient_never_reads_stable(db: Database) -> None:
    ward = multilingual_ward(db)  # new admissions start not assessed
    printed = squeeze(_print(db, ward))
    assert printed.count("Notassessed") == len(PEOPLE)
    assert "Stable" not in printed
    with db.session() as s:
        admission = s.get(Admission, ward.admission_ids[1])
        edit = admissions.SummaryEdit(admission.version, Severity.STABLE, admission.one_liner, None)
        admissions.update_summary(s, ward.charge, ward.admission_ids[1], edit)
    printed = squeeze(_print(db, ward))
    assert printed.count("Notassessed") == len(PEOPLE) - 1
    stable = _row(printed, "P1-02", "P1-03")
    assert "Stable" in stable and "Notassessed" not in stable
    assert "Stable" not in printed.replace(stable, "")


def test_a_contingency_of_1000_characters_prints_whole(db: Database) -> None:
    ward = multilingual_ward(db)
    # numbered words, so that any one left out or any cut shows
    words = [f"w{i:03d}" for i in range(200)]
    condition = " ".join(words)[:995] + " ICU"
    assert len(condition) == 999
    with db.session() as s:
        actions.add_contingency(
            s, ward.clinician, ward.admission_ids[2], condition=condition, response="not for CPR"
        )
    printed = _print(db, ward)
    assert "…" not in printed
    squeezed = squeeze(printed)
    positions = [squeezed.index(word) for word in condition.split()]
    assert positions == sorted(positions)  # all of it, in order, across pages if need be
    assert squeeze("ICU → not for CPR") in squeezed


def test_allergies_print_whole_no_known_says_who_and_not_asked_warns(db: Database) -> None:
    ward = multilingual_ward(db)
    with db.session() as s:
        first, second = (
            s.get(Admission, admission_id).patient_id for admission_id in ward.admission_ids[:2]
        )
    with db.session() as s:
        allergies.record_allergy(
            s,
            ward.clinician,
            first,
            substance="Penicillin",
            reaction="anaphylaxis with a swollen tongue and throat",
            severity="severe",
            criticality="high",
        )
    with db.session() as s:
        allergies.record_allergy(s, ward.clinician, first, substance="Latex", reaction="hives")
    with db.session() as s:
        allergies.record_no_known_allergies(s, ward.clinician, second)
    printed = _print(db, ward)
    first_row = squeeze(_row(printed, "P1-01", "P1-02"))
    assert squeeze("Penicillin — anaphylaxis with a swollen tongue and throat") in first_row
    assert squeeze("(severe; high criticality)") in first_row
    assert squeeze("Latex — hives") in first_row
    second_row = squeeze(_row(printed, "P1-02", "P1-03"))
    assert squeeze("No known allergies") in second_row
    assert squeeze("recorded by Social") in second_row
    third_row = squeeze(_row(printed, "P1-03", "P1-04"))
    assert squeeze("Allergies not yet asked") in third_row


def test_every_page_has_the_receiver_box_the_sign_off_and_who_printed(db: Database) -> None:
    ward = multilingual_ward(db)
    with db.session() as s:
        pages = pages_text(print_handoff(s, ward.charge, ward.ward_id))
    assert len(pages) > 1
    for page in pages:
        squeezed = squeeze(page)
        assert "Receiver" in page and squeeze("notes, initials") in squeezed
        assert re.search(r"Given by _+ +Received by _+ +Time _+", page), page[-300:]
        assert "Time printed:" in page and squeeze("Printed by: Charge") in squeezed
    assert shows(pages[0], "Ward handoff — Ward P1")

"""Text that is taller than a page — a name, a medication reason or a review action of
line breaks, a contingency of 4,000 of them, a 4,000-character word — prints: the
row continues on the next page, with the bed and name shown again, and nothing is
cut or lost.

Single-line fields refuse line breaks now, but a database written by an earlier
version may hold them: those are written here as such a database holds them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update

from rounds_app.domain.enums import CardField, ReviewSection, Voice
from rounds_app.reports.service import print_discharge, print_handoff, print_review
from rounds_app.services import actions, admissions, cards, contributions, discharge, reviews
from rounds_app.services.reviews import ReviewAction, ReviewDraft
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission, CaseReviewAction, MedicationChange, Patient
from tests.factories import small_ward
from tests.reports.pdf import pages_text, shows, squeeze, text

# lines of text up to the limits the services set (blank lines would print as
# one, so each line holds something)
TALL_IF = "If" + "\n." * 240 + "\nworse"
TALL_NAME = "Tall" + "\n." * 45 + "\nName"
TALL_REASON = "Protects" + "\n." * 240 + "\nthe heart"
TALL_ACTION = "Book" + "\n." * 240 + "\nan interpreter"
WORD = "x" * 3990 + "end"


def _admit_tall(db: Database, ward) -> int:  # type: ignore[no-untyped-def]
    with db.session() as s:
        admission = admissions.admit(
            s,
            ward.charge,
            ward_id=ward.ward_id,
            bed_id=ward.bed_ids[4],
            patient=admissions.NewPatient(mrn="TALL", given_name="Tall", family_name="Ng"),
            one_liner="tall patient",
        )
    with db.session() as s:
        actions.add_contingency(s, ward.nurse, admission, condition=TALL_IF, response="call")
    return admission


def test_a_row_of_line_breaks_continues_with_bed_and_name_repeated(db: Database) -> None:
    ward = small_ward(db, patients=3)
    admission = _admit_tall(db, ward)
    with db.session() as s:
        pages = pages_text(print_handoff(s, ward.charge, ward.ward_id))
    assert len(pages) >= 2
    # the page head says "(continued)" too; the row says it once more
    continued = [page for page in pages[1:] if page.count("(continued)") == 2]
    assert continued, "the tall row goes on on the next page"
    assert shows(continued[0], "7-5 · Tall Ng")
    assert shows("\n".join(pages), "worse → call")
    printed = "\n".join(pages)
    for i in range(3):  # the patients after the tall one print too
        assert f"patient {i}" in printed
    with db.session() as s:
        team = text(print_discharge(s, ward.charge, admission, audience="team"))
    with db.session() as s:
        own = text(print_discharge(s, ward.charge, admission, audience="patient"))
    for printed in (team, own):
        assert shows(printed, "Tall Ng")


def test_a_medication_reason_of_line_breaks_prints_whole(db: Database) -> None:
    ward = small_ward(db, patients=1)
    admission = ward.admission_ids[0]
    with db.session() as s:
        discharge.add_medication_change(
            s, ward.nurse, admission, medication="Ramipril", change="new", reason="Protects"
        )
    with db.session() as s:
        # decided with a dose, so that the patient's copy prints it too
        s.execute(update(MedicationChange).values(reason=TALL_REASON, dose="5 mg", decided=True))
        s.commit()
    for audience in ("team", "patient"):
        with db.session() as s:
            printed = text(print_discharge(s, ward.charge, admission, audience=audience))
        assert shows(printed, "Protects") and shows(printed, "the heart"), audience


def test_a_review_action_of_line_breaks_prints_whole(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        review_id = reviews.create_review(
            s,
            ward.nurse,
            ReviewDraft(
                title="The night of the fall",
                admission_id=ward.admission_ids[0],
                deidentified=False,
                sections={ReviewSection.WHAT_HAPPENED: ".\n" * 1900 + "She fell."},
                participants=(),
                actions=(ReviewAction("Book", "Charge nurse", date(2030, 2, 1)),),
            ),
        )
    with db.session() as s:
        s.execute(
            update(CaseReviewAction).values(text=TALL_ACTION, owner="Charge\n" * 25 + "nurse")
        )
        s.commit()
    with db.session() as s:
        printed = text(print_review(s, ward.nurse, review_id))
    assert shows(printed, "an interpreter") and shows(printed, "She fell.")


def test_a_contingency_of_newlines_and_a_word_of_4000_characters_print(db: Database) -> None:
    ward = small_ward(db, patients=2)
    admission = ward.admission_ids[0]
    with db.session() as s:
        actions.add_contingency(
            s, ward.nurse, admission, condition="If" + "\n" * 3990 + "worse", response="call"
        )
    with db.session() as s:
        cards.save_field(s, ward.charge, admission, CardField.HOPES, WORD, Voice.PATIENT, 0)
    with db.session() as s:
        contributions.add_contribution(
            s, ward.nurse, admission, text=WORD, kind="concern", discipline="patient"
        )
    with db.session() as s:
        discharge.add_medication_change(
            s, ward.nurse, admission, medication="y" * 200, change="new", reason=WORD[-500:]
        )
    with db.session() as s:
        handoff = text(print_handoff(s, ward.charge, ward.ward_id))
    assert shows(handoff, "If worse → call")
    for audience in ("team", "patient"):
        with db.session() as s:
            printed = squeeze(text(print_discharge(s, ward.charge, admission, audience=audience)))
        assert printed.count("x") >= 3990 and "end" in printed, audience


def test_a_name_of_line_breaks_from_an_older_database_prints(db: Database) -> None:
    ward = small_ward(db, patients=2)
    admission = ward.admission_ids[0]
    patient = select(Admission.patient_id).where(Admission.id == admission).scalar_subquery()
    with db.session() as s:
        s.execute(update(Patient).where(Patient.id == patient).values(given_name=TALL_NAME))
        s.commit()
    with db.session() as s:
        handoff = text(print_handoff(s, ward.charge, ward.ward_id))
    with db.session() as s:
        team = text(print_discharge(s, ward.charge, admission, audience="team"))
    for printed in (handoff, team):
        assert shows(printed, "Tall") and shows(printed, "Name")

"""Right-to-left text on paper in the order the screen shows it: the bidirectional
algorithm places digits and punctuation inside Arabic text, and each user string is
isolated, so an override character in a name reorders only the name."""

from __future__ import annotations

from rounds_app.reports.service import print_discharge, print_review
from rounds_app.services import admissions, discharge, reviews
from rounds_app.services.reviews import ReviewDraft
from rounds_app.storage.database import Database
from tests.factories import small_ward
from tests.reports.pdf import squeeze, text

# "home by 12 May, 3"
HOME_BY = "سيعود إلى المنزل في 12 مايو، 3"


def test_digits_inside_arabic_stand_where_the_algorithm_puts_them(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        edit = discharge.PlanEdit(0, "Home", HOME_BY, "", "")
        discharge.save_plan(s, ward.nurse, ward.admission_ids[0], edit)
    with db.session() as s:
        pdf = print_discharge(s, ward.charge, ward.admission_ids[0], audience="team")
    printed = squeeze(text(pdf))
    # each line drawn left to right, the Arabic from its end: the "3" left of the
    # "12" (word by word, the "3" stood right of it, at the end of the line); the
    # team's summary sets the barriers on one line across the page
    barriers = printed[printed.index("Barriers") :]
    assert "3مايو،12" in barriers and barriers.index("3") < barriers.index("12")


def test_an_override_in_a_name_reorders_only_the_name(db: Database) -> None:
    ward = small_ward(db, patients=0)
    with db.session() as s:
        admission = admissions.admit(
            s,
            ward.charge,
            ward_id=ward.ward_id,
            bed_id=ward.bed_ids[0],
            patient=admissions.NewPatient(mrn="RLO", given_name="\u202eAmy", family_name="Ng"),
        )
    with db.session() as s:
        review_id = reviews.create_review(
            s,
            ward.nurse,
            ReviewDraft("A fall", admission, False, {}, (), ()),
        )
    with db.session() as s:
        printed = squeeze(text(print_review(s, ward.nurse, review_id)))
    # the name reads backwards, as Qt shows it; the bed and ward after it do not
    assert "About:gNymA·bed7-1·Ward7" in printed

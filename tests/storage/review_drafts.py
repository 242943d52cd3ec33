"""A review draft to save, and a text full of identifiers with the check that none of
them survived de-identification."""

from __future__ import annotations

from datetime import date

from rounds_app.domain.enums import Discipline, ReviewSection
from rounds_app.services.reviews import ReviewAction, ReviewDraft


def draft(title: str = "Fall at night", admission_id: int | None = None, **changes) -> ReviewDraft:  # type: ignore[no-untyped-def]
    values = {
        "title": title,
        "admission_id": admission_id,
        "deidentified": False,
        "sections": {ReviewSection.WHAT_HAPPENED: "A fall at 03:00 on the way to the toilet."},
        "participants": (Discipline.NURSING, Discipline.PHYSIOTHERAPY, Discipline.NURSING),
        "actions": (ReviewAction("Night-time toileting plan", "Ward sister", date(2030, 1, 5)),),
    }
    return ReviewDraft(**{**values, **changes})


IDENTIFYING = (
    "Zoë Muñoz-Ibáñez (Zoë to friends; MRN0000, NHS 943 476 5919) was born 07/03/1951 — "
    "DOB 1951-03-07, 7 March 1951, March 7th, 1951, 7.3.51. Admitted {admitted}; muñoz said "
    "she was scared. Record mrn-0000 checked."
)


def assert_no_identifier(text: str, admitted: date) -> None:
    folded = text.casefold()
    for word in ("zoë", "zozo", "muñoz", "ibáñez", "mrn0000", "mrn-0000", "9434765919", "943 476"):
        assert word not in folded, word
    for written in ("1951", "07/03", "7 march", "march 7", "7.3.51", f"{admitted:%d/%m/%Y}"):
        assert written not in folded, written

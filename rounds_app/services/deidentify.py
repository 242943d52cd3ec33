"""Taking one patient out of free text: their names, record numbers and the dates that
would find them (birth, admission, discharge) become "[patient]", "[identifier]" and
"[date]". Used by reflective case reviews; pure functions once the identity is loaded.

It errs on the side of removing too much: a given name that is also a word ("Grace",
"May") goes wherever it stands alone, which a reader of a review can live with."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.names import called, full_name
from rounds_app.domain.scripts import has_cjk
from rounds_app.errors import Phrase
from rounds_app.services.lookup import get
from rounds_app.storage.models import Admission, Bed, Patient

PATIENT = "[patient]"
IDENTIFIER = "[identifier]"
DATE = "[date]"

MONTHS = (
    "january february march april may june july august september october november december"
).split()
_NAME_PARTS = re.compile(r"[\s\-‐'’]+")
_SEPARATOR = r"[\s./-]?"
_REPEATED = re.compile(r"\[patient\](?:[\s,]*\[patient\])+")
# a bed label as short as "7-1" matches scores and ratios: only longer ones are taken out
_SHORTEST_BED = 3


@dataclass(frozen=True)
class Identity:
    names: tuple[str, ...]
    identifiers: tuple[str, ...]
    dates: tuple[date, ...]


def identity_of(session: Session, admission_id: int) -> Identity:
    """What identifies the patient of an admission (discharged ones included)."""
    get(session, Admission, admission_id, Phrase("admission"))
    admission, patient, bed = session.execute(
        select(Admission, Patient, Bed.label)
        .join(Patient, Patient.id == Admission.patient_id)
        .outerjoin(Bed, Bed.id == Admission.bed_id)
        .where(Admission.id == admission_id)
    ).one()
    given, family, preferred = patient.given_name, patient.family_name, patient.preferred_name
    names = {given, family, preferred, full_name(given, family), called(preferred, given, family)}
    for name in (given, family, preferred):
        names.update(_NAME_PARTS.split(name))
    others = [line.rsplit("|", 1)[-1] for line in patient.other_identifiers.splitlines()]
    identifiers = [patient.mrn, *others]
    if bed and len(_alnum(bed)) >= _SHORTEST_BED:
        identifiers.append(bed)
    moments: list[datetime] = [admission.admitted_at]
    if admission.discharged_at:
        moments.append(admission.discharged_at)
    dates = {patient.date_of_birth, admission.expected_discharge_date}
    # a person writes the local day; the stored UTC day may be the one before or after
    dates.update(day for moment in moments for day in (moment.date(), moment.astimezone().date()))
    return Identity(
        names=tuple(sorted({n.strip() for n in names if len(n.strip()) >= 2}, key=len)),
        identifiers=tuple(i.strip() for i in identifiers if _alnum(i)),
        dates=tuple(sorted(d for d in dates if d is not None)),
    )


def scrub(text: str, identity: Identity) -> str:
    """`text` with the identity's names, identifiers and dates replaced."""
    text = unicodedata.normalize("NFC", text)
    for pattern in _date_patterns(identity.dates):
        text = pattern.sub(DATE, text)
    for identifier in identity.identifiers:
        text = _identifier_pattern(identifier).sub(IDENTIFIER, text)
    names = sorted((unicodedata.normalize("NFC", n) for n in identity.names), key=len, reverse=True)
    spaced = [re.escape(n) for n in names if not has_cjk(n)]
    if spaced:
        # whole words only; longest first, so "Zoë Muñoz" goes as one
        text = re.sub(rf"(?<!\w)(?:{'|'.join(spaced)})(?!\w)", PATIENT, text, flags=re.I)
    unspaced = [re.escape(n) for n in names if has_cjk(n)]
    if unspaced:
        # Chinese and Japanese write names without spaces around them
        text = re.sub("|".join(unspaced), PATIENT, text)
    return _REPEATED.sub(PATIENT, text)


def _alnum(value: str) -> str:
    return "".join(ch for ch in value if ch.isalnum())


def _identifier_pattern(identifier: str) -> re.Pattern[str]:
    """The identifier however it is written: "RND-100 042", "rnd100042"."""
    separated = _SEPARATOR.join(re.escape(ch) for ch in _alnum(identifier))
    return re.compile(rf"(?<!\w){separated}(?!\w)", re.I)


def _date_patterns(dates: tuple[date, ...]) -> list[re.Pattern[str]]:
    """ISO, day-first and month-first numbers with any separator, two- or four-digit
    years, and English month names ("5 March 2024", "Mar 5th, 2024", "05-Mar-24")."""
    patterns = []
    for d in dates:
        day, month = rf"0?{d.day}", rf"0?{d.month}"
        year = rf"(?:{d.year}|{d.year % 100:02d})"
        name = MONTHS[d.month - 1]
        words = rf"(?:{name}|{name[:3]}\.?)"
        nth = r"(?:st|nd|rd|th)?"
        sep = r"\s*[./-]\s*|\s+"
        forms = [
            rf"{d.year}(?:{sep})?0?{d.month}(?:{sep})?0?{d.day}",
            rf"{day}(?:{sep}){month}(?:{sep}){year}",
            rf"{month}(?:{sep}){day}(?:{sep}){year}",
            rf"{day}{nth}(?:\s+of)?[\s-]+{words}[\s,-]+{year}",
            rf"{words}[\s-]+{day}{nth},?[\s-]+{year}",
        ]
        patterns.append(re.compile(rf"(?<!\d)(?:{'|'.join(forms)})(?!\d)", re.I))
    return patterns

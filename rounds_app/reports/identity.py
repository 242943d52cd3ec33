"""Who a printed row or page is about, written the same way on every sheet: the
legal name, the name the patient goes by, the name in Latin letters beside a name in
another script, the MRN and the date of birth with the age — what a nurse checks
against the wristband."""

from __future__ import annotations

from datetime import date

from rounds_app.reports.data import Identity
from rounds_app.reports.formats import age, day
from rounds_app.reports.text import Markup, one_line


def born(identity: Identity, today: date) -> str:
    """The date of birth and age, "3 Apr 1950 (74 y)", or that it is not recorded:
    never left blank."""
    if identity.date_of_birth is None:
        return "not recorded"
    return f"{day(identity.date_of_birth)} ({age(identity.date_of_birth, today)} y)"


def other_names(identity: Identity) -> list[tuple[str, str]]:
    """(label, name) after the legal name: the name the patient goes by, when it is
    not the legal one, and the Latin-script name, when one is recorded."""
    names = []
    preferred = identity.preferred_name
    if preferred and preferred not in (identity.given_name, identity.legal_name):
        names.append(("known as ", preferred))
    if identity.latin_name and identity.latin_name != identity.legal_name:
        names.append(("in Latin letters: ", identity.latin_name))
    return names


def identity_line(identity: Identity, today: date) -> list[str]:
    """Paragraph parts for a page head, on one line: "Name · known as … · in Latin
    letters: … · MRN … · DOB …"."""
    parts: list[str] = [Markup("<b>"), one_line(identity.legal_name), Markup("</b>")]
    for label, name in other_names(identity):
        parts += [Markup(f" · {label}"), one_line(name)]
    return [
        *parts,
        Markup(" · MRN "),
        one_line(identity.mrn),
        Markup(f" · DOB {born(identity, today)}"),
    ]

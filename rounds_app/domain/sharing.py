"""What may be shared with the patient: the one rule, asked by every path that writes a
card field or an entry (its default mark) and every path that prints the patient's copy.

A text is shareable when it is marked so, and never when it is sensitive. The mark's
default follows whose words the text holds: the patient's own words are theirs to read;
a family's or a clinician's words are not, until someone marks them shareable (a family
that asked for its words to be passed on, a note the team wrote for the patient). The
mark is stored with each version, so the history says what was shareable when."""

from __future__ import annotations

from rounds_app.domain.enums import Discipline, Voice


def voice_of(discipline: Discipline) -> Voice:
    """Whose words an entry holds: the patient's, their family's, or the team's."""
    if discipline is Discipline.PATIENT:
        return Voice.PATIENT
    if discipline is Discipline.FAMILY_CARER:
        return Voice.FAMILY
    return Voice.CLINICIAN


def shared_by_default(voice: Voice) -> bool:
    """The mark a text gets when nobody chooses one."""
    return voice is Voice.PATIENT


def mark_or_default(marked: bool | None, voice: Voice) -> bool:
    """The mark to store: the one chosen, else the default for `voice`."""
    return shared_by_default(voice) if marked is None else marked


def may_share_with_patient(marked: bool, *, sensitive: bool = False) -> bool:
    """Whether a text may be printed on the patient's copy: marked shareable, and not
    sensitive (a sensitive entry never leaves the team, whatever its mark)."""
    return marked and not sensitive

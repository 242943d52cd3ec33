"""The safety facts as compact flags — the same flags on the census, the card header and
the handoff: a resuscitation decision short of full escalation (or none yet), the
allergies (or that nobody has asked), every safety item worth a glance, and how many
items nobody has assessed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rounds_app.domain.safety import (
    CEILING_LABELS,
    RESUSCITATION_LABELS,
    SAFETY_ITEMS,
    AllergyState,
    Ceiling,
    Resuscitation,
)

if TYPE_CHECKING:
    from rounds_app.services.safety_views import AllergyView, SafetyCheckView, SafetyFacts

_SHORT_CEILING = {Ceiling.WARD_BASED: "Ward-based care", Ceiling.COMFORT: "Comfort care"}


@dataclass(frozen=True)
class Flag:
    """`code` says what the flag is about ("dnacpr", "allergy", "safety:falls_risk");
    `short` fits a census cell; `long` is the whole sentence, for a tooltip or an
    accessible name."""

    code: str
    short: str
    long: str


def flags(facts: SafetyFacts) -> tuple[Flag, ...]:
    out = _resuscitation(facts)
    out += _allergies(facts)
    checks = facts.checks.values()
    out += tuple(_check(check) for check in checks if check.flagged)
    unassessed = [SAFETY_ITEMS[c.item].label for c in checks if not c.assessed]
    if unassessed:
        out += (
            Flag(
                "not_assessed",
                f"{len(unassessed)} not assessed",
                f"Not assessed: {', '.join(unassessed)}",
            ),
        )
    return out


def _resuscitation(facts: SafetyFacts) -> tuple[Flag, ...]:
    decision = facts.resuscitation
    out: tuple[Flag, ...] = ()
    if decision.status is Resuscitation.DNACPR:
        form = f" ({decision.form_reference})" if decision.form_reference else ""
        out += (Flag("dnacpr", "DNACPR", RESUSCITATION_LABELS[decision.status] + form),)
    elif decision.not_discussed:
        out += (Flag("cpr_not_discussed", "CPR?", RESUSCITATION_LABELS[decision.status]),)
    if decision.ceiling in _SHORT_CEILING:
        label = CEILING_LABELS[decision.ceiling]
        out += (Flag("ceiling", _SHORT_CEILING[decision.ceiling], f"Ceiling: {label}"),)
    return out


def _allergies(facts: SafetyFacts) -> tuple[Flag, ...]:
    if facts.allergy_state is AllergyState.NOT_ASKED:
        return (Flag("allergies_not_asked", "Allergies?", "Allergies not yet asked"),)
    if facts.allergy_state is AllergyState.NO_KNOWN:
        who, when = facts.no_known_recorded or (None, None)
        by = f" by {who}" if who else ""
        on = f" on {when:%d %b %Y}" if when else ""
        return (Flag("no_known_allergies", "NKA", f"No known allergies (recorded{by}{on})"),)
    allergies = facts.allergies
    high = any(a.criticality == "high" for a in allergies)
    more = f" +{len(allergies) - 1}" if len(allergies) > 1 else ""
    return (
        Flag(
            "allergy_high" if high else "allergy",
            f"Allergy: {allergies[0].substance}{more}",
            "Allergies: " + "; ".join(_allergy_text(a) for a in allergies),
        ),
    )


def _allergy_text(allergy: AllergyView) -> str:
    """An allergy in words: "Penicillin — anaphylaxis (severe, high criticality)"."""
    qualities = [allergy.severity] if allergy.severity else []
    if allergy.criticality:
        qualities.append(f"{allergy.criticality} criticality")
    reaction = f" — {allergy.reaction}" if allergy.reaction else ""
    return f"{allergy.substance}{reaction}" + (f" ({', '.join(qualities)})" if qualities else "")


def _check(check: SafetyCheckView) -> Flag:
    label = SAFETY_ITEMS[check.item].label
    days = f", {check.days} days" if check.days is not None else ""
    detail = f": {check.detail}" if check.detail else ""
    return Flag(
        f"safety:{check.item.value}",
        f"{label}: {check.label}{days}",
        f"{label}: {check.label}{days}{detail}",
    )

"""The safety facts in words, the same on every team sheet (the handoff row, the
team's discharge summary): the resuscitation decision and ceiling of treatment, with
what changes a night nurse's actions standing out, and the allergies, each whole.
"Not yet discussed" and "not yet asked" are said, in the warning style: never blank."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Paragraph

from rounds_app.domain.safety import (
    CEILING_LABELS,
    RESUSCITATION_LABELS,
    AllergyState,
    Ceiling,
    Resuscitation,
)
from rounds_app.reports.formats import day, when
from rounds_app.reports.text import Markup, paragraph
from rounds_app.services.safety_views import AllergyView, ResuscitationView, SafetyFacts


def facts_changed_at(facts: SafetyFacts) -> list[datetime | None]:
    """When each safety fact a sheet prints was last recorded."""
    no_known = facts.no_known_recorded[1] if facts.no_known_recorded else None
    return [
        facts.resuscitation.recorded_at,
        no_known,
        *(allergy.recorded_at for allergy in facts.allergies),
        *(check.recorded_at for check in facts.checks.values()),
    ]


def code_status(styles: StyleSheet1, decision: ResuscitationView) -> list[Paragraph]:
    """The decision and the ceiling; who decided, with whom, and where the signed
    form is, under them."""
    status = RESUSCITATION_LABELS[decision.status]
    if decision.status is Resuscitation.DNACPR:
        cells = [paragraph(styles["alert"], Markup(f"DNACPR — {status[0].lower()}{status[1:]}"))]
    elif decision.not_discussed:
        cells = [paragraph(styles["flag"], Markup(status))]
    else:
        cells = [paragraph(styles["cell_bold"], Markup(status))]
    ceiling = CEILING_LABELS[decision.ceiling]
    if decision.ceiling is Ceiling.COMFORT:
        cells.append(paragraph(styles["alert"], Markup(ceiling)))
    elif decision.ceiling is Ceiling.NOT_DISCUSSED:
        cells.append(paragraph(styles["flag"], Markup(ceiling)))
    else:
        cells.append(paragraph(styles["cell_bold"], Markup(ceiling)))
    about: list[str] = []
    if decision.decided_on or decision.decided_by:
        about.append(Markup(f"Decided {day(decision.decided_on)}".rstrip()))
        if decision.decided_by:
            about += [Markup(" by "), decision.decided_by]
    if decision.discussed_with:
        about += [Markup("; with " if about else "Discussed with "), decision.discussed_with]
    if decision.form_reference:
        about += [Markup("; form: " if about else "Form: "), decision.form_reference]
    if about:
        cells.append(paragraph(styles["cell_note"], *about))
    return cells


def allergies(styles: StyleSheet1, facts: SafetyFacts) -> list[Paragraph]:
    """Every active allergy; or "No known allergies" with who recorded it and when;
    or the warning that nobody has asked yet."""
    if facts.allergy_state is AllergyState.NOT_ASKED:
        return [paragraph(styles["flag"], Markup("Allergies not yet asked"))]
    if facts.allergy_state is AllergyState.NO_KNOWN:
        cells = [paragraph(styles["cell_bold"], Markup("No known allergies"))]
        if facts.no_known_recorded:
            who, at = facts.no_known_recorded
            by = [Markup(" by "), who] if who else []
            cells.append(
                paragraph(styles["cell_note"], Markup("recorded"), *by, Markup(f", {when(at)}"))
            )
        return cells
    return [allergy(styles, each) for each in facts.allergies]


def allergy(styles: StyleSheet1, entry: AllergyView) -> Paragraph:
    """An allergy as "Penicillin — anaphylaxis (severe; high criticality)", the
    substance in bold, in the warning style when a reaction could threaten life."""
    style = styles["flag"] if entry.criticality == "high" else styles["cell"]
    parts: list[str] = [Markup("<b>"), entry.substance, Markup("</b>")]
    if entry.reaction:
        parts += [Markup(" — "), entry.reaction]
    qualities = [entry.severity] if entry.severity else []
    if entry.criticality:
        qualities.append(f"{entry.criticality} criticality")
    if qualities:
        parts += [Markup(" ("), "; ".join(qualities), Markup(")")]
    return paragraph(style, *parts)

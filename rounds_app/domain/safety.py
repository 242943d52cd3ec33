"""The safety facts a clinician decides on, beside the narrative card: resuscitation
status and ceiling of treatment, allergies, who decides, and the whiteboard safety
items of the SIBR checklist. Values are stored: rename a label, never a value.

"Not yet discussed" and "not assessed" are states of their own, different from any
answer ("none", "for CPR"): a fact nobody has recorded reads as not yet discussed or
not assessed, never as blank and never as the reassuring answer."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Resuscitation(StrEnum):
    """Cardiopulmonary resuscitation decision."""

    NOT_DISCUSSED = "not_discussed"
    FOR_CPR = "for_cpr"
    DNACPR = "dnacpr"  # do not attempt cardiopulmonary resuscitation


RESUSCITATION_LABELS = {
    Resuscitation.NOT_DISCUSSED: "CPR not yet discussed",
    Resuscitation.FOR_CPR: "For CPR",
    Resuscitation.DNACPR: "Do not attempt CPR",
}


class Ceiling(StrEnum):
    """The ceiling of treatment."""

    NOT_DISCUSSED = "not_discussed"
    FULL_ESCALATION = "full_escalation"  # including intensive care
    WARD_BASED = "ward_based"
    COMFORT = "comfort"


CEILING_LABELS = {
    Ceiling.NOT_DISCUSSED: "Ceiling of treatment not yet discussed",
    Ceiling.FULL_ESCALATION: "Full escalation including ICU",
    Ceiling.WARD_BASED: "Ward-based care, not for ICU",
    Ceiling.COMFORT: "Comfort-focused care",
}


class AllergyState(StrEnum):
    """What is known of a patient's allergies as a whole."""

    NOT_ASKED = "not_asked"  # nobody has recorded anything yet
    NO_KNOWN = "no_known"  # asked: the patient has no known allergies
    RECORDED = "recorded"  # one or more allergies or intolerances are recorded


class AllergySeverity(StrEnum):
    """How bad the reaction was (FHIR AllergyIntolerance.reaction.severity)."""

    UNKNOWN = ""
    MILD = "mild"
    MODERATE = "moderate"
    SEVERE = "severe"


class AllergyStatus(StrEnum):
    """FHIR AllergyIntolerance.clinicalStatus, plus a mistaken entry withdrawn."""

    ACTIVE = "active"
    INACTIVE = "inactive"
    RESOLVED = "resolved"
    ENTERED_IN_ERROR = "entered_in_error"


class SafetyItem(StrEnum):
    """The whiteboard items of the SIBR safety check, in the order they are asked."""

    DECISION_MAKING = "decision_making"
    MOBILITY = "mobility"
    FALLS_RISK = "falls_risk"
    ISOLATION = "isolation"
    DIET = "diet"
    AIDS = "aids"  # hearing, sight and dental aids
    LINES = "lines"  # lines and catheters, counted in days
    VTE = "vte"  # venous thromboembolism prophylaxis


NOT_ASSESSED = "not_assessed"


@dataclass(frozen=True)
class ItemVocabulary:
    """The states one safety item can be in; `NOT_ASSESSED` is always the first.
    `flagged` are the states a census or a handoff flags (worth a glance);
    `detail` asks what the state does not say (which aid, which organism, which line)."""

    label: str
    states: tuple[tuple[str, str], ...]
    flagged: frozenset[str] = frozenset()
    detail: str = ""
    counts_days: bool = False

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(value for value, _ in self.states)

    def label_of(self, state: str) -> str:
        return dict(self.states)[state]


def _states(*pairs: tuple[str, str]) -> tuple[tuple[str, str], ...]:
    return ((NOT_ASSESSED, "not assessed"), *pairs)


SAFETY_ITEMS: dict[SafetyItem, ItemVocabulary] = {
    SafetyItem.DECISION_MAKING: ItemVocabulary(
        "Decisions",
        _states(
            ("has_capacity", "patient decides (has capacity)"),
            ("proxy", "health-care proxy or lasting power of attorney"),
            ("court_deputy", "court-appointed deputy"),
            ("none", "no one appointed: best-interests decision"),
        ),
        flagged=frozenset({"proxy", "court_deputy", "none"}),
        detail="Who, and for which decisions",
    ),
    SafetyItem.MOBILITY: ItemVocabulary(
        "Mobility",
        _states(
            ("independent", "independent"),
            ("aid", "walks with an aid"),
            ("assist_one", "needs one to help"),
            ("assist_two", "needs two to help"),
            ("hoist", "hoist"),
            ("bed_bound", "bed-bound"),
        ),
        flagged=frozenset({"assist_one", "assist_two", "hoist", "bed_bound"}),
        detail="Aids (frame, stick, wheelchair)",
    ),
    SafetyItem.FALLS_RISK: ItemVocabulary(
        "Falls risk",
        _states(("low", "low"), ("high", "high")),
        flagged=frozenset({"high"}),
        detail="What helps (bed rails, sensor mat, close by the station)",
    ),
    SafetyItem.ISOLATION: ItemVocabulary(
        "Isolation",
        _states(
            ("none", "none"),
            ("contact", "contact precautions"),
            ("droplet", "droplet precautions"),
            ("airborne", "airborne precautions"),
        ),
        flagged=frozenset({"contact", "droplet", "airborne"}),
        detail="Organism or reason",
    ),
    SafetyItem.DIET: ItemVocabulary(
        "Diet",
        _states(
            ("normal", "normal diet"),
            ("modified", "modified diet or fluids"),
            ("nil_by_mouth", "nil by mouth"),
            ("tube", "tube feeding"),
        ),
        flagged=frozenset({"modified", "nil_by_mouth", "tube"}),
        detail="Texture, fluids, swallow assessment, until when",
    ),
    SafetyItem.AIDS: ItemVocabulary(
        "Hearing, sight, dental aids",
        _states(("none", "none"), ("uses_aids", "uses aids")),
        flagged=frozenset({"uses_aids"}),
        detail="Which (hearing aid left ear, glasses, upper denture)",
    ),
    SafetyItem.LINES: ItemVocabulary(
        "Lines and catheters",
        _states(("none", "none"), ("present", "in place")),
        flagged=frozenset({"present"}),
        detail="Which (cannula, PICC, urinary catheter)",
        counts_days=True,
    ),
    SafetyItem.VTE: ItemVocabulary(
        "VTE prophylaxis",
        _states(
            ("prescribed", "prescribed"),
            ("not_indicated", "not indicated"),
            ("contraindicated", "contraindicated"),
        ),
        flagged=frozenset({"contraindicated"}),
        detail="Which, or why not",
    ),
}

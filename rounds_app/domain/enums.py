"""The closed vocabularies Rounds stores. Values are stable: they are written to the
database and to exported JSON, so rename a member's label, never its value."""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    """Illness severity as in I-PASS. A new admission is *not assessed* until someone
    says otherwise: never presented as stable."""

    NOT_ASSESSED = "not_assessed"
    STABLE = "stable"
    WATCHER = "watcher"
    UNSTABLE = "unstable"


class Discipline(StrEnum):
    NURSING = "nursing"
    PHARMACY = "pharmacy"
    MEDICINE = "medicine"
    PHYSIOTHERAPY = "physiotherapy"
    OCCUPATIONAL_THERAPY = "occupational_therapy"
    SOCIAL_WORK = "social_work"
    DIETETICS = "dietetics"
    CHAPLAINCY = "chaplaincy"
    FAMILY_CARER = "family_carer"
    PATIENT = "patient"


class ContributionKind(StrEnum):
    OBSERVATION = "observation"
    CONCERN = "concern"
    RECOMMENDATION = "recommendation"
    QUESTION = "question"
    UPDATE = "update"


class Voice(StrEnum):
    """Whose words a narrative field holds."""

    PATIENT = "patient"
    FAMILY = "family"
    CLINICIAN = "clinician"


class CardField(StrEnum):
    """The narrative card's free-text fields, in the order the card shows them."""

    WHO_I_AM = "who_i_am"
    WHAT_MATTERS_MOST = "what_matters_most"
    HOPES = "hopes"
    WORRIES = "worries"
    CULTURE_FAITH_LANGUAGE = "culture_faith_language"
    COMMUNICATION_NEEDS = "communication_needs"
    HOME_AND_SUPPORTS = "home_and_supports"
    GOALS_OF_CARE = "goals_of_care"


class Role(StrEnum):
    ADMIN = "admin"
    CHARGE_NURSE = "charge_nurse"
    CLINICIAN = "clinician"
    WARD_DISPLAY = "ward_display"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class MedicationChangeKind(StrEnum):
    NEW = "new"
    CHANGED = "changed"  # from the previous dose or instruction, recorded beside it
    STOPPED = "stopped"
    KEEP_TAKING = "keep_taking"


class ChecklistKind(StrEnum):
    """The readiness items every plan starts with, which the services cross-check
    against the plan; an item a team adds has no kind."""

    MEDICINES_RECONCILED = "medicines_reconciled"
    FOLLOW_UP_BOOKED = "follow_up_booked"
    EQUIPMENT_IN_PLACE = "equipment_in_place"
    TRANSPORT_ARRANGED = "transport_arranged"
    TEACH_BACK_DONE = "teach_back_done"
    CARER_TRAINED = "carer_trained"


class FollowUpPlace(StrEnum):
    """Where a follow-up happens, so that the patient's copy can say it plainly."""

    GP_SURGERY = "gp_surgery"
    HOSPITAL_CLINIC = "hospital_clinic"
    HOME_VISIT = "home_visit"
    PHONE_CALL = "phone_call"
    VIDEO_CALL = "video_call"
    OTHER = "other"


class RoundPatientStatus(StrEnum):
    PENDING = "pending"  # not reached: never on the screen
    SEEN = "seen"  # on the screen, no outcome marked
    DISCUSSED = "discussed"
    SKIPPED = "skipped"

    def shown(self) -> RoundPatientStatus:
        """After the patient was on the screen: reached, any outcome marked kept."""
        return RoundPatientStatus.SEEN if self is RoundPatientStatus.PENDING else self


class ReviewStatus(StrEnum):
    """A reflective case review: a draft the team edits, or a final that is locked and
    changes only by recorded amendments."""

    DRAFT = "draft"
    FINAL = "final"


class ReviewSection(StrEnum):
    """The blame-free structure of a reflective case review, in the order it is read."""

    WHAT_HAPPENED = "what_happened"
    WHAT_WE_FELT = "what_we_felt"
    WENT_WELL = "went_well"
    COULD_BE_BETTER = "could_be_better"
    SYSTEMS_FACTORS = "systems_factors"
    ASSUMPTIONS_BIASES = "assumptions_biases"
    FOLLOW_UP = "follow_up"


class CallWhen(StrEnum):
    """When a number on the patient's who-to-call list answers; `hours` says so in the
    row's own words ("weekdays 9 to 5")."""

    DAY = "day"
    NIGHT = "night"
    ANY_TIME = "any_time"
    HOURS = "hours"


class TaughtTo(StrEnum):
    """Who a teach-back was done with."""

    PATIENT = "patient"
    FAMILY = "family"
    CARER = "carer"


class Understood(StrEnum):
    """How well the person taught said it back in their own words."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"

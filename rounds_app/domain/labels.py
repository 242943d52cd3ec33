"""Human labels for the stored vocabularies, used in messages, the CLI and screens."""

from __future__ import annotations

from rounds_app.domain.enums import (
    CardField,
    Discipline,
    FollowUpPlace,
    MedicationChangeKind,
    ReviewSection,
)

CARD_FIELD_LABELS: dict[CardField, str] = {
    CardField.WHO_I_AM: "Who I am",
    CardField.WHAT_MATTERS_MOST: "What matters most to me",
    CardField.HOPES: "Hopes",
    CardField.WORRIES: "Worries and fears",
    CardField.CULTURE_FAITH_LANGUAGE: "Culture, faith and language",
    CardField.COMMUNICATION_NEEDS: "Communication needs",
    CardField.HOME_AND_SUPPORTS: "Home and supports",
    CardField.GOALS_OF_CARE: "Goals of care",
}

DISCIPLINE_LABELS: dict[Discipline, str] = {
    Discipline.NURSING: "Nursing",
    Discipline.PHARMACY: "Pharmacy",
    Discipline.MEDICINE: "Medicine",
    Discipline.PHYSIOTHERAPY: "Physiotherapy",
    Discipline.OCCUPATIONAL_THERAPY: "Occupational therapy",
    Discipline.SOCIAL_WORK: "Social work",
    Discipline.DIETETICS: "Dietetics",
    Discipline.CHAPLAINCY: "Chaplaincy",
    Discipline.FAMILY_CARER: "Family / carer",
    Discipline.PATIENT: "Patient's own words",
}

REVIEW_SECTION_LABELS: dict[ReviewSection, str] = {
    ReviewSection.WHAT_HAPPENED: "What happened",
    ReviewSection.WHAT_WE_FELT: "What we felt",
    ReviewSection.WENT_WELL: "What went well",
    ReviewSection.COULD_BE_BETTER: "What could be better",
    ReviewSection.SYSTEMS_FACTORS: "Systems factors (handoffs, roles, language and culture, time)",
    ReviewSection.ASSUMPTIONS_BIASES: "Assumptions or biases we noticed",
    ReviewSection.FOLLOW_UP: "Follow-up",
}

FOLLOW_UP_PLACE_LABELS: dict[FollowUpPlace, str] = {
    FollowUpPlace.GP_SURGERY: "GP surgery",
    FollowUpPlace.HOSPITAL_CLINIC: "Hospital clinic",
    FollowUpPlace.HOME_VISIT: "Home visit",
    FollowUpPlace.PHONE_CALL: "Phone call",
    FollowUpPlace.VIDEO_CALL: "Video call",
    FollowUpPlace.OTHER: "Other",
}

MEDICATION_CHANGE_LABELS: dict[MedicationChangeKind, str] = {
    MedicationChangeKind.NEW: "New",
    MedicationChangeKind.CHANGED: "Changed",
    MedicationChangeKind.STOPPED: "Stopped",
    MedicationChangeKind.KEEP_TAKING: "Keep taking",
}

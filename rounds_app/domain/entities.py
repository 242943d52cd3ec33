"""The kinds of record a change names, as the audit trail and the change log store
them: services say what they changed, and screens decide what to read again, in the
same words."""

from __future__ import annotations

from enum import StrEnum


class Entity(StrEnum):
    # values are the stored strings: audit rows and change-log rows already hold them
    ACTION_ITEM = "action_item"
    ADMISSION = "admission"
    ALLERGY = "allergy"
    BED = "bed"
    CALL_CONTACT = "call_contact"
    CASE_REVIEW = "case_review"
    CONTACT = "contact"
    CONTINGENCY = "contingency"
    CONTRIBUTION = "contribution"
    DATABASE = "database"
    DISCHARGE_CHECKLIST_ITEM = "discharge_checklist_item"
    DISCHARGE_PLAN = "discharge_plan"
    FOLLOW_UP_APPOINTMENT = "follow_up_appointment"
    MEDICATION = "medication"
    MEDICATION_CHANGE = "medication_change"
    NARRATIVE_FIELD = "narrative_field"
    PATIENT = "patient"
    PENDING_TEST = "pending_test"
    PROM_RECORD = "prom_record"
    RESUSCITATION_DECISION = "resuscitation_decision"
    ROUND_ATTENDANCE = "round_attendance"
    ROUND_PATIENT = "round_patient"
    SAFETY_CHECK = "safety_check"
    TEACH_BACK = "teach_back"
    USER = "user"
    WARD = "ward"
    WARD_ROUND = "ward_round"


# the round's own bookkeeping: it changes nothing on a slide, so no slide reloads for it
ROUND_BOOKKEEPING = frozenset({Entity.WARD_ROUND, Entity.ROUND_PATIENT, Entity.ROUND_ATTENDANCE})

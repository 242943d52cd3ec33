"""Every table Rounds keeps. Importing this package registers them all on
`Base.metadata` (migrations and exports rely on that)."""

from rounds_app.storage.models.actions import ActionItem, Contingency
from rounds_app.storage.models.audit import AuditChainHead, AuditEvent, ChangeLogEntry
from rounds_app.storage.models.card import CardFieldRevision, NarrativeField
from rounds_app.storage.models.contributions import Contribution
from rounds_app.storage.models.discharge import (
    DischargeChecklistItem,
    DischargePlan,
    FollowUpAppointment,
    MedicationChange,
)
from rounds_app.storage.models.people import User
from rounds_app.storage.models.rounds import (
    ActionReadBack,
    RoundAttendance,
    RoundPatient,
    WardRound,
)
from rounds_app.storage.models.ward import Admission, Bed, Patient, Ward

__all__ = [
    "ActionItem",
    "ActionReadBack",
    "Admission",
    "AuditChainHead",
    "AuditEvent",
    "Bed",
    "CardFieldRevision",
    "ChangeLogEntry",
    "Contingency",
    "Contribution",
    "DischargeChecklistItem",
    "DischargePlan",
    "FollowUpAppointment",
    "MedicationChange",
    "NarrativeField",
    "Patient",
    "RoundAttendance",
    "RoundPatient",
    "User",
    "Ward",
    "WardRound",
]

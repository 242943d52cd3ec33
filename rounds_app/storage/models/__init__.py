"""Every table Rounds keeps. Importing this package registers them all on
`Base.metadata` (migrations and exports rely on that)."""

from rounds_app.storage.models.actions import ActionItem, Contingency
from rounds_app.storage.models.after_hospital import CallContact, PendingTest, TeachBack
from rounds_app.storage.models.audit import AuditChainHead, AuditEvent, ChangeLogEntry
from rounds_app.storage.models.card import CardFieldRevision, NarrativeField
from rounds_app.storage.models.clinical import (
    Allergy,
    CareTeamMember,
    Contact,
    Medication,
    Problem,
    ProblemKind,
)
from rounds_app.storage.models.contributions import Contribution
from rounds_app.storage.models.discharge import (
    DischargeChecklistItem,
    DischargePlan,
    FollowUpAppointment,
    MedicationChange,
)
from rounds_app.storage.models.people import SignInThrottle, User
from rounds_app.storage.models.proms import PromRecord
from rounds_app.storage.models.reviews import (
    CaseReview,
    CaseReviewAction,
    CaseReviewAmendment,
    CaseReviewSection,
)
from rounds_app.storage.models.rounds import (
    ActionReadBack,
    RoundAttendance,
    RoundPatient,
    WardRound,
)
from rounds_app.storage.models.safety import (
    FactRevision,
    ResuscitationDecision,
    SafetyCheck,
)
from rounds_app.storage.models.ward import Admission, Bed, Patient, Ward

__all__ = [
    "ActionItem",
    "ActionReadBack",
    "Admission",
    "Allergy",
    "AuditChainHead",
    "AuditEvent",
    "Bed",
    "CallContact",
    "CardFieldRevision",
    "CareTeamMember",
    "CaseReview",
    "CaseReviewAction",
    "CaseReviewAmendment",
    "CaseReviewSection",
    "ChangeLogEntry",
    "Contact",
    "Contingency",
    "Contribution",
    "FactRevision",
    "DischargeChecklistItem",
    "DischargePlan",
    "FollowUpAppointment",
    "Medication",
    "MedicationChange",
    "NarrativeField",
    "Patient",
    "Problem",
    "PendingTest",
    "PromRecord",
    "ProblemKind",
    "ResuscitationDecision",
    "RoundAttendance",
    "RoundPatient",
    "SafetyCheck",
    "SignInThrottle",
    "TeachBack",
    "User",
    "Ward",
    "WardRound",
]

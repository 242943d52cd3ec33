"""What each printed sheet shows, as plain data: loaded in one place (loading.py),
laid out in another (the renderers), so a renderer can be tested without a database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rounds_app.domain.enums import ContributionKind, Discipline, Severity, Voice
from rounds_app.domain.names import called, full_name
from rounds_app.errors import ValidationError
from rounds_app.reports.formats import STALE_AFTER_DAYS
from rounds_app.services.actor import Actor
from rounds_app.services.contributions import ContributionView
from rounds_app.services.patient_card import PatientCard
from rounds_app.services.review_views import ReviewView
from rounds_app.services.safety_flags import Flag
from rounds_app.services.safety_views import SafetyFacts

# The entries that bear on discharge (the team summary prints them): the voices
# that shape where a patient goes and how (social work, OT, physio, pharmacy, the
# family and the patient themselves), when they raise a concern, recommend something
# or report an update. Observations and questions stay on the card: they are the
# ward's running notes, not the plan.
DISCHARGE_DISCIPLINES = frozenset(
    {
        Discipline.SOCIAL_WORK,
        Discipline.OCCUPATIONAL_THERAPY,
        Discipline.PHYSIOTHERAPY,
        Discipline.PHARMACY,
        Discipline.FAMILY_CARER,
        Discipline.PATIENT,
    }
)
DISCHARGE_KINDS = frozenset(
    {ContributionKind.CONCERN, ContributionKind.RECOMMENDATION, ContributionKind.UPDATE}
)


PAPERS = ("a4", "letter")
# who printed a sheet run from the command line without signing in (`--as`): said
# plainly, so that nobody reads a person's name into it
SYSTEM_PRINTER = "command line (system)"


def bears_on_discharge(entry: ContributionView) -> bool:
    return entry.discipline in DISCHARGE_DISCIPLINES and entry.kind in DISCHARGE_KINDS


def printer(actor: Actor) -> str:
    """The name a sheet gives as who printed it: the signed-in person's, or that no
    one signed in."""
    return actor.display_name if actor.user_id is not None else SYSTEM_PRINTER


@dataclass(frozen=True)
class PrintJob:
    """Who prints, when, and how: the same for every kind of sheet."""

    printed_at: datetime
    printed_by: str
    paper: str = "a4"
    stale_after_days: int = STALE_AFTER_DAYS
    big_print: bool = False  # the patient's copy in 18 pt, for low vision

    def __post_init__(self) -> None:
        if self.paper not in PAPERS:
            raise ValidationError("Paper must be one of %1.", ", ".join(PAPERS))
        if self.stale_after_days < 1:
            raise ValidationError("The number of days before a field is flagged must be 1 or more.")


@dataclass(frozen=True)
class Identity:
    """Who a printed row or page is about: enough to match the wristband."""

    given_name: str
    family_name: str
    preferred_name: str
    latin_name: str  # the name in Latin letters, for a name in another script
    mrn: str
    date_of_birth: date | None

    @property
    def legal_name(self) -> str:
        return full_name(self.given_name, self.family_name)

    @property
    def called(self) -> str:
        """What the ward calls the patient."""
        return called(self.preferred_name, self.given_name, self.family_name)


@dataclass(frozen=True)
class HandoffAction:
    text: str
    owner: str  # "Pharmacy", "Priya Raman", or both
    due: date | None
    overdue: bool  # due before the day printed


@dataclass(frozen=True)
class HandoffRow:
    admission_id: int
    bed_label: str | None
    identity: Identity
    pronouns: str
    admitted_at: datetime
    severity: Severity
    one_liner: str
    what_matters: str
    what_matters_voice: Voice | None
    what_matters_edited_at: datetime | None
    actions: tuple[HandoffAction, ...]  # open ones, soonest due first
    contingencies: tuple[tuple[str, str], ...]  # active (condition, response)
    expected_discharge: date | None
    destination: str
    barriers: str
    readiness: tuple[int, int] | None  # (done, all) items of the checklist; no plan: None
    interpreter_needed: bool
    language: str
    facts: SafetyFacts
    flags: tuple[Flag, ...]  # safety_views.flags(facts)
    goals_due: bool
    updated_at: datetime | None  # the latest change among what the row shows


@dataclass(frozen=True)
class HandoffData:
    ward_id: int
    ward_code: str
    ward_name: str
    rows: tuple[HandoffRow, ...]  # in rounds order

    @property
    def updated_at(self) -> datetime | None:
        return max((r.updated_at for r in self.rows if r.updated_at), default=None)


@dataclass(frozen=True)
class DischargeData:
    card: PatientCard
    facts: SafetyFacts
    plan_updated_at: datetime | None
    plan_updated_by: str | None
    # those the summary prints: see bears_on_discharge (team) and the patient's own
    # words (patient); sensitive ones only when asked for and allowed
    contributions: tuple[ContributionView, ...]
    include_sensitive: bool = False

    @property
    def identity(self) -> Identity:
        a = self.card.admission
        return Identity(
            a.given_name,
            a.family_name,
            a.preferred_name,
            self.facts.latin_name,
            a.mrn,
            a.date_of_birth,
        )


@dataclass(frozen=True)
class ReviewData:
    review: ReviewView
    # whom the review is about, as the ward calls them; all None when it is linked to no
    # one or de-identified (then nothing on the paper may point at the patient)
    patient: str | None = None
    bed: str | None = None
    ward: str | None = None

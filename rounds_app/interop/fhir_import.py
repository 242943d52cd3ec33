"""Planning a FHIR import: read every file (any refusal stops here), validate the
resources Rounds maps, resolve references, map each resource to its patient, and decide
who is admitted where. Nothing is written; `apply` does that."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from pathlib import Path

from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.roles import Permission
from rounds_app.domain.sentences import Sentence
from rounds_app.errors import Phrase
from rounds_app.interop import ward_state
from rounds_app.interop.fhir_entry import Entry
from rounds_app.interop.fhir_reading import read_fhir
from rounds_app.interop.fhir_values import as_dict, as_list
from rounds_app.interop.map_clinical import MAPPERS, subject_of
from rounds_app.interop.map_patient import (
    Stay,
    current_stay,
    interpreter_needed,
    patient_contacts,
    patient_details,
)
from rounds_app.interop.plan import (
    ImportPlan,
    ListItem,
    ListKind,
    PatientDetails,
    PlannedAdmission,
    PlannedPatient,
    Skipped,
)
from rounds_app.interop.references import References
from rounds_app.interop.text_rules import refuse_bad_text
from rounds_app.interop.validation import validate
from rounds_app.services.actor import Actor, require
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)

MAPPED_TYPES = frozenset({"Patient", "Encounter", *MAPPERS})


# the screens offer no --admit: the command line says it (rounds_app/cli/interop.py)
NO_ENCOUNTER = Sentence("no current inpatient encounter, so not admitted")


@dataclass
class _Draft:
    """A patient being gathered from the files: one per MRN."""

    details: PatientDetails
    source: str
    interpreter: bool = False
    stays: list[Stay] = field(default_factory=list)
    items: dict[tuple[ListKind, str], ListItem] = field(default_factory=dict)

    def add(self, items: Sequence[ListItem]) -> None:
        # the same entry twice (two bundles, two MedicationRequests): the later wins
        for item in items:
            self.items[(item.kind, item.key)] = item


def plan_fhir_import(
    session: Session,
    actor: Actor,
    files: Sequence[Path | str],
    ward_id: int | None,
    admit: bool = False,
) -> ImportPlan:
    """Reads and maps `files` into a plan for `ward_id` (None: create and update
    patients, admit nobody). `admit` admits patients without a current inpatient
    encounter too. Raises ImportRefused, naming the file, if any file is unusable."""
    require(actor, Permission.MANAGE_ADMISSIONS, Phrase("import a census"))
    entries: list[Entry] = []
    for source in files:
        entries += read_fhir(Path(source))
    for entry in entries:
        if entry.type in MAPPED_TYPES:
            validate(entry)
    references = References(entries)
    skipped: list[Skipped] = []
    owners = _patients(entries, skipped)
    for entry in entries:
        if entry.type in MAPPED_TYPES and entry.type != "Patient":
            _map(entry, references, owners, skipped)
    unmapped = Counter(e.type for e in entries if e.type not in MAPPED_TYPES)
    for kind, count in sorted(unmapped.items()):
        what = f"{kind} ×{count}" if count > 1 else kind
        skipped.append(Skipped(what, Sentence("Rounds does not import this resource type")))
    drafts = {id(d): d for d in owners.values() if isinstance(d, _Draft)}.values()
    state = ward_state.load(session, ward_id, (d.details.mrn for d in drafts))
    now = utc_now()
    patients = tuple(_planned(draft, state, admit, now) for draft in drafts)
    log.info(
        "planned a FHIR import: %d resources, %d patients, %d skipped, %d unresolved",
        len(entries),
        len(patients),
        len(skipped),
        len(references.unresolved),
    )
    sources = tuple(str(source) for source in files)
    plan = ImportPlan(
        "fhir",
        sources,
        ward_id,
        patients,
        tuple(skipped),
        references.unresolved,
        ward_name=state.ward_name,
    )
    refuse_bad_text(plan)
    return plan


def _patients(entries: list[Entry], skipped: list[Skipped]) -> dict[int, _Draft | Sentence]:
    """Each Patient resource (by identity) → its draft, or why it is skipped."""
    owners: dict[int, _Draft | Sentence] = {}
    by_mrn: dict[str, _Draft] = {}
    today = utc_now().date()
    for entry in entries:
        if entry.type != "Patient":
            continue
        details = patient_details(entry.resource, today)
        if isinstance(details, Sentence):
            skipped.append(Skipped(entry.label, details, patient=True))
            owners[id(entry.resource)] = Sentence(
                "its patient %1 is skipped (%2)", entry.label, details
            )
            continue
        draft = by_mrn.setdefault(details.mrn, _Draft(details, entry.label))
        draft.interpreter |= details.interpreter_needed
        draft.add(patient_contacts(entry.resource, entry.label))
        owners[id(entry.resource)] = draft
    return owners


def _map(
    entry: Entry,
    references: References,
    owners: dict[int, _Draft | Sentence],
    skipped: list[Skipped],
) -> None:
    target = references.resolve(subject_of(entry), entry, expected="Patient")
    owner = owners.get(id(target)) if target is not None else None
    if owner is None:
        skipped.append(Skipped(entry.label, Sentence("its patient is not in the files")))
        return
    if isinstance(owner, Sentence):
        skipped.append(Skipped(entry.label, owner))
        return
    resolve = partial(references.resolve, within=entry)
    if entry.type == "Encounter":
        owner.interpreter |= interpreter_needed(entry.resource)
        places = [as_dict(item).get("location") for item in as_list(entry.resource.get("location"))]
        stay = current_stay(entry.resource, [resolve(place) for place in places])
        if isinstance(stay, Sentence):
            skipped.append(Skipped(entry.label, stay))
        else:
            owner.stays.append(stay)
        return
    mapped = MAPPERS[entry.type](entry, resolve)
    if isinstance(mapped, Sentence):
        skipped.append(Skipped(entry.label, mapped))
    else:
        owner.add(mapped)


def _planned(
    draft: _Draft, state: ward_state.WardState, admit: bool, now: datetime
) -> PlannedPatient:
    details = replace(draft.details, interpreter_needed=draft.interpreter)
    items = tuple(draft.items.values())
    goals = _goals_text(item.text for item in items if item.kind == ListKind.GOAL)
    known = state.known.get(details.mrn)
    plan = PlannedPatient(details, known is not None, draft.source, items=items)
    if known is not None and known.admission_id is not None:
        if known.bed_label:
            note = Sentence("already admitted to %1, bed %2", known.ward_name, known.bed_label)
        else:
            note = Sentence("already admitted to %1", known.ward_name)
        return replace(plan, note=note, goals_to_card=goals if known.goals_empty else "")
    if state.ward_id is None:
        return replace(plan, note=Sentence("no ward was chosen, so not admitted"))
    stays = sorted(draft.stays, key=lambda s: s.started or now)
    if stays:
        stay = stays[-1]
        if stay.started is not None and stay.started > now:
            future = Sentence("%1 starts in the future, so not admitted", stay.source)
            return replace(plan, note=future)
        label = state.bed(stay.places)
        taken: Sentence | None = None
        if label is not None and not state.take(label):
            taken, label = Sentence("bed %1 is taken, so admitted without a bed", label), None
        admission = PlannedAdmission(label, stay.started or now, reason=stay.source)
        return replace(plan, admission=admission, note=taken, goals_to_card=goals)
    if admit:
        admission = PlannedAdmission(state.next_free(), now, reason="--admit")
        return replace(plan, admission=admission, goals_to_card=goals)
    return replace(plan, note=NO_ENCOUNTER)


def _goals_text(goals: Iterable[str]) -> str:
    """The goals of care as the card field takes them: one per line (a text longer than
    the field allows refuses the import rather than losing its end)."""
    return "\n".join(goals)

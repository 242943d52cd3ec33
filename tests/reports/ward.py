"""Wards to print, built through the services: one patient per script, with a card,
an action, a contingency, a discharge plan and entries (one of them sensitive)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import CardField, Discipline, Role, Voice
from rounds_app.services import (
    actions,
    admissions,
    cards,
    contributions,
    discharge,
    discharge_medicines,
    safety_facts,
    wards,
)
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission
from tests.factories import ADMIN, add_user

SECRET = "SENSITIVE-ENTRY-MARKER"


@dataclass(frozen=True)
class Person:
    script: str
    given: str
    family: str
    matters: str  # what matters most, in the patient's own words and script
    medicine_reason: str
    latin: str = ""  # the name in Latin letters, for a name in another script
    born: date = date(1950, 4, 3)

    @property
    def born_printed(self) -> str:
        return f"{self.born.day} {self.born:%b %Y}"


PEOPLE = (
    Person("latin", "Zoë", "Muñoz-Ibáñez", "Volver a mi jardín en Córdoba", "Protège le cœur"),
    Person(
        "greek",
        "Ευαγγελία",
        "Κωνσταντίνου",
        "Να γυρίσω στο σπίτι μου",
        "Για την καρδιά",
        "Evangelia Konstantinou",
        date(1961, 11, 30),
    ),
    Person("cyrillic", "Валентина", "Орлова", "Мой кот Барсик один дома", "Для сердца"),
    Person(
        "arabic",
        "يوسف",
        "الحسيني",
        "أريد أن أعود إلى بيتي",
        "لحماية القلب",
        "Yusuf Al-Husseini",
        date(1944, 1, 9),
    ),
    Person("hebrew", "מרים", "לוי", "לחזור הביתה לנכדים", "כדי להגן על הלב"),
    Person("chinese", "秀英", "王", "回家看孩子", "保护心脏和肾脏", "Wang Xiuying"),
    Person("japanese", "美智子", "田中", "家に帰って庭を見たい", "心臓を守るための薬"),
)
# scripts that are shaped (conjuncts, marks above and below, joined letters) and the
# fonts that came for them; short texts, so each prints on one line of a cell
SHAPED_PEOPLE = (
    Person("hindi", "सुनीता", "क्षत्रिय", "पोती की शादी देखना", "दिल के लिए"),
    Person("thai", "สมชาย", "ใจดี", "อยากกลับบ้าน", "เพื่อหัวใจ"),
    Person("bengali", "রবীন্দ্রনাথ", "ঠাকুর", "বাড়ি যেতে চাই", "হৃদয়ের জন্য"),
    Person("tamil", "தமிழ்செல்வி", "கிருஷ்ணன்", "வீட்டுக்குப் போக வேண்டும்", "இதயத்துக்காக"),
    Person("punjabi", "ਹਰਪ੍ਰੀਤ", "ਕੌਰ", "ਘਰ ਜਾਣਾ ਚਾਹੁੰਦੀ ਹਾਂ", "ਦਿਲ ਲਈ"),
    Person("urdu", "محمد", "اقبال", "گھر جانا چاہتے ہیں", "دل کے لیے"),
    Person("amharic", "አበበ", "ቢቂላ", "ወደ ቤት መሄድ እፈልጋለሁ", "ለልብ"),
)


@dataclass
class PrintWard:
    ward_id: int
    admission_ids: list[int]  # in rounds order, one per person (or per bed)
    charge: object
    clinician: object
    display: object


def _staff(db: Database) -> tuple[object, object, object]:
    return (
        add_user(db, "charge", Role.CHARGE_NURSE, Discipline.NURSING),
        add_user(db, "social", Role.CLINICIAN, Discipline.SOCIAL_WORK),
        add_user(db, "screen", Role.WARD_DISPLAY, Discipline.NURSING),
    )


def _ward(db: Database, beds: int, code: str = "P1") -> tuple[int, list[int]]:
    with db.session() as s:
        labels = [f"{code}-{i:02d}" for i in range(1, beds + 1)]
        ward = wards.create_ward(
            s, ADMIN, code=code, name=f"Ward {code} — Médecine générale", bed_labels=labels
        )
    with db.session() as s:
        return ward.id, [bed.id for bed in wards.list_beds(s, ADMIN, ward.id)]


def multilingual_ward(db: Database, people: tuple[Person, ...] = PEOPLE) -> PrintWard:
    """One patient per script (seven by default), each with everything a sheet prints."""
    charge, social, display = _staff(db)
    pharmacist = add_user(db, "pharmacist", Role.CLINICIAN, Discipline.PHARMACY)
    ward_id, beds = _ward(db, len(people))
    ids = []
    for i, person in enumerate(people):
        with db.session() as s:
            admission = admissions.admit(
                s,
                charge,
                ward_id=ward_id,
                bed_id=beds[i],
                patient=admissions.NewPatient(
                    mrn=f"MRN-{person.script}",
                    given_name=person.given,
                    family_name=person.family,
                    date_of_birth=person.born,
                    preferred_language=person.script.title(),
                    interpreter_needed=person.script not in ("latin",),
                ),
                admitted_at=utc_now() - timedelta(days=3),
                expected_discharge_date=utc_now().date() + timedelta(days=2),
                one_liner=f"One-liner of {person.script}",
            )
        ids.append(admission)
        if person.latin:
            with db.session() as s:
                patient = s.get(Admission, admission).patient
                safety_facts.save_identity(
                    s, charge, patient.id, latin_name=person.latin, preferred_name="",
                    expected_version=patient.version,
                )  # fmt: skip
        with db.session() as s:
            cards.save_field(
                s, charge, admission, CardField.WHAT_MATTERS_MOST, person.matters, Voice.PATIENT, 0
            )
        with db.session() as s:
            cards.save_field(
                s, charge, admission, CardField.HOPES, f"Hope of {person.script}", Voice.FAMILY, 0
            )
        with db.session() as s:
            actions.open_action(
                s,
                social,
                admission,
                text=f"Action of {person.script}",
                owner_discipline=Discipline.SOCIAL_WORK,
                due=utc_now().date() + timedelta(days=1),
            )
        with db.session() as s:
            actions.add_contingency(
                s,
                social,
                admission,
                condition=f"If {person.script} worsens",
                response="then call the registrar",
            )
        _plan(db, social, pharmacist, admission, person)
        for text, sensitive in ((f"Concern of {person.script}", False), (SECRET, True)):
            with db.session() as s:
                contributions.add_contribution(
                    s, social, admission, text=text, kind="concern", sensitive=sensitive
                )
    return PrintWard(ward_id, ids, charge, social, display)


def _plan(db: Database, actor, pharmacist, admission: int, person: Person) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        discharge.save_plan(
            s,
            actor,
            admission,
            discharge.PlanEdit(
                version=0,
                destination=f"Home of {person.script}",
                barriers=f"Barrier of {person.script}",
                warning_signs=f"Warning of {person.script}",
                whom_to_call=f"Call of {person.script}",
            ),
        )
    with db.session() as s:
        change = discharge.add_medication_change(
            s,
            actor,
            admission,
            medication=f"Medicine of {person.script}",
            change="new",
            reason=person.medicine_reason,
            dose="5 mg",
        )
    with db.session() as s:  # decided and reconciled, so the patient's copy prints it
        discharge_medicines.decide_medication_change(s, pharmacist, change, 1, True)
    with db.session() as s:
        discharge_medicines.record_reconciliation(s, pharmacist, admission, True)
    with db.session() as s:
        discharge.add_follow_up(
            s,
            actor,
            admission,
            with_whom=f"Clinic of {person.script}",
            where="Outpatients",
            contact_by=f"Clerk of {person.script}",
        )


def uniform_ward(db: Database, beds: int) -> PrintWard:
    """`beds` patients with the same amount of text each, so every handoff row has
    the same height and the page count is known."""
    charge, social, display = _staff(db)
    ward_id, bed_ids = _ward(db, beds, code="U1")
    ids = []
    for i in range(beds):
        with db.session() as s:
            admission = admissions.admit(
                s,
                charge,
                ward_id=ward_id,
                bed_id=bed_ids[i],
                patient=admissions.NewPatient(
                    mrn=f"U{i:04d}", given_name="Patient", family_name=f"Number {i + 1}"
                ),
                one_liner="70F, community-acquired pneumonia day 2, improving on oral antibiotics",
            )
        ids.append(admission)
        with db.session() as s:
            cards.save_field(
                s, charge, admission, CardField.WHAT_MATTERS_MOST, "Going home", Voice.PATIENT, 0
            )
    return PrintWard(ward_id, ids, charge, social, display)


MIXED = (
    "Zoë wants to go home to Córdoba. أريد أن أعود إلى بيتي وأن أرى أحفادي. "
    "我想回家看看孩子们和花园。 אני רוצה לחזור הביתה. 家に帰って庭を見たい。 "
    "Θέλω να γυρίσω σπίτι. Я хочу домой к коту. "
)


def filled(limit: int, lead: str = "") -> str:
    """`lead` and then mixed-script text up to `limit` characters."""
    text = lead
    while len(text) + len(MIXED) <= limit:
        text += MIXED
    return text.strip()


def long_texts_ward(db: Database) -> PrintWard:
    """One patient with every field at its longest, in every script at once."""
    charge, social, display = _staff(db)
    ward_id, beds = _ward(db, 1, code="L1")
    with db.session() as s:
        admission = admissions.admit(
            s,
            charge,
            ward_id=ward_id,
            bed_id=beds[0],
            patient=admissions.NewPatient(
                mrn="LONG",
                given_name=filled(100, "آمنة "),
                family_name=filled(100, "王 "),
                pronouns=filled(200),
                preferred_language=filled(200),
                interpreter_needed=True,
            ),
            one_liner=filled(280),
        )
    for field in CardField:
        with db.session() as s:
            cards.save_field(s, charge, admission, field, filled(4000), Voice.PATIENT, 0)
    for _ in range(5):
        with db.session() as s:
            actions.open_action(
                s, social, admission, text=filled(500), owner_discipline=Discipline.SOCIAL_WORK
            )
    for _ in range(3):
        with db.session() as s:
            actions.add_contingency(
                s, social, admission, condition=filled(4000, "If "), response=filled(4000)
            )
    with db.session() as s:
        long_plan = discharge.PlanEdit(0, filled(200), filled(4000), filled(4000), filled(4000))
        discharge.save_plan(s, social, admission, long_plan)
    for change in ("new", "changed", "stopped"):
        with db.session() as s:
            discharge.add_medication_change(
                s, social, admission, medication=filled(200), change=change, reason=filled(500)
            )
        with db.session() as s:
            discharge.add_follow_up(
                s,
                social,
                admission,
                with_whom=filled(200),
                where=filled(200),
                purpose=filled(500),
                contact_by=filled(200),
            )
    for discipline in ("social_work", "patient"):
        with db.session() as s:
            contributions.add_contribution(
                s, social, admission, text=filled(4000), kind="concern", discipline=discipline
            )
    return PrintWard(ward_id, [admission], charge, social, display)

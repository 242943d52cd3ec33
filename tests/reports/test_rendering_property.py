"""Any text the services accept, in any field, prints on every sheet: the handoff,
both discharge summaries, the case review and the insights — in any script, with
line breaks, bidi controls, combining marks, emoji, words of thousands of letters
and text that looks like markup.

Each example puts its text through the services themselves (so what is generated is
what the services accept: `validate.text` with each field's limit decides), on a
ward of its own in one SQLite database made once, loads each sheet's data with the
loaders printing uses and renders every sheet to PDF (printing's audit records are
left out: they hold no text).
`make test` tries 40 examples (half a second each); `make faults-full` 400 (tests/sizes.py),
and ROUNDS_RENDER_EXAMPLES asks for any number."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

pytest.importorskip("hypothesis", reason="the property tests need hypothesis (pip install)")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from rounds_app.domain import fields, limits  # noqa: E402
from rounds_app.domain.clock import utc_now  # noqa: E402
from rounds_app.domain.enums import CardField, Discipline, ReviewSection, Role, Voice  # noqa: E402
from rounds_app.domain.fields import TextRule  # noqa: E402
from rounds_app.domain.safety import Ceiling, Resuscitation, SafetyItem  # noqa: E402
from rounds_app.errors import ValidationError  # noqa: E402
from rounds_app.paths import sqlite_url  # noqa: E402
from rounds_app.reports.data import PrintJob  # noqa: E402
from rounds_app.reports.discharge_patient import PatientSummaryRenderer  # noqa: E402
from rounds_app.reports.discharge_team import TeamSummaryRenderer  # noqa: E402
from rounds_app.reports.handoff import HandoffRenderer  # noqa: E402
from rounds_app.reports.insights_sheet import InsightsRenderer  # noqa: E402
from rounds_app.reports.loading import load_discharge, load_handoff, load_review  # noqa: E402
from rounds_app.reports.review import ReviewRenderer  # noqa: E402
from rounds_app.services import (  # noqa: E402
    actions,
    admissions,
    cards,
    contributions,
    discharge,
    reviews,
    users,
    validate,
    wards,
)
from rounds_app.services.actor import Actor  # noqa: E402
from rounds_app.services.insights import insights  # noqa: E402
from rounds_app.services.safety_facts import (  # noqa: E402
    record_allergy,
    record_resuscitation,
    save_contact,
    save_identity,
    save_medication,
    save_safety_check,
)
from rounds_app.services.safety_views import safety_facts  # noqa: E402
from rounds_app.storage.database import Database, open_database  # noqa: E402
from tests.factories import ADMIN, PASSWORD  # noqa: E402
from tests.sizes import sized  # noqa: E402

settings.register_profile(
    "rendering",
    max_examples=int(os.environ.get("ROUNDS_RENDER_EXAMPLES") or sized(40, 400)),
    deadline=None,
    database=None,  # no example store in the working tree
    # one database for every example, made by a fixture: that is the point
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)

# pieces of text the fonts and the layout find hard
HARD = (
    "\n",
    "\n\n\n",
    "\r\n",
    "\t",
    "\x85",  # NEXT LINE, a line break to Python's splitlines
    "\x9b",
    "\u2028",
    "\u2029",
    " ",
    "\u202e",  # right-to-left override
    "\u202d",
    "\u202c",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\u200f",
    "\u200e",
    "\u061c",
    "\u200b",
    "\u00a0",
    "e\u0301",  # a combining accent
    "\u0915\u094d\u0937",  # a Devanagari conjunct
    "😀",
    "👩🏽‍⚕️",
    '<img src="/etc/passwd"/>',
    "<b>",
    "</font>",
    "&",
    "&amp;",
    "&#x202e;",
    "%1",
    "home by 12 May, 3",
    "سيعود إلى المنزل في 12 مايو، 3",
    "שלום (עולם)",
    "王秀英",
    "山田太郎",
    "김민준",
    "Ελένη",
    "Валентина",
    "สมชาย",
    "ሰላም",
    "தமிழ்",
    "রবীন্দ্রনাথ",
    "ਹਰਪ੍ਰੀਤ",
    "ગુજરાતી",
    "چاہتے ہیں",
    "“สมชาย”",
    "नमस्ते🙏",
    "\U0001f97a",  # an emoji newer than the emoji font: spelled out
)
# characters from anywhere in Unicode but surrogates (no str of a service holds one)
# and control characters, which the services mostly refuse: drawn at random, they
# would have nearly every example filtered out. The few they take are in HARD.
ANY_CHARACTER = st.characters(exclude_categories=("Cs", "Cc"))
PIECE = st.one_of(st.sampled_from(HARD), st.text(ANY_CHARACTER, max_size=12))
# a long run: a word of thousands of letters, or thousands of line breaks
RUN = st.builds(
    lambda piece, count: piece * count,
    st.sampled_from(("x", "王", "ب", "\n", ". \n", "\n.", "e\u0301", "12 ")),
    st.integers(1, 4000),
)
# each field's rule: the one its column declares and the services check
FIELDS = {
    "printed_by": fields.DISPLAY_NAME,
    "ward_name": fields.WARD_NAME,
    "bed": fields.BED_LABEL,
    "mrn": fields.MRN,
    "given": fields.GIVEN_NAME,
    "family": fields.FAMILY_NAME,
    "preferred": fields.PREFERRED_NAME,
    "pronouns": fields.PRONOUNS,
    "language": fields.PREFERRED_LANGUAGE,
    "one_liner": fields.ONE_LINER,
    "what_matters": fields.CARD_FIELD,
    "hopes": fields.CARD_FIELD,
    "action": fields.ACTION,
    "condition": fields.CONTINGENCY_IF,
    "response": fields.CONTINGENCY_THEN,
    "destination": fields.DESTINATION,
    "barriers": fields.BARRIERS,
    "warning_signs": fields.WARNING_SIGNS,
    "whom_to_call": fields.WHOM_TO_CALL,
    "medication": fields.MEDICATION_CHANGED,
    "reason": fields.MEDICATION_REASON,
    "with_whom": fields.FOLLOW_UP_WITH,
    "where": fields.FOLLOW_UP_WHERE,
    "purpose": fields.FOLLOW_UP_PURPOSE,
    "concern": fields.CONTRIBUTION,
    "own_words": fields.CONTRIBUTION,
    "title": fields.REVIEW_TITLE,
    "section": fields.REVIEW_SECTION,
    "review_action": fields.REVIEW_ACTION,
    "owner": fields.REVIEW_ACTION_OWNER,
    "latin_name": fields.LATIN_NAME,
    "decided_by": fields.DECIDED_BY,
    "discussed_with": fields.DISCUSSED_WITH,
    "form_reference": fields.FORM_REFERENCE,
    "check_detail": fields.SAFETY_DETAIL,
    "substance": fields.SUBSTANCE,
    "reaction": fields.REACTION,
    "contact_name": fields.CONTACT_NAME,
    "relationship": fields.RELATIONSHIP,
    "phone": fields.PHONE,
    "medicine": fields.MEDICINE,
    "dosage": fields.DOSAGE,
    "route": fields.ROUTE,
    "frequency": fields.FREQUENCY,
}


def accepted(rule: TextRule, pieces: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """Text the services accept for a field under `rule`: the services' own check
    decides, so the rule is never copied here."""
    limit = rule.limit

    def passes(value: str) -> bool:
        try:
            validate.text(rule, value)
        except ValidationError:
            return False
        return True

    return (
        st.lists(pieces, min_size=1, max_size=6)
        .map("".join)
        .map(lambda value: value.strip()[:limit])
        .filter(passes)
    )


@st.composite
def texts(draw: Callable[[st.SearchStrategy[object]], object]) -> dict[str, str]:
    """A text for every field a sheet prints, one of them with long runs (thousands of
    line breaks, or one word up to the limit). One tall field per example keeps 200
    examples within a minute; tests/reports/test_tall_cells.py and the longest-texts
    ward fill every field at once."""
    tall = draw(st.sampled_from(sorted(FIELDS)))
    return {
        name: str(draw(accepted(rule, st.one_of(PIECE, RUN) if name == tall else PIECE)))
        for name, rule in FIELDS.items()
    }


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Actor]]:
    db = open_database(sqlite_url(Path(tmp_path_factory.mktemp("render")) / "render.sqlite3"))
    with db.session() as s:
        users.create_user(
            s,
            ADMIN,
            username="writer",
            display_name="Writer",
            discipline=Discipline.SOCIAL_WORK,
            role=Role.CHARGE_NURSE,
            password=PASSWORD,
        )
    with db.session() as s:
        writer = users.authenticate(s, "writer", PASSWORD)
    yield db, writer
    db.engine.dispose()


_serial = itertools.count()


@settings(settings.get_profile("rendering"))
@given(text=texts())
def test_any_accepted_text_renders_every_sheet(
    database: tuple[Database, Actor], text: dict[str, str]
) -> None:
    (db, writer), n = database, next(_serial)
    with db.session() as s:
        ward = wards.create_ward(
            s, ADMIN, code=f"R{n}", name=text["ward_name"], bed_labels=[text["bed"]]
        )
    with db.session() as s:
        (bed,) = wards.list_beds(s, ADMIN, ward.id)
    with db.session() as s:
        admission = admissions.admit(
            s,
            writer,
            ward_id=ward.id,
            bed_id=bed.id,
            patient=admissions.NewPatient(
                mrn=f"{n}-{text['mrn']}"[: limits.IDENTIFIER],
                given_name=text["given"],
                family_name=text["family"],
                preferred_name=text["preferred"],
                pronouns=text["pronouns"],
                preferred_language=text["language"],
                interpreter_needed=True,
            ),
            admitted_at=utc_now() - timedelta(days=2),
            expected_discharge_date=utc_now().date(),
            one_liner=text["one_liner"],
        )
    for field, value in ((CardField.WHAT_MATTERS_MOST, "what_matters"), (CardField.HOPES, "hopes")):
        with db.session() as s:
            cards.save_field(s, writer, admission, field, text[value], Voice.PATIENT, 0)
    with db.session() as s:
        actions.open_action(
            s, writer, admission, text=text["action"], owner_discipline=Discipline.PHARMACY
        )
    with db.session() as s:
        actions.add_contingency(
            s, writer, admission, condition=text["condition"], response=text["response"]
        )
    with db.session() as s:
        plan = discharge.PlanEdit(
            0, text["destination"], text["barriers"], text["warning_signs"], text["whom_to_call"]
        )
        discharge.save_plan(s, writer, admission, plan)
    with db.session() as s:
        discharge.add_medication_change(
            s, writer, admission, medication=text["medication"], change="new", reason=text["reason"]
        )
    with db.session() as s:
        discharge.add_follow_up(
            s,
            writer,
            admission,
            with_whom=text["with_whom"],
            where=text["where"],
            purpose=text["purpose"],
            contact_by=text["with_whom"],
        )
    for discipline, words in (("social_work", "concern"), ("patient", "own_words")):
        with db.session() as s:
            contributions.add_contribution(
                s, writer, admission, text=text[words], kind="concern", discipline=discipline
            )
    with db.session() as s:
        review_id = reviews.create_review(
            s,
            writer,
            reviews.ReviewDraft(
                title=text["title"],
                admission_id=admission,
                deidentified=False,
                sections={section: text["section"] for section in ReviewSection},
                participants=(Discipline.NURSING,),
                actions=(reviews.ReviewAction(text["review_action"], text["owner"], None),),
            ),
        )

    _record_safety_facts(db, writer, admission, text)

    job = PrintJob(utc_now(), text["printed_by"])
    with db.session() as s:
        sheets = [
            HandoffRenderer(load_handoff(s, writer, ward.id, job.printed_at), job),
            TeamSummaryRenderer(
                load_discharge(s, writer, admission, patient_copy=False, include_sensitive=False),
                job,
            ),
            PatientSummaryRenderer(
                load_discharge(s, writer, admission, patient_copy=True, include_sensitive=False),
                job,
            ),
            ReviewRenderer(load_review(s, writer, review_id), job),
        ]
    with db.session() as s:
        admissions.discharge(s, writer, admission)
    with db.session() as s:  # the discharges table of the insights names the bed
        today = job.printed_at.date()
        span = insights(s, writer, ward.id, today - timedelta(days=3), today + timedelta(days=1))
    sheets.append(InsightsRenderer(span, text["ward_name"], job))
    for sheet in sheets:
        assert sheet.render().startswith(b"%PDF-")


def _record_safety_facts(db: Database, writer: Actor, admission: int, text: dict[str, str]) -> None:
    """Every safety fact's text, through the safety services."""
    with db.session() as s:
        facts = safety_facts(s, writer, [admission], utc_now().date())[admission]
    patient, identity = facts.patient_id, facts.identity
    assert identity is not None
    with db.session() as s:
        record_resuscitation(
            s,
            writer,
            admission,
            status=Resuscitation.DNACPR,
            ceiling=Ceiling.WARD_BASED,
            decided_on=None,
            decided_by=text["decided_by"],
            discussed_with=text["discussed_with"],
            form_reference=text["form_reference"],
            expected_version=0,
        )
    with db.session() as s:
        save_safety_check(
            s, writer, admission, SafetyItem.ISOLATION, state="contact",
            detail=text["check_detail"], expected_version=0,
        )  # fmt: skip
    with db.session() as s:
        save_identity(
            s, writer, patient, latin_name=text["latin_name"],
            preferred_name=text["preferred"], expected_version=identity.version,
        )  # fmt: skip
    with db.session() as s:
        record_allergy(
            s, writer, patient, substance=text["substance"], reaction=text["reaction"],
            severity="severe", criticality="high",
        )  # fmt: skip
    with db.session() as s:
        save_contact(
            s, writer, patient, name=text["contact_name"], relationship=text["relationship"],
            phone=text["phone"], next_of_kin=True, decision_maker=True,
        )  # fmt: skip
    with db.session() as s:
        save_medication(
            s, writer, patient, name=text["medicine"], dosage=text["dosage"],
            route=text["route"], frequency=text["frequency"],
        )  # fmt: skip

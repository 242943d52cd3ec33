"""The ward handoff sheet, printed from a database (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import select

from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import CardField
from rounds_app.reports.loading import load_handoff
from rounds_app.reports.service import print_handoff
from rounds_app.services import admissions, cards
from rounds_app.services.audit import verify_chain
from rounds_app.services.unit import latest_change_id
from rounds_app.storage.database import Database
from rounds_app.storage.models import AuditEvent
from tests.reports.pdf import image_xobjects, pages_text, reader, shows, squeeze, text
from tests.reports.ward import PEOPLE, SECRET, long_texts_ward, multilingual_ward, uniform_ward
from tests.storage.query_counting import counted

# 40 rows of the same height: the first page has the taller header, so it holds
# fewer rows than the rest
FORTY_BED_PAGES = 5


def _print(db: Database, actor, ward_id: int, **options) -> bytes:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return print_handoff(s, actor, ward_id, **options)


def test_every_script_prints_in_rounds_order_and_no_entry_does(db: Database) -> None:
    ward = multilingual_ward(db)
    printed = text(_print(db, ward.charge, ward.ward_id))
    for person in PEOPLE:
        assert shows(printed, person.given), person.script
        assert shows(printed, person.family), person.script
        assert shows(printed, person.matters), person.script
        assert f"Action of {person.script}" in printed
        assert f"If {person.script} worsens" in printed
    beds = [printed.index(f"P1-{i:02d}") for i in range(1, len(PEOPLE) + 1)]
    assert beds == sorted(beds)
    # the handoff shows no contributions at all, sensitive or not
    assert SECRET not in printed and "Concern of" not in printed
    assert squeeze("Interpreter (Greek)") in squeeze(printed)
    assert "Ward P1 — Médecine générale" in printed
    assert "Time printed:" in printed and "Printed by: Charge" in printed


def test_sheet_is_landscape_on_a4_or_letter(db: Database) -> None:
    ward = multilingual_ward(db)
    a4 = reader(_print(db, ward.charge, ward.ward_id)).pages[0].mediabox
    letter = reader(_print(db, ward.charge, ward.ward_id, paper="letter")).pages[0].mediabox
    assert (round(a4.width), round(a4.height)) == (842, 595)
    assert (round(letter.width), round(letter.height)) == (792, 612)


def test_forty_beds_page_count_footer_and_repeated_heads(db: Database) -> None:
    ward = uniform_ward(db, 40)
    pages = pages_text(_print(db, ward.charge, ward.ward_id))
    n = len(pages)
    assert n == FORTY_BED_PAGES
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {n}" in page
        assert "Confidential — contains patient information" in page
        assert "What matters" in page and "If / then" in page  # the heads repeat
    assert "Page 1 of 5" in pages[0] and "Page 5 of 5" in pages[-1]
    printed = "\n".join(pages)
    beds = [m.group() for m in re.finditer(r"U1-\d\d", printed)]
    assert beds == [f"U1-{i:02d}" for i in range(1, 41)]  # each once, in rounds order
    for page in pages:  # every row on a page is whole: no row is cut across two
        rows = page.count("U1-")
        assert rows and page.count("Going home") == rows and page.count("70F,") == rows


def test_text_is_printed_literally_and_nothing_is_embedded(db: Database) -> None:
    ward = multilingual_ward(db)
    hostile = '<img src="/etc/x.png"/> <b> a<b AT&T &copy;'
    with db.session() as s:
        field = cards.save_field(
            s,
            ward.charge,
            ward.admission_ids[0],
            CardField.WHAT_MATTERS_MOST,
            hostile,
            "clinician",
            1,
        )
    assert field.text == hostile
    pdf = _print(db, ward.charge, ward.ward_id)
    assert squeeze(hostile) in squeeze(text(pdf))
    assert image_xobjects(pdf) == []


def test_each_print_is_audited_without_patient_text(db: Database) -> None:
    ward = multilingual_ward(db)
    with db.session() as s:
        before = latest_change_id(s)
    _print(db, ward.display, ward.ward_id)  # the ward screen account may print too
    with db.session() as s:
        (audit,) = s.execute(
            select(AuditEvent).where(AuditEvent.action == "print.handoff")
        ).scalars()
        assert (audit.entity, audit.entity_id, audit.actor, audit.fields) == (
            "ward",
            ward.ward_id,
            "screen",
            "",
        )
        # a print changes no data: no workstation is told to reload for it
        assert latest_change_id(s) == before
        assert verify_chain(s) == []


def test_stale_what_matters_and_due_goals_are_flagged(db: Database) -> None:
    ward = multilingual_ward(db)
    later = utc_now() + timedelta(days=12)
    printed = squeeze(text(_print(db, ward.charge, ward.ward_id, now=later)))
    assert squeeze("(not updated for 12 days)") in printed
    assert squeeze("Goals of care due") in printed
    fresh = text(_print(db, ward.charge, ward.ward_id, stale_after_days=30, now=later))
    assert "not updated for" not in fresh.replace("not updated for 30 days or more", "")


def test_loading_costs_the_same_queries_for_any_ward_size(db: Database) -> None:
    ward = multilingual_ward(db)

    def queries() -> int:
        with counted(db) as statements, db.session() as s:
            data = load_handoff(s, ward.charge, ward.ward_id, utc_now())
        assert data.rows
        return len(statements)

    before = queries()
    for i in range(5):
        with db.session() as s:
            admissions.admit(
                s,
                ward.charge,
                ward_id=ward.ward_id,
                bed_id=None,
                patient=admissions.NewPatient(mrn=f"X{i}", given_name="No", family_name="Bed"),
            )
    assert queries() == before


def test_a_row_of_the_longest_texts_prints_whole_over_pages(db: Database) -> None:
    ward = long_texts_ward(db)
    for paper in ("a4", "letter"):
        pages = pages_text(_print(db, ward.charge, ward.ward_id, paper=paper))
        assert len(pages) > 1, paper  # nothing is capped: the row continues
        printed = "\n".join(pages)
        assert "…" not in printed and "more on the card" not in printed, paper
        # every page after the first carries the bed and "(continued)"
        for page in pages[1:]:
            assert "L1-01" in page and "(continued)" in page, paper

"""The contributions timeline model and its discipline filter, with no view."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt

from rounds_app.domain.enums import ContributionKind, Discipline
from rounds_app.services.contributions import ContributionView
from ui.contributions.timeline_model import DisciplineFilter, TimelineModel

M = TimelineModel
TODAY = date(2026, 11, 25)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in November 2026 on this computer's clock (the timeline groups by the
    local day, whatever the time zone the tests run in)."""
    return datetime(2026, 11, day, hour, minute).astimezone()


BASE = ContributionView(
    id=1,
    entry_id=1,
    admission_id=7,
    discipline=Discipline.NURSING,
    kind=ContributionKind.OBSERVATION,
    author_id=3,
    author="Mariam Haddad",
    written_at=local(25, 9, 12),
    amended_at=None,
    text="Walked to the window with her frame.",
    sensitive=False,
    shareable=False,
    amendment_reason="",
    version=1,
)


def entry(**changes: object) -> ContributionView:
    return dataclasses.replace(BASE, **changes)


ENTRIES = [
    entry(),
    entry(
        id=5,
        entry_id=2,
        discipline=Discipline.PHARMACY,
        kind=ContributionKind.RECOMMENDATION,
        author_id=4,
        author="Dr Sun-hee Lee",
        written_at=local(23, 17, 40),
        amended_at=local(24, 8, 5),
        text="Σταματήστε τη δοξαζοσίνη.",
        amendment_reason="Wrong drug name",
        version=2,
        sensitive=True,
    ),
    entry(id=3, entry_id=3, written_at=local(23, 10), text="المريض يفضل العربية"),
]


@pytest.fixture
def british_english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def model(qapp) -> TimelineModel:
    return TimelineModel()


def data(model, row: int, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return model.index(row, 0).data(role)


def test_model_and_filter_pass_the_model_tester(qtmodeltester, model) -> None:
    proxy = DisciplineFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    model.set_contributions(ENTRIES, today=TODAY)
    qtmodeltester.check(model)
    proxy.set_discipline(Discipline.PHARMACY)
    qtmodeltester.check(proxy)
    model.set_contributions([])
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)


@pytest.mark.usefixtures("british_english")
def test_days_read_today_yesterday_then_the_date(model) -> None:
    model.set_contributions(ENTRIES, today=TODAY)
    # the amended entry sits under the day of its amendment, when the version shown
    # was written
    days = [data(model, r, M.DayRole) for r in range(3)]
    assert days == ["Today", "Yesterday", "Mon 23 Nov"]


@pytest.mark.usefixtures("british_english")
def test_an_entry_shows_time_discipline_kind_author_text_and_badges(model) -> None:
    model.set_contributions(ENTRIES, today=TODAY)
    assert data(model, 0) == "Walked to the window with her frame."
    assert data(model, 0, M.HeadingRole) == "09:12  ·  Nursing  ·  Observation  ·  Mariam Haddad"
    assert data(model, 0, M.BadgesRole) == []
    assert data(model, 1, M.HeadingRole) == (
        "08:05  ·  Pharmacy  ·  Recommendation  ·  Dr Sun-hee Lee"
    )
    assert data(model, 1, M.BadgesRole) == [("Sensitive", "sensitive"), ("Amended · v2", "amended")]
    tip = data(model, 1, Qt.ItemDataRole.ToolTipRole)
    assert "Written Mon 23 Nov at 17:40 by Dr Sun-hee Lee" in tip
    assert "Reason: Wrong drug name" in tip
    spoken = data(model, 1, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Yesterday. 08:05")
    assert "Sensitive, Amended · v2" in spoken


def test_roles_carry_the_ids_the_view_needs(model) -> None:
    model.set_contributions(ENTRIES, today=TODAY)
    assert data(model, 1, M.ContributionIdRole) == 5
    assert data(model, 1, M.EntryIdRole) == 2
    assert data(model, 1, M.AuthorIdRole) == 4
    assert data(model, 1, M.SensitiveRole) is True
    assert data(model, 1, M.DisciplineRole) == Discipline.PHARMACY
    assert model.row_of_entry(3) == 2
    assert model.row_of_entry(99) is None


def test_the_filter_keeps_one_discipline_in_order(model) -> None:
    proxy = DisciplineFilter()
    proxy.setSourceModel(model)
    model.set_contributions(ENTRIES, today=TODAY)
    proxy.set_discipline(Discipline.NURSING)
    assert [proxy.index(r, 0).data(M.EntryIdRole) for r in range(proxy.rowCount())] == [1, 3]
    proxy.set_discipline(Discipline.DIETETICS)
    assert proxy.rowCount() == 0
    proxy.set_discipline(None)
    assert proxy.rowCount() == 3


def test_the_model_is_read_only_and_text_stays_text(model) -> None:
    model.set_contributions(
        [entry(text="<b>not bold</b> & <img src='x'>", author="<i>Eve</i>")], today=TODAY
    )
    assert data(model, 0) == "<b>not bold</b> & <img src='x'>"
    assert "&lt;i&gt;Eve&lt;/i&gt;" in data(model, 0, Qt.ItemDataRole.ToolTipRole)
    flags = model.flags(model.index(0, 0))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 0), "changed")


def test_an_entry_shared_with_the_patient_says_so(model) -> None:
    shared = entry(shareable=True)
    withheld = entry(id=9, entry_id=9, shareable=True, sensitive=True)  # sensitive wins
    model.set_contributions([shared, withheld, entry(id=4, entry_id=4)], today=TODAY)
    assert data(model, 0, M.BadgesRole) == [("Shared with the patient", "shared")]
    assert "Shared with the patient" in data(model, 0, Qt.ItemDataRole.AccessibleTextRole)
    assert "printed on their own copy" in data(model, 0, Qt.ItemDataRole.ToolTipRole)
    assert data(model, 1, M.BadgesRole) == [("Sensitive", "sensitive")]
    assert data(model, 2, M.BadgesRole) == []

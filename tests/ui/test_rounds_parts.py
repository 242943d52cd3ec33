"""The parts of rounds mode on their own: the ward-room view's sizes (readable from
4 m, scaled with the screen) and its refusal to clip, the words around the data, the
console's patient list model, the keys, and the small pure parts: sharing the screen,
the timer's pace, the prompts."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from rounds_app.domain.enums import Discipline, RoundPatientStatus, Severity, Voice
from rounds_app.services.audience import AudienceSlide, SlideNews
from rounds_app.services.ward_model.actions import OpenAction
from tests.ui.rounds_support import FakeClock, close_mode, open_mode, press
from tests.ui.ward_data import WardData
from ui.backend import Backend
from ui.rounds import slide_text
from ui.rounds.audience_view import AudienceView
from ui.rounds.dialogs import ConfirmEnd, ConfirmReveal, StartRoundDialog
from ui.rounds.fair_share import share
from ui.rounds.fitted_label import FittedLabel
from ui.rounds.prompts import prompts_for
from ui.rounds.round_patients_model import RoundPatientsModel, RoundRow
from ui.rounds.round_timer import Pace, clock_text, pace
from ui.rounds.stage import projector_for

M = RoundPatientsModel
OPENED = datetime(2025, 12, 30, 9, tzinfo=UTC)
LONG = " ".join(["Needs two to transfer and the stand aid; daughter visiting at six."] * 8)


def _slide(**changes: object) -> AudienceSlide:
    base = AudienceSlide(
        admission_id=1,
        bed_label="4B-07",
        name="MO",
        names_revealed=False,
        days_in_hospital=5,
        days_to_discharge=2,
        severity=Severity.UNSTABLE,
        what_matters_most=LONG,
        what_matters_voice=Voice.PATIENT,
        goals_of_care=LONG,
        goals_stale=True,
        days_since_goals=12,
        news=tuple(SlideNews(d, (LONG, "Short note.")) for d in list(Discipline)[:6]),
        readiness=(2, 6),
        destination="Home with her sister",
        barriers=LONG,
        open_actions=tuple(
            OpenAction(
                n, LONG, Discipline.PHARMACY, "Dr Sun-hee Lee", date(2026, 1, 5), False, OPENED
            )
            for n in range(5)
        ),
        contingencies=((LONG, LONG),) * 3,
    )
    return AudienceSlide(**{**vars(base), **changes})  # type: ignore[arg-type]


@pytest.fixture
def view(qtbot) -> AudienceView:
    widget = AudienceView()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1280, 720), (3840, 2160)])
def test_readable_from_across_the_room_at_any_size(view, width: int, height: int) -> None:
    view.resize(width, height)
    view.show_slide(_slide(), 0, 12, date(2026, 1, 1))
    body = [view.news, view.goals, view.plans, view.discharge, view.actions]
    smallest = min(label.font().pixelSize() for label in body)
    assert smallest >= 28 * height / 1080  # shrunk to fit, never below 28 px at 1080p
    titles = [s.title for s in view.left + view.right] + [view.bed]
    assert min(t.font().pixelSize() for t in titles) > smallest
    assert view.what_matters.font().pixelSize() >= 1.5 * smallest


def _words(paragraphs) -> Counter[str]:
    return Counter(word for lead, text in paragraphs for word in f"{lead} {text}".split())


# the last two: the view docked beside the console on a 1920×1080 screen and on a
# 1366×768 laptop
@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1024, 768), (1264, 1080), (806, 768)])
def test_long_text_goes_on_to_another_page_never_cut(view, width: int, height: int) -> None:
    today = date(2026, 1, 6)
    late = OpenAction(9, "Chase the echo report", None, None, date(2026, 1, 5), True, OPENED)
    slide = _slide(
        open_actions=(late, *_slide().open_actions),
        days_since_goals=None,
        goals_stale=False,
        proms=((datetime(2026, 1, 5, tzinfo=UTC), 6, 2, 3), (OPENED, 4, 3, 1)),
    )
    view.resize(width, height)
    view.show_slide(slide, 0, 12, today)
    assert view.pages > 1
    smallest = 28 * height / 1080  # 28 px at 1080 lines, however narrow the view
    body = [s.body for s in view.left + view.right]
    shown = {label: Counter[str]() for label in body}
    for page in range(view.pages):
        view.show_page(page)
        assert view.page == page and f"page {page + 1} of {view.pages}" in view.position.text()
        for label in view.findChildren(FittedLabel):
            if label.isHidden():
                continue
            widest, tall = label.used
            assert widest <= label.width() and tall <= label.height(), label.objectName()
            assert view.rect().contains(label.geometry()), label.objectName()
            assert label.font().pixelSize() >= smallest, label.objectName()
        for label in body:
            if not label.isHidden():
                shown[label].update(label.text().split())
        # a section that has ended shows nothing more, its badge neither
        assert view.goals_due.isHidden() == view.goals.isHidden()
        if page:  # a paragraph cut at the foot of a page says so where it goes on
            assert "(continued)" in " ".join(label.text() for label in body)
    expected = {
        view.what_matters: [("", slide_text.what_matters(slide))],
        view.goals: [("", slide_text.goals(slide))],
        view.plans: slide_text.contingencies(slide),
        view.news: slide_text.news(slide),
        view.discharge: slide_text.discharge(slide),
        view.actions: slide_text.actions(slide, today),
    }
    for label, paragraphs in expected.items():
        assert not _words(paragraphs) - shown[label], label.objectName()  # every word shows
    assert "overdue:" in shown[view.actions]
    for text in ("Pain 6 → 4", "Never revisited"):  # the header and the badge, whole
        assert text in view.facts.text().replace("\n", " ") + view.goals_due.text()
    assert view.goals_due.geometry().right() <= view.width()
    for label in view.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    for label in [*view.findChildren(FittedLabel), view.goals_due]:
        assert "…" not in label.text(), label.objectName()  # nothing elided


def test_a_paragraph_over_many_pages_keeps_its_lead_and_the_room_beside_it(view) -> None:
    """Its lead says "(continued)" once however far it goes; when one column has
    nothing left, a section that goes on moves beside the other rather than leaving
    half the screen empty."""
    view.resize(1920, 1080)
    view.show_slide(_slide(), 0, 12, date(2026, 1, 1))
    assert view.pages > 3
    for page in range(1, view.pages):
        view.show_page(page)
        shown = [s for s in view.left + view.right if not s.body.isHidden()]
        for section in shown:
            assert "(continued) (continued)" not in section.body.text()
            for lead, _text in section.body.paragraphs:
                assert lead == "" or lead.count("(continued)") == 1, lead
        xs = {s.body.x() for s in shown}
        assert len(shown) < 2 or len(xs) == 2, page  # two sections: one in each column


def _page_texts(view: AudienceView) -> list[list[str]]:
    pages = []
    for page in range(view.pages):
        view.show_page(page)
        pages.append([label.text() for label in view.findChildren(FittedLabel)])
        pages[-1].append(view.position.text())
    return pages


def test_a_slide_laid_out_ahead_shows_as_if_laid_out_then(qtbot, view) -> None:
    """Preparing the next patient leaves the slide on screen as it was, and the
    prepared slide's pages are the ones it would have had."""
    today = date(2026, 1, 1)
    on_screen, following = _slide(), _slide(admission_id=2, bed_label="4B-08", news=())
    fresh = AudienceView()
    qtbot.addWidget(fresh)
    for widget in (view, fresh):
        widget.resize(1920, 1080)
    fresh.show_slide(following, 1, 12, today)
    expected = _page_texts(fresh)
    view.show_slide(on_screen, 0, 12, today)
    view.show_page(2)
    before = [label.text() for label in view.findChildren(FittedLabel)]
    view.prepare(following, 1, 12, today)
    assert view.page == 2 and view.bed.text() == "4B-07"
    assert [label.text() for label in view.findChildren(FittedLabel)] == before
    view.show_slide(following, 1, 12, today)
    assert view.page == 0 and view.bed.text() == "4B-08"
    assert _page_texts(view) == expected


def test_a_short_slide_is_one_page_at_full_size(view) -> None:
    view.resize(1920, 1080)
    view.show_slide(
        _slide(
            what_matters_most="My dog",
            goals_of_care="Home",
            news=(),
            barriers="",
            open_actions=(),
            contingencies=(),
        ),
        0,
        2,
        date(2026, 1, 1),
    )
    assert view.pages == 1 and view.position.text() == "1 of 2"
    assert view.goals.font().pixelSize() == 38  # the theme's own size, not shrunk
    assert not view.show_page(1)


def test_an_empty_card_asks_rather_than_showing_blanks(view) -> None:
    view.resize(1920, 1080)
    empty = _slide(
        what_matters_most="",
        what_matters_voice=None,
        goals_of_care="",
        days_since_goals=None,
        news=(),
        readiness=None,
        barriers="",
        destination="",
        open_actions=(),
        contingencies=(),
    )
    view.show_slide(empty, 0, 1, date(2026, 1, 1))
    shown = view.what_matters.text().replace("\n", " ")
    assert shown == "Ask: what matters most to you right now?"
    assert view.goals_due.text() == "Never revisited"
    assert view.news.text() == "Nothing new since the last round."
    assert not any(label.cut for label in view.findChildren(FittedLabel))


def test_words_around_the_data() -> None:
    assert slide_text.what_matters(_slide(what_matters_most="My dog")) == "“My dog”"
    assert slide_text.what_matters(_slide(what_matters_voice=Voice.FAMILY))[0] != "“"
    assert slide_text.goals_badge(_slide()) == "Not revisited for 12 days"
    assert slide_text.goals_badge(_slide(goals_stale=False, days_since_goals=1)) == (
        "Revisited yesterday"
    )
    assert slide_text.facts(_slide(days_in_hospital=1, days_to_discharge=0)) == (
        "Admitted yesterday  ·  Expected home today"
    )
    plans = slide_text.contingencies(_slide(contingencies=(("If fever", "then cultures"),)))
    assert plans == [("If", "fever  →  cultures")]


def test_an_overdue_action_says_so_in_words() -> None:
    today = date(2026, 1, 6)
    late = OpenAction(1, "Chase echo", None, None, date(2026, 1, 5), True, OPENED)
    on_time = OpenAction(2, "Book transport", None, None, date(2026, 1, 7), False, OPENED)
    words = slide_text.actions(_slide(open_actions=(late, on_time)), today)
    assert words[0][1].startswith("Chase echo — overdue: due ")
    assert "overdue" not in words[1][1]


def test_the_patient_list_model(qtmodeltester) -> None:
    model = RoundPatientsModel()
    model.set_rows(
        [
            RoundRow(1, "4B-01", "Λίτσα Κωνσταντίνου", RoundPatientStatus.DISCUSSED, 312),
            RoundRow(2, "4B-02", "李老师", RoundPatientStatus.PENDING, 0),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, M.STATUS).data() == "Discussed"
    assert model.index(0, M.TIME).data() == "5:12"
    assert model.index(1, M.TIME).data() == "–"
    model.update(1, status=RoundPatientStatus.SKIPPED)
    assert model.index(1, M.STATUS).data() == "Skipped"
    assert model.index(1, 0).data(M.ADMISSION_ROLE) == 2
    assert model.row_of(2) == 1 and model.row_of(9) == -1


def test_every_console_button_names_its_keys(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        tips = {a.text(): a.toolTip() for a in mode.keys.buttons()}
        assert tips["Next"] == "Next patient (Right, PgDown, Space)"
        assert tips["End round"] == "End the round (Esc)"
        press(qtbot, Qt.Key.Key_A)  # typing a "d" in the action line is typing
        qtbot.keyClicks(mode.console.capture.action_text, "dps")
        assert mode.console.capture.action_text.text() == "dps"
        assert mode.state.statuses[mode.state.current_id] is RoundPatientStatus.SEEN
        press(qtbot, Qt.Key.Key_Escape)
        press(qtbot, Qt.Key.Key_F2)
        assert mode.console.isHidden()
        press(qtbot, Qt.Key.Key_F2)
        assert mode.console.isVisible()
    finally:
        close_mode(mode)


def test_the_ward_room_view_goes_to_the_other_screen() -> None:
    laptop, projector = object(), object()
    assert projector_for([laptop, projector], laptop) is projector  # type: ignore[list-item]
    assert projector_for([projector, laptop], laptop) is projector  # type: ignore[list-item]
    assert projector_for([laptop], laptop) is None  # type: ignore[list-item]


def test_the_questions_default_to_the_safe_answer(qapp, monkeypatch) -> None:
    asked: list[QMessageBox] = []

    def answer(box: QMessageBox, role: QMessageBox.ButtonRole) -> None:
        asked.append(box)
        assert box.textFormat() == Qt.TextFormat.PlainText
        assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.RejectRole
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: answer(box, QMessageBox.ButtonRole.RejectRole)
    )
    assert not ConfirmReveal.ask(None)
    assert not ConfirmEnd.ask(None, 3)
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: answer(box, QMessageBox.ButtonRole.AcceptRole)
    )
    assert ConfirmReveal.ask(None)
    assert ConfirmEnd.ask(None, 0)
    assert "Patients not reached yet: 3." in asked[1].text()


def test_starting_a_round_asks_the_minutes_per_patient(qapp, monkeypatch) -> None:
    def choose(dialog: StartRoundDialog) -> QDialog.DialogCode:
        dialog.minutes.setValue(7)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", choose)
    assert StartRoundDialog.ask(None, "Ward 4B") == 420
    monkeypatch.setattr(QDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert StartRoundDialog.ask(None, "Ward 4B") is None


def test_a_drop_down_keeps_its_letters(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        monkeypatch.setattr(ConfirmReveal, "ask", lambda parent: pytest.fail("P was stolen"))
        owner = mode.console.capture.owner
        owner.setFocus()
        press(qtbot, Qt.Key.Key_P, owner)  # picks Pharmacy; not the names key
        assert owner.currentText() == "Pharmacy"
    finally:
        close_mode(mode)


def test_next_reads_and_writes_nothing_until_the_room_has_its_patient(
    qtbot, backend: Backend, ward: WardData, monkeypatch
) -> None:
    mode = open_mode(qtbot, backend, ward, monkeypatch, FakeClock())
    try:
        qtbot.waitUntil(lambda: mode.console.card.toPlainText() != "")  # the first card
        called: list[str] = []
        real = backend.call

        def spy(service, *args, **kwargs):  # type: ignore[no-untyped-def]
            called.append(service.__name__)
            return real(service, *args, **kwargs)

        monkeypatch.setattr(backend, "call", spy)
        press(qtbot, Qt.Key.Key_Right)
        assert mode.state.index == 1 and mode.audience.position.text() == "2 of 8"
        assert called == [] and mode.work.writes.pending == 1
        qtbot.waitUntil(lambda: mode.work.writes.pending == 0)
        assert called[:2] == ["leave_patient", "patient_card"]
    finally:
        close_mode(mode)


def test_the_slide_says_how_the_patient_says_they_are() -> None:
    at = datetime(2026, 11, 20, tzinfo=UTC)
    slide = _slide(proms=((at, 6, None, 2), (at, 4, 5, None), (at, 3, 7, None)))
    told = slide_text.how_they_say_they_are(slide)
    assert told == "Pain 6 → 4 → 3  ·  Feeling 5 → 7  ·  Breathless 2"
    assert told in slide_text.facts(slide)
    assert slide_text.how_they_say_they_are(_slide(proms=())) == ""


def test_share_gives_short_claims_all_and_splits_the_rest() -> None:
    assert share([10, 20, 30], 100) == [10, 20, 30]
    assert share([10, 80, 80], 100) == [10, 45, 45]
    assert share([50, 50], 0) == [0, 0]
    assert share([300, 100, 100], 300, floors=[200, 0, 0]) == [200, 50, 50]
    assert share([300, 100, 100], 600, floors=[200, 0, 0]) == [300, 100, 100]
    assert share([300, 300, 300], 600, floors=[100, 0, 0]) == [200, 200, 200]
    assert share([100, 400], 200, floors=[0, 0]) == [100, 100]


def test_the_timer_turns_amber_then_red_past_the_target() -> None:
    assert pace(299, 300) is Pace.ON_TIME
    assert pace(301, 300) is Pace.OVER
    assert pace(451, 300) is Pace.WELL_OVER
    assert clock_text(65) == "1:05"
    assert clock_text(3725) == "1:02:05"


def test_prompts_go_from_the_person_to_each_discipline_to_the_family() -> None:
    titles = [p.title for p in prompts_for([Discipline.PHARMACY, Discipline.NURSING])]
    assert titles == [
        "What matters most",
        "Overnight events",
        "Nursing",
        "Pharmacy",
        "Safety check",
        "Plan",
        "Discharge",
        "Questions for the patient and family",
    ]
    assert [p.title for p in prompts_for([])][2] == "Each discipline"

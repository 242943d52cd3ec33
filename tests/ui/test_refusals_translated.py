"""A refusal reads wholly in the screens' language: the role and what it tried, the
field that is wrong, or the record someone else changed first, are translated with the
sentence, not left in English inside it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

import pytest

from rounds_app.domain import limits
from rounds_app.domain.enums import ReviewSection
from rounds_app.services import reviews
from rounds_app.services.reviews import ReviewDraft
from tests.ui.discharge.discharge_tab import open_discharge_tab
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.admin.users_dialog import UsersDialog
from ui.backend import Backend
from ui.common.messages import Notice
from ui.reviews import ReviewsWindow
from ui.reviews.review_questions import FinalizeConfirm
from ui.rounds.dialogs import StartRoundDialog
from ui.rounds.mode import RoundsMode
from ui.shell.language import install_language
from ui.shell.main_window import MainWindow


@pytest.fixture(params=["es", "de"])
def language(request, qapp) -> Iterator[str]:
    installed = install_language(request.param)
    yield request.param
    installed.uninstall()


def _english_words(text: str) -> set[str]:
    return {word.lower() for word in re.findall(r"[A-Za-z]{3,}", text)}


def test_a_charge_nurse_is_told_in_the_language_that_accounts_are_not_theirs(
    qtbot, backend: Backend, ward: WardData, language: str
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    widget = UsersDialog(None, backend)
    qtbot.addWidget(widget)
    shown = widget.error.text()
    english = "A charge nurse account cannot list user accounts."
    assert shown and not _english_words(shown) & _english_words(english)


def test_a_clinician_is_told_in_the_language_that_rounds_are_not_theirs(
    backend: Backend, ward: WardData, monkeypatch, language: str
) -> None:
    notices: list[str] = []
    monkeypatch.setattr(Notice, "ask", lambda parent, title, text, *icon: notices.append(text))
    monkeypatch.setattr(StartRoundDialog, "ask", lambda parent, ward_name: 300)
    backend.sign_in("pharm.lee", PASSWORD)
    assert RoundsMode.start(backend, ward.ward_id) is None
    english = "A clinician account cannot run ward rounds."
    assert len(notices) == 1 and not _english_words(notices[0]) & _english_words(english)


def test_a_form_is_told_in_the_language_which_field_is_missing(
    qtbot, backend: Backend, ward: WardData, language: str
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    _, view = open_discharge_tab(qtbot, backend, ward.admission_ids[0])
    form = view.pending_tests
    form.told_by.setText("Dr Okafor's team")
    form.add()  # no test named: the service refuses
    english = "The test is empty."
    shown = form.error.text()
    assert shown and not _english_words(shown) & _english_words(english)


def test_a_card_that_cannot_be_read_is_told_in_the_language(
    qtbot, backend: Backend, ward: WardData, language: str
) -> None:
    window = MainWindow(backend, backend.sign_in(CHARGE, PASSWORD))
    qtbot.addWidget(window)
    told: list[str] = []
    window.panel.failed.connect(told.append)
    window.panel.show_admission(987654)  # no such admission
    english = "There is no admission with id 987654."
    assert len(told) == 1 and "987654" in told[0]
    assert not _english_words(told[0]) & _english_words(english)


def test_a_stale_save_is_told_in_the_language(
    qtbot, backend: Backend, ward: WardData, language: str, monkeypatch
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    sections = {ReviewSection.WHAT_HAPPENED: "A fall at night."}
    draft = ReviewDraft("Night fall", ward.admission_ids[0], False, sections, (), ())
    review_id = backend.call(reviews.create_review, draft)
    window = ReviewsWindow(backend, None, ward.admission_ids[0])
    qtbot.addWidget(window)
    window.list.setCurrentIndex(window.model.index(window.model.row_of(review_id)))
    opened = window.review
    assert opened is not None and opened.id == review_id
    # another workstation saves the review after this one opened it
    backend.call(reviews.save_review, review_id, replace(draft, title="Fall"), opened.version)
    monkeypatch.setattr(FinalizeConfirm, "ask", classmethod(lambda cls, parent: True))
    window.finalize_button.click()
    shown = window.message.text()
    english = "case review was changed by (version) after you opened version."
    same = {"de": {"version"}}  # German writes "Version" as well
    assert "Mariam Haddad" in shown
    assert not _english_words(shown) & _english_words(english) - same.get(language, set())


def test_a_length_in_a_refusal_is_written_the_way_german_writes_numbers(
    qtbot, backend: Backend, ward: WardData
) -> None:
    installed = install_language("de")
    try:
        backend.sign_in(CHARGE, PASSWORD)
        _, view = open_discharge_tab(qtbot, backend, ward.admission_ids[0])
        view.plan.barriers.setPlainText("x" * (limits.LONG_TEXT + 1))
        view.plan.save_button.click()
        shown = view.plan.error.text()
    finally:
        installed.uninstall()
    assert "4.001" in shown and "4.000" in shown and "," not in shown

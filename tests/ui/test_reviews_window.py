"""Reflective case reviews: the list model, a review from draft to final and an
amendment, de-identified saving and printing, a conflicting save, search, and the
menu action."""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt

from rounds_app.demo import create_demo
from rounds_app.domain.enums import Discipline, ReviewSection, ReviewStatus
from rounds_app.services import reviews
from rounds_app.services.patient_card import patient_card
from rounds_app.storage.database import Database
from tests.modes import OWNER_ONLY, file_mode
from ui.backend import Backend
from ui.common import date_words
from ui.common.pdf_files import PdfFileChooser
from ui.patient.conflict_dialog import Choice, ConflictDialog, Resolution
from ui.reviews import ReviewActions, ReviewsWindow
from ui.reviews.amend_dialog import Amendment, AmendReviewDialog
from ui.reviews.deidentify_dialog import DeidentifyPreviewDialog
from ui.reviews.review_editor import draft_of
from ui.reviews.review_questions import FinalizeConfirm, Unsaved, UnsavedChanges
from ui.reviews.reviews_model import ReviewsModel


@pytest.fixture
def demo(backend: Backend, ui_db: Database) -> Backend:
    accounts = create_demo(ui_db)
    backend.sign_in("charge.nurse", accounts.passwords["charge.nurse"])
    return backend


@pytest.fixture
def admission_id(demo: Backend) -> int:
    ward_id = demo.wards(demo.actor)[0].id
    return demo.census(demo.actor, ward_id)[0].admission_id


@pytest.fixture
def window(qtbot, demo: Backend, admission_id: int) -> ReviewsWindow:
    widget = ReviewsWindow(demo, None, admission_id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def write(window: ReviewsWindow, title: str, texts: dict[ReviewSection, str]) -> None:
    window.editor.title.setText(title)
    for section, text in texts.items():
        window.editor.sections[section].setPlainText(text)


def test_the_list_model_passes_the_model_tester(qtmodeltester, demo: Backend) -> None:
    model = ReviewsModel()
    qtmodeltester.check(model)
    model.set_rows(demo.call(reviews.list_reviews))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert "Draft" in model.index(0).data()
    assert model.index(0).data(ReviewsModel.ReviewIdRole) == model._rows[0].id
    model.set_rows([])
    qtmodeltester.check(model)


def test_a_review_goes_from_draft_to_final_and_is_amended(
    window: ReviewsWindow, demo: Backend, admission_id: int, monkeypatch
) -> None:
    assert window.review is None and window.editor.linked_admission() == admission_id
    write(
        window,
        "Night confusion after a move",
        {
            ReviewSection.WHAT_HAPPENED: "Moved beds at 23:00; became confused.",
            ReviewSection.SYSTEMS_FACTORS: "Handoff left out the hearing aids.",
        },
    )
    window.editor.participants.boxes[Discipline.NURSING].setChecked(True)
    window.editor.participants.boxes[Discipline.PHARMACY].setChecked(True)
    window.editor.actions.add_button.click()
    row = window.editor.actions.rows[0]
    row.text.setText("Add hearing aids to the handoff sheet")
    row.owner.setText("Charge nurse")
    assert window.is_dirty()

    assert window.save_draft()
    saved = demo.call(reviews.get_review, window.review.id)
    assert saved.status == ReviewStatus.DRAFT and saved.admission_id == admission_id
    assert saved.sections[ReviewSection.SYSTEMS_FACTORS] == "Handoff left out the hearing aids."
    assert set(saved.participants) == {Discipline.NURSING, Discipline.PHARMACY}
    assert [a.text for a in saved.actions] == ["Add hearing aids to the handoff sheet"]
    assert not window.is_dirty()
    assert window.model.index(0).data(ReviewsModel.ReviewIdRole) == saved.id

    monkeypatch.setattr(FinalizeConfirm, "ask", classmethod(lambda cls, parent: True))
    window.finalize_button.click()
    assert demo.call(reviews.get_review, saved.id).status == ReviewStatus.FINAL
    assert window.editor.sections[ReviewSection.WHAT_HAPPENED].isReadOnly()
    assert not window.save_button.isEnabled() and window.amend_button.isEnabled()

    amendment = Amendment(ReviewSection.WHAT_HAPPENED, "Moved beds at 22:40.", "Time was wrong")
    monkeypatch.setattr(AmendReviewDialog, "ask", classmethod(lambda cls, p, s: amendment))
    window.amend_button.click()
    final = demo.call(reviews.get_review, saved.id)
    assert final.sections[ReviewSection.WHAT_HAPPENED] == "Moved beds at 22:40."
    (change,) = final.amendments
    assert change.before == "Moved beds at 23:00; became confused."
    assert change.reason == "Time was wrong"
    assert window.amendments.isVisibleTo(window)
    assert "line-through" in window.amendments.toHtml()  # the text before, struck through
    assert "Before: Moved beds at 23:00" in window.amendments.plain_lines[0]


def test_a_de_identified_review_keeps_no_name_birth_date_or_mrn(
    window: ReviewsWindow,
    demo: Backend,
    admission_id: int,
    monkeypatch,
    tmp_path: Path,
    permissive_umask: None,
) -> None:
    patient = demo.call(patient_card, admission_id).admission
    birth = patient.date_of_birth.isoformat() if patient.date_of_birth else ""
    told = (
        f"{patient.given_name} {patient.family_name} (MRN {patient.mrn}, born {birth}) "
        "fell at night; the call bell was out of reach."
    )
    write(window, "A fall at night", {ReviewSection.WHAT_HAPPENED: told})
    window.editor.deidentify.setChecked(True)
    assert window.preview_button.isEnabled()
    shown: list[dict] = []

    def preview(cls, parent, typed, replaced, *, for_saving):  # noqa: ANN001, ANN202
        shown.append(replaced)
        return for_saving

    monkeypatch.setattr(DeidentifyPreviewDialog, "ask", classmethod(preview))
    assert window.save_draft()
    assert shown, "the de-identified text is shown before it is saved"
    stored = demo.call(reviews.get_review, window.review.id)
    text = stored.sections[ReviewSection.WHAT_HAPPENED]
    assert stored.deidentified and "[patient]" in text
    for secret in (patient.given_name, patient.family_name, patient.mrn, birth):
        assert secret and secret not in text
    assert "The linked patient" in window.editor.link.currentText()  # not named on screen

    out = tmp_path / "review.pdf"
    monkeypatch.setattr(PdfFileChooser, "ask", classmethod(lambda cls, parent, name: out))
    window.print_button.click()
    printed = " ".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages
    )
    printed = unicodedata.normalize("NFKC", printed)
    assert "call bell" in printed
    assert file_mode(out) == OWNER_ONLY
    for secret in (patient.given_name, patient.family_name, patient.mrn, birth):
        assert secret not in printed


def test_a_stale_save_merges_section_by_section(
    window: ReviewsWindow, demo: Backend, monkeypatch
) -> None:
    draft_row = next(r for r in demo.call(reviews.list_reviews) if r.status == "draft")
    window.list.setCurrentIndex(window.model.index(window.model.row_of(draft_row.id)))
    loaded = window.review
    assert loaded is not None and loaded.id == draft_row.id
    theirs = dict(loaded.sections)
    theirs[ReviewSection.WENT_WELL] = "Theirs: the family came in."
    theirs[ReviewSection.FOLLOW_UP] = "Theirs: call the transport lead."
    other = draft_of(loaded).__class__(**{**draft_of(loaded).__dict__, "sections": theirs})
    demo.call(reviews.save_review, loaded.id, other, loaded.version)

    window.editor.sections[ReviewSection.FOLLOW_UP].setPlainText("Mine: book a debrief.")
    window.editor.sections[ReviewSection.COULD_BE_BETTER].setPlainText("Mine: earlier booking.")
    asked: list[str] = []

    def resolve(cls, parent, label, mine, their, by, at, title=""):  # noqa: ANN001, ANN202
        asked.append(label)
        return Resolution(Choice.MERGED, f"{their}\n{mine}")

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(resolve))
    assert window.save_draft()
    assert asked == ["Follow-up"]  # only the section both sides changed
    merged = demo.call(reviews.get_review, loaded.id).sections
    assert merged[ReviewSection.WENT_WELL] == "Theirs: the family came in."
    assert merged[ReviewSection.COULD_BE_BETTER] == "Mine: earlier booking."
    assert merged[ReviewSection.FOLLOW_UP] == (
        "Theirs: call the transport lead.\nMine: book a debrief."
    )


def test_search_finds_words_in_sections_and_unsaved_words_are_not_dropped(
    window: ReviewsWindow, monkeypatch
) -> None:
    window.search.setText("zzzz-nothing-like-this")
    assert window.model.rowCount() == 0
    window.search.clear()
    assert window.model.rowCount() == 2

    window.editor.title.setText("Half-written")
    monkeypatch.setattr(UnsavedChanges, "ask", classmethod(lambda cls, parent: Unsaved.STAY))
    window.list.setCurrentIndex(window.model.index(0))
    assert window.review is None and window.editor.title.text() == "Half-written"
    monkeypatch.setattr(UnsavedChanges, "ask", classmethod(lambda cls, parent: Unsaved.DISCARD))
    window.list.setCurrentIndex(window.model.index(0))
    assert window.review is not None


def test_a_refusal_is_shown_in_one_calm_line(
    window: ReviewsWindow, demo: Backend, monkeypatch
) -> None:
    window.editor.title.setText("Only a title so far")
    assert window.save_draft()
    monkeypatch.setattr(FinalizeConfirm, "ask", classmethod(lambda cls, parent: True))
    window.finalize_button.click()  # "What happened" is empty: the core refuses
    assert window.message.isVisibleTo(window)
    assert "What happened" in window.message.text() and "\n" not in window.message.text()
    assert demo.call(reviews.get_review, window.review.id).status == ReviewStatus.DRAFT


# the offscreen platform cannot raise windows or size them: the test platform speaking
@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|propagateSizeHints)\(\)")
def test_the_menu_action_opens_one_window(qtbot, demo: Backend, admission_id: int) -> None:
    from PySide6.QtWidgets import QMainWindow, QMenu

    main = QMainWindow()
    qtbot.addWidget(main)
    actions = ReviewActions(demo, main, current_admission_id=lambda: admission_id)
    menu = QMenu()
    menu.addActions(list(actions.actions.values()))
    assert actions.actions["reviews.open"].shortcut().toString() == "Ctrl+Shift+R"
    assert "Ctrl+Shift+R" in actions.actions["reviews.open"].toolTip()
    assert actions.actions["reviews.open"].isEnabled()
    actions.actions["reviews.open"].trigger()
    first = actions.window
    assert first is not None and first.editor.linked_admission() == admission_id
    actions.actions["reviews.open"].trigger()
    assert actions.window is first
    first.close()
    qtbot.waitUntil(lambda: actions.window is None)


def test_keyboard_reaches_the_editor(window: ReviewsWindow, qtbot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert window.search.hasFocus() or window.focusWidget() is window.search


def test_the_ward_display_account_never_gets_reviews(qtbot, ui_db: Database) -> None:
    accounts = create_demo(ui_db)
    display = Backend(ui_db)
    display.sign_in("ward.display", accounts.passwords["ward.display"])
    from PySide6.QtWidgets import QMainWindow

    main = QMainWindow()
    qtbot.addWidget(main)
    assert not ReviewActions(display, main).actions["reviews.open"].isEnabled()


def test_a_final_review_is_dated_by_its_finalisation_in_the_list_and_the_header(
    window: ReviewsWindow, demo: Backend
) -> None:
    final_row = next(r for r in demo.call(reviews.list_reviews) if r.status == "final")
    final = demo.call(reviews.get_review, final_row.id)
    assert final.finalized_at is not None
    # the demo's final review was amended days after it was finalised
    assert final.updated_at.date() != final.finalized_at.date()
    finalised, amended = date_words.stamp(final.finalized_at), date_words.stamp(final.updated_at)

    row = window.model.index(window.model.row_of(final.id))
    assert finalised in row.data() and amended not in row.data()
    window.list.setCurrentIndex(row)
    assert window.review is not None and window.review.id == final.id
    assert window.state.text() == f"Final since {finalised} — amend to change it"

"""Reflective case reviews: the list (newest first, searchable) and the blame-free
editor. Drafts are saved with a version (a stale save is merged, never lost), a final
is locked and changes only by amendments, and any review prints to PDF.

Reviews belong to the team's meeting room, never to the ward-room screen: this window
is opened from the workstation's menu only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.enums import ReviewStatus
from rounds_app.domain.roles import Permission
from rounds_app.errors import RoundsError
from rounds_app.services import reviews
from rounds_app.services.reviews import ReviewDraft, ReviewView
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.common import date_words, window_size
from ui.common.error_text import error_text
from ui.common.widgets import fill_placeholders, plain_label
from ui.reviews import review_saving
from ui.reviews.amend_dialog import AmendReviewDialog
from ui.reviews.deidentify_dialog import DeidentifyPreviewDialog
from ui.reviews.link_choices import link_choices
from ui.reviews.review_editor import blank_draft, draft_of
from ui.reviews.review_list_panel import ReviewListPanel
from ui.reviews.review_page import ReviewPage
from ui.reviews.review_printing import print_review_pdf
from ui.reviews.review_questions import FinalizeConfirm, Unsaved, UnsavedChanges
from ui.reviews.reviews_model import ReviewsModel
from ui.reviews.sections_and_status import status_label, status_since

log = subsystem_logger(__name__)


class ReviewsWindow(QDialog):
    def __init__(
        self, backend: Backend, parent: QWidget | None = None, admission_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._admission_id = admission_id  # the patient on screen: a new review's link
        self.review: ReviewView | None = None
        self._baseline = blank_draft(admission_id)
        self._can_write = backend.may(Permission.CONTRIBUTE)
        self.setObjectName("reviewsWindow")
        self.setWindowTitle(self.tr("Reflective case reviews"))
        self.setWindowFlag(Qt.WindowType.Window, True)

        panel = ReviewListPanel()
        self.search, self.list, self.model = panel.search, panel.list, panel.model
        self.new_button = panel.new_button
        self.new_button.clicked.connect(self.new_review)

        self.state = plain_label(name="reviewState")
        self.state.setWordWrap(True)
        self.message = plain_label(name="formError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.review_page = ReviewPage()
        self.editor, self.amendments = self.review_page.editor, self.review_page.amendments
        self.save_button = self._button(self.tr("&Save draft"), self.save_draft)
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.preview_button = self._button(self.tr("Pre&view de-identified…"), self.preview)
        self.finalize_button = self._button(self.tr("&Finalize…"), self.finalize)
        self.amend_button = self._button(self.tr("A&mend…"), self.amend)
        self.print_button = self._button(self.tr("&Print…"), self.print_pdf)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.preview_button, self.finalize_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.amend_button)
        buttons.addWidget(self.print_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.state)
        right_layout.addWidget(self.message)
        right_layout.addWidget(self.review_page, 1)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(panel)
        splitter.addWidget(right)
        splitter.setSizes([360, 940])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(splitter)

        window_size.restore(self, "ReviewsWindow", QSize(1300, 900))
        self.search.textChanged.connect(self.refresh_list)
        self.list.selectionModel().currentChanged.connect(self._chosen)
        self.editor.changed.connect(self._update_buttons)
        self.refresh_list()
        self._start_new()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def is_dirty(self) -> bool:
        return self.review_is_editable() and self.editor.draft() != self._baseline

    def review_is_editable(self) -> bool:
        return self._can_write and (self.review is None or self.review.status == ReviewStatus.DRAFT)

    def refresh_list(self) -> None:
        try:
            rows = self._backend.call(reviews.list_reviews, self.search.text().strip())
        except RoundsError as error:
            self._tell(error_text(error))
            return
        self.model.set_rows(rows)
        self._select_current()

    def _select_current(self) -> None:
        row = self.model.row_of(self.review.id) if self.review is not None else -1
        selection = self.list.selectionModel()
        selection.blockSignals(True)  # showing where we are is not choosing a review
        if row >= 0:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            selection.setCurrentIndex(self.model.index(row), flags)
        else:
            selection.clear()
        selection.blockSignals(False)

    def _chosen(self, current: QModelIndex) -> None:
        review_id = current.data(ReviewsModel.ReviewIdRole) if current.isValid() else None
        if review_id is None or (self.review is not None and self.review.id == review_id):
            return
        if self.can_leave():
            self.open_review(review_id)
        else:
            self._select_current()

    def can_leave(self) -> bool:
        """Unsaved changes are saved, discarded or kept, as the person says."""
        if not self.is_dirty():
            return True
        answer = UnsavedChanges.ask(self)
        if answer == Unsaved.DISCARD:
            self._baseline = self.editor.draft()  # asked once: closing will not ask again
            return True
        return answer == Unsaved.SAVE and self.save_draft()

    def new_review(self) -> None:
        if self.can_leave():
            self._start_new()

    def _start_new(self) -> None:
        self.review = None
        self._baseline = blank_draft(self._admission_id)
        self._show(self._baseline)
        self._select_current()
        self.editor.title.setFocus()

    def open_review(self, review_id: int) -> None:
        try:
            review = self._backend.call(reviews.get_review, review_id)
        except RoundsError as error:
            self._tell(error_text(error))
            return
        self.review = review
        self._baseline = draft_of(review)
        self._show(self._baseline)
        self._select_current()
        log.info("opened review id %s", review_id)

    def _show(self, draft: ReviewDraft) -> None:
        linked = draft.admission_id
        hidden = self.review is not None and self.review.deidentified
        choices = link_choices(self._backend, self._admission_id, linked, hide_linked=hidden)
        self.editor.set_link_choices(choices)
        self.editor.show_draft(draft)
        self.review_page.set_locked(not self.review_is_editable())
        self.review_page.set_amendments(self.review.amendments if self.review else ())
        self.message.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        review = self.review
        final = review is not None and review.status == ReviewStatus.FINAL
        draft = self.editor.draft()
        self.save_button.setEnabled(self.review_is_editable())
        self.preview_button.setEnabled(
            self.review_is_editable() and draft.deidentified and draft.admission_id is not None
        )
        self.finalize_button.setEnabled(self.review_is_editable() and review is not None)
        self.amend_button.setEnabled(self._can_write and final)
        self.print_button.setEnabled(review is not None)
        self.new_button.setEnabled(self._can_write)
        self.state.setText(self._state_text())

    def _state_text(self) -> str:
        review = self.review
        if review is None:
            return self.tr("New review — not saved yet")
        since = date_words.stamp(status_since(review))
        if review.status == ReviewStatus.FINAL:
            return fill_placeholders(self.tr("Final since %1 — amend to change it"), since)
        dirty = self.tr(" — unsaved changes") if self.is_dirty() else ""
        return fill_placeholders(
            self.tr("%1, saved %2%3"), status_label(review.status), since, dirty
        )

    def save_draft(self) -> bool:
        draft = self.editor.draft()
        try:
            if not review_saving.confirm_deidentified(self, self._backend, draft):
                return False
            review_id = review_saving.save(self, self._backend, self.review, draft)
        except RoundsError as error:
            self._tell(error_text(error))
            return False
        if review_id is None:
            return False
        self.open_review(review_id)
        self.refresh_list()
        return True

    def preview(self) -> None:
        draft = self.editor.draft()
        if draft.admission_id is None:
            return
        try:
            replaced = self._backend.call(
                reviews.deidentify_preview, draft.admission_id, draft.sections
            )
        except RoundsError as error:
            self._tell(error_text(error))
            return
        DeidentifyPreviewDialog.ask(self, draft.sections, replaced, for_saving=False)

    def finalize(self) -> None:
        if self.review is None or (self.is_dirty() and not self.save_draft()):
            return
        if not FinalizeConfirm.ask(self):
            return
        self._change(reviews.finalize_review, self.review.version)

    def amend(self) -> None:
        if self.review is None:
            return
        amendment = AmendReviewDialog.ask(self, dict(self.review.sections))
        if amendment is not None:
            self._change(reviews.amend_review, amendment.section, amendment.text, amendment.reason)

    def _change(self, service: Callable[..., None], *args: object) -> None:
        review_id = self.review.id
        try:
            self._backend.call(service, review_id, *args)
        except RoundsError as error:
            self._tell(error_text(error))
            return
        log.info("%s: review id %s", service.__name__, review_id)
        self.open_review(review_id)
        self.refresh_list()

    def print_pdf(self) -> None:
        if self.review is None or (self.is_dirty() and not self.save_draft()):
            return
        problem = print_review_pdf(self, self._backend, self.review.id)
        if problem:
            self._tell(problem)

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def reject(self) -> None:
        """Esc and Close: unsaved words are never dropped without asking."""
        if self.can_leave():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.can_leave():
            super().closeEvent(event)
        else:
            event.ignore()

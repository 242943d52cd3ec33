"""The right side of the reviews window, scrolled: the editor, then the amendments of
a final review (hidden while there are none). A locked page — a final, or a reader
who may not write — is greyed by the stylesheet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from rounds_app.services.reviews import ReviewAmendmentView
from ui.common.repolish import repolish
from ui.common.widgets import plain_label
from ui.reviews.amendments_view import AmendmentsView
from ui.reviews.review_editor import ReviewEditor


class ReviewPage(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewScroll")
        self.setWidgetResizable(True)
        self.editor = ReviewEditor()
        self.amendments = AmendmentsView()
        self.amendments_heading = plain_label(self.tr("Amendments"), "sectionHeading")
        self.page = QWidget()
        self.page.setObjectName("reviewPage")
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.editor)
        layout.addWidget(self.amendments_heading)
        layout.addWidget(self.amendments)
        self.setWidget(self.page)

    def set_locked(self, locked: bool) -> None:
        self.editor.set_read_only(locked)
        self.page.setProperty("locked", locked)
        repolish(self.page)

    def set_amendments(self, amendments: Sequence[ReviewAmendmentView]) -> None:
        self.amendments.set_amendments(amendments)
        self.amendments_heading.setVisible(bool(amendments))

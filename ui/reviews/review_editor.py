"""The blame-free template as a form: a title, the patient it is linked to (or none)
and whether to de-identify, one labelled plain-text box per section, who took part by
role and what we will do. `draft()` reads it out as a ReviewDraft; `show_review()`
fills it from a saved review; a final review shows read-only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from rounds_app.domain.enums import Discipline, ReviewSection
from rounds_app.services.reviews import ReviewDraft, ReviewView
from ui.common.labelled_rows import buddy_label
from ui.common.repolish import repolish
from ui.common.widgets import plain_label
from ui.reviews.participants_box import ParticipantsBox
from ui.reviews.review_action_rows import ReviewActionRows
from ui.reviews.sections_and_status import section_field_label, section_label, section_prompt

NOT_LINKED = -1  # the link picker's value for "not linked to a patient"


class ReviewEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewEditor")
        self.title = QLineEdit()
        self.title.setObjectName("reviewTitle")
        self.title.setPlaceholderText(self.tr("A short title that names no one"))
        self.link = QComboBox()
        self.link.setObjectName("reviewLink")
        self.deidentify = QCheckBox(
            self.tr("&De-identify: replace the patient's names, dates and identifiers")
        )
        self.deidentify.setObjectName("reviewDeidentify")
        top = QGridLayout()
        top.setHorizontalSpacing(12)
        top.setVerticalSpacing(8)
        for row, (text, editor) in enumerate(
            ((self.tr("T&itle"), self.title), (self.tr("&Linked to"), self.link))
        ):
            label = buddy_label(text, editor)
            top.addWidget(label, row, 0)
            top.addWidget(editor, row, 1)
        top.addWidget(self.deidentify, 2, 1)
        top.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        self.sections: dict[ReviewSection, QPlainTextEdit] = {}
        for section in ReviewSection:
            layout.addSpacing(10)
            layout.addWidget(self._section(section, layout))
        self.participants = ParticipantsBox()
        self.actions = ReviewActionRows()
        layout.addSpacing(12)
        layout.addWidget(self.participants)
        layout.addSpacing(12)
        heading = plain_label(self.tr("What we will do"), "sectionHeading")
        layout.addWidget(heading)
        layout.addWidget(self.actions)
        layout.addStretch(1)

        self.title.textChanged.connect(self.changed)
        self.link.currentIndexChanged.connect(self.changed)
        self.deidentify.toggled.connect(self.changed)
        self.participants.changed.connect(self.changed)
        self.actions.changed.connect(self.changed)

    def _section(self, section: ReviewSection, layout: QVBoxLayout) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName("reviewSection")
        box.setAccessibleName(section_label(section))
        box.setAccessibleDescription(section_prompt(section))
        box.setTabChangesFocus(True)
        box.setMinimumHeight(box.fontMetrics().lineSpacing() * 4 + 16)
        box.textChanged.connect(self.changed)
        label = buddy_label(section_field_label(section), box)
        label.setWordWrap(True)
        layout.addWidget(label)
        prompt = plain_label(section_prompt(section), "reviewPrompt")
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.sections[section] = box
        return box

    def set_link_choices(self, choices: list[tuple[str, int | None]]) -> None:
        """(label, admission id or None) for the picker; the choice is kept if offered."""
        kept = self.link.currentData()
        self.link.blockSignals(True)
        self.link.clear()
        for text, admission_id in choices:
            self.link.addItem(text, NOT_LINKED if admission_id is None else admission_id)
        self.link.setCurrentIndex(max(0, self.link.findData(kept)))
        self.link.blockSignals(False)

    def linked_admission(self) -> int | None:
        value = self.link.currentData()
        return None if value in (None, NOT_LINKED) else value

    def section_texts(self) -> dict[ReviewSection, str]:
        return {section: box.toPlainText() for section, box in self.sections.items()}

    def draft(self) -> ReviewDraft:
        return ReviewDraft(
            title=self.title.text().strip(),
            admission_id=self.linked_admission(),
            deidentified=self.deidentify.isChecked(),
            sections=self.section_texts(),
            participants=self.participants.value(),
            actions=self.actions.value(),
        )

    def show_draft(self, draft: ReviewDraft) -> None:
        self.title.setText(draft.title)
        at = self.link.findData(NOT_LINKED if draft.admission_id is None else draft.admission_id)
        self.link.setCurrentIndex(max(0, at))
        self.deidentify.setChecked(draft.deidentified)
        for section, box in self.sections.items():
            box.setPlainText(draft.sections.get(section, ""))
        self.participants.set_value(draft.participants)
        self.actions.set_value(draft.actions)

    def show_review(self, review: ReviewView) -> None:
        self.show_draft(draft_of(review))

    def set_read_only(self, read_only: bool) -> None:
        self.title.setReadOnly(read_only)
        self.link.setEnabled(not read_only)
        self.deidentify.setEnabled(not read_only)
        for box in self.sections.values():
            box.setReadOnly(read_only)
            repolish(box)  # the stylesheet greys read-only sections
        self.participants.set_read_only(read_only)
        self.actions.set_read_only(read_only)


def draft_of(review: ReviewView) -> ReviewDraft:
    """What the editor would send to leave `review` as it is: every section present."""
    return ReviewDraft(
        title=review.title,
        admission_id=review.admission_id,
        deidentified=review.deidentified,
        sections={s: review.sections.get(s, "") for s in ReviewSection},
        participants=tuple(d for d in Discipline if d in set(review.participants)),
        actions=tuple(review.actions),
    )


def blank_draft(admission_id: int | None) -> ReviewDraft:
    return ReviewDraft("", admission_id, False, dict.fromkeys(ReviewSection, ""), (), ())

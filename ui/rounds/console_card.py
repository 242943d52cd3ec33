"""The current patient in full on the console: everything the ward-room screen shortened,
then the rest of the narrative card (who I am, hopes, worries, home…) once it has been
read. Built with a text cursor, so what people typed is inserted as text, never parsed
as markup."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

from rounds_app.domain.enums import CardField
from rounds_app.services.audience import AudienceSlide
from rounds_app.services.patient_card import PatientCard
from ui.card.field_labels import field_label
from ui.common.discipline_labels import discipline_label
from ui.rounds import slide_text as words

MORE_FIELDS = (
    CardField.WHO_I_AM,
    CardField.HOPES,
    CardField.WORRIES,
    CardField.CULTURE_FAITH_LANGUAGE,
    CardField.COMMUNICATION_NEEDS,
    CardField.HOME_AND_SUPPORTS,
)
Paragraph = tuple[str, str]


class ConsoleCard(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consoleCard")
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("The patient's card in full"))
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._shown_for: int | None = None

    def show_patient(self, slide: AudienceSlide, card: PatientCard | None, today: date) -> None:
        """Shows the slide in full and, when loaded, the rest of the card. The same
        patient shown again (a live refresh) keeps its scroll position."""
        scroll = self.verticalScrollBar().value() if self._shown_for == slide.admission_id else 0
        self._shown_for = slide.admission_id
        self.clear()
        cursor = QTextCursor(self.document())
        if card is not None and card.admission.one_liner:
            self._section(cursor, self.tr("In one line"), [("", card.admission.one_liner)])
        self._section(cursor, self.tr("What matters most"), [("", words.what_matters(slide))])
        self._section(
            cursor, self.tr("Goals of care"), [(words.goals_badge(slide), words.goals(slide))]
        )
        news = [
            (discipline_label(item.discipline), text)
            for item in slide.news
            for text in reversed(item.texts)
        ]
        self._section(cursor, self.tr("New since the last round"), news or words.news(slide))
        self._section(cursor, self.tr("Discharge"), words.discharge(slide))
        self._section(cursor, self.tr("Open actions"), words.actions(slide, today))
        self._section(cursor, self.tr("If … then"), words.contingencies(slide))
        if card is not None:
            for field in MORE_FIELDS:
                text = card.fields[field].text.strip()
                if text:
                    self._section(cursor, field_label(field), [("", text)])
        self.verticalScrollBar().setValue(scroll)

    def clear_patient(self) -> None:
        self._shown_for = None
        self.clear()

    def _section(self, cursor: QTextCursor, title: str, paragraphs: list[Paragraph]) -> None:
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        if self.font().pointSizeF() > 0:
            heading.setFontPointSize(self.font().pointSizeF() * 1.15)
        spaced = QTextBlockFormat()
        spaced.setTopMargin(0 if cursor.atStart() else 12)
        if cursor.atStart():
            cursor.setBlockFormat(spaced)
            cursor.setCharFormat(heading)
        else:
            cursor.insertBlock(spaced, heading)
        cursor.insertText(title)
        body, lead = QTextCharFormat(), QTextCharFormat()
        lead.setFontWeight(QFont.Weight.DemiBold)
        for lead_text, text in paragraphs:
            cursor.insertBlock(QTextBlockFormat(), body)
            if lead_text:
                cursor.insertText(lead_text + ":  ", lead)
            cursor.insertText(text, body)

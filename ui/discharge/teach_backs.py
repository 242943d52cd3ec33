"""The teach-back record: what was taught, to the patient or a named family member
or carer, and whether they could say it back in their own words. Each record is
signed by whoever is signed in, and kept: a later teach-back is a new line, so the
list shows who taught what, and when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from rounds_app.domain import limits
from rounds_app.domain.enums import TaughtTo, Understood
from rounds_app.services import after_hospital
from rounds_app.services.after_hospital import TeachBackView
from rounds_app.services.patient_card import DischargePlanView, PatientCard
from ui.backend import Backend
from ui.common.date_words import stamp
from ui.common.widgets import fill_placeholders, plain_label
from ui.common.words import QT_TRANSLATE_NOOP
from ui.discharge.entry_list import EntryListSection

_TAUGHT_TO = {
    TaughtTo.PATIENT: QT_TRANSLATE_NOOP("Vocabulary", "The patient"),
    TaughtTo.FAMILY: QT_TRANSLATE_NOOP("Vocabulary", "A family member"),
    TaughtTo.CARER: QT_TRANSLATE_NOOP("Vocabulary", "A carer"),
}
_UNDERSTOOD = {
    Understood.YES: QT_TRANSLATE_NOOP("Vocabulary", "Yes: said it back"),
    Understood.PARTLY: QT_TRANSLATE_NOOP("Vocabulary", "Partly"),
    Understood.NO: QT_TRANSLATE_NOOP("Vocabulary", "No: teach again"),
}
_UNDERSTOOD_SHORT = {
    Understood.YES: QT_TRANSLATE_NOOP("Vocabulary", "understood"),
    Understood.PARTLY: QT_TRANSLATE_NOOP("Vocabulary", "partly understood"),
    Understood.NO: QT_TRANSLATE_NOOP("Vocabulary", "not understood"),
}


def _vocabulary(text: object) -> str:
    # QT_TRANSLATE_NOOP returns its text; PySide's stub says object
    return QCoreApplication.translate("Vocabulary", str(text))


class TeachBacksSection(EntryListSection):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("TeachBacksSection", "Teach-back"),
            QCoreApplication.translate("TeachBacksSection", "No teach-back recorded yet."),
            QCoreApplication.translate("TeachBacksSection", "Record teach-back"),
            parent,
        )
        self.setObjectName("teachBacksSection")
        self.add_button.setObjectName("recordTeachBack")
        self.topic = QLineEdit()
        self.topic.setObjectName("teachBackTopic")
        self.topic.setMaxLength(limits.ACTION_TEXT)
        self.topic.setPlaceholderText(self.tr("When to take the water tablet; signs to call for"))
        self.taught_to = QComboBox()
        self.taught_to.setObjectName("teachBackTaughtTo")
        for taught_to in TaughtTo:
            self.taught_to.addItem(_vocabulary(_TAUGHT_TO[taught_to]), taught_to)
        self.taught_to.currentIndexChanged.connect(self._name_needed)
        self.taught_name = QLineEdit()
        self.taught_name.setObjectName("teachBackName")
        self.taught_name.setMaxLength(limits.NAME)
        self.taught_name.setPlaceholderText(self.tr("Their name"))
        self.understood = QComboBox()
        self.understood.setObjectName("teachBackUnderstood")
        for understood in Understood:
            self.understood.addItem(_vocabulary(_UNDERSTOOD[understood]), understood)
        # no answer until one is chosen: a record must never say "yes" by default
        self.understood.setPlaceholderText(self.tr("Choose…"))
        # the record is signed by whoever records it: the form says who that is
        self.signer = plain_label(name="teachBackSigner")
        self.add_row(self.tr("What was taught"), self.topic)
        self.add_row(self.tr("Taught to"), self.taught_to)
        self.add_row(self.tr("Their name"), self.taught_name)
        self.add_row(self.tr("Said it back"), self.understood)
        self.add_field(self.signer)
        self.finish_form()

    def _name_needed(self) -> None:
        self.taught_name.setEnabled(self.taught_to.currentData() != TaughtTo.PATIENT)

    def _with_whom(self, record: TeachBackView) -> str:
        if record.taught_to is TaughtTo.PATIENT:
            return self.tr("With the patient")
        if record.taught_to is TaughtTo.FAMILY:
            return fill_placeholders(self.tr("With %1 (family)"), record.taught_name)
        return fill_placeholders(self.tr("With %1 (carer)"), record.taught_name)

    def describe(self, plan: DischargePlanView) -> list[tuple[str, str]]:
        return [
            (
                fill_placeholders(
                    self.tr("%1 — %2"), t.topic, _vocabulary(_UNDERSTOOD_SHORT[t.understood])
                ),
                fill_placeholders(
                    self.tr("%1 · taught by %2, %3"),
                    self._with_whom(t),
                    t.taught_by or self.tr("someone"),
                    stamp(t.taught_at),
                ),
            )
            for t in plan.after.teach_backs
        ]

    def refresh(self, card: PatientCard) -> None:
        super().refresh(card)
        try:
            signer = self._backend.actor.display_name
        except RuntimeError:  # signed out while the tab was still on screen
            signer = ""
        self.signer.setText(
            fill_placeholders(self.tr("Signed as %1, now"), signer) if signer else ""
        )

    def submit(self) -> bool:
        if self.understood.currentIndex() < 0:
            self.refuse(self.tr("Say how well they said it back."))
            self.understood.setFocus()
            return False
        assert self.admission_id is not None
        taught_to = TaughtTo(self.taught_to.currentData())
        return bool(
            self.write(
                after_hospital.record_teach_back,
                self.admission_id,
                topic=self.topic.text().strip(),
                taught_to=taught_to,
                understood=Understood(self.understood.currentData()),
                taught_name=""
                if taught_to is TaughtTo.PATIENT
                else self.taught_name.text().strip(),
            )
        )

    def clear_form(self) -> None:
        self.topic.clear()
        self.taught_name.clear()
        self.taught_to.setCurrentIndex(0)
        self.understood.setCurrentIndex(-1)
        self._name_needed()

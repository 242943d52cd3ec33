"""Numbers to call after discharge: a name or service, the number to dial, and when
it answers — in the day, at night, any time, or hours given in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from rounds_app.domain import fields, limits
from rounds_app.domain.enums import CallWhen
from rounds_app.services import after_hospital
from rounds_app.services.after_hospital import CallContactView
from rounds_app.services.patient_card import DischargePlanView
from ui.backend import Backend
from ui.common.widgets import fill_placeholders
from ui.common.words import QT_TRANSLATE_NOOP
from ui.discharge.removable_list import RemovableListSection

_WHEN = {
    CallWhen.DAY: QT_TRANSLATE_NOOP("Vocabulary", "In the day"),
    CallWhen.NIGHT: QT_TRANSLATE_NOOP("Vocabulary", "At night"),
    CallWhen.ANY_TIME: QT_TRANSLATE_NOOP("Vocabulary", "Any time, day or night"),
    CallWhen.HOURS: QT_TRANSLATE_NOOP("Vocabulary", "At the hours given"),
}


def when_label(answers: CallWhen) -> str:
    # QT_TRANSLATE_NOOP returns its text; PySide's stub says object
    return QCoreApplication.translate("Vocabulary", str(_WHEN[answers]))


class CallContactsSection(RemovableListSection):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("CallContactsSection", "Numbers to call"),
            QCoreApplication.translate("CallContactsSection", "No numbers to call yet."),
            QCoreApplication.translate("CallContactsSection", "Add number"),
            after_hospital.remove_call_contact,
            parent,
        )
        self.setObjectName("callContactsSection")
        self.add_button.setObjectName("addCallContact")
        self.name = QLineEdit()
        self.name.setObjectName("callName")
        self.name.setMaxLength(limits.SHORT_TEXT)
        self.name.setPlaceholderText(self.tr("Ward 7B, district nurses, GP surgery…"))
        self.phone = QLineEdit()
        self.phone.setObjectName("callPhone")
        self.phone.setMaxLength(fields.CALL_PHONE.limit)
        self.phone.setPlaceholderText(self.tr("020 7946 0123"))
        self.answers = QComboBox()
        self.answers.setObjectName("callWhen")
        for answers in CallWhen:
            self.answers.addItem(when_label(answers), answers)
        self.answers.setCurrentIndex(self.answers.findData(CallWhen.ANY_TIME))
        self.answers.currentIndexChanged.connect(self._hours_needed)
        self.hours = QLineEdit()
        self.hours.setObjectName("callHours")
        self.hours.setMaxLength(limits.SHORT_TEXT)
        self.hours.setPlaceholderText(self.tr("Weekdays 9 to 5"))
        self.add_row(self.tr("Name or service"), self.name)
        self.add_row(self.tr("Phone"), self.phone)
        self.add_row(self.tr("When it answers"), self.answers)
        self.add_row(self.tr("Hours"), self.hours)
        self.finish_form()

    def _hours_needed(self) -> None:
        self.hours.setEnabled(self.answers.currentData() == CallWhen.HOURS)

    def _when(self, contact: CallContactView) -> str:
        return contact.hours if contact.answers is CallWhen.HOURS else when_label(contact.answers)

    def describe(self, plan: DischargePlanView) -> list[tuple[str, str]]:
        return [
            (fill_placeholders(self.tr("%1 — %2"), c.name, c.phone), self._when(c))
            for c in plan.after.call_contacts
        ]

    def removable(self, plan: DischargePlanView) -> list[tuple[int, str]]:
        return [(c.id, c.name) for c in plan.after.call_contacts]

    def submit(self) -> bool:
        assert self.admission_id is not None
        return bool(
            self.write(
                after_hospital.add_call_contact,
                self.admission_id,
                name=self.name.text().strip(),
                phone=self.phone.text().strip(),
                answers=CallWhen(self.answers.currentData()),
                hours=self.hours.text().strip() if self.hours.isEnabled() else "",
            )
        )

    def clear_form(self) -> None:
        self.name.clear()
        self.phone.clear()
        self.hours.clear()
        self.answers.setCurrentIndex(self.answers.findData(CallWhen.ANY_TIME))
        self._hours_needed()

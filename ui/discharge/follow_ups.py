"""Follow-up appointments. Booked: the day and time, the kind of place, where and a
phone number. Not booked yet: who will contact the patient and by when — and no
time, which only a booking gives."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from rounds_app.domain import limits
from rounds_app.domain.enums import FollowUpPlace
from rounds_app.domain.labels import FOLLOW_UP_PLACE_LABELS
from rounds_app.services import discharge
from rounds_app.services.discharge_follow_ups import FollowUpDetails, edit_follow_up
from rounds_app.services.patient_card import DischargePlanView
from ui.backend import Backend
from ui.common.date_words import date_text, stamp
from ui.common.optional_date import OptionalDate
from ui.common.widgets import fill_placeholders
from ui.discharge.entry_list import EntryListSection


def place_label(kind: FollowUpPlace) -> str:
    return QCoreApplication.translate("Vocabulary", FOLLOW_UP_PLACE_LABELS[kind])


class FollowUpsSection(EntryListSection):
    edits_entries = True

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            QCoreApplication.translate("FollowUpsSection", "Follow-up appointments"),
            QCoreApplication.translate("FollowUpsSection", "No follow-up appointments yet."),
            QCoreApplication.translate("FollowUpsSection", "Add follow-up"),
            parent,
        )
        self.setObjectName("followUpsSection")
        self.add_button.setObjectName("addFollowUp")
        self.with_whom = self._line("followUpWith", limits.SHORT_TEXT)
        self.with_whom.setPlaceholderText(self.tr("GP, heart failure nurse, fracture clinic…"))
        self.booked = QCheckBox(self.tr("Boo&ked"))
        self.booked.setObjectName("followUpBooked")
        self.booked.toggled.connect(self._booked_changed)
        self.when = OptionalDate(self.tr("Not known yet"), with_time=True)
        self.when.setObjectName("followUpWhen")
        self.place_kind = QComboBox()
        self.place_kind.setObjectName("followUpPlaceKind")
        self.place_kind.addItem(self.tr("Not said"), None)
        for kind in FollowUpPlace:
            self.place_kind.addItem(place_label(kind), kind)
        self.where = self._line("followUpWhere", limits.SHORT_TEXT)
        self.where.setPlaceholderText(self.tr("The place's name or address"))
        self.phone = self._line("followUpPhone", limits.SHORT_TEXT)
        self.phone.setPlaceholderText(self.tr("e.g. 0161 496 0123"))
        self.purpose = self._line("followUpPurpose", limits.ACTION_TEXT)
        self.contact_by = self._line("followUpContactBy", limits.SHORT_TEXT)
        self.contact_by.setPlaceholderText(self.tr("Not booked: who will contact the patient"))
        self.contact_by_date = OptionalDate(self.tr("Not known yet"))
        self.contact_by_date.setObjectName("followUpContactByDate")
        self.add_row(self.tr("Wi&th whom"), self.with_whom)
        self.add_field(self.booked)
        self.add_row(self.tr("Whe&n (booked)"), self.when)
        self.add_row(self.tr("Kind of place"), self.place_kind)
        self.add_row(self.tr("Where"), self.where)
        self.add_row(self.tr("Phone"), self.phone)
        self.add_row(self.tr("P&urpose"), self.purpose)
        self.add_row(self.tr("Who will contact"), self.contact_by)
        self.add_row(self.tr("By when"), self.contact_by_date)
        self.finish_form()

    def _line(self, name: str, limit: int) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setMaxLength(limit)
        return field

    def _booked_changed(self, booked: bool) -> None:
        """A time belongs to a booking; who will contact, to an appointment without."""
        self.when.setEnabled(booked)
        self.contact_by.setEnabled(not booked)
        self.contact_by_date.setEnabled(not booked)

    def describe(self, plan: DischargePlanView) -> list[tuple[str, str]]:
        out = []
        for f in plan.follow_ups:
            place = place_label(f.place_kind) if f.place_kind else ""
            if f.booked:
                title = fill_placeholders(self.tr("%1 — booked"), f.with_whom)
                parts = (stamp(f.when) if f.when else "", place, f.where, f.phone, f.purpose)
            else:
                title = fill_placeholders(self.tr("%1 — not booked yet"), f.with_whom)
                contact = fill_placeholders(self.tr("%1 will contact the patient"), f.contact_by)
                by = f.contact_by_date
                parts = (
                    contact if f.contact_by else self.tr("nobody named to contact the patient"),
                    fill_placeholders(self.tr("by %1"), date_text(by)) if by else "",
                    place,
                    f.where,
                    f.purpose,
                )
            out.append((title, "  ·  ".join(p for p in parts if p)))
        return out

    def load(self, number: int) -> tuple[int, int]:
        plan = self.card.discharge_plan
        assert plan is not None
        f = plan.follow_ups[number]
        self.with_whom.setText(f.with_whom)
        self.booked.setChecked(f.booked)
        self.when.set_value(f.when if f.booked else None)
        self.place_kind.setCurrentIndex(max(0, self.place_kind.findData(f.place_kind)))
        self.where.setText(f.where)
        self.phone.setText(f.phone)
        self.purpose.setText(f.purpose)
        self.contact_by.setText(f.contact_by)
        self.contact_by_date.set_value(f.contact_by_date)
        return f.id, f.version

    def focus_form(self) -> None:
        self.with_whom.setFocus()

    def submit(self) -> bool:
        with_whom = self.with_whom.text().strip()
        if not with_whom:
            self.refuse(self.tr("Say who the follow-up is with."))
            self.with_whom.setFocus()
            return False
        booked = self.booked.isChecked()
        when = self.when.value()
        by = self.contact_by_date.value()
        details = FollowUpDetails(
            with_whom=with_whom,
            booked=booked,
            when=when if booked and isinstance(when, datetime) else None,
            place_kind=self.place_kind.currentData(),
            where=self.where.text().strip(),
            phone=self.phone.text().strip(),
            purpose=self.purpose.text().strip(),
            contact_by="" if booked else self.contact_by.text().strip(),
            contact_by_date=by if not booked and isinstance(by, date) else None,
        )
        if self.editing is not None:
            follow_up_id, version = self.editing
            return bool(self.write(edit_follow_up, follow_up_id, version, details))
        assert self.admission_id is not None
        return bool(
            self.write(
                discharge.add_follow_up,
                self.admission_id,
                **{name: getattr(details, name) for name in details.__dataclass_fields__},
            )
        )

    def clear_form(self) -> None:
        for field in (self.with_whom, self.where, self.phone, self.purpose, self.contact_by):
            field.clear()
        self.booked.setChecked(False)
        self._booked_changed(False)
        self.when.set_value(None)
        self.place_kind.setCurrentIndex(0)
        self.contact_by_date.set_value(None)

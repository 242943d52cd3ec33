"""Follow-up appointments: with whom, when (if known), where, what for, and whether
it is booked yet."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from rounds_app.domain import limits
from rounds_app.services import discharge
from rounds_app.services.patient_card import DischargePlanView
from ui.backend import Backend
from ui.card.when import stamp
from ui.discharge.dates import OptionalDate
from ui.discharge.entry_list import EntryListSection
from ui.widgets import fill


class FollowUpsSection(EntryListSection):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(
            backend,
            self.tr("Follow-up appointments"),
            self.tr("No follow-up appointments yet."),
            self.tr("Add follow-up"),
            parent,
        )
        self.setObjectName("followUpsSection")
        self.add_button.setObjectName("addFollowUp")
        self.with_whom = QLineEdit()
        self.with_whom.setObjectName("followUpWith")
        self.with_whom.setMaxLength(limits.SHORT_TEXT)
        self.with_whom.setPlaceholderText(self.tr("GP, heart failure nurse, fracture clinic…"))
        self.when = OptionalDate(self.tr("Not known yet"), with_time=True)
        self.when.setObjectName("followUpWhen")
        self.where = QLineEdit()
        self.where.setObjectName("followUpWhere")
        self.where.setMaxLength(limits.SHORT_TEXT)
        self.purpose = QLineEdit()
        self.purpose.setObjectName("followUpPurpose")
        self.purpose.setMaxLength(limits.ACTION_TEXT)
        self.booked = QCheckBox(self.tr("Boo&ked"))
        self.booked.setObjectName("followUpBooked")
        self.add_row(self.tr("Wi&th whom"), self.with_whom)
        self.add_row(self.tr("Whe&n"), self.when)
        self.add_row(self.tr("Where"), self.where)
        self.add_row(self.tr("P&urpose"), self.purpose)
        self.add_field(self.booked)
        self.finish_form()

    def describe(self, plan: DischargePlanView) -> list[tuple[str, str]]:
        return [
            (
                fill(
                    self.tr("%1 — %2"),
                    f.with_whom,
                    self.tr("booked") if f.booked else self.tr("not booked yet"),
                ),
                "  ·  ".join(
                    part for part in (stamp(f.when) if f.when else "", f.where, f.purpose) if part
                ),
            )
            for f in plan.follow_ups
        ]

    def submit(self) -> bool:
        with_whom = self.with_whom.text().strip()
        if not with_whom:
            self.refuse(self.tr("Say who the follow-up is with."))
            self.with_whom.setFocus()
            return False
        when = self.when.value()
        assert self.admission_id is not None
        return bool(
            self.write(
                discharge.add_follow_up,
                self.admission_id,
                with_whom=with_whom,
                when=when if isinstance(when, datetime) else None,
                where=self.where.text().strip(),
                purpose=self.purpose.text().strip(),
                booked=self.booked.isChecked(),
            )
        )

    def clear_form(self) -> None:
        for field in (self.with_whom, self.where, self.purpose):
            field.clear()
        self.when.set_value(None)
        self.booked.setChecked(False)

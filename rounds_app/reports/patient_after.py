"""The patient's copy's after-hospital sections (Project RED): why they were in
hospital, tests still waiting for results and who will tell them, and whom to call.
Each fixed sentence goes through the copy's language; what the team wrote prints as
written."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph

from rounds_app.domain.enums import CallWhen
from rounds_app.reports.text import Markup
from rounds_app.services.after_hospital import CallContactView

if TYPE_CHECKING:
    from rounds_app.i18n.copy_language import CopyLanguage
    from rounds_app.reports.data import DischargeData


class AfterHospitalSections:
    """Mixed into the patient's renderer, which provides the rest."""

    data: DischargeData
    t: CopyLanguage

    if TYPE_CHECKING:

        def heading(self, message: str) -> Paragraph: ...

        def _p(self, style: str, *parts: str) -> Paragraph: ...

        def _say(self, sentence: str) -> Paragraph: ...

    def _why_in_hospital(self) -> list[Flowable]:
        plan = self.data.card.discharge_plan
        out: list[Flowable] = [self.heading("Why you were in hospital")]
        if plan and plan.why_in_hospital:
            return out + [self._p("body", plan.why_in_hospital)]
        return out + [self._say(self.t.gettext("Ask your doctor to explain why you were here."))]

    def _pending_tests(self) -> list[Flowable]:
        plan = self.data.card.discharge_plan
        tests = plan.after.pending_tests if plan else ()
        if not tests:
            return []  # nothing to wait for: no section to worry about
        out: list[Flowable] = [
            self.heading("Test results still to come"),
            self._say(self.t.gettext("Some test results will come after you go home.")),
        ]
        for test in tests:
            out.append(self._p("item", Markup("<bullet>•</bullet><b>"), test.test, Markup("</b>")))
            out.append(
                self._p("detail", Markup(self.t.gettext("Who will tell you:") + " "), test.told_by)
            )
            if test.due:
                by = self.t.gettext("They will tell you by {day}.")
                out.append(self._p("detail", by.format(day=self.t.long_day(test.due))))
            else:
                out.append(
                    self._p("detail", self.t.gettext("They will tell you when it is ready."))
                )
        out.append(self._say(self.t.gettext("If you have not heard by then, please call them.")))
        return out

    def _who_to_call(self) -> list[Flowable]:
        plan = self.data.card.discharge_plan
        contacts = plan.after.call_contacts if plan else ()
        out: list[Flowable] = [self.heading("Who to call")]
        for contact in contacts:
            out.append(
                self._p("item", Markup("<bullet>•</bullet><b>"), contact.name, Markup("</b>"))
            )
            out.append(
                self._p(
                    "detail",
                    Markup(self.t.gettext("Phone:") + " <b>"),
                    contact.phone,
                    Markup("</b>"),
                )
            )
            out.append(
                self._p("detail", Markup(self.t.gettext("When:") + " "), self._answers(contact))
            )
        if plan and plan.whom_to_call:
            out.append(self._p("body", plan.whom_to_call))
        if len(out) == 1:
            out.append(self._say(self.t.gettext("Your nurse will give you the numbers to call.")))
        out.append(self._say(self.t.gettext("In an emergency, call 999.")))
        return out

    def _answers(self, contact: CallContactView) -> str:
        if contact.answers is CallWhen.HOURS:
            return contact.hours
        return {
            CallWhen.DAY: self.t.gettext("In the day"),
            CallWhen.NIGHT: self.t.gettext("At night"),
            CallWhen.ANY_TIME: self.t.gettext("Any time, day or night"),
        }[contact.answers]

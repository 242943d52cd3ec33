"""The discharge summary for the patient and their family: plain language, large type
(body 14 pt or more), short sections with friendly headings, and the patient's own
words where the card holds them. Their names, MRN and date of birth head every page."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from rounds_app.domain.enums import CardField, MedicationChangeKind, Voice
from rounds_app.domain.safety import AllergyState
from rounds_app.domain.sharing import voice_of
from rounds_app.i18n.copy_language import copy_language
from rounds_app.reports.data import DischargeData, PrintJob
from rounds_app.reports.formats import latest, local, long_day, long_when
from rounds_app.reports.identity import identity_line
from rounds_app.reports.patient_after import AfterHospitalSections
from rounds_app.reports.proms import patient_proms
from rounds_app.reports.renderer import Renderer
from rounds_app.reports.styles import patient_styles
from rounds_app.reports.text import Markup, paragraph, quote
from rounds_app.services.visibility import for_the_patient

MEDICINE_GROUPS = (
    (MedicationChangeKind.NEW, "New medicines"),
    (MedicationChangeKind.CHANGED, "Medicines that have changed"),
    (MedicationChangeKind.STOPPED, "Medicines to stop taking"),
)
# the card fields that say what matters to the patient, in the order they are read
WHAT_MATTERS_FIELDS = (CardField.WHAT_MATTERS_MOST, CardField.HOPES)


class PatientSummaryRenderer(AfterHospitalSections, Renderer):
    title = "Your discharge plan"
    margin = 18 * mm  # wide margins read more easily and leave room for notes
    label_size = 10

    def __init__(self, data: DischargeData, job: PrintJob):
        self.data = data
        self.t = copy_language(data.card.admission.preferred_language)
        super().__init__(job)

    def stylesheet(self) -> StyleSheet1:
        return patient_styles()

    @property
    def updated_at(self) -> datetime | None:
        """The latest change among what this summary prints."""
        fields = self.data.card.fields
        return latest(
            self.data.plan_updated_at,
            *(fields[name].edited_at for name in WHAT_MATTERS_FIELDS),
            *(c.amended_at or c.written_at for c in self.data.contributions),
            *(v.recorded_at for v in self.data.card.proms[-1:]),
        )

    def header(self, first: bool) -> list[Flowable]:
        s = self.styles
        if not first:
            return [
                paragraph(s["note"], Markup("<b>Your discharge plan</b> — "), *self._who()),
            ]
        updated = self.updated_at
        return [
            paragraph(s["title"], Markup("Your discharge plan")),
            paragraph(s["meta"], Markup("For "), *self._who()),
            paragraph(
                s["note"],
                Markup(f"Printed on {long_day(local(self.job.printed_at).date())}"),
                Markup(f" · last updated {long_day(local(updated).date())}" if updated else ""),
            ),
        ]

    def _who(self) -> list[str]:
        """Their names, MRN and date of birth: so that a sheet left on the wrong
        bedside table is seen to be someone else's."""
        return identity_line(self.data.identity, local(self.job.printed_at).date())

    def footer(self) -> list[Flowable]:
        return [
            paragraph(
                self.styles["footer"],
                Markup("Private: this is about your health. Please keep it somewhere safe."),
            )
        ]

    def story(self) -> list[Flowable]:
        return [
            *self._plan(),
            *self._why_in_hospital(),
            *self._medicines(),
            *self._allergies(),
            *self._appointments(),
            *self._pending_tests(),
            *self._warnings(),
            *self._who_to_call(),
            *self._what_matters(),
            *patient_proms(self.styles, self.data.card.proms),
            self._p(
                "note",
                Markup(
                    "If anything here is unclear, ask a nurse to go through it with you. "
                    "There are no silly questions."
                ),
            ),
        ]

    def heading(self, message: str) -> Paragraph:
        """A section heading in the patient's language, with the English alongside
        when it is translated, so staff can check what the patient reads."""
        text = self.t.gettext(message)
        if not self.t.translated:
            return self._p("heading", text)
        return self._p("heading", text, Markup(" · "), message)

    def _p(self, style: str, *parts: str) -> Paragraph:
        return paragraph(self.styles[style], *parts)

    def _say(self, sentence: str) -> Paragraph:
        """A sentence the code wrote, in body type."""
        return self._p("body", Markup(sentence))

    def _plan(self) -> list[Flowable]:
        plan = self.data.card.discharge_plan
        expected = self.data.card.admission.expected_discharge_date
        out = [self.heading("Your plan")]
        if plan and plan.destination:
            out.append(
                self._p(
                    "body", Markup("When you leave hospital, you are going to: "), plan.destination
                )
            )
        else:
            out.append(
                self._say("We are still planning where you will go when you leave hospital.")
            )
        if expected:
            out.append(
                self._say(f"We expect you to leave hospital on <b>{long_day(expected)}</b>.")
            )
        else:
            out.append(self._say("We have not set a day for you to leave hospital yet."))
        return out

    def _medicines(self) -> list[Flowable]:
        plan = self.data.card.discharge_plan
        changes = plan.medication_changes if plan else ()
        out = [self.heading("Your medicines")]
        if not changes:
            return out + [self._say("There are no changes to your medicines.")]
        for kind, title in MEDICINE_GROUPS:
            group = [m for m in changes if m.change == kind]
            if group:
                out.append(self._p("subheading", Markup(title)))
            for m in group:
                out.append(
                    self._p("item", Markup("<bullet>•</bullet><b>"), m.medication, Markup("</b>"))
                )
                out.append(self._p("detail", Markup("Why: "), m.reason))
        return out

    def _allergies(self) -> list[Flowable]:
        facts = self.data.facts
        out = [self.heading("Your allergies")]
        if facts.allergy_state is AllergyState.NOT_ASKED:
            return out + [
                self._say("Tell us about any allergies: we have not asked you about them yet.")
            ]
        if facts.allergy_state is AllergyState.NO_KNOWN:
            return out + [self._say("We have no record of you having allergies.")]
        out.append(self._say("Your allergies:"))
        for allergy in facts.allergies:
            out.append(
                self._p("item", Markup("<bullet>•</bullet><b>"), allergy.substance, Markup("</b>"))
            )
            if allergy.reaction:
                out.append(self._p("detail", Markup("What it does to you: "), allergy.reaction))
            if allergy.severity == "severe" or allergy.criticality == "high":
                out.append(self._p("detail", Markup("<b>This allergy can be dangerous.</b>")))
        out.append(self._say("Tell every doctor, nurse and pharmacist who treats you."))
        return out

    def _appointments(self) -> list[Flowable]:
        plan = self.data.card.discharge_plan
        follow_ups = plan.follow_ups if plan else ()
        out = [self.heading("Your appointments")]
        if not follow_ups:
            return out + [self._say("You have no follow-up appointments yet.")]
        for f in follow_ups:
            out.append(
                self._p("item", Markup("<bullet>•</bullet><b>"), f.with_whom, Markup("</b>"))
            )
            when = long_when(f.when) if f.when else "we will tell you the date"
            out.append(self._p("detail", Markup("When: "), when))
            if f.where:
                out.append(self._p("detail", Markup("Where: "), f.where))
            if f.purpose:
                out.append(self._p("detail", Markup("What it is for: "), f.purpose))
            if not f.booked:
                out.append(
                    self._p("detail", Markup("It is not booked yet: we will send you the details."))
                )
        return out

    def _warnings(self) -> list[Flowable]:
        plan = self.data.card.discharge_plan
        out = [self.heading("Warning signs")]
        if plan and plan.warning_signs:
            out += [
                self._p("subheading", Markup("Get help if you notice:")),
                self._p("body", plan.warning_signs),
            ]
        else:
            out.append(self._say("Your nurse will go through these with you before you leave."))
        return out

    def _what_matters(self) -> list[Flowable]:
        """Only what may be shared with the patient (visibility.for_the_patient), each
        text said as whose words it is."""
        out = [self.heading("What you told us matters to you")]
        fields = [self.data.card.fields[name] for name in WHAT_MATTERS_FIELDS]
        for field in for_the_patient(f for f in fields if f.text):
            out.append(self._words(field.text, field.voice))
            note = self.stale(field.edited_at)
            if note:
                out.append(self._p("stale", Markup(note)))
        out += [
            self._words(entry.text, voice_of(entry.discipline))
            for entry in for_the_patient(self.data.contributions)
        ]
        if len(out) == 1:
            out.append(self._say("Please tell us what matters most to you: we want to know."))
        return out

    def _words(self, text: str, voice: Voice) -> Paragraph:
        """Words quoted as written, saying whose they are: the patient's own, their
        family's, or their care team's. Never staff words turned into "you"."""
        said = {
            Voice.PATIENT: self.t.gettext("You told us:"),
            Voice.FAMILY: self.t.gettext("Your family told us:"),
            Voice.CLINICIAN: self.t.gettext("Your care team wrote:"),
        }[voice]
        return self._p("quote", Markup(f"{said} "), quote(text))

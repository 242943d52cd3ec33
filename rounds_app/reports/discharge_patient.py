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
from rounds_app.i18n.copy_language import CopyLanguage, copy_language, gettext_noop
from rounds_app.reports.data import DischargeData, PrintJob
from rounds_app.reports.formats import latest, local
from rounds_app.reports.identity import identity_line
from rounds_app.reports.proms import patient_proms
from rounds_app.reports.renderer import Renderer
from rounds_app.reports.styles import BIG_PRINT_BODY_SIZE, PATIENT_BODY_SIZE, patient_styles
from rounds_app.reports.text import Markup, paragraph, quote

MEDICINE_GROUPS = (
    (MedicationChangeKind.NEW, gettext_noop("New medicines")),
    (MedicationChangeKind.CHANGED, gettext_noop("Medicines that have changed")),
    (MedicationChangeKind.STOPPED, gettext_noop("Medicines to stop taking")),
)
# the card fields that say what matters to the patient, in the order they are read
WHAT_MATTERS_FIELDS = (CardField.WHAT_MATTERS_MOST, CardField.HOPES)


class PatientSummaryRenderer(Renderer):
    title = "Your discharge plan"
    margin = 18 * mm  # wide margins read more easily and leave room for notes
    label_size = 10

    def __init__(self, data: DischargeData, job: PrintJob, language: CopyLanguage | None = None):
        self.data = data
        self.t = language or copy_language(data.card.admission.preferred_language)
        super().__init__(job)

    def stylesheet(self) -> StyleSheet1:
        return patient_styles(BIG_PRINT_BODY_SIZE if self.job.big_print else PATIENT_BODY_SIZE)

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
        t = self.t
        if not first:
            title = t.gettext("Your discharge plan")
            return [self._identity("note", Markup("<b>"), title, Markup("</b> — "))]
        updated = self.updated_at
        printed = t.gettext("Printed on {day}").format(
            day=t.long_day(local(self.job.printed_at).date())
        )
        if updated:
            printed += " · " + t.gettext("last updated {day}").format(
                day=t.long_day(local(updated).date())
            )
        return [
            self._p("title", Markup(t.gettext("Your discharge plan"))),
            self._identity("meta", t.gettext("For"), Markup(" ")),
            self._p("note", Markup(printed)),
        ]

    def _identity(self, style: str, *label: str) -> Paragraph:
        """Their names, MRN and date of birth: so that a sheet left on the wrong
        bedside table is seen to be someone else's. Left to right in every language,
        as the wristband it is checked against reads; the label (as text, isolated)
        in the copy's language."""
        who = identity_line(self.data.identity, local(self.job.printed_at).date())
        return paragraph(self.styles[style], *label, *who, base=0)

    def footer(self) -> list[Flowable]:
        return [
            self._p(
                "footer",
                Markup(
                    self.t.gettext(
                        "Private: this is about your health. Please keep it somewhere safe."
                    )
                ),
            )
        ]

    def story(self) -> list[Flowable]:
        return [
            *self._language_notes(),
            *self._plan(),
            *self._medicines(),
            *self._allergies(),
            *self._appointments(),
            *self._warnings(),
            *self._what_matters(),
            *patient_proms(self.data.card.proms, self.t, self.heading, self._p),
            self._p(
                "note",
                Markup(
                    self.t.gettext(
                        "If anything here is unclear, ask a nurse to go through it with you. "
                        "There are no silly questions."
                    )
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
        return paragraph(self.styles[style], *parts, base=1 if self.t.right_to_left else None)

    def _say(self, sentence: str) -> Paragraph:
        """A sentence the code wrote, in body type."""
        return self._p("body", Markup(sentence))

    def _language_notes(self) -> list[Flowable]:
        """That the translation is not yet reviewed, or that an interpreter can be
        arranged for a language the copy is not printed in."""
        banner, interpreter = self.t.review_banner(), self.t.interpreter_line()
        return [
            *([self._p("stale", banner)] if banner else []),
            *([self._p("subheading", interpreter)] if interpreter else []),
        ]

    def _plan(self) -> list[Flowable]:
        plan = self.data.card.discharge_plan
        expected = self.data.card.admission.expected_discharge_date
        out = [self.heading("Your plan")]
        if plan and plan.destination:
            out.append(
                self._p(
                    "body",
                    Markup(self.t.gettext("When you leave hospital, you are going to:") + " "),
                    plan.destination,
                )
            )
        else:
            out.append(
                self._say(
                    self.t.gettext(
                        "We are still planning where you will go when you leave hospital."
                    )
                )
            )
        if expected:
            expect = self.t.gettext("We expect you to leave hospital on <b>{day}</b>.")
            out.append(self._say(expect.format(day=self.t.long_day(expected))))
        else:
            out.append(
                self._say(self.t.gettext("We have not set a day for you to leave hospital yet."))
            )
        return out

    def _medicines(self) -> list[Flowable]:
        plan = self.data.card.discharge_plan
        changes = plan.medication_changes if plan else ()
        out = [self.heading("Your medicines")]
        if not changes:
            return out + [self._say(self.t.gettext("There are no changes to your medicines."))]
        for kind, title in MEDICINE_GROUPS:
            group = [m for m in changes if m.change == kind]
            if group:
                out.append(self._p("subheading", Markup(self.t.gettext(title))))
            for m in group:
                out.append(
                    self._p("item", Markup("<bullet>•</bullet><b>"), m.medication, Markup("</b>"))
                )
                out.append(self._p("detail", Markup(self.t.gettext("Why:") + " "), m.reason))
        return out

    def _allergies(self) -> list[Flowable]:
        facts = self.data.facts
        out = [self.heading("Your allergies")]
        if facts.allergy_state is AllergyState.NOT_ASKED:
            return out + [
                self._say(
                    self.t.gettext(
                        "Tell us about any allergies: we have not asked you about them yet."
                    )
                )
            ]
        if facts.allergy_state is AllergyState.NO_KNOWN:
            return out + [self._say(self.t.gettext("We have no record of you having allergies."))]
        out.append(self._say(self.t.gettext("Your allergies:")))
        for allergy in facts.allergies:
            out.append(
                self._p("item", Markup("<bullet>•</bullet><b>"), allergy.substance, Markup("</b>"))
            )
            if allergy.reaction:
                what = self.t.gettext("What it does to you:") + " "
                out.append(self._p("detail", Markup(what), allergy.reaction))
            if allergy.severity == "severe" or allergy.criticality == "high":
                danger = self.t.gettext("This allergy can be dangerous.")
                out.append(self._p("detail", Markup(f"<b>{danger}</b>")))
        out.append(
            self._say(self.t.gettext("Tell every doctor, nurse and pharmacist who treats you."))
        )
        return out

    def _appointments(self) -> list[Flowable]:
        plan = self.data.card.discharge_plan
        follow_ups = plan.follow_ups if plan else ()
        out = [self.heading("Your appointments")]
        if not follow_ups:
            return out + [self._say(self.t.gettext("You have no follow-up appointments yet."))]
        for f in follow_ups:
            out.append(
                self._p("item", Markup("<bullet>•</bullet><b>"), f.with_whom, Markup("</b>"))
            )
            when = (
                self.t.long_when(f.when) if f.when else self.t.gettext("we will tell you the date")
            )
            out.append(self._p("detail", Markup(self.t.gettext("When:") + " "), when))
            if f.where:
                out.append(self._p("detail", Markup(self.t.gettext("Where:") + " "), f.where))
            if f.purpose:
                what = self.t.gettext("What it is for:") + " "
                out.append(self._p("detail", Markup(what), f.purpose))
            if not f.booked:
                not_booked = self.t.gettext("It is not booked yet: we will send you the details.")
                out.append(self._p("detail", Markup(not_booked)))
        return out

    def _warnings(self) -> list[Flowable]:
        plan = self.data.card.discharge_plan
        out = [self.heading("Warning signs and who to call")]
        if plan and plan.warning_signs:
            out += [
                self._p("subheading", Markup(self.t.gettext("Get help if you notice:"))),
                self._p("body", plan.warning_signs),
            ]
        if plan and plan.whom_to_call:
            out += [
                self._p("subheading", Markup(self.t.gettext("Who to call:"))),
                self._p("body", plan.whom_to_call),
            ]
        if len(out) == 1:
            out.append(
                self._say(
                    self.t.gettext("Your nurse will go through these with you before you leave.")
                )
            )
        return out

    def _what_matters(self) -> list[Flowable]:
        out = [self.heading("What you told us matters to you")]
        for name in WHAT_MATTERS_FIELDS:
            field = self.data.card.fields[name]
            if not field.text:
                continue
            out.append(self._words(field.text, field.voice))
            note = self.stale(field.edited_at)
            if note:
                out.append(self._p("stale", Markup(note)))
        out += [self._words(entry.text, Voice.PATIENT) for entry in self.data.contributions]
        if len(out) == 1:
            out.append(
                self._say(
                    self.t.gettext("Please tell us what matters most to you: we want to know.")
                )
            )
        return out

    def _words(self, text: str, voice: Voice) -> Paragraph:
        """The patient's own words in quotes; a family's or the team's, said so."""
        if voice == Voice.PATIENT:
            return self._p("quote", quote(text))
        if voice == Voice.FAMILY:
            return self._p("quote", Markup(self.t.gettext("Your family told us:") + " "), text)
        return self._p("quote", Markup(self.t.gettext("We understood:") + " "), text)

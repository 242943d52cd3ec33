"""The discharge-planning summary for the team: who the patient is, the whole plan
(readiness with who ticked what and when, barriers, follow-ups, medication changes,
warning signs, whom to call), the narrative card with each field's voice and last
edit, and the entries that bear on discharge (see data.bears_on_discharge).

Long free text (card fields, entries, barriers) is set as paragraphs that may run on
to the next page; only short, bounded items go into table rows."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable

from rounds_app.domain.enums import CallWhen, CardField, TaughtTo, Understood, Voice
from rounds_app.domain.labels import (
    CARD_FIELD_LABELS,
    DISCIPLINE_LABELS,
    FOLLOW_UP_PLACE_LABELS,
    MEDICATION_CHANGE_LABELS,
)
from rounds_app.domain.names import called
from rounds_app.domain.sharing import may_share_with_patient
from rounds_app.reports.canvas import CONFIDENTIAL
from rounds_app.reports.data import DISCHARGE_DISCIPLINES, DISCHARGE_KINDS, DischargeData, PrintJob
from rounds_app.reports.facts import facts_changed_at
from rounds_app.reports.formats import day, latest, local, when
from rounds_app.reports.identity import born, identity_line, other_names
from rounds_app.reports.proms import team_proms
from rounds_app.reports.renderer import Renderer
from rounds_app.reports.safety_sections import SafetySections
from rounds_app.reports.styles import team_styles
from rounds_app.reports.tables import ContinuedTable, grid, ruled_table
from rounds_app.reports.text import Markup, one_line, paragraph
from rounds_app.services.patient_card import DischargePlanView

VOICE_LABELS = {
    Voice.PATIENT: "patient's own words",
    Voice.FAMILY: "family's words",
    Voice.CLINICIAN: "clinician's summary",
}
CALL_WHEN_LABELS = {
    CallWhen.DAY: "day",
    CallWhen.NIGHT: "night",
    CallWhen.ANY_TIME: "any time",
    CallWhen.HOURS: "hours",
}
TAUGHT_TO_LABELS = {TaughtTo.PATIENT: "patient", TaughtTo.FAMILY: "family", TaughtTo.CARER: "carer"}
UNDERSTOOD_LABELS = {Understood.YES: "yes", Understood.PARTLY: "partly", Understood.NO: "no"}


class TeamSummaryRenderer(SafetySections, Renderer):
    title = "Discharge-planning summary (team)"

    def __init__(self, data: DischargeData, job: PrintJob):
        self.data = data
        self.admission = data.card.admission
        self.name = called(
            self.admission.preferred_name, self.admission.given_name, self.admission.family_name
        )
        super().__init__(job)

    def stylesheet(self) -> StyleSheet1:
        return team_styles()

    @property
    def updated_at(self) -> datetime | None:
        """The latest change among what this summary prints."""
        card, plan = self.data.card, self.data.card.discharge_plan
        return latest(
            self.admission.admitted_at,
            self.admission.goals_revisited_at,
            self.data.plan_updated_at,
            *(item.done_at for item in (plan.checklist if plan else ())),
            *(field.edited_at for field in card.fields.values()),
            *(c.amended_at or c.written_at for c in self.data.contributions),
            *(v.recorded_at for v in card.proms[-1:]),
            *facts_changed_at(self.data.facts),
        )

    def header(self, first: bool) -> list[Flowable]:
        s, a = self.styles, self.admission
        who = identity_line(self.data.identity, local(self.job.printed_at).date())
        bed = [Markup(" · bed "), one_line(a.bed_label or "none")]
        if not first:
            return [
                paragraph(
                    s["meta"],
                    Markup("Discharge-planning summary (team), continued — "),
                    *who,
                    *bed,
                )
            ]
        return [
            paragraph(s["title"], Markup("Discharge-planning summary — for the team")),
            paragraph(s["meta"], *who, *bed),
            paragraph(
                s["meta"],
                Markup(f"Printed {when(self.job.printed_at)} · Printed by: "),
                one_line(self.job.printed_by),
                Markup(
                    f" · data last updated {when(self.updated_at) or 'never'} · card fields "
                    f"not updated for {self.job.stale_after_days} days or more are flagged"
                ),
            ),
        ]

    def footer(self) -> list[Flowable]:
        return [
            paragraph(
                self.styles["footer"],
                Markup(f"<b>{CONFIDENTIAL}</b> · discharge summary (team) · MRN "),
                one_line(self.admission.mrn),
                Markup(f" · printed {when(self.job.printed_at)}"),
            )
        ]

    def story(self) -> list[Flowable]:
        return [
            self._identity(),
            *self._contradictions(),
            *self._safety(),
            *self._plan(),
            *self._after_hospital(),
            *team_proms(self.styles, self.data.card.proms),
            *self._card(),
            *self._entries(),
        ]

    # -- sections ----------------------------------------------------------------------

    def _identity(self) -> ContinuedTable:
        s, a = self.styles, self.admission
        plan = self.data.card.discharge_plan
        language = a.preferred_language or "not recorded"
        if a.interpreter_needed:
            language += " — interpreter needed"
        identity = self.data.identity
        others = "; ".join(f"{label}{name}" for label, name in other_names(identity))
        pairs = [
            ("Legal name", identity.legal_name + (f" ({a.pronouns})" if a.pronouns else "")),
            ("Other names", others or "—"),
            ("MRN", a.mrn),
            ("Date of birth", born(identity, local(self.job.printed_at).date())),
            ("Bed, ward", f"{a.bed_label or 'no bed'}, {a.ward_name}"),
            ("Admitted", when(a.admitted_at)),
            ("Expected discharge", day(a.expected_discharge_date) or "no date set"),
            ("Destination", (plan.destination if plan else "") or "not decided"),
            ("Language", language),
            ("", ""),
        ]
        cells = [
            [paragraph(s["label"], Markup(label)), paragraph(s["body"], value)]
            for label, value in pairs
        ]
        rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
        w = self.width
        return ContinuedTable(
            rows,
            colWidths=[0.15 * w, 0.35 * w, 0.17 * w, 0.33 * w],
            style=grid(header=False),
        )

    def _plan(self) -> list[Flowable]:
        s, plan = self.styles, self.data.card.discharge_plan
        out: list[Flowable] = [paragraph(s["heading"], Markup("Discharge plan"))]
        if plan is None:
            return out + [paragraph(s["body"], Markup("No discharge plan has been started."))]
        if self.data.plan_updated_at:
            out.append(
                paragraph(
                    s["small"],
                    Markup(f"Plan last updated {when(self.data.plan_updated_at)} by "),
                    self.data.plan_updated_by or "Rounds",
                )
            )
        done, items = plan.readiness
        out.append(paragraph(s["subheading"], Markup(f"Readiness: {done} of {items} done")))
        out.append(
            ruled_table(
                self.styles,
                self.width,
                ("Item", "Done", "By", "When"),
                [
                    (i.item, "✓ done" if i.done else "not yet", i.done_by or "", when(i.done_at))
                    for i in plan.checklist
                ],
                (0.45, 0.13, 0.22, 0.2),
            )
        )
        out += self._text("Barriers", plan.barriers)
        out += self._follow_ups(plan)
        out += self._medication_changes(plan)
        out += self._text("Warning signs", plan.warning_signs)
        out += self._text("Whom to call", plan.whom_to_call)
        return out

    def _after_hospital(self) -> list[Flowable]:
        """What the patient's copy says after hospital, and the teach-back record."""
        s, plan = self.styles, self.data.card.discharge_plan
        if plan is None:
            return []
        after = plan.after
        out: list[Flowable] = [paragraph(s["heading"], Markup("After hospital"))]
        out += self._text("Why in hospital (as the patient will read it)", plan.why_in_hospital)
        out.append(paragraph(s["subheading"], Markup("Tests still waiting for results")))
        out.append(
            ruled_table(
                s,
                self.width,
                ("Test", "Who tells the patient", "By"),
                [(t.test, t.told_by, day(t.due) or "no date") for t in after.pending_tests],
                (0.45, 0.35, 0.2),
            )
        )
        out.append(paragraph(s["subheading"], Markup("Numbers the patient may call")))
        out.append(
            ruled_table(
                s,
                self.width,
                ("Name or service", "Phone", "When"),
                [
                    (c.name, c.phone, c.hours or CALL_WHEN_LABELS[c.answers])
                    for c in after.call_contacts
                ],
                (0.45, 0.25, 0.3),
            )
        )
        out.append(paragraph(s["subheading"], Markup("Teach-back")))
        out.append(
            ruled_table(
                s,
                self.width,
                ("What was taught", "To whom", "Understood", "By", "When"),
                [
                    (
                        t.topic,
                        TAUGHT_TO_LABELS[t.taught_to]
                        + (f": {t.taught_name}" if t.taught_name else ""),
                        UNDERSTOOD_LABELS[t.understood],
                        t.taught_by,
                        when(t.taught_at),
                    )
                    for t in after.teach_backs
                ],
                (0.32, 0.2, 0.12, 0.18, 0.18),
            )
        )
        return out

    def _contradictions(self) -> list[Flowable]:
        """What the plan says that cannot all be true, up front where it is seen."""
        s, plan = self.styles, self.data.card.discharge_plan
        if plan is None:
            return []
        today = local(self.job.printed_at).date()
        found = plan.contradictions(self.admission.expected_discharge_date, today)
        if not found:
            return []
        out: list[Flowable] = [paragraph(s["heading"], Markup("Check before discharge"))]
        out += [
            paragraph(s["flag"], Markup("⚠ "), contradiction.message) for contradiction in found
        ]
        return out

    def _follow_ups(self, plan: DischargePlanView) -> list[Flowable]:
        """Booked: when, where and the phone; not booked: who will contact the
        patient and by when, and no time."""
        rows = []
        for f in plan.follow_ups:
            kind = FOLLOW_UP_PLACE_LABELS[f.place_kind] if f.place_kind else ""
            where = ", ".join(part for part in (kind, f.where, f.phone) if part)
            if f.booked:
                state = f"booked: {when(f.when) or 'no time recorded'}"
            elif f.contact_by:
                by = f" by {day(f.contact_by_date)}" if f.contact_by_date else ""
                state = f"NOT BOOKED: {f.contact_by} to contact{by}"
            else:
                state = "NOT BOOKED: nobody named to contact the patient"
            rows.append((f.with_whom, state, where, f.purpose))
        return [
            paragraph(self.styles["subheading"], Markup("Follow-up appointments")),
            ruled_table(
                self.styles,
                self.width,
                ("With", "Booked", "Where, phone", "Purpose"),
                rows,
                (0.2, 0.26, 0.24, 0.3),
            ),
        ]

    def _medication_changes(self, plan: DischargePlanView) -> list[Flowable]:
        """Every change, undecided ones marked so; and the reconciliation record."""
        s = self.styles
        record = plan.reconciliation
        reconciled = (
            paragraph(
                s["small"],
                Markup(f"Medicines reconciled {when(record.done_at)} by "),
                record.done_by or "someone",
            )
            if record
            else paragraph(s["flag"], Markup("Medicines not reconciled yet."))
        )
        rows = []
        for m in plan.medication_changes:
            dose = m.dose + (f" (was {m.previous})" if m.previous else "")
            how = "; ".join(part for part in (dose, m.how_to_take) if part)
            state = "decided" if m.decided else "NOT DECIDED"
            if m.decided and m.decided_by:
                state += f" by {m.decided_by}"
            rows.append((m.medication, MEDICATION_CHANGE_LABELS[m.change], how, m.reason, state))
        return [
            paragraph(s["subheading"], Markup("Medication changes")),
            reconciled,
            ruled_table(
                s,
                self.width,
                ("Medication", "Change", "Dose, how", "Reason (as the patient reads it)", "State"),
                rows,
                (0.18, 0.1, 0.24, 0.32, 0.16),
            ),
        ]

    def _card(self) -> list[Flowable]:
        s, a = self.styles, self.admission
        out: list[Flowable] = [paragraph(s["heading"], Markup("Narrative card"))]
        for field_name in CardField:
            field = self.data.card.fields[field_name]
            out.append(paragraph(s["subheading"], Markup(CARD_FIELD_LABELS[field_name])))
            if field.version == 0 or not field.text:
                out.append(paragraph(s["small"], Markup("Not recorded.")))
                continue
            shared = " · shared with the patient" if field.shareable else ""
            meta: list[str] = [
                Markup(f"{VOICE_LABELS[field.voice]}{shared} · edited {when(field.edited_at)}")
            ]
            if field.edited_by:
                meta += [Markup(" by "), field.edited_by]
            if field_name == CardField.GOALS_OF_CARE:
                meta.append(Markup(self._goals_note()))
            out.append(paragraph(s["small"], *meta))
            note = self.stale(field.edited_at)
            if note:
                out.append(paragraph(s["stale"], Markup(note)))
            out.append(paragraph(s["body"], field.text))
        if a.goals_stale and self.data.card.fields[CardField.GOALS_OF_CARE].version == 0:
            out.append(paragraph(s["stale"], Markup("Goals of care are due to be discussed.")))
        return out

    def _goals_note(self) -> str:
        a = self.admission
        revisited = f" · goals last revisited {when(a.goals_revisited_at)}"
        if a.goals_revisited_at is None:
            revisited = " · goals never revisited"
        return revisited + (" — <b>due</b>" if a.goals_stale else "")

    def _entries(self) -> list[Flowable]:
        s = self.styles
        disciplines = ", ".join(DISCIPLINE_LABELS[d].lower() for d in sorted(DISCHARGE_DISCIPLINES))
        kinds = ", ".join(sorted(k.value for k in DISCHARGE_KINDS))
        sensitive = "included" if self.data.include_sensitive else "left out"
        out: list[Flowable] = [
            paragraph(s["heading"], Markup("Entries that bear on discharge")),
            paragraph(
                s["small"],
                Markup(
                    f"The current version of each {kinds} from {disciplines}; newest first. "
                    f"Sensitive entries are {sensitive}."
                ),
            ),
        ]
        if not self.data.contributions:
            return out + [paragraph(s["body"], Markup("None."))]
        for entry in self.data.contributions:
            label = f"{DISCIPLINE_LABELS[entry.discipline]} · {entry.kind.value} · "
            stamp = f", {when(entry.written_at)}"
            if entry.amended_at:
                stamp += f" (amended {when(entry.amended_at)})"
            flag = " · <font color='#8a1c1c'>SENSITIVE</font>" if entry.sensitive else ""
            if may_share_with_patient(entry.shareable, sensitive=entry.sensitive):
                flag += " · shared with the patient"
            out.append(
                paragraph(s["subheading"], Markup(label), entry.author, Markup(stamp + flag))
            )
            out.append(paragraph(s["body"], entry.text))
        return out

    # -- building blocks -------------------------------------------------------------

    def _text(self, title: str, text: str) -> list[Flowable]:
        s = self.styles
        body = paragraph(s["body"], text) if text else paragraph(s["small"], Markup("None."))
        return [paragraph(s["subheading"], Markup(title)), body]

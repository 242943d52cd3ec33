"""A patient's downtime card: what the team needs at the bedside when Rounds cannot be
reached — who the patient is, code status and allergies, the current medicines, the
if/then plans, the open actions, what matters most, contacts and the safety check —
under a banner that says it is a downtime copy, when it was printed and when
its data last changed. Entries are not printed: the card is for acting on, not the
running notes.

It is the team summary's sections, fewer of them: the same words and states ("not
recorded", "not assessed") as every other sheet."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable

from rounds_app.domain.enums import ActionStatus, CardField
from rounds_app.reports.canvas import CONFIDENTIAL
from rounds_app.reports.discharge_team import TeamSummaryRenderer
from rounds_app.reports.formats import latest, local, short_day, when
from rounds_app.reports.identity import identity_line
from rounds_app.reports.loading import owner_label
from rounds_app.reports.tables import ruled_table
from rounds_app.reports.text import Markup, one_line, paragraph

DOWNTIME_BANNER = "DOWNTIME COPY — check against the live record when Rounds is back"


class DowntimeCardRenderer(TeamSummaryRenderer):
    title = "Downtime card"

    @property
    def updated_at(self) -> datetime | None:
        card = self.data.card
        return latest(
            super().updated_at,
            *(a.closed_at or a.opened_at for a in card.actions),
        )

    def header(self, first: bool) -> list[Flowable]:
        s, a = self.styles, self.admission
        who = identity_line(self.data.identity, local(self.job.printed_at).date())
        bed = [Markup(" · bed "), one_line(a.bed_label or "none"), Markup(" · "), a.ward_name]
        if not first:
            return [paragraph(s["meta"], Markup("Downtime card, continued — "), *who, *bed)]
        return [
            paragraph(s["flag"], Markup(f"<b>{DOWNTIME_BANNER}</b>")),
            paragraph(s["title"], Markup("Downtime card")),
            paragraph(s["meta"], *who, *bed),
            paragraph(
                s["meta"],
                Markup(
                    f"Printed {when(self.job.printed_at)} · data last updated "
                    f"{when(self.updated_at) or 'never'}"
                ),
            ),
        ]

    def footer(self) -> list[Flowable]:
        return [
            paragraph(
                self.styles["footer"],
                Markup(f"<b>{CONFIDENTIAL}</b> · downtime card · MRN "),
                one_line(self.admission.mrn),
                Markup(f" · printed {when(self.job.printed_at)}"),
            )
        ]

    def story(self) -> list[Flowable]:
        # what a nurse acts on first, first: code status, allergies, medicines, plans
        return [
            self._identity(),
            paragraph(self.styles["heading"], Markup("Safety")),
            self._code_and_allergies(),
            *self._current_medicines(),
            *self._if_then(),
            *self._open_actions(),
            *self._what_matters(),
            *self._contacts(),
            *self._safety_check(),
        ]

    def _if_then(self) -> list[Flowable]:
        s = self.styles
        plans = [c for c in self.data.card.contingencies if c.active]
        return [
            paragraph(s["heading"], Markup("If / then")),
            ruled_table(
                s,
                self.width,
                ("If", "Then"),
                [(c.condition, c.response) for c in plans],
                (0.4, 0.6),
            ),
        ]

    def _open_actions(self) -> list[Flowable]:
        s = self.styles
        today = local(self.job.printed_at).date()
        rows = []
        for action in self.data.card.actions:
            if action.status is not ActionStatus.OPEN:
                continue
            due = short_day(action.due) if action.due else "no due date"
            if action.due and action.due < today:
                due += " — OVERDUE"
            rows.append((action.text, owner_label(action.owner_discipline, action.owner), due))
        return [
            paragraph(s["heading"], Markup("Open actions")),
            ruled_table(s, self.width, ("Action", "Who", "Due"), rows, (0.56, 0.24, 0.2)),
        ]

    def _what_matters(self) -> list[Flowable]:
        s = self.styles
        out: list[Flowable] = [paragraph(s["heading"], Markup("What matters to the patient"))]
        for field_name, title in (
            (CardField.WHAT_MATTERS_MOST, "What matters most"),
            (CardField.GOALS_OF_CARE, "Goals of care"),
            (CardField.COMMUNICATION_NEEDS, "Communication needs"),
        ):
            field = self.data.card.fields[field_name]
            out.append(paragraph(s["subheading"], Markup(title)))
            if field.version == 0 or not field.text:
                out.append(paragraph(s["small"], Markup("Not recorded.")))
            else:
                out.append(paragraph(s["body"], field.text))
        return out

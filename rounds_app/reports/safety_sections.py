"""The safety facts as the team's sheets print them: code status and ceiling beside
the allergies, who decides and whom to call, the safety check (what nobody has
assessed says so) and the current medicines. Mixed into the team's discharge summary,
which prints them as one section, and the downtime card, which puts the medicines
and the plans first."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable

from rounds_app.domain.safety import SAFETY_ITEMS, SafetyItem
from rounds_app.reports.data import DischargeData
from rounds_app.reports.facts import allergies, code_status
from rounds_app.reports.formats import when
from rounds_app.reports.tables import ContinuedTable, grid, ruled_table
from rounds_app.reports.text import Markup, paragraph


class SafetySections:
    """Needs the renderer's `data`, `styles` and `width`."""

    data: DischargeData
    styles: StyleSheet1
    width: float

    def _safety(self) -> list[Flowable]:
        """Code status and ceiling, allergies, who decides and whom to call, the
        safety check (what nobody has assessed said so), and the current medicines."""
        return [
            paragraph(self.styles["heading"], Markup("Safety")),
            self._code_and_allergies(),
            *self._contacts(),
            *self._safety_check(),
            *self._current_medicines(),
        ]

    def _code_and_allergies(self) -> Flowable:
        s, facts = self.styles, self.data.facts
        return ContinuedTable(
            [
                [paragraph(s["cell_head"], Markup("Code status and ceiling of treatment"))]
                + [paragraph(s["cell_head"], Markup("Allergies"))],
                [code_status(s, facts.resuscitation), allergies(s, facts)],
            ],
            colWidths=[self.width / 2] * 2,
            repeatRows=1,
            style=grid(header=True),
        )

    def _contacts(self) -> list[Flowable]:
        s, facts = self.styles, self.data.facts
        out: list[Flowable] = [paragraph(s["subheading"], Markup("Contacts and who decides"))]
        deciding = facts.checks[SafetyItem.DECISION_MAKING]
        out.append(
            paragraph(
                s["small"] if deciding.assessed else s["stale"],
                Markup(f"Decisions: {deciding.label}"),
                *([Markup(" — "), deciding.detail] if deciding.detail else []),
            )
        )
        out.append(
            ruled_table(
                s,
                self.width,
                ("Name", "Relationship", "Phone", "Next of kin", "Decision-maker", "May share"),
                [
                    (
                        c.name,
                        c.relationship,
                        c.phone or "no number",
                        _yes(c.next_of_kin),
                        _yes(c.decision_maker),
                        _yes(c.may_share),
                    )
                    for c in facts.contacts
                ],
                (0.24, 0.18, 0.22, 0.12, 0.14, 0.1),
            )
        )
        return out

    def _safety_check(self) -> list[Flowable]:
        s, facts = self.styles, self.data.facts
        return [
            paragraph(s["subheading"], Markup("Safety check")),
            ruled_table(
                s,
                self.width,
                ("Item", "State", "Detail", "Recorded"),
                [
                    (
                        SAFETY_ITEMS[check.item].label,
                        check.label + (f", {check.days} days" if check.days is not None else ""),
                        check.detail,
                        _recorded(check.recorded_by, check.recorded_at),
                    )
                    for check in facts.checks.values()
                ],
                (0.22, 0.26, 0.32, 0.2),
            ),
        ]

    def _current_medicines(self) -> list[Flowable]:
        s, facts = self.styles, self.data.facts
        return [
            paragraph(s["subheading"], Markup("Current medicines")),
            ruled_table(
                s,
                self.width,
                ("Medicine", "Dose", "Route", "Frequency"),
                [(m.name, m.dosage, m.route, m.frequency) for m in facts.medications],
                (0.34, 0.3, 0.14, 0.22),
            ),
        ]


def _yes(value: bool) -> str:
    return "yes" if value else "—"


def _recorded(by: str | None, at: datetime | None) -> str:
    if at is None:
        return "never"
    return f"{when(at)}" + (f" by {by}" if by else "")

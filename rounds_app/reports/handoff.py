"""The ward handoff sheet: landscape, one row per patient in rounds order, I-PASS
columns (severity, patient summary, actions, contingencies) with what matters to the
patient and where their discharge stands.

A row moves to the next page whole, and the column heads repeat on every page. A row
taller than a page (a name or a contingency with many line breaks) continues on the
next page, its bed and name shown again with "(continued)": nothing a person wrote
stops the ward's sheet from printing."""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Paragraph, TableStyle

from rounds_app.domain import limits
from rounds_app.domain.enums import Severity, Voice
from rounds_app.reports.canvas import CONFIDENTIAL
from rounds_app.reports.data import HandoffData, HandoffRow, PrintJob
from rounds_app.reports.formats import local, short_day, when
from rounds_app.reports.renderer import Renderer
from rounds_app.reports.styles import BAND_FILL, HEADER_FILL, RULE, SEVERITY_FILL, team_styles
from rounds_app.reports.tables import ContinuedTable, repeated
from rounds_app.reports.text import Markup, one_line, paragraph, quote, shorten

# (heading, share of the width)
COLUMNS = (
    ("Bed", 0.047),
    ("Patient", 0.118),
    ("Severity", 0.06),
    ("Summary", 0.17),
    ("What matters", 0.15),
    ("Open actions (owner, due)", 0.165),
    ("If / then", 0.16),
    ("Discharge", 0.13),
)
# caps, in columns of text (a CJK character counts two); the one-liner's is the
# stored limit, kept here too so that no imported row can outgrow a page
ONE_LINER_CHARS = limits.ONE_LINER
WHAT_MATTERS_CHARS = 140
ACTION_CHARS = 85
ACTIONS_SHOWN = 3
CONTINGENCY_CHARS = 120
CONTINGENCIES_SHOWN = 2
DESTINATION_CHARS = 50
BARRIER_CHARS = 80
SEVERITY_LABELS = {
    Severity.UNSTABLE: "Unstable",
    Severity.WATCHER: "Watcher",
    Severity.STABLE: "Stable",
    Severity.NOT_ASSESSED: "Not assessed",
}


class HandoffRenderer(Renderer):
    title = "Ward handoff sheet"
    landscape = True

    def __init__(self, data: HandoffData, job: PrintJob):
        self.data = data
        super().__init__(job)

    def stylesheet(self) -> StyleSheet1:
        return team_styles()

    def header(self, first: bool) -> list[Flowable]:
        s, job = self.styles, self.job
        printed = Markup(f"Printed {when(job.printed_at)} by ")
        if not first:
            return [
                paragraph(
                    s["meta"],
                    Markup("<b>Ward handoff — "),
                    one_line(self.data.ward_name),
                    Markup("</b> (continued) · "),
                    printed,
                    one_line(job.printed_by),
                )
            ]
        updated = when(self.data.updated_at) or "never"
        count = len(self.data.rows)
        return [
            paragraph(s["title"], Markup("Ward handoff — "), one_line(self.data.ward_name)),
            paragraph(
                s["meta"],
                printed,
                one_line(job.printed_by),
                Markup(
                    f" · {count} patient{'s' if count != 1 else ''} · data last updated "
                    f"{updated} · “What matters” not updated for {job.stale_after_days} "
                    "days or more is flagged"
                ),
            ),
        ]

    def footer(self) -> list[Flowable]:
        return [
            paragraph(
                self.styles["footer"],
                Markup(f"<b>{CONFIDENTIAL}</b> · ward handoff · "),
                one_line(self.data.ward_name),
                Markup(f" · printed {when(self.job.printed_at)}"),
            )
        ]

    def story(self) -> list[Flowable]:
        if not self.data.rows:
            return [paragraph(self.styles["body"], Markup("No patients on this ward."))]
        s = self.styles
        head = [paragraph(s["cell_head"], Markup(title)) for title, _ in COLUMNS]
        body = [self._row(row) for row in self.data.rows]
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, BAND_FILL]),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ]
        for i, row in enumerate(self.data.rows, start=1):
            fill = SEVERITY_FILL[row.severity.value]
            if fill is not None:
                commands.append(("BACKGROUND", (2, i), (2, i), fill))
        return [
            ContinuedTable(
                [head, *body],
                colWidths=[share * self.width for _, share in COLUMNS],
                repeatRows=1,
                style=TableStyle(commands),
            )
        ]

    def _row(self, row: HandoffRow) -> list[list[Paragraph]]:
        s = self.styles
        bed, name = one_line(row.bed_label or "—"), one_line(row.name)
        return [
            repeated(
                [paragraph(s["cell_bold"], row.bed_label or "—")], [paragraph(s["cell_bold"], bed)]
            ),
            repeated(
                self._patient(row),
                [paragraph(s["cell_bold"], name), paragraph(s["cell_note"], Markup("(continued)"))],
            ),
            [paragraph(s["cell_bold"], Markup(SEVERITY_LABELS[row.severity]))],
            [paragraph(s["cell"], shorten(row.one_liner, ONE_LINER_CHARS))],
            self._what_matters(row),
            self._actions(row),
            self._contingencies(row),
            self._discharge(row),
        ]

    def _patient(self, row: HandoffRow) -> list[Paragraph]:
        s = self.styles
        details = [f"{row.age} y" if row.age is not None else "", shorten(row.pronouns, 30)]
        details.append(f"adm. {short_day(local(row.admitted_at).date())}")
        return [
            paragraph(s["cell_bold"], row.name),
            paragraph(s["cell_note"], " · ".join(d for d in details if d)),
            *self._flags(row),
        ]

    def _what_matters(self, row: HandoffRow) -> list[Paragraph]:
        s = self.styles
        if not row.what_matters:
            return [paragraph(s["stale"], Markup("Not yet asked"))]
        text = shorten(row.what_matters, WHAT_MATTERS_CHARS)
        # the patient's own words in quotes, as on the card
        cells = [
            paragraph(s["cell"], quote(text) if row.what_matters_voice == Voice.PATIENT else text)
        ]
        note = self.stale(row.what_matters_edited_at)
        if note:
            cells.append(paragraph(s["stale"], Markup(note)))
        return cells

    def _actions(self, row: HandoffRow) -> list[Paragraph]:
        s = self.styles
        today = local(self.job.printed_at).date()
        cells = []
        for action in row.actions[:ACTIONS_SHOWN]:
            cells.append(
                paragraph(
                    s["cell"],
                    Markup("• "),
                    shorten(action.text, ACTION_CHARS),
                    Markup(" <font color='#4a4a4a'>— "),
                    action.owner or "unassigned",
                    Markup(_due(action.due, today) + "</font>"),
                )
            )
        return cells + _more(s, len(row.actions) - ACTIONS_SHOWN)

    def _contingencies(self, row: HandoffRow) -> list[Paragraph]:
        s = self.styles
        cells = [
            paragraph(s["cell"], Markup("• "), shorten(f"{cond} → {resp}", CONTINGENCY_CHARS))
            for cond, resp in row.contingencies[:CONTINGENCIES_SHOWN]
        ]
        return cells + _more(s, len(row.contingencies) - CONTINGENCIES_SHOWN)

    def _discharge(self, row: HandoffRow) -> list[Paragraph]:
        s = self.styles
        expected = short_day(row.expected_discharge) if row.expected_discharge else "no date"
        today = local(self.job.printed_at).date()
        if row.expected_discharge and row.expected_discharge < today:
            # still here after the expected day: the date needs revisiting, say so
            expected += " <font color='#8a1c1c'>(passed)</font>"
        cells = [paragraph(s["cell_bold"], Markup(f"Expected: {expected}"))]
        if row.destination:
            cells.append(paragraph(s["cell"], shorten(row.destination, DESTINATION_CHARS)))
        if row.readiness is not None:
            done, items = row.readiness
            cells.append(paragraph(s["cell"], Markup(f"Ready {done}/{items}")))
        if row.barriers:
            cells.append(
                paragraph(s["cell"], Markup("Barriers: "), shorten(row.barriers, BARRIER_CHARS))
            )
        return cells

    def _flags(self, row: HandoffRow) -> list[Paragraph]:
        s = self.styles
        cells = []
        if row.interpreter_needed:
            language = shorten(row.language, 24) if row.language else "language not recorded"
            cells.append(paragraph(s["flag"], Markup("Interpreter: "), language))
        if row.allergies:
            cells.append(
                paragraph(s["flag"], Markup("Allergies: "), shorten(", ".join(row.allergies), 60))
            )
        elif row.allergies == ():
            cells.append(paragraph(s["cell_note"], Markup("No known allergies")))
        if row.goals_due:
            cells.append(paragraph(s["flag"], Markup("Goals of care due")))
        return cells


def _due(due: date | None, today: date) -> str:
    if due is None:
        return ""
    overdue = " <font color='#8a1c1c'><b>overdue</b></font>" if due < today else ""
    return f", {short_day(due)}{overdue}"


def _more(styles: StyleSheet1, hidden: int) -> list[Paragraph]:
    if hidden <= 0:
        return []
    return [paragraph(styles["cell_note"], Markup(f"+ {hidden} more on the card"))]

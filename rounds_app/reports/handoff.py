"""The ward handoff sheet: landscape, one row per patient in rounds order, I-PASS
columns — who the patient is (name, MRN, date of birth), illness severity, code status
and ceiling of treatment, allergies, the summary, what matters to them, actions,
if/then contingencies, safety flags and where their discharge stands — and a box for
the receiver's synthesis.

Nothing on it is cut short: every action, contingency and allergy prints whole. A row
that does not fit moves to the next page whole, unless that would leave much of the
page blank: then it starts here and continues there, its bed and name shown again
with "(continued)" — as does a row taller than a page. The column heads repeat on
every page, and the foot of every page has the sign-off: given by, received by, time."""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import StyleSheet1
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from rounds_app.domain.enums import Severity, Voice
from rounds_app.domain.safety import Ceiling
from rounds_app.reports.canvas import CONFIDENTIAL
from rounds_app.reports.data import HandoffData, HandoffRow, PrintJob
from rounds_app.reports.facts import allergies, code_status
from rounds_app.reports.formats import local, short_day, when
from rounds_app.reports.identity import born, other_names
from rounds_app.reports.renderer import Renderer
from rounds_app.reports.styles import HEADER_FILL, RULE, SEVERITY_FILL, team_styles
from rounds_app.reports.tables import ContinuedTable, repeated
from rounds_app.reports.text import Markup, one_line, paragraph, quote

# (heading, share of the width)
COLUMNS = (
    ("Bed · patient", 0.117),
    ("Severity", 0.058),
    ("Code status, ceiling", 0.095),
    ("Allergies", 0.085),
    ("Summary", 0.1),
    ("What matters", 0.085),
    ("Actions (owner, due)", 0.12),
    ("If / then", 0.125),
    ("Safety", 0.07),
    ("Discharge", 0.09),
    ("Receiver<br/>notes, initials", 0.055),
)
SEVERITY_COLUMN = 1
SEVERITY_LABELS = {
    Severity.UNSTABLE: "Unstable",
    Severity.WATCHER: "Watcher",
    Severity.STABLE: "Stable",
    Severity.NOT_ASSESSED: "Not assessed",
}
# the flags printed in columns of their own, whole, rather than among the safety flags
OWN_COLUMN_FLAGS = frozenset(
    {
        "dnacpr",
        "cpr_not_discussed",
        "ceiling",
        "allergy",
        "allergy_high",
        "allergies_not_asked",
        "no_known_allergies",
    }
)
# room to write the receiver's synthesis in, however short the row
RECEIVER_ROOM = 12 * mm
# a row that does not fit starts on this page and continues on the next rather than
# leave more than this much of the page blank
START_WITHIN = 30 * mm
SIGN_OFF_BLANK = "_" * 28


class HandoffRenderer(Renderer):
    title = "Ward handoff sheet"
    landscape = True
    margin = 10 * mm

    def __init__(self, data: HandoffData, job: PrintJob):
        self.data = data
        super().__init__(job)
        self.today = local(job.printed_at).date()

    def stylesheet(self) -> StyleSheet1:
        return team_styles(cell_size=8, note_size=8)

    def header(self, first: bool) -> list[Flowable]:
        s, job = self.styles, self.job
        printed = [
            Markup(f"Time printed: {when(job.printed_at)} · Printed by: "),
            one_line(job.printed_by),
        ]
        if not first:
            return [
                paragraph(
                    s["meta"],
                    Markup("<b>Ward handoff — "),
                    one_line(self.data.ward_name),
                    Markup("</b> (continued) · "),
                    *printed,
                )
            ]
        updated = when(self.data.updated_at) or "never"
        count = len(self.data.rows)
        return [
            paragraph(s["title"], Markup("Ward handoff — "), one_line(self.data.ward_name)),
            paragraph(
                s["meta"],
                *printed,
                Markup(
                    f" · {count} patient{'s' if count != 1 else ''} · data last updated "
                    f"{updated} · “What matters” not updated for {job.stale_after_days} "
                    "days or more is flagged"
                ),
            ),
        ]

    def footer(self) -> list[Flowable]:
        s = self.styles
        return [
            paragraph(
                s["body"],
                Markup(
                    f"<b>Given by</b> {SIGN_OFF_BLANK}   <b>Received by</b> {SIGN_OFF_BLANK}"
                    f"   <b>Time</b> {'_' * 12}"
                ),
            ),
            Spacer(1, 2),
            paragraph(
                s["footer"],
                Markup(f"<b>{CONFIDENTIAL}</b> · ward handoff · "),
                one_line(self.data.ward_name),
                Markup(f" · printed {when(self.job.printed_at)}"),
            ),
        ]

    def story(self) -> list[Flowable]:
        if not self.data.rows:
            return [paragraph(self.styles["body"], Markup("No patients on this ward."))]
        s = self.styles
        head = [paragraph(s["cell_head"], Markup(title)) for title, _ in COLUMNS]
        body = [self._row(row) for row in self.data.rows]
        commands = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, -1), 0.8, RULE),
            ("LINEAFTER", (0, 0), (-2, -1), 0.25, RULE),
            ("BOX", (0, 0), (-1, -1), 0.8, RULE),
            ("BOX", (-1, 1), (-1, -1), 0.8, RULE),
        ]
        for i, row in enumerate(self.data.rows, start=1):
            fill = SEVERITY_FILL[row.severity.value]
            if fill is not None:
                column = SEVERITY_COLUMN
                commands.append(("BACKGROUND", (column, i), (column, i), fill))
        return [
            ContinuedTable(
                [head, *body],
                colWidths=[share * self.width for _, share in COLUMNS],
                repeatRows=1,
                style=TableStyle(commands),
                minRowHeights=[0] + [RECEIVER_ROOM] * len(body),
                start_within=START_WITHIN,
            )
        ]

    def _row(self, row: HandoffRow) -> list[list[Flowable]]:
        s = self.styles
        bed = one_line(row.bed_label or "no bed")
        continued = [
            paragraph(s["cell_bold"], bed, Markup(" · "), one_line(row.identity.legal_name)),
            paragraph(s["cell_note"], Markup("(continued)")),
        ]
        return [
            repeated(self._patient(row), continued),
            [paragraph(s["cell_bold"], Markup(SEVERITY_LABELS[row.severity]))],
            self._code_status(row),
            allergies(s, row.facts),
            [paragraph(s["cell"], row.one_liner)],
            self._what_matters(row),
            self._actions(row),
            [
                paragraph(s["cell"], Markup("• "), condition, Markup(" → "), response)
                for condition, response in row.contingencies
            ],
            self._flags(row),
            self._discharge(row),
            [],  # the receiver's, to write in
        ]

    def _patient(self, row: HandoffRow) -> list[Paragraph]:
        s, identity = self.styles, row.identity
        cells = [
            paragraph(s["cell_bold"], row.bed_label or "no bed"),
            paragraph(s["cell_bold"], identity.legal_name),
            *(paragraph(s["cell"], Markup(label), name) for label, name in other_names(identity)),
            paragraph(s["cell"], Markup("MRN "), identity.mrn),
            paragraph(s["cell"], Markup(f"DOB {born(identity, self.today)}")),
        ]
        admitted = Markup(f"adm. {short_day(local(row.admitted_at).date())}")
        if row.pronouns:
            cells.append(paragraph(s["cell_note"], row.pronouns, Markup(" · "), admitted))
        else:
            cells.append(paragraph(s["cell_note"], admitted))
        return cells

    def _code_status(self, row: HandoffRow) -> list[Paragraph]:
        decision = row.facts.resuscitation
        if decision.not_discussed and decision.ceiling is Ceiling.NOT_DISCUSSED:
            # one warning, not two, for the commonest state of a new admission
            return [
                paragraph(self.styles["flag"], Markup("CPR not yet discussed, nor the ceiling"))
            ]
        return code_status(self.styles, decision)

    def _what_matters(self, row: HandoffRow) -> list[Paragraph]:
        s = self.styles
        if not row.what_matters:
            return [paragraph(s["stale"], Markup("Not yet asked"))]
        text = row.what_matters
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
        return [
            paragraph(
                s["cell"],
                Markup("• "),
                action.text,
                Markup(" <font color='#4a4a4a'>— "),
                action.owner or "unassigned",
                Markup(_due(action.due, self.today) + "</font>"),
            )
            for action in row.actions
        ]

    def _flags(self, row: HandoffRow) -> list[Paragraph]:
        s = self.styles
        cells = []
        if row.interpreter_needed:
            language = row.language or "language not recorded"
            cells.append(paragraph(s["flag"], Markup("Interpreter ("), language, Markup(")")))
        if row.goals_due:
            cells.append(paragraph(s["flag"], Markup("Goals of care due")))
        for flag in row.flags:
            if flag.code in OWN_COLUMN_FLAGS:
                continue
            cells.append(paragraph(s["cell"], flag.short))
        return cells

    def _discharge(self, row: HandoffRow) -> list[Paragraph]:
        s = self.styles
        expected = short_day(row.expected_discharge) if row.expected_discharge else "no date"
        if row.expected_discharge and row.expected_discharge < self.today:
            # still here after the expected day: the date needs revisiting, say so
            expected += " <font color='#8a1c1c'>(passed)</font>"
        cells = [paragraph(s["cell_bold"], Markup(f"EDD: {expected}"))]
        if row.destination:
            cells.append(paragraph(s["cell"], row.destination))
        if row.readiness is not None:
            done, items = row.readiness
            cells.append(paragraph(s["cell"], Markup(f"Ready {done}/{items}")))
        if row.barriers:
            cells.append(paragraph(s["cell"], Markup("Barriers: "), row.barriers))
        return cells


def _due(due: date | None, today: date) -> str:
    if due is None:
        return ""
    overdue = " <font color='#8a1c1c'><b>overdue</b></font>" if due < today else ""
    return f", {short_day(due)}{overdue}"

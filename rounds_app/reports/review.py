"""The reflective case review on paper: its blame-free sections in order, who took
part by role, what the team will do and who follows it up, and — for a final review —
every amendment with the text before and after and the reason.

A de-identified review prints nothing that points at the patient: no name, bed or
ward (its text was scrubbed when it was saved)."""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable

from rounds_app.domain.enums import ReviewSection, ReviewStatus
from rounds_app.domain.labels import DISCIPLINE_LABELS, REVIEW_SECTION_LABELS
from rounds_app.reports.canvas import CONFIDENTIAL
from rounds_app.reports.data import PrintJob, ReviewData
from rounds_app.reports.formats import day, when
from rounds_app.reports.renderer import Renderer
from rounds_app.reports.styles import team_styles
from rounds_app.reports.tables import ruled_table
from rounds_app.reports.text import Markup, one_line, paragraph

BLAME_FREE = (
    "A blame-free reflection: it looks at systems, roles and communication, not at who "
    "is at fault. It is not part of the health record."
)


class ReviewRenderer(Renderer):
    title = "Reflective case review"

    def __init__(self, data: ReviewData, job: PrintJob):
        self.data = data
        self.review = data.review
        super().__init__(job)

    def stylesheet(self) -> StyleSheet1:
        return team_styles()

    def _status(self) -> str:
        if self.review.status is ReviewStatus.FINAL:
            return f"Final since {when(self.review.finalized_at)}"
        return "<font color='#8a1c1c'><b>Draft</b></font> — not final"

    def header(self, first: bool) -> list[Flowable]:
        s = self.styles
        if not first:
            return [
                paragraph(
                    s["meta"],
                    Markup("<b>Reflective case review — "),
                    one_line(self.review.title),
                    Markup("</b> (continued)"),
                )
            ]
        return [
            paragraph(s["title"], Markup("Reflective case review — "), one_line(self.review.title)),
            paragraph(
                s["meta"],
                Markup(f"{self._status()} · version {self.review.version} · started by "),
                one_line(self.review.created_by),
                Markup(
                    f" on {when(self.review.created_at)} · printed {when(self.job.printed_at)} by "
                ),
                one_line(self.job.printed_by),
            ),
        ]

    def footer(self) -> list[Flowable]:
        kind = "de-identified" if self.review.deidentified else "reflective case review"
        notice = CONFIDENTIAL if self.data.patient else "Confidential"
        return [
            paragraph(
                self.styles["footer"],
                Markup(f"<b>{notice}</b> · {kind} · printed {when(self.job.printed_at)}"),
            )
        ]

    def story(self) -> list[Flowable]:
        return [*self._about(), *self._sections(), *self._actions(), *self._amendments()]

    def _about(self) -> list[Flowable]:
        s, data = self.styles, self.data
        if data.patient:
            about = [
                Markup("<b>About:</b> "),
                data.patient,
                Markup(" · bed "),
                data.bed or "none",
                Markup(" · "),
                data.ward or "",
            ]
        elif self.review.deidentified:
            about = [Markup("<b>De-identified:</b> names, numbers and dates are taken out.")]
        else:
            about = [Markup("<b>Not linked to a patient.</b>")]
        roles = ", ".join(DISCIPLINE_LABELS[d] for d in self.review.participants) or "not recorded"
        return [
            paragraph(s["body"], *about),
            paragraph(s["body"], Markup("<b>Participants by role:</b> "), roles),
            paragraph(s["small"], Markup(BLAME_FREE)),
        ]

    def _sections(self) -> list[Flowable]:
        s = self.styles
        out: list[Flowable] = []
        for section in ReviewSection:
            text = self.review.sections.get(section, "")
            out.append(paragraph(s["heading"], Markup(REVIEW_SECTION_LABELS[section])))
            if text:
                out.append(paragraph(s["body"], text))
            else:
                out.append(paragraph(s["small"], Markup("Nothing written.")))
        return out

    def _actions(self) -> list[Flowable]:
        rows = [
            (a.text, a.owner, day(a.due) or "no date", "✓ done" if a.done else "open")
            for a in self.review.actions
        ]
        return [
            paragraph(self.styles["heading"], Markup("What we will do")),
            ruled_table(
                self.styles,
                self.width,
                ("Action", "Who follows it up", "By", "Done"),
                rows,
                (0.5, 0.25, 0.15, 0.1),
            ),
        ]

    def _amendments(self) -> list[Flowable]:
        s = self.styles
        if self.review.status is not ReviewStatus.FINAL:
            return []
        out: list[Flowable] = [paragraph(s["heading"], Markup("Amendments since it was final"))]
        if not self.review.amendments:
            return out + [paragraph(s["small"], Markup("None."))]
        for amendment in self.review.amendments:
            out += [
                paragraph(
                    s["subheading"],
                    Markup(
                        f"{REVIEW_SECTION_LABELS[amendment.section]} · {when(amendment.at)} by "
                    ),
                    amendment.by,
                ),
                paragraph(s["body"], Markup("<b>Reason:</b> "), amendment.reason),
                paragraph(s["small"], Markup("Before: "), amendment.before or "(nothing written)"),
                paragraph(s["body"], Markup("After: "), amendment.after or "(nothing written)"),
            ]
        return out

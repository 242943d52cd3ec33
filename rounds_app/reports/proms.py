"""Patient-reported outcomes on the discharge summaries: the latest answers with the
trend before them on the team's copy, and in plain sentences on the patient's."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Paragraph

from rounds_app.i18n.copy_language import CopyLanguage, gettext_noop
from rounds_app.reports.formats import local, when
from rounds_app.reports.text import Markup, paragraph, quote
from rounds_app.services.proms import SCORES, PromView

# how the patient's copy names each score, and which end of 0..10 is good
PLAIN = {
    "pain": gettext_noop("your pain was {score} out of 10 (0 is no pain)"),
    "feeling": gettext_noop("you felt {score} out of 10 (10 is very good)"),
    "breathlessness": gettext_noop(
        "your breathlessness was {score} out of 10 (0 is not breathless)"
    ),
}
TREND_SHOWN = 7


def scores(view: PromView) -> str:
    """'pain 3/10 · feeling 7/10'; scores not asked are left out."""
    asked = [(name, getattr(view, name)) for name in SCORES]
    return " · ".join(f"{name} {value}/10" for name, value in asked if value is not None)


def team_proms(styles: StyleSheet1, proms: tuple[PromView, ...]) -> list[Flowable]:
    out: list[Flowable] = [paragraph(styles["heading"], Markup("Patient-reported outcomes"))]
    if not proms:
        return out + [paragraph(styles["small"], Markup("None recorded."))]
    latest = proms[-1]
    out.append(
        paragraph(
            styles["subheading"],
            Markup(f"Latest, {when(latest.recorded_at)}: {scores(latest)} — "),
            latest.recorded_by,
        )
    )
    if latest.what_matters_today:
        out.append(
            paragraph(
                styles["body"], Markup("What matters today: "), quote(latest.what_matters_today)
            )
        )
    for name in SCORES:
        values = [
            str(getattr(v, name)) for v in proms[-TREND_SHOWN:] if getattr(v, name) is not None
        ]
        if len(values) > 1:
            out.append(
                paragraph(
                    styles["small"], Markup(f"{name.title()}, oldest first: {' → '.join(values)}")
                )
            )
    return out


def patient_proms(
    proms: tuple[PromView, ...],
    t: CopyLanguage,
    heading: Callable[[str], Paragraph],
    p: Callable[..., Paragraph],
) -> list[Flowable]:
    """In the patient copy's language `t`, with its `heading` and paragraphs `p`."""
    if not proms:
        return []
    latest = proms[-1]
    asked = [
        t.gettext(PLAIN[name]).format(score=t.number(getattr(latest, name)))
        for name in SCORES
        if getattr(latest, name) is not None
    ]
    day = t.long_day(local(latest.recorded_at).date())
    told = t.gettext("On {day} you told us that {answers}.")
    out: list[Flowable] = [
        heading("How you told us you feel"),
        p("body", Markup(told.format(day=day, answers=t.listed(asked)))),
    ]
    if latest.what_matters_today:
        out.append(p("quote", quote(latest.what_matters_today)))
    return out

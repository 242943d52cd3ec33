"""Patient-reported outcomes on the discharge summaries: the latest answers with the
trend before them on the team's copy, and in plain sentences on the patient's."""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable

from rounds_app.reports.formats import local, long_day, when
from rounds_app.reports.text import Markup, paragraph, quote
from rounds_app.services.proms import SCORES, PromView

# how the patient's copy names each score, and which end of 0..10 is good
PLAIN = {
    "pain": "your pain was {} out of 10 (0 is no pain)",
    "feeling": "you felt {} out of 10 (10 is very good)",
    "breathlessness": "your breathlessness was {} out of 10 (0 is not breathless)",
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


def patient_proms(styles: StyleSheet1, proms: tuple[PromView, ...]) -> list[Flowable]:
    if not proms:
        return []
    latest = proms[-1]
    said = [PLAIN[name].format(getattr(latest, name)) for name in SCORES]
    asked = [
        text for name, text in zip(SCORES, said, strict=True) if getattr(latest, name) is not None
    ]
    day = long_day(local(latest.recorded_at).date())
    out: list[Flowable] = [
        paragraph(styles["heading"], Markup("How you told us you feel")),
        paragraph(styles["body"], Markup(f"On {day} you told us that {_listed(asked)}.")),
    ]
    if latest.what_matters_today:
        out.append(paragraph(styles["quote"], quote(latest.what_matters_today)))
    return out


def _listed(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    return " and ".join([", ".join(parts[:-1]), parts[-1]] if len(parts) > 1 else parts)

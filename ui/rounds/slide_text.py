"""The words around a slide's data — days, goals, discharge readiness, actions with
owners, if/then — so the ward-room screen and the console say the same thing.

A paragraph is (lead, text), as FittedLabel draws it: the lead in bold."""

from __future__ import annotations

from datetime import date

from rounds_app.domain.enums import CardField, Voice
from rounds_app.services.audience import AudienceSlide
from rounds_app.services.census import GOALS_STALE_AFTER_DAYS
from rounds_app.services.ward_model.actions import OpenAction
from ui.card.field_labels import empty_question
from ui.common.date_words import short_date
from ui.common.discipline_labels import discipline_label
from ui.common.widgets import fill_placeholders, number_text
from ui.common.words import Words
from ui.safety.header import allergies_text, code_status_text

Paragraph = tuple[str, str]


class SlideWords(Words):
    """The translators' context of these words."""


# Today, yesterday and tomorrow have words of their own, so the English screen reads
# right without a plural translation ("1 days"); counts from 2 go through %Ln.


def stay(slide: AudienceSlide) -> str:
    days = slide.days_in_hospital
    if days <= 0:
        return SlideWords.tr("Admitted today")
    if days == 1:
        return SlideWords.tr("Admitted yesterday")
    return SlideWords.tr("%Ln days in hospital", "", days)


def discharge_date(slide: AudienceSlide) -> str:
    days = slide.days_to_discharge
    if days is None:
        return SlideWords.tr("No discharge date yet")
    return {
        -1: SlideWords.tr("Expected home yesterday"),
        0: SlideWords.tr("Expected home today"),
        1: SlideWords.tr("Expected home tomorrow"),
    }.get(days) or (
        SlideWords.tr("Expected home in %Ln days", "", days)
        if days > 0
        else SlideWords.tr("Expected home %Ln days ago", "", -days)
    )


def facts(slide: AudienceSlide) -> str:
    told = how_they_say_they_are(slide)
    shown = fill_placeholders(SlideWords.tr("%1  ·  %2"), stay(slide), discharge_date(slide))
    return fill_placeholders(SlideWords.tr("%1  ·  %2"), shown, told) if told else shown


def safety(slide: AudienceSlide) -> str:
    """Code status and allergies, when the facilitator has revealed them (the slide
    carries nothing of them otherwise)."""
    if not slide.safety_revealed or slide.resuscitation is None or slide.allergy_state is None:
        return ""
    code, _ = code_status_text(slide.resuscitation)
    allergies, _ = allergies_text(slide.allergy_state, slide.allergies)
    return fill_placeholders(SlideWords.tr("%1  ·  %2"), code, allergies)


TREND_READINGS = 3  # enough to see a direction from across the room


def how_they_say_they_are(slide: AudienceSlide) -> str:
    """The last few patient-reported scores as words with arrows ("Pain 6 → 4 → 3"),
    so the trend reads from 4 m without a chart; numbers only, never free text."""
    recent = slide.proms[-TREND_READINGS:]
    parts = []
    for label, column in (
        (SlideWords.tr("Pain"), 1),
        (SlideWords.tr("Feeling"), 2),
        (SlideWords.tr("Breathless"), 3),
    ):
        scores = [str(reading[column]) for reading in recent if reading[column] is not None]
        if scores:
            parts.append(fill_placeholders(SlideWords.tr("%1 %2"), label, " → ".join(scores)))
    return "  ·  ".join(parts)


def what_matters(slide: AudienceSlide) -> str:
    """In quotes when they are the patient's own words; a question when never asked."""
    text = slide.what_matters_most.strip()
    if not text:
        return empty_question(CardField.WHAT_MATTERS_MOST)
    if slide.what_matters_voice is Voice.PATIENT:
        return fill_placeholders(SlideWords.tr("“%1”"), text)
    return text


def goals(slide: AudienceSlide) -> str:
    return slide.goals_of_care.strip() or SlideWords.tr("No goals of care written yet.")


def goals_badge(slide: AudienceSlide) -> str:
    if slide.days_since_goals is None:
        return SlideWords.tr("Never revisited")
    if slide.goals_stale and slide.days_since_goals < GOALS_STALE_AFTER_DAYS:
        return SlideWords.tr("Not revisited since the severity changed")
    if slide.goals_stale:
        return SlideWords.tr("Not revisited for %Ln days", "", slide.days_since_goals)
    if slide.days_since_goals == 0:
        return SlideWords.tr("Revisited today")
    if slide.days_since_goals == 1:
        return SlideWords.tr("Revisited yesterday")
    return SlideWords.tr("Revisited %Ln days ago", "", slide.days_since_goals)


def goals_need_revisiting(slide: AudienceSlide) -> bool:
    return slide.goals_stale or slide.days_since_goals is None


def news(slide: AudienceSlide) -> list[Paragraph]:
    """One paragraph per discipline, its newest entry first (what the room most needs
    when there is only room for a line)."""
    paragraphs = []
    for item in slide.news:
        lead = discipline_label(item.discipline)
        if len(item.texts) > 1:
            lead = fill_placeholders(SlideWords.tr("%1 (%2)"), lead, number_text(len(item.texts)))
        paragraphs.append((lead, "  ·  ".join(reversed(item.texts))))
    return paragraphs or [("", SlideWords.tr("Nothing new since the last round."))]


def readiness(slide: AudienceSlide) -> str:
    if slide.readiness is None:
        return SlideWords.tr("No discharge plan yet")
    done, total = slide.readiness
    if total == 0:
        return SlideWords.tr("No readiness checklist yet")
    return fill_placeholders(SlideWords.tr("%1 of %2 ready"), number_text(done), number_text(total))


def discharge(slide: AudienceSlide) -> list[Paragraph]:
    if slide.readiness is None:
        return [("", readiness(slide))]
    paragraphs = [(SlideWords.tr("Checklist"), readiness(slide))]
    if slide.destination.strip():
        paragraphs.append((SlideWords.tr("Going to"), slide.destination))
    if slide.barriers.strip():
        paragraphs.append((SlideWords.tr("Barriers"), slide.barriers))
    return paragraphs


def owner(action: OpenAction) -> str:
    names = [discipline_label(action.owner_discipline)] if action.owner_discipline else []
    if action.owner:
        names.append(action.owner)
    return " · ".join(names) or SlideWords.tr("No owner")


def action_text(action: OpenAction, today: date) -> str:
    """Overdue in words, not colour alone: the room may not tell red from across it."""
    if action.due is None:
        return action.text
    if action.overdue:
        return fill_placeholders(
            SlideWords.tr("%1 — overdue: due %2"), action.text, short_date(action.due, today)
        )
    return fill_placeholders(
        SlideWords.tr("%1 — due %2"), action.text, short_date(action.due, today)
    )


def actions(slide: AudienceSlide, today: date) -> list[Paragraph]:
    found = [(owner(a), action_text(a, today)) for a in slide.open_actions]
    return found or [("", SlideWords.tr("No open actions."))]


def contingencies(slide: AudienceSlide) -> list[Paragraph]:
    found = [
        (
            SlideWords.tr("If"),
            fill_placeholders(
                SlideWords.tr("%1  →  %2"), _after(condition, "if"), _after(response, "then")
            ),
        )
        for condition, response in slide.contingencies
    ]
    return found or [("", SlideWords.tr("No if/then plans."))]


def _after(text: str, word: str) -> str:
    """The text without a leading "if"/"then" the lead and arrow already say."""
    first, _, rest = text.strip().partition(" ")
    return rest if first.lower().rstrip(",:") == word and rest else text.strip()

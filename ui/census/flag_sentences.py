"""The whole sentence of a safety flag — a badge's tooltip and what a screen reader
says for it — in the screens' language. The core's `flags(facts)` decides which flags
there are and words them in English for paper; the screen words them itself from the
same facts and the translated labels."""

from __future__ import annotations

from rounds_app.domain.safety import Resuscitation, SafetyItem
from rounds_app.services.safety_flags import Flag
from rounds_app.services.safety_views import AllergyView, SafetyFacts
from ui.common import date_words
from ui.common.widgets import fill_placeholders
from ui.common.words import Words
from ui.safety import fact_labels


class FlagSentences(Words):
    """The translators' context of these words."""


def flag_sentence(flag: Flag, facts: SafetyFacts) -> str:
    if flag.code.startswith("safety:"):
        return _check(facts, SafetyItem(flag.code.removeprefix("safety:")))
    decision = facts.resuscitation
    if flag.code == "dnacpr":
        said = fact_labels.resuscitation_label(Resuscitation.DNACPR)
        reference = decision.form_reference
        return fill_placeholders("%1 (%2)", said, reference) if reference else said
    if flag.code == "cpr_not_discussed":
        return fact_labels.resuscitation_label(decision.status)
    if flag.code == "ceiling":
        label = fact_labels.ceiling_label(decision.ceiling)
        return fill_placeholders(FlagSentences.tr("Ceiling: %1"), label)
    if flag.code == "allergies_not_asked":
        return FlagSentences.tr("Allergies not yet asked")
    if flag.code == "no_known_allergies":
        return _no_known(facts)
    if flag.code in ("allergy", "allergy_high"):
        listed = "; ".join(_allergy(allergy) for allergy in facts.allergies)
        return fill_placeholders(FlagSentences.tr("Allergies: %1"), listed)
    if flag.code == "not_assessed":
        items = [fact_labels.item_label(c.item) for c in facts.checks.values() if not c.assessed]
        return fill_placeholders(FlagSentences.tr("Not assessed: %1"), ", ".join(items))
    return flag.long  # a flag the screen does not know yet: the core's English


def _check(facts: SafetyFacts, item: SafetyItem) -> str:
    check = facts.checks[item]
    state = dict(fact_labels.item_states(item)).get(check.state, check.label)
    said = fill_placeholders("%1: %2", fact_labels.item_label(item), state)
    if check.days is not None:
        days = FlagSentences.tr("%Ln days", "", check.days)
        said = fill_placeholders("%1, %2", said, days)
    return fill_placeholders("%1: %2", said, check.detail) if check.detail else said


def _allergy(allergy: AllergyView) -> str:
    """ "Penicillin — anaphylaxis (severe, high risk)" """
    said = allergy.substance
    if allergy.reaction:
        said = fill_placeholders("%1 — %2", said, allergy.reaction)
    qualities = [fact_labels.allergy_severity_label(allergy.severity)] if allergy.severity else []
    if allergy.criticality:
        qualities.append(fact_labels.criticality_label(allergy.criticality))
    return fill_placeholders("%1 (%2)", said, ", ".join(qualities)) if qualities else said


def _no_known(facts: SafetyFacts) -> str:
    who, when = facts.no_known_recorded or (None, None)
    if who and when:
        template = FlagSentences.tr("No known allergies (recorded by %1 on %2)")
        return fill_placeholders(template, who, date_words.day(when))
    if when:
        template = FlagSentences.tr("No known allergies (recorded on %1)")
        return fill_placeholders(template, date_words.day(when))
    return FlagSentences.tr("No known allergies")

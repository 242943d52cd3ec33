"""Reading the ward: the census, the card, the ward's lists and the round's summary."""

from __future__ import annotations

from rounds_app.services import (
    audience,
    cards,
    census,
    contributions,
    insights,
    patient_card,
    proms,
    round_summary,
    wards,
)
from rounds_app.services.actor import Actor
from rounds_app.services.ward_model import actions as ward_actions
from rounds_app.services.ward_model import contingencies as ward_contingencies
from rounds_app.services.ward_model import facts as ward_facts
from rounds_app.services.ward_model import readiness as ward_readiness
from tests.storage.permission_matrix.rows import SENSITIVE, VIEW, Row, Shows, last_week, today

# reads the front of a card for complete_card's row, so that the row tests its own check
_READER = Actor.system("matrix")


ROWS: dict[str, Row] = {
    "services.census.ward_census": Row(
        VIEW, lambda s, a, w, x: census.ward_census(s, a, w.ward_id)
    ),
    "services.audience.audience_slides": Row(
        VIEW,
        lambda s, a, w, x: audience.audience_slides(s, a, w.ward_id, reveal_names=True),
        shows=Shows.TO_NOBODY,
    ),
    "services.patient_card.patient_card": Row(
        VIEW,
        lambda s, a, w, x: patient_card.patient_card(s, a, w.admissions[x]),
        shows=Shows.TO_ROLE,
    ),
    "services.card_front.card_front": Row(
        VIEW, lambda s, a, w, x: patient_card.card_front(s, a, w.admissions[x])
    ),
    "services.patient_card.complete_card": Row(
        VIEW,
        lambda s, a, w, x: patient_card.complete_card(
            s, a, patient_card.card_front(s, _READER, w.admissions[x])
        ),
        shows=Shows.TO_ROLE,
    ),
    "services.patient_card.current_contributions": Row(
        VIEW,
        lambda s, a, w, x: patient_card.current_contributions(s, a, ward_id=w.ward_id),
        shows=Shows.TO_ROLE,
    ),
    "services.patient_card.my_actions": Row(
        VIEW, lambda s, a, w, x: patient_card.my_actions(s, a, w.ward_id)
    ),
    "services.contributions.entry_history": Row(
        VIEW,
        lambda s, a, w, x: contributions.entry_history(s, a, w.entries[x]),
        sensitive_needs=SENSITIVE,
        shows=Shows.TO_ROLE,
    ),
    "services.cards.field_history": Row(
        VIEW, lambda s, a, w, x: cards.field_history(s, a, w.admissions[x], "hopes")
    ),
    "services.proms.prom_trend": Row(
        VIEW, lambda s, a, w, x: proms.prom_trend(s, a, w.admissions[x])
    ),
    "services.insights.insights": Row(
        VIEW, lambda s, a, w, x: insights.insights(s, a, w.ward_id, *last_week())
    ),
    "services.insights.card_elements": Row(
        VIEW, lambda s, a, w, x: insights.card_elements(s, a, w.ward_id)
    ),
    "services.ward_model.actions.open_actions": Row(
        VIEW, lambda s, a, w, x: ward_actions.open_actions(s, a, [w.admissions[x]], today())
    ),
    "services.ward_model.contingencies.active_contingencies": Row(
        VIEW,
        lambda s, a, w, x: ward_contingencies.active_contingencies(s, a, [w.admissions[x]]),
    ),
    "services.ward_model.readiness.readiness": Row(
        VIEW, lambda s, a, w, x: ward_readiness.readiness(s, a, [w.admissions[x]], today())
    ),
    "services.ward_model.facts.ward_facts": Row(
        VIEW, lambda s, a, w, x: ward_facts.ward_facts(s, a, [w.admissions[x]], today())
    ),
    "services.round_summary.running_round": Row(
        VIEW, lambda s, a, w, x: round_summary.running_round(s, a, w.ward_id)
    ),
    "services.round_summary.round_summary": Row(
        VIEW, lambda s, a, w, x: round_summary.round_summary(s, a, w.round_id)
    ),
    "services.wards.list_wards": Row(VIEW, lambda s, a, w, x: wards.list_wards(s, a)),
    "services.wards.list_beds": Row(VIEW, lambda s, a, w, x: wards.list_beds(s, a, w.ward_id)),
}

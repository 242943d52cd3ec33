"""Entries, actions, contingencies and outcomes."""

from __future__ import annotations

from rounds_app.domain.roles import Permission
from rounds_app.services import actions, contributions, proms
from tests.storage.permission_matrix.rows import Row, needs

ROWS: dict[str, Row] = {
    "services.contributions.add_contribution": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: contributions.add_contribution(
            s, a, w.admissions[x], text="Slept well", kind="update", sensitive=x
        ),
    ),
    "services.contributions.amend_contribution": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: contributions.amend_contribution(
            s, a, w.own_entry(a), text="Slept badly", reason="misheard", sensitive=x
        ),
    ),
    "services.actions.open_action": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: actions.open_action(
            s, a, w.admissions[x], text="Bloods", owner_discipline="nursing"
        ),
    ),
    "services.actions.close_action": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: actions.close_action(s, a, *w.open_action()),
    ),
    "services.actions.add_contingency": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: actions.add_contingency(
            s, a, w.admissions[x], condition="If", response="then"
        ),
    ),
    "services.actions.retire_contingency": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: actions.retire_contingency(s, a, *w.contingency()),
    ),
    "services.proms.record_prom": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: proms.record_prom(
            s, a, w.admissions[x], proms.PromEntry(3, 6, 2, "Going home")
        ),
    ),
}

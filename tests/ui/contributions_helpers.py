"""Signing in with drafts kept aside, the contributions tab inside a patient panel, its
rows as text, and an entry by the pharmacist: what the timeline tests share."""

from __future__ import annotations

from pathlib import Path

from rounds_app.domain.enums import ContributionKind
from rounds_app.drafts import DraftStore
from rounds_app.services import contributions, users
from rounds_app.storage.database import Database
from tests.ui.ward_data import CHARGE, PASSWORD
from ui.backend import Backend
from ui.contributions.contributions_view import ContributionsView
from ui.patient.patient_panel import PatientPanel


def sign_in(backend: Backend, drafts: Path, username: str = CHARGE) -> Backend:
    """Signs in; this user's drafts go to `drafts`, never to the real data folder."""
    backend.sign_in(username, PASSWORD)
    backend.drafts = lambda: DraftStore(drafts)  # type: ignore[method-assign]
    return backend


def mount(qtbot, backend: Backend, admission_id: int) -> tuple[PatientPanel, ContributionsView]:
    """The tab inside a real patient panel, so `saved` reloads the card as in the app."""
    panel = PatientPanel(backend)
    view = ContributionsView(backend)
    panel.add_tab(view, "Contributions")
    qtbot.addWidget(panel)
    panel.resize(900, 800)
    panel.show_admission(admission_id)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, view


def texts(view: ContributionsView) -> list[str]:
    return [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]


def by_pharmacist(db: Database, admission_id: int, text: str, **kwargs: object) -> int:
    with db.session() as s:
        pharmacist = users.authenticate(s, "pharm.lee", PASSWORD)
    with db.session() as s:
        return contributions.add_contribution(
            s, pharmacist, admission_id, text=text, kind=ContributionKind.RECOMMENDATION, **kwargs
        )

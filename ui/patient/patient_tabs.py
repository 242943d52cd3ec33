"""The tabs of the patient panel, in the order the ward reads them."""

from __future__ import annotations

from dataclasses import dataclass

from ui.actions.actions_view import ActionsView
from ui.backend import Backend
from ui.card.card_view import CardView
from ui.common.words import Words
from ui.contributions.contributions_view import ContributionsView
from ui.discharge import DischargeView
from ui.patient.patient_panel import PatientPanel
from ui.safety.safety_view import SafetyView


class TabNames(Words):
    """The translators' context of the tabs' names."""


@dataclass
class PatientTabs:
    card: CardView
    contributions: ContributionsView
    actions: ActionsView
    discharge: DischargeView
    safety: SafetyView


def mount_tabs(panel: PatientPanel, backend: Backend) -> PatientTabs:
    tabs = PatientTabs(
        CardView(backend),
        ContributionsView(backend),
        ActionsView(backend),
        DischargeView(backend),
        SafetyView(backend),
    )
    panel.add_front_tab(tabs.card, TabNames.tr("&Card"))
    panel.add_tab(tabs.contributions, TabNames.tr("C&ontributions"))
    panel.add_tab(tabs.actions, TabNames.tr("Actions && &if/then"))
    panel.add_tab(tabs.discharge, TabNames.tr("Disc&harge plan"))
    # Alt+Y: S, A, F and E already open the census search, Admin, File and Edit
    panel.add_tab(tabs.safety, TabNames.tr("Safet&y"))
    return tabs

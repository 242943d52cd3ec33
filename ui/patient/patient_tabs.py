"""The tabs of the patient panel, in the order the ward reads them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.actions.actions_view import ActionsView
from ui.backend import Backend
from ui.card.card_view import CardView
from ui.contributions.contributions_view import ContributionsView
from ui.discharge import DischargeView
from ui.patient.patient_panel import PatientPanel
from ui.safety.safety_view import SafetyView


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
    tr = QCoreApplication.translate
    panel.add_front_tab(tabs.card, tr("PatientTabs", "&Card"))
    panel.add_tab(tabs.contributions, tr("PatientTabs", "C&ontributions"))
    panel.add_tab(tabs.actions, tr("PatientTabs", "Actions && &if/then"))
    panel.add_tab(tabs.discharge, tr("PatientTabs", "Disc&harge plan"))
    # Alt+Y: S, A, F and E already open the census search, Admin, File and Edit
    panel.add_tab(tabs.safety, tr("PatientTabs", "Safet&y"))
    return tabs

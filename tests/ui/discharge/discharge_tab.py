"""The discharge tab inside a real patient panel, as the app mounts it, so a save
reloads the card there."""

from __future__ import annotations

from ui.backend import Backend
from ui.discharge import DischargeView
from ui.patient.patient_panel import PatientPanel


def open_discharge_tab(
    qtbot, backend: Backend, admission_id: int
) -> tuple[PatientPanel, DischargeView]:
    panel = PatientPanel(backend)
    view = DischargeView(backend)
    panel.add_tab(view, "Discharge plan")
    qtbot.addWidget(panel)
    panel.show()
    panel.show_admission(admission_id)
    return panel, view

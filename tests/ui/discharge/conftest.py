"""The discharge tests' fixture: the charge nurse's discharge tab for the first patient."""

from __future__ import annotations

import pytest

from tests.ui.discharge.discharge_tab import open_discharge_tab
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.discharge import DischargeView
from ui.patient.patient_panel import PatientPanel


@pytest.fixture
def tab(qtbot, backend: Backend, ward: WardData) -> tuple[PatientPanel, DischargeView]:
    backend.sign_in(CHARGE, PASSWORD)
    return open_discharge_tab(qtbot, backend, ward.admission_ids[0])

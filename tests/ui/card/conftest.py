"""The card tests' fixtures: drafts kept in the test's own folder, a charge nurse
signed in, and the first patient's card on screen."""

from __future__ import annotations

import pytest

from rounds_app import paths
from tests.ui.card.card_helpers import make_view
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.card.card_view import CardView


@pytest.fixture(autouse=True)
def drafts_in_tmp(tmp_path, monkeypatch) -> None:
    """Drafts go to the test's folder, never the real user data folder."""
    monkeypatch.setattr(paths, "data_dir", lambda: tmp_path / "data")


@pytest.fixture
def signed_in(backend: Backend, ward: WardData) -> Backend:
    backend.sign_in(CHARGE, PASSWORD)
    return backend


@pytest.fixture
def view(qtbot, signed_in: Backend, ward: WardData) -> CardView:
    return make_view(qtbot, signed_in, ward.admission_ids[0])

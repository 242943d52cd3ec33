"""What a census row's badges say, as the tests read them."""

from __future__ import annotations

from ui.census.census_badges import BadgesRole
from ui.census.census_model import CensusTableModel


def badge_words(model: CensusTableModel, row: int) -> list[str]:
    """The words of the row's badges under the patient's name (safety, then the ward's)."""
    return [badge.text for badge in model.index(row, CensusTableModel.COL_PATIENT).data(BadgesRole)]

"""The projector theme for one screen size: resources/qss/audience/projector.qss is in
px for a 1080-line screen, and every px value is scaled by the view's height, so the
room reads the same sizes on a 720p TV and a 4K projector. A view narrower than 4:3
(the ward-room view beside the docked console) scales by its width instead, so two
columns still fit."""

from __future__ import annotations

import re
from functools import cache

from rounds_app.resource_files import resource_path
from ui.shell.palette import themed

DESIGN_HEIGHT = 1080
DESIGN_NARROWEST = 1440  # 4:3 at 1080 lines: below this width, the width decides
_PX = re.compile(r"(\d+(?:\.\d+)?)px")


@cache
def _source() -> str:
    return themed(resource_path("qss", "audience", "projector.qss").read_text(encoding="utf-8"))


@cache
def projector_sheet(lines: int) -> str:
    """The theme scaled for `lines` (see effective_lines); a 1 px rule stays 1 px."""
    factor = lines / DESIGN_HEIGHT

    def scaled(match: re.Match[str]) -> str:
        value = float(match.group(1))
        return f"{max(1, round(value * factor)) if value else 0}px"

    return _PX.sub(scaled, _source())


def effective_lines(width: int, height: int) -> int:
    """The screen height the theme is scaled for: the height, or less on a narrow view."""
    return max(1, min(height, round(width * DESIGN_HEIGHT / DESIGN_NARROWEST)))


def scale(width: int, height: int) -> float:
    return effective_lines(width, height) / DESIGN_HEIGHT

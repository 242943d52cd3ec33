"""The named colours of resources/theme/palette.toml, for the stylesheets (`@token`,
substituted as a sheet is loaded) and for what Rounds paints itself (charts, trends,
badges), so one colour has one name and a change of colour is one line."""

from __future__ import annotations

import re
import tomllib
from functools import cache

from PySide6.QtGui import QColor

from rounds_app.resource_files import resource_path

_TOKEN = re.compile(r"@([a-z][a-z0-9_]*)")


@cache
def colours() -> dict[str, str]:
    with resource_path("theme", "palette.toml").open("rb") as file:
        table: dict[str, str] = tomllib.load(file)["colours"]
    return table


def hex_colour(name: str) -> str:
    """The colour as #RRGGBB, for rich text that names colours in its own markup."""
    return colours()[name]


def colour(name: str) -> QColor:
    return QColor(hex_colour(name))


def themed(sheet: str) -> str:
    """The stylesheet with every @token replaced by its colour; a token the palette does
    not name raises KeyError rather than leaving Qt a rule it would silently drop."""
    return _TOKEN.sub(lambda match: hex_colour(match.group(1)), sheet)

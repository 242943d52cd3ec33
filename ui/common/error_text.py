"""What the screens say when a service refuses: the error's fixed English template in
the user's language, with its values filled in (rounds_app.errors.RoundsError) — the
core's own phrases among them translated too, its quantities written the language's
way, its sentences translated in turn, the user's data as it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from rounds_app.errors import RoundsError
from ui.common.sentence_text import value_text
from ui.common.widgets import fill_placeholders


def error_text(error: BaseException) -> str:
    """A RoundsError translated (its templates are in the .ts files through
    ui/common/core_words.py); any other error as it describes itself."""
    if isinstance(error, RoundsError) and error.template:
        template = QCoreApplication.translate("ServiceErrors", error.template)
        values = [value_text(value) for value in error.values]
        return fill_placeholders(template, *values) if values else template
    return str(error)

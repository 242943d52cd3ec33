"""The fixed text of the patient's copy (headings, the sentences the app writes,
dates) in the patient's preferred language.

Every fixed string of the copy goes through `CopyLanguage.gettext` (or the renderer's
`heading`), so that message extraction finds it. Free text is never translated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rounds_app.reports.formats import local


@dataclass(frozen=True)
class CopyLanguage:
    locale: str  # a Babel locale identifier: "en", "es", "zh_Hans"…

    @property
    def translated(self) -> bool:
        """True when the copy's fixed text is in a language other than English, so
        headings carry the English alongside for staff to check."""
        return False

    @property
    def right_to_left(self) -> bool:
        return False

    def gettext(self, message: str) -> str:
        return message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return singular if n == 1 else plural

    def long_day(self, value: date) -> str:
        """Wednesday 3 April 2024."""
        return f"{value:%A} {value.day} {value:%B %Y}"

    def long_when(self, moment: datetime) -> str:
        """Wednesday 3 April 2024 at 10:30, local time."""
        moment = local(moment)
        return self.gettext("{day} at {time}").format(
            day=self.long_day(moment.date()), time=f"{moment:%H:%M}"
        )

    def review_banner(self) -> str | None:
        """The line that says the translation is not yet reviewed; None once it is."""
        return None

    def interpreter_line(self) -> str | None:
        """For a language with no catalog: that an interpreter can be arranged, in the
        patient's language where possible; None when the copy is in their language."""
        return None


def copy_language(preferred_language: str) -> CopyLanguage:
    """The copy's language for a patient's preferred language as the card holds it
    ("Spanish", "es", "Polski"…); English when none is known."""
    return CopyLanguage("en")

"""The fixed text of the patient's copy (headings, the sentences the app writes,
dates) in the patient's preferred language.

Every fixed string of the copy goes through `CopyLanguage.gettext` (or the renderer's
`heading`), so that message extraction finds it. Free text is never translated."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from gettext import NullTranslations
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_time
from babel.lists import format_list
from babel.numbers import format_decimal

from rounds_app.i18n import catalogs
from rounds_app.i18n.locales import locale_for, same_language
from rounds_app.reports.formats import local

ENGLISH = "en"
# English as a British ward writes it: "Wednesday, 3 April 2024", "10:30"
ENGLISH_FORMATS = "en_GB"
# the one line of the interpreter catalog (not in the copy's catalog, whose languages
# need no interpreter line)
INTERPRETER_LINE = "An interpreter can be arranged — ask your nurse."


def gettext_noop(message: str) -> str:
    """Marks a message for extraction where it is defined; translated where used."""
    return message


REVIEW_BANNER = gettext_noop(
    "This translation has not yet been reviewed by a qualified medical translator."
)


@dataclass(frozen=True)
class CopyLanguage:
    locale: str  # a Babel locale identifier: "en", "es", "zh_Hans"…
    catalog: NullTranslations = field(default_factory=NullTranslations, compare=False)
    # who reviewed the catalog, and when; None for English, which needs no review
    review: catalogs.Review | None = None
    # that an interpreter can be arranged, in the patient's language where a line
    # is shipped for it (then in English too); None when the copy is in their language
    interpreter: str | None = None

    @property
    def translated(self) -> bool:
        """True when the copy's fixed text is in a language other than English, so
        headings carry the English alongside for staff to check."""
        return self.locale != ENGLISH

    @property
    def right_to_left(self) -> bool:
        return Locale.parse(self.locale).character_order == "right-to-left"

    @property
    def _formats(self) -> str:
        return self.locale if self.translated else ENGLISH_FORMATS

    def gettext(self, message: str) -> str:
        return self.catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.catalog.ngettext(singular, plural, n)

    def number(self, value: float) -> str:
        return format_decimal(value, locale=self._formats)

    def listed(self, parts: list[str]) -> str:
        """ "a", "a and b", "a, b and c" — as the language joins a list."""
        return format_list(parts, locale=self._formats) if parts else ""

    def long_day(self, value: date) -> str:
        """Wednesday, 3 April 2024 — as the patient's language writes it."""
        return format_date(value, format="full", locale=self._formats)

    def long_when(self, moment: datetime) -> str:
        """Wednesday, 3 April 2024 at 10:30, local time."""
        moment = local(moment)
        return self.gettext("{day} at {time}").format(
            day=self.long_day(moment.date()),
            time=format_time(moment, format="short", locale=self._formats),
        )

    def review_banner(self) -> str | None:
        """The line that says the translation is not yet reviewed, in the language
        and in English; None once a review is recorded (and for English)."""
        if self.review is None or self.review.done:
            return None
        return f"{self.gettext(REVIEW_BANNER)}\n{REVIEW_BANNER}"

    def interpreter_line(self) -> str | None:
        """For a language with no catalog: that an interpreter can be arranged, in the
        patient's language where possible; None when the copy is in their language."""
        return self.interpreter


def copy_language(preferred_language: str, root: Path | None = None) -> CopyLanguage:
    """The copy's language for a patient's preferred language as the card holds it
    ("Spanish", "es", "Polski"…): its catalog where one is shipped (in `root`, the
    shipped translations by default); else English, with the interpreter line unless
    the patient's language is English or not recorded."""
    root = root or catalogs.translations_root()
    copies = catalogs.shipped(root, catalogs.COPY_DOMAIN)
    lines = catalogs.shipped(root, catalogs.INTERPRETER_DOMAIN)
    # a full catalog before an interpreter line, where a name could mean either
    wanted = locale_for(preferred_language, known=lines + copies)
    if not preferred_language.strip() or (wanted and Locale.parse(wanted).language == ENGLISH):
        return CopyLanguage(ENGLISH)
    offered = _matching(wanted, copies)
    if offered:
        path = catalogs.po_path(root, catalogs.COPY_DOMAIN, offered)
        return CopyLanguage(offered, catalogs.translations(path), catalogs.review_of(path))
    said = _matching(wanted, lines)
    if said is None:
        return CopyLanguage(ENGLISH, interpreter=INTERPRETER_LINE)
    line = catalogs.translations(catalogs.po_path(root, catalogs.INTERPRETER_DOMAIN, said))
    translated = line.gettext(INTERPRETER_LINE)
    return CopyLanguage(ENGLISH, interpreter=f"{translated}\n{INTERPRETER_LINE}")


def _matching(wanted: str | None, offered: tuple[str, ...]) -> str | None:
    if wanted is None:
        return None
    return next((code for code in offered if same_language(wanted, code)), None)

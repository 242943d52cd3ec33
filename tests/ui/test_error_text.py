"""A service's refusal reads in the screens' language, its values as they were given;
the core's own text of it stays English, for the command line and the logs."""

from __future__ import annotations

from rounds_app.errors import ValidationError
from ui.common.error_text import error_text
from ui.shell.language import install_language


def test_a_refusal_is_translated_with_its_values(qapp) -> None:
    error = ValidationError("The username '%1' is taken.", "anna.%2")
    assert str(error) == "The username 'anna.%2' is taken."
    assert error_text(error) == str(error)  # English: the same words
    installed = install_language("en_XA")
    try:
        assert error_text(error) == "[Ţĥé ûšéŕñàɱé 'anna.%2' îš ţàķéñ. ······]"
    finally:
        installed.uninstall()


def test_any_other_error_says_what_it_says(qapp) -> None:
    assert error_text(OSError("disk full")) == "disk full"

"""The rule of every column that holds user text: how long it may be, whether it may
hold line breaks, whether it may be empty. Each rule is declared once here; the model
column carries it (`info={"text": RULE}`), the services check input against it, and
every import (JSON, FHIR, CSV) checks what it will write against the same rule.

Single-line fields are the ones a screen shows in a row, a list or a heading — names,
identifiers, bed labels, short fields, the clinical one-liner, actions, reasons, a
medicine and why it changed. A line break there would break the row it is shown in, so
it is refused. Narrative fields (the card, contributions, barriers, warning signs,
whom to call, contingencies, review sections, what matters today) keep their lines."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from rounds_app.domain import limits
from rounds_app.errors import Phrase

# Control characters a keyboard does not type (NUL cannot even be stored by
# PostgreSQL; ESC and the C1 range drive terminals). Tab, line feed and carriage return
# are text; a line break is judged by the field's rule.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")

_ONE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")


class Fault(StrEnum):
    """What can be wrong with a text under its rule, in the order it is looked for."""

    CONTROL = "contains a control character"
    LINE_BREAK = "must be one line but holds a line break"
    EMPTY = "is empty"
    TOO_LONG = "is too long"
    NOT_A_CHOICE = "is not one of the choices"
    PATTERN = "is not in its form"


@dataclass(frozen=True)
class TextRule:
    """`label` names the field in a message ("Display name is empty.")."""

    label: Phrase
    limit: int
    required: bool = True
    multiline: bool = False
    # a closed list of values, for text the hospital record sends as a code
    choices: tuple[str, ...] = ()
    # the characters a value may be made of, and how a message says so: the end of a
    # sentence whose subject is the field
    pattern: re.Pattern[str] | None = None
    pattern_says: Phrase = Phrase("")

    def fault(self, value: str, *, required: bool | None = None) -> Fault | None:
        """What is wrong with `value` under this rule, or None. Surrounding space does
        not count, as it is trimmed on save."""
        cleaned = value.strip()
        if _CONTROL.search(value):
            return Fault.CONTROL
        if not self.multiline and _LINE_BREAK.search(cleaned):
            return Fault.LINE_BREAK
        if not cleaned:
            return Fault.EMPTY if (self.required if required is None else required) else None
        if len(cleaned) > self.limit:
            return Fault.TOO_LONG
        if self.choices and cleaned not in self.choices:
            return Fault.NOT_A_CHOICE
        if self.pattern is not None and not self.pattern.fullmatch(cleaned):
            return Fault.PATTERN
        return None

    def problem(self, value: str, *, required: bool | None = None) -> str | None:
        """The fault as the end of a sentence whose subject is the field ("is empty"),
        or None. Never quotes the value: it may be patient text."""
        match self.fault(value, required=required):
            case None:
                return None
            case Fault.TOO_LONG:
                return f"is {len(value.strip()):,} characters long; the limit is {self.limit:,}"
            case Fault.NOT_A_CHOICE:
                return f"must be one of: {', '.join(self.choices)}"
            case Fault.PATTERN:
                return self.pattern_says
            case fault:
                return fault.value


def folded(value: str) -> str:
    """`value` on one line: each line break becomes a space. Only for text written
    before single-line fields refused line breaks (an older export); new input with a
    line break in a single-line field is refused instead."""
    return _ONE_BREAK.sub(" ", value)


def _one_line(label: Phrase, limit: int, *, required: bool = True) -> TextRule:
    return TextRule(label, limit, required=required)


def _lines(label: Phrase, limit: int, *, required: bool = False) -> TextRule:
    return TextRule(label, limit, required=required, multiline=True)


# people and places
USERNAME = _one_line(Phrase("Username"), limits.USERNAME)
DISPLAY_NAME = _one_line(Phrase("Display name"), limits.NAME)
WARD_CODE = _one_line(Phrase("Ward code"), limits.IDENTIFIER)
WARD_NAME = _one_line(Phrase("Ward name"), limits.NAME)
BED_LABEL = _one_line(Phrase("Bed label"), limits.IDENTIFIER)

# the patient
MRN = _one_line(Phrase("MRN"), limits.IDENTIFIER)
OTHER_IDENTIFIERS = _lines(Phrase("Other identifiers"), 1000)  # one "system|value" per line
GIVEN_NAME = _one_line(Phrase("Given name"), limits.NAME)
FAMILY_NAME = _one_line(Phrase("Family name"), limits.NAME)
PREFERRED_NAME = _one_line(Phrase("Preferred name"), limits.NAME, required=False)
PRONOUNS = _one_line(Phrase("Pronouns"), limits.SHORT_TEXT, required=False)
# administrative gender as FHIR codes it; empty when the record did not say
GENDER = TextRule(
    Phrase("Gender"), 32, required=False, choices=("male", "female", "other", "unknown")
)
PREFERRED_LANGUAGE = _one_line(Phrase("Preferred language"), limits.SHORT_TEXT, required=False)
ONE_LINER = _one_line(Phrase("Clinical one-liner"), limits.ONE_LINER, required=False)

# the card, the timeline, actions
CARD_FIELD = _lines(Phrase("The card field"), limits.NARRATIVE_FIELD)
# the language a card field's text is written in; empty: the ward's language
TEXT_LANGUAGE = _one_line(Phrase("The language of the text"), limits.SHORT_TEXT, required=False)
CONTRIBUTION = _lines(Phrase("The entry"), limits.CONTRIBUTION, required=True)
# empty on an entry's first version; the service asks for one when amending
AMENDMENT_REASON = _one_line(Phrase("The reason for the amendment"), limits.REASON, required=False)
ACTION = _one_line(Phrase("The action"), limits.ACTION_TEXT)
CONTINGENCY_IF = _lines(Phrase("The 'if' of the contingency"), limits.LONG_TEXT, required=True)
CONTINGENCY_THEN = _lines(Phrase("The 'then' of the contingency"), limits.LONG_TEXT, required=True)

# the discharge plan
DESTINATION = _one_line(Phrase("Destination"), limits.SHORT_TEXT, required=False)
BARRIERS = _lines(Phrase("Barriers"), limits.LONG_TEXT)
WARNING_SIGNS = _lines(Phrase("Warning signs"), limits.LONG_TEXT)
WHOM_TO_CALL = _lines(Phrase("Whom to call"), limits.LONG_TEXT)
CHECKLIST_ITEM = _one_line(Phrase("The checklist item"), limits.SHORT_TEXT)
FOLLOW_UP_WITH = _one_line(Phrase("Who the follow-up is with"), limits.SHORT_TEXT)
FOLLOW_UP_WHERE = _one_line(Phrase("Where"), limits.SHORT_TEXT, required=False)
FOLLOW_UP_PURPOSE = _one_line(Phrase("Purpose"), limits.ACTION_TEXT, required=False)
MEDICATION_CHANGED = _one_line(Phrase("The medication"), limits.SHORT_TEXT)
MEDICATION_REASON = _one_line(Phrase("The plain-language reason"), limits.ACTION_TEXT)
# what the patient's copy says after hospital, written for the patient to read
WHY_IN_HOSPITAL = _lines(Phrase("Why you were in hospital"), limits.LONG_TEXT)
PENDING_TEST = _one_line(Phrase("The test"), limits.SHORT_TEXT)
RESULT_TOLD_BY = _one_line(Phrase("Who will tell the result"), limits.SHORT_TEXT)
CALL_NAME = _one_line(Phrase("The name or service to call"), limits.SHORT_TEXT)
# a number the patient dials: digits with the spaces, +, brackets and dashes people
# write in them; at least one digit
CALL_PHONE = TextRule(
    Phrase("The phone number"),
    40,
    pattern=re.compile(r"[0-9 +()\-]*[0-9][0-9 +()\-]*"),
    pattern_says=Phrase("may hold only digits, spaces, +, brackets and dashes"),
)
CALL_HOURS = _one_line(Phrase("The hours"), limits.SHORT_TEXT, required=False)
TEACH_BACK_TOPIC = _one_line(Phrase("What was taught"), limits.ACTION_TEXT)
TAUGHT_TO_NAME = _one_line(Phrase("Who was taught"), limits.NAME, required=False)
MEDICATION_DOSE = _one_line(Phrase("The dose"), limits.SHORT_TEXT, required=False)
MEDICATION_HOW = _one_line(Phrase("How and when to take it"), limits.ACTION_TEXT, required=False)
MEDICATION_PREVIOUS = _one_line(Phrase("The previous dose"), limits.ACTION_TEXT, required=False)
FOLLOW_UP_PHONE = _one_line(
    Phrase("The appointment's phone number"), limits.SHORT_TEXT, required=False
)
FOLLOW_UP_CONTACT = _one_line(
    Phrase("Who will contact the patient"), limits.SHORT_TEXT, required=False
)

# the patient's lists from the hospital record; `key` and `source` are written by the
# import itself, one line each
LIST_KEY = _one_line(Phrase("The key"), 300, required=False)
LIST_SOURCE = _one_line(Phrase("The source"), 300, required=False)
SUBSTANCE = _one_line(Phrase("The substance"), limits.SHORT_TEXT)
CRITICALITY = TextRule(
    Phrase("The criticality"), 32, required=False, choices=("low", "high", "unable-to-assess")
)
MEDICINE = _one_line(Phrase("The medicine"), limits.SHORT_TEXT)
DOSAGE = _one_line(Phrase("The dosage"), limits.ACTION_TEXT, required=False)
PROBLEM = _one_line(Phrase("The problem"), limits.LONG_TEXT)
CONTACT_NAME = _one_line(Phrase("The contact's name"), limits.NAME)
RELATIONSHIP = _one_line(Phrase("The relationship"), limits.SHORT_TEXT, required=False)
PHONE = _one_line(Phrase("The phone number"), limits.SHORT_TEXT, required=False)
TEAM_MEMBER = _one_line(Phrase("The team member's name"), limits.NAME)
TEAM_ROLE = _one_line(Phrase("The role"), limits.SHORT_TEXT, required=False)
REACTION = _one_line(Phrase("The reaction"), limits.SHORT_TEXT, required=False)
ALLERGY_SEVERITY = TextRule(
    Phrase("The severity"), 16, required=False, choices=("mild", "moderate", "severe")
)
ALLERGY_STATUS = TextRule(
    Phrase("The allergy's status"),
    16,
    required=False,
    choices=("active", "inactive", "resolved", "entered_in_error"),
)
ROUTE = _one_line(Phrase("The route"), limits.SHORT_TEXT, required=False)
FREQUENCY = _one_line(Phrase("How often"), limits.SHORT_TEXT, required=False)
LATIN_NAME = _one_line(Phrase("The name in Latin letters"), limits.NAME, required=False)

# safety facts (rounds_app.domain.safety)
DECIDED_BY = _one_line(Phrase("Who decided"), limits.SHORT_TEXT, required=False)
DISCUSSED_WITH = _one_line(Phrase("Whom it was discussed with"), limits.SHORT_TEXT, required=False)
FORM_REFERENCE = _one_line(Phrase("The form"), limits.SHORT_TEXT, required=False)
SAFETY_STATE = _one_line(Phrase("The state"), 32)
SAFETY_DETAIL = _one_line(Phrase("The detail"), limits.ACTION_TEXT, required=False)
# a saved state of a safety fact, as JSON written by Rounds from checked values
FACT_SNAPSHOT = _lines(Phrase("The saved state"), 20_000, required=True)

# patient-reported outcomes
WHAT_MATTERS_TODAY = _lines(Phrase("What matters today"), limits.ACTION_TEXT)
PROM_SOURCE = _one_line(Phrase("The source"), 32)

# reflective case reviews
REVIEW_TITLE = _one_line(Phrase("The title"), limits.SHORT_TEXT)
# discipline values, comma-separated
REVIEW_PARTICIPANTS = _one_line(Phrase("The participants"), limits.SHORT_TEXT, required=False)
REVIEW_SECTION = _lines(Phrase("The section"), limits.LONG_TEXT)
REVIEW_ACTION = _one_line(Phrase("The action"), limits.ACTION_TEXT)
REVIEW_ACTION_OWNER = _one_line(Phrase("Who follows it up"), limits.SHORT_TEXT)
REVIEW_AMENDMENT_REASON = _one_line(Phrase("The reason for the amendment"), limits.REASON)

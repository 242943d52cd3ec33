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

from rounds_app.domain import limits

# Control characters a keyboard does not type (NUL cannot even be stored by
# PostgreSQL; ESC and the C1 range drive terminals). Tab, line feed and carriage return
# are text; a line break is judged by the field's rule.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"[\n\r\u2028\u2029]")

_ONE_BREAK = re.compile(r"\r\n|[\n\r\u2028\u2029]")

HOLDS_CONTROL = "contains a control character"
HOLDS_LINE_BREAK = "must be one line but holds a line break"


@dataclass(frozen=True)
class TextRule:
    """`label` names the field in a message ("Display name is empty.")."""

    label: str
    limit: int
    required: bool = True
    multiline: bool = False
    # a closed list of values, for text the hospital record sends as a code
    choices: tuple[str, ...] = ()
    # the characters a value may be made of, and how a message says so
    pattern: re.Pattern[str] | None = None
    pattern_says: str = ""

    def problem(self, value: str, *, required: bool | None = None) -> str | None:
        """What is wrong with `value` under this rule, as the end of a sentence whose
        subject is the field ("is empty"), or None. Never quotes the value: it may be
        patient text. Surrounding space does not count, as it is trimmed on save."""
        cleaned = value.strip()
        if _CONTROL.search(value):
            return HOLDS_CONTROL
        if not self.multiline and _LINE_BREAK.search(cleaned):
            return HOLDS_LINE_BREAK
        if not cleaned:
            return "is empty" if (self.required if required is None else required) else None
        if len(cleaned) > self.limit:
            return f"is {len(cleaned):,} characters long; the limit is {self.limit:,}"
        if self.choices and cleaned not in self.choices:
            return f"must be one of: {', '.join(self.choices)}"
        if self.pattern is not None and not self.pattern.fullmatch(cleaned):
            return self.pattern_says
        return None


def folded(value: str) -> str:
    """`value` on one line: each line break becomes a space. Only for text written
    before single-line fields refused line breaks (an older export); new input with a
    line break in a single-line field is refused instead."""
    return _ONE_BREAK.sub(" ", value)


def _one_line(label: str, limit: int, *, required: bool = True) -> TextRule:
    return TextRule(label, limit, required=required)


def _lines(label: str, limit: int, *, required: bool = False) -> TextRule:
    return TextRule(label, limit, required=required, multiline=True)


# people and places
USERNAME = _one_line("Username", limits.USERNAME)
DISPLAY_NAME = _one_line("Display name", limits.NAME)
WARD_CODE = _one_line("Ward code", limits.IDENTIFIER)
WARD_NAME = _one_line("Ward name", limits.NAME)
BED_LABEL = _one_line("Bed label", limits.IDENTIFIER)

# the patient
MRN = _one_line("MRN", limits.IDENTIFIER)
OTHER_IDENTIFIERS = _lines("Other identifiers", 1000)  # one "system|value" per line
GIVEN_NAME = _one_line("Given name", limits.NAME)
FAMILY_NAME = _one_line("Family name", limits.NAME)
PREFERRED_NAME = _one_line("Preferred name", limits.NAME, required=False)
PRONOUNS = _one_line("Pronouns", limits.SHORT_TEXT, required=False)
# administrative gender as FHIR codes it; empty when the record did not say
GENDER = TextRule("Gender", 32, required=False, choices=("male", "female", "other", "unknown"))
PREFERRED_LANGUAGE = _one_line("Preferred language", limits.SHORT_TEXT, required=False)
ONE_LINER = _one_line("Clinical one-liner", limits.ONE_LINER, required=False)

# the card, the timeline, actions
CARD_FIELD = _lines("The card field", limits.NARRATIVE_FIELD)
# the language a card field's text is written in; empty: the ward's language
TEXT_LANGUAGE = _one_line("The language of the text", limits.SHORT_TEXT, required=False)
CONTRIBUTION = _lines("The entry", limits.CONTRIBUTION, required=True)
# empty on an entry's first version; the service asks for one when amending
AMENDMENT_REASON = _one_line("The reason for the amendment", limits.REASON, required=False)
ACTION = _one_line("The action", limits.ACTION_TEXT)
CONTINGENCY_IF = _lines("The 'if' of the contingency", limits.LONG_TEXT, required=True)
CONTINGENCY_THEN = _lines("The 'then' of the contingency", limits.LONG_TEXT, required=True)

# the discharge plan
DESTINATION = _one_line("Destination", limits.SHORT_TEXT, required=False)
BARRIERS = _lines("Barriers", limits.LONG_TEXT)
WARNING_SIGNS = _lines("Warning signs", limits.LONG_TEXT)
WHOM_TO_CALL = _lines("Whom to call", limits.LONG_TEXT)
CHECKLIST_ITEM = _one_line("The checklist item", limits.SHORT_TEXT)
FOLLOW_UP_WITH = _one_line("Who the follow-up is with", limits.SHORT_TEXT)
FOLLOW_UP_WHERE = _one_line("Where", limits.SHORT_TEXT, required=False)
FOLLOW_UP_PURPOSE = _one_line("Purpose", limits.ACTION_TEXT, required=False)
MEDICATION_CHANGED = _one_line("The medication", limits.SHORT_TEXT)
MEDICATION_REASON = _one_line("The plain-language reason", limits.ACTION_TEXT)
# what the patient's copy says after hospital, written for the patient to read
WHY_IN_HOSPITAL = _lines("Why you were in hospital", limits.LONG_TEXT)
PENDING_TEST = _one_line("The test", limits.SHORT_TEXT)
RESULT_TOLD_BY = _one_line("Who will tell the result", limits.SHORT_TEXT)
CALL_NAME = _one_line("The name or service to call", limits.SHORT_TEXT)
# a number the patient dials: digits with the spaces, +, brackets and dashes people
# write in them; at least one digit
CALL_PHONE = TextRule(
    "The phone number",
    40,
    pattern=re.compile(r"[0-9 +()\-]*[0-9][0-9 +()\-]*"),
    pattern_says="may hold only digits, spaces, +, brackets and dashes",
)
CALL_HOURS = _one_line("The hours", limits.SHORT_TEXT, required=False)
TEACH_BACK_TOPIC = _one_line("What was taught", limits.ACTION_TEXT)
TAUGHT_TO_NAME = _one_line("Who was taught", limits.NAME, required=False)
MEDICATION_DOSE = _one_line("The dose", limits.SHORT_TEXT, required=False)
MEDICATION_HOW = _one_line("How and when to take it", limits.ACTION_TEXT, required=False)
MEDICATION_PREVIOUS = _one_line("The previous dose", limits.ACTION_TEXT, required=False)
FOLLOW_UP_PHONE = _one_line("The appointment's phone number", limits.SHORT_TEXT, required=False)
FOLLOW_UP_CONTACT = _one_line("Who will contact the patient", limits.SHORT_TEXT, required=False)

# the patient's lists from the hospital record; `key` and `source` are written by the
# import itself, one line each
LIST_KEY = _one_line("The key", 300, required=False)
LIST_SOURCE = _one_line("The source", 300, required=False)
SUBSTANCE = _one_line("The substance", limits.SHORT_TEXT)
CRITICALITY = TextRule(
    "The criticality", 32, required=False, choices=("low", "high", "unable-to-assess")
)
MEDICINE = _one_line("The medicine", limits.SHORT_TEXT)
DOSAGE = _one_line("The dosage", limits.ACTION_TEXT, required=False)
PROBLEM = _one_line("The problem", limits.LONG_TEXT)
CONTACT_NAME = _one_line("The contact's name", limits.NAME)
RELATIONSHIP = _one_line("The relationship", limits.SHORT_TEXT, required=False)
PHONE = _one_line("The phone number", limits.SHORT_TEXT, required=False)
TEAM_MEMBER = _one_line("The team member's name", limits.NAME)
TEAM_ROLE = _one_line("The role", limits.SHORT_TEXT, required=False)
REACTION = _one_line("The reaction", limits.SHORT_TEXT, required=False)
ALLERGY_SEVERITY = TextRule(
    "The severity", 16, required=False, choices=("mild", "moderate", "severe")
)
ALLERGY_STATUS = TextRule(
    "The allergy's status",
    16,
    required=False,
    choices=("active", "inactive", "resolved", "entered_in_error"),
)
ROUTE = _one_line("The route", limits.SHORT_TEXT, required=False)
FREQUENCY = _one_line("How often", limits.SHORT_TEXT, required=False)
LATIN_NAME = _one_line("The name in Latin letters", limits.NAME, required=False)

# safety facts (rounds_app.domain.safety)
DECIDED_BY = _one_line("Who decided", limits.SHORT_TEXT, required=False)
DISCUSSED_WITH = _one_line("Whom it was discussed with", limits.SHORT_TEXT, required=False)
FORM_REFERENCE = _one_line("The form", limits.SHORT_TEXT, required=False)
SAFETY_STATE = _one_line("The state", 32)
SAFETY_DETAIL = _one_line("The detail", limits.ACTION_TEXT, required=False)
# a saved state of a safety fact, as JSON written by Rounds from checked values
FACT_SNAPSHOT = _lines("The saved state", 20_000, required=True)

# patient-reported outcomes
WHAT_MATTERS_TODAY = _lines("What matters today", limits.ACTION_TEXT)
PROM_SOURCE = _one_line("The source", 32)

# reflective case reviews
REVIEW_TITLE = _one_line("The title", limits.SHORT_TEXT)
# discipline values, comma-separated
REVIEW_PARTICIPANTS = _one_line("The participants", limits.SHORT_TEXT, required=False)
REVIEW_SECTION = _lines("The section", limits.LONG_TEXT)
REVIEW_ACTION = _one_line("The action", limits.ACTION_TEXT)
REVIEW_ACTION_OWNER = _one_line("Who follows it up", limits.SHORT_TEXT)
REVIEW_AMENDMENT_REASON = _one_line("The reason for the amendment", limits.REASON)

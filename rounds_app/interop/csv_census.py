"""Planning a CSV census import (the layout is docs/csv-census.md): every row is a
patient on the ward, admitted to the row's bed. Every row is checked before anything is
planned; any bad row refuses the file, listing every problem of every row by its number."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.fields import Fault, TextRule
from rounds_app.domain.roles import Permission
from rounds_app.domain.sentences import Lines, Sentence
from rounds_app.errors import ImportRefused, Phrase, Quantity
from rounds_app.interop import ward_state
from rounds_app.interop.plan import ImportPlan, PatientDetails, PlannedAdmission, PlannedPatient
from rounds_app.interop.reading import decode_text, read_bytes
from rounds_app.services.actor import Actor, require
from rounds_app.storage.base import TEXT_RULE
from rounds_app.storage.models import Bed, Patient
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)

COLUMNS = (
    "bed",
    "mrn",
    "family_name",
    "given_name",
    "preferred_name",
    "birth_date",
    "preferred_language",
    "interpreter_needed",
    "expected_discharge",
)
# each text column is held to the rule of the column it is written to
_RULES: dict[str, TextRule] = {
    "bed": Bed.__table__.c.label.info[TEXT_RULE],
    **{
        name: Patient.__table__.c[name].info[TEXT_RULE]
        for name in ("mrn", "family_name", "given_name", "preferred_name", "preferred_language")
    },
}
_YES = frozenset({"yes", "true", "1"})
_NO = frozenset({"no", "false", "0", ""})
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SHOWN_ERRORS = 50  # a file of thousands of bad rows still gives a readable message

Row = dict[str, str]
# a problem of one row, by the row's number; each is a whole sentence naming the row, so
# that a translation words it freely
Problem = tuple[int, Sentence]


def plan_csv_import(session: Session, actor: Actor, source: Path | str, ward_id: int) -> ImportPlan:
    require(actor, Permission.MANAGE_ADMISSIONS, Phrase("import a census"))
    label = str(source)
    text = decode_text(label, read_bytes(Path(source)), json_follows=False)
    rows, errors = _rows(label, text)
    today = utc_now().date()
    errors += _repeats(rows)
    state = ward_state.load(session, ward_id, (row["mrn"] for _, row in rows if row["mrn"]))
    patients = []
    # a row with a bad date is still checked against the ward, so one reading lists all
    for number, row in rows:
        planned = _plan_row(label, number, row, state)
        problems = _check(number, row, today) + (planned if isinstance(planned, list) else [])
        errors += problems
        if not problems and isinstance(planned, PlannedPatient):
            patients.append(planned)
    if errors:
        _refuse(label, errors)
    log.info("planned a CSV import: %d rows", len(patients))
    return ImportPlan("csv", (label,), ward_id, tuple(patients), ward_name=state.ward_name)


def _refuse(label: str, errors: list[Problem]) -> None:
    """ImportRefused listing `errors` by row (in the order found within a row). The
    numbers are written as they always were, without grouping: the command line's
    English stays as it is."""
    errors.sort(key=lambda problem: problem[0])
    shown = [sentence for _, sentence in errors[:_SHOWN_ERRORS]]
    if more := len(errors) - len(shown):
        shown.append(Sentence("… and %1 more", more))
    counted = Sentence("%1 problems", len(errors)) if len(errors) > 1 else Sentence("1 problem")
    raise ImportRefused("%1: %2; nothing was imported:\n%3", label, counted, Lines(shown))


def _rows(label: str, text: str) -> tuple[list[tuple[int, Row]], list[Problem]]:
    """(row number, cells by column) of each row that is not blank, and the rows with
    more cells than the header. The header is row 1, as a spreadsheet counts."""
    try:
        records = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as err:
        raise ImportRefused("%1 is not a readable CSV file (%2)", label, err) from None
    header = [cell.strip().casefold() for cell in records[0]] if records else []
    problems = []
    if missing := [c for c in COLUMNS if c not in header]:
        problems.append("missing " + ", ".join(missing))
    if unknown := [c for c in header if c not in COLUMNS]:
        problems.append("unknown " + ", ".join(unknown))
    if not problems and len(set(header)) != len(header):
        problems.append("a column is named twice")
    if problems:
        raise ImportRefused(
            "%1: the header row must name the columns %2, each once, in any order (%3)",
            label,
            ", ".join(COLUMNS),
            "; ".join(problems),
        )
    rows: list[tuple[int, Row]] = []
    too_wide: list[Problem] = []
    for number, cells in enumerate(records[1:], 2):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            too_wide.append(
                (number, Sentence("row %1: %2 cells, more than the header's", number, len(cells)))
            )
            continue
        # a spreadsheet drops empty cells at the end of a row
        cells = cells + [""] * (len(header) - len(cells))
        rows.append(
            (number, {name: cell.strip() for name, cell in zip(header, cells, strict=True)})
        )
    if not rows and not too_wide:
        raise ImportRefused("%1 has no patient rows", label)
    return rows, too_wide


def _check(number: int, row: Row, today: date) -> list[Problem]:
    # a row without a bed is admitted to the ward without one
    problems = [
        _fault(number, column, rule, row[column])
        for column, rule in _RULES.items()
        if (row[column] or column != "bed") and rule.fault(row[column])
    ]
    if row["interpreter_needed"].casefold() not in _YES | _NO:
        problems.append(
            Sentence("row %1: interpreter_needed must be yes, no, true, false, 1 or 0", number)
        )
    for column in ("birth_date", "expected_discharge"):
        if row[column] and _date(row[column]) is None:
            problems.append(Sentence("row %1: %2 is not a date (YYYY-MM-DD)", number, column))
    born = _date(row["birth_date"])
    if born is not None and born > today:
        problems.append(Sentence("row %1: birth_date is in the future", number))
    leaving = _date(row["expected_discharge"])
    if leaving is not None and leaving < today:
        problems.append(Sentence("row %1: expected_discharge is in the past", number))
    return [(number, problem) for problem in problems]


def _fault(number: int, column: str, rule: TextRule, value: str) -> Sentence:
    """What is wrong with a cell under its column's rule, in TextRule.problem's English."""
    match rule.fault(value):
        case Fault.CONTROL:
            return Sentence("row %1: %2 contains a control character", number, column)
        case Fault.LINE_BREAK:
            return Sentence("row %1: %2 must be one line but holds a line break", number, column)
        case Fault.EMPTY:
            return Sentence("row %1: %2 is empty", number, column)
        case Fault.TOO_LONG:
            return Sentence(
                "row %1: %2 is %3 characters long; the limit is %4",
                number,
                column,
                Quantity(len(value.strip())),
                Quantity(rule.limit),
            )
        case Fault.NOT_A_CHOICE:
            return Sentence(
                "row %1: %2 must be one of: %3", number, column, ", ".join(rule.choices)
            )
        case _:
            return Sentence("row %1: %2 %3", number, column, rule.pattern_says)


def _date(text: str) -> date | None:
    if not _DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _repeats(rows: list[tuple[int, Row]]) -> list[Problem]:
    errors = []
    for column in ("mrn", "bed"):
        first: dict[str, int] = {}
        for number, row in rows:
            value = row.get(column, "").casefold()
            if not value:
                continue
            if value in first:
                repeated = Sentence("row %1: %2 repeats row %3", number, column, first[value])
                errors.append((number, repeated))
            else:
                first[value] = number
    return errors


def _plan_row(
    label: str, number: int, row: Row, state: ward_state.WardState
) -> PlannedPatient | list[Problem]:
    """The row's patient as planned, or every reason the ward cannot take the row."""
    details = PatientDetails(
        mrn=row["mrn"],
        given_name=row["given_name"],
        family_name=row["family_name"],
        preferred_name=row["preferred_name"],
        date_of_birth=_date(row["birth_date"]),
        preferred_language=row["preferred_language"],
        interpreter_needed=row["interpreter_needed"].casefold() in _YES,
    )
    bed = state.bed([row["bed"]]) if row["bed"] else None
    problems: list[Sentence] = []
    if row["bed"] and bed is None and not _RULES["bed"].problem(row["bed"]):
        problems.append(
            Sentence("row %1: bed %2 is not a bed of %3", number, row["bed"], state.ward_name)
        )
    known = state.known.get(details.mrn)
    admitted = known is not None and known.admission_id is not None
    staying = admitted and known is not None and bed == known.bed_label
    if known is not None and admitted and known.ward_id != state.ward_id:
        problems.append(
            Sentence("row %1: patient %2 is admitted to %3", number, details.mrn, known.ward_name)
        )
    # beds taken in the database; two rows naming one bed are a repeat, listed as such
    elif bed is not None and not staying and bed in state.taken:
        problems.append(Sentence("row %1: bed %2 is occupied", number, bed))
    if problems:
        return [(number, problem) for problem in problems]
    leaving = _date(row["expected_discharge"])
    source = f"{label} row {number}"
    if known is not None and admitted:
        return PlannedPatient(
            details,
            True,
            source,
            move_to_bed=None if staying else bed,
            expected_discharge_date=leaving,
            current_bed=known.bed_label,
        )
    admission = PlannedAdmission(bed, utc_now(), leaving, reason=f"census row {number}")
    return PlannedPatient(details, known is not None, source, admission=admission)

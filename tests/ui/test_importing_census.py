"""Import census…: the plan is previewed before anything is written, Import applies it
in one go and the census reloads; a refused file is one line and writes nothing; the
preview's reasons and a refusal read in the screens' language."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from rounds_app.domain.sentences import Lines, Sentence
from rounds_app.errors import ImportRefused
from rounds_app.interop.csv_census import COLUMNS, plan_csv_import
from rounds_app.interop.fhir_import import plan_fhir_import
from rounds_app.interop.plan import ImportPlan
from rounds_app.storage.database import Database
from tests.interop.helpers import CENSUS, counts
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.backend import Backend
from ui.common.messages import Notice
from ui.importing import ImportActions
from ui.importing.census_files import CensusFileChooser
from ui.importing.import_preview import ImportPreviewDialog
from ui.shell.language import install_language
from ui.shell.main_menus import MENU_BAR

DATA = Path(__file__).resolve().parents[1] / "interop" / "data"
TIMEOUT_MS = 30_000


@pytest.fixture
def notices(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        Notice, "ask", classmethod(lambda cls, parent, title, text, *a: shown.append(text))
    )
    return shown


@pytest.fixture
def actions(qtbot, backend: Backend, ward: WardData) -> ImportActions:
    backend.sign_in(CHARGE, PASSWORD)
    parent = QWidget()
    qtbot.addWidget(parent)
    return ImportActions(backend, parent, lambda: ward.ward_id)


def _choose(monkeypatch, *files: Path) -> None:
    monkeypatch.setattr(CensusFileChooser, "ask", classmethod(lambda cls, parent: list(files)))


def _answer(monkeypatch, answer: bool) -> list[ImportPlan]:
    shown: list[ImportPlan] = []

    def ask(cls, parent, plan: ImportPlan) -> bool:
        shown.append(plan)
        return answer

    monkeypatch.setattr(ImportPreviewDialog, "ask", classmethod(ask))
    return shown


def test_the_preview_counts_what_will_be_created_updated_and_skipped(
    qtbot, qtmodeltester, backend: Backend, ward: WardData
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    plan = backend.call(plan_fhir_import, [CENSUS], ward.ward_id)
    dialog = ImportPreviewDialog(None, plan)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == [
        f"To create ({len(plan.to_create)})",
        "To update (0)",
        f"Skipped ({len(plan.skipped)})",
        f"Unresolved ({len(plan.unresolved)})",
    ]
    assert plan.to_create and plan.skipped and plan.unresolved
    assert f"{len(plan.to_create)} patients to create" in dialog.summary.text()
    assert "Nothing has been written yet" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    first = plan.to_create[0].details
    assert dialog.created.index(0, 0).data() == first.mrn
    assert dialog.skipped.index(0, 1).data() == str(plan.skipped[0].why)
    for model in (dialog.created, dialog.updated, dialog.skipped, dialog.unresolved):
        qtmodeltester.check(model)


def test_the_preview_says_where_each_patient_goes_and_when_they_leave(
    qtbot, tmp_path: Path, backend: Backend, ward: WardData
) -> None:
    census = tmp_path / "census.csv"
    census.write_text(
        "bed,mrn,family_name,given_name,preferred_name,birth_date,preferred_language,"
        "interpreter_needed,expected_discharge\n"
        "7B-01,7B0000,A,B,,,,no,2099-01-31\n"  # already in 7B-01
        "7B-03,7B0001,C,D,,,,no,\n"  # in 7B-02 now
        "7B-10,NEW-1,E,F,,,,no,2099-02-01\n",
        "utf-8",
    )
    backend.sign_in(CHARGE, PASSWORD)
    plan = backend.call(plan_csv_import, census, ward.ward_id)
    dialog = ImportPreviewDialog(None, plan)
    qtbot.addWidget(dialog)
    assert dialog.ward.text() == "Into: Acute Medicine"

    def row(model, mrn: str) -> tuple[str, str]:
        (found,) = [r for r in range(model.rowCount()) if model.index(r, 0).data() == mrn]
        return model.index(found, 3).data(), model.index(found, 4).data()

    assert row(dialog.updated, "7B0000") == ("stays in bed 7B-01", "set to 2099-01-31")
    assert row(dialog.updated, "7B0001") == ("moves from bed 7B-02 to bed 7B-03", "")
    assert row(dialog.created, "NEW-1") == ("bed 7B-10", "set to 2099-02-01")


def test_nothing_is_written_until_import_is_pressed(
    qtbot, actions: ImportActions, ui_db: Database, monkeypatch, notices
) -> None:
    _choose(monkeypatch, CENSUS)
    shown = _answer(monkeypatch, False)
    before = counts(ui_db)
    actions.run_import()
    assert not actions.actions["import.census"].isEnabled()  # one import at a time
    qtbot.waitUntil(lambda: actions.job is None, timeout=TIMEOUT_MS)
    assert len(shown) == 1 and shown[0].to_create
    assert counts(ui_db) == before
    assert notices == []


def test_import_applies_the_plan_and_the_census_reloads(
    qtbot, actions: ImportActions, ui_db: Database, monkeypatch, notices
) -> None:
    _choose(monkeypatch, CENSUS)
    shown = _answer(monkeypatch, True)
    before = counts(ui_db)
    with qtbot.waitSignal(actions.changed, timeout=TIMEOUT_MS):
        actions.run_import()
    created = len(shown[0].to_create)
    assert counts(ui_db)["patients"] == before["patients"] + created
    assert notices[0].startswith(f"Patients: {created} created, 0 updated")
    qtbot.waitUntil(lambda: actions.actions["import.census"].isEnabled())

    # the same census again: every patient is now an update
    with qtbot.waitSignal(actions.changed, timeout=TIMEOUT_MS):
        actions.run_import()
    assert len(shown[1].to_update) == created and not shown[1].to_create


def test_a_refused_file_is_one_line_and_writes_nothing(
    qtbot, actions: ImportActions, ui_db: Database, monkeypatch, notices
) -> None:
    _choose(monkeypatch, DATA / "dstu2-encounter-example.json")
    shown = _answer(monkeypatch, True)
    before = counts(ui_db)
    actions.run_import()
    qtbot.waitUntil(lambda: notices != [], timeout=TIMEOUT_MS)
    assert shown == []
    assert len(notices) == 1 and "\n" not in notices[0]
    assert "dstu2-encounter-example.json" in notices[0]
    assert counts(ui_db) == before


def test_a_csv_census_goes_alone(
    qtbot, actions: ImportActions, monkeypatch, notices: list[str]
) -> None:
    _choose(monkeypatch, CENSUS, DATA / "ward-census.csv")
    shown = _answer(monkeypatch, True)
    actions.run_import()
    assert shown == [] and actions.job is None
    assert notices == [
        "Choose FHIR files (.json), or one CSV census on its own; nothing was imported."
    ]


def test_only_roles_that_admit_and_edit_cards_may_import(
    qtbot, backend: Backend, ward: WardData
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    actions = ImportActions(backend, parent, lambda: ward.ward_id)
    assert not actions.actions["import.census"].isEnabled()  # nobody signed in
    backend.sign_in("pharm.lee", PASSWORD)  # a clinician: contributions, no admissions
    actions.update_enabled()
    assert not actions.actions["import.census"].isEnabled()
    backend.sign_in(CHARGE, PASSWORD)
    actions.update_enabled()  # what every menu does as it opens
    assert actions.actions["import.census"].isEnabled()
    assert actions.actions["import.census"].shortcut().toString() == "Ctrl+I"
    assert list(actions.actions) == ["import.census"]
    assert "import.census" in MENU_BAR[0].groups[0] and MENU_BAR[0].title == "&File"


# names, not words of a language
NAMES = {"Rounds", "FHIR"}


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    installed = install_language("es")
    yield
    installed.uninstall()


@pytest.fixture(params=["es", "de"])
def translated(qapp, request) -> Iterator[None]:
    installed = install_language(request.param)
    yield
    installed.uninstall()


def _english_words(text: str) -> set[str]:
    return {word for word in re.findall(r"[A-Za-z]{3,}", text) if word not in NAMES}


def _template_words(template: str) -> set[str]:
    """The English words of a template, without its values (the file's own codes)."""
    return _english_words(re.sub(r"%\d", " ", template))


def test_the_preview_says_why_each_resource_is_skipped_in_spanish(
    qtbot, backend: Backend, ward: WardData, spanish: None
) -> None:
    backend.sign_in(CHARGE, PASSWORD)
    plan = backend.call(plan_fhir_import, [CENSUS], ward.ward_id)
    dialog = ImportPreviewDialog(None, plan)
    qtbot.addWidget(dialog)
    assert dialog.skipped.rowCount() == len(plan.skipped) > 3
    for row, skipped in enumerate(plan.skipped):
        shown = dialog.skipped.index(row, 1).data()
        english = _template_words(skipped.why.template)
        assert shown and not _english_words(shown) & english, (shown, str(skipped.why))


def test_a_text_too_long_for_its_column_refuses_the_import_in_spanish(
    qtbot, actions: ImportActions, monkeypatch, notices: list[str], tmp_path: Path, spanish: None
) -> None:
    patient = {
        "resourceType": "Patient",
        "id": "p1",
        "identifier": [{"system": "urn:mrn", "value": "MRN-7001"}],
        "name": [{"family": "Ortega", "given": ["Lucía"]}],
    }
    condition = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p1"},
        "clinicalStatus": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                    "code": "active",
                }
            ]
        },
        "code": {"text": "x" * 5000},
    }
    bundle = {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": patient}, {"resource": condition}],
    }
    path = tmp_path / "long.json"
    path.write_text(json.dumps(bundle), "utf-8")
    _choose(monkeypatch, path)
    shown = _answer(monkeypatch, True)
    actions.run_import()
    qtbot.waitUntil(lambda: notices != [], timeout=TIMEOUT_MS)
    assert shown == [] and len(notices) == 1
    english = "column is characters long; the limit is; nothing was imported"
    assert not _english_words(notices[0]) & _english_words(english)


def test_what_an_import_did_is_said_in_spanish(
    qtbot, actions: ImportActions, monkeypatch, notices: list[str], spanish: None
) -> None:
    _choose(monkeypatch, CENSUS)
    _answer(monkeypatch, True)
    with qtbot.waitSignal(actions.changed, timeout=TIMEOUT_MS):
        actions.run_import()
    english = (
        "Patients created updated skipped admissions list entries goals of care written "
        "patient no current inpatient encounter so not admitted References left unresolved"
    )
    assert len(notices) == 1 and notices[0].startswith("Pacientes:")
    assert not _english_words(notices[0]) & _english_words(english)


def _templates(value: object) -> list[str]:
    """The English templates of a refusal and of every sentence filled into it."""
    if isinstance(value, ImportRefused | Sentence):
        return [value.template, *(t for v in value.values for t in _templates(v))]
    if isinstance(value, Lines):
        return [t for sentence in value.sentences for t in _templates(sentence)]
    return []


# the file's own words, which a translation keeps: its column names and yes/no values
CSV_CODES = re.compile("|".join([*COLUMNS, "yes, no, true, false"]))


def test_a_csv_census_with_bad_rows_is_refused_in_the_screens_language(
    qtbot,
    actions: ImportActions,
    backend: Backend,
    ward: WardData,
    monkeypatch,
    notices: list[str],
    tmp_path: Path,
    translated: None,
) -> None:
    census = tmp_path / "census.csv"
    rows = [
        "7B-01,NEW-1,Ortega,Lucía,,,,maybe,",  # bed taken; not yes or no
        "ZZ-99,NEW-2,,Ana,,2999-01-01,,no,2000-01-01",  # no such bed; empty; future; past
        "7B-10,NEW-1,Vidal,Eva,,1990-13-45,,no,",  # repeated MRN; not a date
        f"7B-11,{'9' * 200},Roca,Pau,,,,no,",  # too long
        "7B-12,NEW-5,Gil,Jon,,,,no,,one cell too many",
        *(f",NEW-{n},Sanz,Leo,,,,perhaps," for n in range(7, 70)),  # more than are listed
    ]
    census.write_text(",".join(COLUMNS) + "\n" + "\n".join(rows) + "\n", "utf-8")
    with pytest.raises(ImportRefused) as refused:
        backend.call(plan_csv_import, census, ward.ward_id)
    _choose(monkeypatch, census)
    shown = _answer(monkeypatch, True)
    actions.run_import()
    qtbot.waitUntil(lambda: notices != [], timeout=TIMEOUT_MS)
    assert shown == [] and len(notices) == 1
    english = str(refused.value)
    assert "and 23 more" in english and notices[0].count("\n") == english.count("\n")
    words = set().union(
        *(_template_words(CSV_CODES.sub(" ", t)) for t in _templates(refused.value))
    )
    told = CSV_CODES.sub(" ", notices[0].replace(str(census), " "))
    assert not _english_words(told) & words, notices[0]

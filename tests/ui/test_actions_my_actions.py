"""My actions across the ward: the table model, who sees which action, Done per row,
and going to the patient."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from rounds_app.domain.enums import ActionStatus, Discipline
from rounds_app.services import actions
from rounds_app.services.patient_card import WardActionView, my_actions, patient_card
from tests.ui.ward_data import CHARGE, PASSWORD, WardData
from ui.actions.my_actions import MyActionsDialog
from ui.actions.my_actions_model import MyActionsModel
from ui.backend import Backend

M = MyActionsModel


@pytest.fixture
def charge(backend: Backend, ward: WardData) -> Backend:
    """Signed in as the charge nurse (nursing). The ward has "Book follow-up" owned by
    nursing on admissions 1, 3, 5 and 7; this adds one for her by name, one for pharmacy
    (not hers) and an overdue one for nursing."""
    backend.sign_in(CHARGE, PASSWORD)
    ids = ward.admission_ids
    backend.call(
        actions.open_action, ids[0], text="Ring Λένα's son", owner_user_id=backend.actor.user_id
    )
    backend.call(actions.open_action, ids[2], text="Review warfarin", owner_discipline="pharmacy")
    backend.call(
        actions.open_action,
        ids[4],
        text="Swab the wound",
        owner_discipline=Discipline.NURSING,
        due=date.today() - timedelta(days=1),
    )
    return backend


@pytest.fixture
def dialog(qtbot, charge: Backend, ward: WardData) -> MyActionsDialog:
    widget = MyActionsDialog(None, charge, ward.ward_id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(dialog: MyActionsDialog, column: int = M.COL_ACTION) -> list[str]:
    return [dialog.model.index(r, column).data() for r in range(dialog.model.rowCount())]


def test_the_model_passes_the_model_tester(qtmodeltester, qapp, charge: Backend, ward) -> None:
    model = MyActionsModel()
    qtmodeltester.check(model)
    model.set_rows(charge.call(my_actions, ward.ward_id))
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_mine_and_my_disciplines_are_listed_soonest_due_first(
    dialog: MyActionsDialog, ward: WardData
) -> None:
    assert shown(dialog)[0] == "Swab the wound"  # overdue, so first
    assert sorted(shown(dialog)) == sorted(
        ["Swab the wound", "Ring Λένα's son"] + ["Book follow-up"] * 4
    )
    assert "Review warfarin" not in shown(dialog)
    me = shown(dialog).index("Ring Λένα's son")
    assert dialog.model.index(me, M.COL_OWNER).data() == "Mariam Haddad"
    assert dialog.model.index(me, M.COL_BED).data() == "7B-01"
    assert dialog.model.index(me, M.COL_PATIENT).data() == "Λένα Παπαδοπούλου"
    assert dialog.model.index(me, M.COL_DUE).data() == "No due date"
    assert dialog.model.index(me, M.COL_BED).data(M.AdmissionIdRole) == ward.admission_ids[0]
    overdue = dialog.model.index(0, M.COL_DUE)
    assert overdue.data().startswith("Overdue: due ")
    assert overdue.data(M.OverdueRole) is True
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()


def test_a_pharmacist_sees_only_pharmacys(qtbot, backend: Backend, charge: Backend, ward) -> None:
    backend.sign_in("pharm.lee", PASSWORD)
    dialog = MyActionsDialog(None, backend, ward.ward_id)
    qtbot.addWidget(dialog)
    assert shown(dialog) == ["Review warfarin"]
    assert dialog.model.index(0, M.COL_OWNER).data() == "Pharmacy"


def test_done_closes_the_action_and_it_leaves_the_list(
    dialog: MyActionsDialog, charge: Backend, ward: WardData
) -> None:
    before = dialog.model.rowCount()
    first: WardActionView = dialog.model.row(0)
    button = dialog.table.indexWidget(dialog.model.index(0, M.COL_DONE))
    assert button.text() == "Done"
    assert button.accessibleName() == "Mark done: Swab the wound"
    button.click()
    assert dialog.model.rowCount() == before - 1
    assert "Swab the wound" not in shown(dialog)
    closed = charge.call(patient_card, first.admission_id).actions
    assert [a.status for a in closed if a.id == first.action.id] == [ActionStatus.DONE]
    # every remaining row still has its own button
    assert all(
        dialog.table.indexWidget(dialog.model.index(r, M.COL_DONE)) is not None
        for r in range(dialog.model.rowCount())
    )


def test_a_row_closed_elsewhere_is_said_and_dropped(
    dialog: MyActionsDialog, charge: Backend
) -> None:
    first: WardActionView = dialog.model.row(0)
    charge.call(actions.close_action, first.action.id, first.action.version)
    dialog.table.indexWidget(dialog.model.index(0, M.COL_DONE)).click()
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("Someone else (Mariam Haddad) closed it already")
    assert "Swab the wound" not in shown(dialog)


def test_enter_goes_to_the_patient(qtbot, dialog: MyActionsDialog, ward: WardData) -> None:
    row = shown(dialog).index("Ring Λένα's son")
    dialog.table.setCurrentIndex(dialog.model.index(row, M.COL_ACTION))
    dialog.table.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.chosen == ward.admission_ids[0]


def test_ask_returns_the_admission_to_go_to(charge: Backend, ward: WardData, monkeypatch) -> None:
    def double_click_first_row(self: MyActionsDialog) -> int:
        self.table.activated.emit(self.model.index(0, M.COL_PATIENT))
        return self.result()

    monkeypatch.setattr(MyActionsDialog, "exec", double_click_first_row)
    assert MyActionsDialog.ask(None, charge, ward.ward_id) == ward.admission_ids[4]


def test_nothing_open_says_so(qtbot, backend: Backend, ward: WardData) -> None:
    backend.sign_in("pharm.lee", PASSWORD)
    dialog = MyActionsDialog(None, backend, ward.ward_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert not dialog.go_button.isEnabled()

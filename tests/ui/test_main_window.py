"""The main window assembles the census, menus and status bar, and signs out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QTableView

from rounds_app.services.actor import Actor
from tests.ui.ward_data import PASSWORD, WardData
from ui.access.sign_in_dialog import SignInDialog
from ui.backend import Backend
from ui.patient.patient_panel import WHOLE_CARD_EVENT
from ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, backend: Backend, ward: WardData) -> MainWindow:
    actor = backend.sign_in(ward.charge.username, PASSWORD)
    widget = MainWindow(backend, actor)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _menu(window: MainWindow, title: str) -> list[tuple[str, str]]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [(a.text(), a.shortcut().toString()) for a in menu.actions() if not a.isSeparator()]


def test_builds_with_the_census_and_status(window: MainWindow, backend: Backend) -> None:
    assert window.census.model.rowCount() == 8
    assert window.signed_in.text() == "Signed in as Mariam Haddad (charge nurse)"
    assert window.location.text() == backend.location
    assert backend.location.endswith("ui.sqlite3") and "sqlite:" not in backend.location


def test_menus_show_their_shortcuts(window: MainWindow) -> None:
    assert _menu(window, "&File") == [
        ("&Refresh", "F5"),
        ("&Import census…", "Ctrl+I"),
        ("&Lock screen", "Ctrl+L"),
        ("Sign &out…", ""),
        ("&Quit", "Ctrl+Q"),
    ]
    assert _menu(window, "&View") == [("&Find patient", "Ctrl+F"), ("&My actions…", "Ctrl+J")]
    assert _menu(window, "&Round") == [
        ("Start &round…", "Ctrl+R"),
        ("Move patient &up", "Ctrl+Shift+Up"),
        ("Move patient &down", "Ctrl+Shift+Down"),
        ("Case &reviews…", "Ctrl+Shift+R"),
        ("Rounds &insights…", "Ctrl+Shift+I"),
    ]
    edit = dict(_menu(window, "&Edit"))
    assert edit["A&mend…"] == "F2" and edit["Hi&story…"] == "Ctrl+H"
    assert edit["&Add entry"] == "Ctrl+Return"
    assert _menu(window, "W&ard")[0] == ("&Admit patient…", "Ctrl+Shift+A")


def test_every_menu_action_has_a_shortcut_or_is_rare(window: MainWindow) -> None:
    """Keyboard first: only signing out and the once-per-workstation downtime setting
    go without a shortcut."""
    rare = {"Sign &out…", "&Downtime printing…", "&About Rounds"}
    for menu_action in window.menuBar().actions():
        for item in menu_action.menu().actions():
            if not item.isSeparator() and item.text() not in rare:
                assert not item.shortcut().isEmpty(), item.text()


def test_quit_closes_the_window(qtbot, window: MainWindow) -> None:
    window.menu_actions["window.quit"].trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_every_label_is_plain_text_and_every_field_is_named(window: MainWindow) -> None:
    labels = window.findChildren(QLabel)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    for kind in (QLineEdit, QComboBox, QTableView):
        for control in window.findChildren(kind):
            # a date editor's inner line edit speaks through the date editor's name
            owner = (
                control.parentWidget()
                if isinstance(control.parentWidget(), QAbstractSpinBox)
                else control
            )
            assert owner.accessibleName(), control.objectName()


def test_sign_out_clears_the_screen_before_asking(
    window: MainWindow, backend: Backend, monkeypatch
) -> None:
    seen_while_asking: list[int] = []
    other = backend.sign_in("pharm.lee", PASSWORD)

    def ask(parent, backend, username=""):
        seen_while_asking.append(window.census.model.rowCount())
        return other

    monkeypatch.setattr(SignInDialog, "ask", ask)
    window.menu_actions["window.sign_out"].trigger()
    assert seen_while_asking == [0]
    assert window.actor == other
    assert window.signed_in.text() == "Signed in as Dr Sun-hee Lee (clinician)"
    assert window.census.model.rowCount() == 8


def test_sign_out_without_a_new_sign_in_closes(qtbot, window: MainWindow, monkeypatch) -> None:
    monkeypatch.setattr(SignInDialog, "ask", lambda parent, backend, username="": None)
    window.sign_out()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.census.model.rowCount() == 0


def test_names_with_placeholders_are_shown_as_typed(
    qtbot, backend: Backend, ward: WardData
) -> None:
    odd = Actor(ward.charge.user_id, "odd", "<i>%2 Ζωή</i>", ward.charge.role, None)
    widget = MainWindow(backend, odd)
    qtbot.addWidget(widget)
    assert widget.signed_in.text() == "Signed in as <i>%2 Ζωή</i> (charge nurse)"


def test_a_tab_is_filled_when_it_is_opened(window: MainWindow, ward: WardData) -> None:
    """Switching patients fills only the tab in view; the others catch up when opened,
    with the patient shown now (never one shown before)."""
    timeline = window.tabs.contributions.timeline.model()
    window.census.table.selectRow(1)
    window.census.table.selectRow(2)
    assert window.panel.tabs.currentWidget() is window.tabs.card
    assert timeline.rowCount() == 0
    window.panel.tabs.setCurrentWidget(window.tabs.contributions)
    card = window.panel.card
    assert card is not None and card.admission.id == window.census.selected_admission_id()
    assert len(card.contributions) == 2
    texts = [timeline.index(r, 0).data() for r in range(timeline.rowCount())]
    assert sorted(texts) == sorted(c.text for c in card.contributions)


def test_a_tab_opened_before_the_rest_is_read_is_filled_once(qapp, window: MainWindow) -> None:
    """Opening another tab right after a switch reads the rest of the card at once and
    fills that tab with it, once; the event posted for the rest then finds nothing
    left to do."""
    window.census.table.selectRow(1)
    chosen = window.census.selected_admission_id()
    assert chosen is not None and not window.panel.shows(chosen)
    resets: list[int] = []
    window.tabs.contributions.model.modelReset.connect(lambda: resets.append(1))
    window.panel.tabs.setCurrentWidget(window.tabs.contributions)
    assert window.panel.shows(chosen) and resets == [1]
    qapp.processEvents()  # delivers the event posted for the rest
    assert resets == [1]


def test_the_panel_says_which_patient_it_shows(qtbot, window: MainWindow) -> None:
    """`shows` is true once the chosen patient is in the header and the tab in view,
    and for nobody else (the switch benchmark waits on it)."""
    window.census.table.selectRow(0)
    first = window.census.selected_admission_id()
    window.census.table.selectRow(1)
    second = window.census.selected_admission_id()
    assert first is not None and second is not None and first != second
    qtbot.waitUntil(lambda: window.panel.shows(second))
    assert not window.panel.shows(first)
    window.panel.clear()
    assert not window.panel.shows(second)


def test_a_switch_paints_the_front_before_reading_the_rest(
    qtbot, window: MainWindow, ward: WardData
) -> None:
    """The header and the card tab show the new patient at once; the rest of the card
    is read only after the window has painted them."""
    seen: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.UpdateRequest:
                seen.append("paint")
            elif event.type() == WHOLE_CARD_EVENT:
                seen.append("rest")
            return False

    window.census.table.selectRow(0)
    qtbot.waitUntil(lambda: window.panel.shows(window.census.selected_admission_id() or 0))
    watch = Watch()
    window.installEventFilter(watch)
    window.panel.installEventFilter(watch)
    window.census.table.selectRow(1)
    chosen = window.census.selected_admission_id()
    assert chosen is not None and window.tabs.card.card is not None
    assert window.tabs.card.card.admission.id == chosen
    assert window.panel.facts is not None and window.panel.facts.admission_id == chosen
    assert not window.panel.shows(chosen) and seen == []
    qtbot.waitUntil(lambda: window.panel.shows(chosen))
    assert seen.index("paint") < seen.index("rest")
    window.removeEventFilter(watch)
    window.panel.removeEventFilter(watch)

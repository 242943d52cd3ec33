"""The main window: assembles the screens, the menus and the status bar. Each screen
lives in its own module; this file only wires them together — including the change
feed, the outage banner and the idle lock that covers everything."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rounds_app.feed import ChangeView
from rounds_app.services.actor import Actor
from rounds_app.subsystem_log import subsystem_logger
from ui.access.idle_lock import DEFAULT_LOCK_MS, IdleLock, LockScreen
from ui.access.sign_in_dialog import SignInDialog
from ui.actions.my_actions import MyActionsDialog
from ui.admin import AdminActions
from ui.backend import Backend
from ui.census.census_view import CensusView
from ui.common import window_size
from ui.common.severity_and_role_labels import role_label
from ui.common.widgets import fill_placeholders, plain_label
from ui.connection.live import ChangeFollower
from ui.connection.outage_banner import OutageBanner
from ui.downtime.workstation import DowntimeOnWorkstation
from ui.importing import ImportActions
from ui.insights.insights_actions import InsightsActions
from ui.menus import catalogue
from ui.menus.action_set import ActionSet
from ui.patient.patient_panel import PatientPanel
from ui.patient.patient_tabs import mount_tabs
from ui.printing import PrintActions
from ui.proms.prom_actions import PromActions
from ui.reviews.review_actions import ReviewActions
from ui.rounds.mode import RoundsMode
from ui.shell.about_dialog import AboutDialog
from ui.shell.main_menus import populate_menu_bar

log = subsystem_logger(__name__)


class MainWindow(QMainWindow):
    def __init__(
        self,
        backend: Backend,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        lock_after_ms: int = DEFAULT_LOCK_MS,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._actor = actor
        self._focus_before_lock: QWidget | None = None
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Rounds"))
        self.setMinimumSize(960, 600)

        self.census = CensusView(backend, actor)
        self.panel = PatientPanel(backend)
        self.panel.changed.connect(self.census.refresh)
        self.panel.failed.connect(self.statusBar().showMessage)
        self.census.admission_selected.connect(self.panel.show_admission)
        self.tabs = mount_tabs(self.panel, backend)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.census)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        # until the user drags the divider, the census gets the room its columns need
        self._divider_moved = False
        splitter.splitterMoved.connect(self._divider_dragged)
        self._build_central(splitter)

        self.follower = ChangeFollower(backend, self)
        self.follower.changed.connect(self._show_changes)
        self.follower.connection_lost.connect(self.banner.show_lost)
        self.follower.connection_restored.connect(self._reconnected)
        self.idle_lock = IdleLock(lock_after_ms, self)
        self.idle_lock.locked.connect(self.lock)

        self.admin = AdminActions(
            backend, self, self.census.ward_picker.currentData, self.census.selected_admission_id
        )
        self.admin.changed.connect(self.census.reload_wards)
        # a moved patient stays selected, so the panel would not reload by itself
        self.admin.changed.connect(self.panel.reload)
        self.printing = PrintActions(
            backend, self, self.census.ward_picker.currentData, self.census.selected_admission_id
        )
        self.census.admission_selected.connect(self.printing.update_enabled)
        self.importing = ImportActions(backend, self, self.census.ward_picker.currentData)
        self.importing.changed.connect(self.census.reload_wards)
        self.census.ward_picker.currentIndexChanged.connect(self._enable_for_role)
        self.census.ward_picker.currentIndexChanged.connect(self._follow_ward)
        self.census.wards_reloaded.connect(self._follow_ward)
        # the picker is silent while the wards load: a first ward enables its actions
        self.census.wards_reloaded.connect(self._enable_for_role)
        selected = self.census.selected_admission_id
        self.reviews = ReviewActions(backend, self, current_admission_id=selected)
        self.proms = PromActions(backend, self, current_admission_id=selected)
        self.proms.recorded.connect(lambda _admission: self.panel.reload())
        self.insights = InsightsActions(backend, self, self.census.ward_picker.currentData)
        self.rounds: RoundsMode | None = None
        self.own_actions = ActionSet(catalogue.WINDOW, self, self, backend, self._ready)
        self.downtime = DowntimeOnWorkstation(backend, self, self.banner)
        # every menu action by id: the registry the menu layout and the tests read
        self.menu_actions: dict[str, QAction] = {
            **self.own_actions,
            **self.census.menu_actions,
            **self.tabs.card.menu_actions,
            **self.tabs.contributions.menu_actions,
            **self.importing.actions,
            **self.proms.actions,
            **self.reviews.actions,
            **self.insights.actions,
            **self.printing.actions,
            **self.admin.actions,
            **self.downtime.actions,
        }
        populate_menu_bar(self.menuBar(), self.menu_actions, self._enable_for_role)

        self.signed_in = plain_label(name="signedIn")
        self.location = plain_label(backend.location, "databaseLocation")
        self.location.setToolTip(self.tr("Database location"))
        self.statusBar().addWidget(self.signed_in, 1)
        self.statusBar().addPermanentWidget(self.location)

        window_size.restore(self, "MainWindow", QSize(1400, 900))
        self._show_actor()
        self._enable_for_role()
        self.census.reload_wards()
        self._start_watching()
        self.downtime.start()

    def _build_central(self, content: QWidget) -> None:
        """The banner over a stack: the screens, or the lock screen covering them. A
        covered page is hidden, so nothing behind the lock is readable or reachable
        by Tab, and what is being typed there stays as it was."""
        self.banner = OutageBanner()
        self.lock_screen = LockScreen(self._backend)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.switch_user.connect(self._switch_user)
        self.pages = QStackedWidget()
        self.pages.setObjectName("mainPages")
        self.pages.addWidget(content)
        self.pages.addWidget(self.lock_screen)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._divider_moved:
            self._give_census_room()

    def _divider_dragged(self) -> None:
        self._divider_moved = True

    def _give_census_room(self) -> None:
        """Widens the census to show every column whole (the patient panel keeps at
        least its own minimum), when an even split leaves it too narrow — on a laptop."""
        total = sum(self.splitter.sizes())
        census = self.splitter.sizes()[0]
        room = total - self.panel.minimumSizeHint().width()
        wanted = min(self.census.fitting_width(), room)
        if total > 0 and census < wanted:
            self.splitter.blockSignals(True)  # not the user's drag
            self.splitter.setSizes([wanted, total - wanted])
            self.splitter.blockSignals(False)

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor
        self._show_actor()
        self.census.set_actor(actor)
        self._enable_for_role()

    def start_round(self) -> None:
        """Rounds mode for the ward on screen (or the round already running there)."""
        ward_id = self.census.ward_picker.currentData()
        if ward_id is None or self.rounds is not None:
            return
        self.rounds = RoundsMode.start(self._backend, ward_id, parent=self)
        if self.rounds is not None:
            self.menu_actions["window.start_round"].setEnabled(False)
            self.rounds.finished.connect(self._round_closed)
            # one lock for every window of the user: Ctrl+L or a password at either
            self.rounds.locking.lock_asked.connect(self.lock)
            self.rounds.locking.unlocked.connect(self._unlocked)
            self.rounds.locking.switch_user.connect(self._switch_user)

    def _round_closed(self) -> None:
        self.rounds = None
        self._enable_for_role()
        self.census.refresh()

    def _enable_for_role(self) -> None:
        """The one enabling pass over the menus' actions: what the signed-in role may
        do, and what each owner has on screen to do it with."""
        self.own_actions.update_enabled()
        self.downtime.actions.update_enabled()
        for part in (
            self.admin,
            self.printing,
            self.importing,
            self.reviews,
            self.proms,
            self.insights,
        ):
            part.update_enabled()

    def _ready(self, action_id: str) -> bool:
        # one round at a time from this window
        return action_id != "window.start_round" or self.rounds is None

    def show_about(self) -> None:
        """Help ▸ About: the version, the database in use and what Rounds ships."""
        AboutDialog(self, self._backend.location).exec()

    def show_my_actions(self) -> None:
        """Open actions of mine or my discipline across the ward; Done may close some,
        so the census refreshes whatever is chosen."""
        ward_id = self.census.ward_picker.currentData()
        if ward_id is None:
            return
        chosen = MyActionsDialog.ask(self, self._backend, ward_id)
        self.census.refresh()
        if chosen is not None:
            self.census.select_admission(chosen)

    @property
    def locked(self) -> bool:
        return self.pages.currentWidget() is self.lock_screen

    def lock(self) -> None:
        """Covers every patient detail until the same user signs in again; editors stay
        as they are underneath, unsaved text and all. Rounds mode locks with it."""
        if self.locked:
            return
        log.info("locked the screen of user id %s", self._actor.user_id)
        self._focus_before_lock = QApplication.focusWidget()
        self.idle_lock.stop()
        # nothing to choose behind the lock; disabled, not only hidden, silences the
        # menus' shortcuts (F5, Ctrl+Shift+Up …) even where the menu bar is native
        self.menuBar().hide()
        self.menuBar().setEnabled(False)
        self.statusBar().clearMessage()
        self.pages.setCurrentWidget(self.lock_screen)
        self.lock_screen.lock(self._actor)
        if self.rounds is not None:
            self.rounds.locking.lock()

    def _unlocked(self, actor: Actor) -> None:
        self._actor = actor
        self._uncover()
        focus = self._focus_before_lock
        if focus is not None and shiboken6.isValid(focus) and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _switch_user(self) -> None:
        """Someone else signs in at a locked screen: the view starts afresh for them.
        If nobody does, the screen stays locked. Rounds mode was this user's: it
        closes first, its time recorded as theirs (the round keeps running)."""
        self._close_rounds()
        actor = SignInDialog.ask(self, self._backend)
        if actor is None:
            return
        log.info("user id %s took over a locked screen", actor.user_id)
        self.census.clear()
        self.panel.clear()
        self.set_actor(actor)
        self._uncover()

    def _uncover(self) -> None:
        self.pages.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.menuBar().show()
        if self.rounds is not None:
            self.rounds.locking.unlock()
        self.idle_lock.start()

    def _close_rounds(self) -> None:
        if self.rounds is not None:
            self.rounds.close()

    def _show_changes(self, changes: list[ChangeView]) -> None:
        """Saved here or on another workstation: the census and the open card show it
        (tabs keep what is being typed). No ward id means anything may have changed."""
        ward_id = self.census.ward_picker.currentData()
        if any(c.ward_id is None or c.ward_id == ward_id for c in changes):
            self.census.refresh()
        shown = self.panel.admission_id
        if shown is not None and any(c.ward_id is None or c.admission_id == shown for c in changes):
            self.panel.reload()

    def _follow_ward(self) -> None:
        """The feed brings the ward on screen's changes (and those of no ward): a
        hospital's workstations are not woken by every ward's saves."""
        self.follower.follow_ward(self.census.ward_picker.currentData())

    def _reconnected(self) -> None:
        # everything afresh: the census may still show a failed refresh, and a follower
        # that started while the database was away knows no change from before
        self.banner.show_restored()
        self.census.refresh()
        self.panel.reload()

    def _start_watching(self) -> None:
        self.follower.start()
        self.idle_lock.start()

    def _stop_watching(self) -> None:
        self.follower.stop()
        self.idle_lock.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_watching()
        # a worker thread destroyed while running would abort the whole app
        self.printing.stop()
        self.importing.stop()
        self.downtime.stop()
        super().closeEvent(event)

    def sign_out(self) -> None:
        """Clears the screen, then asks who signs in next; closes when nobody does."""
        log.info("signed out user id %s", self._actor.user_id)
        self._close_rounds()
        self._stop_watching()
        self.census.clear()
        self.panel.clear()
        self._backend.sign_out()
        self.signed_in.clear()
        actor = SignInDialog.ask(self, self._backend)
        if actor is None:
            self.close()
        else:
            self.set_actor(actor)
            self._start_watching()

    def _show_actor(self) -> None:
        self.signed_in.setText(
            fill_placeholders(
                self.tr("Signed in as %1 (%2)"),
                self._actor.display_name,
                role_label(self._actor.role),
            )
        )

"""Where the two views go. With a second screen (the projector or TV), the ward-room view
fills it and the console has a window of its own on the laptop; with one screen, the
console is a panel beside the ward-room view that F2 hides and shows. The console's
screen picker moves the ward-room view to any screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QScreen
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from ui.common import window_size
from ui.common.widgets import fill_placeholders, number_text
from ui.rounds.audience_view import AudienceView
from ui.rounds.console import Console

DOCKED_CONSOLE = 0.34  # of the window's width, beside the ward-room view
DOCKED_MIN, DOCKED_MAX = 560, 720  # px: room for the console, and no more
# the ward-room view keeps at least this share of a narrow screen, so its text stays
# readable from across the room without running to page after page
ROOM_SHARE_MIN = 0.6


def docked_console_width(screen_width: int) -> int:
    """The console's width beside the ward-room view on a screen this wide."""
    console = max(DOCKED_MIN, min(DOCKED_MAX, round(screen_width * DOCKED_CONSOLE)))
    return min(console, round(screen_width * (1 - ROOM_SHARE_MIN)))


def projector_for(screens: list[QScreen], laptop: QScreen | None) -> QScreen | None:
    """The screen for the ward-room view: the first one that is not the laptop's; None
    when there is only one."""
    return next((s for s in screens if s is not laptop), None) if len(screens) > 1 else None


class _Window(QWidget):
    """A rounds window: closing it asks the round first (Esc's question), unless the
    round is over."""

    close_asked = Signal()

    def __init__(self, name: str, title: str, actions: list[QAction]) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.addActions(actions)  # the round's keys work whichever window has focus
        self.may_close = False
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close:
            event.accept()
        else:
            event.ignore()
            self.close_asked.emit()


class Stage(QObject):
    close_asked = Signal()
    placed = Signal()  # docked or undocked: whether the room can see the console changed

    def __init__(
        self,
        audience: AudienceView,
        console: Console,
        actions: list[QAction],
        laptop: QScreen | None,
    ) -> None:
        super().__init__()
        self._audience = audience
        self._console = console
        self._laptop = laptop or QGuiApplication.primaryScreen()
        self._screens: list[QScreen] = []
        self._projector: QScreen | None = None  # None: one screen, the console beside
        self.room = _Window("roundsRoom", self.tr("Rounds — ward-room screen"), actions)
        self.desk = _Window("roundsDesk", self.tr("Rounds — console"), actions)
        laptop_area = self._laptop.availableGeometry()
        # the console's own window opens filling the laptop, or as it was last left
        window_size.restore(self.desk, "RoundsConsole", laptop_area.size(), laptop_area)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("roundsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(audience)
        self.room.layout_.addWidget(self.splitter)
        for window in (self.room, self.desk):
            window.close_asked.connect(self.close_asked)
        console.screen_picker.activated.connect(self._picked)

    @property
    def docked(self) -> bool:
        return self._console.parent() is self.splitter

    def show(self) -> None:
        self._fill_picker()
        self.place(projector_for(self._screens, self._laptop))
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screens_changed)

    def _fill_picker(self) -> None:
        self._screens = list(QGuiApplication.screens())
        picker = self._console.screen_picker
        picker.clear()
        picker.addItem(self.tr("This screen, beside the console"), None)
        for number, screen in enumerate(self._screens, start=1):
            if screen is not self._laptop:
                size = screen.size()
                label = fill_placeholders(
                    self.tr("Screen %1: %2 (%3×%4)"),
                    number_text(number),
                    screen.name(),
                    number_text(size.width()),
                    number_text(size.height()),
                )
                picker.addItem(label, number - 1)

    def _screens_changed(self, screen: QScreen) -> None:
        """A projector plugged in or out: the picker lists what is there now, and the
        ward-room view comes back beside the console if its screen went away."""
        lost = screen is self._projector
        self._fill_picker()
        if lost or screen is self._laptop:
            self._laptop = QGuiApplication.primaryScreen()
            self.place(None)
        else:
            self._select_in_picker(self._projector)

    def place(self, projector: QScreen | None) -> None:
        """The ward-room view full screen on `projector` with the console in its own
        window, or (None) both in one window with the console beside."""
        self._projector = projector
        if projector is None:
            self.desk.hide()
            self.splitter.addWidget(self._console)
            width = max(self._laptop.availableGeometry().width(), 1)
            console = docked_console_width(width)
            self.splitter.setSizes([width - console, console])
            self._console.show()
            self._full_screen(self.room, self._laptop)
        else:
            self.desk.layout_.addWidget(self._console)
            self._console.show()
            window_size.fit(self.desk, self._laptop.availableGeometry())
            self.desk.show()
            self._full_screen(self.room, projector)
            self.desk.activateWindow()  # the clicker's keys go to the facilitator's window
        self._select_in_picker(projector)
        self.placed.emit()

    def _select_in_picker(self, projector: QScreen | None) -> None:
        number = self._screens.index(projector) if projector in self._screens else None
        picker = self._console.screen_picker
        picker.setCurrentIndex(max(picker.findData(number), 0))

    def toggle_console(self) -> None:
        """F2: hides or shows the docked console; with two screens, brings the
        console's window forward."""
        if self.docked:
            self._console.setVisible(self._console.isHidden())
        else:
            self.desk.raise_()
            self.desk.activateWindow()

    def reveal_console(self) -> None:
        if self.docked and self._console.isHidden():
            self._console.show()

    def close(self) -> None:
        app = QGuiApplication.instance()
        app.screenAdded.disconnect(self._screens_changed)
        app.screenRemoved.disconnect(self._screens_changed)
        for window in (self.room, self.desk):
            window.may_close = True
            window.close()
            window.deleteLater()

    def _picked(self, index: int) -> None:
        number = self._console.screen_picker.itemData(index)
        self.place(None if number is None else self._screens[number])

    @staticmethod
    def _full_screen(window: QWidget, screen: QScreen) -> None:
        window.setScreen(screen)
        window.setGeometry(screen.geometry())
        window.showFullScreen()

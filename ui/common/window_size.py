"""Window sizes that fit the screen and are remembered.

Every top-level window and dialog calls `restore()` once it is built: it opens at the
size the user last left it (or its default), never larger than the screen's available
area, and centred in it. The size is saved whenever the window is hidden, which is
what both closing a window and ending a dialog do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget

# The title bar and borders a window manager adds around the client area: the size we
# set excludes them, and the whole frame has to fit on the screen.
FRAME_ALLOWANCE = QSize(16, 40)


def _settings_key(key: str) -> str:
    return f"windows/{key}/size"


class _SizeKeeper(QObject):
    """Remembers the window's key and default size, and saves its size on hiding.

    It follows the size from the window's resize events and never calls the window
    itself from its filter: Qt sends a window one more Hide while destroying it, when
    its Python side may be half gone."""

    def __init__(self, widget: QWidget, key: str, default: QSize) -> None:
        super().__init__(widget)
        self.setObjectName("windowSizeKeeper")
        self.key = key
        self.default = default
        self._size: QSize | None = None  # as the last resize event left it
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Resize:
            self._size = QSize(event.size())  # type: ignore[attr-defined]
        elif event.type() == QEvent.Type.Hide and self._size is not None:
            QSettings().setValue(_settings_key(self.key), self._size)
        return False

    def fit(self, widget: QWidget, available: QRect) -> None:
        remembered = QSettings().value(_settings_key(self.key))
        wanted = remembered if isinstance(remembered, QSize) and remembered.isValid() else None
        room = available.size() - FRAME_ALLOWANCE
        size = (wanted or self.default).boundedTo(room)
        # never below what the window needs to work; windows keep that minimum small
        size = size.expandedTo(widget.minimumSizeHint().boundedTo(room))
        size = size.expandedTo(widget.minimumSize())
        widget.resize(size)
        outer = size + FRAME_ALLOWANCE  # move() places the frame, not the client area
        top_left = available.center() - QRect(0, 0, outer.width(), outer.height()).center()
        top_left.setX(max(available.left(), top_left.x()))
        top_left.setY(max(available.top(), top_left.y()))
        widget.move(top_left)


def screen_area(widget: QWidget) -> QRect:
    """The available area of the screen the widget (or its parent) is on."""
    owner = widget.parentWidget() or widget
    return owner.screen().availableGeometry()


def restore(
    widget: QWidget, key: str, default: QSize | None = None, available: QRect | None = None
) -> None:
    """Sizes `widget` to its remembered size (else `default`, else its size hint),
    shrunk to fit `available` (the widget's screen unless given), and keeps the size
    the user leaves it at under `key`."""
    keeper = _SizeKeeper(widget, key, default if default is not None else widget.sizeHint())
    keeper.fit(widget, available if available is not None else screen_area(widget))


def fit(widget: QWidget, available: QRect) -> None:
    """Fits a window already set up by `restore()` into another area — another
    screen, or a smaller one."""
    keeper = widget.findChild(
        _SizeKeeper, "windowSizeKeeper", Qt.FindChildOption.FindDirectChildrenOnly
    )
    if keeper is None:
        raise ValueError("the window's size was never restored")
    keeper.fit(widget, available)


class FittingScrollArea(QScrollArea):
    """A scroll area that asks for its whole content's size, so a form opens at its
    natural size where the screen has room, and scrolls only where it has not."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(content)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        content = self.widget().sizeHint()
        margin = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content.width() + margin + bar, content.height() + margin)

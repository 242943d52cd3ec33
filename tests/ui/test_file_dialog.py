"""The file dialog under the app's stylesheet: its toolbar icons show (not as dots),
and it opens within the screen at the size it was last left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog, QToolButton

from tests.ui.screens import LAPTOP, MONITOR, fits
from ui.common import window_size
from ui.common.file_dialogs import DEFAULT_SIZE, file_dialog

# a 16 px stock icon drawn whole colours well over this many pixels; squeezed into
# the padding of a text button it is a dot of two or three
VISIBLE_PIXELS = 24
BORDER = 3  # px: the button's frame and rounded corners, not its icon


def _open_dialog(qtbot, tmp_path) -> QFileDialog:
    dialog = file_dialog(
        None, "Import census", str(tmp_path), [], QFileDialog.FileMode.ExistingFiles
    )
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, the one styled
    qtbot.addWidget(dialog)
    return dialog


def _pixels_unlike_background(image: QImage) -> int:
    """Pixels inside the button's border that stand out from its face."""
    inside = image.copy(image.rect().adjusted(BORDER, BORDER, -BORDER, -BORDER))
    face = QColor(inside.pixel(0, inside.height() // 2))
    differing = 0
    for y in range(inside.height()):
        for x in range(inside.width()):
            colour = QColor(inside.pixel(x, y))
            distance = sum(
                abs(a - b) for a, b in zip(colour.getRgb()[:3], face.getRgb()[:3], strict=True)
            )
            differing += distance > 96
    return differing


@pytest.mark.usefixtures("styled")
def test_the_toolbar_icons_render_visibly(qtbot, tmp_path) -> None:
    dialog = _open_dialog(qtbot, tmp_path)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = [b for b in dialog.findChildren(QToolButton) if b.isVisible() and b.autoRaise()]
    names = {b.objectName() for b in buttons}
    assert {"backButton", "toParentButton", "newFolderButton", "detailModeButton"} <= names
    for button in buttons:
        assert not button.icon().isNull(), button.objectName()
        drawn = _pixels_unlike_background(button.grab().toImage())
        assert drawn >= VISIBLE_PIXELS, (button.objectName(), drawn)


@pytest.mark.parametrize("area", [LAPTOP, MONITOR], ids=["1366x768", "1920x1080"])
def test_it_opens_within_the_screen_and_reopens_at_the_size_it_was_left(
    qtbot, tmp_path, area: QRect
) -> None:
    first = _open_dialog(qtbot, tmp_path)
    window_size.fit(first, area)
    first.show()
    qtbot.waitExposed(first)
    assert fits(first, area)
    assert first.size() == DEFAULT_SIZE.boundedTo(area.size() - window_size.FRAME_ALLOWANCE)
    first.resize(800, 500)
    first.hide()
    again = _open_dialog(qtbot, tmp_path)
    window_size.fit(again, area)
    assert again.size() == QSize(800, 500)

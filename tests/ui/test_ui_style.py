"""The stylesheets parse, find their icons, and bundled fonts load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QFile
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLineEdit,
    QProxyStyle,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.access.sign_in_dialog import SignInDialog
from ui.backend import Backend
from ui.shell import style
from ui.shell.main_window import MainWindow

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


class _DesktopWithButtonIcons(QProxyStyle):
    """The hint desktop themes such as GNOME give: stock icons on dialog buttons."""

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:  # noqa: N802
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, returnData)


def test_every_qss_file_is_loaded_in_name_order() -> None:
    sheet = style.load_stylesheet()
    assert sheet.index("Rounds base theme") < sheet.index("QTableView#censusTable")


def test_the_ward_room_theme_is_left_to_the_audience_view() -> None:
    # the audience view loads it scaled to its own height; app-wide it would be read twice
    sheet = style.load_stylesheet()
    assert "#audienceView" not in sheet
    assert "@" not in sheet  # every colour token was filled in


@pytest.mark.usefixtures("styled")
def test_the_styled_windows_build_without_qt_warnings(qtbot, backend: Backend, ward) -> None:
    # a stylesheet that fails to parse makes Qt warn, and a warning fails the test
    window = MainWindow(backend, ward.charge)
    dialog = SignInDialog(window, backend)
    qtbot.addWidget(window)
    window.show()
    dialog.show()
    qtbot.waitExposed(dialog)
    assert QFile.exists("icons:chevron-down.svg")
    assert window.census.table.font().pointSizeF() >= 14
    assert dialog.font().pointSizeF() >= 11


def test_bundled_fonts_are_registered(qapp, tmp_path: Path, monkeypatch) -> None:
    # the font database needs an application, whichever test a worker runs first
    if not DEJAVU.is_file():
        pytest.skip("DejaVu Sans is not installed here")
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    shutil.copy(DEJAVU, fonts / "DejaVuSans.ttf")
    (fonts / "README.txt").write_text("licences go here")
    monkeypatch.setattr(style, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    assert style.load_fonts() == 1
    assert style.load_fonts() >= 0  # loading twice is harmless


def test_no_fonts_folder_loads_none(qapp, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(style, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    assert style.load_fonts() == 0


def test_dialog_buttons_carry_words_without_stock_icons(qapp) -> None:
    # a stock black ✗ on the dark default Close button is all but invisible
    before = qapp.style().name()
    qapp.setStyle(_DesktopWithButtonIcons())
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    try:
        plain = QDialogButtonBox()
        has_icons = plain.style().styleHint(hint)
        # gone before the style is: a widget outliving its style crashes Qt
        del plain
        style.apply_stylesheet(qapp)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        styled_icons = box.style().styleHint(hint, None, box)
        del box
    finally:
        qapp.setStyleSheet("")
        qapp.setStyle(before)
    assert (has_icons, styled_icons) == (1, 0)


@pytest.mark.usefixtures("styled")
def test_the_clear_button_sits_level_and_spin_boxes_match_line_edits(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    search = QLineEdit("4B")
    search.setClearButtonEnabled(True)
    spin = QSpinBox()
    layout.addWidget(search)
    layout.addWidget(spin)
    page.show()
    qtbot.waitExposed(page)
    clear = search.findChild(QToolButton)
    assert clear is not None and clear.isVisible()
    assert abs(clear.geometry().center().y() - search.rect().center().y()) <= 1
    assert clear.geometry().bottom() <= search.rect().bottom()
    assert abs(spin.sizeHint().height() - search.sizeHint().height()) <= 2

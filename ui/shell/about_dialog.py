"""Help ▸ About: this version of Rounds, the database it works on, and the licences of
the fonts and libraries it ships — as plain text anyone may copy into a ticket."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from rounds_app.about import font_licences, library_licences
from rounds_app.version import version
from ui.common import window_size
from ui.common.widgets import fill_placeholders, plain_label


def about_text(database: str) -> str:
    """Everything the dialog says, as lines of plain text."""
    lines = [
        fill_placeholders(QCoreApplication.translate("AboutDialog", "Rounds %1"), version()),
        fill_placeholders(QCoreApplication.translate("AboutDialog", "Database: %1"), database),
        "",
        QCoreApplication.translate("AboutDialog", "Fonts"),
    ]
    lines += [f"  {font.name}: {font.licence}" for font in font_licences()]
    lines += ["", QCoreApplication.translate("AboutDialog", "Libraries")]
    lines += [f"  {lib.name} {lib.version}: {lib.licence}" for lib in library_licences()]
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, database: str) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Rounds"))
        heading = plain_label(fill_placeholders(self.tr("Rounds %1"), version()), "dialogHeading")
        intro = plain_label(
            self.tr(
                "Narrative cards and shared notes for interdisciplinary ward rounds. "
                "The licences of what it ships are below; each font's licence file is in "
                "the application's resources."
            ),
            "dialogIntro",
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(about_text(database))
        self.details.setObjectName("aboutDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Version, database and licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        window_size.restore(self, "AboutDialog", QSize(640, 520))

"""Screen words and colours for the core's stored vocabularies.

The core keeps English labels for the command line; screens translate their own, so
these go through Qt's translator."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap

from rounds_app.domain.enums import Role, Severity
from ui.common.words import QT_TRANSLATE_NOOP
from ui.shell import palette

_SEVERITY = {
    Severity.NOT_ASSESSED: QT_TRANSLATE_NOOP("Vocabulary", "Not assessed"),
    Severity.STABLE: QT_TRANSLATE_NOOP("Vocabulary", "Stable"),
    Severity.WATCHER: QT_TRANSLATE_NOOP("Vocabulary", "Watcher"),
    Severity.UNSTABLE: QT_TRANSLATE_NOOP("Vocabulary", "Unstable"),
}

_ROLE = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Vocabulary", "administrator"),
    Role.CHARGE_NURSE: QT_TRANSLATE_NOOP("Vocabulary", "charge nurse"),
    Role.CLINICIAN: QT_TRANSLATE_NOOP("Vocabulary", "clinician"),
    Role.WARD_DISPLAY: QT_TRANSLATE_NOOP("Vocabulary", "ward display"),
}

# Muted I-PASS colours that keep 4.5:1 contrast against white; the word always
# travels with the colour, so nobody has to tell green from red.
SEVERITY_COLOURS = {
    # grey, not green: nobody has said yet how ill the patient is
    Severity.NOT_ASSESSED: palette.colour("grey_610"),
    Severity.STABLE: palette.colour("green_660"),
    Severity.WATCHER: palette.colour("amber_680"),
    Severity.UNSTABLE: palette.colour("red_590"),
}

_swatches: dict[Severity, QIcon] = {}


def severity_label(severity: Severity) -> str:
    return QCoreApplication.translate("Vocabulary", str(_SEVERITY[severity]))


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Vocabulary", str(_ROLE[role]))


def severity_swatch(severity: Severity) -> QIcon:
    """A filled dot in the severity's colour, drawn once per severity (pixmaps need a
    running QGuiApplication, so they cannot be module constants)."""
    if severity not in _swatches:
        size = 64  # drawn large and scaled down, so it stays crisp on high-DPI screens
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SEVERITY_COLOURS[severity])
        painter.drawEllipse(QRectF(4, 4, size - 8, size - 8))
        painter.end()
        icon = QIcon(pixmap)
        # the same colour when the row is selected: styles tint selected icons, which
        # turns amber into brown
        icon.addPixmap(pixmap, QIcon.Mode.Selected)
        _swatches[severity] = icon
    return _swatches[severity]

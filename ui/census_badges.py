"""The census's flags as small badges: a word or two each, coloured by what they ask of
the reader (alert: a decision or a risk to act on; caution: worth a glance; unknown:
nobody has recorded it yet; note: for information), with the whole sentence in the
tooltip and the accessible text.

The safety flags come from the core's `flags(facts)`, the same as on the handoff; the
badge words are the screen's shorter forms of them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from rounds_app.domain.safety import SafetyItem
from rounds_app.services.safety_flags import flags
from rounds_app.services.safety_views import SafetyFacts
from ui.widgets import fill

# (text colour, background): each pair keeps 4.5:1 contrast
TONES = {
    "alert": (QColor("#FFFFFF"), QColor("#B3261E")),
    "caution": (QColor("#5C3B00"), QColor("#FFE7B3")),
    "unknown": (QColor("#33373B"), QColor("#E3E5E8")),
    "note": (QColor("#0F3A66"), QColor("#DCE9F7")),
}

#: the role under which the census model gives a row's badges
BadgesRole = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class Badge:
    text: str  # a word or two, for the cell
    sentence: str  # the whole of it, for the tooltip and a screen reader
    tone: str  # a key of TONES


def _tr(text: str) -> str:
    return QCoreApplication.translate("CensusBadges", text)


_SHORT = {
    "dnacpr": ("DNACPR", "alert"),
    "cpr_not_discussed": ("CPR?", "unknown"),
    "ceiling": ("Ceiling", "alert"),
    "allergy_high": ("Allergy!", "alert"),
    "allergy": ("Allergy", "caution"),
    "allergies_not_asked": ("Allergies?", "unknown"),
    "no_known_allergies": ("NKA", "note"),
    "safety:decision_making": ("Decisions", "caution"),
    "safety:mobility": ("Mobility", "caution"),
    "safety:falls_risk": ("Falls", "caution"),
    "safety:isolation": ("Isolation", "alert"),
    "safety:diet": ("Diet", "caution"),
    "safety:aids": ("Aids", "note"),
    "safety:lines": ("Lines", "caution"),
    "safety:vte": ("VTE", "caution"),
}


def safety_badges(facts: SafetyFacts) -> list[Badge]:
    badges = []
    for flag in flags(facts):
        if flag.code == "not_assessed":
            count = sum(not check.assessed for check in facts.checks.values())
            badges.append(Badge(fill(_tr("%1 unassessed"), str(count)), flag.long, "unknown"))
            continue
        short, tone = _SHORT.get(flag.code, (flag.short, "caution"))
        text = _tr(short)
        if flag.code.startswith("safety:"):
            check = facts.checks[SafetyItem(flag.code.removeprefix("safety:"))]
            if check.state == "nil_by_mouth":
                text = _tr("NBM")
            if check.days is not None:
                text = fill(_tr("%1 %2d"), text, str(check.days))
        badges.append(Badge(text, flag.long, tone))
    return badges


class BadgeDelegate(QStyledItemDelegate):
    """Paints a cell's badges as rounded labels, left to right, clipped to the cell
    (the tooltip has them all)."""

    PAD_X, PAD_Y, GAP = 7, 3, 6

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        badges: list[Badge] | None = index.data(BadgesRole)
        if not badges:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        font = option.font
        font.setPointSizeF(max(font.pointSizeF() * 0.72, 9))
        font.setWeight(font.Weight.DemiBold)
        metrics = QFontMetrics(font)
        height = metrics.height() + 2 * self.PAD_Y
        x = option.rect.left() + 8
        y = option.rect.top() + (option.rect.height() - height) // 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(option.rect)
        painter.setFont(font)
        for badge in badges:
            width = metrics.horizontalAdvance(badge.text) + 2 * self.PAD_X
            fore, back = TONES[badge.tone]
            rect = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(back)
            painter.drawRoundedRect(rect, height / 2.5, height / 2.5)
            painter.setPen(fore)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, badge.text)
            x += width + self.GAP
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        badges: list[Badge] | None = index.data(BadgesRole)
        if not badges:
            return hint
        font = option.font
        font.setPointSizeF(max(font.pointSizeF() * 0.72, 9))
        font.setWeight(font.Weight.DemiBold)
        metrics = QFontMetrics(font)
        width = sum(metrics.horizontalAdvance(b.text) + 2 * self.PAD_X for b in badges)
        return QSize(16 + width + self.GAP * (len(badges) - 1), hint.height())

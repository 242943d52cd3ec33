"""The census's flags as small badges: a word or two each, coloured by what they ask of
the reader (alert: a decision or a risk to act on; caution: worth a glance; unknown:
nobody has recorded it yet; note: for information), with the whole sentence in the
tooltip and the accessible text.

The safety flags come from the core's `flags(facts)`, the same as on the handoff; the
badge words are the screen's shorter forms of them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from rounds_app.domain.safety import SafetyItem
from rounds_app.services.safety_flags import flags
from rounds_app.services.safety_views import SafetyFacts
from ui.census.flag_sentences import flag_sentence
from ui.common.widgets import fill_placeholders, number_text
from ui.common.words import QT_TRANSLATE_NOOP, Words
from ui.shell import palette

# (text colour, background): each pair keeps 4.5:1 contrast
TONES = {
    "alert": (palette.colour("white"), palette.colour("red_590")),
    "caution": (palette.colour("amber_820"), palette.colour("amber_150")),
    "unknown": (palette.colour("grey_780"), palette.colour("grey_100")),
    "note": (palette.colour("blue_771"), palette.colour("blue_084")),
}

#: the role under which the census model gives a row's badges
BadgesRole = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class Badge:
    text: str  # a word or two, for the cell
    sentence: str  # the whole of it, for the tooltip and a screen reader
    tone: str  # a key of TONES


class CensusBadges(Words):
    """The translators' context of these words."""


_SHORT = {
    "dnacpr": (QT_TRANSLATE_NOOP("CensusBadges", "DNACPR"), "alert"),
    "cpr_not_discussed": (QT_TRANSLATE_NOOP("CensusBadges", "CPR?"), "unknown"),
    "ceiling": (QT_TRANSLATE_NOOP("CensusBadges", "Ceiling"), "alert"),
    "allergy_high": (QT_TRANSLATE_NOOP("CensusBadges", "Allergy!"), "alert"),
    "allergy": (QT_TRANSLATE_NOOP("CensusBadges", "Allergy"), "caution"),
    "allergies_not_asked": (QT_TRANSLATE_NOOP("CensusBadges", "Allergies?"), "unknown"),
    "no_known_allergies": (QT_TRANSLATE_NOOP("CensusBadges", "NKA"), "note"),
    "safety:decision_making": (QT_TRANSLATE_NOOP("CensusBadges", "Decisions"), "caution"),
    "safety:mobility": (QT_TRANSLATE_NOOP("CensusBadges", "Mobility"), "caution"),
    "safety:falls_risk": (QT_TRANSLATE_NOOP("CensusBadges", "Falls"), "caution"),
    "safety:isolation": (QT_TRANSLATE_NOOP("CensusBadges", "Isolation"), "alert"),
    "safety:diet": (QT_TRANSLATE_NOOP("CensusBadges", "Diet"), "caution"),
    "safety:aids": (QT_TRANSLATE_NOOP("CensusBadges", "Aids"), "note"),
    "safety:lines": (QT_TRANSLATE_NOOP("CensusBadges", "Lines"), "caution"),
    "safety:vte": (QT_TRANSLATE_NOOP("CensusBadges", "VTE"), "caution"),
}


def safety_badges(facts: SafetyFacts) -> list[Badge]:
    badges = []
    for flag in flags(facts):
        if flag.code == "not_assessed":
            count = sum(not check.assessed for check in facts.checks.values())
            badges.append(
                Badge(
                    fill_placeholders(CensusBadges.tr("%1 unassessed"), number_text(count)),
                    flag_sentence(flag, facts),
                    "unknown",
                )
            )
            continue
        short, tone = _SHORT.get(flag.code, (flag.short, "caution"))
        text = CensusBadges.tr(short)
        if flag.code.startswith("safety:"):
            check = facts.checks[SafetyItem(flag.code.removeprefix("safety:"))]
            if check.state == "nil_by_mouth":
                text = CensusBadges.tr("NBM")
            if check.days is not None:
                text = fill_placeholders(CensusBadges.tr("%1 %2d"), text, number_text(check.days))
        badges.append(Badge(text, flag_sentence(flag, facts), tone))
    # what to act on first: the alerts, with the ceiling after the allergies, as the
    # cell may only have room for two or three
    return sorted(badges, key=lambda b: (b.tone != "alert", b.text == CensusBadges.tr("Ceiling")))


class PatientDelegate(QStyledItemDelegate):
    """Paints the patient's name with the safety badges on a line below it, so they
    are on screen however narrow the census is. Badges that do not fit end in "+n"
    (the tooltip and the accessible text have them all)."""

    PAD_X, PAD_Y, GAP = 6, 2, 5
    WIDEST = 230  # what badges may add to the column's width, at most

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
        name = option.text
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        font = _badge_font(option)
        metrics = QFontMetrics(font)
        height = metrics.height() + 2 * self.PAD_Y
        inner = option.rect.adjusted(14, 4, -8, -4)
        name_height = inner.height() - height - 2
        painter.save()
        painter.setClipRect(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(
            option.palette.highlightedText().color() if selected else option.palette.text().color()
        )
        painter.setFont(option.font)
        shown = QFontMetrics(option.font).elidedText(
            name, Qt.TextElideMode.ElideRight, inner.width()
        )
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), name_height),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            shown,
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        x, y = inner.left(), inner.bottom() - height
        for n, badge in enumerate(badges):
            width = metrics.horizontalAdvance(badge.text) + 2 * self.PAD_X
            rest = len(badges) - n
            more = fill_placeholders(CensusBadges.tr("+%1"), number_text(rest))
            more_width = metrics.horizontalAdvance(more) + 2 * self.PAD_X
            # the last badge needs only its own room; any other, room for a "+n" after it
            needed = width if rest == 1 else width + self.GAP + more_width
            if x + needed > inner.right():
                self._badge(painter, QRect(x, y, more_width, height), more, "unknown")
                break
            self._badge(painter, QRect(x, y, width, height), badge.text, badge.tone)
            x += width + self.GAP
        painter.restore()

    @staticmethod
    def _badge(painter: QPainter, rect: QRect, text: str, tone: str) -> None:
        fore, back = TONES[tone]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(back)
        painter.drawRoundedRect(rect, rect.height() / 2.5, rect.height() / 2.5)
        painter.setPen(fore)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        badges: list[Badge] | None = index.data(BadgesRole)
        if not badges:
            return hint
        metrics = QFontMetrics(_badge_font(option))
        width = sum(metrics.horizontalAdvance(b.text) + 2 * self.PAD_X + self.GAP for b in badges)
        return QSize(max(hint.width(), min(width + 22, self.WIDEST)), hint.height())


def _badge_font(option: QStyleOptionViewItem) -> QFont:
    font = QFont(option.font)
    font.setPointSizeF(max(font.pointSizeF() * 0.7, 9))
    font.setWeight(QFont.Weight.DemiBold)
    return font

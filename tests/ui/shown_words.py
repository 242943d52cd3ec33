"""The words a window shows — its title, labels, buttons, group titles, tabs, menus and
their actions, column headers, placeholders, tooltips, the items of its combo boxes — each with
the widget that shows it, for the tests that check that every word is translated and
that none is clipped."""

from __future__ import annotations

import html
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from ui.common.widgets import without_mnemonic
from ui.rounds.fitted_label import FittedLabel


@dataclass(frozen=True)
class Said:
    where: str  # the widget's class and object name, and which of its texts
    text: str
    widget: QWidget


def _name(widget: QWidget, what: str) -> str:
    return f"{type(widget).__name__} {widget.objectName()!r} {what}"


def words_shown(window: QWidget) -> list[Said]:
    """Every text on view in `window` (and in its menu bar's menus)."""
    said = [Said(_name(window, "title"), window.windowTitle(), window)]
    for widget in window.findChildren(QWidget):
        if widget.window() is window and widget.isVisibleTo(window):
            said += _texts_of(widget)
    if isinstance(window, QMainWindow):
        for menu in window.menuBar().findChildren(QMenu):
            said.append(Said(_name(menu, "title"), menu.title(), menu))
            said += [Said(_name(menu, "action"), a.text(), menu) for a in menu.actions()]
    return [s for s in said if s.text.strip()]


def _cells(view: QAbstractItemView) -> Iterator[Said]:
    """What the cells of a list, table or tree say, and their tooltips."""
    model = view.model()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for row in range(min(model.rowCount(QModelIndex()), 60)):
        for column in range(columns):
            index = model.index(row, column, QModelIndex())
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = index.data(role)
                if isinstance(value, str):
                    yield Said(_name(view, f"cell {row},{column}"), _plain(value), view)


def _texts_of(widget: QWidget) -> Iterator[Said]:
    yield Said(_name(widget, "tooltip"), _plain(widget.toolTip()), widget)
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
        yield from _cells(widget)
    if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText:
        yield Said(_name(widget, "text"), widget.text(), widget)
    elif isinstance(widget, QAbstractButton):
        yield Said(_name(widget, "text"), widget.text(), widget)
    elif isinstance(widget, QGroupBox):
        yield Said(_name(widget, "title"), widget.title(), widget)
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield Said(_name(widget, f"tab {index}"), widget.tabText(index), widget)
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        for index in range(widget.count()):
            yield Said(_name(widget, f"item {index}"), widget.itemText(index), widget)
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield Said(_name(widget, "placeholder"), widget.placeholderText(), widget)
    elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
        for column in range(model.columnCount(QModelIndex())):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(title, str) and header.isVisible() and not header.isSectionHidden(column):
                yield Said(_name(widget, f"header {column}"), title, widget)


def clipped(said: Said) -> bool:
    """The text is wider (or, wrapped, taller) than the room its widget has, or the
    widget reaches past the side of what holds it (a row wider than its panel)."""
    widget = said.widget
    if _cut_at_the_side(widget):
        return True
    if isinstance(widget, FittedLabel):
        return False  # it makes its font smaller until the text fits
    if said.where.endswith("text") and isinstance(widget, QLabel):
        room = widget.contentsRect()
        if widget.wordWrap():
            return widget.heightForWidth(room.width()) > room.height() + 1
        shown = without_mnemonic(said.text) if widget.buddy() else said.text
        lines = shown.split("\n")
        return max(widget.fontMetrics().horizontalAdvance(line) for line in lines) > room.width()
    if said.where.endswith("text") and isinstance(widget, QAbstractButton):
        return widget.sizeHint().width() > widget.width()
    if said.where.endswith("title") and isinstance(widget, QGroupBox):
        return widget.fontMetrics().horizontalAdvance(without_mnemonic(said.text)) > widget.width()
    return False


def _cut_at_the_side(widget: QWidget) -> bool:
    """Part of `widget` lies left or right of a holder that would not scroll sideways
    to it: nobody can see that part. (Below the fold is fine: it scrolls.)"""
    left, right = 0, widget.width()
    child, holder = widget, widget.parentWidget()
    while holder is not None and not child.isWindow():
        left, right = left + child.x(), right + child.x()
        scroller = holder.parentWidget()
        scrolls = isinstance(scroller, QAbstractScrollArea) and (
            scroller.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        if not scrolls and (left < 0 or right > holder.width()):
            return True
        left, right = max(left, 0), min(right, holder.width())  # what scrolls into view
        child, holder = holder, holder.parentWidget()
    return False


# a tooltip is a paragraph of escaped plain text (ui.common.widgets.plain_tooltip)
_TAG = re.compile(r"</?\w+>")


def _plain(text: str) -> str:
    return html.unescape(_TAG.sub(" ", text))


# a pseudo-translation: "[Šîĝñ îñ ·····]" (nested where one holds another)
_PSEUDO = re.compile(r"\[[^\[\]]*·\]")
# what is the same in every language: numbers, times, dates in digits, key names
_NEUTRAL = re.compile(
    r"\b(?:\d[\d:./,%-]*|Ctrl|Shift|Alt|Esc|Return|Enter|Space|Home|End|PgUp|PgDown|"
    r"F\d+|Up|Down|Left|Right)\b"
)
# the names of months and days in a date QLocale wrote: the pseudo-locale keeps
# English dates, and every real language has its own
_ENGLISH = QLocale(QLocale.Language.English)
_DATE_WORDS = re.compile(
    r"\b(?:"
    + "|".join(
        [_ENGLISH.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
        + [_ENGLISH.dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
    )
    + r")\b"
)
_WORD = re.compile(r"[A-Za-z]{2,}")


def not_pseudo(text: str, data: set[str]) -> str:
    """What is left of `text` once the pseudo-translated words, the records' own words
    (names, beds, what people wrote) and numbers are taken out: "" when all of it was
    translated."""
    rest = text
    while _PSEUDO.search(rest):
        rest = _PSEUDO.sub(" ", rest)
    for value in sorted(data, key=len, reverse=True):
        rest = rest.replace(value, " ")
    rest = _DATE_WORDS.sub(" ", _NEUTRAL.sub(" ", without_mnemonic(rest)))
    return " ".join(_WORD.findall(rest))


def whole_words(phrases: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """One pattern for any of `phrases` standing as whole words (the longest first), so
    a walk over every window compiles it once rather than once a text."""
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])", flags)


def english_left(text: str, data: re.Pattern[str], english: re.Pattern[str]) -> list[str]:
    """The English messages (`english`, whole_words of them, ignoring case) `text` still
    holds once the records' own words (`data`, whole words: a short value such as "en"
    must not cut a word in two) are taken out."""
    rest = data.sub(" ", without_mnemonic(text))
    return [found.group(0) for found in english.finditer(rest)]


def database_words(path: Path) -> set[str]:
    """Every text the database holds: names, beds, wards, what people wrote."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        words: set[str] = set()
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                words |= {value.strip() for value in row if isinstance(value, str)}
        return {word for word in words if len(word) > 1}
    finally:
        connection.close()


def english_messages(ts_file: Path) -> set[str]:
    """The English source of every message, without mnemonics or placeholders, that
    says something in words."""
    root = ET.parse(ts_file).getroot()
    sources = {without_mnemonic(m.findtext("source") or "") for m in root.iter("message")}
    return {s for s in sources if "%" not in s and _WORD.search(s)}

"""Placing the slide's titled sections in two columns of the ward-room screen, each
section as tall as its fair share of its column (see fair_share).

When one column runs over and the other has room, the section at the foot of the full
column moves to the foot of the other, so a long story does not get cut beside an
empty half of the screen."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel

from ui.rounds.fair_share import share
from ui.rounds.fitted_label import FittedLabel


@dataclass(frozen=True)
class Section:
    """A titled block of the slide: the title row (with an optional badge after the
    title) and the body under it. `floor` is the share of the column it is served
    before the others (what matters most is the first thing the room reads)."""

    title: QLabel
    body: FittedLabel
    badges: tuple[QLabel, ...] = ()  # the one not hidden shows
    floor: float = 0.0

    @property
    def badge(self) -> QLabel | None:
        return next((b for b in self.badges if not b.isHidden()), None)


@dataclass(frozen=True)
class Column:
    x: int
    width: int


def place_columns(
    left: Sequence[Section],
    right: Sequence[Section],
    columns: tuple[Column, Column],
    y: int,
    height: int,
    gap: int,
) -> None:
    best = (list(left), list(right))
    over = [_over(*pair, height, gap) for pair in zip(best, columns, strict=True)]
    # a move is only worth measuring when one column runs over and the other has room
    # (even all of it: on a later page of the slide one column may have nothing left);
    # a column's only section stays, as moving it would only swap the sides
    moved = None
    if len(left) > 1 and over[0] > 0 > over[1]:
        moved = (list(left[:-1]), [*right, left[-1]])
    elif len(right) > 1 and over[1] > 0 > over[0]:
        moved = ([*left, right[-1]], list(right[:-1]))
    if moved is not None and _shown(moved, columns, height, gap) > _shown(
        best, columns, height, gap
    ):
        best = moved
    for sections, column in zip(best, columns, strict=True):
        _place_column(sections, column, y, height, gap)


def _needs(sections: Sequence[Section], width: int, height: int, gap: int) -> list[int]:
    return [_title_height(s, width) + s.body.needed_height(width, height) + gap for s in sections]


def _over(sections: Sequence[Section], column: Column, height: int, gap: int) -> int:
    """How far the column runs over (negative: the room it has left)."""
    return sum(_needs(sections, column.width, height, gap)) - height - gap


def _shown(
    pair: tuple[list[Section], list[Section]], columns: tuple[Column, Column], height: int, gap: int
) -> int:
    """How much of the slide fits: an arrangement that leaves half a screen empty beside
    a column that runs over shows less than one that fills both."""
    return sum(
        min(sum(_needs(sections, column.width, height, gap)), height + gap)
        for sections, column in zip(pair, columns, strict=True)
    )


def _place_column(
    sections: Sequence[Section], column: Column, y: int, height: int, gap: int
) -> None:
    """Stacks the sections from the top of the column. The gap goes between sections,
    not after the last: each claims (section + gap), and the total gets one gap back.
    Text shows in whole lines, so each share leaves a little over: what is left goes
    to the sections still cut short, in order, and the sections sit close together."""
    rows = [_title_height(s, column.width) for s in sections]
    needs = _needs(sections, column.width, height, gap)
    floors = [round(s.floor * height) for s in sections]
    shares = share(needs, height + gap, floors)
    used = [
        _fit(s.body, column.width, given - row - gap)
        for s, row, given in zip(sections, rows, shares, strict=True)
    ]
    spare = height + gap - sum(rows) - sum(used) - gap * len(sections)
    for i, section in enumerate(sections):
        if section.body.cut and spare > 0:
            grown = _fit(section.body, column.width, used[i] + spare)
            spare -= grown - used[i]
            used[i] = grown
    for section, row, body in zip(sections, rows, used, strict=True):
        _place_title(section, column.x, y, column.width, row)
        section.body.setGeometry(column.x, y + row, column.width, body)
        section.body.fit()
        y += row + body + gap


def _fit(body: FittedLabel, width: int, height: int) -> int:
    """The height of the whole lines `body` shows in a box `height` tall."""
    body.resize(width, max(0, height))
    body.fit()
    return math.ceil(body.used[1])


def _badge_size(badge: QLabel, room: int) -> tuple[int, int]:
    """The badge's size in `room` px: on one line when it fits, else wrapped."""
    hint = badge.sizeHint()
    if hint.width() <= room:
        return hint.width(), hint.height()
    return room, max(hint.height(), badge.heightForWidth(room))


def _beside(section: Section, width: int) -> bool:
    """Whether the badge fits on the title's row; otherwise it goes under the title,
    whole, rather than losing words."""
    badge = section.badge
    if badge is None:
        return True
    return _badge_left(section, width) + badge.sizeHint().width() <= width


def _badge_left(section: Section, width: int) -> int:
    spacing = section.title.fontMetrics().averageCharWidth() * 2
    return _title_size(section.title, width).width() + spacing


def _title_size(title: QLabel, width: int) -> QSize:
    """On one line where the column has room for it, else wrapped over the lines it
    needs: a translation may be a third longer than the English."""
    title.setWordWrap(False)
    one_line = title.sizeHint()
    if one_line.width() <= width:
        return one_line
    title.setWordWrap(True)
    return QSize(width, title.heightForWidth(width))


def _title_height(section: Section, width: int) -> int:
    title = _title_size(section.title, width).height()
    badge = section.badge
    if badge is None:
        return title
    if _beside(section, width):
        return max(title, badge.sizeHint().height())
    return title + _badge_size(badge, width)[1]


def _place_title(section: Section, x: int, y: int, width: int, row: int) -> None:
    title = _title_size(section.title, width)
    badge = section.badge
    beside = _beside(section, width)
    title_row = row if beside else title.height()
    section.title.setGeometry(x, y, min(title.width(), width), title_row)
    if badge is None:
        return
    if beside:
        left = _badge_left(section, width)
        badge_width, badge_height = _badge_size(badge, width - left)
        badge.setGeometry(x + left, y + (row - badge_height) // 2, badge_width, badge_height)
    else:
        badge_width, badge_height = _badge_size(badge, width)
        badge.setGeometry(x, y + title_row, badge_width, badge_height)

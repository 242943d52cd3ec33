"""What a notification tells a follower (rounds_app.feed): the rows committed, taken
without reading the change log unless they leave a gap; and never the news of another
Rounds database on the same server."""

from __future__ import annotations

import select as io_select
from collections.abc import Callable
from datetime import UTC, datetime

from rounds_app.domain.enums import Discipline, Role
from rounds_app.feed import ChangeView, FeedPosition, changes_told, news_of
from rounds_app.live import ChangeListener, changes_after, latest_position, listener_for
from rounds_app.services import contributions
from rounds_app.storage.database import Database
from tests.factories import add_user, small_ward

WARD, OTHER_WARD = 7, 8


def change(chain: int, seq: int, ward_id: int | None = None) -> ChangeView:
    at = datetime(2026, 12, 3, 9, seq % 60, tzinfo=UTC)
    return ChangeView(100 + seq, chain, seq, at, "contribution", seq, ward_id, 1)


def test_news_in_order_is_taken_as_told() -> None:
    told = [change(WARD, 5, WARD), change(0, 3)]
    start = FeedPosition(((0, 2), (WARD, 4)))
    assert changes_told([news_of(told)], start, WARD) == told


def test_a_missing_number_means_reading_the_log() -> None:
    start = FeedPosition(((WARD, 4),))
    assert changes_told([news_of([change(WARD, 6, WARD)])], start, WARD) is None
    # a ward opened since the follower began starts at 1; a later number is a gap
    assert changes_told([news_of([change(OTHER_WARD, 1, OTHER_WARD)])], start, None) == [
        change(OTHER_WARD, 1, OTHER_WARD)
    ]
    assert changes_told([news_of([change(OTHER_WARD, 2, OTHER_WARD)])], start, None) is None


def test_news_heard_twice_or_of_another_ward_is_passed_over() -> None:
    start = FeedPosition(((0, 2), (WARD, 4)))
    transfer = news_of([change(OTHER_WARD, 9, OTHER_WARD), change(WARD, 5, WARD), change(0, 3)])
    # the same unit, heard on the hospital's channel and the ward's
    assert changes_told([transfer, transfer], start, WARD) == [change(WARD, 5, WARD), change(0, 3)]


def test_news_too_large_to_carry_or_not_understood_means_reading_the_log() -> None:
    many = [change(0, seq) for seq in range(1, 400)]
    assert news_of(many) == ""
    start = FeedPosition()
    assert changes_told([], start, None) is None  # woken, told nothing
    for payload in ("", "12", '{"rows": 1}', "[[1, 2]]", "not json"):
        assert changes_told([payload], start, None) is None


def _told_until(listener: ChangeListener, position: FeedPosition, target: FeedPosition,
                ward_id: int | None) -> list[ChangeView]:  # fmt: skip
    told: list[ChangeView] = []
    while not position.reached(target):
        readable, _, _ = io_select.select([listener.fileno()], [], [], 10)
        assert readable, "no notification came"
        news = changes_told(listener.drain(), position, ward_id)
        assert news is not None, "the notifications left a gap"
        told += news
        position = position.after(news)
    return told


def test_notifications_tell_exactly_what_the_log_holds(db: Database) -> None:
    ward = small_ward(db, patients=2)
    listener = listener_for(db, ward.ward_id)
    if not db.is_postgresql:
        assert listener is None  # SQLite has no notifications: followers poll
        return
    assert listener is not None
    try:
        with db.session() as s:
            start = latest_position(s)
        for admission in ward.admission_ids:
            with db.session() as s:
                contributions.add_contribution(s, ward.nurse, admission, text="x", kind="update")
        add_user(db, "another.nurse", Role.CLINICIAN, Discipline.NURSING)  # of no ward
        with db.session() as s:
            target = latest_position(s)
            read = changes_after(s, start, ward_id=ward.ward_id)
        assert _told_until(listener, start, target, ward.ward_id) == read
        assert {c.entity for c in read} >= {"contribution", "user"}
    finally:
        listener.close()


def test_another_database_s_news_never_arrives(db: Database, open_db: Callable[[], Database]):
    if not db.is_postgresql:
        return  # one file, one database: nothing is shared
    neighbour = open_db()  # on PostgreSQL another schema of the same database
    ward, theirs = small_ward(db, patients=1), small_ward(neighbour, patients=1)
    listener = listener_for(db)
    assert listener is not None
    try:
        with db.session() as s:
            start = latest_position(s)
        with neighbour.session() as s:
            contributions.add_contribution(
                s, theirs.nurse, theirs.admission_ids[0], text="x", kind="update"
            )
        with db.session() as s:
            contributions.add_contribution(
                s, ward.nurse, ward.admission_ids[0], text="y", kind="update"
            )
        with db.session() as s:
            target = latest_position(s)
            read = changes_after(s, start)
        # the neighbour committed first: its news would have come first, and left a gap
        assert _told_until(listener, start, target, None) == read
    finally:
        listener.close()

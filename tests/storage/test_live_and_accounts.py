"""Following the change log (and PostgreSQL notifications), first start, roles,
"my actions", and a lost database."""

from __future__ import annotations

import select as io_select

import pytest
from sqlalchemy.orm import sessionmaker

from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import Discipline, Role
from rounds_app.errors import DatabaseUnavailable, PermissionDenied, ValidationError
from rounds_app.live import changes_after, channels_for, latest_position, listener_for
from rounds_app.services import actions, contributions, users, wards
from rounds_app.services.audit import lock_chain_head
from rounds_app.services.patient_card import my_actions
from rounds_app.services.unit import channels_of, latest_change_id
from rounds_app.storage.database import Database, create_db_engine
from rounds_app.storage.models import ChangeLogEntry
from tests.factories import ADMIN, add_user, small_ward


def test_changes_after_lists_what_was_committed_in_order(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        seen = latest_position(s)
        contributions.add_contribution(
            s, ward.nurse, ward.admission_ids[0], text="a", kind="update"
        )
    with db.session() as s:
        actions.open_action(
            s, ward.nurse, ward.admission_ids[0], text="b", owner_discipline="nursing"
        )
    with db.session() as s:
        changes = changes_after(s, seen)
    assert [c.entity for c in changes] == ["contribution", "action_item"]
    assert [c.admission_id for c in changes] == [ward.admission_ids[0]] * 2
    assert changes[0].id < changes[1].id
    assert [c.seq for c in changes] == [changes[0].seq, changes[0].seq + 1]  # no gap
    assert all(c.ward_id == c.chain == ward.ward_id for c in changes)
    with db.session() as s:
        assert changes_after(s, seen.after(changes)) == []
        assert latest_position(s) == seen.after(changes)


def test_postgresql_listener_is_woken_by_a_commit(db: Database) -> None:
    listener = listener_for(db)
    if not db.is_postgresql:
        assert listener is None
        return
    assert listener is not None
    try:
        ward = small_ward(db, patients=1)
        readable, _, _ = io_select.select([listener.fileno()], [], [], 5)
        assert readable
        assert listener.drain()
        with db.session() as s:
            contributions.add_contribution(
                s, ward.nurse, ward.admission_ids[0], text="x", kind="update"
            )
        readable, _, _ = io_select.select([listener.fileno()], [], [], 5)
        assert readable and listener.drain()
    finally:
        listener.close()


def test_a_ward_s_follower_reads_its_ward_and_what_belongs_to_no_ward(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        other = wards.create_ward(s, ADMIN, code="W8", name="Ward 8", bed_labels=["8-1"])
        seen = latest_position(s)
    with db.session() as s:
        contributions.add_contribution(
            s, ward.nurse, ward.admission_ids[0], text="a", kind="update"
        )
    add_user(db, "new.nurse", Role.CLINICIAN, Discipline.NURSING)  # of no ward
    with db.session() as s:
        wards.add_bed(s, ADMIN, other.id, "8-2")
    with db.session() as s:
        everything = changes_after(s, seen)
        mine = changes_after(s, seen, ward_id=ward.ward_id)
        theirs = changes_after(s, seen, ward_id=other.id)
    assert {c.ward_id for c in everything} == {ward.ward_id, None, other.id}
    assert [c.id for c in mine] == [c.id for c in everything if c.ward_id in (None, ward.ward_id)]
    assert [c.id for c in theirs] == [c.id for c in everything if c.ward_id in (None, other.id)]


def test_a_ward_opened_after_the_follower_started_is_read_from_its_first_change(
    db: Database,
) -> None:
    small_ward(db, patients=1)
    with db.session() as s:
        seen = latest_position(s)
    with db.session() as s:
        new = wards.create_ward(s, ADMIN, code="W9", name="Ward 9", bed_labels=["9-1"])
    with db.session() as s:
        wards.add_bed(s, ADMIN, new.id, "9-2")
    with db.session() as s:
        changes = changes_after(s, seen)
    numbered = [(c.entity, c.chain, c.seq) for c in changes]
    assert numbered == [("ward", new.id, 1), ("bed", new.id, 2)]


def test_a_ward_s_change_committed_after_a_later_numbered_one_is_not_missed(
    db: Database,
) -> None:
    """Wards number their changes under their own locks, so one ward's change may
    commit after another ward's change with a higher id: a follower that had read the
    second still reads the first."""
    if not db.is_postgresql:
        pytest.skip("SQLite lets one writer at a time commit: nothing can overtake")
    ward = small_ward(db, patients=1)
    with db.session() as s:
        other = wards.create_ward(s, ADMIN, code="W8", name="Ward 8", bed_labels=["8-1"])
        seen = latest_position(s)
    with db.session() as slow:
        # a save on ward 7 that has numbered its change but not yet committed
        head = lock_chain_head(slow, ward.ward_id).head
        head.last_change_seq += 1
        slow.add(
            ChangeLogEntry(
                chain=ward.ward_id,
                seq=head.last_change_seq,
                at=utc_now(),
                entity="contribution",
                entity_id=None,
                ward_id=ward.ward_id,
                admission_id=ward.admission_ids[0],
            )
        )
        slow.flush()
        with db.session() as s:
            wards.add_bed(s, ADMIN, other.id, "8-2")  # commits first, with a higher id
        with db.session() as s:
            first = changes_after(s, seen)
        assert [c.entity for c in first] == ["bed"]
        slow.commit()
    with db.session() as s:
        second = changes_after(s, seen.after(first))
    assert [(c.entity, c.chain) for c in second] == [("contribution", ward.ward_id)]
    assert second[0].id < first[0].id


@pytest.mark.parametrize("ward", [1, 2, None])
def test_every_change_wakes_exactly_the_followers_who_need_it(ward: int | None) -> None:
    notified = channels_of([ward])
    assert notified & set(channels_for(None))  # a follower of everything
    for follower in (1, 2):
        wakes = bool(notified & set(channels_for(follower)))
        assert wakes == (ward is None or ward == follower)


def test_a_ward_listener_is_woken_by_its_ward_s_commit(db: Database) -> None:
    ward = small_ward(db, patients=1)
    listener = listener_for(db, ward.ward_id)
    if not db.is_postgresql:
        assert listener is None
        return
    assert listener is not None
    try:
        with db.session() as s:
            contributions.add_contribution(
                s, ward.nurse, ward.admission_ids[0], text="x", kind="update"
            )
        readable, _, _ = io_select.select([listener.fileno()], [], [], 5)
        assert readable and listener.drain()
        listener.follow(None)  # and, following everything, by any
        add_user(db, "another.nurse", Role.CLINICIAN, Discipline.NURSING)
        readable, _, _ = io_select.select([listener.fileno()], [], [], 5)
        assert readable and listener.drain()
    finally:
        listener.close()


def test_first_admin_only_on_an_empty_database(db: Database) -> None:
    with db.session() as s:
        admin = users.create_first_admin(
            s,
            username="Ada",
            display_name="Ada Admin",
            discipline="nursing",
            password="long enough",
        )
    assert (admin.username, admin.role) == ("ada", Role.ADMIN)
    with db.session() as s, pytest.raises(PermissionDenied, match="sign in instead"):
        users.create_first_admin(
            s, username="eve", display_name="Eve", discipline="nursing", password="long enough"
        )


def test_roles_change_and_an_admin_keeps_their_own(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with db.session() as s:
        assert users.set_role(s, ADMIN, "nurse", Role.CHARGE_NURSE).role is Role.CHARGE_NURSE
    with db.session() as s:
        users.create_user(
            s,
            ADMIN,
            username="boss",
            display_name="Boss",
            discipline="medicine",
            role="admin",
            password="long enough",
        )
    with db.session() as s:
        boss = users.authenticate(s, "boss", "long enough")
    with db.session() as s, pytest.raises(ValidationError, match="your own administrator role"):
        users.set_role(s, boss, "boss", Role.CLINICIAN)
    with db.session() as s, pytest.raises(PermissionDenied):
        users.set_role(s, ward.nurse, "pharm", Role.ADMIN)


def test_my_actions_are_mine_or_my_disciplines(db: Database) -> None:
    ward = small_ward(db, patients=2)
    a, b = ward.admission_ids
    with db.session() as s:
        mine = actions.open_action(
            s, ward.charge, a, text="Check bloods", owner_user_id=ward.pharmacist.user_id
        )
    with db.session() as s:
        ours = actions.open_action(
            s, ward.charge, b, text="Reconcile meds", owner_discipline=Discipline.PHARMACY
        )
    with db.session() as s:
        actions.open_action(s, ward.charge, b, text="Bed bath", owner_discipline="nursing")
    with db.session() as s:
        listed = my_actions(s, ward.pharmacist, ward.ward_id)
    assert [(x.action.id, x.admission_id) for x in listed] == [(mine, a), (ours, b)]
    assert listed[0].bed_label == "7-1"


def test_an_unreachable_server_is_database_unavailable() -> None:
    engine = create_db_engine("postgresql+psycopg://nobody@127.0.0.1:1/none")
    broken = Database(engine, sessionmaker(engine))
    with pytest.raises(DatabaseUnavailable, match="cannot be reached"):
        with broken.session() as s:
            latest_change_id(s)
    engine.dispose()

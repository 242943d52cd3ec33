"""Wards, beds and accounts."""

from __future__ import annotations

from rounds_app.domain.roles import Permission
from rounds_app.services import users, wards
from tests.storage.permission_matrix.rows import Row, needs

ROWS: dict[str, Row] = {
    "services.wards.create_ward": Row(
        needs(Permission.MANAGE_WARDS),
        lambda s, a, w, x: wards.create_ward(s, a, code=w.unique("WC"), name="New ward"),
    ),
    "services.wards.add_bed": Row(
        needs(Permission.MANAGE_WARDS),
        lambda s, a, w, x: wards.add_bed(s, a, w.ward_id, w.unique("B-")),
    ),
    "services.users.create_user": Row(
        needs(Permission.MANAGE_USERS),
        lambda s, a, w, x: users.create_user(
            s,
            a,
            username=w.unique("new"),
            display_name="New",
            discipline="pharmacy",
            role="clinician",
            password="a long enough password",
        ),
    ),
    "services.users.change_password": Row(
        needs(Permission.MANAGE_USERS),
        lambda s, a, w, x: users.change_password(s, a, w.fresh_user(), "another long password"),
    ),
    "services.users.set_active": Row(
        needs(Permission.MANAGE_USERS),
        lambda s, a, w, x: users.set_active(s, a, w.fresh_user(), False),
    ),
    "services.users.set_role": Row(
        needs(Permission.MANAGE_USERS),
        lambda s, a, w, x: users.set_role(s, a, w.fresh_user(), "ward_display"),
    ),
    "services.users.clear_lockout": Row(
        needs(Permission.MANAGE_USERS),
        lambda s, a, w, x: users.clear_lockout(s, a, w.fresh_user()),
    ),
    "services.users.list_users": Row(
        needs(Permission.MANAGE_USERS), lambda s, a, w, x: users.list_users(s, a)
    ),
}

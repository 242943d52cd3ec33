"""What each role may do. Services ask `allowed(role, permission)`; nothing else
decides."""

from __future__ import annotations

from enum import StrEnum

from rounds_app.domain.enums import Role


class Permission(StrEnum):
    VIEW = "view"
    VIEW_SENSITIVE = "view_sensitive"
    EDIT_CARD = "edit_card"
    MANAGE_ADMISSIONS = "manage_admissions"  # admit, move bed, discharge, round order
    MANAGE_WARDS = "manage_wards"
    CONTRIBUTE = "contribute"  # contributions, actions, contingencies
    EDIT_DISCHARGE_PLAN = "edit_discharge_plan"
    # record the medicines reconciled and decide medicine changes; the services also
    # ask that the person is a pharmacist or a physician
    RECONCILE_MEDICINES = "reconcile_medicines"
    RUN_ROUND = "run_round"
    MANAGE_USERS = "manage_users"
    EXPORT = "export"


_CLINICAL = {
    Permission.VIEW,
    Permission.VIEW_SENSITIVE,
    Permission.CONTRIBUTE,
    Permission.EDIT_DISCHARGE_PLAN,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.WARD_DISPLAY: frozenset({Permission.VIEW}),
    Role.CLINICIAN: frozenset(_CLINICAL | {Permission.RECONCILE_MEDICINES}),
    Role.CHARGE_NURSE: frozenset(
        _CLINICAL
        | {
            Permission.EDIT_CARD,
            Permission.MANAGE_ADMISSIONS,
            Permission.RUN_ROUND,
            Permission.EXPORT,
        }
    ),
    Role.ADMIN: frozenset(Permission),
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]

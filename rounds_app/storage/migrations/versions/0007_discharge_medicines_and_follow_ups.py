"""discharge medicines and follow-ups that never mislead: a medicine change's dose, how
to take it, the previous dose and whether it is decided; a follow-up's place kind, phone
and, when not booked, who will contact the patient and by when; the built-in checklist
items' kind

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 20:09:21.795564
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import rounds_app.storage.base

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


# the built-in checklist items as every plan so far was started with them
_BUILT_IN_ITEMS = {
    "Medicines reconciled": "medicines_reconciled",
    "Follow-up booked": "follow_up_booked",
    "Equipment in place": "equipment_in_place",
    "Transport arranged": "transport_arranged",
    "Teach-back done": "teach_back_done",
    "Carer trained": "carer_trained",
}


def upgrade() -> None:
    with op.batch_alter_table("discharge_checklist_items", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "kind",
                sa.Enum(
                    "medicines_reconciled",
                    "follow_up_booked",
                    "equipment_in_place",
                    "transport_arranged",
                    "teach_back_done",
                    "carer_trained",
                    name="checklistkind",
                    native_enum=False,
                    length=32,
                ),
                nullable=True,
            )
        )

    with op.batch_alter_table("follow_up_appointments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "place_kind",
                sa.Enum(
                    "gp_surgery",
                    "hospital_clinic",
                    "home_visit",
                    "phone_call",
                    "video_call",
                    "other",
                    name="followupplace",
                    native_enum=False,
                    length=32,
                ),
                nullable=True,
            )
        )
        batch_op.add_column(
            sa.Column("phone", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("contact_by", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("contact_by_date", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("updated_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("updated_at", rounds_app.storage.base.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.create_foreign_key(
            batch_op.f("fk_follow_up_appointments_updated_by_id_users"),
            "users",
            ["updated_by_id"],
            ["id"],
        )

    with op.batch_alter_table("medication_changes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("dose", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("how_to_take", sa.String(length=500), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("previous", sa.String(length=500), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("decided", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("decided_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("decided_at", rounds_app.storage.base.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(sa.Column("updated_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("updated_at", rounds_app.storage.base.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        batch_op.create_foreign_key(
            batch_op.f("fk_medication_changes_updated_by_id_users"),
            "users",
            ["updated_by_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_medication_changes_decided_by_id_users"),
            "users",
            ["decided_by_id"],
            ["id"],
        )

    # Changes written before are not decided: they stop printing on the patient's copy
    # until someone decides them with a dose. The built-in items get their kind.
    items = sa.table(
        "discharge_checklist_items", sa.column("item", sa.String), sa.column("kind", sa.String)
    )
    for text, kind in _BUILT_IN_ITEMS.items():
        op.execute(items.update().where(items.c.item == text).values(kind=kind))


def downgrade() -> None:
    with op.batch_alter_table("medication_changes", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_medication_changes_decided_by_id_users"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_medication_changes_updated_by_id_users"), type_="foreignkey"
        )
        batch_op.drop_column("version")
        batch_op.drop_column("updated_at")
        batch_op.drop_column("updated_by_id")
        batch_op.drop_column("decided_at")
        batch_op.drop_column("decided_by_id")
        batch_op.drop_column("decided")
        batch_op.drop_column("previous")
        batch_op.drop_column("how_to_take")
        batch_op.drop_column("dose")

    with op.batch_alter_table("follow_up_appointments", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_follow_up_appointments_updated_by_id_users"), type_="foreignkey"
        )
        batch_op.drop_column("version")
        batch_op.drop_column("updated_at")
        batch_op.drop_column("updated_by_id")
        batch_op.drop_column("contact_by_date")
        batch_op.drop_column("contact_by")
        batch_op.drop_column("phone")
        batch_op.drop_column("place_kind")

    with op.batch_alter_table("discharge_checklist_items", schema=None) as batch_op:
        batch_op.drop_column("kind")

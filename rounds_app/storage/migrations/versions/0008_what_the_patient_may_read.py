"""what the patient may read, and the after-hospital plan: each card field's and each
entry's mark of whether the patient may read it, the language a card field is written
in; why the patient was in hospital, tests still waiting for results, whom to call and
the teach-back record

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 20:08:08.862177
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import rounds_app.storage.base

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "call_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column(
            "answers",
            sa.Enum(
                "day", "night", "any_time", "hours", name="callwhen", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("hours", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["discharge_plans.id"],
            name=op.f("fk_call_contacts_plan_id_discharge_plans"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_contacts")),
    )
    with op.batch_alter_table("call_contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_call_contacts_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "pending_tests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("test", sa.String(length=200), nullable=False),
        sa.Column("told_by", sa.String(length=200), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["discharge_plans.id"],
            name=op.f("fk_pending_tests_plan_id_discharge_plans"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_tests")),
    )
    with op.batch_alter_table("pending_tests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pending_tests_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "teach_backs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=500), nullable=False),
        sa.Column(
            "taught_to",
            sa.Enum("patient", "family", "carer", name="taughtto", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("taught_name", sa.String(length=100), nullable=False),
        sa.Column(
            "understood",
            sa.Enum("yes", "partly", "no", name="understood", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("taught_by_id", sa.Integer(), nullable=False),
        sa.Column("taught_at", rounds_app.storage.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"], ["discharge_plans.id"], name=op.f("fk_teach_backs_plan_id_discharge_plans")
        ),
        sa.ForeignKeyConstraint(
            ["taught_by_id"], ["users.id"], name=op.f("fk_teach_backs_taught_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teach_backs")),
    )
    with op.batch_alter_table("teach_backs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_teach_backs_plan_id"), ["plan_id"], unique=False)

    with op.batch_alter_table("card_field_revisions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("shareable", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("language", sa.String(length=200), server_default="", nullable=False)
        )

    with op.batch_alter_table("contributions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("shareable", sa.Boolean(), server_default="0", nullable=False)
        )

    with op.batch_alter_table("discharge_plans", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("why_in_hospital", sa.Text(), server_default="", nullable=False)
        )

    with op.batch_alter_table("narrative_fields", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("shareable", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("language", sa.String(length=200), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("narrative_fields", schema=None) as batch_op:
        batch_op.drop_column("language")
        batch_op.drop_column("shareable")

    with op.batch_alter_table("discharge_plans", schema=None) as batch_op:
        batch_op.drop_column("why_in_hospital")

    with op.batch_alter_table("contributions", schema=None) as batch_op:
        batch_op.drop_column("shareable")

    with op.batch_alter_table("card_field_revisions", schema=None) as batch_op:
        batch_op.drop_column("language")
        batch_op.drop_column("shareable")

    with op.batch_alter_table("teach_backs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_teach_backs_plan_id"))

    op.drop_table("teach_backs")
    with op.batch_alter_table("pending_tests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pending_tests_plan_id"))

    op.drop_table("pending_tests")
    with op.batch_alter_table("call_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_contacts_plan_id"))

    op.drop_table("call_contacts")

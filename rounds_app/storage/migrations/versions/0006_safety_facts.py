"""safety facts: resuscitation decisions, whiteboard safety checks, the history of every
safety fact; allergies, contacts and medicines as entered in Rounds; a Latin-script name

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 16:54:11.847573
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import rounds_app.storage.base

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fact_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("admission_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=32), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", rounds_app.storage.base.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["admission_id"],
            ["admissions.id"],
            name=op.f("fk_fact_revisions_admission_id_admissions"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_fact_revisions_patient_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_fact_revisions_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fact_revisions")),
        sa.UniqueConstraint(
            "entity", "entity_id", "version", name=op.f("uq_fact_revisions_entity")
        ),
    )
    with op.batch_alter_table("fact_revisions", schema=None) as batch_op:
        batch_op.create_index("ix_fact_revisions_patient", ["patient_id", "entity"], unique=False)

    op.create_table(
        "resuscitation_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("admission_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "not_discussed",
                "for_cpr",
                "dnacpr",
                name="resuscitation",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "ceiling",
            sa.Enum(
                "not_discussed",
                "full_escalation",
                "ward_based",
                "comfort",
                name="ceiling",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("discussed_with", sa.String(length=200), nullable=False),
        sa.Column("form_reference", sa.String(length=200), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", rounds_app.storage.base.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["admission_id"],
            ["admissions.id"],
            name=op.f("fk_resuscitation_decisions_admission_id_admissions"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["users.id"],
            name=op.f("fk_resuscitation_decisions_recorded_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resuscitation_decisions")),
        sa.UniqueConstraint("admission_id", name=op.f("uq_resuscitation_decisions_admission_id")),
    )
    op.create_table(
        "safety_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("admission_id", sa.Integer(), nullable=False),
        sa.Column(
            "item",
            sa.Enum(
                "decision_making",
                "mobility",
                "falls_risk",
                "isolation",
                "diet",
                "aids",
                "lines",
                "vte",
                name="safetyitem",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.String(length=500), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", rounds_app.storage.base.UTCDateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["admission_id"],
            ["admissions.id"],
            name=op.f("fk_safety_checks_admission_id_admissions"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["users.id"], name=op.f("fk_safety_checks_recorded_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_safety_checks")),
        sa.UniqueConstraint("admission_id", "item", name=op.f("uq_safety_checks_admission_id")),
    )
    with op.batch_alter_table("allergies", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("reaction", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("severity", sa.String(length=16), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("status", sa.String(length=16), server_default="active", nullable=False)
        )
        batch_op.add_column(sa.Column("recorded_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_allergies_recorded_by_id_users"), "users", ["recorded_by_id"], ["id"]
        )

    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("next_of_kin", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("decision_maker", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("may_share", sa.Boolean(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("active", sa.Boolean(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("recorded_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_contacts_recorded_by_id_users"), "users", ["recorded_by_id"], ["id"]
        )

    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("route", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("frequency", sa.String(length=200), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("active", sa.Boolean(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("recorded_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_medications_recorded_by_id_users"), "users", ["recorded_by_id"], ["id"]
        )

    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("latin_name", sa.String(length=100), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("patients", schema=None) as batch_op:
        batch_op.drop_column("latin_name")

    with op.batch_alter_table("medications", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_medications_recorded_by_id_users"), type_="foreignkey"
        )
        batch_op.drop_column("recorded_by_id")
        batch_op.drop_column("active")
        batch_op.drop_column("frequency")
        batch_op.drop_column("route")

    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_contacts_recorded_by_id_users"), type_="foreignkey")
        batch_op.drop_column("recorded_by_id")
        batch_op.drop_column("active")
        batch_op.drop_column("may_share")
        batch_op.drop_column("decision_maker")
        batch_op.drop_column("next_of_kin")

    with op.batch_alter_table("allergies", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_allergies_recorded_by_id_users"), type_="foreignkey"
        )
        batch_op.drop_column("recorded_by_id")
        batch_op.drop_column("status")
        batch_op.drop_column("severity")
        batch_op.drop_column("reaction")

    op.drop_table("safety_checks")
    op.drop_table("resuscitation_decisions")
    with op.batch_alter_table("fact_revisions", schema=None) as batch_op:
        batch_op.drop_index("ix_fact_revisions_patient")

    op.drop_table("fact_revisions")

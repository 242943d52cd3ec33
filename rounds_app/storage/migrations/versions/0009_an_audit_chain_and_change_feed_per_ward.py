"""an audit chain and a change feed per ward: events and change-log rows name their
chain (0, the hospital's, holds everything written before), change numbers run within
a chain, and each chain's head keeps its last change number

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 05:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain", sa.Integer(), server_default="0", nullable=False))

    with op.batch_alter_table("audit_chain_head", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("last_change_seq", sa.Integer(), server_default="0", nullable=False)
        )
    # the single chain so far becomes the hospital's, chain 0, and keeps its numbers
    op.execute("UPDATE audit_chain_head SET id = 0 WHERE id = 1")
    op.execute(
        "UPDATE audit_chain_head SET last_change_seq = "
        "(SELECT coalesce(max(id), 0) FROM change_log) WHERE id = 0"
    )

    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
    op.execute("UPDATE change_log SET seq = id")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.Integer(), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_change_log_chain"), ["chain", "seq"])

    if op.get_bind().dialect.name == "postgresql":
        # ids were numbered by Rounds until now, never by the column's sequence
        op.execute(
            "SELECT setval(pg_get_serial_sequence('change_log', 'id'), "
            "coalesce(max(id), 0) + 1, false) FROM change_log"
        )


def downgrade() -> None:
    wards = op.get_bind().execute(sa.text("SELECT count(*) FROM audit_chain_head WHERE id <> 0"))
    if wards.scalar_one():
        # the events of many chains cannot be linked into one without rewriting them
        raise RuntimeError("this database has an audit chain per ward; it cannot go back to one")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_change_log_chain"), type_="unique")
        batch_op.drop_column("seq")
        batch_op.drop_column("chain")
    op.execute("UPDATE audit_chain_head SET id = 1 WHERE id = 0")
    with op.batch_alter_table("audit_chain_head", schema=None) as batch_op:
        batch_op.drop_column("last_change_seq")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("chain")

"""sign-in backoff: failed sign-ins in a row per username, and when it may try again

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 10:12:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import rounds_app.storage.base

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_throttles",
        sa.Column("name_digest", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column("retry_after", rounds_app.storage.base.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name_digest", name=op.f("pk_sign_in_throttles")),
    )
    with op.batch_alter_table("sign_in_throttles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sign_in_throttles_retry_after"), ["retry_after"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("sign_in_throttles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sign_in_throttles_retry_after"))

    op.drop_table("sign_in_throttles")

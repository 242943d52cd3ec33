"""`rounds-app audit verify`: checks the hash chain of the audit trail."""

from __future__ import annotations

import argparse

from sqlalchemy import func, select

from rounds_app.cli.opening import database
from rounds_app.cli.terminal import complain, say
from rounds_app.services.audit import verify_chain
from rounds_app.storage.models import AuditEvent


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("audit", help="check the audit trail")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", parents=[common], help="find edited, inserted or deleted audit events"
    )
    verify.set_defaults(handler=_verify)


def _verify(args: argparse.Namespace) -> int:
    with database(args) as db, db.session() as session:
        problems = verify_chain(session)
        count = session.execute(select(func.count(AuditEvent.id))).scalar_one()
    if not problems:
        say(f"The audit trail is intact: {count} events.")
        return 0
    for problem in problems:
        complain(problem.message)
    return 1

"""`rounds-app audit verify`: checks the audit trail's chain, its seal with the audit key
and this workstation's checkpoints of it."""

from __future__ import annotations

import argparse

from rounds_app.cli.commands import Commands
from rounds_app.cli.terminal import complain, say


def register(commands: Commands, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("audit", help="check the audit trail")
    actions = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", parents=[common], help="find edited, inserted or deleted audit events"
    )
    verify.set_defaults(handler=_verify)


def _verify(args: argparse.Namespace) -> int:
    from rounds_app.cli.opening import database
    from rounds_app.services.audit import inspect_chain

    with database(args) as db, db.session() as session:
        report = inspect_chain(session)
    for problem in report.problems:
        complain(problem.message)
    if report.problems:
        return 1
    if report.sealed_from is None:
        say(
            f"The audit trail is intact: {report.events} events, not sealed yet "
            f"(the next change seals it with the audit key {report.key_path})."
        )
        return 0
    checkpoint = (
        f"its newest checkpoint (event {report.checkpoint}) matches"
        if report.checkpoint is not None
        else "this workstation holds no checkpoint of it"
    )
    say(
        f"The audit trail is intact: {report.events} events, sealed from event "
        f"{report.sealed_from} with the audit key {report.key_path}; {checkpoint}."
    )
    return 0

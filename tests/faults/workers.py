"""The workstations the fault tests start as separate processes:

    python -m tests.faults.workers soak --db URL --username U --worker N --seed S
        --ops K --admissions 1,2,3 --log FILE
    python -m tests.faults.workers crash --db URL --username U --admission A
        --drafts DIR --trial T
    python -m tests.faults.workers workstation --db URL --username U --drafts DIR
        [--as-nobody]

Each signs in through users.authenticate (password: tests.factories.PASSWORD) and
prints "ready". Every line is flushed at once, and a write is reported only after its
commit returned: the tests treat a printed or logged write as acknowledged, exactly as
a user who saw "saved" on the screen would."""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

# before rounds_app is imported (tests/conftest.py does the same for the test process)
os.environ.setdefault("ROUNDS_PASSWORD_HASH_PROFILE", "cheapest-for-tests")

from rounds_app.domain.enums import ActionStatus, CardField, ChecklistKind, Voice  # noqa: E402
from rounds_app.drafts import DraftStore  # noqa: E402
from rounds_app.errors import ConflictError, RoundsError  # noqa: E402
from rounds_app.services import actions, cards, contributions, discharge, users  # noqa: E402
from rounds_app.services.actor import Actor  # noqa: E402
from rounds_app.services.patient_card import PatientCard, patient_card  # noqa: E402
from rounds_app.storage.database import Database, open_database  # noqa: E402
from tests.factories import PASSWORD  # noqa: E402

# two fields on a few patients: four workstations collide on them often
SOAK_FIELDS = (CardField.WHAT_MATTERS_MOST, CardField.HOPES)
# a weighted deck of what a workstation does next
SOAK_OPS = ("save_field",) * 7 + ("add",) * 4 + ("amend",) * 2 + ("open_action",) * 2
SOAK_OPS += ("close_action",) * 2 + ("save_plan",) * 2 + ("tick",)
# how often a workstation saves from the card it opened earlier rather than re-reading it
STALE_READS = 0.4
CRASH_LOOP_LIMIT = 2000  # a crash trial kills long before; this only bounds a lost test


def crash_text(trial: int, index: int) -> str:
    """The entry a crash worker writes; the test recomputes it to check what survived."""
    return f"trial {trial} entry {index}: Ελένη slept well — 秀英 asked for tea"


def _say(line: str) -> None:
    print(line, flush=True)


def _sign_in(db: Database, username: str) -> Actor:
    with db.session() as s:
        return users.authenticate(s, username, PASSWORD)


class Soak:
    """Randomised edits of one ward, logging every acknowledged write and every
    conflict as one JSON line."""

    def __init__(self, db: Database, actor: Actor, rng: random.Random, worker: int) -> None:
        self.db, self.actor, self.rng, self.worker = db, actor, rng, worker
        self.opened: dict[int, PatientCard] = {}  # the card as this workstation last read it
        self.mine: dict[int, int] = {}  # own entry id -> the id of its current version
        self.attempt: dict[str, Any] = {}  # what the running operation is about to save

    def card(self, admission_id: int) -> tuple[PatientCard, bool]:
        if admission_id in self.opened and self.rng.random() < STALE_READS:
            return self.opened[admission_id], False  # an editor left open: maybe stale
        with self.db.session() as s:
            self.opened[admission_id] = patient_card(s, self.actor, admission_id)
        return self.opened[admission_id], True

    def step(self, number: int, admission_id: int) -> dict[str, Any]:
        op = self.rng.choice(SOAK_OPS)
        card, fresh = self.card(admission_id)
        if op == "amend" and not self.mine:
            op = "add"
        if op == "close_action" and not any(a.status is ActionStatus.OPEN for a in card.actions):
            op = "open_action"
        if op == "tick" and card.discharge_plan is None:
            op = "save_plan"
        text = f"w{self.worker}#{number} {self.rng.choice(['Ελένη', 'محمد', '秀英', 'Zoë'])}"
        head = {"worker": self.worker, "n": number, "fresh": fresh}
        self.attempt = {}
        with self.db.session() as s:
            try:
                result = getattr(self, op)(s, card, text)
            except ConflictError as conflict:
                return {
                    "op": "conflict",
                    "of": op,
                    **head,
                    **self.attempt,
                    "mine": asdict(conflict.mine),
                    "theirs": asdict(conflict.theirs),
                }
        return {"op": op, **head, **self.attempt, **result}

    def save_field(self, s: Any, card: PatientCard, text: str) -> dict[str, Any]:
        field = self.rng.choice(SOAK_FIELDS)
        base = card.fields[field].version
        admission = card.admission.id
        self.attempt = {"admission": admission, "field": field.value, "base": base, "text": text}
        view = cards.save_field(s, self.actor, admission, field, text, Voice.PATIENT, base)
        return {"version": view.version}

    def add(self, s: Any, card: PatientCard, text: str) -> dict[str, Any]:
        self.attempt = {"admission": card.admission.id, "text": text, "amends": None}
        entry = contributions.add_contribution(
            s, self.actor, card.admission.id, text=text, kind="update"
        )
        self.mine[entry] = entry
        return {"id": entry}

    def amend(self, s: Any, card: PatientCard, text: str) -> dict[str, Any]:
        entry = self.rng.choice(sorted(self.mine))
        previous = self.mine[entry]
        self.attempt = {"text": text, "amends": previous}
        version = contributions.amend_contribution(
            s, self.actor, previous, text=text, reason="soak amendment"
        )
        self.mine[entry] = version
        return {"id": version}

    def open_action(self, s: Any, card: PatientCard, text: str) -> dict[str, Any]:
        self.attempt = {"admission": card.admission.id, "text": text}
        action = actions.open_action(
            s, self.actor, card.admission.id, text=text, owner_discipline="nursing"
        )
        return {"id": action}

    def close_action(self, s: Any, card: PatientCard, text: str) -> dict[str, Any]:
        action = self.rng.choice([a for a in card.actions if a.status is ActionStatus.OPEN])
        status = self.rng.choice([ActionStatus.DONE, ActionStatus.CANCELLED])
        self.attempt = {"id": action.id, "base": action.version, "status": status.value}
        return {"version": actions.close_action(s, self.actor, action.id, action.version, status)}

    def save_plan(self, s: Any, card: PatientCard, text: str) -> dict[str, Any]:
        plan = card.discharge_plan
        edit = discharge.PlanEdit(
            version=plan.version if plan else 0,
            destination=f"home, {text}",
            barriers=f"stairs ({text})",
            warning_signs=f"breathless ({text})",
            whom_to_call=f"ward 7 ({text})",
        )
        # a field left None keeps what is stored: not part of what this save says
        values = {k: v for k, v in asdict(edit).items() if k != "version" and v is not None}
        self.attempt = {"admission": card.admission.id, "base": edit.version, "values": values}
        return {"version": discharge.save_plan(s, self.actor, card.admission.id, edit)}

    def tick(self, s: Any, card: PatientCard, text: str) -> dict[str, Any]:
        assert card.discharge_plan is not None
        # "Medicines reconciled" is a pharmacist's or physician's record, not a nurse's tick
        items = [
            i
            for i in card.discharge_plan.checklist
            if i.kind is not ChecklistKind.MEDICINES_RECONCILED
        ]
        item = self.rng.choice(items)
        self.attempt = {"item": item.id, "done": not item.done}
        discharge.tick_checklist_item(s, self.actor, item.id, not item.done)
        return {}


def soak(args: argparse.Namespace) -> None:
    db = open_database(args.db, migrate=False)
    actor = _sign_in(db, args.username)
    rng = random.Random(f"{args.seed}/{args.worker}")
    admissions = [int(a) for a in args.admissions.split(",")]
    worker = Soak(db, actor, rng, args.worker)
    _say("ready")
    sys.stdin.readline()  # "go": every workstation starts at once, so they collide
    with open(args.log, "a", encoding="utf-8") as log:
        for number in range(args.ops):
            record = worker.step(number, rng.choice(admissions))
            log.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            log.flush()
    db.dispose()


def crash(args: argparse.Namespace) -> None:
    """Writes entries until killed: draft first, then the entry, then "ack", then the
    draft is discarded, as the quick-add box does."""
    db = open_database(args.db, migrate=False)
    actor = _sign_in(db, args.username)
    store = DraftStore(Path(args.drafts))
    key = f"contribution:new:{args.admission}"
    _say("ready")
    for index in range(CRASH_LOOP_LIMIT):
        text = crash_text(args.trial, index)
        store.save(key, {"admission": args.admission, "text": text})
        _say(f"draft {index}")
        with db.session() as s:
            entry = contributions.add_contribution(
                s, actor, args.admission, text=text, kind="update"
            )
        _say(f"ack {index} {entry}")
        store.discard(key)


def _drop_to_nobody() -> None:
    # the interpreter's own files are readable by root only on this image: load every
    # module the run will need before giving up root
    import sqlite3  # noqa: F401

    import sqlalchemy.dialects.sqlite  # noqa: F401

    os.setgroups([])
    os.setgid(65534)
    os.setuid(65534)


def workstation(args: argparse.Namespace) -> None:
    """Obeys one JSON command per input line and answers each with one JSON line:
    {"do": "draft", "key", "text"} | {"do": "contribute", "admission", "text"} |
    {"do": "reconnect"} | {"do": "quit"}."""
    if args.as_nobody:
        _drop_to_nobody()
    # the test brought the schema up to date; as nobody, the migrations folder may sit
    # where only root can read (a checkout inside a private folder)
    db = open_database(args.db, migrate=not args.as_nobody)
    actor = _sign_in(db, args.username)
    store = DraftStore(Path(args.drafts))
    _say("ready")
    for line in sys.stdin:
        command = json.loads(line)
        try:
            if command["do"] == "quit":
                break
            if command["do"] == "draft":
                store.save(command["key"], {"text": command["text"]})
                answer: dict[str, Any] = {"ok": True}
            elif command["do"] == "reconnect":
                db.engine.dispose()  # as after a dropped connection: the next action reopens
                answer = {"ok": True}
            else:
                with db.session() as s:
                    entry = contributions.add_contribution(
                        s, actor, command["admission"], text=command["text"], kind="update"
                    )
                answer = {"ok": True, "id": entry}
        except Exception as error:  # reported, not raised: the test judges the message
            answer = {
                "ok": False,
                "type": type(error).__name__,
                "rounds_error": isinstance(error, RoundsError),
                "message": str(error),
            }
        _say(json.dumps(answer, ensure_ascii=False))
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.faults.workers")
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("soak", "crash", "workstation"):
        command = commands.add_parser(name)
        command.add_argument("--db", required=True)
        command.add_argument("--username", required=True)
    commands.choices["soak"].add_argument("--worker", type=int, required=True)
    commands.choices["soak"].add_argument("--seed", required=True)
    commands.choices["soak"].add_argument("--ops", type=int, required=True)
    commands.choices["soak"].add_argument("--admissions", required=True)
    commands.choices["soak"].add_argument("--log", required=True)
    commands.choices["crash"].add_argument("--admission", type=int, required=True)
    commands.choices["crash"].add_argument("--drafts", required=True)
    commands.choices["crash"].add_argument("--trial", type=int, required=True)
    commands.choices["workstation"].add_argument("--drafts", required=True)
    commands.choices["workstation"].add_argument("--as-nobody", action="store_true")
    args = parser.parse_args()
    {"soak": soak, "crash": crash, "workstation": workstation}[args.command](args)


if __name__ == "__main__":
    main()

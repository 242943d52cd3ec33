"""Every public service function × every role × a plain and a sensitive target: the
call succeeds exactly when README's roles table grants the role what the function
needs (permission_matrix/), and what a role without view_sensitive gets holds no
sensitive entry. README's table is the source of truth: it must equal the code's
ROLE_PERMISSIONS, and a public function that takes an actor without a row in the
matrix fails here by name."""

from __future__ import annotations

import importlib
import inspect
import itertools
import pkgutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from rounds_app.domain.enums import Role
from rounds_app.domain.roles import ROLE_PERMISSIONS, Permission
from rounds_app.errors import PermissionDenied
from rounds_app.services.actor import Actor
from rounds_app.services.visibility import may_see_entry
from rounds_app.storage.database import Database
from tests.storage.matrix_ward import PLAIN, SECRETS, MatrixWard, seed
from tests.storage.permission_matrix import MATRIX, Shows

README = Path(__file__).parents[2] / "README.md"

# where the service functions live: every module of these packages is searched
SERVICE_PACKAGES = ("services", "interop", "exchange", "reports")

# public functions that take an actor but are not a door to data, and why
NOT_SERVICES = {
    "services.actor.require": "the role check itself",
    "services.actor.require_person": "checks a person signs an entry, after the role check",
    "services.unit.unit_of_work": "the frame of every write, which checks the role",
    "services.conflicts.check_version": "the stale-save check inside writes",
    "services.fact_revisions.check_revision": "the stale-save check inside writes",
    "services.fact_revisions.append_revision": "the history step inside writes",
    "services.audit.event_hash": "its `actor` is the name the audit trail records",
    "services.audit.append_event": "its `actor` is the name the audit trail records",
    "services.visibility.may_read_sensitive": "the rule: tested below, and by every row",
    "services.visibility.require_sensitive": "the rule: tested below, and by every row",
    "services.visibility.may_see_entry": "the rule: tested below, and by every row",
    "services.visibility.require_entry": "the rule: tested below, and by every row",
    "services.visibility.visible_entries": "the rule: tested below, and by every row",
    "reports.data.printer": "names who printed a sheet from the actor; reads nothing",
    "services.census_imports.plan_fhir_import": "loads interop.fhir_import's, which has its row",
    "services.discharge_plans.plan_for": "starts a plan inside writes, after the role check",
}


def readme_roles() -> dict[Role, frozenset[Permission]]:
    """README's roles table: a row per permission, a column per role, ✓ or –."""
    section = README.read_text(encoding="utf-8").split("### Roles", 1)[1]
    rest = section.splitlines()
    start = next(i for i, line in enumerate(rest) if line.startswith("|"))
    lines = list(itertools.takewhile(lambda line: line.startswith("|"), rest[start:]))
    header = [cell.strip() for cell in lines[0].strip("|").split("|")]
    roles = [Role(name) for name in header[2:]]
    granted: dict[Role, set[Permission]] = {role: set() for role in roles}
    for line in lines[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        permission = Permission(cells[0].strip("`"))
        for role, mark in zip(roles, cells[2:], strict=True):
            assert mark in ("✓", "–"), f"README: {permission} for {role} is {mark!r}"
            if mark == "✓":
                granted[role].add(permission)
    return {role: frozenset(permissions) for role, permissions in granted.items()}


GRANTED = readme_roles()


def service_functions() -> Iterator[str]:
    """Public module-level functions taking an `actor`, as "package.module.function"."""
    for package in SERVICE_PACKAGES:
        root = importlib.import_module(f"rounds_app.{package}")
        for found in pkgutil.walk_packages(root.__path__, f"{root.__name__}."):
            module = importlib.import_module(found.name)
            for name, function in vars(module).items():
                if (
                    not name.startswith("_")
                    and inspect.isfunction(function)
                    and function.__module__ == module.__name__
                    and "actor" in inspect.signature(function).parameters
                ):
                    yield f"{module.__name__.removeprefix('rounds_app.')}.{name}"


def test_readme_roles_table_is_the_code() -> None:
    assert set(GRANTED) == set(Role)
    for role in Role:
        assert GRANTED[role] == ROLE_PERMISSIONS[role], f"README and code differ for {role}"


def test_every_service_function_has_a_row() -> None:
    found = set(service_functions())
    missing = sorted(found - set(MATRIX) - set(NOT_SERVICES))
    assert not missing, (
        f"add a row to its area in tests/storage/permission_matrix/ for: {', '.join(missing)}"
    )
    stale = sorted((set(MATRIX) | set(NOT_SERVICES)) - found)
    assert not stale, f"rows for functions that no longer exist: {', '.join(stale)}"


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("sensitive", [False, True])
def test_may_see_entry_follows_the_table(role: Role, sensitive: bool) -> None:
    actor = Actor(1, "someone", "Someone", role, None)
    expected = not sensitive or Permission.VIEW_SENSITIVE in GRANTED[role]
    assert may_see_entry(actor, sensitive) is expected


@pytest.fixture(scope="module")
def ward(module_db: Database, tmp_path_factory: pytest.TempPathFactory) -> MatrixWard:
    return seed(module_db, tmp_path_factory.mktemp("matrix"))


def _squeezed(text: str) -> str:
    """Without whitespace: a printed line wraps where it will."""
    return "".join(text.split())


@pytest.mark.parametrize("target", ["plain", "sensitive"])
@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("function", sorted(MATRIX))
def test_matrix(ward: MatrixWard, function: str, role: Role, target: str) -> None:
    row, sensitive = MATRIX[function], target == "sensitive"
    needs = row.needs | (row.sensitive_needs if sensitive else frozenset())
    actor = ward.actors[role]
    with ward.db.session() as s:
        if not needs <= GRANTED[role]:
            with pytest.raises(PermissionDenied, match="account cannot|marked sensitive"):
                row.call(s, actor, ward, sensitive)
            return
        result = row.call(s, actor, ward, sensitive)
    shown = _squeezed(row.text(result))
    leaked = [secret for secret in SECRETS if _squeezed(secret) in shown]
    reads_sensitive = Permission.VIEW_SENSITIVE in GRANTED[role]
    if not sensitive and row.shows is Shows.TO_ROLE:
        assert _squeezed(PLAIN) in shown  # the call reads the target's entries
    elif sensitive and row.shows is Shows.TO_ROLE and reads_sensitive:
        assert leaked, f"{function} left out what a {role} account may read"
    elif sensitive:
        assert not leaked, f"{function} showed a {role} account: {leaked}"

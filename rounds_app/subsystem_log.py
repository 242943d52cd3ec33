"""One logger per subsystem, named after where the code lives, so a log line says which
part of Rounds wrote it and a diagnostics filter can pick one part out.

The rule: "rounds." and the package of the module, with the core's package name left
out and the client's kept (`rounds_app.services.unit` → `rounds.services`,
`ui.rounds.mode` → `rounds.ui.rounds`). A module at the top of either tree is a
subsystem of its own (`rounds_app.drafts` → `rounds.drafts`, `ui.shell.app` → `rounds.ui.app`).
Every logger sits under "rounds", where diagnostics attaches its handler."""

from __future__ import annotations

import logging

ROOT = "rounds"
_TREES = {"rounds_app": ROOT, "ui": f"{ROOT}.ui"}


def logger_name(module: str) -> str:
    tree, *rest = module.split(".")
    if tree not in _TREES or not rest:
        raise ValueError(f"{module!r} is not a module of rounds_app or ui")
    package = rest[:-1] or rest  # a top-level module is its own subsystem
    return ".".join([_TREES[tree], *package])


def subsystem_logger(module: str) -> logging.Logger:
    """The logger for the module named `module` (pass `__name__`)."""
    return logging.getLogger(logger_name(module))

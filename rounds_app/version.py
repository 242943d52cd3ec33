"""This installation's version: the installed package's (importlib.metadata), read
only when asked for."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as _installed


def version() -> str:
    try:
        return _installed("rounds-app")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown (not installed)"

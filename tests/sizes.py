"""How big the long tests run: a size that keeps `make test` quick but still explores,
or the full size with ROUNDS_FAULTS_FULL=1 (`make faults-full`)."""

from __future__ import annotations

import os

FULL = os.environ.get("ROUNDS_FAULTS_FULL") == "1"


def sized(ci: int, full: int) -> int:
    return full if FULL else ci

"""Reading the demo content files."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from rounds_app.resource_files import resource_path


@dataclass(frozen=True)
class DemoContent:
    personas: list[dict[str, Any]]
    # discipline -> generic entries, each with what it assumes of the patient (`needs`)
    pool: dict[str, list[dict[str, Any]]]


@cache
def load_content() -> DemoContent:
    personas = [
        persona
        for path in sorted(resource_path("demo", "personas").glob("*.json"))
        for persona in json.loads(path.read_text("utf-8"))["personas"]
    ]
    pool = json.loads(resource_path("demo", "contribution_pool.json").read_text("utf-8"))
    return DemoContent(personas, pool["pool"])

"""The `COMMAND` list of the command line, to which each command module adds its own."""

from __future__ import annotations

import argparse
from typing import TypeAlias

# argparse's class is generic only in its stubs, so the alias is a string at run time
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

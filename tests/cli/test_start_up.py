"""What a command loads before it runs: the parser alone imports no implementation
(no SQLAlchemy, no Alembic, no ReportLab, no demo generator), and `--version` says
the installed package's version."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version

import pytest

from rounds_app.cli.main import main

HEAVY = ("sqlalchemy", "alembic", "reportlab", "babel", "rounds_app.demo", "rounds_app.storage")


def test_version_is_the_installed_package_version(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out == f"Rounds {version('rounds-app')}\n"


def test_the_parser_and_version_load_no_implementation() -> None:
    probe = (
        "import sys\n"
        "from rounds_app.cli.main import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(sorted(m for m in sys.modules if m.startswith({HEAVY!r})))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.splitlines()[-1] == "[]"

"""A non-editable install carries its resources and migrations and runs from anywhere."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    return next(out.glob("rounds_app-*.whl"))


def test_wheel_holds_resources_migrations_and_both_packages(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "rounds_app/resources/demo/personas/01.json",
        "rounds_app/resources/demo/contribution_pool.json",
        "rounds_app/resources/qss/base.qss",
        "rounds_app/storage/migrations/env.py",
        "rounds_app/storage/migrations/versions/0001_first_schema.py",
        "ui/shell/launcher.py",
    ):
        assert expected in names
    assert not any(name.startswith(("tests/", "resources/")) for name in names)


def test_installed_copy_builds_a_demo_ward(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        timeout=300,
    )
    # run from an unrelated folder, so only the installed copy can be imported
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rounds_app",
            "demo",
            "--db",
            str(tmp_path / "demo.sqlite3"),
            "--patients",
            "3",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(target)},
    )
    assert result.returncode == 0, result.stderr
    assert "Demo ward created with 3 patients" in result.stdout

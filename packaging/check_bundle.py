"""`make dist-check`: checks that the bundle holds Qt's own translation for each of the
screens' languages, then starts it as a new machine would — an empty environment, a
fresh HOME, only a display — with --demo, waits for its sign-in window, and prints the
bundle's size and its cold start to the first window beside `make run`'s command.
Needs an X display (DISPLAY, e.g. Xvfb :99) and xwininfo. Exits 1 if a translation is
missing or no window came."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# beside this script (the name `packaging` is taken by the PyPI library)
from qt_translations import missing_from

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "rounds-app"
WINDOW = "Sign in to Rounds"
TIMEOUT = 120.0


def _window_shown(display: str) -> bool:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"],
        env={"DISPLAY": display},
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    return f'"{WINDOW}"' in tree


def first_window(command: list[str], display: str, environment: dict[str, str]) -> float:
    """Seconds from start to the sign-in window; raises TimeoutError."""
    with tempfile.TemporaryDirectory() as home:
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            env={**environment, "HOME": home, "DISPLAY": display},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=home,
        )
        try:
            while time.perf_counter() - started < TIMEOUT:
                if _window_shown(display):
                    return time.perf_counter() - started
                if process.poll() is not None:
                    raise RuntimeError(f"{command[0]} ended ({process.returncode})")
                time.sleep(0.05)  # polling the X server, not waiting on a result
            raise TimeoutError(f"no window from {command[0]} in {TIMEOUT:.0f} s")
        finally:
            process.kill()
            process.wait()


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def main() -> int:
    missing = missing_from(BUNDLE)
    if missing:
        print(f"the bundle lacks Qt's translations {', '.join(missing)}", file=sys.stderr)
        return 1
    display = os.environ.get("DISPLAY")
    if not display or shutil.which("xwininfo") is None:
        print("dist-check needs an X display (DISPLAY) and xwininfo", file=sys.stderr)
        return 1
    bundle = first_window([str(BUNDLE / "rounds-app"), "--demo"], display, {})
    print(f"bundle: {_size(BUNDLE) / 2**20:.0f} MiB in {BUNDLE}")
    print(f"bundle, empty environment: first window after {bundle:.2f} s")
    venv = ROOT / ".venv" / "bin" / "rounds-app"
    if venv.exists():
        path = {"PATH": os.environ.get("PATH", "")}
        seconds = first_window([str(venv), "--demo"], display, path)
        print(f"make run's command: first window after {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Regression test for PySide6 6.12.0 on Python 3.11, which corrupted the reference
count of None and killed the interpreter ("none_dealloc") after about a thousand calls
of methods that return nothing. Run in a subprocess so a crash fails this test only."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 5000
MARKER = "VOID-CALLS-SURVIVED"

SCRIPT = f"""
from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
label = QLabel()
for i in range({CALLS}):
    label.setText(str(i))
for i in range({CALLS}):
    label.setObjectName(f"label-{{i}}")
print("{MARKER}", label.text(), label.objectName(), flush=True)
"""


def test_thousands_of_void_calls_do_not_crash_the_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert f"{MARKER} {CALLS - 1} label-{CALLS - 1}" in done.stdout

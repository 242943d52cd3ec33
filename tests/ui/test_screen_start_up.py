"""`rounds-app render` writes its PNG with ui.common.pdf_files: loading that module
must not load the print dialog and the report renderers (ReportLab) behind it."""

from __future__ import annotations

import subprocess
import sys


def test_the_pdf_files_module_loads_no_renderer() -> None:
    probe = (
        "import sys\n"
        "import ui.common.pdf_files\n"
        "print(sorted(m for m in sys.modules if m.startswith(('reportlab', 'ui.printing.p'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


def test_print_actions_still_come_from_the_package() -> None:
    from ui.printing import PrintActions
    from ui.printing.print_actions import PrintActions as Defined

    assert PrintActions is Defined


def test_the_workstation_loads_no_report_code_and_no_server_driver() -> None:
    """What a SQLite workstation that has not printed needs: neither ReportLab and its
    fonts (~40 MiB) nor psycopg (~25 MiB) until it prints or follows a server."""
    probe = (
        "import sys\n"
        "from ui.shell.main_window import MainWindow\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'psycopg')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"

"""The documents layer draws plain data: importing and using it pulls in no Qt and no ORM."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
sys.path.insert(0, {root!r})
from tests.documents import samples
from kppn_desktop.documents import render_slip, render_receipt, render_report
from kppn_desktop.documents import export_report_csv, export_report_xlsx
render_slip(samples.slip()); render_receipt(samples.receipt()); render_report(samples.report(3))
export_report_csv(samples.report(3)); export_report_xlsx(samples.report(3))
bad = sorted(m for m in sys.modules
             if m.split('.')[0] in ('PySide6', 'shiboken6', 'peewee', 'playhouse', 'psycopg')
             or m.startswith(('kppn_desktop.storage', 'kppn_desktop.services',
                              'kppn_desktop.gui')))
print(','.join(bad))
"""


def test_documents_import_no_qt_and_no_orm():
    result = subprocess.run([sys.executable, "-c", SCRIPT.format(root=str(ROOT))],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""

"""What the main window needs before it shows: the start-up benchmark's case (a desk officer,
whose first page is the intake page, its office data loaded) in a fresh interpreter, which must
not import the papers (reportlab and the documents layer), Qt's printing, the saving and list
services, or the ``holidays`` package (its lists are shipped). Each of these is loaded later, on
a worker or when first used; importing them again at start-up would cost tens of milliseconds
(benchmarks/RESULTS.md, "Mulai")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kppn_desktop.domain import holiday_table, holidays_id

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = ["reportlab", "kppn_desktop.documents", "kppn_desktop.services.papers",
                "kppn_desktop.gui.printing.preview", "PySide6.QtPrintSupport",
                "kppn_desktop.services.consultations", "kppn_desktop.services.queries",
                "kppn_desktop.services.attachments", "kppn_desktop.gui.consultation.window"]
if holidays_id.HOLIDAYS_VERSION == holiday_table.installed_holidays_version():
    NOT_AT_START.append("holidays")

CHILD = """
import sys
from benchmarks import gui_child
app, session, window = gui_child._main_window(sys.argv[1], sys.argv[2])
window._warm_up_timer.stop()      # the warm-up imports the other pages later, on purpose
gui_child._settle(app, lambda: not session.runner.busy)
assert window.pages["intake"].calendar is not None, "the office data did not load"
print(" ".join(sorted(sys.modules)))
"""


def test_the_main_window_opens_without_what_it_needs_only_later(office, database, db_url):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CHILD, db_url, office.cso.username],
                         capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    loaded = set(out.stdout.split())
    assert "kppn_desktop.gui.pages.intake" in loaded
    assert [name for name in NOT_AT_START if name in loaded] == []

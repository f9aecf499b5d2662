"""Every page of every role, the consultation window and its dialogs, the login and the setup
wizard, opened in a real window (Xvfb) at 1366x768 (a common office screen) and 1920x1080: no
horizontal scroll bar on a page, no label cut off, no field narrower than its content needs.
The probe runs in a process of its own on the xcb platform (``tests/gui/layout_probe.py``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


@pytest.mark.parametrize("size", ["1366x768", "1920x1080"])
def test_everything_fits_the_screen(size, xvfb, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", DISPLAY=xvfb(size))
    result = subprocess.run(
        [sys.executable, "-m", "tests.gui.layout_probe", f"sqlite:///{tmp_path}/probe.sqlite3"],
        env=env, capture_output=True, text=True, timeout=300,
        cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
    assert result.returncode == 0, result.stdout + result.stderr
    problems = json.loads(result.stdout)
    assert problems == [], "\n".join(problems)

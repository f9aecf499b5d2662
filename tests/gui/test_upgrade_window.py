"""An older database is upgraded at start-up on a worker while a window says so: the GUI thread
keeps handling events, the window will not close midway, and a database of a newer version is
refused before anything is changed (gui/startup/upgrade.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kppn_desktop.gui.startup.upgrade import UpgradeDialog, upgrade_with_window
from kppn_desktop.services import system
from kppn_desktop.storage import history, schema
from kppn_desktop.storage.models import Consultation

OLD = Path(__file__).parents[1] / "data" / "kppn-0001-sample.sqlite3"


@pytest.fixture
def old_office(tmp_path):
    copy = tmp_path / "kantor-lama.sqlite3"
    shutil.copyfile(OLD, copy)
    yield f"sqlite:///{copy}", copy
    system.close_database()


def test_the_upgrade_runs_off_the_gui_thread_behind_a_window_that_stays(qtbot, old_office):
    url, _path = old_office
    system.open_database(url, migrate=False)
    assert system.needs_upgrade() and schema.pending()
    seen = {"ticks": 0, "steps": set(), "closed_midway": None}

    def look():
        seen["ticks"] += 1          # the GUI thread is free while the worker migrates
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, UpgradeDialog) and widget.isVisible():
                seen["steps"].add(widget.stepLabel.text())
                if seen["closed_midway"] is None and widget.running:
                    widget.close()
                    seen["closed_midway"] = widget.isVisible()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(look)
    timer.start()
    try:
        assert upgrade_with_window() is None
    finally:
        timer.stop()
    assert seen["ticks"] > 3
    assert seen["closed_midway"] is True
    assert any("Perubahan skema" in s for s in seen["steps"]), seen["steps"]
    assert not system.needs_upgrade() and schema.pending() == []
    assert Consultation.select().count() == 60 and history.verify_chain().ok
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, UpgradeDialog)]


def test_nothing_to_upgrade_shows_no_window(qtbot, old_office):
    url, _path = old_office
    system.open_database(url)                      # the command-line way: upgraded at once
    assert not system.needs_upgrade()
    assert upgrade_with_window() is None


def test_a_database_of_a_newer_version_is_refused_before_any_change(qtbot, old_office):
    url, path = old_office
    system.open_database(url)
    system.close_database()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migration (name, applied) VALUES ('9999_masa_depan', "
                     "'2030-01-01')")
    before = path.read_bytes()
    with pytest.raises(schema.NewerSchemaError):
        system.open_database(url, migrate=False)
    assert path.read_bytes() == before

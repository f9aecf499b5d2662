"""The holiday lists shipped with the application (``holidays_id.py``) are exactly what the
installed ``holidays`` package computes, are used without importing that package, and are left
aside for any other version of it."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from kppn_desktop.domain import calendar as calendar_module
from kppn_desktop.domain import holiday_table, holidays_id
from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.standards import CalendarSettings

SAME_VERSION = holidays_id.HOLIDAYS_VERSION == holiday_table.installed_holidays_version()
needs_same_version = pytest.mark.skipif(
    not SAME_VERSION,
    reason=f"holidays_id.py was made with holidays {holidays_id.HOLIDAYS_VERSION}, installed is "
           f"{holiday_table.installed_holidays_version()}: run python -m "
           "kppn_desktop.domain.holiday_table (until then every list is computed, as before)")


def test_installed_version_is_read_without_importing_holidays():
    out = subprocess.run(
        [sys.executable, "-c", "import sys\nfrom kppn_desktop.domain import holiday_table\n"
         "print(holiday_table.installed_holidays_version())\nprint('holidays' in sys.modules)"],
        capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    import importlib.metadata

    assert out.stdout.split() == [importlib.metadata.version("holidays"), "False"]


@needs_same_version
def test_shipped_lists_are_what_the_package_computes():
    assert sorted(holidays_id.YEARS) == list(range(holiday_table.FIRST_YEAR,
                                                   holiday_table.LAST_YEAR + 1))
    assert holiday_table.stale_years() == []
    assert holiday_table.shipped_year(2026) == holiday_table.compute_year(2026)
    assert "Idul Fitri" in holiday_table.shipped_year(2026)[date(2026, 3, 21)]


@needs_same_version
def test_a_calendar_classifies_days_without_importing_holidays():
    """What the intake page's worker does at start-up: this year's days, without the package."""
    code = ("import sys\nfrom datetime import date\n"
            "from kppn_desktop.domain.calendar import OfficeCalendar\n"
            "cal = OfficeCalendar()\n"
            "print(cal.non_working_reason(date(2026, 3, 20)))\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('holidays', 'dateutil')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["Cuti Bersama Hari Raya Idul Fitri", "[]"]


def test_another_holidays_version_computes_from_the_package(monkeypatch):
    monkeypatch.setattr(holiday_table, "installed_holidays_version", lambda: "0.0")
    monkeypatch.setattr(holiday_table, "_state", {})
    assert holiday_table.shipped_year(2026) is None
    calls = []
    real = calendar_module.indonesian_holidays_class()

    def counting(*args, **kwargs):
        calls.append(kwargs.get("years"))
        return real(*args, **kwargs)

    monkeypatch.setattr(calendar_module, "indonesian_holidays_class", lambda: counting)
    cal = OfficeCalendar(CalendarSettings())
    assert "Idul Fitri" in cal.non_working_reason(date(2026, 3, 21))
    assert calls == [2026]


def test_years_outside_the_lists_compute_from_the_package(monkeypatch):
    calls = []
    real = calendar_module.indonesian_holidays_class()

    def counting(*args, **kwargs):
        calls.append(kwargs.get("years"))
        return real(*args, **kwargs)

    monkeypatch.setattr(calendar_module, "indonesian_holidays_class", lambda: counting)
    year = holiday_table.LAST_YEAR + 1
    cal = OfficeCalendar(CalendarSettings())
    assert cal.non_working_reason(date(year, 8, 17)) == "Hari Kemerdekaan Republik Indonesia"
    assert calls == [year]

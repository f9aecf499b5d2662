"""Office calendar: working days, reasons, hours and office-time arithmetic.

Every expected value was worked out by hand from the published 2025/2026 holiday and cuti bersama
lists (SKB 3 Menteri) as the ``holidays`` package carries them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from zoneinfo import ZoneInfo

import pytest

from kppn_desktop.domain import calendar as calendar_module
from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.standards import CalendarSettings

WITA = ZoneInfo("Asia/Makassar")
UTC = timezone.utc


def at(y, m, d, hh=0, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=WITA)


@pytest.fixture(scope="module")
def cal():
    return OfficeCalendar(CalendarSettings())


# --- zone ----------------------------------------------------------------------------------------

def test_default_zone_is_wita(cal):
    assert cal.tz == ZoneInfo("Asia/Makassar")
    assert cal.tz_abbrev == "WITA"


@pytest.mark.parametrize("zone, abbrev", [
    ("Asia/Jakarta", "WIB"), ("Asia/Pontianak", "WIB"), ("Asia/Makassar", "WITA"),
    ("Asia/Jayapura", "WIT"), ("UTC", "UTC"),
])
def test_zone_abbreviations(zone, abbrev):
    assert OfficeCalendar(CalendarSettings(timezone=zone)).tz_abbrev == abbrev


def test_local_converts_aware_and_takes_naive_as_office_time(cal):
    from_utc = cal.local(datetime(2026, 3, 17, 2, 5, tzinfo=UTC))
    assert from_utc == at(2026, 3, 17, 10, 5)
    assert (from_utc.hour, from_utc.minute, from_utc.utcoffset().total_seconds()) == (10, 5, 8 * 3600)
    from_wib = cal.local(datetime(2026, 3, 17, 9, 5, tzinfo=ZoneInfo("Asia/Jakarta")))
    assert (from_wib.hour, from_wib.minute) == (10, 5)
    naive = cal.local(datetime(2026, 3, 17, 10, 5))
    assert naive == at(2026, 3, 17, 10, 5) and naive.tzinfo == WITA


# --- days and reasons ----------------------------------------------------------------------------

@pytest.mark.parametrize("day, reason", [
    (date(2026, 3, 17), None),                                     # Tuesday
    (date(2026, 3, 14), "Sabtu"),
    (date(2026, 3, 15), "Minggu"),
    (date(2026, 3, 18), "Cuti Bersama Hari Suci Nyepi"),
    (date(2026, 3, 19), "Hari Suci Nyepi"),
    (date(2026, 3, 20), "Cuti Bersama Hari Raya Idul Fitri"),
    (date(2026, 3, 21), "Hari Raya Idul Fitri"),                   # a Saturday: the holiday is named
    (date(2026, 3, 24), "Cuti Bersama Hari Raya Idul Fitri"),
    (date(2026, 3, 25), None),
    (date(2025, 3, 28), "Cuti Bersama Hari Suci Nyepi"),
    (date(2025, 3, 31), "Hari Raya Idul Fitri"),
    (date(2025, 4, 1), "Hari kedua dari Hari Raya Idul Fitri"),
    (date(2025, 4, 7), "Cuti Bersama Hari Raya Idul Fitri"),
    (date(2025, 4, 8), None),
])
def test_non_working_reason(cal, day, reason):
    assert cal.non_working_reason(day) == reason
    assert cal.is_working_day(day) is (reason is None)


def test_weekday_without_hours_is_outside_service_hours():
    hours = {d: (time(8), time(15)) for d in range(5)} | {2: None, 5: None, 6: None}
    cal = OfficeCalendar(CalendarSettings(weekly_hours=hours))
    assert cal.non_working_reason(date(2026, 3, 11)) == "Di luar jam layanan"   # Wednesday
    assert cal.nth_working_day_after(date(2026, 3, 10), 1) == date(2026, 3, 12)


def test_a_datetime_is_judged_by_its_office_local_date(cal):
    # 20:00 UTC on Tuesday 24 March (cuti bersama) is already Wednesday 25 March 04:00 WITA.
    assert cal.is_working_day(datetime(2026, 3, 24, 20, 0, tzinfo=UTC))
    assert not cal.is_working_day(datetime(2026, 3, 24, 15, 0, tzinfo=UTC))


def test_hours_on_and_close_of(cal):
    assert cal.hours_on(date(2026, 3, 17)) == (at(2026, 3, 17, 8), at(2026, 3, 17, 15))
    assert cal.hours_on(date(2026, 3, 19)) is None
    assert cal.close_of(date(2026, 3, 27)) == at(2026, 3, 27, 15)
    with pytest.raises(ValueError):
        cal.close_of(date(2026, 3, 21))


def test_ranges_are_inclusive_with_reasons(cal):
    assert cal.working_days_between(date(2026, 3, 17), date(2026, 3, 27)) == [
        date(2026, 3, 17), date(2026, 3, 25), date(2026, 3, 26), date(2026, 3, 27)]
    assert cal.non_working_days_between(date(2026, 3, 17), date(2026, 3, 27)) == [
        (date(2026, 3, 18), "Cuti Bersama Hari Suci Nyepi"),
        (date(2026, 3, 19), "Hari Suci Nyepi"),
        (date(2026, 3, 20), "Cuti Bersama Hari Raya Idul Fitri"),
        (date(2026, 3, 21), "Hari Raya Idul Fitri"),
        (date(2026, 3, 22), "Hari kedua dari Hari Raya Idul Fitri"),
        (date(2026, 3, 23), "Cuti Bersama Hari Raya Idul Fitri"),
        (date(2026, 3, 24), "Cuti Bersama Hari Raya Idul Fitri"),
    ]
    assert cal.working_days_between(date(2026, 3, 27), date(2026, 3, 26)) == []


@pytest.mark.parametrize("start, n, expected", [
    (date(2026, 3, 17), 1, date(2026, 3, 25)),
    (date(2026, 3, 17), 3, date(2026, 3, 27)),     # DOMAIN.md example
    (date(2026, 3, 21), 1, date(2026, 3, 25)),     # from a holiday Saturday
    (date(2025, 3, 27), 1, date(2025, 4, 8)),
    (date(2025, 3, 27), 3, date(2025, 4, 10)),     # Idul Fitri 2025
    (date(2025, 3, 26), 3, date(2025, 4, 9)),
    (date(2025, 12, 24), 3, date(2025, 12, 31)),   # 25 Natal, 26 cuti, weekend
    (date(2025, 12, 31), 1, date(2026, 1, 2)),     # across the year: 1 Jan 2026 is a holiday
])
def test_nth_working_day_after(cal, start, n, expected):
    assert cal.nth_working_day_after(start, n) == expected


def test_nth_working_day_needs_positive_n(cal):
    with pytest.raises(ValueError):
        cal.nth_working_day_after(date(2026, 3, 17), 0)


# --- instants ------------------------------------------------------------------------------------

@pytest.mark.parametrize("t, expected", [
    (at(2026, 3, 17, 10, 5), at(2026, 3, 17, 10, 5)),     # open: itself
    (at(2026, 3, 17, 8, 0), at(2026, 3, 17, 8, 0)),       # opening instant is open
    (at(2026, 3, 17, 7, 0), at(2026, 3, 17, 8, 0)),
    (at(2026, 3, 17, 15, 0), at(2026, 3, 25, 8, 0)),      # close is not open; then the holidays
    (at(2026, 3, 13, 14, 59), at(2026, 3, 13, 14, 59)),
    (at(2026, 3, 13, 15, 30), at(2026, 3, 16, 8, 0)),     # Friday evening -> Monday
    (at(2026, 3, 14, 11, 0), at(2026, 3, 16, 8, 0)),      # Saturday
    (datetime(2026, 3, 10, 21, 0), at(2026, 3, 11, 8, 0)),  # naive = office time
    (datetime(2026, 3, 10, 1, 0, tzinfo=UTC), at(2026, 3, 10, 9, 0)),
])
def test_next_opening(cal, t, expected):
    result = cal.next_opening(t)
    assert result == expected
    assert result.tzinfo == WITA


@pytest.mark.parametrize("a, b, minutes", [
    (at(2026, 3, 10, 10, 0), at(2026, 3, 10, 10, 20), 20),
    (at(2026, 3, 13, 14, 50), at(2026, 3, 16, 8, 10), 20),   # over a weekend
    (at(2026, 3, 17, 14, 0), at(2026, 3, 25, 9, 0), 120),    # over Nyepi and Idul Fitri
    (at(2026, 3, 10, 6, 0), at(2026, 3, 10, 20, 0), 420),    # one whole day
    (at(2026, 3, 9, 8, 0), at(2026, 3, 14, 8, 0), 5 * 420),
    (at(2026, 3, 10, 10, 20), at(2026, 3, 10, 10, 0), 0),
    (at(2026, 3, 21, 9, 0), at(2026, 3, 21, 12, 0), 0),      # holiday
    (datetime(2026, 3, 10, 2, 0, tzinfo=UTC), datetime(2026, 3, 10, 10, 30), 30),
])
def test_office_minutes_between(cal, a, b, minutes):
    assert cal.office_minutes_between(a, b) == pytest.approx(minutes)


@pytest.mark.parametrize("t, minutes, expected", [
    (at(2026, 3, 10, 10, 0), 20, at(2026, 3, 10, 10, 20)),
    (at(2026, 3, 10, 14, 40), 20, at(2026, 3, 10, 15, 0)),     # ends at the close: the close
    (at(2026, 3, 10, 14, 50), 10, at(2026, 3, 10, 15, 0)),
    (at(2026, 3, 10, 14, 50), 20, at(2026, 3, 11, 8, 10)),
    (at(2026, 3, 17, 14, 50), 20, at(2026, 3, 25, 8, 10)),     # over the holidays
    (at(2026, 3, 10, 21, 0), 0, at(2026, 3, 11, 8, 0)),        # 0 minutes = next opening
    (at(2026, 3, 10, 21, 0), 20, at(2026, 3, 11, 8, 20)),
    (at(2026, 3, 9, 8, 0), 2 * 420 + 5, at(2026, 3, 11, 8, 5)),
    (at(2026, 3, 9, 8, 0), 2 * 420, at(2026, 3, 10, 15, 0)),
    (at(2026, 3, 10, 10, 0), 0.5, datetime(2026, 3, 10, 10, 0, 30, tzinfo=WITA)),
])
def test_add_office_minutes(cal, t, minutes, expected):
    result = cal.add_office_minutes(t, minutes)
    assert result == expected
    assert result.tzinfo == WITA


def test_add_office_minutes_rejects_negative(cal):
    with pytest.raises(ValueError):
        cal.add_office_minutes(at(2026, 3, 10, 10), -1)


# --- the office's own days and hours ------------------------------------------------------------

def test_closure_is_not_a_working_day_and_gives_its_reason():
    cal = OfficeCalendar(CalendarSettings(closures={date(2026, 3, 25): "Pemadaman listrik"}))
    assert cal.non_working_reason(date(2026, 3, 25)) == "Pemadaman listrik"
    assert cal.nth_working_day_after(date(2026, 3, 17), 3) == date(2026, 3, 30)


def test_opening_makes_a_listed_holiday_a_working_day():
    cal = OfficeCalendar(CalendarSettings(openings=frozenset({date(2026, 3, 24)})))
    assert cal.is_working_day(date(2026, 3, 24))
    assert cal.hours_on(date(2026, 3, 24)) == (at(2026, 3, 24, 8), at(2026, 3, 24, 15))
    assert cal.nth_working_day_after(date(2026, 3, 17), 3) == date(2026, 3, 26)


def test_opening_still_needs_hours_for_its_weekday():
    cal = OfficeCalendar(CalendarSettings(openings=frozenset({date(2026, 3, 21)})))
    assert cal.non_working_reason(date(2026, 3, 21)) == "Sabtu"


RAMADAN_2026 = (date(2026, 2, 18), date(2026, 3, 19), {
    0: (time(8), time(14)), 1: (time(8), time(14)), 2: (time(8), time(14)),
    3: (time(8), time(14)), 4: (time(8), time(14, 30)),
})


def test_ramadan_override_changes_hours_inside_its_range_only():
    cal = OfficeCalendar(CalendarSettings(hours_overrides=(RAMADAN_2026,)))
    assert cal.hours_on(date(2026, 3, 10)) == (at(2026, 3, 10, 8), at(2026, 3, 10, 14))
    assert cal.close_of(date(2026, 3, 13)) == at(2026, 3, 13, 14, 30)
    assert cal.close_of(date(2026, 3, 25)) == at(2026, 3, 25, 15)
    assert cal.close_of(date(2026, 2, 18)) == at(2026, 2, 18, 14)
    assert cal.close_of(date(2026, 2, 13)) == at(2026, 2, 13, 15)
    assert cal.add_office_minutes(at(2026, 3, 10, 13, 50), 20) == at(2026, 3, 11, 8, 10)
    assert cal.office_minutes_between(at(2026, 3, 10, 0), at(2026, 3, 11, 0)) == 360


def test_later_override_wins_and_can_open_or_close_a_weekday():
    saturday_service = (date(2026, 3, 1), date(2026, 3, 31), {5: (time(8), time(12))})
    closed_wednesday = (date(2026, 3, 9), date(2026, 3, 13), {2: None})
    cal = OfficeCalendar(CalendarSettings(
        hours_overrides=(RAMADAN_2026, saturday_service, closed_wednesday)))
    assert cal.hours_on(date(2026, 3, 14)) == (at(2026, 3, 14, 8), at(2026, 3, 14, 12))
    assert cal.non_working_reason(date(2026, 3, 11)) == "Di luar jam layanan"
    assert cal.close_of(date(2026, 3, 12)) == at(2026, 3, 12, 14)     # Ramadan still applies
    assert cal.non_working_reason(date(2026, 3, 21)) == "Hari Raya Idul Fitri"


def test_invalid_hours_are_refused():
    with pytest.raises(ValueError):
        OfficeCalendar(CalendarSettings(weekly_hours={0: (time(15), time(8))}))


def test_holiday_list_is_loaded_once_per_year(monkeypatch):
    calls = []
    real = calendar_module.indonesian_holidays_class()

    def counting(*args, **kwargs):
        calls.append(kwargs.get("years"))
        return real(*args, **kwargs)

    monkeypatch.setattr(calendar_module, "indonesian_holidays_class", lambda: counting)
    # Without the shipped lists (test_holiday_table.py), so that the package is asked.
    monkeypatch.setattr(calendar_module.holiday_table, "shipped_year", lambda year: None)
    cal = OfficeCalendar(CalendarSettings())
    for _ in range(3):
        cal.working_days_between(date(2025, 12, 1), date(2026, 1, 31))
        cal.add_office_minutes(at(2026, 3, 17, 14, 50), 20)
    assert sorted(calls) == [2025, 2026]


def test_other_zone_keeps_its_own_office_hours():
    cal = OfficeCalendar(CalendarSettings(timezone="Asia/Jakarta"))
    wib = ZoneInfo("Asia/Jakarta")
    # 08:30 WITA is 07:30 WIB: before a Jakarta office opens.
    assert cal.next_opening(at(2026, 3, 10, 8, 30)) == datetime(2026, 3, 10, 8, 0, tzinfo=wib)
    assert cal.next_opening(at(2026, 3, 10, 8, 30)).tzinfo == wib


def test_indonesian_holidays_load_without_every_country():
    """The calendar's quick way to the holiday list gives what ``holidays.country_holidays``
    gives, without importing every country of the world (each in a fresh interpreter)."""
    import subprocess
    import sys

    def run(code):
        out = subprocess.run([sys.executable, "-c", "import sys\n" + code + "\nprint(sorted(h.items()))"
                              "\nprint('holidays.countries.germany' in sys.modules)"],
                             capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        return out.stdout.splitlines()

    quick, quick_loaded_all = run(
        "from kppn_desktop.domain.calendar import indonesian_holidays_class\n"
        "h = indonesian_holidays_class()(years=2026, categories=('public', 'government'),"
        " language='id')")
    full, full_loaded_all = run(
        "import holidays\n"
        "h = holidays.country_holidays('ID', years=2026, categories=('public', 'government'),"
        " language='id')")
    assert quick == full and "Idul Fitri" in quick
    assert quick_loaded_all == "False" and full_loaded_all == "True"


def test_holiday_lists_load_from_two_threads_at_once():
    """The GUI thread and a worker may need the first holiday list at the same moment (a slow
    disk is played by a pause in finding the package). Years before the shipped lists
    (holiday_table.FIRST_YEAR), so that the package itself is loaded."""
    import subprocess
    import sys

    code = ("import importlib.util, sys, threading, time\n"
            "real_find = importlib.util.find_spec\n"
            "def slow_find(*args, **kwargs):\n"
            "    time.sleep(0.05)\n"
            "    return real_find(*args, **kwargs)\n"
            "importlib.util.find_spec = slow_find\n"
            "from kppn_desktop.domain.calendar import OfficeCalendar\n"
            "from datetime import date\n"
            "errors, gate = [], threading.Barrier(4)\n"
            "def work(year):\n"
            "    gate.wait()\n"
            "    try:\n"
            "        OfficeCalendar().is_working_day(date(year, 1, 2))\n"
            "    except Exception as exc:\n"
            "        errors.append(repr(exc))\n"
            "threads = [threading.Thread(target=work, args=(1990 + i,)) for i in range(4)]\n"
            "[t.start() for t in threads]; [t.join() for t in threads]\n"
            "print(errors or 'ok')\n"
            "assert 'holidays.countries.indonesia' in sys.modules\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stdout + out.stderr

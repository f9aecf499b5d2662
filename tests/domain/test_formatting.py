"""Indonesian formatting of dates, times and durations, independent of the system locale."""

from __future__ import annotations

import locale
from datetime import date, datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.formatting import (
    MONTH_NAMES,
    format_date,
    format_datetime,
    format_minutes,
    format_short_date,
    format_short_datetime,
    format_time,
    zone_abbrev,
)
from kppn_desktop.domain.standards import CalendarSettings

WITA = ZoneInfo("Asia/Makassar")
UTC = timezone.utc


@pytest.fixture(scope="module")
def cal():
    return OfficeCalendar(CalendarSettings())


@pytest.mark.parametrize("day, text", [
    (date(2026, 3, 17), "Selasa, 17 Maret 2026"),
    (date(2026, 3, 15), "Minggu, 15 Maret 2026"),
    (date(2026, 3, 13), "Jumat, 13 Maret 2026"),
    (date(2026, 3, 14), "Sabtu, 14 Maret 2026"),
    (date(2026, 3, 16), "Senin, 16 Maret 2026"),
    (date(2026, 3, 18), "Rabu, 18 Maret 2026"),
    (date(2026, 3, 19), "Kamis, 19 Maret 2026"),
    (date(2025, 1, 1), "Rabu, 1 Januari 2025"),
    (date(2025, 8, 17), "Minggu, 17 Agustus 2025"),
    (datetime(2026, 3, 17, 23, 59, tzinfo=WITA), "Selasa, 17 Maret 2026"),
])
def test_format_date(day, text):
    assert format_date(day) == text


def test_month_names():
    assert MONTH_NAMES == ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                           "Agustus", "September", "Oktober", "November", "Desember")
    assert [format_date(date(2026, m, 1)).split()[2] for m in range(1, 13)] == list(MONTH_NAMES)


def test_format_datetime_converts_to_the_office_zone(cal):
    t = datetime(2026, 3, 17, 2, 5, tzinfo=UTC)
    assert format_datetime(t, cal) == "Selasa, 17 Maret 2026 10:05 WITA"
    assert format_datetime(t, "Asia/Jakarta") == "Selasa, 17 Maret 2026 09:05 WIB"
    assert format_datetime(t, ZoneInfo("Asia/Jayapura")) == "Selasa, 17 Maret 2026 11:05 WIT"
    # Conversion may change the date.
    assert format_datetime(datetime(2026, 3, 16, 17, 0, tzinfo=UTC), cal) == \
        "Selasa, 17 Maret 2026 01:00 WITA"


def test_naive_datetime_is_office_time(cal):
    assert format_datetime(datetime(2026, 3, 17, 10, 5), cal) == "Selasa, 17 Maret 2026 10:05 WITA"
    assert format_short_datetime(datetime(2026, 3, 17, 10, 5), cal) == "17/03/2026 10:05"


def test_short_forms(cal):
    t = datetime(2026, 1, 5, 0, 0, tzinfo=UTC)
    assert format_short_datetime(t, cal) == "05/01/2026 08:00"
    assert format_short_datetime(datetime(2026, 1, 5, 8, 0, tzinfo=WITA)) == "05/01/2026 08:00"
    assert format_short_date(date(2026, 1, 5)) == "05/01/2026"
    assert format_time(t, cal) == "08:00"


@pytest.mark.parametrize("minutes, text", [
    (0, "0 menit"), (0.2, "kurang dari 1 menit"), (1, "1 menit"), (12, "12 menit"),
    (12.5, "13 menit"), (59.4, "59 menit"), (59.6, "1 jam"), (60, "1 jam"),
    (65, "1 jam 5 menit"), (95, "1 jam 35 menit"), (1500, "25 jam"), (-5, "-5 menit"),
])
def test_format_minutes(minutes, text):
    assert format_minutes(minutes) == text


def test_zone_abbrev_falls_back_to_the_zone_name():
    assert zone_abbrev(ZoneInfo("Asia/Pontianak")) == "WIB"
    assert zone_abbrev(ZoneInfo("UTC")) == "UTC"


def test_system_locale_does_not_matter(cal):
    previous = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, "C")
        assert format_datetime(datetime(2026, 3, 17, 10, 5), cal) == \
            "Selasa, 17 Maret 2026 10:05 WITA"
    finally:
        locale.setlocale(locale.LC_TIME, previous)

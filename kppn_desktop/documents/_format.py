"""Indonesian formatting for the papers: 'Selasa, 17 Maret 2026', '10:05 WITA', '87,5%'.

Dates and times come from :mod:`kppn_desktop.domain.formatting`, so a paper says a date exactly
as the desk's screens do; what only paper needs (periods, decimal commas) lives here. Not
locale-based on purpose: a workstation's locale must not change what a printed paper says.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from kppn_desktop.domain.formatting import (
    MONTH_NAMES,
    format_date,
    format_number,
    format_short_datetime,
    format_time,
    round_half_up,
)

from .data import OfficeHeader

DASH = "–"  # shown where a figure does not exist (no data), never "0"


def to_local(moment: datetime, header: OfficeHeader) -> datetime:
    """The moment on the office's wall clock."""
    return moment.astimezone(ZoneInfo(header.timezone))


def date_plain(day: date) -> str:
    """'17 Maret 2026'."""
    return f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def date_long(day: date) -> str:
    """'Selasa, 17 Maret 2026'."""
    return format_date(day)


def time_of(moment: datetime, header: OfficeHeader) -> str:
    """'10:05 WITA'."""
    return f"{format_time(moment, header.timezone)} {header.zone_abbrev}"


def datetime_long(moment: datetime, header: OfficeHeader) -> str:
    """'Selasa, 17 Maret 2026 10:05 WITA' (as domain ``format_datetime``, honouring an office's
    own zone abbreviation)."""
    local = to_local(moment, header)
    return f"{format_date(local)} {format_time(local)} {header.zone_abbrev}"


def datetime_short(moment: datetime, header: OfficeHeader) -> str:
    """'17/03/2026 10:05' for table cells (the zone is named in the column header)."""
    return format_short_datetime(moment, header.timezone)


def period(start: date, end: date) -> str:
    """'17 Maret 2026', '1–30 November 2026', '28 Februari – 3 Maret 2026'."""
    if start == end:
        return date_plain(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{date_plain(end)}"
    if start.year == end.year:
        return f"{start.day} {MONTH_NAMES[start.month - 1]} – {date_plain(end)}"
    return f"{date_plain(start)} – {date_plain(end)}"


number = format_number


def decimal(value: float | None, places: int = 1) -> str:
    """'12,5' or '–'; rounded half up, once, here (the figures handed over are exact)."""
    if value is None:
        return DASH
    text = f"{round_half_up(value, places):,.{places}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def pct(value: float | None) -> str:
    """'87,5%' or '–' when there is nothing to judge."""
    return DASH if value is None else f"{decimal(value)}%"


def minutes(value: float | None) -> str:
    """'12,5 menit' or '–'."""
    return DASH if value is None else f"{decimal(value)} menit"


def hours_minutes(total_minutes: int) -> str:
    """Office minutes as '17:18' (hours can exceed 24; a column header names the unit)."""
    hours, mins = divmod(max(int(total_minutes), 0), 60)
    return f"{number(hours)}:{mins:02d}"

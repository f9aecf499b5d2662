"""Indonesian dates, times and durations, the way the desk, the slips and the reports show them.

Names are spelled out here rather than taken from the system locale: a workstation set to English
(or with no ``id_ID`` locale installed) must still print 'Selasa, 17 Maret 2026'.
"""

from __future__ import annotations

import math
from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo

from kppn_desktop.domain.standards import WEEKDAY_NAMES

MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember")

# Indonesia's three zones by their official names; a zone elsewhere keeps its own abbreviation.
_ZONE_ABBREVIATIONS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Ujung_Pandang": "WITA",
    "Asia/Jayapura": "WIT",
}


def zone_abbrev(tz: tzinfo) -> str:
    """'WIB', 'WITA' or 'WIT' for Indonesia's zones; otherwise the zone's own current abbreviation."""
    key = getattr(tz, "key", None)
    if key in _ZONE_ABBREVIATIONS:
        return _ZONE_ABBREVIATIONS[key]
    return datetime.now(tz).tzname() or str(tz)


def _zone_of(calendar_or_tz) -> tuple[tzinfo, str]:
    """Accepts an OfficeCalendar (anything with ``tz``), a tzinfo, or a zone name."""
    if isinstance(calendar_or_tz, str):
        tz: tzinfo = ZoneInfo(calendar_or_tz)
    elif isinstance(calendar_or_tz, tzinfo):
        tz = calendar_or_tz
    else:
        tz = calendar_or_tz.tz
    return tz, zone_abbrev(tz)


def _in_zone(t: datetime, tz: tzinfo) -> datetime:
    # Naive instants are office local time throughout the domain.
    if t.tzinfo is None or t.utcoffset() is None:
        return t.replace(tzinfo=tz)
    return t.astimezone(tz)


def format_date(d: date) -> str:
    """'Selasa, 17 Maret 2026'. A datetime is shown by its own calendar date, unconverted."""
    if isinstance(d, datetime):
        d = d.date()
    return f"{WEEKDAY_NAMES[d.weekday()]}, {d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def format_short_date(d: date) -> str:
    """'17/03/2026'."""
    if isinstance(d, datetime):
        d = d.date()
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def format_time(t: datetime, calendar_or_tz=None) -> str:
    """'10:05', in the office zone when one is given (otherwise in ``t``'s own zone)."""
    if calendar_or_tz is not None:
        t = _in_zone(t, _zone_of(calendar_or_tz)[0])
    return f"{t.hour:02d}:{t.minute:02d}"


def format_datetime(t: datetime, calendar_or_tz) -> str:
    """'Selasa, 17 Maret 2026 10:05 WITA': ``t`` converted to the office zone (naive = office time).

    ``calendar_or_tz`` is an OfficeCalendar, a tzinfo or a zone name such as 'Asia/Makassar'.
    """
    tz, abbrev = _zone_of(calendar_or_tz)
    t = _in_zone(t, tz)
    return f"{format_date(t)} {t.hour:02d}:{t.minute:02d} {abbrev}"


def format_short_datetime(t: datetime, calendar_or_tz=None) -> str:
    """'17/03/2026 10:05', converted to the office zone when one is given."""
    if calendar_or_tz is not None:
        t = _in_zone(t, _zone_of(calendar_or_tz)[0])
    return f"{format_short_date(t)} {t.hour:02d}:{t.minute:02d}"


def round_half_up(value: float, places: int = 1) -> float:
    """``value`` rounded half up to ``places`` decimals: the one rounding of a figure, made when
    it is shown (16.048 -> 16.0, 16.05 -> 16.1). Figures are kept exact until then; a count this
    close to a boundary is on it (float arithmetic), as in the report's SQL histogram."""
    scale = 10 ** places
    if value < 0:
        return -round_half_up(-value, places)
    return math.floor(value * scale + 0.5 + 1e-9) / scale


def format_number(value: int) -> str:
    """'1.234' (Indonesian thousands separator)."""
    return f"{value:,}".replace(",", ".")


def format_minutes(minutes: float) -> str:
    """A duration in whole minutes: '12 menit', '1 jam', '1 jam 35 menit'.

    Rounded half up to the minute; a positive duration under half a minute is
    'kurang dari 1 menit' so that it never reads as nothing at all. Negative values get a '-'.
    """
    if minutes < 0:
        return "-" + format_minutes(-minutes)
    whole = int(minutes + 0.5)
    if whole == 0:
        return "kurang dari 1 menit" if minutes > 0 else "0 menit"
    hours, rest = divmod(whole, 60)
    if hours == 0:
        return f"{rest} menit"
    if rest == 0:
        return f"{hours} jam"
    return f"{hours} jam {rest} menit"

"""Dates, times, numbers and durations on screen, in the language of the screen (``QLocale``:
``id_ID`` or ``en_US``, set by ``gui.language.i18n``). The same names as ``domain.formatting``, which keeps
the Indonesian forms for the papers (slips, receipts, reports: official documents of the office).

In Indonesian this gives what the papers print ('Selasa, 17 Maret 2026', '17/03/2026 10:05',
'1.234', '1 jam 35 menit'); in English 'Tuesday, 17 March 2026', '17/03/2026 10:05', '1,234',
'1 h 35 min'. The day stays before the month in both: the office's own order.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

# The same names as the domain's; the short forms and the time are the same in both languages.
from kppn_desktop.domain.formatting import (  # noqa: F401
    _in_zone,
    _zone_of,
    format_short_date,
    format_short_datetime,
    format_time,
    round_half_up,
    zone_abbrev,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("formatting", text)


def _locale() -> QLocale:
    from kppn_desktop.gui.language import i18n  # noqa: PLC0415

    return i18n.locale()     # the screen's language, not the workstation's system locale


def qdate(d: date) -> QDate:
    """A date (or a datetime's date) as Qt's, for date edits and QLocale."""
    if isinstance(d, datetime):
        d = d.date()
    return QDate(d.year, d.month, d.day)


def weekday_name(d: date, short: bool = False) -> str:
    """'Selasa' / 'Tuesday' ('Sel' / 'Tue' when ``short``)."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return _locale().dayName(d.isoweekday(), kind)


def weekday_names(short: bool = False) -> tuple[str, ...]:
    """Monday first, as ``domain.standards.WEEKDAY_NAMES``."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return tuple(_locale().dayName(day, kind) for day in range(1, 8))


def format_date(d: date) -> str:
    """'Selasa, 17 Maret 2026' / 'Tuesday, 17 March 2026'."""
    return _locale().toString(qdate(d), "dddd, d MMMM yyyy")


def format_datetime(t: datetime, calendar_or_tz) -> str:
    """'Selasa, 17 Maret 2026 10:05 WITA', converted to the office zone."""
    tz, abbrev = _zone_of(calendar_or_tz)
    t = _in_zone(t, tz)
    return f"{format_date(t)} {t.hour:02d}:{t.minute:02d} {abbrev}"


def format_number(value: int) -> str:
    """'1.234' / '1,234'."""
    return _locale().toString(int(value))


def format_decimal(value: float, places: int = 1) -> str:
    """'16,1' / '16.1' (rounded half up first, as the papers round)."""
    return _locale().toString(round_half_up(value, places), "f", places)


def size_text(size: int) -> str:
    """A file's size as the screen shows it: '2,4 MB' ('2.4 MB' in English), '12 KB'."""
    if size >= 1048576:
        return f"{format_decimal(size / 1048576)} MB"
    return f"{format_number(max(1, round(size / 1024)))} KB"


def format_minutes(minutes: float) -> str:
    """'12 menit', '1 jam 35 menit' / '12 min', '1 h 35 min' (as ``domain.formatting``)."""
    if minutes < 0:
        return "-" + format_minutes(-minutes)
    whole = int(minutes + 0.5)
    if whole == 0:
        return _tr("kurang dari 1 menit") if minutes > 0 else _tr("{n} menit").format(n=0)
    hours, rest = divmod(whole, 60)
    if hours == 0:
        return _tr("{n} menit").format(n=rest)
    if rest == 0:
        return _tr("{n} jam").format(n=hours)
    return _tr("{h} jam {m} menit").format(h=hours, m=rest)


def __getattr__(name: str):
    # ``WEEKDAY_NAMES`` as the domain has it, but in the language of the screen.
    if name == "WEEKDAY_NAMES":
        return weekday_names()
    raise AttributeError(name)

"""The office calendar: which days the office works, its hours, and arithmetic in office time.

Every clock counts office time, so this is the hot path of lists and reports (a report may
recompute 100k deadlines): each date is classified once and kept, and each year's holiday list is
loaded once: from the lists shipped in ``holidays_id.py`` when they were made with the installed
``holidays`` package, else from that package (see ``holiday_table``).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from kppn_desktop.domain import holiday_table
from kppn_desktop.domain.formatting import zone_abbrev
from kppn_desktop.domain.standards import WEEKDAY_NAMES, CalendarSettings

_ONE_DAY = timedelta(days=1)
# A calendar with no working day at all (every weekday closed) would otherwise loop forever.
_SEARCH_LIMIT_DAYS = 3660
# Office minutes come from float arithmetic; a count this close to a boundary is on it.
_EPSILON = 1e-9
_NO_HOURS = "Di luar jam layanan"

_Span = tuple[datetime, datetime]
_INDONESIA = "holidays.countries.indonesia"
_IMPORT_LOCK = threading.Lock()


def indonesian_holidays_class():
    """The ``holidays`` package's Indonesia class. ``holidays.countries`` imports every country of
    the world on its own import (0.4 s of start-up); only Indonesia is loaded here, through a bare
    stand-in for that package that is removed again, so a later full import still works."""
    with _IMPORT_LOCK:      # the GUI thread and a worker may both ask first
        if _INDONESIA not in sys.modules and "holidays.countries" not in sys.modules:
            spec = importlib.util.find_spec("holidays.countries")
            if spec is not None and spec.submodule_search_locations:
                stand_in = types.ModuleType("holidays.countries")
                stand_in.__path__ = list(spec.submodule_search_locations)
                sys.modules["holidays.countries"] = stand_in
                try:
                    importlib.import_module(_INDONESIA)
                except ImportError:     # an unusual importer (a frozen bundle): the long way
                    sys.modules.pop(_INDONESIA, None)
                finally:
                    if sys.modules.get("holidays.countries") is stand_in:
                        del sys.modules["holidays.countries"]
        return importlib.import_module(_INDONESIA).Indonesia


def _check_span(span, where: str):
    if span is None:
        return None
    opening, closing = span
    if not (isinstance(opening, time) and isinstance(closing, time)) or opening >= closing:
        raise ValueError(f"Jam layanan {where} tidak sah: jam buka harus sebelum jam tutup")
    return (opening, closing)


class OfficeCalendar:
    """Working days and hours of one office, in its own time zone."""

    def __init__(self, settings: CalendarSettings | None = None):
        self.settings = settings or CalendarSettings()
        self.tz = ZoneInfo(self.settings.timezone)
        self._weekly = {int(day): _check_span(span, WEEKDAY_NAMES[int(day)])
                        for day, span in self.settings.weekly_hours.items()}
        self._overrides = tuple(
            (first, last, {int(day): _check_span(span, f"khusus {first}–{last}")
                           for day, span in hours.items()})
            for first, last, hours in self.settings.hours_overrides)
        self._closures = dict(self.settings.closures)
        self._openings = frozenset(self.settings.openings)
        self._holidays_by_year: dict[int, dict[date, str]] = {}
        self._hours: dict[date, _Span | None] = {}
        self._reasons: dict[date, str | None] = {}

    # --- zone ---------------------------------------------------------------------------------

    @property
    def tz_abbrev(self) -> str:
        """'WITA', 'WIB' or 'WIT' for Indonesia's zones, else the zone's own abbreviation."""
        return zone_abbrev(self.tz)

    def local(self, t: datetime) -> datetime:
        """``t`` as an aware datetime in the office zone; a naive ``t`` is taken as office time."""
        if t.tzinfo is None or t.utcoffset() is None:
            return t.replace(tzinfo=self.tz)
        return t.astimezone(self.tz)

    def _plus(self, t: datetime, minutes: float) -> datetime:
        # Through UTC: same-zone datetime arithmetic is wall-clock and would be wrong across DST.
        return (t.astimezone(timezone.utc) + timedelta(minutes=minutes)).astimezone(self.tz)

    @staticmethod
    def _minutes(a: datetime, b: datetime) -> float:
        return (b.timestamp() - a.timestamp()) / 60.0

    # --- days ---------------------------------------------------------------------------------

    def _holidays(self, year: int) -> dict[date, str]:
        names = self._holidays_by_year.get(year)
        if names is None:
            # The shipped list when it was made with the installed ``holidays`` (no import of
            # that package at start-up), else the package itself.
            names = holiday_table.shipped_year(year)
            if names is None:
                table = indonesian_holidays_class()(
                    years=year, categories=holiday_table.CATEGORIES,
                    language=holiday_table.LANGUAGE)
                names = dict(table.items())
            self._holidays_by_year[year] = names
        return names

    def _day_of(self, d: date) -> date:
        if isinstance(d, datetime):
            return self.local(d).date()
        return d

    def _classify(self, d: date) -> None:
        weekday = d.weekday()
        span = self._weekly.get(weekday)
        for first, last, hours in self._overrides:
            if first <= d <= last and weekday in hours:
                span = hours[weekday]
        holiday = None if d in self._openings else self._holidays(d.year).get(d)
        if d in self._closures:
            reason = self._closures[d] or "Kantor tutup"
        elif holiday:
            reason = holiday
        elif span is None:
            reason = WEEKDAY_NAMES[weekday] if weekday >= 5 else _NO_HOURS
        else:
            reason = None
        self._reasons[d] = reason
        self._hours[d] = None if reason else (
            datetime.combine(d, span[0], tzinfo=self.tz), datetime.combine(d, span[1], tzinfo=self.tz))

    def is_working_day(self, d: date) -> bool:
        """True when the office serves on ``d``: it has hours that weekday and is neither a
        holiday (unless the office opened it) nor a closure."""
        return self.hours_on(d) is not None

    def non_working_reason(self, d: date) -> str | None:
        """None on a working day; otherwise why not, in Indonesian: the closure reason, the
        holiday's name, 'Sabtu'/'Minggu', or 'Di luar jam layanan' for a weekday without hours."""
        d = self._day_of(d)
        if d not in self._reasons:
            self._classify(d)
        return self._reasons[d]

    def hours_on(self, d: date) -> _Span | None:
        """(open, close) of ``d`` as aware office-local datetimes; None on a non-working day."""
        d = self._day_of(d)
        try:
            return self._hours[d]
        except KeyError:
            self._classify(d)
            return self._hours[d]

    def close_of(self, d: date) -> datetime:
        """The closing instant of working day ``d``; ValueError if ``d`` is not a working day."""
        span = self.hours_on(d)
        if span is None:
            raise ValueError(f"{d.isoformat()} bukan hari kerja ({self.non_working_reason(d)})")
        return span[1]

    def nth_working_day_after(self, d: date, n: int) -> date:
        """The ``n``-th working day strictly after ``d`` (``n`` >= 1)."""
        if n < 1:
            raise ValueError("n harus minimal 1")
        d = self._day_of(d)
        for _ in range(_SEARCH_LIMIT_DAYS):
            d += _ONE_DAY
            if self.hours_on(d) is not None:
                n -= 1
                if n == 0:
                    return d
        raise ValueError("Kalender kantor tidak memiliki hari kerja")

    def _dates(self, a: date, b: date):
        a, b = self._day_of(a), self._day_of(b)
        while a <= b:
            yield a
            a += _ONE_DAY

    def non_working_days_between(self, a: date, b: date) -> list[tuple[date, str]]:
        """Each non-working day from ``a`` to ``b`` inclusive, with its reason, in date order."""
        return [(d, self.non_working_reason(d)) for d in self._dates(a, b)
                if self.hours_on(d) is None]

    def working_days_between(self, a: date, b: date) -> list[date]:
        """Each working day from ``a`` to ``b`` inclusive, in date order."""
        return [d for d in self._dates(a, b) if self.hours_on(d) is not None]

    # --- instants -----------------------------------------------------------------------------

    def next_opening(self, t: datetime) -> datetime:
        """``t`` itself (office local) if the office is open then, [open, close); otherwise the
        next instant it opens."""
        t = self.local(t)
        d = t.date()
        for _ in range(_SEARCH_LIMIT_DAYS):
            span = self.hours_on(d)
            if span is not None:
                if t < span[0]:
                    return span[0]
                if t < span[1]:
                    return t
            d += _ONE_DAY
        raise ValueError("Kalender kantor tidak memiliki hari kerja")

    def office_minutes_between(self, a: datetime, b: datetime) -> float:
        """Minutes of office time in [a, b); 0 when ``b`` is not after ``a``."""
        a, b = self.local(a), self.local(b)
        if b <= a:
            return 0.0
        total = 0.0
        for d in self._dates(a.date(), b.date()):
            span = self.hours_on(d)
            if span is None:
                continue
            start, end = max(a, span[0]), min(b, span[1])
            if end > start:
                total += self._minutes(start, end)
        return total

    def add_office_minutes(self, t: datetime, minutes: float) -> datetime:
        """The instant at which ``minutes`` of office time have passed, counting from
        ``next_opening(t)``. A count that ends exactly at a close gives that close, not the next
        opening; ``minutes`` = 0 gives ``next_opening(t)``."""
        if minutes < 0:
            raise ValueError("Jumlah menit tidak boleh negatif")
        current = self.next_opening(t)
        remaining = float(minutes)
        d = current.date()
        for _ in range(_SEARCH_LIMIT_DAYS):
            span = self.hours_on(d)
            if span is not None:
                current = max(current, span[0])
                available = self._minutes(current, span[1])
                if remaining <= available + _EPSILON:
                    return min(self._plus(current, remaining), span[1])
                remaining -= available
            d += _ONE_DAY
        raise ValueError("Kalender kantor tidak memiliki hari kerja")

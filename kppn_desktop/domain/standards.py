"""The figures of the service standard. Each is a setting; the defaults are the seed's (KEP-57/PB/2023)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time

#: The time zone of an office that has not said otherwise (KPPN Majene, WITA).
DEFAULT_TIMEZONE = "Asia/Makassar"

# Weekday numbers follow ``date.weekday()``: Monday is 0.
WEEKDAY_NAMES = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

OfficeHours = tuple[time, time]


def default_weekly_hours() -> dict[int, OfficeHours | None]:
    """Monday–Friday 08:00–15:00, closed on the weekend (the counter hours KPPNs publish)."""
    hours: dict[int, OfficeHours | None] = {d: (time(8, 0), time(15, 0)) for d in range(5)}
    hours.update({5: None, 6: None})
    return hours


@dataclass(frozen=True)
class ServiceStandard:
    """Targets of the consultation service. Categories may override ``service_minutes``."""

    service_minutes: int = 20
    solution_working_days: int = 3
    progress_every_working_days: int = 1
    standard_reference: str = "KEP-57/PB/2023"

    def __post_init__(self):
        for name in ("service_minutes", "solution_working_days", "progress_every_working_days"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} harus minimal 1")


@dataclass(frozen=True)
class CalendarSettings:
    """What an office calendar is made of, as stored in the office settings.

    ``hours_overrides`` are ``(first_day, last_day, {weekday: hours or None})`` for a date range
    (e.g. Ramadan); ``closures`` are extra closed days with a reason; ``openings`` are days the
    office declares working although the holiday list says otherwise (a corrected date).
    """

    timezone: str = DEFAULT_TIMEZONE
    weekly_hours: dict = field(default_factory=default_weekly_hours)
    hours_overrides: tuple = ()
    closures: dict = field(default_factory=dict)
    openings: frozenset = frozenset()

"""Clocks: the solution deadline (close of the 3rd working day after the consultation day, with
the office's holidays) of 100k consultations by the domain calendar, against numpy.busday_offset
on the same holidays. The two must agree on every date."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.common import Result, median_time

COUNT = 100_000


def run(url: str, runs: int) -> list[Result]:
    import numpy as np

    from kppn_desktop.domain.calendar import OfficeCalendar
    from kppn_desktop.domain.clocks import solution_deadline
    from kppn_desktop.services import office as office_service
    from kppn_desktop.storage.database import close_database, open_database

    open_database(url)
    try:
        settings = office_service.office_calendar().settings
        days = office_service.service_standard().solution_working_days
    finally:
        close_database()
    rng = random.Random(5)
    start = dt.datetime(2023, 1, 1, tzinfo=dt.timezone.utc)
    received = [start + dt.timedelta(minutes=rng.randrange(4 * 365 * 24 * 60)) for _ in range(COUNT)]

    def ours():
        calendar = OfficeCalendar(settings)     # a fresh calendar: no day classified yet
        return [solution_deadline(t, calendar, days) for t in received]

    calendar = OfficeCalendar(settings)
    # The consultation day: the day of receipt when before its closing time (a day without
    # hours has none), else the next day; then rolled forward to a working day.
    local = [calendar.local(t) for t in received]
    hours = settings.weekly_hours
    local_days = np.array([t.date() + dt.timedelta(days=0 if hours.get(t.weekday()) and
                                                   t.time() < hours[t.weekday()][1] else 1)
                           for t in local], dtype="datetime64[D]")
    first, last = dt.date(2022, 12, 1), dt.date(2027, 3, 1)
    closed = np.array([d for d, _why in calendar.non_working_days_between(first, last)
                       if d.weekday() < 5], dtype="datetime64[D]")

    def reference():
        consultation = np.busday_offset(local_days, 0, roll="forward", holidays=closed)
        return np.busday_offset(consultation, days, roll="forward", holidays=closed)

    expected = reference()
    got = np.array([calendar.local(t).date() for t in ours()], dtype="datetime64[D]")
    if not (got == expected).all():
        raise AssertionError("the domain calendar and numpy disagree on a deadline")
    a = median_time(ours, runs)
    b = median_time(reference, runs)
    return [Result("Jam layanan", f"Batas solusi {COUNT // 1000}k konsultasi", "domain vs numpy",
                   a * 1000, b * 1000, note="tanggal sama semua")]

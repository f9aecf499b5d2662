"""Reports: the service report of one month and of one year, on a database of 10k and of 1M
consultations. Its cost must follow the period, not the size of the whole table."""

from __future__ import annotations

import datetime as dt

from benchmarks.common import median_time


def periods(today: dt.date) -> dict[str, tuple[dt.date, dt.date]]:
    """The last full month and the last twelve full months before ``today``."""
    month_end = today.replace(day=1) - dt.timedelta(days=1)
    year_start = (month_end.replace(day=1) - dt.timedelta(days=335)).replace(day=1)
    return {"bulan": (month_end.replace(day=1), month_end), "tahun": (year_start, month_end)}


def time_reports(url: str, runs: int) -> dict[str, tuple[float, int]]:
    """period name -> (median seconds, consultations in the period)."""
    from kppn_desktop.services import office as office_service  # noqa: PLC0415
    from kppn_desktop.services import reports  # noqa: PLC0415
    from kppn_desktop.storage.database import close_database, open_database  # noqa: PLC0415

    open_database(url)
    try:
        now = dt.datetime.now(dt.timezone.utc)
        today = office_service.office_calendar().local(now).date()
        out = {}
        for name, (first, last) in periods(today).items():
            report = reports.service_report(None, first, last, now)
            seconds = median_time(lambda: reports.service_report(None, first, last, now), runs)
            out[name] = (seconds, report.total)
        return out
    finally:
        close_database()

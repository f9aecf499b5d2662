"""Reports: the service report of one month and of one year, on a database of 10k and of 1M
consultations, measured in alternation. Its cost must follow the period, not the size of the
whole table."""

from __future__ import annotations

import datetime as dt
import statistics
import time


def periods(today: dt.date) -> dict[str, tuple[dt.date, dt.date]]:
    """The last full month and the twelve full months before it (thirteen in all)."""
    month_end = today.replace(day=1) - dt.timedelta(days=1)
    year_start = (month_end.replace(day=1) - dt.timedelta(days=335)).replace(day=1)
    return {"bulan": (month_end.replace(day=1), month_end), "tahun": (year_start, month_end)}


def _time_once(url: str, name: str) -> tuple[float, int]:
    """Open ``url``, make the report once untimed (caches of this connection), then once timed."""
    from kppn_desktop.services import office as office_service
    from kppn_desktop.services import reports
    from kppn_desktop.storage.database import close_database, open_database

    open_database(url)
    try:
        now = dt.datetime.now(dt.timezone.utc)
        first, last = periods(office_service.office_calendar().local(now).date())[name]
        report = reports.service_report(None, first, last, now)
        start = time.perf_counter()
        reports.service_report(None, first, last, now)
        return time.perf_counter() - start, report.total
    finally:
        close_database()


def compare(large: str, small: str, runs: int) -> dict[str, tuple[tuple[float, int], ...]]:
    """period -> ((median seconds, consultations) at ``large``, the same at ``small``)."""
    out = {}
    for name in ("bulan", "tahun"):
        times: dict[str, list[float]] = {large: [], small: []}
        totals = {}
        for _ in range(runs):
            for url in (large, small):
                seconds, totals[url] = _time_once(url, name)
                times[url].append(seconds)
        out[name] = tuple((statistics.median(times[url]), totals[url]) for url in (large, small))
    return out


def time_reports(url: str, runs: int) -> dict[str, tuple[float, int]]:
    """period name -> (median seconds, consultations in the period) on one database."""
    return {name: (statistics.median(_time_once(url, name)[0] for _ in range(runs)),
                   _time_once(url, name)[1]) for name in ("bulan", "tahun")}

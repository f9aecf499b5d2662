"""The report's running sums (``ReportRollup``): per office-local day of receipt and per month.

:func:`refresh` counts one day's consultations again (and sums its month again from its days) in
the transaction of every change, so the sums never drift; :func:`rebuild` does every day at once
(after a migration or bulk sample data). A report of a month reads about 30 rows per dimension,
a year about 360, whatever the size of the table (``benchmarks/reports.py``).

Besides the dimensions of receipt, each day has a 'resolved' and a 'reopened' row: the resolutions
and reopenings of the history that fell on it (every one, not only a consultation's last), so that
the backlog at the end of any day is the state of that moment: arrivals minus resolutions plus
reopenings up to it. A consultation resolved then and reopened later was resolved then.

Clocks are counted per cycle (``consultation_cycle``: the first from receipt, one more from each
reopening), consultations once: a result decided in one cycle stays counted when the consultation
is reopened, and the cycles still undecided are the report's "belum dinilai".

Only what the stored columns say is summed. A clock still running past its deadline has no stored
verdict yet: the report adds those from the few open consultations at the moment it is made."""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass
from typing import Iterable

from zoneinfo import ZoneInfo

from peewee import SqliteDatabase

from kppn_desktop.domain.events import EventKind
from kppn_desktop.storage.database import db

RESOLVED, ESCALATED = "selesai", "dieskalasi"
DEFAULT_ZONE = "Asia/Makassar"
MEASURE_COLUMNS = ("total", "resolved", "met", "breached", "escalated", "minutes_sum",
                   "minutes_n", "solution_met", "solution_breached", "missed", "clocks",
                   "solution_clocks", "first_contact")
_COLUMNS = '"period", "start", "dimension", "key", ' + ", ".join(MEASURE_COLUMNS)
#: One row per cycle of each consultation: consultations are counted once (DISTINCT), clocks
#: once per cycle, so a result decided in one cycle stays counted when a later one runs.
_FROM = "consultation c JOIN consultation_cycle k ON k.consultation_id = c.id"
_MEASURES = (
    "COUNT(DISTINCT c.id), "
    f"COUNT(DISTINCT CASE WHEN c.state = '{RESOLVED}' THEN c.id END), "
    "SUM(CASE WHEN k.service_met IS TRUE THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN k.service_met IS FALSE THEN 1 ELSE 0 END), "
    "COUNT(DISTINCT CASE WHEN c.escalated_at IS NOT NULL THEN c.id END), "
    "COALESCE(SUM(k.service_minutes), 0), COUNT(k.service_minutes), "
    "SUM(CASE WHEN k.solution_met IS TRUE THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN k.solution_met IS FALSE THEN 1 ELSE 0 END), "
    f"SUM(CASE WHEN c.state <> '{ESCALATED}' THEN k.missed_updates ELSE 0 END), "
    "COUNT(*), "
    "SUM(CASE WHEN k.escalated IS TRUE THEN 1 ELSE 0 END), "
    # First-contact resolution: the first cycle answered within its target, not escalated.
    "SUM(CASE WHEN k.number = 1 AND k.service_met IS TRUE AND k.escalated IS FALSE "
    "THEN 1 ELSE 0 END)")
DIMENSIONS = {
    "total": "''",
    "channel": "c.channel",
    "category": "CAST(c.category_id AS TEXT)",
    "section": "COALESCE(CAST(c.section_id AS TEXT), '')",
    "officer": "CAST(c.officer_id AS TEXT)",
}


def _sqlite() -> bool:
    return isinstance(db.obj, SqliteDatabase)


def _sql(text: str) -> str:
    return text if _sqlite() else text.replace("?", "%s")


def _tenths() -> str:
    """Each cycle's handling minutes rounded to tenths, half up, the same way on both engines and as
    ``domain.formatting.round_half_up`` (the report shows one decimal; the stored minutes are
    exact, so this is their only rounding)."""
    if _sqlite():
        return "CAST(CAST(k.service_minutes * 10 + 0.5 + 1e-9 AS INTEGER) AS TEXT)"
    return "CAST(CAST(FLOOR(k.service_minutes * 10 + 0.5 + 1e-9) AS INTEGER) AS TEXT)"


def _count_days(where: str, params: list) -> None:
    """Insert the 'day' rows of the consultations matched by ``where``."""
    for dimension, expression in DIMENSIONS.items():
        group = "" if dimension == "total" else f", {expression}"
        db.execute_sql(_sql(
            f"INSERT INTO report_rollup ({_COLUMNS}) SELECT 'day', c.received_date, "
            f"'{dimension}', {expression}, {_MEASURES} FROM {_FROM} WHERE {where} "
            f"GROUP BY c.received_date{group}"), params)
    tenths = _tenths()
    zeros = ", ".join(["0"] * (len(MEASURE_COLUMNS) - 1))
    db.execute_sql(_sql(
        f"INSERT INTO report_rollup ({_COLUMNS}) SELECT 'day', c.received_date, 'minutes', "
        f"{tenths}, COUNT(*), {zeros} FROM {_FROM} "
        f"WHERE {where} AND k.service_minutes IS NOT NULL GROUP BY c.received_date, {tenths}"),
        params)


def _sum_month(first: dt.date) -> None:
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    sums = ", ".join(f"SUM({m})" for m in MEASURE_COLUMNS)
    db.execute_sql(_sql("DELETE FROM report_rollup WHERE period = 'month' AND start = ?"), [first])
    db.execute_sql(_sql(
        f"INSERT INTO report_rollup ({_COLUMNS}) SELECT 'month', ?, dimension, \"key\", {sums} "
        "FROM report_rollup WHERE period = 'day' AND start BETWEEN ? AND ? "
        "GROUP BY dimension, \"key\""), [first, first, last])


def _office_zone() -> ZoneInfo:
    cursor = db.execute_sql("SELECT timezone FROM office ORDER BY id LIMIT 1")
    row = cursor.fetchone()
    return ZoneInfo(row[0] if row and row[0] else DEFAULT_ZONE)


#: History events that change whether a consultation is open: dimension -> event kind.
TRANSITIONS = {"resolved": EventKind.RESOLVED.value, "reopened": EventKind.REOPENED.value}


def _count_resolutions(days: list[dt.date], zone: ZoneInfo) -> None:
    """The 'resolved' and 'reopened' rows: the RESOLVED and REOPENED events of the history that
    fell on each of ``days`` (office-local), whatever the day their consultation came. Arrivals
    minus resolutions plus reopenings up to a day give the backlog at its end."""
    zeros = ", ".join(["0"] * (len(MEASURE_COLUMNS) - 1))
    for day in days:
        begin = dt.datetime.combine(day, dt.time(), zone).astimezone(dt.timezone.utc)
        end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), zone).astimezone(
            dt.timezone.utc)
        for dimension, kind in TRANSITIONS.items():
            db.execute_sql(_sql(
                f"INSERT INTO report_rollup ({_COLUMNS}) SELECT 'day', ?, '{dimension}', '', "
                f"COUNT(*), {zeros} FROM event e WHERE e.kind = ? AND e.at >= ? AND e.at < ? "
                "HAVING COUNT(*) > 0"),
                [day, kind, begin.replace(tzinfo=None), end.replace(tzinfo=None)])


def refresh(days: Iterable[dt.date]) -> None:
    """Count ``days`` (office-local days of receipt, resolution or reopening) again, and their
    months;
    inside the caller's transaction. On PostgreSQL a lock per day keeps two workstations from
    counting it at once."""
    days = sorted(set(days))
    if not days:
        return
    months = sorted({d.replace(day=1) for d in days})
    if not _sqlite():
        # Days before months, each in date order, so two writers never wait on each other.
        for namespace, dates in ((7110, days), (7111, months)):
            for d in dates:
                db.execute_sql("SELECT pg_advisory_xact_lock(%s, %s)", [namespace, d.toordinal()])
    marks = ", ".join("?" * len(days))
    db.execute_sql(_sql(f"DELETE FROM report_rollup WHERE period = 'day' AND start IN ({marks})"),
                   days)
    _count_days(f"c.received_date IN ({marks})", days)
    _count_resolutions(days, _office_zone())
    for month in months:
        _sum_month(month)


def rebuild() -> None:
    """Count every day and month again (after a migration or a bulk load)."""
    db.execute_sql("DELETE FROM report_rollup")
    _count_days("1 = 1", [])
    zone = _office_zone()
    kinds = ", ".join(f"'{kind}'" for kind in TRANSITIONS.values())
    cursor = db.execute_sql(f"SELECT MIN(at), MAX(at) FROM event WHERE kind IN ({kinds})")
    first, last = (_instant(t) for t in cursor.fetchone())
    if first is not None:
        day, final = first.astimezone(zone).date(), last.astimezone(zone).date()
        days = []
        while day <= final:
            days.append(day)
            day += dt.timedelta(days=1)
        _count_resolutions(days, zone)
    month = ("date(start, 'start of month')" if _sqlite()
             else "CAST(date_trunc('month', start) AS DATE)")
    sums = ", ".join(f"SUM({m})" for m in MEASURE_COLUMNS)
    db.execute_sql(
        f"INSERT INTO report_rollup ({_COLUMNS}) SELECT 'month', {month}, dimension, \"key\", "
        f"{sums} FROM report_rollup WHERE period = 'day' GROUP BY {month}, dimension, \"key\"")


def _instant(value) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value.replace(tzinfo=dt.timezone.utc)


# --- reading -----------------------------------------------------------------------------------

@dataclass
class Sums:
    total: int = 0
    resolved: int = 0
    met: int = 0
    breached: int = 0
    escalated: int = 0
    minutes_sum: float = 0.0
    minutes_n: int = 0
    solution_met: int = 0
    solution_breached: int = 0
    missed: int = 0
    clocks: int = 0
    solution_clocks: int = 0
    first_contact: int = 0

    def add(self, values) -> None:
        for name, value in zip(MEASURE_COLUMNS, values):
            setattr(self, name, getattr(self, name) + (value or 0))


def _pieces(first: dt.date, last: dt.date) -> tuple[str, list]:
    """The rollup rows that make up [first, last]: whole months, and days at either edge."""
    months, spans = [], []
    day = first
    while day <= last:
        month_end = day.replace(day=calendar.monthrange(day.year, day.month)[1])
        if day.day == 1 and month_end <= last:
            months.append(day)
        else:
            spans.append((day, min(month_end, last)))
        day = month_end + dt.timedelta(days=1)
    parts, params = [], []
    if months:
        parts.append(f"(period = 'month' AND start IN ({', '.join('?' * len(months))}))")
        params += months
    for a, b in spans:
        parts.append("(period = 'day' AND start BETWEEN ? AND ?)")
        params += [a, b]
    return "(" + " OR ".join(parts) + ")", params


def sums(first: dt.date, last: dt.date, dimension: str,
         columns: tuple[str, ...] = MEASURE_COLUMNS) -> dict[str, Sums]:
    """key -> the sums over consultations received from ``first`` to ``last``."""
    where, params = _pieces(first, last)
    selected = ", ".join(f"SUM({m})" for m in columns)
    cursor = db.execute_sql(_sql(
        f"SELECT \"key\", {selected} FROM report_rollup WHERE dimension = ? AND {where} "
        "GROUP BY \"key\""), [dimension, *params])
    out = {}
    for key, *values in cursor.fetchall():
        out[key] = Sums()
        for name, value in zip(columns, values):
            setattr(out[key], name, value or 0)
    return out


def backlog(last: dt.date) -> int:
    """Consultations open at the end of ``last`` (office-local), as the history stood then:
    every arrival up to that day, minus every resolution, plus every reopening up to it (from the
    month sums, so the cost follows the number of months, not of consultations)."""
    cursor = db.execute_sql("SELECT MIN(start) FROM report_rollup "
                            "WHERE period = 'day' AND dimension = 'total'")
    first = cursor.fetchone()[0]
    if first is None:
        return 0
    first = dt.date.fromisoformat(first) if isinstance(first, str) else first
    if first > last:
        return 0
    arrived = sums(first, last, "total", ("total",)).get("", Sums()).total
    resolved = sums(first, last, "resolved", ("total",)).get("", Sums()).total
    reopened = sums(first, last, "reopened", ("total",)).get("", Sums()).total
    return arrived - resolved + reopened


def daily(first: dt.date, last: dt.date) -> dict[dt.date, Sums]:
    columns = ", ".join(MEASURE_COLUMNS)
    cursor = db.execute_sql(_sql(
        f"SELECT start, {columns} FROM report_rollup WHERE period = 'day' AND dimension = 'total' "
        "AND start BETWEEN ? AND ?"), [first, last])
    out = {}
    for day, *values in cursor.fetchall():
        day = dt.date.fromisoformat(day) if isinstance(day, str) else day
        out[day] = Sums()
        out[day].add(values)
    return out


def nearest_rank(first: dt.date, last: dt.date, fraction: float, count: int) -> float | None:
    """The nearest-rank percentile of the handling minutes (to a tenth of a minute) of the
    ``count`` consultations of the period that have them: the histogram added up in SQL."""
    if not count:
        return None
    where, params = _pieces(first, last)
    rank = max(math.ceil(round(fraction * count, 9)), 1)
    cursor = db.execute_sql(_sql(
        "SELECT k FROM (SELECT CAST(\"key\" AS INTEGER) AS k, "
        "SUM(SUM(total)) OVER (ORDER BY CAST(\"key\" AS INTEGER)) AS upto FROM report_rollup "
        f"WHERE dimension = 'minutes' AND {where} GROUP BY CAST(\"key\" AS INTEGER)) AS h "
        "WHERE upto >= ? ORDER BY k LIMIT 1"), [*params, rank])
    row = cursor.fetchone()
    return row[0] / 10 if row else None

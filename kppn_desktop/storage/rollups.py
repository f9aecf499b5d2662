"""The report's running sums (``ReportRollup``): per office-local day and per month.

Each thing is counted on the day it happened (DOMAIN.md, reports as of a cut-off): a
consultation on its day of receipt; each cycle's clocks on the days they opened, were decided
(met at the stop, breached when the deadline passed) and stopped; a resolution on its day; a
missed progress update on the working day whose end made it missed. So every clock is judged
once, in one period, and a closed period's figures do not move when its consultations are worked
on later.

:func:`refresh` counts days again (and sums their months again from their days) in the
transaction of every change, so the sums never drift; :func:`rebuild` does every day at once
(after a migration or bulk sample data). A report of a month reads about 30 rows per dimension,
a year about 360, whatever the size of the table (``benchmarks/reports.py``).

Besides the dimensions, each day has a 'resolved' and a 'reopened' row: the resolutions and
reopenings of the history that fell on it, so that the backlog at the end of any day is the state
of that moment: arrivals minus resolutions plus reopenings up to it.

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
from kppn_desktop.domain.standards import DEFAULT_TIMEZONE
from kppn_desktop.storage.database import db

MEASURE_COLUMNS = ("total", "resolved", "met", "breached", "escalated", "minutes_sum",
                   "minutes_n", "solution_met", "solution_breached", "missed", "clocks",
                   "solution_clocks", "first_contact")
_COLUMNS = '"period", "start", "dimension", "key", ' + ", ".join(MEASURE_COLUMNS)
#: What each day's row counts, each thing on the office-local day it happened (DOMAIN.md, reports
#: as of a cut-off): part -> (the table and its day column, measure -> SQL expression). Volumes by
#: receipt; clocks opened, decided and stopped per cycle (``consultation_cycle``), so a result
#: decided in one cycle stays where it was counted when the consultation is reopened; missed
#: progress updates on the working day whose end made them missed.
_CYCLE = "consultation_cycle k JOIN consultation c ON c.id = k.consultation_id"
_ONE = "1"
_ESCALATED = "k.escalated IS TRUE"


@dataclass(frozen=True)
class _Part:
    table: str
    day: str                      # the column of the day it happened on
    measures: dict[str, str]      # measure -> SQL expression
    where: str = "1 = 1"
    # By the section it was escalated to (else by the section of its category, as at intake).
    escalation: bool = False


_PARTS = (
    _Part("consultation c", "c.received_date", {"total": _ONE}),
    _Part(_CYCLE, "k.opened_on", {"clocks": _ONE}),
    _Part(_CYCLE, "k.service_decided_on", {
        "met": "CASE WHEN k.service_met IS TRUE THEN 1 ELSE 0 END",
        "breached": "CASE WHEN k.service_met IS FALSE THEN 1 ELSE 0 END"}),
    _Part(_CYCLE, "k.stopped_on", {
        "minutes_sum": "COALESCE(k.service_minutes, 0)",
        "minutes_n": "CASE WHEN k.service_minutes IS NULL THEN 0 ELSE 1 END",
        # First-contact resolution: the first cycle answered within its target, not escalated.
        "first_contact": "CASE WHEN k.number = 1 AND k.service_met IS TRUE "
                         "AND k.escalated IS FALSE THEN 1 ELSE 0 END"}),
    _Part(_CYCLE, "k.resolved_on", {"resolved": _ONE}),
    _Part(_CYCLE, "k.stopped_on", {"escalated": _ONE, "solution_clocks": _ONE}, _ESCALATED,
          escalation=True),
    _Part(_CYCLE, "k.solution_decided_on", {
        "solution_met": "CASE WHEN k.solution_met IS TRUE THEN 1 ELSE 0 END",
        "solution_breached": "CASE WHEN k.solution_met IS FALSE THEN 1 ELSE 0 END"},
        escalation=True),
    _Part("missed_update m JOIN consultation_cycle k ON k.consultation_id = m.consultation_id "
          "AND k.number = m.cycle JOIN consultation c ON c.id = m.consultation_id", "m.day",
          {"missed": _ONE}, escalation=True),
)
_SECTIONS = ("COALESCE(CAST(cat.section_id AS TEXT), '')",
             "COALESCE(CAST(k.section_id AS TEXT), '')")
DIMENSIONS = {
    "total": "''",
    "channel": "c.channel",
    "category": "CAST(c.category_id AS TEXT)",
    "section": None,            # per part (_SECTIONS)
    "officer": "CAST(c.officer_id AS TEXT)",
}


def _sqlite() -> bool:
    return isinstance(db.obj, SqliteDatabase)


def sql(text: str) -> str:
    """``text`` with ``?`` placeholders as the open engine writes them."""
    return text if _sqlite() else text.replace("?", "%s")


def _tenths() -> str:
    """Each cycle's handling minutes rounded to tenths, half up, the same way on both engines and as
    ``domain.formatting.round_half_up`` (the report shows one decimal; the stored minutes are
    exact, so this is their only rounding)."""
    if _sqlite():
        return "CAST(CAST(k.service_minutes * 10 + 0.5 + 1e-9 AS INTEGER) AS TEXT)"
    return "CAST(CAST(FLOOR(k.service_minutes * 10 + 0.5 + 1e-9) AS INTEGER) AS TEXT)"


def _count_days(days: list[dt.date] | None) -> None:
    """Insert the 'day' rows of ``days`` (None: of every day)."""
    marks = "1 = 1" if days is None else f"IN ({', '.join('?' * len(days))})"

    def where(column: str) -> str:
        return f"{column} IS NOT NULL" if days is None else f"{column} {marks}"
    params = [] if days is None else list(days)
    sums = ", ".join(f"SUM({m})" for m in MEASURE_COLUMNS)
    for dimension, expression in DIMENSIONS.items():
        parts = []
        for part in _PARTS:
            values = ", ".join(f"{part.measures.get(m, '0')} AS {m}" for m in MEASURE_COLUMNS)
            table, key = part.table, expression
            if dimension == "section":
                key = _SECTIONS[part.escalation]
                if not part.escalation:
                    table += " JOIN category cat ON cat.id = c.category_id"
            parts.append(f"SELECT {part.day} AS d, {key} AS g, {values} FROM {table} "
                         f"WHERE {where(part.day)} AND {part.where}")
        db.execute_sql(sql(
            f"INSERT INTO report_rollup ({_COLUMNS}) SELECT 'day', d, '{dimension}', g, {sums} "
            f"FROM ({' UNION ALL '.join(parts)}) AS u GROUP BY d, g"), params * len(_PARTS))
    tenths = _tenths()
    zeros = ", ".join(["0"] * (len(MEASURE_COLUMNS) - 1))
    db.execute_sql(sql(
        f"INSERT INTO report_rollup ({_COLUMNS}) SELECT 'day', k.stopped_on, 'minutes', "
        f"{tenths}, COUNT(*), {zeros} FROM {_CYCLE} "
        f"WHERE {where('k.stopped_on')} AND k.service_minutes IS NOT NULL "
        f"GROUP BY k.stopped_on, {tenths}"), params)


def _sum_month(first: dt.date) -> None:
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    sums = ", ".join(f"SUM({m})" for m in MEASURE_COLUMNS)
    db.execute_sql(sql("DELETE FROM report_rollup WHERE period = 'month' AND start = ?"), [first])
    db.execute_sql(sql(
        f"INSERT INTO report_rollup ({_COLUMNS}) SELECT 'month', ?, dimension, \"key\", {sums} "
        "FROM report_rollup WHERE period = 'day' AND start BETWEEN ? AND ? "
        "GROUP BY dimension, \"key\""), [first, first, last])


def _office_zone() -> ZoneInfo:
    cursor = db.execute_sql("SELECT timezone FROM office ORDER BY id LIMIT 1")
    row = cursor.fetchone()
    return ZoneInfo(row[0] if row and row[0] else DEFAULT_TIMEZONE)


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
            db.execute_sql(sql(
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
    db.execute_sql(sql(f"DELETE FROM report_rollup WHERE period = 'day' AND start IN ({marks})"),
                   days)
    _count_days(days)
    _count_resolutions(days, _office_zone())
    for month in months:
        _sum_month(month)


def rebuild() -> None:
    """Count every day and month again (after a migration or a bulk load)."""
    db.execute_sql("DELETE FROM report_rollup")
    _count_days(None)
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
    cursor = db.execute_sql(sql(
        f"SELECT \"key\", {selected} FROM report_rollup WHERE dimension = ? AND {where} "
        "GROUP BY \"key\""), [dimension, *params])
    out = {}
    for key, *values in cursor.fetchall():
        out[key] = Sums()
        for name, value in zip(columns, values):
            setattr(out[key], name, value or 0)
    return out


def upto(last: dt.date, dimension: str, columns: tuple[str, ...] = MEASURE_COLUMNS
         ) -> dict[str, Sums]:
    """key -> the sums of every day up to ``last`` (from the month sums, so the cost follows the
    number of months, not of consultations)."""
    cursor = db.execute_sql("SELECT MIN(start) FROM report_rollup "
                            "WHERE period = 'day' AND dimension = 'total'")
    first = cursor.fetchone()[0]
    if first is None:
        return {}
    first = dt.date.fromisoformat(first) if isinstance(first, str) else first
    return {} if first > last else sums(first, last, dimension, columns)


def backlog(last: dt.date) -> int:
    """Consultations open at the end of ``last`` (office-local), as the history stood then:
    every arrival up to that day, minus every resolution, plus every reopening up to it."""
    def total(dimension: str) -> int:
        return upto(last, dimension, ("total",)).get("", Sums()).total
    return total("total") - total("resolved") + total("reopened")


def daily(first: dt.date, last: dt.date) -> dict[dt.date, Sums]:
    columns = ", ".join(MEASURE_COLUMNS)
    cursor = db.execute_sql(sql(
        f"SELECT start, {columns} FROM report_rollup WHERE period = 'day' AND dimension = 'total' "
        "AND start BETWEEN ? AND ?"), [first, last])
    out = {}
    for day, *values in cursor.fetchall():
        day = dt.date.fromisoformat(day) if isinstance(day, str) else day
        out.setdefault(day, Sums()).add(values)
    return out


def nearest_rank(first: dt.date, last: dt.date, fraction: float, count: int) -> float | None:
    """The nearest-rank percentile of the handling minutes (to a tenth of a minute) of the
    ``count`` consultations of the period that have them: the histogram added up in SQL."""
    if not count:
        return None
    where, params = _pieces(first, last)
    rank = max(math.ceil(round(fraction * count, 9)), 1)
    cursor = db.execute_sql(sql(
        "SELECT k FROM (SELECT CAST(\"key\" AS INTEGER) AS k, "
        "SUM(SUM(total)) OVER (ORDER BY CAST(\"key\" AS INTEGER)) AS upto FROM report_rollup "
        f"WHERE dimension = 'minutes' AND {where} GROUP BY CAST(\"key\" AS INTEGER)) AS h "
        "WHERE upto >= ? ORDER BY k LIMIT 1"), [*params, rank])
    row = cursor.fetchone()
    return row[0] / 10 if row else None

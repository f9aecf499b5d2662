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

Every office has sums of its own (``report_rollup.office_id``): a day is the office-local day of
that office's calendar (its time zone), and counting or reading always names the office.

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
from kppn_desktop.storage import transactions
from kppn_desktop.storage.database import db, plan_each_run, sent_together
from kppn_desktop.storage.models import day_from_db, instant_or_none

MEASURE_COLUMNS = ("total", "resolved", "met", "breached", "escalated", "minutes_sum",
                   "minutes_n", "solution_met", "solution_breached", "missed", "clocks",
                   "solution_clocks", "first_contact")
_COLUMNS = 'office_id, "period", "start", "dimension", "key", ' + ", ".join(MEASURE_COLUMNS)
#: What each day's row counts, each thing on the office-local day it happened (DOMAIN.md, reports
#: as of a cut-off): part -> (the table and its day column, measure -> SQL expression). Volumes by
#: receipt; clocks opened, decided and stopped per cycle (``consultation_cycle``), so a result
#: decided in one cycle stays where it was counted when the consultation is reopened; missed
#: progress updates on the working day whose end made them missed.
_CYCLE = "consultation_cycle k"
_ONE = "1"
_ESCALATED = "k.escalated IS TRUE"


@dataclass(frozen=True)
class _Part:
    table: str                    # the rows counted
    day: str                      # the column of the day it happened on
    measures: dict[str, str]      # measure -> SQL expression
    where: str = "1 = 1"
    # By the section it was escalated to (else by the section of its category, as at intake).
    escalation: bool = False
    # The column naming each row's consultation, joined as ``c`` (None: the table is ``c``).
    key: str | None = "k.consultation_id"
    # The column of the row's office: each day index is led by it (migration 0027).
    office: str = "k.office_id"

    def rows(self, days: list[dt.date] | None) -> str:
        return self.table if self.key is None else _with_consultation(self.table, self.key, days)


_PARTS = (
    _Part("consultation c", "c.received_date", {"total": _ONE}, key=None, office="c.office_id"),
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
          "AND k.number = m.cycle", "m.day", {"missed": _ONE}, escalation=True,
          key="m.consultation_id", office="m.office_id"),
)
#: A row's section, by part (escalation or not): the section escalated to, or the category
#: whose section counts, the other NULL. The category is joined once the day's rows are read
#: (``_count_days``), not once per row of each part.
_SECTIONS = {False: ("CAST(NULL AS INTEGER)", "c.category_id"),
             True: ("k.section_id", "CAST(NULL AS INTEGER)")}
DIMENSIONS = {
    "total": "''",
    "channel": "c.channel",
    "category": "CAST(c.category_id AS TEXT)",
    "section": None,            # per part (_SECTIONS)
    "officer": "CAST(c.officer_id AS TEXT)",
}

#: The library's part of the report (issue 12), counted with the rest: answers given and the
#: articles they cite ('article', by article id) on the day of the answer; questions looked up
#: in the library and those it held nothing for ('lib_asked', 'lib_none', by
#: category) on the day of receipt. Each row counts in ``total``. (A dimension's name fits
#: its column: 10 characters.)
LIBRARY_DIMENSIONS = ("answers", "article", "lib_asked", "lib_none")


def _sqlite() -> bool:
    return isinstance(db.obj, SqliteDatabase)


def sql(text: str) -> str:
    """``text`` with ``?`` placeholders as the open engine writes them."""
    return text if _sqlite() else text.replace("?", "%s")


#: The handling minutes' histogram, in two dimensions: per tenth of a minute (each cycle's minutes
#: rounded to tenths), and per whole minute of those tenths. A percentile finds its whole minute
#: in the second (about 50 rows a month), then its tenth among that minute's ten keys of the
#: first; reading a year's tenths of ten offices took 12 ms of a 20 ms Kanwil report.
MINUTES, WHOLE_MINUTES = "minutes", "min_whole"


def _tenths() -> str:
    """Each cycle's handling minutes rounded to tenths (an integer), half up, the same way on both
    engines and as ``domain.formatting.round_half_up`` (the report shows one decimal; the stored
    minutes are exact, so this is their only rounding)."""
    if _sqlite():
        return "CAST(k.service_minutes * 10 + 0.5 + 1e-9 AS INTEGER)"
    return "CAST(FLOOR(k.service_minutes * 10 + 0.5 + 1e-9) AS INTEGER)"


#: A save's few days (``_by_id``): its own, a reopened consultation's, a month's edge.
_LOOKUP_DAYS = 31
#: The columns of a consultation the day rows read through its cycles (``_with_consultation``).
_C_COLUMNS = "c.id, c.office_id, c.channel, c.category_id, c.officer_id"


def _with_consultation(rows: str, key: str, days: list[dt.date] | None) -> str:
    """``rows`` joined with their consultation ``c`` (``c.id = key``): on PostgreSQL and for
    given days, a lookup of each row's own consultation by its key (a ``LATERAL`` subquery it
    cannot flatten). Without statistics (a
    new office, a fresh database: autovacuum analyzes a table a minute after 50 rows at the
    earliest) the planner took an office's consultations for a row or two and led with them:
    each checked against every cycle of the day of every office, 48,000 pairs for a day of 220
    consultations (18 ms a save), growing with the square of the day. Led by the day's rows,
    the statement follows the day linearly, with or without statistics. SQLite leads with the
    day's index either way. A recount of many days (a calendar correction, an upgrade) is left
    to the planner: one lookup per row of a long span is no better than joining the sets."""
    if days is None or len(days) > _LOOKUP_DAYS or _sqlite():
        return f"{rows} JOIN consultation c ON c.id = {key}"
    return (f"{rows} JOIN LATERAL (SELECT {_C_COLUMNS} FROM consultation c "
            f"WHERE c.id = {key} OFFSET 0) c ON TRUE")


def _count_days(days: list[dt.date] | None, office_id: int) -> None:
    """Insert the 'day' rows of ``days`` (None: of every day) of office ``office_id``: the parts
    of those days read once (a materialised ``WITH``), then summed by each dimension."""
    office = int(office_id)
    marks = "1 = 1" if days is None else f"IN ({', '.join('?' * len(days))})"

    def where(column: str) -> str:
        return f"{column} IS NOT NULL" if days is None else f"{column} {marks}"
    params = [] if days is None else list(days)
    parts = []
    for part in _PARTS:
        values = ", ".join(f"{part.measures.get(m, '0')} AS {m}" for m in MEASURE_COLUMNS)
        keys = ", ".join(f"{expression} AS k_{dimension}"
                         for dimension, expression in DIMENSIONS.items() if expression)
        escalated_to, by_category = _SECTIONS[part.escalation]
        parts.append(f"SELECT {part.day} AS d, {keys}, {escalated_to} AS s_escalated, "
                     f"{by_category} AS s_category, {values} FROM {part.rows(days)} "
                     f"WHERE {where(part.day)} AND {part.office} = {office} AND {part.where}")
    # The day's rows summed once per day and every key at once (g: a few dozen groups, where
    # the day has a row per part and thing), then each dimension summed from those groups: five
    # passes over the day's rows took half the statement. A section from the category once per
    # group (a join in each part had the planner hash the categories once per row it read).
    keys = [f"k_{dimension}" for dimension, expression in DIMENSIONS.items() if expression]
    grouped = ", ".join(["d", *keys, "s_escalated", "s_category"])
    sums = ", ".join(f"SUM(g.{m})" for m in MEASURE_COLUMNS)

    def summed(dimension: str, key: str, join: str = "") -> str:
        return (f"SELECT {office}, 'day', g.d, '{dimension}', {key}, {sums} FROM g{join} "
                f"GROUP BY g.d, {key}")
    by_dimension = " UNION ALL ".join(
        summed(dimension, "COALESCE(CAST(COALESCE(g.s_escalated, cat.section_id) AS TEXT), '')",
               " LEFT JOIN category cat ON cat.id = g.s_category")
        if expression is None else summed(dimension, f"g.k_{dimension}")
        for dimension, expression in DIMENSIONS.items())
    each = ", ".join(f"SUM(u.{m}) AS {m}" for m in MEASURE_COLUMNS)
    db.execute_sql(sql(
        f"WITH g AS MATERIALIZED (SELECT {grouped}, {each} "
        f"FROM ({' UNION ALL '.join(parts)}) u GROUP BY {grouped}) "
        f"INSERT INTO report_rollup ({_COLUMNS}) {by_dimension}"), params * len(_PARTS))
    tenths = _tenths()
    zeros = ", ".join(["0"] * (len(MEASURE_COLUMNS) - 1))
    # The histogram's two dimensions (:data:`MINUTES`, :data:`WHOLE_MINUTES`) from one read of
    # the days' cycles, then in the same statement (no round trip of its own) the library's part
    # of the report (issue 12), per category by the day of receipt: the questions the library
    # was looked up for (when taken or last edited), and those it held no article or FAQ entry
    # for.
    histogram = (f"SELECT k.stopped_on AS d, {tenths} AS t, COUNT(*) AS n "
                 f"FROM {_CYCLE} WHERE {where('k.stopped_on')} AND k.service_minutes IS NOT NULL "
                 f"AND k.office_id = {office} GROUP BY k.stopped_on, {tenths}")
    library = "".join(
        f" UNION ALL SELECT {office}, 'day', c.received_date, '{dimension}', "
        f"CAST(c.category_id AS TEXT), COUNT(*), {zeros} FROM consultation c "
        f"WHERE {where('c.received_date')} AND c.office_id = {office} AND {condition} "
        "GROUP BY c.received_date, c.category_id"
        for dimension, condition in (("lib_asked", "c.library_found IS NOT NULL"),
                                     ("lib_none", "c.library_found IS FALSE")))
    db.execute_sql(sql(
        f"WITH h AS MATERIALIZED ({histogram}) INSERT INTO report_rollup ({_COLUMNS}) "
        f"SELECT {office}, 'day', d, '{MINUTES}', CAST(t AS TEXT), n, {zeros} FROM h "
        f"UNION ALL SELECT {office}, 'day', d, '{WHOLE_MINUTES}', CAST(t / 10 AS TEXT), SUM(n), "
        f"{zeros} FROM h GROUP BY d, t / 10{library}"), params * 3)


def _insert_sums(office_id: int, period: str, start: str, source: str, *, between=None,
                 group: str = "") -> None:
    """Rows of ``period`` (starting on the SQL ``start``) summed from the office's rows of the
    shorter ``source`` period: of the days or months ``between`` (first, last) when given, else
    all (grouped by ``group`` too). Year rows only for :data:`YEAR_DIMENSIONS`."""
    sums = ", ".join(f"SUM({m})" for m in MEASURE_COLUMNS)
    office = int(office_id)
    where = "".join((
        f" AND dimension IN ({', '.join(repr(d) for d in YEAR_DIMENSIONS)})"
        if period == "year" else "", " AND start BETWEEN ? AND ?" if between else ""))
    db.execute_sql(sql(
        f"INSERT INTO report_rollup ({_COLUMNS}) SELECT {office}, '{period}', {start}, "
        f"dimension, \"key\", {sums} FROM report_rollup WHERE office_id = {office} "
        f"AND period = '{source}'{where} GROUP BY {group + ', ' if group else ''}dimension, \"key\""),
        [between[0], *between] if between else [])


def _sum_period(period: str, first: dt.date, last: dt.date, source: str, office_id: int
                ) -> None:
    """The rows of the ``period`` beginning on ``first``, from its ``source`` rows up to
    ``last``."""
    db.execute_sql(sql("DELETE FROM report_rollup WHERE office_id = ? AND period = ? "
                       "AND start = ?"), [int(office_id), period, first])
    _insert_sums(office_id, period, "?", source, between=(first, last))


def _sum_month(first: dt.date, office_id: int) -> None:
    last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    _sum_period("month", first, last, "day", office_id)


#: The dimensions that have year rows too: what the sums up to a day read (the backlog and the
#: clocks not decided by then, :func:`upto_of_offices`), one key each. Their months since an
#: office began grow by twelve a year; a year row is summed from its twelve month rows (36 rows
#: at a save), not from its days.
YEAR_DIMENSIONS = ("total", "resolved", "reopened")


def _sum_year(first: dt.date, office_id: int) -> None:
    """The year rows of :data:`YEAR_DIMENSIONS` of the year beginning on ``first``, from its
    month rows."""
    _sum_period("year", first, first.replace(month=12), "month", office_id)


def _office_zone(office_id: int) -> ZoneInfo:
    cursor = db.execute_sql(sql("SELECT timezone FROM office WHERE id = ?"), [office_id])
    row = cursor.fetchone()
    return ZoneInfo(row[0] if row and row[0] else DEFAULT_TIMEZONE)


def offices() -> list[int]:
    """Every office of the database (those whose sums :func:`rebuild` counts)."""
    return [row[0] for row in db.execute_sql("SELECT id FROM office ORDER BY id").fetchall()]


#: History events that change whether a consultation is open: dimension -> event kind.
TRANSITIONS = {"resolved": EventKind.RESOLVED.value, "reopened": EventKind.REOPENED.value}


def _count_resolutions(days: list[dt.date], zone: ZoneInfo, office_id: int) -> None:
    """The 'resolved' and 'reopened' rows: the RESOLVED and REOPENED events of the history that
    fell on each of ``days`` (office-local), whatever the day their consultation came. Arrivals
    minus resolutions plus reopenings up to a day give the backlog at its end. An event is the
    office's through its consultation (the history itself has no office column)."""
    zeros = ", ".join(["0"] * (len(MEASURE_COLUMNS) - 1))
    office = int(office_id)
    dimension = "CASE e.kind " + " ".join(f"WHEN '{kind}' THEN '{dimension}'"
                                          for dimension, kind in TRANSITIONS.items()) + " END"
    kinds = ", ".join(f"'{kind}'" for kind in TRANSITIONS.values())
    # The library's part (issue 12): the answers given that day, and those citing an article of
    # the library, per article (``resolution``: one row per answer, at the time it was given).
    # The day's parameter typed as a date on PostgreSQL (in a UNION it would take it for text);
    # not on SQLite, where a CAST to DATE makes a number of '2026-11-30' (2026).
    day = "?" if _sqlite() else "CAST(? AS DATE)"
    answered = _with_consultation("resolution r", "r.consultation_id", days)
    answers = (f"SELECT {office}, 'day', {day}, 'answers', '', COUNT(*), {zeros} "
               f"FROM {answered} WHERE r.at >= ? AND r.at < ? "
               f"AND c.office_id = {office} GROUP BY c.office_id "
               "UNION ALL "
               f"SELECT {office}, 'day', {day}, 'article', CAST(r.article_id AS TEXT), "
               "COUNT(*), "
               f"{zeros} FROM {answered} "
               f"WHERE r.at >= ? AND r.at < ? AND c.office_id = {office} "
               "AND r.article_id IS NOT NULL GROUP BY r.article_id")
    happened = _with_consultation("event e", "e.consultation_id", days)
    for each in days:
        begin = dt.datetime.combine(each, dt.time(), zone).astimezone(dt.timezone.utc)
        end = dt.datetime.combine(each + dt.timedelta(days=1), dt.time(), zone).astimezone(
            dt.timezone.utc)
        span = [each, begin.replace(tzinfo=None), end.replace(tzinfo=None)]
        db.execute_sql(sql(
            f"INSERT INTO report_rollup ({_COLUMNS}) SELECT {office}, 'day', {day}, {dimension}, "
            f"'', COUNT(*), {zeros} FROM {happened} "
            f"WHERE e.kind IN ({kinds}) AND e.at >= ? AND e.at < ? AND c.office_id = {office} "
            f"GROUP BY e.kind UNION ALL {answers}"), span * 3)


def refresh(days: Iterable[dt.date], office_id: int, *, at_end: bool = True) -> None:
    """Count ``days`` (office-local days of receipt, resolution or reopening) of office
    ``office_id`` again, and their months; inside the caller's transaction. In a service's
    transaction they are counted at its end, once for all its changes
    (``storage.transactions``): the lock of a day is held only from then to the commit. A
    caller that reads the sums back at once says ``at_end=False``."""
    if at_end and transactions.in_service_transaction():
        transactions.collect(("rollups", int(office_id)), set,
                             lambda collected: _refresh_now(collected, office_id)).update(days)
        return
    _refresh_now(days, office_id)


def _refresh_now(days: Iterable[dt.date], office_id: int) -> None:
    """On PostgreSQL a lock per office and day keeps two workstations from counting it at
    once."""
    days = sorted(set(days))
    if not days:
        return
    months = sorted({d.replace(day=1) for d in days})
    years = sorted({d.replace(month=1) for d in months})
    zone = _office_zone(office_id)
    with sent_together():
        plan_each_run()         # they run faster planned for their values
        _count_again(days, months, years, zone, office_id)


def _count_again(days: list[dt.date], months: list[dt.date], years: list[dt.date],
                 zone: ZoneInfo, office_id: int) -> None:
    """The locks, then the rows of ``days``, ``months`` and ``years`` counted again: statements
    whose results are never read (sent together on PostgreSQL)."""
    if not _sqlite():
        # Days before months before years, each in date order, so two writers never wait on each
        # other. One 64-bit key each: the kind, the office and the day's ordinal (below 2**22
        # up to 9999-12-31), apart for any office below 2**22. The two-int4 form took office *
        # 4,000,000 + ordinal, out of int4's range from office 537 on: every save failed there.
        keys = [(namespace << 44) | (int(office_id) << 22) | d.toordinal()
                for namespace, dates in ((7110, days), (7111, months), (7112, years))
                for d in dates]
        # One statement: PostgreSQL evaluates the select list left to right.
        db.execute_sql("SELECT " + ", ".join(["pg_advisory_xact_lock(%s)"] * len(keys)), keys)
    marks = ", ".join("?" * len(days))
    db.execute_sql(sql(f"DELETE FROM report_rollup WHERE office_id = ? AND period = 'day' "
                       f"AND start IN ({marks})"), [office_id, *days])
    _count_days(days, office_id)
    _count_resolutions(days, zone, office_id)
    for month in months:
        _sum_month(month, office_id)
    for year in years:
        _sum_year(year, office_id)


def rebuild(office_id: int | None = None) -> None:
    """Count every day, month and year row of office ``office_id`` (None: of every office) again
    (after a migration or a bulk load)."""
    if office_id is None:
        for office in offices():
            rebuild(office)
        return
    office = int(office_id)
    db.execute_sql(f"DELETE FROM report_rollup WHERE office_id = {office}")
    _count_days(None, office)
    zone = _office_zone(office)
    kinds = ", ".join(f"'{kind}'" for kind in TRANSITIONS.values())
    cursor = db.execute_sql(f"SELECT MIN(e.at), MAX(e.at) FROM event e JOIN consultation c "
                            f"ON c.id = e.consultation_id WHERE e.kind IN ({kinds}) "
                            f"AND c.office_id = {office}")
    first, last = (instant_or_none(t) for t in cursor.fetchone())
    if first is not None:
        day, final = first.astimezone(zone).date(), last.astimezone(zone).date()
        days = []
        while day <= final:
            days.append(day)
            day += dt.timedelta(days=1)
        _count_resolutions(days, zone, office)
    for period, source in (("month", "day"), ("year", "month")):
        start = (f"date(start, 'start of {period}')" if _sqlite()
                 else f"CAST(date_trunc('{period}', start) AS DATE)")
        _insert_sums(office, period, start, source, group=start)


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


def _offices(office_ids: Iterable[int]) -> str:
    """The condition on ``office_id`` for the offices ``office_ids`` (ids written in: integers)."""
    ids = sorted({int(o) for o in office_ids})
    return f"office_id = {ids[0]}" if len(ids) == 1 else f"office_id IN ({', '.join(map(str, ids))})"


def _with_days_outside(first: dt.date, last: dt.date, office_ids: list[int],
                       dimensions: tuple[str, ...]) -> set[int]:
    """The offices of ``office_ids`` with a row of ``dimensions`` on a day of the month of
    [first, last] outside it; for the others, that month's row is the sum of those days (the
    month so far: no day after today has a row; an office's first month). A look at the index
    per office and side: a report of the month so far read each day's rows of every key (about
    30 times the month's)."""
    start = first.replace(day=1)
    end = start.replace(day=calendar.monthrange(start.year, start.month)[1])
    outside = [(a, b) for a, b in ((start, first - dt.timedelta(days=1)),
                                   (last + dt.timedelta(days=1), end)) if a <= b]
    if not outside:
        return set()
    marks = ", ".join("?" * len(dimensions))
    probes = [" OR ".join(
        f"EXISTS (SELECT 1 FROM report_rollup WHERE {_offices([office])} "
        f"AND period = 'day' AND dimension IN ({marks}) AND start BETWEEN ? AND ?)"
        for _range in outside) for office in office_ids]
    cursor = db.execute_sql(sql(" UNION ALL ".join(
        f"SELECT {int(office)} WHERE {probe}" for office, probe in zip(office_ids, probes))),
        [value for _office in office_ids for a, b in outside for value in (*dimensions, a, b)])
    return {row[0] for row in cursor.fetchall()}


def _period_rows(first: dt.date, last: dt.date, office_ids: Iterable[int],
                 dimensions: tuple[str, ...], columns: tuple[str, ...],
                 keys: dict[int, tuple[str, str]] | None = None, *, years: bool = False
                 ) -> tuple[str, list]:
    """A derived table (SQL, parameters) of the rollup rows of the offices ``office_ids`` and
    ``dimensions`` that make up [first, last]: the whole months (one range), then for a month
    at either edge, its month row for the offices with no other day of it
    (:func:`_with_days_outside`) and its days for the rest. Each office's rows come in the same
    parts and order whichever offices are read with it, so that its float sums are added in
    the same order as in its own report. Each part is its own index range, joined with UNION
    ALL: as one condition with OR, SQLite read every row of the office (40 ms at 1M
    consultations, not 0.2). With ``keys`` (office -> the lowest and highest), only each office's
    rows of its keys: each office, month and day named, so that each is one range of the index
    (its last column is the key). With ``years`` (``dimensions`` of :data:`YEAR_DIMENSIONS`),
    each whole calendar year from its year row, and the months before and after it."""
    office_ids = sorted({int(o) for o in office_ids})
    months, spans = [], []
    day = first
    while day <= last:
        month_end = day.replace(day=calendar.monthrange(day.year, day.month)[1])
        if day.day == 1 and month_end <= last:
            months.append(day)
        else:
            spans.append((day, min(month_end, last)))
        day = month_end + dt.timedelta(days=1)
    whole_years = sorted({m for m in months if m.month == 1
                          and m.replace(month=12) in months}) if years else []
    if whole_years:
        before = [m for m in months if m < whole_years[0]]
        after = [m for m in months if m.year > whole_years[-1].year]
        pieces = [(office_ids, period, starts) for period, starts in (
            ("month", before), ("year", whole_years), ("month", after)) if starts]
    else:
        pieces = [(office_ids, "month", months)] if months else []
    for a, b in spans:
        elsewhere = _with_days_outside(a, b, office_ids, dimensions)
        whole = [o for o in office_ids if o not in elsewhere]
        if whole:
            pieces.append((whole, "month", [a.replace(day=1)]))
        if elsewhere:
            pieces.append((sorted(elsewhere), "day",
                           [a + dt.timedelta(days=n) for n in range((b - a).days + 1)]))
    selected = ", ".join(("office_id", "dimension", '"key"', '"period"', "start", *columns))
    def where(offices: list[int]) -> str:
        return (f"SELECT {selected} FROM report_rollup WHERE {_offices(offices)} "
                f"AND period = ? AND dimension IN ({', '.join('?' * len(dimensions))}) AND ")
    parts, params = [], []
    for offices, period, starts in pieces or [(office_ids, "day", [])]:   # first > last: none
        if keys is None:
            parts.append(where(offices) + "start BETWEEN ? AND ?")
            params += [period, *dimensions, *(starts[:1] + starts[-1:] or [first, last])]
            continue
        for office in offices:
            parts.append(where([office]) + f"start IN ({', '.join('?' * len(starts)) or 'NULL'})"
                         ' AND "key" BETWEEN ? AND ?')
            params += [period, *dimensions, *starts, *keys[office]]
    return "(" + " UNION ALL ".join(parts) + ")", params


#: (office id, dimension) -> key -> sums.
OfficeSums = dict[tuple[int, str], dict[str, "Sums"]]


def sums_of_offices(first: dt.date, last: dt.date, dimensions: tuple[str, ...],
                    office_ids: Iterable[int], columns: tuple[str, ...] = MEASURE_COLUMNS, *,
                    years: bool = False) -> OfficeSums:
    """(office, dimension) -> key -> the sums over consultations received from ``first`` to
    ``last``, of every office of ``office_ids`` (office-local days, each office's own) in one
    grouped query; an office or dimension with no row has no entry. ``years``: whole years from
    their year rows (:func:`_period_rows`; only the counts up to a day ask for them, so that a
    period's float sums stay added month by month, as every report read them)."""
    rows, params = _period_rows(first, last, office_ids, dimensions, columns, years=years)
    selected = ", ".join(_sum(m) for m in columns)
    cursor = db.execute_sql(sql(
        f"SELECT office_id, dimension, \"key\", {selected} FROM {rows} AS r "
        "GROUP BY office_id, dimension, \"key\""), params)
    out: OfficeSums = {}
    for office, dimension, key, *values in cursor.fetchall():
        row = out.setdefault((office, dimension), {})[key] = Sums()
        for name, value in zip(columns, values):
            setattr(row, name, value or 0)
    return out


def _sum(measure: str) -> str:
    """The SQL sum of a measure over the rows of a report. The handling minutes are floats, whose
    sum depends on the order they are added in: PostgreSQL reads several offices' rows in another
    order (a bitmap scan) than one office's (its index), and the Kanwil's average differed from
    the office's own report in the last digit. There they are added in the index's order,
    as one office's index scan adds them; SQLite reads every office in its index order."""
    if measure == "minutes_sum" and not _sqlite():
        return 'SUM(minutes_sum ORDER BY "period", "start")'
    return f"SUM({measure})"


def sums(first: dt.date, last: dt.date, dimension: str, office_id: int,
         columns: tuple[str, ...] = MEASURE_COLUMNS) -> dict[str, Sums]:
    """key -> the sums of office ``office_id`` over consultations received from ``first`` to
    ``last``."""
    return sums_of_offices(first, last, (dimension,), [office_id], columns).get(
        (office_id, dimension), {})


def upto_of_offices(last: dt.date, dimensions: tuple[str, ...], office_ids: Iterable[int],
                    columns: tuple[str, ...] = MEASURE_COLUMNS) -> OfficeSums:
    """:func:`sums_of_offices` of every day up to ``last`` (from the month sums, so the cost
    follows the number of months, not of consultations; for :data:`YEAR_DIMENSIONS`, whole
    years from their year rows): from the first day any of the offices has sums."""
    office_ids = list(office_ids)
    cursor = db.execute_sql(f"SELECT MIN(start) FROM report_rollup WHERE {_offices(office_ids)} "
                            "AND period = 'day' AND dimension = 'total'")
    first = cursor.fetchone()[0]
    if first is None:
        return {}
    first = day_from_db(first)
    if first > last:
        return {}
    return sums_of_offices(first, last, dimensions, office_ids, columns,
                           years=set(dimensions) <= set(YEAR_DIMENSIONS))


def upto(last: dt.date, dimension: str, office_id: int,
         columns: tuple[str, ...] = MEASURE_COLUMNS) -> dict[str, Sums]:
    """key -> the sums of office ``office_id`` of every day up to ``last``."""
    return upto_of_offices(last, (dimension,), [office_id], columns).get(
        (office_id, dimension), {})


#: The dimensions whose sums up to a day make the backlog at its end (:func:`backlog_from`).
BACKLOG_DIMENSIONS = YEAR_DIMENSIONS


def backlog_from(upto_sums: OfficeSums, office_id: int) -> int:
    """The backlog of office ``office_id`` at the end of a day, from its sums up to that day of
    :data:`BACKLOG_DIMENSIONS`: every arrival, minus every resolution, plus every reopening."""
    def total(dimension: str) -> int:
        return upto_sums.get((office_id, dimension), {}).get("", Sums()).total
    return total("total") - total("resolved") + total("reopened")


def backlog(last: dt.date, office_id: int) -> int:
    """Consultations of office ``office_id`` open at the end of ``last`` (office-local), as the
    history stood then."""
    return backlog_from(upto_of_offices(last, BACKLOG_DIMENSIONS, [office_id], ("total",)),
                        office_id)


def daily(first: dt.date, last: dt.date, office_id: int) -> dict[dt.date, Sums]:
    columns = ", ".join(MEASURE_COLUMNS)
    cursor = db.execute_sql(sql(
        f"SELECT start, {columns} FROM report_rollup WHERE office_id = ? AND period = 'day' "
        "AND dimension = 'total' AND start BETWEEN ? AND ?"), [office_id, first, last])
    out = {}
    for day, *values in cursor.fetchall():
        day = day_from_db(day)
        out.setdefault(day, Sums()).add(values)
    return out


def _at_rank(histogram: Iterable[tuple[int, int]], rank: int, before: int = 0
             ) -> tuple[int, int] | None:
    """(the value, how many come before it) of the ``rank``-th of a histogram of (value, count),
    given ``before`` values below all of them; None: fewer than ``rank``."""
    for value, count in sorted(histogram):
        if before + count >= rank:
            return value, before
        before += count
    return None


def _histograms(rows: str, params: list) -> dict[int, list[tuple[int, int]]]:
    """office -> (key as an integer, count) of the rows of the derived table ``rows``."""
    cursor = db.execute_sql(sql(f'SELECT office_id, "key", SUM(total) FROM {rows} AS r '
                                'GROUP BY office_id, "key"'), params)
    out: dict[int, list[tuple[int, int]]] = {}
    for office, key, count in cursor.fetchall():
        out.setdefault(office, []).append((int(key), count))
    return out


def nearest_ranks(first: dt.date, last: dt.date, fraction: float, counts: dict[int, int]
                  ) -> dict[int, float | None]:
    """office -> the nearest-rank percentile of the handling minutes (to a tenth of a minute) of
    the ``counts[office]`` consultations of the period that have them (None: none), from the
    histograms of every office in two queries: the whole minute of each office's rank
    (:data:`WHOLE_MINUTES`), then its tenth among that minute's ten (:data:`MINUTES`). The keys
    are text: between a minute's first and last tenth ('150' and '159') lie its ten, and maybe
    greater tenths with more digits ('1500'), left out."""
    ranks = {int(o): max(math.ceil(round(fraction * n, 9)), 1) for o, n in counts.items() if n}
    out: dict[int, float | None] = dict.fromkeys(counts)
    wholes = _histograms(*_period_rows(first, last, ranks, (WHOLE_MINUTES,), ("total",))) \
        if ranks else {}
    # office -> (the whole minute of its rank, how many come before that minute)
    found = {office: at for office, rank in ranks.items()
             if (at := _at_rank(wholes.get(office, ()), rank)) is not None}
    if not found:
        return out
    tenths = _histograms(*_period_rows(
        first, last, found, (MINUTES,), ("total",),
        {office: (str(minute * 10), str(minute * 10 + 9)) for office, (minute, _n) in found.items()}))
    for office, (minute, before) in found.items():
        # Only that minute's tenths: were the two reads to disagree (a change committed between
        # them), the longer keys in the range are another minute's.
        ten = [(value, n) for value, n in tenths.get(office, ()) if value // 10 == minute]
        tenth = _at_rank(ten, ranks[office], before)
        out[office] = None if tenth is None else tenth[0] / 10
    return out


def nearest_rank(first: dt.date, last: dt.date, fraction: float, count: int,
                 office_id: int) -> float | None:
    """The nearest-rank percentile of the handling minutes of office ``office_id``
    (:func:`nearest_ranks`)."""
    return nearest_ranks(first, last, fraction, {office_id: count})[office_id]

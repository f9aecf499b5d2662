"""Consultation lists in hand-written SQL: the one query every list, inbox and search runs, with its
count, built as text and run through the driver.

Lists open with a count and a page of 200 rows on every refresh, so this path is kept as close to
the bare driver as it can be (the ORM spends about a millisecond composing each query, more than
the query itself); ``benchmarks/lists.py`` holds it within 2x of the same SQL run by hand.

Text search looks in one ``search_text`` per consultation (number, stakeholder, satker, HAI CSO
ticket, summary, question, answer; kept by :func:`refresh_search_text`), as a case-insensitive
substring: through an FTS5 trigram index on SQLite and a pg_trgm GIN index on PostgreSQL (both
serve three characters or more; shorter text is looked for row by row)."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from typing import Iterable

from peewee import SQL, SqliteDatabase, fn

from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import instant_from_db, instant_or_none

COLUMNS = (
    "c.id, c.number, c.visit_id, c.state, c.version, c.channel, c.category_id, cat.name, "
    "c.section_id, COALESCE(sec.name, ''), c.summary, c.stakeholder_id, st.name, st.kode_satker, "
    "c.officer_id, u.full_name, c.received_at, c.service_target, c.service_due_at, c.service_met, "
    "c.solution_due_at, c.solution_met, c.resolved_at")
#: Positions of the instants and the yes/no columns in a row of COLUMNS.
INSTANTS = (16, 18, 20, 22)
FLAGS = (19, 21)
JOINS = ("JOIN category cat ON cat.id = c.category_id "
         "LEFT JOIN section sec ON sec.id = c.section_id "
         "JOIN stakeholder st ON st.id = c.stakeholder_id "
         'JOIN "user" u ON u.id = c.officer_id')
ORDERS = {
    "newest": "c.received_at DESC, c.id DESC",
    "deadline": "c.solution_due_at ASC NULLS LAST, c.id ASC",
}
#: Shorter text cannot use the trigram indexes.
INDEXED_TEXT = 3

_SEARCH_DOCUMENT = (
    "SELECT c2.number || ' / ' || st.name || ' / ' || st.kode_satker || ' / ' || st.satker_name "
    "|| ' / ' || v.external_ref || ' / ' || c2.summary || ' / ' || c2.question || ' / ' "
    "|| c2.answer FROM consultation c2 JOIN stakeholder st ON st.id = c2.stakeholder_id "
    "JOIN visit v ON v.id = c2.visit_id WHERE c2.id = consultation.id")


def _sqlite() -> bool:
    return isinstance(db.obj, SqliteDatabase)


#: How often the planner is told an open state matches (SQLite's statistics only know the
#: average number of rows per state, and nearly every consultation is resolved).
_OPEN_LIKELIHOOD = 0.001


def rare_sql(condition: str) -> str:
    """``condition`` marked as matching few rows, for SQLite's planner (it has no per-value
    statistics); PostgreSQL's planner knows by itself."""
    return f"likelihood({condition}, {_OPEN_LIKELIHOOD})" if _sqlite() else condition


def rare(expression):
    """:func:`rare_sql` for a peewee expression."""
    return fn.likelihood(expression, SQL(str(_OPEN_LIKELIHOOD))) if _sqlite() else expression


def _like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _bounds(date_from: dt.date | None, date_to: dt.date | None,
            after=None) -> tuple[list[str], list]:
    """Instants that surely hold the office-local days ``date_from``..``date_to`` (a day either
    side covers any office time zone): a range on ``received_at``, the first column after the
    equality columns of every list index, so a period list reads only its own stretch. After a
    page key (``after``) below the period's end, the key is the range's upper end and the end
    is left out: SQLite takes one upper bound on a column, and with the end's it read the index
    from the period's end down to the key (a deep page of a month at 1M: 3.5 against 0.2 ms)."""
    parts, params = [], []
    if date_from:
        parts.append("c.received_at >= ?")
        params.append(dt.datetime.combine(date_from - dt.timedelta(days=1), dt.time()))
    if date_to:
        end = dt.datetime.combine(date_to + dt.timedelta(days=2), dt.time())
        if after is None or _naive(after[0]) >= end:
            parts.append("c.received_at < ?")
            params.append(end)
    return parts, params


def _naive(received):
    """A key's instant as the columns hold it (UTC, naive; SQLite's text parsed)."""
    if isinstance(received, str):
        received = _parse(received)
    if isinstance(received, dt.datetime) and received.tzinfo is not None:
        return received.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return received


def _plain(*, office_id: int | None = None, states: Iterable[str] | None = None,
           officer_id: int | None = None,
           section_id: int | None = None, category_id: int | None = None,
           channel: str | None = None, date_from: dt.date | None = None,
           date_to: dt.date | None = None, overdue_at: dt.datetime | None = None,
           open_states: Iterable[str] = (), escalated: str = "", after=None, **_ignored
           ) -> tuple[list[str], list]:
    """The conditions of a list filter but its text, with their parameters. The office first:
    every list index is led by it (migration 0018), so one office's list is a range of one.
    ``after``: the page key the caller adds (:func:`_key_condition`), see :func:`_bounds`."""
    parts: list[str] = []
    params: list = []
    if office_id is not None:
        parts.append("c.office_id = ?")
        params.append(int(office_id))
    if states:
        states = list(states)
        condition = f"c.state IN ({', '.join('?' * len(states))})"
        parts.append(rare_sql(condition) if set(states) <= set(open_states) else condition)
        params += states
    for column, value in (("c.officer_id", officer_id), ("c.section_id", section_id),
                          ("c.category_id", category_id)):
        if value is not None:
            parts.append(f"{column} = ?")
            params.append(value)
    if channel:
        parts.append("c.channel = ?")
        params.append(channel)
    if date_from:
        parts.append("c.received_date >= ?")
        params.append(date_from)
    if date_to:
        parts.append("c.received_date <= ?")
        params.append(date_to)
    more, values = _bounds(date_from, date_to, after)
    parts += more
    params += values
    if overdue_at is not None:
        open_states = list(open_states)
        moment = overdue_at.astimezone(dt.timezone.utc).replace(tzinfo=None)
        parts.append(rare_sql(f"c.state IN ({', '.join('?' * len(open_states))})") + " AND "
                     "((c.state <> ? AND c.service_due_at < ?) OR "
                     "(c.state = ? AND c.solution_due_at < ?))")
        params += [*open_states, escalated, moment, escalated, moment]
    return parts, params


def _few_open(filters: dict) -> bool:
    """The list is of open consultations only (a few among many resolved)."""
    states = filters.get("states")
    return filters.get("overdue_at") is not None or bool(
        states and set(states) <= set(filters.get("open_states") or ()))


def _row_by_row(text: str, *, scan: bool = False) -> tuple[str, list]:
    """The text looked for in each row read. On PostgreSQL the trigram index serves the same
    condition for three characters or more; shorter text is kept away from it (pg_trgm would
    read its whole index for two letters: 9.5 s for a capped count at 1M), and so is a ``scan``
    (the newest rows read row by row: the index would read every match of a common word)."""
    if _sqlite():
        return "c.search_text LIKE ? ESCAPE '\\'", [_like_pattern(text)]
    column = "c.search_text" if _indexed(text) and not scan else "(c.search_text || '')"
    return f"{column} ILIKE ? ESCAPE '\\'", [_like_pattern(text)]


def _match(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _indexed(text: str) -> bool:
    return len(text) >= INDEXED_TEXT


def where(**filters) -> tuple[str, list]:
    """The WHERE clause (with '?' marks) and its parameters for a list filter; every argument
    narrows the list, None means any. The text through its index (any number of matches)."""
    parts, params = _plain(**filters)
    text = (filters.get("text") or "").strip()
    if text:
        if _sqlite() and _indexed(text):
            parts.append("c.id IN (SELECT rowid FROM consultation_fts "
                         "WHERE consultation_fts MATCH ?)")
            params.append(_match(text))
        else:
            condition, values = _row_by_row(text)
            parts.append(condition)
            params += values
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def _clause(parts: list[str]) -> str:
    return (" WHERE " + " AND ".join(parts)) if parts else ""


def _run(sql: str, params: list) -> list[tuple]:
    if not _sqlite():
        sql = sql.replace("?", "%s")
    cursor = db.execute_sql(sql, params)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


#: How many of the newest rows (after the other filters) a search reads row by row at most
#: before it asks the text index instead (PostgreSQL): a common word fills a page within them
#: and the scan stops there; a rare one does not, and its few matches come from the index.
PROBE_ROWS = 10_000
#: SQLite: a word with about this many matches or fewer is read whole from the text index (by
#: id, the cheap direction) and sorted, rather than streamed from the highest id.
FEW_MATCHES = 1000
#: SQLite: the text index's first matches by id asked for first; their spread of ids says how
#: common the word is (a few dozen: a fraction of a millisecond even for a common word).
PEEK_MATCHES = 20
#: SQLite probes fewer before its text index's stream, which is cheap for most words.
SQLITE_PROBE_ROWS = 2000

NEWEST = ORDERS["newest"]


def _and(parts: list[str]) -> str:
    return "".join(" AND " + p for p in parts)


def _key_condition(after, op: str = "<") -> tuple[list[str], list]:
    if after is None:
        return [], []
    received, ident = after
    if isinstance(received, dt.datetime) and received.tzinfo is not None:
        received = received.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return [f"(c.received_at, c.id) {op} (?, ?)"], [received, int(ident)]


def rows_where(condition: str, params: list, order: str = "c.id") -> list[tuple]:
    """The rows (:data:`COLUMNS`; :func:`convert` makes their values) of the consultations
    matching ``condition`` on ``c``, in ``order``: a saved consultation's summary, a visit's.
    Written once here; peewee composed the same select in 0.6 ms, after every save."""
    return _run(f"SELECT {COLUMNS} FROM consultation c {JOINS} WHERE {condition} "
                f"ORDER BY {order}", params)


def _rows_of(ids: list[int]) -> list[tuple]:
    """The list rows of these consultations, newest first."""
    if not ids:
        return []
    return _run(f"SELECT {COLUMNS} FROM consultation c {JOINS} WHERE c.id IN "
                f"({', '.join('?' * len(ids))}) ORDER BY {NEWEST}", list(ids))


def ids_sql(filters: dict, limit: int, offset: int = 0, after=None) -> tuple[str, list]:
    """The ids of a page of a list without text, newest first: read from a list index alone
    (its filter columns are in it), the rows themselves only for the page."""
    parts, params = _plain(**filters, after=after)
    more, values = _key_condition(after)
    return (f"SELECT c.id FROM consultation c{_clause(parts + more)} ORDER BY {NEWEST} "
            f"LIMIT {int(limit)} OFFSET {int(offset)}", params + values)


def page_sql(filters: dict, limit: int, offset: int = 0, after=None) -> tuple[str, list]:
    """PostgreSQL: a page of a list without text, its rows and their joins in one statement."""
    parts, params = _plain(**filters, after=after)
    more, values = _key_condition(after)
    return (f"SELECT {COLUMNS} FROM consultation c {JOINS}{_clause(parts + more)} "
            f"ORDER BY {NEWEST} LIMIT {int(limit)} OFFSET {int(offset)}", params + values)


def stream_sql(filters: dict, text: str, limit: int, after=None,
               window: tuple[int, int] | None = None) -> tuple[str, list]:
    """SQLite: the text index's matches from the highest id down (FTS5 gives them in that order
    and stops after ``limit``), each checked against the other filters. Ids follow the time of
    receipt closely, not exactly (a message may be entered days after it came): :func:`_search_ids`
    makes the page exact. With ``window`` (:func:`id_window_sql`), only the ids in it."""
    parts, params = _plain(**filters, after=after)
    more, values = _key_condition(after)
    below = " AND f.rowid <= ?" if after else ""
    within, wvalues = _within(window)
    return (f"SELECT c.id, c.received_at FROM consultation_fts f CROSS JOIN consultation c "
            f"ON c.id = f.rowid WHERE consultation_fts MATCH ?{below}{within}{_and(parts + more)} "
            f"ORDER BY f.rowid DESC LIMIT {int(limit)}",
            [_match(text), *([int(after[1])] if after else []), *wvalues, *params, *values])


#: A period holding at most this many rows bounds its search's text index by id (see
#: :func:`id_window_sql`).
WINDOW_ROWS = 50_000


def id_window_sql(filters: dict, after=None) -> tuple[str, list] | None:
    """SQLite, a list with a period: (rows, lowest id, highest id) of its rows (after the key),
    up to ``WINDOW_ROWS`` + 1 of them, read in the list's index alone. Every match of a search in
    the list has its id in there, so the text index's stream may skip the ids outside: without
    that, a name searched in one month streams the name's matches in every other month too
    (4,940 at 1M, 57 ms, for 117 in the month). None for a list without a period."""
    if not (filters.get("date_from") or filters.get("date_to")):
        return None
    parts, params = _plain(**filters, after=after)
    more, values = _key_condition(after)
    return (f"SELECT COUNT(*), MIN(n.id), MAX(n.id) FROM (SELECT c.id FROM consultation c"
            f"{_clause(parts + more)} LIMIT {WINDOW_ROWS + 1}) n", params + values)


def _id_window(filters: dict, after=None) -> tuple[int, int] | None:
    """The ids every row of the list (after the key) lies between, when its period is short."""
    statement = id_window_sql(filters, after)
    if statement is None:
        return None
    rows, lowest, highest = _run(*statement)[0]
    return (lowest or 0, highest or 0) if rows <= WINDOW_ROWS else None


def _within(window) -> tuple[str, list]:
    return (" AND f.rowid BETWEEN ? AND ?", list(window)) if window else ("", [])


def since_sql(filters: dict, text: str, oldest: tuple, lowest: int,
              after=None) -> tuple[str, list]:
    """The matches after ``oldest`` (and before the key) whose ids are below ``lowest`` or above
    the key's: a range of the newest-first index, the ids checked in it (not the rowid's range,
    which would read every row below ``lowest``)."""
    parts, params = _plain(**filters, after=after)
    more, kvalues = _key_condition(after)
    since, svalues = _key_condition(oldest, ">")
    outside = "+c.id < ?" + (" OR +c.id > ?" if after else "")
    condition, tvalues = _row_by_row(text)
    return (f"SELECT c.id, c.received_at FROM consultation c WHERE {since[0]}"
            f"{_and(more + parts)} AND ({outside}) AND {condition}",
            [*svalues, *kvalues, *params, lowest, *([int(after[1])] if after else []), *tvalues])


def _search_ids(filters: dict, text: str, limit: int, after,
                window: tuple[int, int] | None = None) -> list[int]:
    """SQLite, text of three characters or more: the ids of the page, exactly newest first.

    The stream (:func:`stream_sql`) gives the ``limit`` matches with the highest ids (up to the
    key's id). A match that belongs on the page but was not streamed has an id outside the
    streamed ids and sorts after the stream's oldest row: the newest-first index finds those
    between that row and the key, checking the ids in the index and reading only such rows (a
    few, entered out of order). When the stream ran out, only matches above the key's id can
    be missing: the text index gives those. ``window``: see :func:`id_window_sql`."""
    sql, params = stream_sql(filters, text, limit, after, window)
    streamed = _run(sql, params)
    if len(streamed) == limit:
        oldest = min((received, ident) for ident, received in streamed)
        lowest = min(ident for ident, _received in streamed)
        streamed += _run(*since_sql(filters, text, oldest, lowest, after))
    elif after:
        parts, fparams = _plain(**filters, after=after)
        more, kvalues = _key_condition(after)
        within, wvalues = _within(window)
        sql = (f"SELECT c.id, c.received_at FROM consultation_fts f CROSS JOIN consultation c "
               f"ON c.id = f.rowid WHERE consultation_fts MATCH ? AND f.rowid > ?{within}"
               f"{_and(more + parts)}")
        streamed += _run(sql, [_match(text), int(after[1]), *wvalues, *kvalues, *fparams])
    page = sorted(set((received, ident) for ident, received in streamed), reverse=True)
    return [ident for _received, ident in page[:limit]]


def probe_sql(filters: dict, text: str, limit: int, after=None,
              rows: int | None = None, whole: bool = False) -> list[tuple[str, list]]:
    """Row by row among the newest rows, then from the index (see :func:`_probe_ids`); with
    ``whole``, the probe gives the list's rows (:data:`COLUMNS`), not their ids."""
    parts, params = _plain(**filters, after=after)
    more, values = _key_condition(after)
    bound = (f"SELECT c.received_at, c.id FROM consultation c{_clause(parts + more)} "
             f"ORDER BY {NEWEST} LIMIT 1 OFFSET {(rows or PROBE_ROWS) - 1}", params + values)
    condition, tvalues = _row_by_row(text)
    # The probe reads the newest rows up to the bound (the PROBE_ROWS-th), filled in later.
    source = f"{COLUMNS} FROM consultation c {JOINS}" if whole else "c.id FROM consultation c"
    probe = (f"SELECT {source} WHERE {condition}{_and(parts + more)} "
             f"AND (c.received_at, c.id) >= (?, ?) ORDER BY {NEWEST} LIMIT {int(limit)}",
             [*tvalues, *params, *values])
    if _sqlite():
        indexed = (f"SELECT c.id FROM consultation c WHERE {condition}{_and(parts + more)} "
                   f"ORDER BY {NEWEST} LIMIT {int(limit)}", [*tvalues, *params, *values])
    else:
        # Materialized, the matches come from the trigram index (a bitmap scan) and are sorted,
        # rather than the planner walking the newest rows for a word it cannot tell is rare.
        indexed = (f"WITH hits AS MATERIALIZED (SELECT c.id, c.received_at FROM consultation c "
                   f"WHERE {condition}{_and(_office_checked(parts) + more)}) SELECT h.id FROM hits h "
                   f"ORDER BY h.received_at DESC, h.id DESC LIMIT {int(limit)}",
                   [*tvalues, *params, *values])
    return [bound, probe, indexed]


def _probe_ids(filters: dict, text: str, limit: int, after, rows: int | None = None,
               fallback: bool = True, whole: bool = False) -> list | None:
    """The page of a search read row by row among the newest ``PROBE_ROWS`` rows (a range of
    the newest-first index, which stops after a page); when those do not hold a page, the
    matches from the text index (pg_trgm), sorted. Ids, or (``whole``, without ``fallback``)
    the rows of a page found row by row: one statement instead of two."""
    bound, (probe, params), indexed = probe_sql(filters, text, limit, after, rows, whole)
    ids = (lambda found: found) if whole else (lambda found: [i for (i,) in found])
    found = _run(*bound)
    if not found:       # the list is shorter than the probe: all of it, row by row
        return ids(_run(probe.replace(" AND (c.received_at, c.id) >= (?, ?)", ""), params))
    ids = ids(_run(probe, [*params, *found[0]]))
    if len(ids) >= limit:
        return ids
    if not fallback:
        return None         # undecided: the caller asks the text index its own way
    return [i for (i,) in _run(*indexed)]


#: PostgreSQL: the newest rows (after the other filters) a search reads row by row first, at
#: most: a thousandth of the consultations, at least 100. A word that fills a page there is
#: common (a fifth of the rows or more); the matches found tell how common it is otherwise, and
#: so whether reading on row by row (at most PROBE_ROWS) or the trigram index costs less
#: (:func:`_trigram_ids`).
FIRST_PROBE_ROWS = 1000
#: The trigram index reads a word's every match, each about an eighth of what reading a row
#: row by row costs (at 1M: 187,282 matches of 'supplier' in 80-145 ms).
MATCH_COST = 1 / 8
_table_size: dict[int, tuple[float, int, dt.timedelta]] = {}


def _table() -> tuple[int, dt.timedelta]:
    """(rows, time between the first and the last receipt) of the table: PostgreSQL's estimate
    of its rows and the ends of its newest-first index, asked every ten minutes at most."""
    now, cached = time.monotonic(), _table_size.get(id(db.obj))
    if cached is None or now - cached[0] > 600:
        rows = _run("SELECT reltuples FROM pg_class WHERE oid = 'consultation'::regclass", [])
        first, last = _run("SELECT MIN(received_at), MAX(received_at) FROM consultation", [])[0]
        cached = _table_size[id(db.obj)] = (now, max(0, int(rows[0][0]) if rows else 0),
                                            (last - first) if first and last else dt.timedelta())
    return cached[1], cached[2]


def _probe_reach() -> tuple[int, int]:
    """(rows of the first probe, rows of the table)."""
    rows = _table()[0]
    return max(min(100, FIRST_PROBE_ROWS), min(FIRST_PROBE_ROWS, rows // 1000)), rows


def key_at_sql(filters: dict, after, position: int) -> tuple[str, list]:
    """(received_at, id) of the ``position``-th row (from 1) of a list without its text, after
    the key: read in the list's index alone."""
    parts, params = _plain(**filters, after=after)
    more, values = _key_condition(after)
    return (f"SELECT c.received_at, c.id FROM consultation c{_clause(parts + more)} "
            f"ORDER BY {NEWEST} LIMIT 1 OFFSET {int(position) - 1}", params + values)


def _key_at(filters: dict, after, position: int) -> tuple | None:
    found = _run(*key_at_sql(filters, after, position))
    return tuple(found[0]) if found else None


def scan_sql(filters: dict, text: str, limit: int, after=None,
             rows: int | None = None) -> tuple[str, list]:
    """The first ``limit`` matches newest first after the key, the text checked row by row in
    the list's index order, among the next ``rows`` rows (read in a subquery that stops there:
    with a range of keys instead, PostgreSQL's planner may read the whole range and sort it,
    guessing the word rare) or all of them."""
    parts, params = _plain(**filters, after=after)
    more, values = _key_condition(after)
    condition, tvalues = _row_by_row(text, scan=True)
    if rows is None:
        return (f"SELECT c.id FROM consultation c WHERE {condition}{_and(parts + more)} "
                f"ORDER BY {NEWEST} LIMIT {int(limit)}", [*tvalues, *params, *values])
    return (f"SELECT c.id FROM (SELECT c.id, c.received_at, c.search_text FROM consultation c"
            f"{_clause(parts + more)} ORDER BY {NEWEST} LIMIT {int(rows)}) c "
            f"WHERE {condition} ORDER BY {NEWEST} LIMIT {int(limit)}",
            [*params, *values, *tvalues])


def _office_checked(parts: list[str]) -> list[str]:
    """``parts`` with the office checked on the rows found, not looked up in an index of its own:
    beside the trigram index's matches, the planner would otherwise intersect the office's whole
    index with them (or read the office's rows and filter them for the word)."""
    return [p.replace("c.office_id = ?", "c.office_id + 0 = ?") for p in parts]


def trigram_sql(filters: dict, text: str, limit: int, after=None,
                since: dt.datetime | None = None) -> tuple[str, list]:
    """PostgreSQL: the first ``limit`` matches newest first from the trigram index's (a bitmap),
    materialized and sorted; with ``since``, only those received since then (the bitmap ANDed
    with a range of the newest-first index: only those rows are read)."""
    parts, params = _plain(**filters, after=after)
    more, values = _key_condition(after)
    if since is not None:
        more, values = more + ["c.received_at >= ?"], values + [since]
    condition, tvalues = _row_by_row(text)
    return (f"WITH hits AS MATERIALIZED (SELECT c.id, c.received_at FROM consultation c "
            f"WHERE {condition}{_and(_office_checked(parts) + more)}) SELECT h.id FROM hits h "
            f"ORDER BY h.received_at DESC, h.id DESC LIMIT {int(limit)}",
            [*tvalues, *params, *values])


def _trigram_ids(filters: dict, text: str, limit: int, after) -> list[int]:
    """PostgreSQL, text of three characters or more: the ids of the page, newest first.

    The newest rows (:func:`_probe_reach`) are read row by row: a common word fills the page
    there. Their matches tell how many rows hold a page and how many matches the table holds:
    when reading on row by row costs less than the trigram index reading every match, the
    reading goes on (for a word in a fifth of the rows, 0.1 s at 1M by the index). A rarer
    word asks the trigram index, first within the stretch of time that should hold a page with
    room to spare (twice the matches needed, by the rate found): the index's bitmap ANDed with
    that range of the newest-first index, so that only those rows are read; when that stretch
    holds no page, the older matches after it."""
    ids = lambda found: [i for (i,) in found]  # noqa: E731
    first, table = _probe_reach()
    found = ids(_run(*scan_sql(filters, text, limit, after, rows=first)))
    if len(found) >= limit:
        return found
    bound = _key_at(filters, after, first)
    if bound is None:   # the list is shorter than the probe: all of it was read
        return found
    # Rows to read on for a page, against the index's reading of every match in the table.
    needed = limit * first / len(found) if found else None
    if needed is not None and needed <= min(PROBE_ROWS, MATCH_COST * table * len(found) / first):
        # As far as should hold the page twice over (a subquery to read much of a small table
        # would be planned as a sort of all of it).
        rest = int(min(PROBE_ROWS, 2 * needed)) - first
        found += ids(_run(*scan_sql(filters, text, limit - len(found), bound, rows=rest)))
        if len(found) >= limit or _key_at(filters, bound, rest) is None:
            return found
    elif found:
        # Rows arrive in bursts (office hours, busy days): the stretch is the longer of what
        # the probed rows' time and the table's average rate say (a list narrower than the
        # table has its rows further apart than the average: the probe says so).
        newest = _key_at(filters, after, 1)
        rows, span = _table()
        wanted = 2 * limit / len(found)
        since = newest[0] - max((newest[0] - bound[0]) * wanted,
                                span * (wanted * first / max(rows, 1)))
        page = ids(_run(*trigram_sql(filters, text, limit, after, since)))
        if len(page) >= limit:
            return page
        start = filters.get("date_from")
        if start and since <= dt.datetime.combine(start - dt.timedelta(days=1), dt.time()):
            # The stretch held the whole period: nothing older (asking the index again for
            # none cost a name in a month at 1M another 20 ms, every match of the name read).
            return page
        # The rest lies before that stretch (the index asked again, for the older matches).
        older = ids(_run(*trigram_sql(filters, text, limit - len(page), (since, 0))))
        return page + older
    return ids(_run(*trigram_sql(filters, text, limit, after)))


#: A search's page this far (and no further) after a key is the tail of that many matches read
#: by the search's own way (a jump from a list key, :func:`keys`); farther, the plain SQL.
SEEK_ROWS = 5000


#: SQLite: the newest rows a search glances at first (see :func:`_sqlite_search_ids`).
GLIMPSE_ROWS = 20


def glimpse_sql(filters: dict, text: str, after=None) -> tuple[str, list]:
    """SQLite: how many of the newest GLIMPSE_ROWS rows of the list (after the key) match."""
    parts, params = _plain(**filters, after=after)
    more, values = _key_condition(after)
    condition, tvalues = _row_by_row(text)
    return (f"SELECT COUNT(*) FROM (SELECT c.search_text FROM consultation c"
            f"{_clause(parts + more)} ORDER BY {NEWEST} LIMIT {GLIMPSE_ROWS}) c "
            f"WHERE {condition}", [*params, *values, *tvalues])


def few_sql(filters: dict, text: str, limit: int,
            window: tuple[int, int] | None = None) -> tuple[str, list]:
    """SQLite: the text index's first ``limit`` + 1 matches in the order it keeps them (by id,
    the cheap way: a rare word's few matches cost a third of streaming them from the highest
    id, and a common word's first ones a fraction of a millisecond)."""
    within, wvalues = _within(window)
    return (f"SELECT f.rowid FROM consultation_fts f WHERE consultation_fts MATCH ?{within} "
            f"LIMIT {int(limit) + 1}", [_match(text), *wvalues])


def _among_sql(filters: dict, ids: list[int], limit: int, after) -> tuple[str, list]:
    parts, params = _plain(**filters, after=after)
    more, values = _key_condition(after)
    return (f"SELECT c.id FROM consultation c WHERE c.id IN ({', '.join('?' * len(ids))})"
            f"{_and(parts + more)} ORDER BY {NEWEST} LIMIT {int(limit)}",
            [*ids, *params, *values])


def _sqlite_search_ids(filters: dict, text: str, limit: int, after,
                       whole: bool = False) -> list:
    """SQLite, text of three characters or more: the ids of the page, newest first.

    A word in a tenth of the newest GLIMPSE_ROWS rows is common: the newest SQLITE_PROBE_ROWS
    rows are read row by row for its page. Otherwise the text index's first PEEK_MATCHES + 1
    matches by id (:func:`few_sql`, within the period's ids): a word with no more has them all
    there, sorted then. Otherwise their spread of ids
    tells how common the word is: a word that should fill a page among the newest
    SQLITE_PROBE_ROWS rows is read row by row there first (with a rare filter too, that is
    sooner than the text index's stream checking each match against the filter); one with about
    FEW_MATCHES matches or fewer has them all read the cheap way and sorted; else, or when the
    newest rows hold no page, the stream (:func:`_search_ids`). With ``whole``, the page's rows
    (:data:`COLUMNS`) instead of their ids."""
    made = _rows_of if whole else (lambda ids: ids)

    def probe():
        return _probe_ids(filters, text, limit, after, rows=SQLITE_PROBE_ROWS, fallback=False,
                          whole=whole)
    # The newest few rows first: a word in a tenth of them goes straight to the probe (even a
    # few matches from the text index cost a common word more than its whole page: 0.6 ms).
    glimpse = _run(*glimpse_sql(filters, text, after))[0][0]
    probed = glimpse * SQLITE_PROBE_ROWS >= limit * GLIMPSE_ROWS
    if probed:
        found = probe()
        if found is not None:
            return found
    window = _id_window(filters, after)
    few = [i for (i,) in _run(*few_sql(filters, text, PEEK_MATCHES, window))]
    if len(few) <= PEEK_MATCHES:    # all of them
        return made([i for (i,) in _run(*_among_sql(filters, few, limit, after))] if few else [])
    share = len(few) / (max(few) - min(few) + 1)
    if not probed and share * SQLITE_PROBE_ROWS >= limit:
        found = probe()
        if found is not None:
            return found
    highest = window[1] if window else _run("SELECT MAX(id) FROM consultation", [])[0][0]
    if share * (highest - min(few) + 1) <= FEW_MATCHES:
        # Some hundreds in all: the rest of them the same cheap way, sorted (the stream's
        # correction would read the newest-first index over the stretch they span).
        few = [i for (i,) in _run(*few_sql(filters, text, 2 * FEW_MATCHES, window))]
        if len(few) <= 2 * FEW_MATCHES:
            return made([i for (i,) in _run(*_among_sql(filters, few, limit, after))])
    return made(_search_ids(filters, text, limit, after, window))


def _search_page_ids(filters: dict, text: str, limit: int, after) -> list[int]:
    if _sqlite() and _indexed(text):
        return _sqlite_search_ids(filters, text, limit, after)
    if not _sqlite() and _indexed(text):
        return _trigram_ids(filters, text, limit, after)
    if _sqlite():       # too short for the text index: row by row, newest first, to a page
        return [i for (i,) in _run(*scan_sql(filters, text, limit, after))]
    return _probe_ids(filters, text, limit, after)


def _fetch_page(filters: dict, order: str, offset: int, limit: int, after) -> list[tuple]:
    text = (filters.get("text") or "").strip()
    if order != "newest" or (text and offset and (after is None or offset + limit > SEEK_ROWS)):
        # The Kasi's escalations by deadline (a short list), and a search's page by number.
        keyed = after if order == "newest" else None
        clause, params = where(**filters, after=keyed)
        more, values = _key_condition(keyed)
        clause = clause + _and(more) if clause else _clause(more)
        return _run(f"SELECT {COLUMNS} FROM consultation c {JOINS}{clause} "
                    f"ORDER BY {ORDERS[order]} LIMIT {int(limit)} OFFSET {int(offset)}",
                    params + values)
    if not text and not _sqlite() and not _few_open(filters) and not offset:
        # PostgreSQL plans a page and its joins in one statement as well as the ids alone, and
        # one plan costs less than two (0.6 against 1.6 ms for a short list); not past an
        # offset, which it would join row by row (3.7 s for half a million rows).
        return _run(*page_sql(filters, limit, offset, after))
    if not text:
        # The ids alone first: SQLite reads them in a list index only; PostgreSQL plans the
        # open consultations' few ids by their state index and a sort (with the joins in the
        # same statement it walked the newest-first index instead: 25 against 2-4 ms at 1M).
        sql, params = ids_sql(filters, limit, offset, after)
        return _run(f"SELECT {COLUMNS} FROM ({sql}) k JOIN consultation c ON c.id = k.id "
                    f"{JOINS} ORDER BY {NEWEST}", params)
    if _sqlite() and _indexed(text) and not offset:
        return _sqlite_search_ids(filters, text, limit, after, whole=True)
    return _rows_of(_search_page_ids(filters, text, offset + limit, after)[offset:])


def rows(filters: dict, order: str, offset: int, limit: int,
         after: tuple[dt.datetime, int] | None = None) -> list[tuple]:
    """One page of consultations as the driver gives them (:data:`COLUMNS`; :func:`convert`
    makes the values of one): the ``limit`` rows after ``offset`` of them, (newest first only)
    after the row whose (received_at, id) is ``after`` -- paging by key, which costs the same
    at any depth -- or ``offset`` rows after that row (a jump from a key of :func:`keys`)."""
    return _fetch_page(filters, order, offset, limit, after)


def keys(filters: dict, every: int, after=None,
         count: int | None = None) -> list[tuple[dt.datetime, int]]:
    """(received_at, id), received_at aware, of the ``every``-th, 2 x ``every``-th, ... row of a
    newest-first list after the key ``after`` (``count`` of them at most): a row far down is
    reached from the nearest key above it, reading fewer than ``every`` rows (or index entries),
    instead of by an OFFSET that reads every row above it. A list without text hops from key to
    key in its index alone (as far as an OFFSET would read); a search sorts its matches once."""
    text = (filters.get("text") or "").strip()
    found = []
    if not text:
        key = after
        while count is None or len(found) < count:
            key = _key_at(filters, key, every)
            if key is None:
                break
            found.append(key)
    else:
        clause, params = where(**filters, after=after)
        more, values = _key_condition(after)
        clause = clause + _and(more) if clause else _clause(more)
        limit = f" LIMIT {int(count) * int(every)}" if count is not None else ""
        sql = f"SELECT c.received_at, c.id FROM consultation c{clause} ORDER BY {NEWEST}{limit}"
        cursor = db.execute_sql(sql if _sqlite() else sql.replace("?", "%s"), params + values)
        try:
            found = list(itertools.islice(cursor, every - 1, None, every))
        finally:
            cursor.close()
    return [(_instant(received), ident) for received, ident in found]


_instant = instant_from_db


def convert(row: tuple) -> list:
    """The values of a row of :func:`rows`: instants aware, flags bool."""
    row = list(row)
    for i in INSTANTS:
        row[i] = instant_or_none(row[i])
    for i in FLAGS:
        if row[i] is not None:
            row[i] = bool(row[i])
    return row


_parse = dt.datetime.fromisoformat


def count_sql(filters: dict, cap: int | None = None,
              window: tuple[int, int] | None = None) -> tuple[str, list]:
    """The count of a list filter, or (``cap``) of at most ``cap`` + 1 of its rows: a search
    streams the text index's matches (only the ids in ``window``, SQLite) and stops there."""
    parts, params = _plain(**filters)
    text = (filters.get("text") or "").strip()
    limit = f" LIMIT {int(cap) + 1}" if cap is not None else ""
    if text and _sqlite() and _indexed(text):
        if not parts and cap is None:
            return ("SELECT COUNT(*) FROM consultation_fts WHERE consultation_fts MATCH ?",
                    [_match(text)])
        within, wvalues = _within(window)
        return ("SELECT COUNT(*) FROM (SELECT 1 FROM consultation_fts f CROSS JOIN consultation c "
                f"ON c.id = f.rowid WHERE consultation_fts MATCH ?{within}"
                f"{''.join(' AND ' + p for p in parts)}{limit}) n",
                [_match(text), *wvalues, *params])
    if text:
        condition, values = _row_by_row(text)
        parts, params = parts + [condition], params + values
    if cap is None:
        return f"SELECT COUNT(*) FROM consultation c{_clause(parts)}", params
    return f"SELECT COUNT(*) FROM (SELECT 1 FROM consultation c{_clause(parts)}{limit}) n", params


def count(filters: dict, cap: int | None = None) -> int:
    """How many consultations the filter lists; with ``cap``, at most ``cap`` + 1 (more than
    ``cap``: a large list, counted fully later or never)."""
    text = (filters.get("text") or "").strip()
    window = _id_window(filters) if text and _sqlite() and _indexed(text) else None
    return _run(*count_sql(filters, cap, window))[0][0]


def refresh_search_text(*, consultation_ids: Iterable[int] | None = None,
                        stakeholder_id: int | None = None,
                        id_range: tuple[int, int] | None = None) -> None:
    """Write the search text of the consultations named (by id, by stakeholder or by an id range)
    again from their current rows; the trigram index follows (a trigger on SQLite)."""
    if consultation_ids is not None:
        ids = list(consultation_ids)
        condition, params = f"id IN ({', '.join('?' * len(ids))})", ids
    elif stakeholder_id is not None:
        condition, params = "stakeholder_id = ?", [stakeholder_id]
    elif id_range is not None:
        condition, params = "id BETWEEN ? AND ?", list(id_range)
    else:
        raise ValueError("name the consultations whose search text to refresh")
    sql = f"UPDATE consultation SET search_text = ({_SEARCH_DOCUMENT}) WHERE {condition}"
    if not _sqlite():
        sql = sql.replace("?", "%s")
    db.execute_sql(sql, params)

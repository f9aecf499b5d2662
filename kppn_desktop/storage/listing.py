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
from typing import Iterable

from peewee import SQL, SqliteDatabase, fn

from kppn_desktop.storage.database import db

COLUMNS = (
    "c.id, c.number, c.visit_id, c.state, c.version, c.channel, c.category_id, cat.name, "
    "c.section_id, COALESCE(sec.name, ''), c.summary, c.stakeholder_id, st.name, st.kode_satker, c.officer_id, "
    "u.full_name, c.received_at, c.service_target, c.service_due_at, c.service_met, "
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


def _bounds(date_from: dt.date | None, date_to: dt.date | None) -> tuple[list[str], list]:
    """Instants that surely hold the office-local days ``date_from``..``date_to`` (a day either
    side covers any office time zone): a range on ``received_at``, the first column after the
    equality columns of every list index, so a period list reads only its own stretch."""
    parts, params = [], []
    if date_from:
        parts.append("c.received_at >= ?")
        params.append(dt.datetime.combine(date_from - dt.timedelta(days=1), dt.time()))
    if date_to:
        parts.append("c.received_at < ?")
        params.append(dt.datetime.combine(date_to + dt.timedelta(days=2), dt.time()))
    return parts, params


def _plain(*, states: Iterable[str] | None = None, officer_id: int | None = None,
           section_id: int | None = None, category_id: int | None = None,
           channel: str | None = None, date_from: dt.date | None = None,
           date_to: dt.date | None = None, overdue_at: dt.datetime | None = None,
           open_states: Iterable[str] = (), escalated: str = "", **_ignored
           ) -> tuple[list[str], list]:
    """The conditions of a list filter but its text, with their parameters."""
    parts: list[str] = []
    params: list = []
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
    more, values = _bounds(date_from, date_to)
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


def _row_by_row(text: str) -> tuple[str, list]:
    """The text looked for in each row read (no index)."""
    return (f"c.search_text {'LIKE' if _sqlite() else 'ILIKE'} ? ESCAPE '\\'",
            [_like_pattern(text)])


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


#: How many of the newest rows (after the other filters) a search reads row by row before it
#: asks the text index instead: a common word fills a page within them (and the scan stops
#: there), a rare one does not, and its few matches come from the index.
PROBE_ROWS = 4000


def key_of(row_or_summary) -> tuple[dt.datetime, int]:
    """The paging key (received_at, id) of a row of :func:`rows` or a summary."""
    if isinstance(row_or_summary, (list, tuple)):
        return row_or_summary[16], row_or_summary[0]
    return row_or_summary.received_at, row_or_summary.id


def _key_condition(after) -> tuple[list[str], list]:
    if after is None:
        return [], []
    received, ident = after
    if received.tzinfo is not None:
        received = received.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return ["(c.received_at, c.id) < (?, ?)"], [received, int(ident)]


def page_sql(filters: dict, order: str, offset: int, limit: int,
             after: tuple[dt.datetime, int] | None = None) -> list[tuple[str, list]]:
    """The statements that make a page, in the order they are tried: each after the first only
    when the one before could not decide (see :func:`rows`). Exposed for the plan tests."""
    text = (filters.get("text") or "").strip()
    if order != "newest":
        clause, params = where(**filters)
        return [(f"SELECT {COLUMNS} FROM consultation c {JOINS}{clause} ORDER BY {ORDERS[order]} "
                 f"LIMIT {int(limit)} OFFSET {int(offset)}", params)]
    parts, params = _plain(**filters)
    more, values = _key_condition(after)
    parts, params = parts + more, params + values
    newest = ORDERS["newest"]
    outer = f"SELECT {COLUMNS} FROM ({{ids}}) k JOIN consultation c ON c.id = k.id {JOINS}"
    if not text:
        ids = (f"SELECT c.id FROM consultation c{_clause(parts)} ORDER BY {newest} "
               f"LIMIT {int(limit)} OFFSET {int(offset)}")
        return [(outer.format(ids=ids) + f" ORDER BY {newest}", params)]
    # A search: first the newest rows read one by one (a common word fills the page soon)...
    condition, values = _row_by_row(text)
    window = (f"SELECT c.id FROM consultation c{_clause(parts)} ORDER BY {newest} "
              f"LIMIT {PROBE_ROWS + int(offset)}")
    probe = (outer.format(ids=window) + f" WHERE {condition} ORDER BY {newest} "
             f"LIMIT {int(limit)} OFFSET {int(offset)}", params + values)
    # ... then, when those rows did not hold a page, the matches from the text index.
    if _sqlite() and _indexed(text):
        ids = ("SELECT c.id FROM hits h JOIN consultation c ON c.id = h.id"
               f"{_clause(parts)} ORDER BY {newest} LIMIT {int(limit)} OFFSET {int(offset)}")
        indexed = ("WITH hits(id) AS MATERIALIZED (SELECT rowid FROM consultation_fts "
                   "WHERE consultation_fts MATCH ?) " + outer.format(ids=ids)
                   + f" ORDER BY {newest}", [_match(text), *params])
    elif _sqlite():
        ids = (f"SELECT c.id FROM consultation c{_clause(parts + [condition])} "
               f"ORDER BY {newest} LIMIT {int(limit)} OFFSET {int(offset)}")
        indexed = (outer.format(ids=ids) + f" ORDER BY {newest}", params + values)
    else:
        # Materialized, the matches come from the trigram index (a bitmap scan) and are sorted,
        # rather than the planner walking the newest rows for a word it cannot tell is rare.
        ids = (f"SELECT h.id FROM hits h ORDER BY h.received_at DESC, h.id DESC "
               f"LIMIT {int(limit)} OFFSET {int(offset)}")
        indexed = (f"WITH hits AS MATERIALIZED (SELECT c.id, c.received_at FROM consultation c"
                   f"{_clause(parts + [condition])}) " + outer.format(ids=ids)
                   + f" ORDER BY {newest}", params + values)
    window_size = (f"SELECT COUNT(*) FROM ({window}) w", params)
    return [probe, window_size, indexed]


def _fetch_page(filters: dict, order: str, offset: int, limit: int, after) -> list[tuple]:
    statements = page_sql(filters, order, offset, limit, after)
    if len(statements) == 1:
        return _run(*statements[0])
    probe, window_size, indexed = statements
    found = _run(*probe)
    if len(found) >= limit:
        return found        # the newest rows held a whole page
    if _run(*window_size)[0][0] < PROBE_ROWS + offset:
        return found        # ... or they were the whole list
    return _run(*indexed)


def rows(filters: dict, order: str, offset: int, limit: int,
         after: tuple[dt.datetime, int] | None = None) -> list[list]:
    """One page of consultations as lists of :data:`COLUMNS`, instants aware, flags bool: the
    ``limit`` rows after ``offset`` of them, or (newest first only) after the row whose
    (received_at, id) is ``after`` -- paging by key, which costs the same at any depth."""
    text = _sqlite()      # SQLite gives the instants as text, PostgreSQL as naive datetimes
    parse, utc = dt.datetime.fromisoformat, dt.timezone.utc
    out = []
    for row in _fetch_page(filters, order, offset, limit, after):
        row = list(row)
        for i in INSTANTS:
            value = row[i]
            if value is not None:
                # Parsing with the zone costs a sixth of parsing and then .replace().
                row[i] = parse(value + "+00:00") if text else value.replace(tzinfo=utc)
        for i in FLAGS:
            if row[i] is not None:
                row[i] = bool(row[i])
        out.append(row)
    return out


def count_sql(filters: dict, cap: int | None = None) -> tuple[str, list]:
    """The count of a list filter, or (``cap``) of at most ``cap`` + 1 of its rows: a search
    streams the text index's matches and stops there."""
    parts, params = _plain(**filters)
    text = (filters.get("text") or "").strip()
    limit = f" LIMIT {int(cap) + 1}" if cap is not None else ""
    if text and _sqlite() and _indexed(text):
        if not parts and cap is None:
            return ("SELECT COUNT(*) FROM consultation_fts WHERE consultation_fts MATCH ?",
                    [_match(text)])
        return ("SELECT COUNT(*) FROM (SELECT 1 FROM consultation_fts f JOIN consultation c "
                f"ON c.id = f.rowid WHERE consultation_fts MATCH ?"
                f"{''.join(' AND ' + p for p in parts)}{limit}) n", [_match(text), *params])
    if text:
        condition, values = _row_by_row(text)
        parts, params = parts + [condition], params + values
    if cap is None:
        return f"SELECT COUNT(*) FROM consultation c{_clause(parts)}", params
    return f"SELECT COUNT(*) FROM (SELECT 1 FROM consultation c{_clause(parts)}{limit}) n", params


def count(filters: dict, cap: int | None = None) -> int:
    """How many consultations the filter lists; with ``cap``, at most ``cap`` + 1 (more than
    ``cap``: a large list, counted fully later or never)."""
    return _run(*count_sql(filters, cap))[0][0]


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

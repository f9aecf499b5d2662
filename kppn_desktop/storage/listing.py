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


def _plain(*, office_id: int | None = None, states: Iterable[str] | None = None,
           officer_id: int | None = None,
           section_id: int | None = None, category_id: int | None = None,
           channel: str | None = None, date_from: dt.date | None = None,
           date_to: dt.date | None = None, overdue_at: dt.datetime | None = None,
           open_states: Iterable[str] = (), escalated: str = "", **_ignored
           ) -> tuple[list[str], list]:
    """The conditions of a list filter but its text, with their parameters. The office first:
    every list index is led by it (migration 0018), so one office's list is a range of one."""
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
    """The text looked for in each row read. On PostgreSQL the trigram index serves the same
    condition for three characters or more; shorter text is kept away from it (pg_trgm would
    read its whole index for two letters: 9.5 s for a capped count at 1M)."""
    if _sqlite():
        return "c.search_text LIKE ? ESCAPE '\\'", [_like_pattern(text)]
    column = "c.search_text" if _indexed(text) else "(c.search_text || '')"
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


#: How many of the newest rows (after the other filters) a search reads row by row before it
#: asks the text index instead (PostgreSQL, and text too short for the trigrams): a common word
#: fills a page within them and the scan stops there; a rare one does not, and its few matches
#: come from the index.
PROBE_ROWS = 10_000
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


def _rows_of(ids: list[int]) -> list[tuple]:
    """The list rows of these consultations, newest first."""
    if not ids:
        return []
    return _run(f"SELECT {COLUMNS} FROM consultation c {JOINS} WHERE c.id IN "
                f"({', '.join('?' * len(ids))}) ORDER BY {NEWEST}", list(ids))


def ids_sql(filters: dict, limit: int, offset: int = 0, after=None) -> tuple[str, list]:
    """The ids of a page of a list without text, newest first: read from a list index alone
    (its filter columns are in it), the rows themselves only for the page."""
    parts, params = _plain(**filters)
    more, values = _key_condition(after)
    return (f"SELECT c.id FROM consultation c{_clause(parts + more)} ORDER BY {NEWEST} "
            f"LIMIT {int(limit)} OFFSET {int(offset)}", params + values)


def stream_sql(filters: dict, text: str, limit: int, after=None) -> tuple[str, list]:
    """SQLite: the text index's matches from the highest id down (FTS5 gives them in that order
    and stops after ``limit``), each checked against the other filters. Ids follow the time of
    receipt closely, not exactly (a message may be entered days after it came): :func:`_search_ids`
    makes the page exact."""
    parts, params = _plain(**filters)
    more, values = _key_condition(after)
    below = " AND f.rowid <= ?" if after else ""
    return (f"SELECT c.id, c.received_at FROM consultation_fts f CROSS JOIN consultation c "
            f"ON c.id = f.rowid WHERE consultation_fts MATCH ?{below}{_and(parts + more)} "
            f"ORDER BY f.rowid DESC LIMIT {int(limit)}",
            [_match(text), *([int(after[1])] if after else []), *params, *values])


def since_sql(filters: dict, text: str, oldest: tuple, lowest: int,
              after=None) -> tuple[str, list]:
    """The matches after ``oldest`` (and before the key) whose ids are below ``lowest`` or above
    the key's: a range of the newest-first index, the ids checked in it (not the rowid's range,
    which would read every row below ``lowest``)."""
    parts, params = _plain(**filters)
    more, kvalues = _key_condition(after)
    since, svalues = _key_condition(oldest, ">")
    outside = "+c.id < ?" + (" OR +c.id > ?" if after else "")
    condition, tvalues = _row_by_row(text)
    return (f"SELECT c.id, c.received_at FROM consultation c WHERE {since[0]}"
            f"{_and(more + parts)} AND ({outside}) AND {condition}",
            [*svalues, *kvalues, *params, lowest, *([int(after[1])] if after else []), *tvalues])


def _search_ids(filters: dict, text: str, limit: int, after) -> list[int]:
    """SQLite, text of three characters or more: the ids of the page, exactly newest first.

    The stream (:func:`stream_sql`) gives the ``limit`` matches with the highest ids (up to the
    key's id). A match that belongs on the page but was not streamed has an id outside the
    streamed ids and sorts after the stream's oldest row: the newest-first index finds those
    between that row and the key, checking the ids in the index and reading only such rows (a
    few, entered out of order). When the stream ran out, only matches above the key's id can
    be missing: the text index gives those."""
    sql, params = stream_sql(filters, text, limit, after)
    streamed = _run(sql, params)
    if len(streamed) == limit:
        oldest = min((received, ident) for ident, received in streamed)
        lowest = min(ident for ident, _received in streamed)
        streamed += _run(*since_sql(filters, text, oldest, lowest, after))
    elif after:
        parts, fparams = _plain(**filters)
        more, kvalues = _key_condition(after)
        sql = (f"SELECT c.id, c.received_at FROM consultation_fts f CROSS JOIN consultation c "
               f"ON c.id = f.rowid WHERE consultation_fts MATCH ? AND f.rowid > ?"
               f"{_and(more + parts)}")
        streamed += _run(sql, [_match(text), int(after[1]), *kvalues, *fparams])
    page = sorted(set((received, ident) for ident, received in streamed), reverse=True)
    return [ident for _received, ident in page[:limit]]


def probe_sql(filters: dict, text: str, limit: int, after=None,
              rows: int | None = None) -> list[tuple[str, list]]:
    """Row by row among the newest rows, then from the index (see :func:`_probe_ids`)."""
    parts, params = _plain(**filters)
    more, values = _key_condition(after)
    bound = (f"SELECT c.received_at, c.id FROM consultation c{_clause(parts + more)} "
             f"ORDER BY {NEWEST} LIMIT 1 OFFSET {(rows or PROBE_ROWS) - 1}", params + values)
    condition, tvalues = _row_by_row(text)
    # The probe reads the newest rows up to the bound (the PROBE_ROWS-th), filled in later.
    probe = (f"SELECT c.id FROM consultation c WHERE {condition}{_and(parts + more)} "
             f"AND (c.received_at, c.id) >= (?, ?) ORDER BY {NEWEST} LIMIT {int(limit)}",
             [*tvalues, *params, *values])
    if _sqlite():
        indexed = (f"SELECT c.id FROM consultation c WHERE {condition}{_and(parts + more)} "
                   f"ORDER BY {NEWEST} LIMIT {int(limit)}", [*tvalues, *params, *values])
    else:
        # Materialized, the matches come from the trigram index (a bitmap scan) and are sorted,
        # rather than the planner walking the newest rows for a word it cannot tell is rare.
        # The office is checked on the matches, not looked up in an index of its own: the
        # planner would otherwise intersect the office's whole index with the trigram matches.
        scoped = [p.replace("c.office_id = ?", "c.office_id + 0 = ?") for p in parts]
        indexed = (f"WITH hits AS MATERIALIZED (SELECT c.id, c.received_at FROM consultation c "
                   f"WHERE {condition}{_and(scoped + more)}) SELECT h.id FROM hits h "
                   f"ORDER BY h.received_at DESC, h.id DESC LIMIT {int(limit)}",
                   [*tvalues, *params, *values])
    return [bound, probe, indexed]


def _probe_ids(filters: dict, text: str, limit: int, after,
               rows: int | None = None, fallback: bool = True) -> list[int] | None:
    """The page of a search read row by row among the newest ``PROBE_ROWS`` rows (a range of
    the newest-first index, which stops after a page); when those do not hold a page, the
    matches from the text index (pg_trgm), sorted."""
    bound, (probe, params), indexed = probe_sql(filters, text, limit, after, rows)
    found = _run(*bound)
    if not found:       # the list is shorter than the probe: all of it, row by row
        return [i for (i,) in _run(probe.replace(" AND (c.received_at, c.id) >= (?, ?)", ""),
                                    params)]
    ids = [i for (i,) in _run(probe, [*params, *found[0]])]
    if len(ids) >= limit:
        return ids
    if not fallback:
        return None         # undecided: the caller asks the text index its own way
    return [i for (i,) in _run(*indexed)]


def _fetch_page(filters: dict, order: str, offset: int, limit: int, after) -> list[tuple]:
    text = (filters.get("text") or "").strip()
    if order != "newest" or (text and offset):
        # The Kasi's escalations by deadline (a short list), and a search's page by number.
        clause, params = where(**filters)
        return _run(f"SELECT {COLUMNS} FROM consultation c {JOINS}{clause} "
                    f"ORDER BY {ORDERS[order]} LIMIT {int(limit)} OFFSET {int(offset)}", params)
    if not text:
        sql, params = ids_sql(filters, limit, offset, after)
        return _run(f"SELECT {COLUMNS} FROM ({sql}) k JOIN consultation c ON c.id = k.id "
                    f"{JOINS} ORDER BY {NEWEST}", params)
    if _sqlite() and _indexed(text):
        # A common word (with a rare filter too) fills a page among the newest few thousand
        # rows sooner than the text index's stream checks each match against the filter.
        ids = _probe_ids(filters, text, limit, after, rows=SQLITE_PROBE_ROWS, fallback=False)
        return _rows_of(ids if ids is not None else _search_ids(filters, text, limit, after))
    return _rows_of(_probe_ids(filters, text, limit, after))


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
        return ("SELECT COUNT(*) FROM (SELECT 1 FROM consultation_fts f CROSS JOIN consultation c "
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

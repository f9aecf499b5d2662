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


def where(*, states: Iterable[str] | None = None, officer_id: int | None = None,
          section_id: int | None = None, category_id: int | None = None,
          channel: str | None = None, date_from: dt.date | None = None,
          date_to: dt.date | None = None, overdue_at: dt.datetime | None = None,
          open_states: Iterable[str] = (), escalated: str = "", text: str = "",
          **_ignored) -> tuple[str, list]:
    """The WHERE clause (with '?' marks) and its parameters for a list filter; every argument
    narrows the list, None means any."""
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
    if overdue_at is not None:
        open_states = list(open_states)
        moment = overdue_at.astimezone(dt.timezone.utc).replace(tzinfo=None)
        parts.append(rare_sql(f"c.state IN ({', '.join('?' * len(open_states))})") + " AND "
                     "((c.state <> ? AND c.service_due_at < ?) OR "
                     "(c.state = ? AND c.solution_due_at < ?))")
        params += [*open_states, escalated, moment, escalated, moment]
    text = (text or "").strip()
    if text:
        if _sqlite() and len(text) >= INDEXED_TEXT:
            parts.append("c.id IN (SELECT rowid FROM consultation_fts "
                         "WHERE consultation_fts MATCH ?)")
            params.append('"' + text.replace('"', '""') + '"')
        else:
            parts.append(f"c.search_text {'LIKE' if _sqlite() else 'ILIKE'} ? ESCAPE '\\'")
            params.append(_like_pattern(text))
    return (" WHERE " + " AND ".join(parts)) if parts else "", params


def _run(sql: str, params: list) -> list[tuple]:
    if not _sqlite():
        sql = sql.replace("?", "%s")
    cursor = db.execute_sql(sql, params)
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


def rows(filters: dict, order: str, offset: int, limit: int) -> list[list]:
    """One page of consultations as lists of :data:`COLUMNS`, instants aware, flags bool."""
    clause, params = where(**filters)
    sql = (f"SELECT {COLUMNS} FROM consultation c {JOINS}{clause} ORDER BY {ORDERS[order]} "
           f"LIMIT {int(limit)} OFFSET {int(offset)}")
    text = _sqlite()      # SQLite gives the instants as text, PostgreSQL as naive datetimes
    parse, utc = dt.datetime.fromisoformat, dt.timezone.utc
    out = []
    for row in _run(sql, params):
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


def count(filters: dict) -> int:
    clause, params = where(**filters)
    return _run(f"SELECT COUNT(*) FROM consultation c{clause}", params)[0][0]


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

"""The plans of the statements a save runs to count its day's sums again (``storage.rollups``), on
a database as an office has it in its first minutes: made through the services, never analyzed
(PostgreSQL's autovacuum analyzes a table a minute after its first 50 rows at the earliest)."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from kppn_desktop.demo import sample
from kppn_desktop.storage import listing, rollups
from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import Consultation, MissedUpdate

from .plans import statements_of

NOW = dt.datetime(2026, 3, 13, 3, 30, tzinfo=dt.timezone.utc)


def _nodes(node):
    yield node
    for child in node.get("Plans", ()):
        yield from _nodes(child)


def test_a_day_s_sums_find_each_consultation_by_its_key_on_postgresql(database):
    """On PostgreSQL each cycle, missed day, answer and event of the day finds its consultation
    by its key, whatever the statistics say. A planner without them led with the office's
    consultations and checked each against every cycle of the day: 48,000 pairs for a day of
    220 (18 ms a save), growing with the square of the day."""
    if listing._sqlite():
        pytest.skip("PostgreSQL's joins; SQLite leads with the day's index")
    sample.generate(consultations=40, months=1, seed=5, now=NOW, bulk=False)
    office = db.execute_sql("SELECT MIN(id) FROM office").fetchone()[0]
    [(day,)] = db.execute_sql("SELECT MAX(received_date) FROM consultation").fetchall()
    with db.atomic() as transaction:
        statements = statements_of(lambda: rollups._refresh_now([day], office),
                                    "INSERT INTO report_rollup")
        transaction.rollback()
    days = [(sql, params) for sql, params in statements if "FROM report_rollup" not in sql]
    assert len(days) == 3, statements        # the day's parts, its histogram, its resolutions
    for sql, params in days:
        [(plan,)] = db.execute_sql("EXPLAIN (FORMAT JSON) " + sql.replace("?", "%s"),
                                   params).fetchall()
        plan = plan if isinstance(plan, list) else json.loads(plan)
        for node in _nodes(plan[0]["Plan"]):
            if node.get("Relation Name") != "consultation":
                continue
            condition = node.get("Index Cond", "") + node.get("Filter", "")
            # By its key (a few rows' table may be scanned for it), or the day's arrivals.
            by_key = node.get("Index Name") == "consultation_pkey" or "(id = " in condition
            assert by_key or "received_date" in condition, (sql, node)


def _reads(sql: str, params: list) -> list[tuple[str, str]]:
    """(table, how it is read) of every read of a table in ``sql``'s plan: SQLite's lines of
    ``EXPLAIN QUERY PLAN``; PostgreSQL's scan nodes, their index and its conditions (not the
    filters applied to the rows read)."""
    if listing._sqlite():
        # SQLite names a table by its alias in the statement.
        tables = {alias: table for table, alias in re.findall(r"(?:FROM|JOIN) (\w+) (\w+)", sql)}
        lines = [row[-1] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params)]
        return [(tables.get(line.split()[1], line.split()[1]), line) for line in lines
                if line.startswith(("SCAN", "SEARCH")) and len(line.split()) > 1]
    [(plan,)] = db.execute_sql("EXPLAIN (FORMAT JSON) " + sql.replace("?", "%s"),
                               params).fetchall()
    plan = plan if isinstance(plan, list) else json.loads(plan)
    return [(node["Relation Name"], " ".join(str(node.get(k, "")) for k in (
        "Node Type", "Index Name", "Index Cond", "Recheck Cond")))
        for node in _nodes(plan[0]["Plan"]) if "Relation Name" in node]


def test_a_day_s_cycles_and_missed_days_are_read_from_its_office_s_range(database):
    """Of two offices in one database, a save's day count reads the cycles and missed progress
    days of its own office alone: each through a day index led by the office (migration 0027).
    Before, it read the day of every office and filtered each row by its consultation's office.
    On PostgreSQL sequential scans and hash and merge joins are switched off for the check:
    its tables here are a few pages, which it would rather read whole; what matters is that
    the office's range and the lookups by key exist and are taken when the tables are large."""
    sample.generate(consultations=30, months=1, seed=5, now=NOW, bulk=True, offices=2)
    office = db.execute_sql("SELECT MIN(office_id) FROM consultation").fetchone()[0]
    day = max(c.received_date for c in Consultation.select(Consultation.received_date)
              .where(Consultation.office == office))
    # The sample has no missed progress yet: a day missed by every consultation of both offices.
    MissedUpdate.insert_many([{"consultation": c.id, "office": c.office_id, "cycle": 1, "day": day}
                              for c in Consultation.select(Consultation.id, Consultation.office)
                              ]).execute()
    with db.atomic() as transaction:
        if not listing._sqlite():
            db.execute_sql("ANALYZE consultation_cycle, missed_update")
            for plan in ("seqscan", "hashjoin", "mergejoin"):
                db.execute_sql(f"SET LOCAL enable_{plan} = off")
        statements = statements_of(lambda: rollups._refresh_now([day], office),
                                   "INSERT INTO report_rollup")
        reads = [(sql, table, how) for sql, params in statements
                 for table, how in _reads(sql, params)]
        transaction.rollback()
    days = [(sql, table, how.replace(" ", "")) for sql, table, how in reads
            if table in ("consultation_cycle", "missed_update")]
    by_day = {table for _sql, table, how in days if "office_id=" in how}
    assert by_day == {"consultation_cycle", "missed_update"}, "\n".join(map(str, [r[1:] for r in reads]))
    for sql, table, how in days:
        # The office's range of a day index, or (a missed day's cycle) one consultation's rows.
        by_office_day = "office_id=" in how and ("_on=" in how or "day=" in how)
        assert by_office_day or "consultation_id=" in how, (table, how, sql)

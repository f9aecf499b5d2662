"""The plans of the statements a save runs to count its day's sums again (``storage.rollups``), on
a database as an office has it in its first minutes: made through the services, never analyzed
(PostgreSQL's autovacuum analyzes a table a minute after its first 50 rows at the earliest)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kppn_desktop.demo import sample
from kppn_desktop.storage import listing, rollups
from kppn_desktop.storage.database import db

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

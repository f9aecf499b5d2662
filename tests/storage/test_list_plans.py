"""The plans of the list queries (issue 15): every list reads an index in its own order and stops
after a page, and a search streams its text index -- checked here so that a later migration or
query change cannot lose them unseen. SQLite's plans are taken with the statistics of a
1M-consultation office written in (the planner chooses by them); PostgreSQL's with the sample
rows and sequential scans and sorts priced out, which leaves only what the indexes can do.

Since migration 0018 every list is one office's: the list indexes are led by the office, and
the plans must read them (``office_id=?`` then ``received_at``), never an unled index filtered
by office afterwards."""

from __future__ import annotations

import datetime as dt

import pytest

from kppn_desktop.demo import sample
from kppn_desktop.services import queries
from kppn_desktop.storage import listing
from kppn_desktop.storage.database import db

pytestmark = pytest.mark.usefixtures("filled")

NOW = dt.datetime(2026, 3, 13, 3, 30, tzinfo=dt.timezone.utc)
MONTH = (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
OPEN = tuple(s for s in queries._STATE_NAMES["open_states"])
FILTERS = {
    "semua": {},
    "kanal": {"channel": "email"},
    "kategori": {"category_id": 3},
    "seksi": {"section_id": 2},
    "petugas": {"officer_id": 3},
    "bulan": {"date_from": MONTH[0], "date_to": MONTH[1]},
    "selesai": {"states": ("selesai",)},
    "kanal+kategori": {"channel": "email", "category_id": 3},
    "petugas+bulan": {"officer_id": 3, "date_from": MONTH[0], "date_to": MONTH[1]},
    "seksi+kategori+kanal": {"section_id": 2, "category_id": 3, "channel": "whatsapp"},
}


@pytest.fixture
def filled(database):
    sample.generate(consultations=300, months=2, seed=5, now=NOW, bulk=True)
    if listing._sqlite():
        _million_statistics()


def _million_statistics():
    """Statistics as ANALYZE leaves them in a 1M office, for every index of consultation."""
    indexes = [name for (name,) in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'consultation' "
        "AND sql IS NOT NULL")]
    per_value = {"office_id": 1000000, "received_at": 3, "id": 1, "state": 200000, "channel": 200000,
                 "category_id": 83333, "officer_id": 333333, "section_id": 250000,
                 "received_date": 1000, "solution_due_at": 1, "stakeholder_id": 9,
                 "visit_id": 1, "number": 1, "request_key": 1, "resolved_at": 1}
    db.execute_sql("DELETE FROM sqlite_stat1 WHERE tbl = 'consultation'")
    for name in indexes:
        columns = [row[2] for row in db.execute_sql(f'PRAGMA index_info("{name}")')]
        stat, rows = ["1000000"], 1000000
        for column in columns:
            rows = max(1, min(rows, per_value.get(column, 1) if not stat[1:] else
                              rows * per_value.get(column, 1) // 1000000 or 1))
            stat.append(str(rows))
        db.execute_sql("INSERT INTO sqlite_stat1 VALUES ('consultation', ?, ?)",
                       [name, " ".join(stat)])
    db.execute_sql("ANALYZE sqlite_schema")     # the planner reads the statistics again


def _filters(**values) -> dict:
    """A list filter as the services give it: always within the office (the sample's one)."""
    office = db.execute_sql("SELECT MIN(id) FROM office").fetchone()[0]
    return queries._filters(queries.ListFilter(**values), office)


def _plan(sql: str, params: list) -> str:
    if listing._sqlite():
        return "\n".join(row[-1] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
    db.execute_sql("SET enable_seqscan = off")
    db.execute_sql("SET enable_sort = off")
    try:
        return "\n".join(row[0] for row in db.execute_sql(
            "EXPLAIN " + sql.replace("?", "%s"), params))
    finally:
        db.execute_sql("RESET enable_seqscan")
        db.execute_sql("RESET enable_sort")


def _sorts(plan: str) -> bool:
    if listing._sqlite():
        return "TEMP B-TREE" in plan
    return "Sort" in plan and "Sort Key" in plan or "\n  ->  Sort" in plan or plan.startswith("Sort")


@pytest.mark.parametrize("name", list(FILTERS))
def test_a_list_reads_a_list_index_newest_first_and_stops_after_a_page(name):
    after = (dt.datetime(2026, 2, 20, tzinfo=dt.timezone.utc), 150)
    for key in (None, after):
        plan = _plan(*listing.ids_sql(_filters(**FILTERS[name]), 200, 0, key))
        assert not _sorts(plan), plan
        if listing._sqlite():
            index = plan.split(" INDEX ")[1].split()[0]
            assert index.startswith("consultation_office_id_") and "received_at" in index, plan
            assert "office_id=?" in plan, plan
            assert "SCAN c" not in plan or "COVERING INDEX" in plan, plan


def test_an_open_list_reads_the_state_index():
    """Open consultations are few (SQLite's planner is told so; PostgreSQL's knows them by its
    per-value statistics, which a sample of 300 rows does not give): their index, then a sort
    of those few."""
    if not listing._sqlite():
        pytest.skip("PostgreSQL chooses by the real counts of each state")
    plan = _plan(*listing.ids_sql(_filters(states=OPEN), 200))
    assert "INDEX consultation_office_id_state" in plan or "INDEX consultation_state" in plan, plan


def test_a_search_streams_the_text_index_and_its_correction_reads_the_newest_first_index():
    if not listing._sqlite():
        pytest.skip("SQLite's FTS5 stream; PostgreSQL probes (test below)")
    for values in ({}, {"channel": "email"}, {"date_from": MONTH[0], "date_to": MONTH[1]}):
        filters = _filters(text="supplier", **values)
        plan = _plan(*listing.stream_sql(filters, "supplier", 200,
                                         (dt.datetime(2026, 2, 20, tzinfo=dt.timezone.utc), 150)))
        first, *rest = plan.splitlines()
        assert first.startswith("SCAN f VIRTUAL TABLE") and not _sorts(plan), plan
        assert rest == ["SEARCH c USING INTEGER PRIMARY KEY (rowid=?)"], plan
        plan = _plan(*listing.since_sql(filters, "supplier", ("2026-02-20 00:00:00", 120), 100))
        assert "INTEGER PRIMARY KEY" not in plan and "received_at>?" in plan, plan
        plan = _plan(*listing.count_sql(filters, cap=10_000))
        assert "SCAN f VIRTUAL TABLE" in plan.splitlines()[0] or "SCAN n" in plan, plan


def test_a_search_probes_the_newest_rows_then_asks_the_trigram_index():
    bound, probe, indexed = listing.probe_sql(_filters(text="ka"), "ka", 200)
    assert not _sorts(_plan(*bound))
    sql, params = probe
    plan = _plan(sql, [*params, dt.datetime(2026, 2, 20), 120])
    assert not _sorts(plan), plan
    if not listing._sqlite():
        plan = _plan(*listing.probe_sql(_filters(text="supplier"), "supplier", 200)[2])
        assert "consultation_search_text_trgm" in plan, plan

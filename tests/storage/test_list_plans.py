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

from .plans import statements_of

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
                       [name, " ".join(PARTIAL.get(name, stat))])
    db.execute_sql("ANALYZE sqlite_schema")     # the planner reads the statistics again


#: The partial indexes as ANALYZE leaves them at 1M (they hold only their own rows): the open
#: escalations (migration 0023) and the consultations ever escalated (0024).
PARTIAL = {"consultation_open_escalations": "585 585 147 45 45 27 1 1 1".split(),
           "consultation_escalated_resolved_since": "200889 200889 1 1".split()}


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


@pytest.mark.parametrize("name", list(FILTERS))
def test_a_postgresql_page_with_its_joins_reads_a_list_index_newest_first(name):
    """PostgreSQL plans a list's page with its joins in one statement (but the open ones)."""
    if listing._sqlite():
        pytest.skip("SQLite reads the ids in a list index first (test above)")
    after = (dt.datetime(2026, 2, 20, tzinfo=dt.timezone.utc), 150)
    for key in (None, after):
        plan = _plan(*listing.page_sql(_filters(**FILTERS[name]), 200, 0, key))
        assert not _sorts(plan) and "Index Scan Backward" in plan, plan


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


def test_a_postgresql_search_probes_in_the_index_order_then_asks_the_trigrams_within_a_stretch():
    """The probes read the newest rows of a list index in a subquery that stops after so many
    rows (no sort: a range with two ends let the planner read and sort it all); the key at a
    depth comes from the index alone; the trigram index's bitmap within a stretch of time is
    ANDed with a range of an index (at 1M: BitmapAnd of the trigrams and consultation_received_at_id,
    seen at 1M), never a scan of the table."""
    if listing._sqlite():
        pytest.skip("SQLite streams its FTS5 index (test above)")
    key = (dt.datetime(2026, 2, 20), 150)
    for values in ({}, {"channel": "email"}, {"date_from": MONTH[0], "date_to": MONTH[1]}):
        filters = _filters(text="supplier", **values)
        for after in (None, key):
            plan = _plan(*listing.scan_sql(filters, "supplier", 200, after, rows=1000))
            assert not _sorts(plan) and "Index Scan Backward" in plan, plan
            plan = _plan(*listing.key_at_sql(filters, after, 1000))
            # From the office-led index alone; with a single office (every row the office's)
            # PostgreSQL may read (received_at, id) in its order and check the office on each
            # row instead, which costs the same (migration 0018, DECISIONS).
            assert not _sorts(plan) and ("Index Only Scan Backward" in plan or (
                "Index Scan Backward" in plan and "Filter: (office_id" in plan)), plan
            plan = _plan(*listing.trigram_sql(filters, "supplier", 200, after,
                                              dt.datetime(2026, 2, 1)))
            conditions = [line for line in plan.splitlines() if "Index Cond: " in line]
            assert conditions and "Seq Scan" not in plan, plan
            if not values:      # the stretch is the range read
                assert any("received_at >= '2026-02-01" in c for c in conditions), plan


def test_a_sqlite_search_in_a_period_streams_only_the_ids_of_the_period():
    if not listing._sqlite():
        pytest.skip("SQLite's FTS5 stream")
    filters = _filters(text="supplier", date_from=MONTH[0], date_to=MONTH[1])
    plan = _plan(*listing.id_window_sql(filters, (dt.datetime(2026, 2, 20), 150)))
    assert "COVERING INDEX consultation_office_id_received_at_id_state" in plan, plan
    plan = _plan(*listing.stream_sql(filters, "supplier", 200, None, (10, 100)))
    first, *rest = plan.splitlines()
    assert first.startswith("SCAN f VIRTUAL TABLE") and first.endswith("><"), plan
    assert rest == ["SEARCH c USING INTEGER PRIMARY KEY (rowid=?)"], plan
    assert listing.id_window_sql(_filters(text="supplier"), None) is None
    # The glance at the newest rows reads the list index in its order and stops.
    for values in ({}, {"channel": "email"}):
        plan = _plan(*listing.glimpse_sql(_filters(text="supplier", **values), "supplier"))
        assert not _sorts(plan) and "received_at" in plan, plan
    # A rare word's few matches, in the text index's own order, then those rows alone.
    plan = _plan(*listing.few_sql(filters, "supplier", 200, (10, 100)))
    assert plan.startswith("SCAN f VIRTUAL TABLE") and "\n" not in plan, plan
    plan = _plan(*listing._among_sql(filters, [3, 5, 8], 200, None))
    assert plan.startswith("SEARCH c USING INTEGER PRIMARY KEY (rowid=?)"), plan


def test_a_deep_page_of_a_period_reads_its_index_from_the_key():
    """After a page key, the key is the upper end of a period list's range of received_at, not
    the period's end (SQLite takes one upper bound on a column: with the period's end it read
    the index from there down to the key, 3.5 against 0.2 ms for a month's deep page at 1M);
    a key after the period's end (not one of the list's rows) leaves the end in."""
    filters = _filters(date_from=MONTH[0], date_to=MONTH[1])
    end = dt.datetime(2026, 3, 2)
    for key in ((dt.datetime(2026, 2, 20, tzinfo=dt.timezone.utc), 150),
                ("2026-02-20 00:00:00", 150)):
        sql, params = listing.ids_sql(filters, 200, 0, key)
        assert "c.received_at < ?" not in sql and end not in params, sql
        plan = _plan(sql, params)
        assert not _sorts(plan), plan
    sql, params = listing.ids_sql(filters, 200, 0, (dt.datetime(2026, 3, 5), 150))
    assert "c.received_at < ?" in sql and end in params, sql


# --- a report's reads of a past period (migration 0020) -----------------------------------------

def test_a_past_period_reads_the_office_s_consultations_resolved_since_by_their_index():
    """The consultations open at a past cut-off and resolved since: the office's, read from
    the cut-off on in (office, resolved_at, received_date), not every resolution since."""
    if not listing._sqlite():
        pytest.skip("SQLite's plan with the statistics of 1M; PostgreSQL chooses by its own")
    from kppn_desktop.services import reports

    office = db.execute_sql("SELECT MIN(id) FROM office").fetchone()[0]
    cut = dt.datetime(2026, 2, 28, 16, tzinfo=dt.timezone.utc)
    [(sql, params)] = statements_of(lambda: reports._open_then(cut, MONTH[1], [office]),
                                     '"resolved_at" >')
    plan = _plan(sql, params)
    assert "INDEX consultation_office_id_resolved_at_received_date (office_id=? AND " \
           "resolved_at>?)" in plan, plan


def test_the_kanwil_s_past_overdue_escalations_read_only_the_escalations_resolved_since():
    """The Kanwil's list of escalations overdue at a past cut-off: of those resolved since, only
    the office's escalations are read, through the partial index of migration 0024 (at 1M a
    quarter of the month's 20,000 resolutions since, in the sample), not every resolution."""
    if not listing._sqlite():
        pytest.skip("SQLite's plan with the statistics of 1M; PostgreSQL chooses by its own")
    from kppn_desktop.services import reports
    from kppn_desktop.storage.models import ESCALATED_RESOLVED_SINCE

    office = db.execute_sql("SELECT MIN(id) FROM office").fetchone()[0]
    cut = dt.datetime(2026, 2, 28, 16, tzinfo=dt.timezone.utc)
    [(sql, params)] = statements_of(
        lambda: reports._open_then(cut, MONTH[1], [office], escalated_only=True),
        '"resolved_at" >')
    plan = _plan(sql, params)
    assert f"INDEX {ESCALATED_RESOLVED_SINCE} (office_id=? AND resolved_at>?)" in plan, plan


def test_open_escalations_past_their_deadline_are_read_by_office_and_deadline():
    """The running breaches of the solution clock (listed for an office's report, counted for
    the Kanwil's) and the Kanwil's list of escalations overdue now read only the escalations
    past their solution deadline, by office and deadline in their partial index (migration
    0023), not every open escalation of the offices (at ten offices of 1M: 5,850 for 300, 7 ms
    each)."""
    if not listing._sqlite():
        pytest.skip("SQLite's plan with the statistics of 1M; PostgreSQL chooses by its own")
    from kppn_desktop.services import office as office_service
    from kppn_desktop.services import reports
    from kppn_desktop.storage.models import OPEN_ESCALATIONS

    # The cycles as many as the consultations (ANALYZE at 1M): without statistics the planner
    # takes the table for a few rows and scans it first.
    db.execute_sql("DELETE FROM sqlite_stat1 WHERE tbl = 'consultation_cycle'")
    db.execute_sql("INSERT INTO sqlite_stat1 VALUES ('consultation_cycle', "
                   "'consultationcycle_consultation_id_number', '1019834 1 1')")
    db.execute_sql("INSERT INTO sqlite_stat1 VALUES ('consultation_cycle', NULL, '1019834')")
    db.execute_sql("ANALYZE sqlite_schema")
    office = db.execute_sql("SELECT MIN(id) FROM office").fetchone()[0]
    calendar = office_service.office_calendar(office)
    cut = reports.Cut(office, calendar, NOW, True)
    statements = (statements_of(lambda: reports._running_of(NOW, {office: calendar}),
                                 '"solution_due_at" <')
                  + statements_of(lambda: reports._running_counts_of(
                      NOW, {office: calendar}, MONTH[0]), '"solution_due_at" <')
                  + statements_of(lambda: reports.overdue_of_offices([cut], escalated_only=True),
                                   '"solution_due_at" <'))
    assert len(statements) == 3, statements
    for sql, params in statements:
        plan = _plan(sql, params)
        assert f"INDEX {OPEN_ESCALATIONS} (office_id=? AND solution_due_at<?)" in plan, plan


def test_the_new_index_s_statistics_keep_an_office_s_open_consultations_on_their_index():
    """The upgrade to 0020 gives its index statistics made from those of the office's and of
    ``resolved_at``'s indexes (a database analyzed before has them for every other index); with
    them a query naming an office keeps its own index, here the open escalations a report counts
    through (office, state). Without them the planner had led the library's share of a month
    (since read from the sums) with 0020's index: 1M rows, 590 ms."""
    if not listing._sqlite():
        pytest.skip("SQLite's plan with the statistics of 1M")
    import importlib

    from kppn_desktop.services import office as office_service
    from kppn_desktop.services import reports
    from kppn_desktop.storage.models import OPEN_ESCALATIONS

    migration = importlib.import_module(
        "kppn_desktop.storage.migrations.0020_resolved_since_by_office")
    db.execute_sql("DELETE FROM sqlite_stat1 WHERE idx = ?", (migration.NAME,))
    migration._statistics(db.obj)            # as the upgrade gives them
    [(stat,)] = db.execute_sql("SELECT stat FROM sqlite_stat1 WHERE idx = ?",
                               (migration.NAME,)).fetchall()
    assert stat == "1000000 1000000 1 1"
    db.execute_sql("ANALYZE sqlite_schema")
    office = db.execute_sql("SELECT MIN(id) FROM office").fetchone()[0]
    calendar = office_service.office_calendar(office)
    statements = statements_of(
        lambda: reports._running_missed_of(*MONTH, NOW, {office: calendar}),
        '"escalated_at" <')
    assert len(statements) == 2, statements      # the escalations, then their stored days
    for sql, params in statements:
        plan = _plan(sql, params)
        assert "consultation_office_id_resolved_at_received_date" not in plan, plan
    # The escalations' count reads their partial index alone (migration 0023).
    plan = _plan(*statements[0])
    assert f"COVERING INDEX {OPEN_ESCALATIONS} (office_id=?" in plan, plan

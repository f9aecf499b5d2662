import pytest


def test_postgresql_driver_is_handed_to_peewee_whole():
    """peewee is imported without psycopg (start-up); opening PostgreSQL hands it over, with the
    transaction states of peewee's adapter."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from kppn_desktop.storage.database import make_database\n"
            "assert 'psycopg' not in sys.modules\n"
            "import peewee\n"
            "make_database('postgresql://kppn@localhost/kppn')\n"
            "a = peewee.Psycopg3Adapter\n"
            "assert None not in (peewee.psycopg, a.txn_idle, a.txn_inerror, a.txn_unknown)\n"
            "print('ok')\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def test_sqlite_commits_survive_a_power_cut(tmp_path):
    """WAL with synchronous=FULL (2): every commit is on disk before the save returns."""
    from kppn_desktop.storage.database import close_database, db, open_database

    open_database(f"sqlite:///{tmp_path}/kppn.sqlite3")
    try:
        assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    finally:
        close_database()


@pytest.mark.postgres
def test_worker_jobs_on_postgresql_share_pooled_connections(tmp_path):
    """Every worker job used to connect and log in anew; now a job takes a pooled connection and
    gives it back when it ends (``release_thread_connection``, as ``gui.startup.tasks`` does)."""
    import threading

    from kppn_desktop.services import system
    from kppn_desktop.storage.database import close_database, db, open_database
    from tests.conftest import database_url

    open_database(database_url("postgresql", tmp_path))
    try:
        def job(box):
            try:
                box.append(db.execute_sql("SELECT pg_backend_pid()").fetchone()[0])
            finally:
                system.release_thread_connection()

        pids = []
        for _ in range(12):
            worker = threading.Thread(target=job, args=(pids,))
            worker.start()
            worker.join()
        assert len(pids) == 12
        assert len(set(pids)) == 1, "each job opened a connection of its own"
        # Switching databases closes the pool's connections too: none is left on the server.
        mine = db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    finally:
        close_database()
    import psycopg

    from tests.conftest import PG_URL
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        left = conn.execute("SELECT pid FROM pg_stat_activity WHERE application_name = "
                            "'kppn-desktop' AND pid = ANY(%s)", ([*set(pids), mine],)).fetchall()
    assert left == []


def test_statements_sent_together_fail_as_peewee_s_and_roll_back(database):
    """``sent_together``: on PostgreSQL the statements go in one pipeline, answered at its end;
    an error among them comes out as peewee's error for it (as one sent alone would), after
    the block, and the transaction rolls back whole. On SQLite they run one by one."""
    import datetime as dt

    import peewee

    from kppn_desktop.storage.database import db, sent_together
    from kppn_desktop.storage.models import NumberSequence
    from kppn_desktop.storage.rollups import sql

    day = dt.date(2026, 12, 1)
    NumberSequence.insert(office_code="121", day=day, last=7).execute()
    postgresql = not isinstance(db.obj, peewee.SqliteDatabase)
    with pytest.raises(peewee.IntegrityError), db.atomic():
        with sent_together():
            if postgresql:
                from psycopg import pq

                assert db.connection().pgconn.pipeline_status == pq.PipelineStatus.ON
            db.execute_sql(sql("UPDATE number_sequence SET last = 8 WHERE office_code = ?"),
                           ["121"])
            # The same office and day again: the unique index refuses it.
            db.execute_sql(sql("INSERT INTO number_sequence (office_code, day, last) "
                               "VALUES (?, ?, 1)"), ["121", day])
    assert [(n.day, n.last) for n in NumberSequence.select()] == [(day, 7)]
    if postgresql:
        from psycopg import pq

        assert db.connection().pgconn.pipeline_status == pq.PipelineStatus.OFF


def test_a_service_transaction_keeps_plans_and_its_sums_and_lists_do_not(database):
    """PostgreSQL plans every statement of a connection for its values (the lists need it); a
    service's transaction lets the statements it repeats keep one plan (``keep_plans``), except
    its report sums; after its commit the connection plans for values again."""
    import datetime as dt

    import peewee

    from kppn_desktop.services import office as office_service
    from kppn_desktop.storage import rollups, transactions
    from kppn_desktop.storage.database import db

    if isinstance(db.obj, peewee.SqliteDatabase):
        pytest.skip("PostgreSQL's plan cache")
    office = office_service.add_office_unchecked(office_service.OfficeProfile(
        code="121", name="KPPN Majene", city="Majene")).id

    def mode() -> str:
        return db.execute_sql("SHOW plan_cache_mode").fetchone()[0]
    assert mode() == "force_custom_plan"
    with transactions.transaction():
        assert mode() == "auto"
        with transactions.transaction():            # nested: the same
            assert mode() == "auto"
        rollups.refresh([dt.date(2026, 12, 1)], office, at_end=False)
        assert mode() == "force_custom_plan"        # what follows the sums
    assert mode() == "force_custom_plan"
    with transactions.transaction():
        assert mode() == "auto"
    assert mode() == "force_custom_plan"
    # Said with the BEGIN, not as a statement of its own (one round trip less per save); in a
    # transaction already open (a savepoint), at once.
    from tests.storage.plans import statements_of

    def service_transaction():
        with transactions.transaction():
            assert mode() == "auto"
    assert statements_of(service_transaction, "plan_cache_mode = auto") == []
    with db.atomic():
        assert len(statements_of(service_transaction, "plan_cache_mode = auto")) == 1
        assert mode() == "auto"     # SET LOCAL: to the end of the outer transaction
    assert mode() == "force_custom_plan"



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

"""Backups checked after writing and restored into an empty database, checked the same way
(issue 14), on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from kppn_desktop.demo import sample
from kppn_desktop.domain.errors import KppnError, PermissionDenied
from kppn_desktop.services import backups, reports
from kppn_desktop.storage import backup as engine
from kppn_desktop.storage import history, replay
from kppn_desktop.storage.database import close_database, db, open_database
from kppn_desktop.storage.models import Consultation, Event

MADE = dt.datetime(2026, 3, 13, 3, 30, tzinfo=dt.timezone.utc)
PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 3, 31))


def _restore_url(database, tmp_path) -> str:
    if database.is_sqlite:
        return f"sqlite:///{tmp_path}/dipulihkan.sqlite3"
    import psycopg

    name = "kppn_test_restore"
    with psycopg.connect(database.url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return database.url.rsplit("/", 1)[0] + "/" + name


def test_a_backup_restores_to_the_same_office(database, tmp_path):
    sample.generate(consultations=120, months=3, seed=8, now=MADE, bulk=True)
    before = reports.service_report(None, *PERIOD, now=MADE)
    count = Consultation.select().count()
    made = backups.make_backup(None, tmp_path / "cadangan")
    assert made.check.ok and made.path.exists() and made.size > 0
    assert not list((tmp_path / "cadangan").glob("*.sebagian*"))     # only the checked file
    assert Event.select().order_by(Event.seq.desc()).first().subject == "cadangan"

    url = _restore_url(database, tmp_path)
    close_database()
    engine.restore(made.path, url)
    open_database(url)
    try:
        assert history.verify_chain().ok and replay.verify_rows().ok
        assert Consultation.select().count() == count
        again = reports.service_report(None, *PERIOD, now=MADE)
        assert again.total == before.total and again.service_compliance == before.service_compliance
        # A database that is not empty any more is never overwritten.
        with pytest.raises(KppnError, match="tidak kosong"):
            engine.restore(made.path, url)
    finally:
        close_database()
        open_database(database.url)


def test_a_damaged_history_or_file_is_no_backup(database, tmp_path):
    sample.generate(consultations=20, months=1, seed=8, now=MADE, bulk=True)
    if database.is_sqlite:
        good = backups.make_backup(None, tmp_path / "baik")
        broken = tmp_path / "rusak.sqlite3"
        broken.write_bytes(good.path.read_bytes()[: good.size // 2])
        with pytest.raises(KppnError, match="pemeriksaan"):
            engine.restore(broken, f"sqlite:///{tmp_path}/baru.sqlite3")
        db.execute_sql("DROP TRIGGER event_no_update")
    else:
        db.execute_sql("DROP TRIGGER event_append_only ON event")
    db.execute_sql("UPDATE event SET subject = 'diubah' WHERE seq = 3")
    if database.is_sqlite:
        # The copy's own chain is checked: a history changed behind the application's back
        # gives no backup that looks sound.
        with pytest.raises(KppnError, match="diubah"):
            backups.make_backup(None, tmp_path / "cadangan")
        assert not list((tmp_path / "cadangan").glob("*"))
    else:
        made = backups.make_backup(None, tmp_path / "cadangan")   # pg_dump copies what is there
        assert made.check.ok                                    # `db verify` is what finds it


def test_only_the_administrator_makes_a_backup(office, tmp_path):
    with pytest.raises(PermissionDenied):
        backups.make_backup(office.kakan, tmp_path)
    assert backups.make_backup(office.admin, tmp_path).check.ok


def test_the_daily_backup_is_made_once_a_day_and_rotated(database, tmp_path):
    from tests.services.helpers import wita

    sample.generate(consultations=10, months=1, seed=8, now=MADE, bulk=True)
    if not database.is_sqlite:
        assert backups.backup_if_due(wita(2026, 3, 16, 9, 0)) is None   # PostgreSQL: pg_dump
        return
    monday = wita(2026, 3, 16, 9, 0)
    assert backups.state(monday).warning == "Belum pernah ada cadangan basis data."
    first = backups.backup_if_due(monday)
    assert first is not None and first.path.parent == backups.default_folder()
    assert backups.backup_if_due(monday + dt.timedelta(hours=5)) is None      # the same day
    assert backups.state(monday + dt.timedelta(hours=5)).warning == ""
    # Wednesday is two working days later: fine; Thursday is three: a warning.
    assert backups.state(wita(2026, 3, 18, 9, 0)).warning == ""
    assert "lebih dari 2 hari kerja" in backups.state(wita(2026, 3, 26, 9, 0)).warning
    # Forty days of backups leave the last seven days and one per month.
    folder = tmp_path / "putar"
    folder.mkdir()
    day = dt.date(2026, 1, 1)
    for n in range(40):
        (folder / f"kppn-{day + dt.timedelta(days=n):%Y%m%d}-090000.sqlite3").write_bytes(b"x")
    backups.rotate(folder)
    kept = sorted(p.name[5:13] for p in folder.iterdir())
    assert kept == ["20260131", *[f"202602{d:02d}" for d in range(3, 10)]]


def test_an_office_moves_to_another_database_without_loss(database, tmp_path):
    """From the test's engine to the other one where there is a server (SQLite -> PostgreSQL, the
    move offices make), else SQLite to SQLite: history verified, every month's report the same."""
    import os

    sample.generate(consultations=150, months=3, seed=12, now=MADE, bulk=True)
    pg = os.environ.get("KPPN_TEST_POSTGRES_URL")
    if database.is_sqlite and pg:
        target = _restore_url(type(database)(pg, "postgresql", "pg"), tmp_path)
    else:
        target = f"sqlite:///{tmp_path}/pindah.sqlite3"
    moved = backups.copy_database(None, target)
    assert moved.ok, moved.lines
    assert "sama persis" in moved.lines[-1]
    assert moved.rows["consultation"] == 150 and moved.rows["event"] > 150
    assert Consultation.select().count() == 150            # the source is open again
    with pytest.raises(KppnError, match="tidak kosong"):
        backups.copy_database(None, target)


def test_the_backup_folder_sits_beside_a_file_whose_url_escapes_its_name(tmp_path):
    """A folder name with a space is written %20 in the URL: the daily backups go beside the
    real file, not into a folder named after the escaped text."""
    from urllib.parse import quote

    folder = tmp_path / "data kantor"
    folder.mkdir()
    open_database("sqlite:///" + quote(str(folder / "kppn.sqlite3")))
    try:
        assert backups.default_folder() == folder.resolve() / backups.FOLDER
    finally:
        close_database()

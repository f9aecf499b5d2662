"""Least privilege on PostgreSQL (issue 11, item 9): the application's role, made by
``kppn-desktop db roles``, does the desk's normal work but cannot change or delete an event at
all, nor change the schema (so it cannot drop the append-only triggers either)."""

from __future__ import annotations

import os

import peewee
import psycopg
import pytest

from kppn_desktop.domain.errors import KppnError
from kppn_desktop.services import attachments, reports
from kppn_desktop.services import consultations as svc
from kppn_desktop.storage import history, pg_roles
from kppn_desktop.storage.database import close_database, db, open_database
from kppn_desktop.storage.models import Event
from tests.conftest import PG_URL
from tests.services.helpers import take, wita

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def app_role(office, database):
    if database.is_sqlite:
        pytest.skip("a PostgreSQL role")
    role = f"kppn_app_uji_{os.getpid()}"
    url = pg_roles.grant_app_role(PG_URL, role, "sandi-aplikasi")
    assert pg_roles.grant_app_role(PG_URL, role, "sandi-aplikasi") == url      # idempotent
    close_database()
    open_database(url)
    yield url
    close_database()
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP OWNED BY {role}")
        conn.execute(f"DROP ROLE {role}")


def _refused(statement):
    with pytest.raises(peewee.DatabaseError) as err:
        with db.atomic():
            db.execute_sql(statement)
    text = str(err.value)
    assert "permission denied" in text or "must be owner" in text, text


@pytest.mark.postgres
def test_the_application_role_works_the_desk_but_may_only_append_to_the_history(office,
                                                                               app_role):
    assert "sandi-aplikasi@" in app_role and app_role.startswith("postgresql://kppn_app_uji_")
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    attachments.attach_file(office.cso, c.id, "spm.pdf", PDF)
    svc.resolve(office.cso, c.id, "Dijawab.", expected_version=None, at=wita(2026, 3, 17, 9, 10))
    report = reports.service_report(office.kakan, wita(2026, 3, 17).date(),
                                    wita(2026, 3, 17).date())
    assert report.total == 1 and report.resolved == 1
    assert history.verify_chain().ok and Event.select().count() > 3
    # As the application's role, an event cannot be changed or deleted, whatever the triggers.
    for statement in ("UPDATE event SET data = '{}' WHERE seq = 2",
                      "DELETE FROM event WHERE seq = 2", "TRUNCATE event",
                      "UPDATE chain_checkpoint SET seq = 0", "DELETE FROM chain_checkpoint",
                      "DROP TRIGGER event_append_only ON event",
                      "ALTER TABLE event DISABLE TRIGGER ALL",
                      "CREATE TABLE lain (id int)",
                      "DELETE FROM schema_migration"):
        _refused(statement)
    # Its link only while a placeholder of its own transaction (storage.history): a committed
    # event's link is refused by the append-only trigger.
    with pytest.raises(peewee.DatabaseError) as err:
        with db.atomic():
            db.execute_sql("UPDATE event SET hash = 'x', prev_hash = 'y' WHERE seq = 2")
    assert "hanya dapat ditambah" in str(err.value)
    assert history.verify_chain().ok


@pytest.mark.postgres
def test_the_roles_command_refuses_sqlite_and_bad_names(database):
    with pytest.raises(KppnError):
        pg_roles.grant_app_role("sqlite:///x.sqlite3", "kppn_app")
    for name in ("", "Kppn", "1app", "app; DROP TABLE event", "a" * 64):
        with pytest.raises(KppnError):
            pg_roles.grant_app_role(PG_URL or "postgresql://x@127.0.0.1/x", name)


@pytest.mark.postgres
def test_an_upgrade_lets_the_application_role_link_its_events(office, app_role):
    """A role made by ``db roles`` before migration 0019 may append events but not fill in their
    links: the upgrade grants that, or the first save after it would be refused."""
    import importlib

    migration = importlib.import_module(
        "kppn_desktop.storage.migrations.0019_history_linked_at_commit")
    role = app_role.split("//")[1].split(":")[0]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"REVOKE UPDATE (seq, prev_hash, hash) ON event FROM {role}")
    with pytest.raises(peewee.DatabaseError) as err:
        take(office, wita(2026, 3, 17, 9, 0))
    assert "permission denied" in str(err.value)
    close_database()
    open_database(PG_URL)
    migration.up(None, db)
    close_database()
    open_database(app_role)
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    assert c.number == "121-20260317-0001" and history.verify_chain().ok

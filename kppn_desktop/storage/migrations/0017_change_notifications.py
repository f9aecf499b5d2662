"""Desks told of each other's changes at once: on PostgreSQL every transaction that appends to
the history sends ``NOTIFY kppn_perubahan`` (delivered at its commit, once per transaction; never
for one rolled back), which ``storage.watch`` listens for. SQLite needs nothing stored: its
``PRAGMA data_version`` says when another connection committed."""
from peewee import SqliteDatabase


def up(migrator, db):
    if isinstance(db, SqliteDatabase):
        return
    db.execute_sql(
        "CREATE OR REPLACE FUNCTION kppn_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN PERFORM pg_notify('kppn_perubahan', ''); RETURN NULL; END $$")
    db.execute_sql("CREATE TRIGGER event_notify_change AFTER INSERT ON event "
                   "FOR EACH STATEMENT EXECUTE FUNCTION kppn_notify_change()")


def down(migrator, db):
    if isinstance(db, SqliteDatabase):
        return
    db.execute_sql("DROP TRIGGER IF EXISTS event_notify_change ON event")
    db.execute_sql("DROP FUNCTION IF EXISTS kppn_notify_change()")

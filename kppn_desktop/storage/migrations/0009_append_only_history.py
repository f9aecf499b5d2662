"""The history is append-only in the database itself: triggers refuse any UPDATE or DELETE of an
event (and, on PostgreSQL, a TRUNCATE), whatever program sends it. Someone with the owner's
rights can still drop the triggers; the hash chain and ``db verify`` then show what changed."""
from peewee import SqliteDatabase

MESSAGE = "Riwayat peristiwa hanya dapat ditambah, tidak dapat diubah atau dihapus."


def up(migrator, db):
    if isinstance(db, SqliteDatabase):
        for action in ("UPDATE", "DELETE"):
            db.execute_sql(f"CREATE TRIGGER event_no_{action.lower()} BEFORE {action} ON event "
                           f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")
        return
    db.execute_sql("CREATE OR REPLACE FUNCTION event_append_only() RETURNS trigger "
                   f"LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$")
    db.execute_sql("CREATE TRIGGER event_append_only BEFORE UPDATE OR DELETE ON event "
                   "FOR EACH ROW EXECUTE FUNCTION event_append_only()")
    db.execute_sql("CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON event "
                   "FOR EACH STATEMENT EXECUTE FUNCTION event_append_only()")


def down(migrator, db):
    if isinstance(db, SqliteDatabase):
        db.execute_sql("DROP TRIGGER IF EXISTS event_no_update")
        db.execute_sql("DROP TRIGGER IF EXISTS event_no_delete")
        return
    db.execute_sql("DROP TRIGGER IF EXISTS event_append_only ON event")
    db.execute_sql("DROP TRIGGER IF EXISTS event_no_truncate ON event")
    db.execute_sql("DROP FUNCTION IF EXISTS event_append_only()")

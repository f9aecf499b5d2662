"""The history is append-only in the database itself: triggers refuse any UPDATE or DELETE of an
event (and, on PostgreSQL, a TRUNCATE), whatever program sends it. Someone with the owner's
rights can still drop the triggers; the hash chain and ``db verify`` then show what changed."""
from peewee import SqliteDatabase

MESSAGE = "Riwayat peristiwa hanya dapat ditambah, tidak dapat diubah atau dihapus."


def append_only(db, table, message):
    """Triggers that refuse UPDATE, DELETE (and TRUNCATE on PostgreSQL) of ``table``; also used
    by later migrations for other append-only tables."""
    if isinstance(db, SqliteDatabase):
        for action in ("UPDATE", "DELETE"):
            db.execute_sql(f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                           f"BEGIN SELECT RAISE(ABORT, '{message}'); END")
        return
    db.execute_sql(f"CREATE OR REPLACE FUNCTION {table}_append_only() RETURNS trigger "
                   f"LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{message}'; END $$")
    db.execute_sql(f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                   f"FOR EACH ROW EXECUTE FUNCTION {table}_append_only()")
    db.execute_sql(f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION {table}_append_only()")


def drop_append_only(db, table):
    if isinstance(db, SqliteDatabase):
        db.execute_sql(f"DROP TRIGGER IF EXISTS {table}_no_update")
        db.execute_sql(f"DROP TRIGGER IF EXISTS {table}_no_delete")
        return
    db.execute_sql(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    db.execute_sql(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
    db.execute_sql(f"DROP FUNCTION IF EXISTS {table}_append_only()")


def up(migrator, db):
    append_only(db, "event", MESSAGE)


def down(migrator, db):
    drop_append_only(db, "event")

"""On PostgreSQL a service's transaction links its events into the hash chain as it ends
(``storage.history``): an event is stored first with a placeholder link (a ``seq`` of 2**62 or
more and an empty hash), and the link is written just before the commit, so the chain's head is
locked for a few statements instead of the whole save. The append-only trigger now lets exactly
that through: a placeholder link filled in once, by the connection that stored it, nothing else
of the event changed. Every other UPDATE, any DELETE and TRUNCATE are refused as before, and the
application's role may update only the three link columns (granted here to every role that may
append to the history, and by ``db roles``). SQLite links an event when it is appended: nothing
changes there."""
import importlib

from peewee import SqliteDatabase

APPEND_ONLY = importlib.import_module("kppn_desktop.storage.migrations.0009_append_only_history")
PENDING_SEQ = 2 ** 62
_SAME = ("id", "consultation_id", "kind", "at", "recorded_at", "actor_id", "subject", "data")


def up(migrator, db):
    if isinstance(db, SqliteDatabase):
        return
    old = ", ".join(f"OLD.{c}" for c in _SAME)
    new = ", ".join(f"NEW.{c}" for c in _SAME)
    db.execute_sql(
        "CREATE OR REPLACE FUNCTION event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN "
        f"IF TG_OP = 'UPDATE' AND OLD.hash = '' AND OLD.seq >= {PENDING_SEQ} "
        # Only by the connection that stored it (its server process is in the placeholder).
        f"AND (OLD.seq - {PENDING_SEQ}) / {2 ** 20} = pg_backend_pid() "
        f"AND NEW.hash <> '' AND NEW.seq < {PENDING_SEQ} "
        f"AND ROW({new}) IS NOT DISTINCT FROM ROW({old}) THEN RETURN NEW; END IF; "
        f"RAISE EXCEPTION '{APPEND_ONLY.MESSAGE}'; END $$")
    # The application's role (``db roles``) may append to the history: it may now fill in the
    # links too, or its first save after this upgrade would be refused.
    roles = [row[0] for row in db.execute_sql(
        "SELECT DISTINCT grantee FROM information_schema.role_table_grants "
        "WHERE table_schema = 'public' AND table_name = 'event' AND privilege_type = 'INSERT' "
        "AND grantee <> current_user").fetchall()]
    for role in roles:
        quoted = '"' + role.replace('"', '""') + '"'
        db.execute_sql(f"GRANT UPDATE (seq, prev_hash, hash) ON event TO {quoted}")


def down(migrator, db):
    if isinstance(db, SqliteDatabase):
        return
    db.execute_sql("CREATE OR REPLACE FUNCTION event_append_only() RETURNS trigger "
                   f"LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '{APPEND_ONLY.MESSAGE}'; END $$")

"""Lists and search at a million consultations: an index for newest-first lists, and a search text
per consultation with a trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL)."""
from peewee import SqliteDatabase, TextField

from kppn_desktop.storage import schema

FTS = [
    "CREATE VIRTUAL TABLE consultation_fts USING fts5(search_text, content='consultation', "
    "content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER consultation_fts_insert AFTER INSERT ON consultation BEGIN "
    "INSERT INTO consultation_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER consultation_fts_delete AFTER DELETE ON consultation BEGIN "
    "INSERT INTO consultation_fts(consultation_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER consultation_fts_update AFTER UPDATE OF search_text ON consultation BEGIN "
    "INSERT INTO consultation_fts(consultation_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO consultation_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
]


def up(migrator, db):
    migrator.migrate(
        migrator.add_column('consultation', 'search_text', TextField(default='')),
        migrator.add_index('consultation', ('received_at', 'id'), False))
    sqlite = isinstance(db, SqliteDatabase)
    # The index is built over the empty texts; the texts are written once every migration is
    # applied (by the code that keeps them, on the newest schema), each update through the
    # triggers, so the index never sees a 'delete' of text it did not index.
    schema.recount_after('search_text')
    if sqlite:
        for statement in FTS:
            db.execute_sql(statement)
        db.execute_sql("INSERT INTO consultation_fts(consultation_fts) VALUES ('rebuild')")
    else:
        # pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it. Without
        # it, search still works, row by row.
        with db.atomic():
            try:
                with db.atomic():
                    db.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                    db.execute_sql("CREATE INDEX consultation_search_text_trgm ON consultation "
                                   "USING gin (search_text gin_trgm_ops)")
            except Exception:
                import logging  # noqa: PLC0415

                logging.getLogger(__name__).warning(
                    "pg_trgm unavailable: text search will read every row", exc_info=True)
        db.execute_sql("ANALYZE consultation")


def down(migrator, db):
    if isinstance(db, SqliteDatabase):
        for name in ("insert", "delete", "update"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS consultation_fts_{name}")
        db.execute_sql("DROP TABLE IF EXISTS consultation_fts")
    else:
        db.execute_sql("DROP INDEX IF EXISTS consultation_search_text_trgm")
    migrator.migrate(
        migrator.drop_index('consultation', 'consultation_received_at_id'),
        migrator.drop_column('consultation', 'search_text'))

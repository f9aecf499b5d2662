"""PostgreSQL only: the library's ranking reads a narrow table of its own, ``library_rank`` (id,
kind, status, categories and the stored ``tsvector`` of the stems, GIN-indexed), instead of the
wide ``library_entry`` rows that also carry the text shown and the stems as text. A search's
first page ranked some 17,000 matching articles through rows five to a page; the narrow rows
are read at about twice the speed (issue 12: first page within 100 ms at 20,000 articles and a
million past answers). The table is kept by statement triggers on ``library_entry`` (a
transition table: one INSERT ... SELECT per statement, so a rebuild of a million answers adds
no per-row work in PL/pgSQL); a deleted entry leaves it by its foreign key.

Articles and FAQ entries also get postings (``library_posting``: a stem, the entry, and the
stem's weight in it, its count over one plus the log of the entry's length, as ``ts_rank``
normalises): a search ranks exactly only the entries among the best few hundred of each query
stem, read from a btree, instead of every article holding one of its words (storage.library_index).
SQLite: the articles and FAQ entries get an FTS5 index of their own, ``library_curated_fts``
(kind, status and stems; kept by triggers, like ``library_fts``; the status is matched in the
index, not looked up in 18,000 rows of ``library_entry``): BM25 counts, for every query word, the rows
holding it
across the whole index, and with a million past answers in ``library_fts`` that count alone cost
100-150 ms per search. Past answers are still found in ``library_fts`` (newest first, without
BM25) and ranked in Python among the newest that match (storage.library_index)."""
from peewee import SqliteDatabase

#: The postings of the articles and FAQ entries in ``source`` (aliased ``r``, with ``id``, ``kind``
#: and ``tsv``).
POSTINGS = ("SELECT t.lexeme, r.id, (coalesce(array_length(t.positions, 1), 1) "
            "/ (1 + ln(greatest(1, length(r.tsv)))))::real "
            "FROM {source}, unnest(r.tsv) t WHERE r.kind <> 'jawaban'")

UP = [
    "CREATE TABLE library_rank (id integer PRIMARY KEY REFERENCES library_entry (id) "
    "ON DELETE CASCADE, kind varchar(10) NOT NULL, status varchar(10) NOT NULL, "
    "categories varchar(200) NOT NULL, tsv tsvector NOT NULL)",
    "INSERT INTO library_rank (id, kind, status, categories, tsv) "
    "SELECT id, kind, status, categories, to_tsvector('simple', terms) FROM library_entry "
    "ORDER BY id",
    "CREATE INDEX library_rank_tsv ON library_rank USING gin (tsv)",
    "CREATE INDEX library_rank_kind_id ON library_rank (kind, id)",
    "ALTER TABLE library_entry DROP COLUMN tsv",
    "CREATE TABLE library_posting (term text NOT NULL, id integer NOT NULL "
    "REFERENCES library_entry (id) ON DELETE CASCADE, weight real NOT NULL)",
    f"INSERT INTO library_posting (term, id, weight) {POSTINGS.format(source='library_rank r')}",
    "CREATE INDEX library_posting_term ON library_posting (term, weight DESC, id)",
    "CREATE INDEX library_posting_id ON library_posting (id)",
    """CREATE FUNCTION library_rank_added() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO library_rank (id, kind, status, categories, tsv)
        SELECT id, kind, status, categories, to_tsvector('simple', terms) FROM added
        ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, status = EXCLUDED.status,
            categories = EXCLUDED.categories, tsv = EXCLUDED.tsv;
        DELETE FROM library_posting WHERE id IN (SELECT id FROM added WHERE kind <> 'jawaban')
            AND TG_OP = 'UPDATE';
        INSERT INTO library_posting (term, id, weight) """
    + POSTINGS.format(source="library_rank r JOIN added USING (id)") + """;
        RETURN NULL;
    END $$""",
    "CREATE TRIGGER library_rank_insert AFTER INSERT ON library_entry "
    "REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION library_rank_added()",
    "CREATE TRIGGER library_rank_update AFTER UPDATE ON library_entry "
    "REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION library_rank_added()",
    "ANALYZE library_rank",
    "ANALYZE library_posting",
]

DOWN = [
    "DROP TRIGGER IF EXISTS library_rank_insert ON library_entry",
    "DROP TRIGGER IF EXISTS library_rank_update ON library_entry",
    "DROP FUNCTION IF EXISTS library_rank_added()",
    "DROP TABLE IF EXISTS library_posting",
    "DROP TABLE IF EXISTS library_rank",
    "ALTER TABLE library_entry ADD COLUMN tsv tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', terms)) STORED",
    "CREATE INDEX library_entry_tsv ON library_entry USING gin (tsv)",
]


SQLITE_UP = [
    "CREATE VIRTUAL TABLE library_curated_fts USING fts5(kind, status, terms, "
    "content='library_entry', content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "INSERT INTO library_curated_fts (rowid, kind, status, terms) "
    "SELECT id, kind, status, terms FROM library_entry WHERE kind <> 'jawaban'",
    "CREATE TRIGGER library_curated_fts_insert AFTER INSERT ON library_entry "
    "WHEN new.kind <> 'jawaban' BEGIN "
    "INSERT INTO library_curated_fts (rowid, kind, status, terms) "
    "VALUES (new.id, new.kind, new.status, new.terms); END",
    "CREATE TRIGGER library_curated_fts_delete AFTER DELETE ON library_entry "
    "WHEN old.kind <> 'jawaban' BEGIN "
    "INSERT INTO library_curated_fts (library_curated_fts, rowid, kind, status, terms) "
    "VALUES ('delete', old.id, old.kind, old.status, old.terms); END",
    # One trigger for both halves of an update: SQLite fires a statement's triggers newest
    # first, so a separate 'delete' trigger would remove the row the 'insert' one just wrote.
    "CREATE TRIGGER library_curated_fts_update AFTER UPDATE OF kind, status, terms "
    "ON library_entry BEGIN "
    "INSERT INTO library_curated_fts (library_curated_fts, rowid, kind, status, terms) "
    "SELECT 'delete', old.id, old.kind, old.status, old.terms WHERE old.kind <> 'jawaban'; "
    "INSERT INTO library_curated_fts (rowid, kind, status, terms) "
    "SELECT new.id, new.kind, new.status, new.terms WHERE new.kind <> 'jawaban'; END",
]
SQLITE_DOWN = [
    *(f"DROP TRIGGER IF EXISTS library_curated_fts_{name}"
      for name in ("insert", "delete", "update")),
    "DROP TABLE IF EXISTS library_curated_fts",
]


def up(migrator, db):
    for statement in SQLITE_UP if isinstance(db, SqliteDatabase) else UP:
        db.execute_sql(statement)


def down(migrator, db):
    for statement in SQLITE_DOWN if isinstance(db, SqliteDatabase) else DOWN:
        db.execute_sql(statement)

"""The library (issue 12): regulations with their articles and categories, FAQ entries with the
articles they rest on and their edit history, and one search index over articles, FAQ entries
and past answers (``library_entry``: the Snowball stems of each, made in Python), indexed by FTS5
on SQLite and by a GIN index of ``to_tsvector('simple', terms)`` on PostgreSQL. A resolution may
cite an article (the report counts the period's answers by their time: an index), and a
consultation keeps whether the library had anything for its question. The past answers already in
the database are indexed after the upgrade."""
from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

from kppn_desktop.storage import schema

SQLITE_INDEX = [
    "CREATE VIRTUAL TABLE library_fts USING fts5(terms, content='library_entry', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER library_fts_insert AFTER INSERT ON library_entry BEGIN "
    "INSERT INTO library_fts(rowid, terms) VALUES (new.id, new.terms); END",
    "CREATE TRIGGER library_fts_delete AFTER DELETE ON library_entry BEGIN "
    "INSERT INTO library_fts(library_fts, rowid, terms) VALUES ('delete', old.id, old.terms); END",
    "CREATE TRIGGER library_fts_update AFTER UPDATE OF terms ON library_entry BEGIN "
    "INSERT INTO library_fts(library_fts, rowid, terms) VALUES ('delete', old.id, old.terms); "
    "INSERT INTO library_fts(rowid, terms) VALUES (new.id, new.terms); END",
]
POSTGRES_INDEX = ("CREATE INDEX library_entry_terms_tsv ON library_entry "
                  "USING gin (to_tsvector('simple', terms))")


def _tables(db):
    def table(name):
        class Meta:
            database = db
            table_name = name
        return Meta

    class User(Model):
        Meta = table('user')

    class Category(Model):
        Meta = table('category')

    class Consultation(Model):
        Meta = table('consultation')

    class Regulation(Model):
        kind = CharField(max_length=10)
        number = CharField(max_length=60)
        year = IntegerField()
        title = CharField(max_length=300)
        in_force_on = DateField(null=True)
        status = CharField(max_length=10, default='berlaku')
        changed_by = ForeignKeyField('self', null=True, on_delete='SET NULL')
        source_sha256 = CharField(max_length=64, null=True, unique=True)
        source_name = CharField(max_length=160, default='')
        sample = BooleanField(default=False)
        imported_at = DateTimeField()
        imported_by = ForeignKeyField(User, null=True)
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = 'regulation'
            indexes = ((('kind', 'number', 'year'), True),)

    class RegulationCategory(Model):
        regulation = ForeignKeyField(Regulation, on_delete='CASCADE')
        category = ForeignKeyField(Category, on_delete='CASCADE')

        class Meta:
            database = db
            table_name = 'regulation_category'
            indexes = ((('regulation', 'category'), True),)

    class Article(Model):
        regulation = ForeignKeyField(Regulation, on_delete='CASCADE')
        number = CharField(max_length=10)
        position = IntegerField()
        text = TextField()

        class Meta:
            database = db
            table_name = 'article'

    class FaqEntry(Model):
        question = TextField()
        answer = TextField()
        category = ForeignKeyField(Category, null=True, on_delete='SET NULL')
        review_on = DateField(null=True)
        active = BooleanField(default=True)
        created_at = DateTimeField()
        created_by = ForeignKeyField(User, null=True)
        source = ForeignKeyField(Consultation, null=True, on_delete='SET NULL')
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = 'faq_entry'

    class FaqArticle(Model):
        faq = ForeignKeyField(FaqEntry, on_delete='CASCADE')
        article = ForeignKeyField(Article, on_delete='CASCADE')

        class Meta:
            database = db
            table_name = 'faq_article'
            indexes = ((('faq', 'article'), True),)

    class FaqRevision(Model):
        faq = ForeignKeyField(FaqEntry, on_delete='CASCADE')
        version = IntegerField()
        question = TextField()
        answer = TextField()
        review_on = DateField(null=True)
        changed_at = DateTimeField()
        changed_by = ForeignKeyField(User, null=True)

        class Meta:
            database = db
            table_name = 'faq_revision'

    class LibraryEntry(Model):
        kind = CharField(max_length=10)
        ref = IntegerField()
        categories = CharField(max_length=200, default='|')
        status = CharField(max_length=10, default='berlaku')
        citation = CharField(max_length=300)
        title = CharField(max_length=300, default='')
        body = TextField()
        terms = TextField()

        class Meta:
            database = db
            table_name = 'library_entry'
            indexes = ((('kind', 'ref'), True),)

    return [Regulation, RegulationCategory, Article, FaqEntry, FaqArticle, FaqRevision,
            LibraryEntry]


def up(migrator, db):
    tables = _tables(db)
    db.create_tables(tables)
    article = tables[2]
    migrator.migrate(migrator.add_column('resolution', 'article_id', ForeignKeyField(
        article, null=True, field=article.id, on_delete='SET NULL')))
    migrator.migrate(migrator.add_index('resolution', ('at',)),
                     migrator.add_column('consultation', 'library_found',
                                         BooleanField(null=True)))
    if isinstance(db, SqliteDatabase):
        for statement in SQLITE_INDEX:
            db.execute_sql(statement)
    else:
        db.execute_sql(POSTGRES_INDEX)
    schema.recount_after('library')


def down(migrator, db):
    if isinstance(db, SqliteDatabase):
        for name in ('insert', 'delete', 'update'):
            db.execute_sql(f'DROP TRIGGER IF EXISTS library_fts_{name}')
        db.execute_sql('DROP TABLE IF EXISTS library_fts')
    migrator.migrate(migrator.drop_index('resolution', 'resolution_article_id'),
                     migrator.drop_index('resolution', 'resolution_at'),
                     migrator.drop_column('resolution', 'article_id'),
                     migrator.drop_column('consultation', 'library_found'))
    db.drop_tables(list(reversed(_tables(db))))

"""Every list at the speed of its index (issue 15): newest-first indexes that carry every column a
list filters on, one led by nothing (the whole list, by period or officer or state) and one each
led by the category, the channel and the section (a filter on one of those reads only its own
rows). The filter columns ride along in the index, so a list reads the index newest first,
checks each entry against the other filters there (SQLite looks at the table only for rows that
match; PostgreSQL's index-only scan), and stops after a page. See docs/DECISIONS.md.

At 1M consultations: about 20 s on SQLite and 15 s on PostgreSQL in all (see benchmarks/RESULTS.md);
on PostgreSQL a plain CREATE INDEX (the upgrade runs in one transaction, where CONCURRENTLY is
not allowed): desks keep reading meanwhile, and saving waits those seconds."""
from peewee import SqliteDatabase

#: The newest-first list indexes (the models list them too).
LIST_INDEXES = (
    ("received_at", "id", "state", "channel", "category_id", "officer_id", "section_id",
     "received_date"),
    ("category_id", "received_at", "id", "state", "channel", "officer_id", "section_id",
     "received_date"),
    ("channel", "received_at", "id", "state", "category_id", "officer_id", "section_id",
     "received_date"),
    ("section_id", "received_at", "id", "state", "channel", "category_id", "officer_id",
     "received_date"),
)


def up(migrator, db):
    migrator.migrate(*(migrator.add_index("consultation", columns, False)
                       for columns in LIST_INDEXES))
    if not isinstance(db, SqliteDatabase):
        db.execute_sql("ANALYZE consultation")


def down(migrator, db):
    from playhouse.migrate import make_index_name  # noqa: PLC0415

    migrator.migrate(*(migrator.drop_index("consultation", make_index_name("consultation", columns))
                       for columns in LIST_INDEXES))

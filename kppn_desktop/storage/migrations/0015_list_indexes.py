"""Every list at the speed of its index (issue 15): newest-first indexes that carry every column a
list filters on, one led by nothing (the whole list, by period or officer or state) and one each
led by the category, the channel and the section (a filter on one of those reads only its own
rows). The filter columns ride along in the index, so a list reads the index newest first,
checks each entry against the other filters there (SQLite looks at the table only for rows that
match; PostgreSQL's index-only scan), and stops after a page. See docs/DECISIONS.md.

At 1M consultations (a busy 2-core machine): 34 s on SQLite, 8.6 s on PostgreSQL;
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


def _statistics(db):
    """SQLite: the new indexes' statistics from those of the indexes on their first columns (an
    instant, where ANALYZE takes half a minute at 1M). Without them the planner guesses a few
    rows per category and read whole lists to sort them (16 s for a plain page at 1M) until the
    first PRAGMA optimize. A database never analyzed is left to the planner's defaults."""
    from playhouse.migrate import make_index_name  # noqa: PLC0415

    if not db.table_exists("sqlite_stat1"):
        return
    stats = dict(db.execute_sql("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'consultation'"))
    newest = stats.get("consultation_received_at_id")
    if not newest:
        return
    rows, per_instant = newest.split()[:2]
    for columns in LIST_INDEXES:
        lead = columns[0]
        if lead == "received_at":
            stat = [rows, per_instant] + ["1"] * (len(columns) - 1)
        else:
            single = stats.get(f"consultation_{lead}")
            if single:
                per_value = single.split()[1]
            else:   # the channel had no index: its values counted in the new one
                values = db.execute_sql(f"SELECT COUNT(DISTINCT {lead}) FROM consultation")
                per_value = str(max(1, int(rows) // max(1, values.fetchone()[0])))
            stat = [rows, per_value, per_instant] + ["1"] * (len(columns) - 2)
        name = make_index_name("consultation", columns)
        db.execute_sql("DELETE FROM sqlite_stat1 WHERE idx = ?", (name,))
        db.execute_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('consultation', ?, ?)",
                       (name, " ".join(stat)))
    db.execute_sql("ANALYZE sqlite_schema")     # the planner reads them


def up(migrator, db):
    migrator.migrate(*(migrator.add_index("consultation", columns, False)
                       for columns in LIST_INDEXES))
    if isinstance(db, SqliteDatabase):
        _statistics(db)
    else:
        db.execute_sql("ANALYZE consultation")


def down(migrator, db):
    from playhouse.migrate import make_index_name  # noqa: PLC0415

    migrator.migrate(*(migrator.drop_index("consultation", make_index_name("consultation", columns))
                       for columns in LIST_INDEXES))

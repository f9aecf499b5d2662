"""A cycle row and a missed progress day carry the office of their consultation, and their day
indexes are led by it.

A save counts its days' report sums again (``storage.rollups``): the cycles opened, decided,
stopped and resolved on those days, and the progress days missed on them. The day indexes held
every office's rows: a day of three offices read three times the rows it needed, each looked up
in ``consultation`` to learn its office (9.3 ms a save under twelve desks of three offices), and
one database of 180 KPPNs would read 180. Led by the office, an office's day is one range of each
index. A consultation never moves to another office, so the copy cannot go stale.

The index of a cycle by consultation alone goes too: the unique index by consultation and number
begins with it, and every save rewrites the consultation's cycles, once per index.

SQLite adds the columns with NULL and fills them (it refuses a REFERENCES column with a
default); PostgreSQL adds them, fills them and then makes them NOT NULL."""
from peewee import SqliteDatabase

#: table -> the day columns each led by the office in an index of its own.
DAYS = {
    "consultation_cycle": ("opened_on", "service_decided_on", "stopped_on",
                           "solution_decided_on", "resolved_on"),
    "missed_update": ("day",),
}
#: The single-day indexes these replace had the model's table name; missed_update's the legacy
#: one of the first migrations.
OLD_DAY_NAMES = {"consultation_cycle": "consultation_cycle", "missed_update": "missedupdate"}
BY_CONSULTATION = "consultationcycle_consultation_id"


def _name(table, columns):
    from playhouse.migrate import make_index_name  # noqa: PLC0415

    return make_index_name(table, columns)


def up(migrator, db):
    sqlite = isinstance(db, SqliteDatabase)
    for table, days in DAYS.items():
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN office_id INTEGER REFERENCES office (id)')
        db.execute_sql(f'UPDATE "{table}" SET office_id = (SELECT c.office_id FROM consultation c '
                       f'WHERE c.id = "{table}".consultation_id)')
        if not sqlite:
            db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN office_id SET NOT NULL')
        for day in days:
            db.execute_sql(f'DROP INDEX IF EXISTS "{_name(OLD_DAY_NAMES[table], (day,))}"')
            db.execute_sql(f'CREATE INDEX "{_name(table, ("office_id", day))}" ON "{table}" '
                           f'(office_id, "{day}")')
    db.execute_sql(f'DROP INDEX IF EXISTS "{BY_CONSULTATION}"')
    # SQLite: a database analyzed before gets the new indexes' statistics at once.
    if sqlite and db.table_exists("sqlite_stat1"):
        for table in DAYS:
            db.execute_sql(f'ANALYZE "{table}"')


def down(migrator, db):
    db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{BY_CONSULTATION}" ON "consultation_cycle" '
                   '(consultation_id)')
    for table, days in DAYS.items():
        for day in days:
            db.execute_sql(f'DROP INDEX IF EXISTS "{_name(table, ("office_id", day))}"')
            db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{_name(OLD_DAY_NAMES[table], (day,))}" '
                           f'ON "{table}" ("{day}")')
        migrator.migrate(migrator.drop_column(table, "office_id"))

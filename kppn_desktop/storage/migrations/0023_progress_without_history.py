"""A consultation gains the two days a report needs of its current cycle's progress clock while
it is open: the office-local day it was escalated on, and the working day its latest update
counts for. A partial index of the open escalations holds every column the report's count
reads, led by office and solution deadline (the Kanwil's list of those past it). A report
counted each open escalation's missed updates from its history (12 µs each, 7 ms for an
office's 585 at 1M, ten times that for a Kanwil of ten); now it counts them per group of
escalations with the same office, section and two days, from that index alone. Every
consultation's clocks are counted again once the upgrade is done, which fills the days."""
from peewee import DateField, SqliteDatabase

from kppn_desktop.storage import schema

COLUMNS = ("escalated_on", "credited_on")
NAME = "consultation_open_escalations"


def up(migrator, db):
    migrator.migrate(*(migrator.add_column("consultation", name, DateField(null=True))
                       for name in COLUMNS))
    db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{NAME}" ON "consultation" ("office_id", '
                   '"solution_due_at", "section_id", "escalated_on", "credited_on", '
                   "\"escalated_at\", \"cycle\", \"state\") WHERE (\"state\" = 'dieskalasi')")
    # SQLite: a database analyzed before gets this index's statistics at once (a read of the
    # index alone); one never analyzed is left to the planner's defaults, as for every index.
    if isinstance(db, SqliteDatabase) and db.table_exists("sqlite_stat1"):
        db.execute_sql(f'ANALYZE "{NAME}"')
    schema.recount_after("clock_columns")


def down(migrator, db):
    db.execute_sql(f'DROP INDEX IF EXISTS "{NAME}"')
    migrator.migrate(*(migrator.drop_column("consultation", name) for name in COLUMNS))

"""A partial index of an office's consultations ever escalated, by the instant they were resolved,
with their day of receipt. The Kanwil's list of escalations overdue at a past cut-off recounts
the escalations open then and resolved since (``reports._open_then``): through 0020's index it
read every resolution of the office since the cut-off (20,000 for a past month at 1M, 3.5 ms
an office); through this one only the escalations among them (about a quarter in the sample,
a few in an office)."""

from peewee import SqliteDatabase

NAME = "consultation_escalated_resolved_since"


def up(migrator, db):
    db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{NAME}" ON "consultation" '
                   '("office_id", "resolved_at", "received_date") WHERE "escalated_at" IS NOT NULL')
    # SQLite: a database analyzed before gets this index's statistics at once (a read of the
    # index alone); one never analyzed is left to the planner's defaults, as for every index.
    if isinstance(db, SqliteDatabase) and db.table_exists("sqlite_stat1"):
        db.execute_sql(f'ANALYZE "{NAME}"')


def down(migrator, db):
    db.execute_sql(f'DROP INDEX IF EXISTS "{NAME}"')

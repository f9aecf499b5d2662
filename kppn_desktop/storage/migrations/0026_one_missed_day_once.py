"""A missed progress day is stored once: a unique index of ``missed_update`` by consultation,
cycle and day, in place of the index by consultation alone (its prefix). The Kanwil's and an
office's report take an open escalation's stored missed days off the days it counts from its
two clock columns (migration 0023): a day stored twice would be taken off twice. The services
always wrote each cycle's days from a set; rows stored twice by any other writer are removed
first, the oldest kept, and then the report sums, which counted them twice, are counted again
once the upgrade is done."""

from peewee import SqliteDatabase

from kppn_desktop.storage import schema

NAME = "missedupdate_consultation_id_cycle_day"
OLD = "missedupdate_consultation_id"


def up(migrator, db):
    # Each row with an older twin goes, found through the index by consultation (a NOT IN of
    # every group's oldest id turns quadratic on PostgreSQL past about 1.5M rows).
    cursor = db.execute_sql(
        'DELETE FROM "missed_update" WHERE EXISTS (SELECT 1 FROM "missed_update" AS "o" '
        'WHERE "o"."consultation_id" = "missed_update"."consultation_id" '
        'AND "o"."cycle" = "missed_update"."cycle" AND "o"."day" = "missed_update"."day" '
        'AND "o"."id" < "missed_update"."id")')
    if cursor.rowcount:
        schema.recount_after("report_sums")
    db.execute_sql(f'CREATE UNIQUE INDEX IF NOT EXISTS "{NAME}" ON "missed_update" '
                   '("consultation_id", "cycle", "day")')
    db.execute_sql(f'DROP INDEX IF EXISTS "{OLD}"')
    # SQLite: a database analyzed before gets this index's statistics at once.
    if isinstance(db, SqliteDatabase) and db.table_exists("sqlite_stat1"):
        db.execute_sql(f'ANALYZE "{NAME}"')


def down(migrator, db):
    db.execute_sql(f'CREATE INDEX IF NOT EXISTS "{OLD}" ON "missed_update" ("consultation_id")')
    db.execute_sql(f'DROP INDEX IF EXISTS "{NAME}"')

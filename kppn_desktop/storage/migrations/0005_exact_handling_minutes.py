"""Handling minutes kept exact: they were stored rounded to 0.01 and rounded again to 0.1 when
shown (16.048 -> 16.05 -> 16.1). On PostgreSQL the minutes and their sums become double precision
(a REAL keeps about 7 digits: 16.05 would read 16.0499992); SQLite's REAL is double already. Every
consultation's clock columns are recomputed from its history, and the report sums after them."""
from peewee import SqliteDatabase

from kppn_desktop.storage import schema


def up(migrator, db):
    if not isinstance(db, SqliteDatabase):
        db.execute_sql("ALTER TABLE consultation ALTER COLUMN service_minutes "
                       "TYPE DOUBLE PRECISION")
        db.execute_sql("ALTER TABLE report_rollup ALTER COLUMN minutes_sum TYPE DOUBLE PRECISION")
    schema.recount_after('clock_columns')


def down(migrator, db):
    pass    # exact minutes serve the older version as well

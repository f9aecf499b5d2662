"""Handling time per cycle: each cycle keeps its own handling minutes, which the report's
"<= 20 menit" split, average and 90th percentile all describe (DOMAIN.md). The consultation's
column keeps its latest cycle's (the receipt of a resolution shows it), no longer the sum of all
cycles. Every consultation's clocks are recounted."""
from peewee import DoubleField

from kppn_desktop.storage import schema


def up(migrator, db):
    migrator.migrate(migrator.add_column('consultation_cycle', 'service_minutes',
                                         DoubleField(null=True)))
    schema.recount_after('clock_columns')


def down(migrator, db):
    migrator.migrate(migrator.drop_column('consultation_cycle', 'service_minutes'))

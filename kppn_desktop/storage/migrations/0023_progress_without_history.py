"""An escalated cycle's row gains the two days a report needs of its progress clock while it is
open: the office-local day it was escalated on, and the working day its latest update counts
for. A report counted each open escalation's missed updates from its history (12 µs each, 7 ms
for an office's 585 at 1M, ten times that for a Kanwil of ten); now it counts them per group of
escalations with the same two days, in SQL. Every consultation's clocks are counted again once
the upgrade is done, which fills them."""
from peewee import DateField

from kppn_desktop.storage import schema

COLUMNS = ("escalated_on", "credited_on")


def up(migrator, db):
    migrator.migrate(*(migrator.add_column("consultation_cycle", name, DateField(null=True))
                       for name in COLUMNS))
    schema.recount_after("clock_columns")


def down(migrator, db):
    migrator.migrate(*(migrator.drop_column("consultation_cycle", name) for name in COLUMNS))

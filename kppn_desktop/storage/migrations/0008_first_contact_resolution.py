"""First-contact resolution in the report's running sums: consultations whose first cycle was
answered within its target without an escalation. The sums are counted again."""
from peewee import IntegerField

from kppn_desktop.storage import schema


def up(migrator, db):
    migrator.migrate(migrator.add_column('report_rollup', 'first_contact',
                                         IntegerField(default=0)))
    schema.recount_after('report_sums')


def down(migrator, db):
    migrator.migrate(migrator.drop_column('report_rollup', 'first_contact'))

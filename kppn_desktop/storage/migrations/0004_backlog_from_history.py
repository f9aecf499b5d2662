"""The backlog as the history stood at the cut-off: the report sums count every resolution and
reopening of a day from the event history (not only a consultation's last resolution), so a
consultation resolved in a period and reopened after it was resolved at that period's end. An index
on the events' kind and time for those counts; the sums counted again."""
from kppn_desktop.storage import schema


def up(migrator, db):
    migrator.migrate(migrator.add_index('event', ('kind', 'at'), False))
    schema.recount_after('report_sums')


def down(migrator, db):
    migrator.migrate(migrator.drop_index('event', 'event_kind_at'))

"""The handling minutes' histogram of the running sums gains a second dimension, per whole minute
(``storage.rollups.WHOLE_MINUTES``), beside the tenths. A percentile reads the whole minutes,
then ten tenths; it read every tenth of the period (12 ms of a 20 ms Kanwil report of ten
offices for a year). No table changes; the sums are counted again once the upgrade is done."""

from kppn_desktop.storage import schema


def up(migrator, db):
    schema.recount_after("report_sums")


def down(migrator, db):
    schema.recount_after("report_sums")

"""The running sums gain year rows for the dimensions the counts up to a day read
(``storage.rollups.YEAR_DIMENSIONS``: arrivals, resolutions, reopenings). The backlog and the
clocks not decided by a period's end are the sums since an office began: one row per month and
dimension, 48 a dimension for four years, 3.4 ms for a Kanwil of ten offices, and twelve more
every year. Now a whole year is one row. No table changes; the sums are counted again once the
upgrade is done."""

from kppn_desktop.storage import schema


def up(migrator, db):
    schema.recount_after("report_sums")


def down(migrator, db):
    schema.recount_after("report_sums")

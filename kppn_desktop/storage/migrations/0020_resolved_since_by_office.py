"""An index of an office's consultations by the instant they were resolved, with their day of
receipt. A report of a past period recounts the consultations open at its cut-off and resolved
since (``reports._open_then``): through the ``resolved_at`` index it read every resolution of any
office after the cut-off and checked each one's office and day of receipt in the table, 20 ms
for a past month at 1M consultations (28,000 resolutions since). Through this one it reads the
office's resolutions since and checks the day of receipt in the index: 4.7 ms."""

from peewee import SqliteDatabase
from playhouse.migrate import make_index_name

COLUMNS = ("office_id", "resolved_at", "received_date")
NAME = make_index_name("consultation", COLUMNS)


def _statistics(db):
    """SQLite: the new index's statistics from those of the office's and of ``resolved_at``
    (ANALYZE takes half a minute at 1M), as migration 0015 gives its own. Without them the
    planner took an office's consultations to be a few rows and led every query naming an
    office with this index: the library's share of a month's answers read the office's 1M
    consultations (590 ms) instead of the month's answers. A database never analyzed is left to
    the planner's defaults."""
    if not db.table_exists("sqlite_stat1"):
        return
    stats = dict(db.execute_sql("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'consultation'"))
    office, resolved = stats.get("consultation_office_id_state"), stats.get(
        "consultation_resolved_at")
    if not office or not resolved:
        return
    rows, per_office = office.split()[:2]
    stat = " ".join([rows, per_office, resolved.split()[1], "1"])
    db.execute_sql("DELETE FROM sqlite_stat1 WHERE idx = ?", (NAME,))
    db.execute_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('consultation', ?, ?)",
                   (NAME, stat))
    db.execute_sql("ANALYZE sqlite_schema")     # the planner reads them


def up(migrator, db):
    migrator.migrate(migrator.add_index("consultation", COLUMNS, False))
    if isinstance(db, SqliteDatabase):
        _statistics(db)


def down(migrator, db):
    migrator.migrate(migrator.drop_index("consultation", NAME))

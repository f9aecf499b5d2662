"""Several offices in one database (issue 14): a Kanwil and its KPPNs.

The office gains its kind ('kppn' or 'kanwil') and its parent (the Kanwil of a KPPN). Every root
row gains the office it belongs to: user, section, category, closure, hours override, stakeholder,
consultation, report sum, issued report, FAQ entry (a visit had one already; a number sequence is
keyed by the office's code). Settings gain ``office_id`` (0: the whole database's). Child rows
(cycles, missed updates, attachments, escalations, progress, document requests, resolutions,
personal texts) belong to an office through their consultation. The history is not touched: an
event belongs to the office of its consultation, else of its actor (docs/DECISIONS.md).

An existing database has one office: every row gets it. A database with rows but no office
profile yet (users made before the first-run setup) gets a placeholder office to own them.

The unique keys that were the database's become the office's (a section code, a category name,
a closure's day, a setting, a report sum), and the newest-first list indexes of 0015 are made
again led by the office, so a list of one office stays a range of one index.

Measured (docs/DECISIONS.md): SQLite adds the columns with NULL and fills them (an UPDATE of
every row; SQLite refuses a REFERENCES column with a default); PostgreSQL adds them NOT NULL with
the office as a constant default (no rewrite of the table) and drops the default after."""
from peewee import SqliteDatabase

#: The tables whose rows belong to an office of their own.
ROOT_TABLES = ("user", "section", "category", "closure", "hours_override", "stakeholder",
               "consultation", "report_rollup", "issued_report", "faq_entry")

OLD_LIST_INDEXES = (
    ("received_at", "id", "state", "channel", "category_id", "officer_id", "section_id",
     "received_date"),
    ("category_id", "received_at", "id", "state", "channel", "officer_id", "section_id",
     "received_date"),
    ("channel", "received_at", "id", "state", "category_id", "officer_id", "section_id",
     "received_date"),
    ("section_id", "received_at", "id", "state", "channel", "category_id", "officer_id",
     "received_date"),
)
LIST_INDEXES = tuple(("office_id", *columns) for columns in OLD_LIST_INDEXES)
OPEN_INDEX = ("office_id", "state")

#: table -> (old unique columns, new unique columns)
UNIQUES = {
    "section": (("code",), ("office_id", "code")),
    "category": (("name",), ("office_id", "name")),
    "closure": (("day",), ("office_id", "day")),
    "setting": (("key",), ("office_id", "key")),
    "report_rollup": (("period", "dimension", "start", "key"),
                      ("office_id", "period", "dimension", "start", "key")),
}
#: Plain indexes of the office column where no composite one leads with it.
OFFICE_INDEXES = (("user", "office_id"), ("stakeholder", "office_id"),
                  ("hours_override", "office_id"), ("faq_entry", "office_id"),
                  ("office", "parent_id"))
ISSUED_OLD = ("period_start", "period_end", "issued_at")
ISSUED_NEW = ("office_id", *ISSUED_OLD)

#: The names the first migrations gave some of these indexes (their models had the legacy table
#: names: 'reportrollup_…', 'issuedreport_…').
LEGACY = {"report_rollup": "reportrollup", "issued_report": "issuedreport"}

_SYSTEM_SETTINGS = ("substr(key, 1, 15) = 'schema.recount.' OR key = 'sample.office'")


def _name(table, columns):
    from playhouse.migrate import make_index_name  # noqa: PLC0415

    return make_index_name(table, columns)


def _old_name(table, columns):
    """The name an index of the first migrations has (see LEGACY)."""
    return _name(LEGACY.get(table, table), columns)


def _quoted(table):
    return f'"{table}"'


def _owner(db):
    """The office every existing row belongs to (made when rows exist but no office does)."""
    row = db.execute_sql("SELECT MIN(id) FROM office").fetchone()
    if row and row[0] is not None:
        return row[0]
    if not any(db.execute_sql(f"SELECT 1 FROM {_quoted(t)} LIMIT 1").fetchone()
               for t in ROOT_TABLES):
        return None
    db.execute_sql("INSERT INTO office (code, name, office_type, full_name, address, city, phone, "
                   "email, website, kanwil, timezone, head_name, head_nip, version) VALUES "
                   "('000', 'Kantor', 'A2', '', '', '', '', '', '', '', 'Asia/Makassar', '', '', 1)")
    return db.execute_sql("SELECT MIN(id) FROM office").fetchone()[0]


def _statistics(db):
    """SQLite: the new list indexes' statistics from the old ones' (ANALYZE takes half a minute
    at 1M; without statistics the planner reads whole lists to sort them). One office leads each:
    as many rows per office as the table holds (an existing database has one)."""
    if not db.table_exists("sqlite_stat1"):
        return
    stats = dict(db.execute_sql("SELECT idx, stat FROM sqlite_stat1 WHERE tbl = 'consultation'"))
    for old, new in zip(OLD_LIST_INDEXES, LIST_INDEXES):
        stat = stats.get(_name("consultation", old))
        if not stat:
            continue
        parts = stat.split()
        offices = db.execute_sql("SELECT COUNT(*) FROM office").fetchone()[0] or 1
        per_office = str(max(1, int(parts[0]) // offices))
        db.execute_sql("DELETE FROM sqlite_stat1 WHERE idx = ?", (_name("consultation", new),))
        db.execute_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('consultation', ?, ?)",
                       (_name("consultation", new), " ".join([parts[0], per_office, *parts[1:]])))
    rows = stats.get("consultation_state_received_date")
    if rows:
        total, per_state = rows.split()[:2]
        db.execute_sql("DELETE FROM sqlite_stat1 WHERE idx = ?", (_name("consultation", OPEN_INDEX),))
        db.execute_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('consultation', ?, ?)",
                       (_name("consultation", OPEN_INDEX), f"{total} {total} {per_state}"))
    db.execute_sql("ANALYZE sqlite_schema")


def up(migrator, db):
    sqlite = isinstance(db, SqliteDatabase)
    db.execute_sql("ALTER TABLE office ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'kppn'")
    db.execute_sql("ALTER TABLE office ADD COLUMN parent_id INTEGER REFERENCES office (id) "
                   "ON DELETE SET NULL")
    owner = _owner(db)
    for table in ROOT_TABLES:
        if sqlite:
            db.execute_sql(f"ALTER TABLE {_quoted(table)} ADD COLUMN office_id INTEGER "
                           "REFERENCES office (id)")
            if owner is not None:
                db.execute_sql(f"UPDATE {_quoted(table)} SET office_id = ?", (owner,))
        elif owner is not None:
            # A constant default: no rewrite of the table; the default goes once it is filled.
            db.execute_sql(f"ALTER TABLE {_quoted(table)} ADD COLUMN office_id INTEGER NOT NULL "
                           f"DEFAULT {int(owner)} REFERENCES office (id)")
            db.execute_sql(f"ALTER TABLE {_quoted(table)} ALTER COLUMN office_id DROP DEFAULT")
        else:
            db.execute_sql(f"ALTER TABLE {_quoted(table)} ADD COLUMN office_id INTEGER NOT NULL "
                           "REFERENCES office (id)")
    db.execute_sql("ALTER TABLE setting ADD COLUMN office_id INTEGER NOT NULL DEFAULT 0")
    if owner is not None:
        db.execute_sql(f"UPDATE setting SET office_id = {int(owner)} WHERE NOT ({_SYSTEM_SETTINGS})")
    for table, (old, new) in UNIQUES.items():
        db.execute_sql(f"DROP INDEX IF EXISTS {_old_name(table, old)}")
        db.execute_sql(f"CREATE UNIQUE INDEX {_name(table, new)} ON {_quoted(table)} "
                       f"({', '.join(_quoted(c) for c in new)})")
    db.execute_sql(f"DROP INDEX IF EXISTS {_old_name('issued_report', ISSUED_OLD)}")
    db.execute_sql(f"CREATE INDEX {_name('issued_report', ISSUED_NEW)} ON issued_report "
                   f"({', '.join(ISSUED_NEW)})")
    for table, column in OFFICE_INDEXES:
        db.execute_sql(f"CREATE INDEX {_name(table, (column,))} ON {_quoted(table)} ({column})")
    for columns in OLD_LIST_INDEXES:
        db.execute_sql(f"DROP INDEX IF EXISTS {_name('consultation', columns)}")
    for columns in (*LIST_INDEXES, OPEN_INDEX):
        db.execute_sql(f"CREATE INDEX {_name('consultation', columns)} ON consultation "
                       f"({', '.join(columns)})")
    if sqlite:
        _statistics(db)
    else:
        db.execute_sql("ANALYZE consultation")


def down(migrator, db):
    for table, column in OFFICE_INDEXES:
        db.execute_sql(f"DROP INDEX IF EXISTS {_name(table, (column,))}")
    for columns in (*LIST_INDEXES, OPEN_INDEX):
        db.execute_sql(f"DROP INDEX IF EXISTS {_name('consultation', columns)}")
    for columns in OLD_LIST_INDEXES:
        db.execute_sql(f"CREATE INDEX {_name('consultation', columns)} ON consultation "
                       f"({', '.join(columns)})")
    db.execute_sql(f"DROP INDEX IF EXISTS {_name('issued_report', ISSUED_NEW)}")
    db.execute_sql(f"CREATE INDEX {_old_name('issued_report', ISSUED_OLD)} ON issued_report "
                   f"({', '.join(ISSUED_OLD)})")
    for table, (old, new) in UNIQUES.items():
        db.execute_sql(f"DROP INDEX IF EXISTS {_name(table, new)}")
        # Back to one office: the first one's rows keep the old unique keys.
        if table == "setting":
            db.execute_sql("DELETE FROM setting WHERE id NOT IN "
                           "(SELECT MIN(id) FROM setting GROUP BY key)")
        elif table == "report_rollup":
            db.execute_sql("DELETE FROM report_rollup WHERE office_id <> "
                           "(SELECT MIN(id) FROM office)")
        db.execute_sql(f"CREATE UNIQUE INDEX {_old_name(table, old)} ON {_quoted(table)} "
                       f"({', '.join(_quoted(c) for c in old)})")
    for table in (*ROOT_TABLES, "setting"):
        migrator.migrate(migrator.drop_column(table, "office_id"))
    migrator.migrate(migrator.drop_column("office", "parent_id"), migrator.drop_column("office", "kind"))

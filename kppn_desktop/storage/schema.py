"""Applying the numbered migrations in ``storage/migrations`` (at start-up and by ``db upgrade``).

Start-up only compares the migration files with the names recorded in ``schema_migration``;
``playhouse.migrations`` (which loads the PostgreSQL extensions, about 0.2 s) is imported only
when there is something to apply."""

from __future__ import annotations

import logging
from pathlib import Path

from kppn_desktop.storage.database import db

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HISTORY_TABLE = "schema_migration"


def _runner():
    from playhouse.migrations import Runner  # noqa: PLC0415

    return Runner(db.obj, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def _files() -> list[str]:
    return sorted(p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py"))


def pending() -> list[str]:
    """Names of migrations not yet applied to the open database."""
    if not db.table_exists(HISTORY_TABLE):
        return _files()
    applied = {name for (name,) in db.execute_sql(f"SELECT name FROM {HISTORY_TABLE}")}
    return [name for name in _files() if name not in applied]


def upgrade() -> list[str]:
    """Apply every pending migration in order, each in its own transaction; returns their names."""
    if not pending():
        return []
    applied = _runner().up()
    for name in applied:
        log.info("migration applied: %s", name)
    return applied

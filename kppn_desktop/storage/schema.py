"""Applying the numbered migrations in ``storage/migrations`` (at start-up and by ``db upgrade``)."""

from __future__ import annotations

import logging
from pathlib import Path

from playhouse.migrations import Runner

from kppn_desktop.storage.database import db

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HISTORY_TABLE = "schema_migration"


def _runner() -> Runner:
    return Runner(db.obj, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def pending() -> list[str]:
    """Names of migrations not yet applied to the open database."""
    return [m.name for m in _runner().status() if m.path is not None and not m.applied]


def upgrade() -> list[str]:
    """Apply every pending migration in order, each in its own transaction; returns their names."""
    applied = _runner().up()
    for name in applied:
        log.info("migration applied: %s", name)
    return applied

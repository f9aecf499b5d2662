"""Backups and restores of the office database (``storage.backup`` does the engine's work): who
may, where they go, and the history's record of each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kppn_desktop.domain import workflow
from kppn_desktop.domain.errors import KppnError
from kppn_desktop.services.context import Actor, audit, require, transaction
from kppn_desktop.storage import backup as engine
from kppn_desktop.storage.database import current_database, default_sqlite_path

FOLDER = "cadangan"


def default_folder() -> Path:
    """Beside the SQLite file (the computer that holds it keeps its backups), else in this
    computer's application data."""
    info = current_database()
    if info is not None and info.is_sqlite:
        return Path(info.url[len("sqlite:///"):]).resolve().parent / FOLDER
    return default_sqlite_path().parent / FOLDER


def make_backup(actor: Actor | None, folder: Path | None = None,
                now: dt.datetime | None = None) -> engine.Backup:
    """A backup of the open database, checked after writing, recorded in the history. A backup
    holds every personal record: the administrator's task. ``actor`` None: the command line of
    a database without users."""
    if actor is not None:
        require(actor, workflow.Action.MANAGE_OFFICE)
    info = current_database()
    if info is None:
        raise KppnError("Tidak ada basis data yang terbuka.")
    made = engine.backup(info.url, folder or default_folder(), now)
    with transaction():
        audit(actor, "cadangan", "cadangan dibuat", berkas=made.path.name, ukuran=made.size)
    return made

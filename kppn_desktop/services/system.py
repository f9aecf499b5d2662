"""The database connection as the GUI sees it: open at start-up, one connection per thread, and a
cheap marker that changes whenever any workstation writes (so windows can refresh)."""

from __future__ import annotations

from kppn_desktop.storage import database
from kppn_desktop.storage.database import DatabaseInfo
from kppn_desktop.storage.models import ChainHead


def open_database(url: str | None = None) -> DatabaseInfo:
    """Open the database (URL, else $KPPN_DATABASE_URL, else the default SQLite file) and apply
    pending migrations."""
    return database.open_database(url)


def current_database() -> DatabaseInfo | None:
    return database.current_database()


def close_database() -> None:
    database.close_database()


def release_thread_connection() -> None:
    """Close this thread's connection (worker threads call it when their job ends)."""
    if database.db.obj is not None and not database.db.is_closed():
        database.db.close()


def change_marker() -> int:
    """The number of the last event in the history: every change of any workstation appends one."""
    return ChainHead.select(ChainHead.seq).where(ChainHead.id == 1).scalar() or 0

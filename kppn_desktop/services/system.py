"""The database connection as the GUI sees it: open at start-up, one connection per thread, and a
cheap marker that changes whenever any workstation writes (so windows can refresh)."""

from __future__ import annotations

from peewee import JOIN

from kppn_desktop.storage import database, schema, watch
from kppn_desktop.storage.database import DatabaseInfo
from kppn_desktop.storage.models import ChainHead, Consultation, Event, User
from kppn_desktop.storage.office_rules import office_of
from kppn_desktop.storage.watch import Watcher


def open_database(url: str | None = None, *, migrate: bool = True) -> DatabaseInfo:
    """Open the database (URL, else $KPPN_DATABASE_URL, else the default SQLite file) and apply
    pending migrations (unless ``migrate`` is False: the window then upgrades it on a worker,
    :func:`upgrade_database`). A database upgraded by a newer version is refused either way."""
    info = database.open_database(url, migrate=migrate)
    if not migrate:
        try:
            schema.check_not_newer()
        except Exception:
            database.close_database()
            raise
    return info


def needs_upgrade() -> bool:
    """The open database is older than this version (or a stopped upgrade left work)."""
    return schema.needs_upgrade()


def upgrade_database(progress=None) -> list[str]:
    """Bring the open database up to this version (``schema.upgrade``; ``progress(step, done,
    total)``). Each migration is its own transaction: a stop in the middle resumes at the next
    start."""
    return schema.upgrade(progress)


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


#: Beyond this many events since the last look, every view reloads instead of the touched ones.
CHANGES_LIMIT = 500


def changes_since(marker: int, office_id: int | None = None) -> tuple[int, frozenset[int] | None]:
    """(the marker now, the consultations of office ``office_id`` (None: the default office)
    whose history grew since ``marker``). None instead of the set when something else of the
    office changed too (an administration event: calendar, categories, users; or one of the
    system) or too much to name: then every view reloads. Another office's events are not
    named: an event is an office's through its consultation, else through its actor."""
    now = change_marker()
    if now == marker:
        return now, frozenset()
    office = office_of(office_id)
    rows = list(Event.select(Event.consultation)
                .join_from(Event, Consultation, JOIN.LEFT_OUTER)
                .join_from(Event, User, JOIN.LEFT_OUTER, on=(Event.actor == User.id))
                .where(Event.seq > marker, Event.seq <= now,
                       (Consultation.office == office)
                       | (Event.consultation.is_null()
                          & ((User.office == office) | Event.actor.is_null())))
                .limit(CHANGES_LIMIT + 1).tuples())
    if len(rows) > CHANGES_LIMIT or any(cid is None for (cid,) in rows):
        return now, None
    return now, frozenset(cid for (cid,) in rows)


def change_watcher() -> Watcher | None:
    """A watcher that says when another connection (another workstation, another process)
    committed a change to the open database (``storage.watch``); None when nothing is open."""
    info = database.current_database()
    if info is None or info.url.endswith(":memory:"):
        return None
    return watch.watcher_for(info.url, info.engine)

"""Being told that another workstation changed something, without reading the tables again.

PostgreSQL: every transaction that appends to the history sends ``NOTIFY kppn_perubahan`` (a
statement trigger of migration 0017, so it is delivered at commit, once per transaction, and never
for a transaction rolled back); a watcher holds a connection of its own that ``LISTEN``s.
SQLite: ``PRAGMA data_version`` on a connection of the watcher's own changes whenever another
connection commits to the file (any process); it is read a few times a second, which costs a
page-cache lookup, not a query of the tables.

A watcher only says "something changed"; what changed is read by ``system.changes_since``."""

from __future__ import annotations

import logging
import sqlite3
import threading
import time

from kppn_desktop.storage.database import pg_connect_args, sqlite_file

log = logging.getLogger(__name__)

#: The PostgreSQL notification channel (migration 0017).
CHANNEL = "kppn_perubahan"
#: How often a SQLite watcher looks at ``data_version`` (seconds).
SQLITE_EVERY = 0.2


class Watcher:
    """``wait(timeout)``: True as soon as another connection committed a change, False when
    ``timeout`` seconds passed without one (or the database could not be reached: the watcher
    connects again on the next call). ``close()`` from any thread ends a ``wait`` early."""

    def __init__(self) -> None:
        self._closed = threading.Event()

    def wait(self, timeout: float) -> bool:
        raise NotImplementedError

    def close(self) -> None:
        self._closed.set()

    def release(self) -> None:
        """Close the watcher's connection (from the watching thread, once it stopped waiting)."""

    @property
    def closed(self) -> bool:
        return self._closed.is_set()


class SqliteWatcher(Watcher):
    def __init__(self, path: str):
        super().__init__()
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None

    def _read(self) -> int:
        if self._conn is None:
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                         check_same_thread=False, timeout=1)
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def wait(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while not self.closed:
            try:
                version = self._read()
            except sqlite3.Error:
                log.debug("data_version unreadable", exc_info=True)
                self._drop()
                version = None
            if version is not None:
                if self._version is None:
                    self._version = version
                elif version != self._version:
                    self._version = version
                    return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self._closed.wait(min(SQLITE_EVERY, left))
        return False

    def _drop(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None

    def release(self) -> None:
        self._drop()


class PostgresWatcher(Watcher):
    def __init__(self, url: str):
        super().__init__()
        self.url = url
        self._conn = None

    def _connect(self):
        import psycopg  # noqa: PLC0415 - only on PostgreSQL

        conn = psycopg.connect(**pg_connect_args(self.url), application_name="kppn-desktop-watch",
                               autocommit=True)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def wait(self, timeout: float) -> bool:
        if self.closed:
            return False
        deadline = time.monotonic() + timeout
        try:
            if self._conn is None:
                self._conn = self._connect()
            # Short slices, so that close() is noticed soon.
            while not self.closed:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                for _note in self._conn.notifies(timeout=min(left, 0.5), stop_after=1):
                    return True
        except Exception:
            log.debug("change notifications interrupted", exc_info=True)
            self.release()
            self._closed.wait(max(0.0, deadline - time.monotonic()))
        return False

    def release(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001 - closing a broken connection
                pass
            self._conn = None


def watcher_for(url: str, engine: str) -> Watcher:
    """A watcher of the database at ``url`` (as opened: ``DatabaseInfo.url``)."""
    if engine == "sqlite":
        return SqliteWatcher(sqlite_file(url))
    return PostgresWatcher(url)

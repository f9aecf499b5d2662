"""Opening the one database of the application from a URL.

``sqlite:///path`` (the embedded default: WAL with full durability, foreign keys, busy timeout,
writers take the lock at BEGIN so that two workstations never fail half-way through a transaction) or
``postgresql://user:password@host:port/dbname`` for several workstations (psycopg 3).
"""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlparse

import peewee
from platformdirs import user_data_dir
from playhouse.pool import PooledPostgresqlDatabase
from playhouse.shortcuts import ReconnectMixin

from kppn_desktop.domain.errors import KppnError
from kppn_desktop.domain.texts import N_

log = logging.getLogger(__name__)

#: The handle every model is bound to; opened at start-up, never at import.
db = peewee.DatabaseProxy()

ENV_URL = "KPPN_DATABASE_URL"
APP_DIR_NAME = "KPPN Desktop"


class DatabaseUrlError(KppnError):
    """The database URL cannot be understood."""


def default_sqlite_path() -> Path:
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False)) / "kppn.sqlite3"


def resolve_url(url: str | None) -> str:
    """The URL to use: the one given, else ``$KPPN_DATABASE_URL``, else the default SQLite file."""
    return url or os.environ.get(ENV_URL) or f"sqlite:///{default_sqlite_path()}"


@dataclass(frozen=True)
class DatabaseInfo:
    url: str
    engine: str          # 'sqlite' or 'postgresql'
    display: str         # safe to show: no password
    warning: str = ""    # e.g. a SQLite file on a network share

    @property
    def is_sqlite(self) -> bool:
        return self.engine == "sqlite"


#: File systems of network shares: SQLite's locking is not safe on them with several writers.
NETWORK_FILESYSTEMS = frozenset({"cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "9p",
                                 "afs", "ncpfs", "glusterfs", "ceph", "fuse.gvfsd-fuse"})
NETWORK_WARNING = ("Berkas basis data SQLite ini berada di folder jaringan ({kind}). SQLite tidak "
                   "aman dipakai beberapa komputer sekaligus di folder jaringan: data dapat rusak. "
                   "Untuk beberapa meja layanan gunakan server PostgreSQL (lihat README, "
                   "'kppn-desktop db copy --to postgresql://…').")


def network_share(path: Path, mounts: str | None = None) -> str | None:
    """The network file system ``path`` lies on ('cifs', 'nfs4', 'UNC', …), None when local.
    ``mounts``: the text of /proc/mounts (read when None, on Linux)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "UNC"
    if os.name == "nt":
        import ctypes  # noqa: PLC0415

        drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
        return "jaringan" if ctypes.windll.kernel32.GetDriveTypeW(drive) == 4 else None
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text()
        except OSError:
            return None
    resolved = os.path.realpath(text)
    best, kind = "", None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = resolved == point or resolved.startswith(point.rstrip("/") + "/")
        if inside and len(point) > len(best):
            best, kind = point, parts[2]
    return kind if kind in NETWORK_FILESYSTEMS else None


def sqlite_file(url: str) -> str:
    """The file a ``sqlite:///…`` URL names, as given (relative or absolute, ``%``-escapes
    decoded)."""
    return unquote(url[len("sqlite:///"):])


def make_database(url: str) -> tuple[peewee.Database, DatabaseInfo]:
    """Build (not connect) a peewee database for ``url``."""
    parsed = urlparse(url)
    scheme = parsed.scheme.lower()
    if scheme == "sqlite":
        # As in SQLAlchemy and peewee: sqlite:///relative.db, sqlite:////absolute.db,
        # sqlite:///C:/absolute.db on Windows.
        if not url.lower().startswith("sqlite:///"):
            raise DatabaseUrlError("URL SQLite ditulis sqlite:///berkas atau sqlite:////jalur/absolut")
        path = sqlite_file(url)
        if not path:
            raise DatabaseUrlError("URL SQLite harus menyebut berkas, mis. sqlite:///data/kppn.sqlite3")
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        database = peewee.SqliteDatabase(
            path,
            # synchronous=full: in WAL mode 'normal' may lose the last commits at a power cut
            # (SQLite's documentation), and a consultation whose slip was printed must survive
            # one. Measured: about +10 % per save (25-29 ms -> 27-32 ms on this machine).
            pragmas={"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 15000,
                     "synchronous": "full"},
            timeout=15,
            lock_type="IMMEDIATE",
        )
        share = network_share(Path(path)) if path != ":memory:" else None
        return database, DatabaseInfo(url, "sqlite", f"SQLite: {path}",
                                      NETWORK_WARNING.format(kind=share) if share else "")
    if scheme in ("postgresql", "postgres"):
        _give_peewee_psycopg()
        if not parsed.path.strip("/"):
            raise DatabaseUrlError("URL PostgreSQL harus menyebut nama basis data, "
                                   "mis. postgresql://kppn@server:5432/kppn")
        args = pg_connect_args(url)
        database = ReconnectingPostgresqlDatabase(
            args.pop("dbname"),
            # Each worker job takes a connection from the pool and gives it back when it ends
            # (``system.release_thread_connection``) instead of connecting and logging in again.
            max_connections=POOL_SIZE, timeout=30, stale_timeout=1800,
            prefer_psycopg3=True,
            application_name="kppn-desktop",
            **args,
        )
        host = parsed.hostname or "localhost"
        shown = f"PostgreSQL: {parsed.username + '@' if parsed.username else ''}{host}" \
                f"{':' + str(parsed.port) if parsed.port else ''}/{parsed.path.lstrip('/')}"
        return database, DatabaseInfo(url, "postgresql", shown)
    raise DatabaseUrlError(N_("Alamat basis data tidak dikenal: {scheme}. Gunakan sqlite:///… "
                              "atau postgresql://…"), scheme=scheme or repr(url))


#: libpq's connection settings a PostgreSQL URL may carry after ``?`` (TLS above all:
#: ``?sslmode=verify-full&sslrootcert=/path/ca.crt``; docs/DEPLOYMENT.md).
PG_URL_SETTINGS = ("sslmode", "sslrootcert", "sslcert", "sslkey", "sslcrl", "sslpassword",
                   "connect_timeout", "target_session_attrs", "options", "gssencmode",
                   "channel_binding", "sslnegotiation")


def pg_connect_args(url: str) -> dict:
    """psycopg's connection arguments for a ``postgresql://`` URL: database, user, password,
    host, port, and the settings of :data:`PG_URL_SETTINGS` given after ``?``."""
    parsed = urlparse(url)
    args = {"dbname": unquote(parsed.path.lstrip("/")),
            "user": unquote(parsed.username) if parsed.username else None,
            "password": unquote(parsed.password) if parsed.password else None,
            "host": parsed.hostname or None, "port": parsed.port or None,
            "connect_timeout": 10}
    for name, value in parse_qsl(parsed.query, keep_blank_values=True):
        if name not in PG_URL_SETTINGS:
            raise DatabaseUrlError(
                N_("Pengaturan '{name}' tidak dikenal pada URL PostgreSQL; yang dapat dipakai: "
                   "{known}"), name=name, known=", ".join(PG_URL_SETTINGS))
        args[name] = value
    return args


#: The most PostgreSQL connections one workstation holds: its own thread's and its workers'
#: (a worker waits up to 30 s for one to come back before it fails).
POOL_SIZE = 16


class ReconnectingPostgresqlDatabase(ReconnectMixin, PooledPostgresqlDatabase):
    """Pooled connections: a thread's ``close()`` hands its connection back to the pool, and the
    next thread takes it after a round trip proves it alive (a server restart discards the dead
    ones). A connection the server dropped while in use is opened again on its next use, outside
    a transaction only: inside one, the error goes up and the transaction is not replayed, so a
    save is never stored twice (a retried save carries its request key)."""

    reconnect_errors = (
        (peewee.OperationalError, "the connection is closed"),
        (peewee.InterfaceError, "the connection is closed"),
        (peewee.OperationalError, "terminating connection"),
        (peewee.OperationalError, "server closed the connection"),
        (peewee.OperationalError, "consuming input failed"),
        (peewee.OperationalError, "connection is lost"),
    )

    def _initialize_connection(self, conn):
        # Every statement planned for the values it runs with. psycopg prepares a statement run
        # five times, and after five more PostgreSQL may keep one generic plan for any values:
        # for the overdue list (a few open consultations among a million resolved) that plan
        # read the newest-first index through every row, 620 ms a page at 1M instead of 2 ms.
        with conn.cursor() as cursor:
            cursor.execute("SET plan_cache_mode = force_custom_plan")

    def begin(self, isolation_level=None):
        # A service's transaction keeps its plans from its BEGIN on (``atomic_keeping_plans``):
        # said with it, in one round trip. Without parameters psycopg sends both as one query.
        # A dropped connection is opened again as for any BEGIN (``ReconnectMixin``).
        if getattr(self._state, "keep_plans", False) and not (isolation_level
                                                               or self._isolation_level):
            self._state.keep_plans = False
            return self._reconnect(self._begin_keeping_plans)
        return super().begin(isolation_level)

    def _begin_keeping_plans(self):
        with peewee.__exception_wrapper__:
            self.cursor().execute(f"BEGIN; {_KEEP_PLANS}")


def _give_peewee_psycopg() -> None:
    """The PostgreSQL driver for peewee, imported only now (see ``storage/__init__``)."""
    if peewee.psycopg is not None:
        return
    import psycopg  # noqa: PLC0415
    from psycopg.pq import TransactionStatus  # noqa: PLC0415
    from psycopg.types.json import Json, Jsonb  # noqa: PLC0415

    peewee.psycopg, peewee.TransactionStatus = psycopg, TransactionStatus
    peewee.Json_pg3, peewee.Jsonb_pg3 = Json, Jsonb
    # What peewee's adapter class sets for itself when psycopg is there at import.
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle, adapter.txn_inerror = TransactionStatus.IDLE, TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN


@contextmanager
def sent_together():
    """On PostgreSQL, the statements run inside (none of which is read back) go to the server
    together and are answered once at the end (psycopg's pipeline). On SQLite, and where libpq
    has no pipeline, they run one by one as always. An error among them is raised at the end,
    as peewee's.

    For what a save writes under a lock held to the commit: its report sums (``storage.rollups``,
    a lock per office and day) and its links in the history (the chain's head). Each statement
    sent alone made the lock wait one more round trip to a desk process that, with twelve desks
    on two cores, had to be scheduled again first."""
    if isinstance(db.obj, peewee.SqliteDatabase) or not peewee.psycopg.Pipeline.is_supported():
        yield
        return
    with peewee.__exception_wrapper__, db.connection().pipeline():
        yield


def plan_each_run() -> None:
    """PostgreSQL: for the rest of the open transaction, every statement planned for the values
    it runs with, as a connection does outside a service's transaction (``keep_plans``): for the
    report sums (one plan for any values ran the day's statement in 4.2 ms, not 3.0, and the
    month's sums in 1.5 ms, not 0.8), and for a report made inside a transaction (an issued
    report)."""
    if not isinstance(db.obj, peewee.SqliteDatabase):
        db.execute_sql("SET LOCAL plan_cache_mode = force_custom_plan")


_KEEP_PLANS = "SET LOCAL plan_cache_mode = auto"


@contextmanager
def atomic_keeping_plans():
    """``db.atomic()`` in which statements keep their plans (:func:`keep_plans`): a service's
    transaction. On PostgreSQL, when it begins a transaction, the setting goes with its BEGIN
    (one round trip less per save); inside one already (a savepoint), it is set at once."""
    database = db.obj
    with_begin = (isinstance(database, ReconnectingPostgresqlDatabase)
                  and database.transaction_depth() == 0)
    if with_begin:
        database._state.keep_plans = True       # taken by its BEGIN (``begin``)
    try:
        with db.atomic() as txn:
            if not with_begin:
                keep_plans()
            yield txn
    finally:
        if with_begin:
            database._state.keep_plans = False  # a BEGIN that failed before taking it


def keep_plans() -> None:
    """PostgreSQL: for the rest of the open transaction, a statement psycopg has prepared may
    keep one plan for any values (``plan_cache_mode = auto``: after five runs, when that plan
    is estimated no dearer than those made for each run's values). A connection plans every
    statement for its values (``_initialize_connection``), which the lists need. A save's
    statements are found by their keys: planning each again took 12 ms of the server per save
    on this machine, more than running them; with this, a take and a resolve on an idle
    server spent 3.6-3.9 s of the server per 100, not 5.2 (benchmarks/RESULTS.md). Its
    report sums ask for plans per value again (``plan_each_run``), as does a report made in a
    transaction. Set at the start of a service's transaction (``transactions.transaction``,
    through :func:`atomic_keeping_plans`); nothing on SQLite, which has no such cache."""
    if not isinstance(db.obj, peewee.SqliteDatabase):
        db.execute_sql(_KEEP_PLANS)


_current: DatabaseInfo | None = None


def open_database(url: str | None = None, *, migrate: bool = True) -> DatabaseInfo:
    """Bind the application to the database at ``url`` (see :func:`resolve_url`) and apply pending
    migrations. Returns what was opened."""
    global _current
    from kppn_desktop.storage import schema  # noqa: PLC0415  (avoids an import cycle)

    resolved = resolve_url(url)
    database, info = make_database(resolved)
    close_database()
    db.initialize(database)
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        raise KppnError(N_("Basis data tidak dapat dibuka ({where}): {why}"),
                        where=info.display, why=str(exc)) from exc
    if migrate:
        schema.upgrade()
    if info.warning:
        log.warning("%s", info.warning)
    _current = info
    return info


def current_database() -> DatabaseInfo | None:
    return _current


def close_database() -> None:
    global _current
    if db.obj is not None and not db.is_closed():
        if isinstance(db.obj, peewee.SqliteDatabase) and not db.in_transaction():
            try:
                db.execute_sql("PRAGMA optimize")   # refreshes the planner's statistics if stale
            except peewee.DatabaseError:
                pass
        db.close()
    if db.obj is not None and hasattr(db.obj, "close_all"):
        db.obj.close_all()      # the pool's idle connections, and any a worker still holds
    _current = None

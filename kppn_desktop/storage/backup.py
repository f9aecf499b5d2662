"""Backups of the office database, each checked after it is written, and restores into an empty
database, checked the same way (issue 14).

SQLite: SQLite's online backup API, a consistent copy while desks keep working (in WAL mode the
copy reads a snapshot, writers are not held up); checked by ``PRAGMA integrity_check``, the hash
chain of the copy's history and its row counts. PostgreSQL: ``pg_dump`` in its custom format when
it is installed; checked by reading the archive back (``pg_restore --list``): every table and its
data must be in it. A backup is written under a temporary name and renamed only once checked."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from pathlib import Path

from kppn_desktop.domain.errors import KppnError
from kppn_desktop.domain.texts import N_
from kppn_desktop.storage import history
from kppn_desktop.storage.database import db, make_database, pg_connect_args, sqlite_file
from kppn_desktop.storage.models import ALL_MODELS, Event

TABLES = tuple(m._meta.table_name for m in ALL_MODELS)
PG_TOOLS_HINT = ("pasang klien PostgreSQL versi server atau lebih baru (Debian/Ubuntu: "
                 "apt install postgresql-client; Windows: PostgreSQL dari postgresql.org, "
                 "lalu tambahkan folder bin ke PATH)")


@dataclass(frozen=True)
class Check:
    ok: bool
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int
    check: Check


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


# --- SQLite -------------------------------------------------------------------------------------

def check_sqlite_file(path: Path) -> Check:
    """Integrity, the history's hash chain and the row counts of a SQLite file, read only."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return Check(False, (f"Berkas tidak dapat dibuka sebagai basis data SQLite: {exc}",))
    try:
        try:
            integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            return Check(False, (f"Bukan basis data SQLite yang utuh: {exc}",))
        if integrity != "ok":
            return Check(False, (f"Pemeriksaan keutuhan SQLite gagal: {integrity}",))
        names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master "
                                                  "WHERE type = 'table'")}
        missing = [t for t in ("event", "chain_head", "consultation") if t not in names]
        if missing:
            return Check(False, ("Bukan basis data KPPN Desktop: tabel "
                                 f"{', '.join(missing)} tidak ada.",))
        head = connection.execute("SELECT seq, hash FROM chain_head WHERE id = 1").fetchone()

        def batches():
            cursor = connection.execute(
                "SELECT seq, consultation_id, kind, at, actor_id, subject, data, prev_hash, hash "
                "FROM event ORDER BY seq")
            while rows := cursor.fetchmany(5000):
                yield [(seq, cid, kind, Event.at.python_value(at), actor, subject, data, prev,
                        digest)
                       for seq, cid, kind, at, actor, subject, data, prev, digest in rows]
        chain = history.check_rows(batches(), head)
        counts = {t: connection.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
                  for t in TABLES if t in names}
    finally:
        connection.close()
    lines = ["Keutuhan SQLite: baik.", chain.message,
             f"Isi: {counts.get('consultation', 0)} konsultasi, {counts.get('event', 0)} "
             f"peristiwa, {counts.get('attachment', 0)} lampiran, {counts.get('user', 0)} "
             "pengguna."]
    return Check(chain.ok, tuple(lines))


def _sqlite_backup(target_dir: Path, now: dt.datetime | None) -> Backup:
    final = target_dir / f"kppn-{_stamp(now)}.sqlite3"
    part = final.with_name(final.name + ".sebagian")
    part.unlink(missing_ok=True)
    copy = sqlite3.connect(part)
    try:
        # The online backup API: a consistent snapshot while others write.
        db.connection().backup(copy)
        # One self-contained file (no -wal beside it), whatever mode the office runs in.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    check = check_sqlite_file(part)
    if not check.ok:
        part.unlink(missing_ok=True)
        raise KppnError("Cadangan tidak lolos pemeriksaan dan dihapus: " + " ".join(check.lines))
    part.rename(final)
    return Backup(final, final.stat().st_size, check)


# --- PostgreSQL ---------------------------------------------------------------------------------

def _pg_env(url: str) -> tuple[list[str], dict]:
    """Connection arguments for the PostgreSQL tools: the URL's settings (TLS included: a server
    that requires ``sslmode=verify-full`` is dumped over the same checked connection as the
    application's) as a libpq connection string, the password through the environment."""
    settings = pg_connect_args(url)
    env = dict(os.environ)
    password = settings.pop("password", None)
    if password:
        env["PGPASSWORD"] = password
    conninfo = " ".join(f"{name}={_conninfo_value(value)}" for name, value in settings.items()
                        if value is not None)
    return ["--dbname", conninfo], env


def _conninfo_value(value) -> str:
    """A value of a libpq connection string, quoted (backslash and quote escaped)."""
    text = str(value).replace("\\", "\\\\").replace("'", "\\'")
    return f"'{text}'"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        raise KppnError(N_("Program {name} tidak ditemukan: {hint}."), name=name, hint=PG_TOOLS_HINT)
    return found


def check_pg_archive(path: Path) -> Check:
    """The archive reads back, and holds every table with its data."""
    done = subprocess.run([_tool("pg_restore"), "--list", str(path)], capture_output=True,
                          text=True)
    if done.returncode != 0:
        return Check(False, (f"Arsip pg_dump tidak dapat dibaca: {done.stderr.strip()[:300]}",))
    listed = done.stdout
    missing = [t for t in TABLES if f"TABLE DATA public {t} " not in listed]
    if missing:
        return Check(False, (f"Arsip tidak memuat data tabel: {', '.join(missing)}",))
    return Check(True, (f"Arsip pg_dump terbaca; {len(TABLES)} tabel beserta datanya ada.",))


def _pg_backup(url: str, target_dir: Path, now: dt.datetime | None) -> Backup:
    final = target_dir / f"kppn-{_stamp(now)}.dump"
    part = final.with_name(final.name + ".sebagian")
    args, env = _pg_env(url)
    done = subprocess.run([_tool("pg_dump"), "--format=custom", "--no-owner", "--file",
                           str(part), *args], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        part.unlink(missing_ok=True)
        raise KppnError(N_("pg_dump gagal: {why}"), why=done.stderr.strip()[:500])
    check = check_pg_archive(part)
    if not check.ok:
        part.unlink(missing_ok=True)
        raise KppnError("Cadangan tidak lolos pemeriksaan dan dihapus: " + " ".join(check.lines))
    part.rename(final)
    return Backup(final, final.stat().st_size, check)


# --- both ---------------------------------------------------------------------------------------

def backup(url: str, target_dir: Path, now: dt.datetime | None = None) -> Backup:
    """A checked backup of the open database (at ``url``) into ``target_dir``."""
    target_dir.mkdir(parents=True, exist_ok=True)
    if url.lower().startswith("sqlite"):
        return _sqlite_backup(target_dir, now)
    return _pg_backup(url, target_dir, now)


def _empty(url: str) -> bool:
    database, _info = make_database(url)
    database.connect()
    try:
        return not database.get_tables()
    finally:
        database.close()


def restore(path: Path, url: str) -> Check:
    """Put the backup ``path`` into the empty database at ``url`` (of the same engine); the
    caller opens and checks it afterwards."""
    if not path.is_file():
        raise KppnError(N_("Berkas cadangan tidak ditemukan: {path}"), path=str(path))
    sqlite_target = url.lower().startswith("sqlite")
    if sqlite_target:
        target = Path(sqlite_file(url))
        if target.exists() and target.stat().st_size and not _empty(url):
            raise KppnError(N_("Basis data tujuan tidak kosong: {target}. Pulihkan ke basis data "
                               "baru, lalu gunakan basis data itu."), target=str(target))
        check = check_sqlite_file(path)
        if not check.ok:
            raise KppnError("Cadangan tidak lolos pemeriksaan: " + " ".join(check.lines))
        source = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
        return check
    if path.suffix == ".sqlite3":
        raise KppnError("Cadangan SQLite dipulihkan ke basis data SQLite; untuk pindah ke "
                        "PostgreSQL gunakan db copy.")
    if not _empty(url):
        raise KppnError("Basis data PostgreSQL tujuan tidak kosong. Buat basis data baru "
                        "(createdb), lalu pulihkan ke sana.")
    check = check_pg_archive(path)
    if not check.ok:
        raise KppnError("Cadangan tidak lolos pemeriksaan: " + " ".join(check.lines))
    args, env = _pg_env(url)
    done = subprocess.run([_tool("pg_restore"), "--no-owner", "--exit-on-error", *args,
                           str(path)], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise KppnError(N_("pg_restore gagal: {why}"), why=done.stderr.strip()[:500])
    return check

"""Backups and restores of the office database (``storage.backup`` does the engine's work): who
may, where they go, and the history's record of each."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from kppn_desktop.domain import workflow
from kppn_desktop.domain.errors import KppnError
from kppn_desktop.domain.events import EventKind
from kppn_desktop.domain.texts import N_, Moment, Text
from kppn_desktop.services import office as office_service
from kppn_desktop.services.context import Actor, audit, require, transaction
from kppn_desktop.storage import backup as engine
from kppn_desktop.storage.database import current_database, default_sqlite_path, sqlite_file
from kppn_desktop.storage.models import Event, utcnow

FOLDER = "cadangan"
SUBJECT = "cadangan"


def default_folder() -> Path:
    """Beside the SQLite file (the computer that holds it keeps its backups), else in this
    computer's application data."""
    info = current_database()
    if info is not None and info.is_sqlite:
        return Path(sqlite_file(info.url)).resolve().parent / FOLDER
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
    now = now or utcnow()
    calendar = office_service.office_calendar()
    made = engine.backup(info.url, folder or default_folder(),
                         calendar.local(now).replace(tzinfo=None))
    with transaction():
        audit(actor, SUBJECT, "cadangan dibuat", at=now, berkas=made.path.name, ukuran=made.size)
    return made


# --- automatic daily backups (the computer that holds the SQLite file) --------------------------

#: Kept: the newest backup of each of the last KEEP_DAYS days, and of each of the last
#: KEEP_MONTHS months.
KEEP_DAYS, KEEP_MONTHS = 7, 12
#: Warn when the last backup is older than this many working days.
WARN_WORKING_DAYS = 2


@dataclass(frozen=True)
class BackupState:
    last_at: dt.datetime | None
    last_file: str
    warning: str          # '' when all is well


def last_backup() -> tuple[dt.datetime | None, str]:
    """When the last backup was made, and its file, from the history."""
    row = (Event.select(Event.at, Event.data)
           .where(Event.kind == EventKind.ADMIN.value, Event.subject == SUBJECT)
           .order_by(Event.seq.desc()).first())
    if row is None:
        return None, ""
    return row.at, json.loads(row.data).get("berkas", "")


def state(now: dt.datetime | None = None) -> BackupState:
    """The last backup, and a warning when it is older than two working days (or missing)."""
    now = now or utcnow()
    at, name = last_backup()
    calendar = office_service.office_calendar()
    if at is None:
        return BackupState(None, "", Text(N_("Belum pernah ada cadangan basis data.")))
    since = calendar.working_days_between(calendar.local(at).date() + dt.timedelta(days=1),
                                          calendar.local(now).date())
    warning = ""
    if len(since) > WARN_WORKING_DAYS:
        warning = Text(N_("Cadangan terakhir {at}, lebih dari {n} hari kerja yang lalu."),
                       at=Moment(at, calendar), n=WARN_WORKING_DAYS)
    return BackupState(at, name, warning)


def rotate(folder: Path) -> list[Path]:
    """Delete the backups the rotation no longer keeps; returns them."""
    files = sorted(folder.glob("kppn-????????-??????.sqlite3"), reverse=True)
    keep_days, keep_months, removed = set(), set(), []
    for path in files:
        day = path.name[5:13]
        if day not in keep_days and len(keep_days) < KEEP_DAYS:
            keep_days.add(day)
            keep_months.add(day[:6])
            continue
        if day[:6] not in keep_months and len(keep_months) < KEEP_MONTHS:
            keep_months.add(day[:6])
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


def backup_if_due(now: dt.datetime | None = None) -> engine.Backup | None:
    """The automatic daily backup: on a SQLite office database, once a day (office-local), into
    the folder beside it, the older ones rotated. Made by the application itself (no role)."""
    info = current_database()
    if info is None or not info.is_sqlite:
        return None
    now = now or utcnow()
    calendar = office_service.office_calendar()
    at, _name = last_backup()
    if at is not None and calendar.local(at).date() == calendar.local(now).date():
        return None
    made = make_backup(None, now=now)
    rotate(made.path.parent)
    return made


# --- moving the office to another database (SQLite to PostgreSQL) -------------------------------

@dataclass(frozen=True)
class Moved:
    rows: dict[str, int]
    lines: tuple[str, ...]
    ok: bool


def _months() -> list[tuple[dt.date, dt.date]]:
    from peewee import fn  # noqa: PLC0415

    from kppn_desktop.storage.models import Consultation  # noqa: PLC0415

    first, last = Consultation.select(fn.MIN(Consultation.received_date),
                                      fn.MAX(Consultation.received_date)).tuples().first()
    if first is None:
        return []
    first, last = (dt.date.fromisoformat(d) if isinstance(d, str) else d for d in (first, last))
    out, month = [], first.replace(day=1)
    while month <= last:
        following = (month + dt.timedelta(days=32)).replace(day=1)
        out.append((month, following - dt.timedelta(days=1)))
        month = following
    return out


def _every_report(months, now) -> dict:
    from kppn_desktop.services import issued_reports, reports  # noqa: PLC0415

    return {m: issued_reports.figures_of(reports.service_report(None, *m, now=now))
            for m in months}


def copy_database(actor: Actor | None, target_url: str, progress=lambda table, done: None
                  ) -> Moved:
    """Copy the open office into the empty database at ``target_url`` (e.g. from its SQLite
    file to a PostgreSQL server), then check the copy: its history's chain, its rows against the
    history, and every month's report the same as before. The open database stays open."""
    from kppn_desktop.storage import copying, history, replay  # noqa: PLC0415
    from kppn_desktop.storage.database import close_database, open_database  # noqa: PLC0415

    if actor is not None:
        require(actor, workflow.Action.MANAGE_OFFICE)
    source = current_database()
    if source is None:
        raise KppnError("Tidak ada basis data yang terbuka.")
    now = utcnow()
    months = _months()
    before = _every_report(months, now)
    copied = copying.copy_to(target_url, progress)
    target = open_database(target_url)
    try:
        chain, rows = history.verify_chain(), replay.verify_rows()
        after = _every_report(months, now)
    finally:
        close_database()
        open_database(source.url)
    differing = [m for m in months if before[m] != after[m]]
    lines = [f"Disalin ke {target.display}: {sum(copied.rows.values()):,} baris dari "
             f"{len(copied.rows)} tabel.", chain.message, rows.message,
             (f"Laporan {len(months)} bulan sama persis di kedua basis data." if not differing
              else "Laporan BERBEDA untuk bulan: "
              + ", ".join(f"{a:%m/%Y}" for a, _b in differing))]
    return Moved(copied.rows, tuple(lines), chain.ok and rows.ok and not differing)

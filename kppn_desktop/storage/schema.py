"""Applying the numbered migrations in ``storage/migrations`` (at start-up and by ``db upgrade``).

Start-up only compares the migration files with the names recorded in ``schema_migration``;
``playhouse.migrations`` (which loads the PostgreSQL extensions, about 0.2 s) is imported only
when there is something to apply."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable

import peewee

from kppn_desktop.domain.errors import KppnError
from kppn_desktop.storage.database import db

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
HISTORY_TABLE = "schema_migration"


def _runner():
    from playhouse.migrations import Runner  # noqa: PLC0415

    return Runner(db.obj, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def _files() -> list[str]:
    return sorted(p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py"))


class NewerSchemaError(KppnError):
    """The database was upgraded by a newer KPPN Desktop than this one."""


def _applied() -> set[str]:
    if not db.table_exists(HISTORY_TABLE):
        return set()
    return {name for (name,) in db.execute_sql(f"SELECT name FROM {HISTORY_TABLE}")}


def pending() -> list[str]:
    """Names of migrations not yet applied to the open database."""
    applied = _applied()
    return [name for name in _files() if name not in applied]


def check_not_newer() -> None:
    """Refuse a database that a newer version has upgraded: this version would write rows without
    what the newer one keeps (search text, report sums), and the newer one would trust them."""
    unknown = sorted(_applied() - set(_files()))
    if unknown:
        raise NewerSchemaError(
            "Basis data ini sudah dipakai oleh versi KPPN Desktop yang lebih baru "
            f"(perubahan skema {', '.join(unknown)}). Pasang versi terbaru di workstation ini.")


def needs_upgrade() -> bool:
    """A migration to apply, or derived figures a stopped upgrade left to count again."""
    if pending():
        return True
    from kppn_desktop.storage.models import Setting  # noqa: PLC0415

    return Setting.table_exists() and Setting.select().where(
        Setting.key.startswith(_PREFIX)).exists()


def upgrade(progress: Callable[[str, int, int], None] | None = None) -> list[str]:
    """Apply every pending migration in order, each in its own transaction; returns their names.
    Refuses (:class:`NewerSchemaError`) a database from a newer version. ``progress(step, done,
    total)`` is told each step before it starts: a migration's name, then ``"recount"``."""
    check_not_newer()
    steps = pending()
    total = len(steps) + 1
    try:
        applied = []
        if steps:
            runner = _runner()
            for done, name in enumerate(steps):
                if progress:
                    progress(name, done, total)
                applied += runner.up(name)
    except peewee.DatabaseError as exc:
        if "permission denied" in str(exc) or "must be owner" in str(exc):
            raise KppnError(
                "Skema basis data perlu diperbarui, tetapi peran ini tidak boleh mengubah skema "
                "(peran aplikasi). Pemilik basis data menjalankan: kppn-desktop --db URL_PEMILIK "
                "db upgrade") from None
        raise
    for name in applied:
        log.info("migration applied: %s", name)
    if progress:
        progress("recount", total - 1, total)
    _recount()
    return applied


# --- figures derived from the history, recounted after the migrations that change them ----------

#: What a migration may ask to have counted again, in the order it is done. The lists' search
#: text first; then the clock columns: the report sums are counted from them (and ``recount``
#: counts those too). The library's past answers are indexed from the consultations.
DERIVED = ("search_text", "clock_columns", "report_sums", "library")
_PREFIX = "schema.recount."


def recount_after(what: str) -> None:
    """For a migration: count ``what`` (one of :data:`DERIVED`) again once every pending migration
    is applied. Counting code always reads the newest schema, which a migration in the middle of
    an upgrade does not have yet; the request is stored in the migration's own transaction, so
    it survives a stop and the next start-up does it."""
    if what not in DERIVED:
        raise ValueError(f"unknown derived figures: {what}")
    # In plain SQL: the table as the migrations have made it so far (the model's ``office_id``
    # comes with 0018; the request is the whole database's, office 0, its default there).
    if isinstance(db.obj, peewee.SqliteDatabase):
        db.execute_sql("INSERT OR IGNORE INTO setting (key, value) VALUES (?, 'true')",
                       (_PREFIX + what,))
    else:
        db.execute_sql("INSERT INTO setting (key, value) VALUES (%s, 'true') "
                       "ON CONFLICT DO NOTHING", (_PREFIX + what,))


def _in_batches(write, size: int = 20000) -> None:
    """``write(low, high)`` over the consultations' ids, a transaction per batch."""
    from kppn_desktop.storage.models import Consultation  # noqa: PLC0415

    top = Consultation.select(peewee.fn.MAX(Consultation.id)).scalar() or 0
    for low in range(1, top + 1, size):
        with db.atomic():
            write(low, low + size - 1)


def _recount() -> None:
    from kppn_desktop.storage.models import Setting  # noqa: PLC0415

    if not Setting.table_exists():
        return
    asked = {key[len(_PREFIX):] for (key,) in Setting.select(Setting.key)
             .where(Setting.key.startswith(_PREFIX)).tuples()}
    if not asked:
        return
    from kppn_desktop.storage import clock_columns, listing, rollups  # noqa: PLC0415

    if "search_text" in asked:
        _in_batches(lambda low, high: listing.refresh_search_text(id_range=(low, high)))
    # In batches of their own (a large table): the requests are removed only once all is done,
    # so a stop midway means counting again, which gives the same figures.
    if "clock_columns" in asked:
        clock_columns.recount()      # the report sums with them
    elif "report_sums" in asked:
        with db.atomic():
            rollups.rebuild()
    if "library" in asked:
        from kppn_desktop.storage import library_index  # noqa: PLC0415

        library_index.rebuild_answers()
    with db.atomic():
        Setting.delete().where(Setting.key.startswith(_PREFIX)).execute()
    log.info("recounted: %s", ", ".join(sorted(asked)))

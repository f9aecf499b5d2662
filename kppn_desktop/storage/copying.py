"""Moving an office from one database to another (``db copy``, issue 14): every row of every table,
ids kept, into an empty database of the newest schema, in the order rows refer to each other.

The source is read through its own connection; the target gets the rows with its engine's types
(SQLite keeps booleans as 0/1 and instants as text). The caller checks the result: the history's
chain, the rows against the history, and every month's report on both sides."""

from __future__ import annotations

from dataclasses import dataclass

import peewee

from kppn_desktop.domain.errors import KppnError
from kppn_desktop.domain.texts import N_
from kppn_desktop.storage import schema
from kppn_desktop.storage.database import db, make_database
from kppn_desktop.storage.models import ALL_MODELS

BATCH = 2000


@dataclass(frozen=True)
class Copied:
    rows: dict[str, int]          # table -> rows copied


def _converters(model) -> list:
    out = []
    for field in model._meta.sorted_fields:
        if isinstance(field, peewee.BooleanField):
            out.append(lambda v: None if v is None else bool(v))
        elif isinstance(field, peewee.BlobField):
            out.append(lambda v: None if v is None else bytes(v))
        else:
            out.append(lambda v: v)
    return out


def _has_rows(database: peewee.Database, table: str) -> bool:
    cursor = database.execute_sql(f'SELECT 1 FROM "{table}" LIMIT 1')
    return cursor.fetchone() is not None


def copy_to(target_url: str, progress=lambda table, done: None) -> Copied:
    """Copy the open database into the empty database at ``target_url`` (its schema is made
    there first)."""
    source = db.obj
    target, info = make_database(target_url)

    def refuse_unless_empty() -> None:
        target.connect(reuse_if_open=True)
        try:
            if any(target.table_exists(m._meta.table_name)
                   and _has_rows(target, m._meta.table_name) for m in ALL_MODELS):
                raise KppnError(N_("Basis data tujuan tidak kosong ({where}). Buat basis data "
                                   "baru, lalu salin ke sana."), where=info.display)
        finally:
            target.close()
    refuse_unless_empty()
    # The newest schema on the target, made by the migrations as on any new office.
    db.initialize(target)
    try:
        db.connect(reuse_if_open=True)
        schema.upgrade()
        db.close()
    finally:
        db.initialize(source)
    refuse_unless_empty()
    target.connect()
    copied = {}
    try:
        with target.atomic():
            for model in ALL_MODELS:
                table = model._meta.table_name
                columns = [f.column_name for f in model._meta.sorted_fields]
                convert = _converters(model)
                quoted = ", ".join(f'"{c}"' for c in columns)
                marks = ", ".join([target.param] * len(columns))
                insert = f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})'
                cursor = source.execute_sql(f'SELECT {quoted} FROM "{table}" ORDER BY 1')
                done = 0
                while rows := cursor.fetchmany(BATCH):
                    target.cursor().executemany(
                        insert, [tuple(c(v) for c, v in zip(convert, row)) for row in rows])
                    done += len(rows)
                    progress(table, done)
                copied[table] = done
                pk = model._meta.primary_key
                if (isinstance(target, peewee.PostgresqlDatabase) and done
                        and isinstance(pk, peewee.AutoField)):
                    target.execute_sql(
                        f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{pk.column_name}'),"
                        f' (SELECT MAX("{pk.column_name}") FROM "{table}"))')
    finally:
        target.close()
    return Copied(copied)

"""Statements composed once. peewee composes a query's SQL in Python each time it runs: 0.3 to 1
ms for a small one, more than SQLite takes to run it. The few statements that every service
call or every save runs (the actor's standing, a setting) are composed here once per kind of
database, from the same peewee query, and run with their values."""

from __future__ import annotations

from typing import Callable

import peewee

from kppn_desktop.storage.database import db

_composed: dict[tuple[type, str], str] = {}


def composed(name: str, build: Callable[[], peewee.Query]) -> str:
    """The SQL of the query ``build()`` makes (with stand-in values, in the order the real ones
    are given), composed the first time ``name`` is asked for on this kind of database."""
    key = (type(db.obj), name)
    sql = _composed.get(key)
    if sql is None:
        sql = _composed[key] = build().sql()[0]
    return sql


def first_row(name: str, build: Callable[[], peewee.Query], params: tuple) -> tuple | None:
    """The first row of the statement ``name`` run with ``params`` (None when it has none)."""
    cursor = db.execute_sql(composed(name, build), params)
    try:
        return cursor.fetchone()
    finally:
        cursor.close()

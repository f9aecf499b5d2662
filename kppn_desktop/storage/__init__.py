"""Storage: the peewee models, the database URL, migrations and the event history.

peewee imports psycopg (about 0.15 s) on its own import whether or not PostgreSQL is used. The
embedded SQLite default starts without it; :func:`database.make_database` hands psycopg to peewee
when a PostgreSQL URL is opened."""

import sys as _sys

if "peewee" not in _sys.modules and "psycopg" not in _sys.modules:
    _sys.modules["psycopg"] = None          # makes peewee's "import psycopg" fail quickly
    try:
        import peewee as _peewee  # noqa: F401
    finally:
        del _sys.modules["psycopg"]

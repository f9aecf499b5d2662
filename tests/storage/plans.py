"""What the plan tests share: the statements a call runs."""

from __future__ import annotations

from kppn_desktop.storage.database import db


def statements_of(call, marker: str) -> list[tuple[str, list]]:
    """The statements ``call()`` runs whose text holds ``marker``, with their parameters."""
    real = db.obj
    seen, run = [], real.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        if marker in sql:
            seen.append((sql, list(params or ())))
        return run(sql, params, *args, **kwargs)

    real.execute_sql = spy
    try:
        call()
    finally:
        del real.execute_sql
    return seen

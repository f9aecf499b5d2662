"""A service's transaction, and the shared writes it leaves to its very end.

Two things every save writes are shared by every desk: the day's report sums of its office
(``rollups``, counted again under a lock per office and day) and, on PostgreSQL, the head of the
history's chain (one row for the whole database). Written in the middle of a save, they would be
held until its commit and every other desk would wait through the rest of that save. So a
service's transaction (:func:`transaction`) collects them (:func:`collect`) and writes them just
before it commits, in a fixed order: the sums first, the chain last. What the transaction itself
reads in between never needs them: its own events are stored at once (``storage.history``).

Outside a service transaction (a migration, a bulk load, a test's own ``db.atomic()``) nothing is
collected: the callers write at once.

A service transaction also remembers what a save reads several times and does not change
(:func:`remembered`: an office's calendar and service standard, read by each consultation's
clocks and the library's day), until it ends, fails, or writes a setting (:func:`forget`)."""

from __future__ import annotations

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable, Hashable

from kppn_desktop.storage.database import atomic_keeping_plans, db


@dataclass
class _Unit:
    depth: int = 0
    #: key -> (order, what is collected, how it is written)
    work: dict[Hashable, tuple[int, object, Callable[[object], None]]] = \
        field(default_factory=dict)
    #: key -> what :func:`remembered` read
    memo: dict[Hashable, object] = field(default_factory=dict)


_local = threading.local()


def _unit() -> _Unit:
    if not hasattr(_local, "unit"):
        _local.unit = _Unit()
    return _local.unit


def in_service_transaction() -> bool:
    """True inside :func:`transaction` (on this thread)."""
    return _unit().depth > 0


@contextmanager
def transaction():
    """``db.atomic()`` that writes what was collected in it just before it commits. Nested, the
    outermost one writes it; on an error nothing is written and everything rolls back."""
    unit = _unit()
    unit.depth += 1
    try:
        with atomic_keeping_plans() if unit.depth == 1 else db.atomic() as txn:
            yield txn
            if unit.depth == 1:
                _write_collected(unit)
    except BaseException:
        unit.memo.clear()       # a savepoint rolled back may have held what was remembered
        raise
    finally:
        unit.depth -= 1
        if unit.depth == 0:
            unit.work = {}
            unit.memo.clear()


def _write_collected(unit: _Unit) -> None:
    while unit.work:
        key = min(unit.work, key=lambda k: unit.work[k][0])
        _order, collected, write = unit.work.pop(key)
        write(collected)


def remembered(key: Hashable, read: Callable[[], object]):
    """``read()``, read once in the open service transaction and remembered to its end (outside
    one: read every time). For what the transaction does not change itself, or, when it does,
    calls :func:`forget` after."""
    unit = _unit()
    if not unit.depth:
        return read()
    try:
        return unit.memo[key]
    except KeyError:
        value = unit.memo[key] = read()
        return value


def forget() -> None:
    """What :func:`remembered` holds is read again (after a write that may change it)."""
    _unit().memo.clear()


def collect(key: Hashable, make: Callable[[], object], write: Callable[[object], None], *,
            order: int = 0):
    """What is collected under ``key`` in the open service transaction (made by ``make()`` the
    first time), to be passed to ``write`` just before the commit; lower ``order`` first.
    Only inside :func:`transaction`."""
    unit = _unit()
    if not unit.depth:
        raise RuntimeError("collect() only inside a service transaction")
    if key not in unit.work:
        unit.work[key] = (order, make(), write)
    return unit.work[key][1]

"""The append-only, hash-chained event history.

Every event carries ``seq`` (1, 2, 3… over the whole database) and the SHA-256 of its own content
together with the previous event's hash. Writers lock the single ``ChainHead`` row, so two
workstations never fork the chain; :func:`verify_chain` finds any later edit or deletion.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from peewee import SqliteDatabase

from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import ChainHead, Event, utcnow

GENESIS = "0" * 64


def _utc_text(t: dt.datetime) -> str:
    return t.astimezone(dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")


def event_hash(seq: int, consultation_id: int | None, kind: str, at: dt.datetime,
               actor_id: int | None, subject: str, data: str, prev_hash: str) -> str:
    payload = json.dumps([seq, consultation_id, kind, _utc_text(at), actor_id, subject, data,
                          prev_hash], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def dump_data(data: dict | None) -> str:
    return json.dumps(data or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


def _lock_head() -> ChainHead:
    def read() -> ChainHead | None:
        query = ChainHead.select().where(ChainHead.id == 1)
        if not isinstance(db.obj, SqliteDatabase):
            query = query.for_update()  # SQLite writers are already serialised by BEGIN IMMEDIATE
        return query.first()

    head = read()
    if head is None:
        ChainHead.insert(id=1, seq=0, hash=GENESIS).on_conflict_ignore().execute()
        head = read()
    return head


def append_event(kind: str, *, at: dt.datetime | None = None, consultation_id: int | None = None,
                 actor_id: int | None = None, subject: str = "", data: dict | None = None) -> Event:
    """Append one event; must run inside the caller's transaction (``db.atomic()``)."""
    if not db.in_transaction():
        raise RuntimeError("append_event must run inside a transaction")
    at = at or utcnow()
    text = dump_data(data)
    head = _lock_head()
    seq = head.seq + 1
    digest = event_hash(seq, consultation_id, kind, at, actor_id, subject, text, head.hash)
    event = Event.create(seq=seq, consultation=consultation_id, kind=kind, at=at, actor=actor_id,
                         subject=subject, data=text, prev_hash=head.hash, hash=digest)
    ChainHead.update(seq=seq, hash=digest).where(ChainHead.id == 1).execute()
    return event


def extend_chain(events) -> list[tuple]:
    """For bulk writers: chain ``events`` (consultation_id, kind, at, actor_id, subject, data dict)
    after the current head, move the head, and return the rows to insert: (seq, consultation_id,
    kind, at, actor_id, subject, data text, prev_hash, hash). Inside the caller's transaction, which
    holds the head locked until the rows are stored."""
    if not db.in_transaction():
        raise RuntimeError("extend_chain must run inside a transaction")
    head = _lock_head()
    seq, prev = head.seq, head.hash
    rows = []
    for consultation_id, kind, at, actor_id, subject, data in events:
        seq += 1
        text = dump_data(data)
        digest = event_hash(seq, consultation_id, kind, at, actor_id, subject, text, prev)
        rows.append((seq, consultation_id, kind, at, actor_id, subject, text, prev, digest))
        prev = digest
    ChainHead.update(seq=seq, hash=prev).where(ChainHead.id == 1).execute()
    return rows


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events_checked: int
    message: str
    first_bad_seq: int | None = None


def check_rows(batches, head: tuple[int, str] | None) -> ChainReport:
    """The chain check over ``batches`` of event rows in ``seq`` order, (seq, consultation_id,
    kind, at, actor_id, subject, data, prev_hash, hash) with ``at`` an aware instant, against
    the stored ``head`` (seq, hash); None: no head row."""
    prev_hash, expected_seq, checked = GENESIS, 1, 0
    for rows in batches:
        for (seq, cid, kind, at, actor, subject, data, prev, digest) in rows:
            if seq != expected_seq:
                return ChainReport(False, checked, f"Riwayat terputus: peristiwa no. {expected_seq} "
                                   "hilang atau dihapus.", expected_seq)
            if prev != prev_hash or event_hash(seq, cid, kind, at, actor, subject, data,
                                               prev_hash) != digest:
                return ChainReport(False, checked, f"Peristiwa no. {seq} telah diubah setelah "
                                   "dicatat.", seq)
            prev_hash, expected_seq, checked = digest, seq + 1, checked + 1
    head_seq, head_hash = head if head else (0, GENESIS)
    if head_seq != expected_seq - 1 or head_hash != prev_hash:
        return ChainReport(False, checked, "Peristiwa terakhir riwayat hilang atau dihapus.",
                           expected_seq)
    return ChainReport(True, checked, f"Riwayat utuh: {checked} peristiwa diperiksa.")


def verify_chain(batch: int = 5000) -> ChainReport:
    """Recompute every hash in order; report the first event that was changed, removed or added."""
    def batches():
        after = 0
        while True:
            rows = list(Event.select(Event.seq, Event.consultation, Event.kind, Event.at,
                                     Event.actor, Event.subject, Event.data, Event.prev_hash,
                                     Event.hash)
                        .where(Event.seq > after).order_by(Event.seq).limit(batch).tuples())
            if not rows:
                return
            yield rows
            after = rows[-1][0]
    head = ChainHead.get_or_none(ChainHead.id == 1)
    return check_rows(batches(), (head.seq, head.hash) if head else None)


def anchor(lock: bool = False) -> tuple[int, str]:
    """The history's head as it stands: (number of events, hash of the last). Printed on an issued
    paper, it pins the history the paper was made from. ``lock``: hold the head (inside the
    caller's transaction), so no event is added before the caller's own."""
    if lock:
        head = _lock_head()
        return head.seq, head.hash
    head = ChainHead.get_or_none(ChainHead.id == 1)
    return (head.seq, head.hash) if head else (0, GENESIS)


def verify_anchor(count: int, digest: str, batch: int = 5000) -> bool:
    """Whether the history still begins with the ``count`` events whose last hash was ``digest``:
    every hash up to event ``count`` recomputed, and the last equal to ``digest``. A history
    rewritten before that event (or cut short) no longer matches."""
    if count == 0:
        return digest == GENESIS
    prev_hash, expected_seq = GENESIS, 1
    while expected_seq <= count:
        rows = list(Event.select(Event.seq, Event.consultation, Event.kind, Event.at, Event.actor,
                                 Event.subject, Event.data, Event.prev_hash, Event.hash)
                    .where(Event.seq.between(expected_seq, count)).order_by(Event.seq)
                    .limit(batch).tuples())
        if not rows:
            return False
        for seq, cid, kind, at, actor, subject, data, prev, stored in rows:
            if seq != expected_seq or prev != prev_hash or event_hash(
                    seq, cid, kind, at, actor, subject, data, prev_hash) != stored:
                return False
            prev_hash, expected_seq = stored, seq + 1
    return prev_hash == digest

"""The append-only, hash-chained event history.

Every event carries ``seq`` (1, 2, 3… over the whole database) and the SHA-256 of its own content
together with the previous event's hash. Writers lock the single ``ChainHead`` row, so two
workstations never fork the chain; :func:`verify_chain` finds any later edit or deletion.

On PostgreSQL, a service's transaction (``storage.transactions``) links its events into the chain
at its very end: an event is stored at once, as its transaction's own reads need it (the clocks, the
day's sums), but with a placeholder link (:data:`PENDING_SEQ` and no hash, seen by no other
transaction), and the head is locked, the links written and the transaction committed together.
So the one row every desk of every office writes is held for the few statements of the linking,
not for the whole save. The database lets a placeholder link be filled in once and refuses any
other change (migration 0019). SQLite serialises its writers whole anyway: there an event is
linked when it is appended.

Anchors outside the database show a history rewritten wholesale (every later hash recomputed):
- :func:`anchor` is the (event count, head hash) to print on an issued paper, and
  :func:`verify_anchor` tells later whether the history still begins with exactly that prefix;
- with the office key (``storage.office_key``) the head is signed every :data:`CHECKPOINT_EVERY`
  events and on the first event of each day (:class:`ChainCheckpoint` rows), and
  :func:`verify_signatures` checks every checkpoint, and the witness kept beside the key, against
  the chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field

from peewee import SqliteDatabase

from kppn_desktop.storage import office_key, statements, transactions
from kppn_desktop.storage.database import db, sent_together
from kppn_desktop.storage.models import ChainCheckpoint, ChainHead, Event, utcnow, written_ids

GENESIS = "0" * 64
#: With the office key, the head is signed at least every this many events.
CHECKPOINT_EVERY = 100


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


#: A placeholder link's ``seq`` is this plus the server process of the connection times 2**20
#: plus the event's rank in its transaction: unique among the transactions open at once (one per
#: connection), and above any real one, so the transaction's own reads in the order of the history
#: (``clock_columns.clock_events``) see its events last, in the order appended.
PENDING_SEQ = 2 ** 62


#: The order of the chain's links among what a service transaction writes at its end: last.
LINK_LAST = 100


@dataclass
class _Pending:
    """The events of a service transaction still to be linked (PostgreSQL)."""
    base: int
    events: list[Event] = field(default_factory=list)


def _new_pending() -> _Pending:
    return _Pending(PENDING_SEQ + db.connection().info.backend_pid * 2 ** 20)


def _defer(kind: str, at: dt.datetime, consultation_id: int | None, actor_id: int | None,
           subject: str, text: str) -> Event:
    pending = transactions.collect("history", _new_pending, _link_pending, order=LINK_LAST)
    event = Event.create(seq=pending.base + len(pending.events), consultation=consultation_id,
                         kind=kind, at=at, actor=actor_id, subject=subject, data=text,
                         prev_hash="", hash="")
    pending.events.append(event)
    return event


def _link_pending(pending: _Pending) -> None:
    """Link the transaction's pending events after the head, in the order they were appended
    (one an inner savepoint rolled back is gone, and takes no place in the chain). The head is
    one row for every desk, locked to the commit: which events are left is read before it is
    taken, and the links and the new head are sent together (``database.sent_together``), one
    round trip while it is held instead of one per event and one more for the head."""
    left = {i for (i,) in db.execute_sql(
        f"SELECT id FROM event WHERE id IN ({written_ids(e.id for e in pending.events)})")}
    events = [e for e in pending.events if e.id in left]
    if not events:
        return
    head = _lock_head()
    seq, prev = head.seq, head.hash
    link = statements.composed("history:link", lambda: Event.update(
        seq=0, prev_hash="", hash="").where(Event.id == 0))
    with sent_together():
        for event in events:
            seq += 1
            digest = event_hash(seq, event.consultation_id, event.kind, event.at,
                                event.actor_id, event.subject, event.data, prev)
            db.execute_sql(link, (seq, prev, digest, event.id))
            prev = digest
        ChainHead.update(seq=seq, hash=prev).where(ChainHead.id == 1).execute()
    _sign_if_due(seq, prev)


def append_event(kind: str, *, at: dt.datetime | None = None, consultation_id: int | None = None,
                 actor_id: int | None = None, subject: str = "", data: dict | None = None) -> Event:
    """Append one event; must run inside the caller's transaction (``db.atomic()``; in a
    service's ``transactions.transaction`` on PostgreSQL it is linked into the chain at its end)."""
    if not db.in_transaction():
        raise RuntimeError("append_event must run inside a transaction")
    at = at or utcnow()
    text = dump_data(data)
    if transactions.in_service_transaction() and not isinstance(db.obj, SqliteDatabase):
        return _defer(kind, at, consultation_id, actor_id, subject, text)
    head = _lock_head()
    seq = head.seq + 1
    digest = event_hash(seq, consultation_id, kind, at, actor_id, subject, text, head.hash)
    event = Event.create(seq=seq, consultation=consultation_id, kind=kind, at=at, actor=actor_id,
                         subject=subject, data=text, prev_hash=head.hash, hash=digest)
    ChainHead.update(seq=seq, hash=digest).where(ChainHead.id == 1).execute()
    _sign_if_due(seq, digest)
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
    if rows:
        _sign_if_due(seq, prev)
    return rows


# --- signed checkpoints (the office key) ---------------------------------------------------------

def _sign(key: office_key.OfficeKey, seq: int, digest: str) -> ChainCheckpoint:
    return ChainCheckpoint.create(seq=seq, hash=digest, signed_at=utcnow(), key_id=key.id,
                                  mac=key.sign(seq, digest))


def _sign_if_due(seq: int, digest: str) -> None:
    """With the office key: sign the head every :data:`CHECKPOINT_EVERY` events, and with the first
    event of a day (UTC), so a day's work is never left unsigned for long."""
    key = office_key.current()
    if key is None:
        return
    last = (ChainCheckpoint.select(ChainCheckpoint.seq, ChainCheckpoint.signed_at)
            .order_by(ChainCheckpoint.seq.desc()).first())
    if last is None or seq - last.seq >= CHECKPOINT_EVERY or \
            last.signed_at.date() != utcnow().date():
        _sign(key, seq, digest)


def sign_head(key: office_key.OfficeKey) -> tuple[int, str]:
    """Sign the current head with ``key`` (a database adopting a key, a day's end); returns the
    (event count, head hash) signed. Nothing of the history is rewritten."""
    with db.atomic():
        head = _lock_head()
        _sign(key, head.seq, head.hash)
        return head.seq, head.hash


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    events_checked: int
    message: str
    first_bad_seq: int | None = None
    #: The hash of the last event checked (of event ``upto`` when asked for a prefix).
    head_hash: str = GENESIS


def check_rows(batches, head: tuple[int, str] | None, upto: int | None = None) -> ChainReport:
    """The chain check over ``batches`` of event rows in ``seq`` order, (seq, consultation_id,
    kind, at, actor_id, subject, data, prev_hash, hash) with ``at`` an aware instant, against
    the stored ``head`` (seq, hash; None: no head row). With ``upto``, only that prefix is
    checked (the rows stop there) and the head is not compared. Used on the open database and
    on a backup's copy."""
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
    if upto is not None:
        if checked < upto:
            return ChainReport(False, checked, f"Riwayat hanya berisi {checked} peristiwa, "
                               f"kurang dari {upto}.", expected_seq, prev_hash)
        return ChainReport(True, checked, f"{checked} peristiwa pertama utuh.",
                           head_hash=prev_hash)
    head_seq, head_hash = head if head else (0, GENESIS)
    if head_seq != expected_seq - 1 or head_hash != prev_hash:
        return ChainReport(False, checked, "Peristiwa terakhir riwayat hilang atau dihapus.",
                           expected_seq, prev_hash)
    return ChainReport(True, checked, f"Riwayat utuh: {checked} peristiwa diperiksa.",
                       head_hash=prev_hash)


def verify_chain(batch: int = 5000, *, upto: int | None = None) -> ChainReport:
    """Recompute every hash in order; report the first event that was changed, removed or added.
    With ``upto``, only the first ``upto`` events (a prefix) are checked."""
    def batches():
        after = 0
        while upto is None or after < upto:
            limit = batch if upto is None else min(batch, upto - after)
            rows = list(Event.select(Event.seq, Event.consultation, Event.kind, Event.at,
                                     Event.actor, Event.subject, Event.data, Event.prev_hash,
                                     Event.hash)
                        .where(Event.seq > after).order_by(Event.seq).limit(limit).tuples())
            if not rows:
                return
            yield rows
            after = rows[-1][0]
    return check_rows(batches(), anchor(), upto)


def anchor(lock: bool = False) -> tuple[int, str]:
    """The history's anchor: (number of events, hash of the last one), ``(0, GENESIS)`` when
    empty. Printed on an issued paper, it lets :func:`verify_anchor` tell later whether the
    history that paper was issued from is still there unchanged, even if someone with the
    database owner's rights rewrote it and computed every hash again. Read it inside the
    transaction that stores what the paper shows, so the two agree; ``lock`` holds the head until
    that transaction ends, so no event comes in between."""
    if lock:
        head = _lock_head()
        return head.seq, head.hash
    head = ChainHead.select(ChainHead.seq, ChainHead.hash).where(ChainHead.id == 1).first()
    return (head.seq, head.hash) if head else (0, GENESIS)


def verify_anchor(count: int, head_hash: str) -> bool:
    """True when the current history still begins with exactly the ``count`` events an anchor
    (:func:`anchor`) was read from: the first ``count`` events are all there, chained, and the
    hash of event ``count`` recomputed from their content equals ``head_hash``. Events added
    since do not matter; any change, deletion or recomputation before ``count`` gives False, and
    so does a malformed anchor (not a whole number of events, not 64 hexadecimal digits). Reads
    the first ``count`` events (about a second per 100,000)."""
    if isinstance(count, bool) or not isinstance(count, int) or count < 0 \
            or not isinstance(head_hash, str) or len(head_hash) != 64:
        return False
    head_hash = head_hash.lower()
    if any(c not in "0123456789abcdef" for c in head_hash):
        return False
    if count == 0:
        return head_hash == GENESIS
    if count > anchor()[0]:
        return False
    report = verify_chain(upto=count)
    return report.ok and report.head_hash == head_hash


def verify_signatures(key: office_key.OfficeKey | None) -> ChainReport:
    """The history against its signed checkpoints and this computer's witness (see
    ``storage.office_key``). Without a key: says the chain is unkeyed, and what that means (not a
    failure). A checkpoint not signed with ``key``, a chain whose events up to a checkpoint hash
    otherwise than signed (rewritten and recomputed), or a chain shorter than a checkpoint or the
    witness (tail deleted, head moved back) fails. Run after :func:`verify_chain`."""
    count, _head = anchor()
    signed = list(ChainCheckpoint.select(ChainCheckpoint.seq, ChainCheckpoint.hash,
                                         ChainCheckpoint.signed_at, ChainCheckpoint.mac)
                  .order_by(ChainCheckpoint.seq, ChainCheckpoint.id).tuples())
    if key is None:
        text = ("Rantai riwayat tidak berkunci: tanpa kunci kantor, orang yang memegang hak "
                "pemilik basis data dapat menulis ulang peristiwa lalu menghitung ulang semua "
                "hash, atau menghapus ekor riwayat, tanpa terdeteksi. Buat kunci dengan "
                "'kppn-desktop db key create' dan simpan di luar basis data.")
        if signed:
            text += (f" Ada {len(signed)} titik periksa bertanda tangan; berikan kuncinya "
                     "(--key-file) untuk memeriksanya.")
        return ChainReport(True, count, text)
    witness = key.witness()
    marks = [(seq, digest, mac, f"titik periksa {at:%d-%m-%Y %H:%M} UTC")
             for seq, digest, at, mac in signed]
    if witness is not None:
        marks.append((witness.seq, witness.hash, witness.mac,
                      f"catatan titik periksa di luar basis data ({key.witness_path})"))
    stored = _hashes_at({seq for seq, *_ in marks if 0 < seq <= count})
    stored[0] = GENESIS
    for seq, digest, mac, name in marks:
        if not key.signed(seq, digest, mac):
            return ChainReport(False, count, f"{name.capitalize()} (peristiwa no. {seq}) tidak "
                               "ditandatangani dengan kunci kantor ini: dipalsukan, atau dibuat "
                               "dengan kunci lain.", seq)
    for seq, digest, _mac, name in marks:
        if seq > count:
            return ChainReport(False, count, f"Riwayat hanya berisi {count} peristiwa, padahal "
                               f"{name} yang ditandatangani mencatat {seq}: ekor riwayat "
                               "dihapus.", count + 1)
        if stored.get(seq) != digest:
            return ChainReport(False, count, f"Riwayat sampai peristiwa no. {seq} tidak sama "
                               f"dengan {name} yang ditandatangani: riwayat ditulis ulang.", seq)
    if count and not signed:
        return ChainReport(False, count, "Tidak ada titik periksa bertanda tangan di basis data "
                           "ini, padahal kunci kantor ada: dihapus, atau kunci belum dipakai di "
                           "basis data ini ('kppn-desktop db key sign').")
    last = max((seq for seq, *_ in signed), default=0)
    return ChainReport(True, count, f"Rantai bertanda tangan kunci kantor {key.id}: "
                       f"{len(signed)} titik periksa sah, terakhir pada peristiwa no. {last}"
                       + (f"; {count - last} peristiwa sesudahnya belum ditandatangani."
                          if count > last else "."))


def _hashes_at(seqs: set[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    wanted = sorted(seqs)
    for start in range(0, len(wanted), 500):
        out.update(Event.select(Event.seq, Event.hash)
                   .where(Event.seq.in_(wanted[start:start + 500])).tuples())
    return out

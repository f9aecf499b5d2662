"""Anchors outside the database (issue 11, item 9): the anchor printed on issued papers, and the
office key that signs checkpoints of the history. Each tamper case of the issue, done the way an
intruder with the database owner's rights would: triggers dropped, every later hash recomputed,
the head moved to agree."""

from __future__ import annotations

import os
import stat

import pytest
from peewee import SqliteDatabase

from kppn_desktop.domain.errors import KppnError
from kppn_desktop.storage import history, office_key
from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import ChainCheckpoint, ChainHead, Event


def _as_an_intruder():
    """The owner's rights: the append-only triggers of the events and checkpoints dropped."""
    if isinstance(db.obj, SqliteDatabase):
        for name in ("event_no_update", "event_no_delete", "chain_checkpoint_no_update",
                     "chain_checkpoint_no_delete"):
            db.execute_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        db.execute_sql("DROP TRIGGER IF EXISTS event_append_only ON event")
        db.execute_sql("DROP TRIGGER IF EXISTS chain_checkpoint_append_only ON chain_checkpoint")


def _append(n, start=0):
    with db.atomic():
        for i in range(start, start + n):
            history.append_event("administrasi", subject=f"uji:{i}", data={"i": i})


def _rewrite(seq, data):
    """Event ``seq`` given ``data``, every later hash computed again, the head moved."""
    _as_an_intruder()
    prev = Event.get(Event.seq == seq - 1).hash if seq > 1 else history.GENESIS
    for e in Event.select().where(Event.seq >= seq).order_by(Event.seq):
        text = data if e.seq == seq else e.data
        digest = history.event_hash(e.seq, e.consultation_id, e.kind, e.at, e.actor_id,
                                    e.subject, text, prev)
        Event.update(data=text, prev_hash=prev, hash=digest).where(Event.id == e.id).execute()
        prev = digest
    ChainHead.update(hash=prev).where(ChainHead.id == 1).execute()


def _cut_tail(keep):
    """Every event after ``keep`` deleted, the head moved back to event ``keep``."""
    _as_an_intruder()
    Event.delete().where(Event.seq > keep).execute()
    last = Event.get(Event.seq == keep)
    ChainHead.update(seq=keep, hash=last.hash).where(ChainHead.id == 1).execute()


@pytest.fixture
def key(tmp_path):
    made = office_key.create(tmp_path / "kunci" / office_key.FILE_NAME)
    office_key.use(made)
    return made


# --- the anchor of an issued paper --------------------------------------------------------------

def test_an_anchor_names_a_prefix_the_history_keeps_while_it_grows(database):
    assert history.anchor() == (0, history.GENESIS)
    assert history.verify_anchor(0, history.GENESIS)
    _append(5)
    count, head = history.anchor()
    assert count == 5 and head == Event.get(Event.seq == 5).hash
    _append(3, start=5)
    assert history.verify_anchor(count, head)
    assert history.verify_anchor(count, head.upper())       # as typed from paper
    assert history.verify_anchor(*history.anchor())
    assert not history.verify_anchor(count, Event.get(Event.seq == 4).hash)
    assert not history.verify_anchor(count - 1, head)
    assert not history.verify_anchor(99, head)              # more events than there are


@pytest.mark.parametrize("count, head", [(-1, "0" * 64), (True, "0" * 64), ("5", "0" * 64),
                                         (5, "xyz"), (5, None), (5, "g" * 64), (2 ** 70, "0" * 64),
                                         (5.0, "0" * 64)])
def test_a_malformed_anchor_is_not_held(database, count, head):
    _append(5)
    assert history.verify_anchor(count, head) is False


def test_an_anchor_is_not_held_once_its_prefix_is_rewritten_even_with_every_hash_recomputed(
        database):
    _append(10)
    count, head = history.anchor()
    _append(5, start=10)
    _rewrite(4, '{"i":"diganti"}')
    assert history.verify_chain().ok                        # the chain alone sees nothing
    assert not history.verify_anchor(count, head)


def test_an_anchor_is_not_held_once_its_prefix_is_deleted(database):
    _append(10)
    count, head = history.anchor()
    _cut_tail(7)
    assert history.verify_chain().ok
    assert not history.verify_anchor(count, head)


def test_an_anchor_is_not_held_when_a_stored_hash_was_edited_without_its_content(database):
    _append(6)
    count, head = history.anchor()
    _as_an_intruder()
    Event.update(data='{"i":"diganti"}').where(Event.seq == 3).execute()
    assert not history.verify_anchor(count, head)


# --- the office key -----------------------------------------------------------------------------

def test_the_key_file_is_private_and_never_overwritten(tmp_path):
    where = tmp_path / "a" / office_key.FILE_NAME
    made = office_key.create(where)
    if os.name == "posix":
        assert stat.S_IMODE(where.stat().st_mode) == 0o600
    assert office_key.load(where) == made
    with pytest.raises(KppnError, match="sudah ada"):
        office_key.create(where)
    assert office_key.load(where) == made
    if os.name == "posix":
        os.chmod(where, 0o644)
        with pytest.raises(KppnError, match="chmod 600"):
            office_key.load(where)
    where.write_text("bukan kunci")
    with pytest.raises(KppnError):
        office_key.load(where)


def test_without_a_key_verify_says_the_chain_is_unkeyed_and_what_that_means(database):
    _append(3)
    report = history.verify_signatures(None)
    assert report.ok and "tidak berkunci" in report.message
    assert "menghitung ulang" in report.message and "db key create" in report.message


def test_an_existing_history_adopts_a_key_without_being_rewritten(database, tmp_path):
    _append(30)
    before = list(Event.select(Event.seq, Event.hash).order_by(Event.seq).tuples())
    made = office_key.create(tmp_path / office_key.FILE_NAME)
    assert history.sign_head(made) == history.anchor()
    assert list(Event.select(Event.seq, Event.hash).order_by(Event.seq).tuples()) == before
    report = history.verify_signatures(made)
    assert report.ok, report.message
    assert "1 titik periksa" in report.message


def test_with_a_key_the_head_is_signed_every_so_many_events(database, key):
    _append(2 * history.CHECKPOINT_EVERY + 5)
    signed = [seq for (seq,) in ChainCheckpoint.select(ChainCheckpoint.seq)
              .order_by(ChainCheckpoint.seq).tuples()]
    assert signed == [1, history.CHECKPOINT_EVERY + 1, 2 * history.CHECKPOINT_EVERY + 1]
    assert history.verify_signatures(key).ok


def test_a_checkpoint_can_only_be_appended(database, key):
    import peewee

    _append(2)
    for change in (lambda: ChainCheckpoint.update(seq=9).execute(),
                   lambda: ChainCheckpoint.delete().execute()):
        with pytest.raises(peewee.DatabaseError) as err:
            with db.atomic():
                change()
        assert "hanya dapat ditambah" in str(err.value)


def test_event_200_rewritten_with_every_later_hash_recomputed_is_caught_with_the_key(
        database, key):
    _append(250)
    _rewrite(200, '{"i":"diganti"}')
    assert history.verify_chain().ok                        # unkeyed, this passed as "utuh"
    report = history.verify_signatures(key)
    assert not report.ok and report.first_bad_seq == 201
    assert "ditulis ulang" in report.message
    # Another key (or none) cannot sign the rewritten head in its place.
    forged = office_key.OfficeKey(key.path, b"\x01" * 32)
    with db.atomic():
        history._sign(forged, *history.anchor())
    assert "tidak ditandatangani dengan kunci kantor ini" in history.verify_signatures(key).message


def test_a_rewrite_that_also_deletes_the_later_checkpoints_is_caught_by_the_witness(
        database, key):
    _append(250)
    assert history.verify_signatures(key).ok
    key.remember(*ChainCheckpoint.select(ChainCheckpoint.seq, ChainCheckpoint.hash)
                 .order_by(ChainCheckpoint.seq.desc()).tuples().first())     # as db verify does
    _rewrite(200, '{"i":"diganti"}')
    ChainCheckpoint.delete().where(ChainCheckpoint.seq >= 200).execute()
    report = history.verify_signatures(key)
    assert not report.ok and "di luar basis data" in report.message
    assert "ditulis ulang" in report.message


def test_the_tail_deleted_with_the_head_moved_back_is_caught_with_the_key(database, key):
    _append(240)
    history.sign_head(key)                                  # e.g. the day's end: 240 events
    _cut_tail(230)
    assert history.verify_chain().ok                        # unkeyed, this passed as "utuh"
    report = history.verify_signatures(key)
    assert not report.ok and "ekor riwayat dihapus" in report.message
    assert "230" in report.message and "240" in report.message


def test_the_tail_and_its_checkpoints_deleted_is_caught_by_the_witness(database, key):
    _append(240)
    key.remember(*history.sign_head(key))                   # db key sign keeps the witness
    _cut_tail(230)
    ChainCheckpoint.delete().where(ChainCheckpoint.seq > 230).execute()
    report = history.verify_signatures(key)
    assert not report.ok and "ekor riwayat dihapus" in report.message
    # Every checkpoint deleted: a keyed database without any is named too.
    key.witness_path.unlink()
    ChainCheckpoint.delete().execute()
    assert "Tidak ada titik periksa" in history.verify_signatures(key).message


def test_the_witness_only_moves_forward_and_a_forged_one_is_named(database, key):
    _append(5)
    assert key.remember(*history.sign_head(key))
    assert not key.remember(3, Event.get(Event.seq == 3).hash)
    assert key.witness().seq == 5
    key.witness_path.write_text('{"seq": 9, "hash": "00", "mac": "00"}')
    report = history.verify_signatures(key)
    assert not report.ok and "tidak ditandatangani" in report.message

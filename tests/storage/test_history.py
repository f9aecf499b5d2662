"""The hash chain finds any later edit or deletion in the history."""

import peewee
import pytest
from peewee import SqliteDatabase

from kppn_desktop.storage import history, transactions
from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import Event


def _as_an_intruder():
    """Someone with the database owner's rights, who drops the append-only triggers first."""
    if isinstance(db.obj, SqliteDatabase):
        db.execute_sql("DROP TRIGGER IF EXISTS event_no_update")
        db.execute_sql("DROP TRIGGER IF EXISTS event_no_delete")
    else:
        db.execute_sql("DROP TRIGGER IF EXISTS event_append_only ON event")


def _append(n):
    with db.atomic():
        for i in range(n):
            history.append_event("administrasi", subject=f"uji:{i}", data={"i": i})


def test_an_untouched_history_verifies(database):
    _append(5)
    report = history.verify_chain()
    assert report.ok and report.events_checked == 5
    assert [e.seq for e in Event.select().order_by(Event.seq)] == [1, 2, 3, 4, 5]


def test_an_edited_event_is_found(database):
    _append(5)
    _as_an_intruder()
    Event.update(data='{"i": 99}').where(Event.seq == 3).execute()
    report = history.verify_chain()
    assert not report.ok and report.first_bad_seq == 3 and "diubah" in report.message


def test_a_deleted_event_in_the_middle_is_found(database):
    _append(5)
    _as_an_intruder()
    Event.delete().where(Event.seq == 2).execute()
    report = history.verify_chain()
    assert not report.ok and report.first_bad_seq == 2


def test_a_deleted_last_event_is_found(database):
    _append(5)
    _as_an_intruder()
    Event.delete().where(Event.seq == 5).execute()
    report = history.verify_chain()
    assert not report.ok and report.first_bad_seq == 5


def test_events_can_only_be_appended_inside_a_transaction(database):
    import pytest

    with pytest.raises(RuntimeError):
        history.append_event("administrasi")


def test_the_database_refuses_to_change_or_delete_an_event(database):
    _append(3)
    for change in (lambda: Event.update(data='{"i": 99}').where(Event.seq == 2).execute(),
                   lambda: Event.delete().where(Event.seq == 3).execute()):
        with pytest.raises(peewee.DatabaseError) as err:
            with db.atomic():
                change()
        assert "hanya dapat ditambah" in str(err.value)
    assert history.verify_chain().ok and Event.select().count() == 3


def test_the_chain_format_frozen_in_migration_0011_is_the_one_the_history_writes():
    """Migration 0011 rewrote the chain with its own frozen copy of the hashing; the history must
    still hash alike, or every chain it wrote would stop verifying."""
    import datetime as dt
    import importlib

    from kppn_desktop.storage import history

    frozen = importlib.import_module(
        "kppn_desktop.storage.migrations.0011_personal_data_out_of_history")
    at = dt.datetime(2026, 11, 29, 1, 2, 3, 456789, tzinfo=dt.timezone.utc)
    data = {"jawaban": "Dicairkan — ya", "n": 3, "when": at}
    assert frozen.GENESIS == history.GENESIS
    assert frozen.dump_data(data) == history.dump_data(data)
    args = (7, 3, "selesai", at, 2, "konsultasi", history.dump_data(data), "ab" * 32)
    assert frozen.event_hash(*args) == history.event_hash(*args)


def _linked(*subjects, rolled_back=()):
    """One service transaction appending an event per subject; those in ``rolled_back`` inside
    a savepoint that is rolled back."""
    with transactions.transaction():
        for subject in subjects:
            if subject in rolled_back:
                with pytest.raises(ZeroDivisionError):
                    with db.atomic():
                        history.append_event("administrasi", subject=subject)
                        raise ZeroDivisionError
            else:
                history.append_event("administrasi", subject=subject)


def test_a_service_transaction_links_its_events_in_order_and_without_gaps(database):
    _append(2)
    _linked("a", "b", "x", "c", rolled_back=("x",))
    _append(1)
    _linked("d")
    rows = list(Event.select(Event.seq, Event.subject).order_by(Event.seq).tuples())
    assert rows == [(1, "uji:0"), (2, "uji:1"), (3, "a"), (4, "b"), (5, "c"), (6, "uji:0"),
                    (7, "d")]
    report = history.verify_chain()
    assert report.ok and report.events_checked == 7


def test_inside_its_transaction_a_pending_event_reads_last_in_the_order_of_the_history(database):
    _append(2)
    with transactions.transaction():
        history.append_event("administrasi", subject="baru-1")
        history.append_event("administrasi", subject="baru-2")
        order = [s for (s,) in Event.select(Event.subject).order_by(Event.seq).tuples()]
        assert order == ["uji:0", "uji:1", "baru-1", "baru-2"]
    assert history.verify_chain().ok


def test_a_failed_service_transaction_leaves_no_event_and_no_link(database):
    _append(1)
    with pytest.raises(ZeroDivisionError):
        with transactions.transaction():
            history.append_event("administrasi", subject="gagal")
            raise ZeroDivisionError
    _linked("berikut")
    assert [s for (s,) in Event.select(Event.subject).order_by(Event.seq).tuples()] == \
        ["uji:0", "berikut"]
    assert history.verify_chain().ok


@pytest.mark.postgres
def test_only_a_pending_link_may_be_filled_in_and_only_once(database):
    if isinstance(db.obj, SqliteDatabase):
        pytest.skip("SQLite links an event when it is appended")
    _append(2)
    mine = history.PENDING_SEQ + db.connection().info.backend_pid * 2 ** 20
    pending, anothers = mine + 5, mine + 2 ** 20 + 5

    def refused(statement, params=()):
        with pytest.raises(peewee.DatabaseError) as err:
            with db.atomic():
                db.execute_sql(statement, params)
        assert "hanya dapat ditambah" in str(err.value)

    # A committed event's link or content: refused.
    refused("UPDATE event SET hash = 'x', prev_hash = 'y' WHERE seq = 2")
    refused("UPDATE event SET seq = 9 WHERE seq = 2")
    with db.atomic():
        for seq in (pending, anothers):
            db.execute_sql("INSERT INTO event (seq, kind, at, recorded_at, subject, data, "
                           "prev_hash, hash) VALUES (%s, 'administrasi', now(), now(), 'p', '{}', "
                           "'', '')", [seq])
        # Another connection's placeholder (its server process in the number): refused.
        refused("UPDATE event SET seq = 3, prev_hash = 'p', hash = 'h' WHERE seq = %s",
                [anothers])
        # A pending event's content may not change with its link...
        refused("UPDATE event SET seq = 3, hash = 'h', subject = 'lain' WHERE seq = %s", [pending])
        # ... nor may its link stay a placeholder.
        refused("UPDATE event SET hash = 'h' WHERE seq = %s", [pending])
        db.execute_sql("UPDATE event SET seq = 3, prev_hash = 'p', hash = 'h' WHERE seq = %s",
                       [pending])
        refused("UPDATE event SET hash = 'lagi' WHERE seq = 3")
        db.rollback()

"""The hash chain finds any later edit or deletion in the history."""

import peewee
import pytest
from peewee import SqliteDatabase

from kppn_desktop.storage import history
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

"""The hash chain finds any later edit or deletion in the history."""

from kppn_desktop.storage import history
from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import Event


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
    Event.update(data='{"i": 99}').where(Event.seq == 3).execute()
    report = history.verify_chain()
    assert not report.ok and report.first_bad_seq == 3 and "diubah" in report.message


def test_a_deleted_event_in_the_middle_is_found(database):
    _append(5)
    Event.delete().where(Event.seq == 2).execute()
    report = history.verify_chain()
    assert not report.ok and report.first_bad_seq == 2


def test_a_deleted_last_event_is_found(database):
    _append(5)
    Event.delete().where(Event.seq == 5).execute()
    report = history.verify_chain()
    assert not report.ok and report.first_bad_seq == 5


def test_events_can_only_be_appended_inside_a_transaction(database):
    import pytest

    with pytest.raises(RuntimeError):
        history.append_event("administrasi")

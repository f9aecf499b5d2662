"""An office's database from the first released schema upgrades to this version whole.

``tests/data/kppn-0001-sample.sqlite3`` was made by the code of the first schema (commit 6ec050f's
successor ``6333fc3~1``, migration 0001 only) with ``sample-data --consultations 60 --months 2`` at
2026-11-20 10:00 WITA, and is kept as it was written: the migrations are tested against a file
they did not make, not against a downgrade of today's schema."""

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

OLD = Path(__file__).parents[1] / "data" / "kppn-0001-sample.sqlite3"


@pytest.fixture
def upgraded(tmp_path):
    from kppn_desktop.storage.database import close_database, open_database

    copy = tmp_path / "kantor-lama.sqlite3"
    shutil.copyfile(OLD, copy)
    info = open_database(f"sqlite:///{copy}")
    yield info
    close_database()


def _old_rows(sql):
    import sqlite3

    with sqlite3.connect(f"file:{OLD}?mode=ro&immutable=1", uri=True) as conn:
        return conn.execute(sql).fetchall()


def test_an_office_database_of_the_first_schema_upgrades_whole(upgraded):
    from kppn_desktop.services import library, queries
    from kppn_desktop.services.context import Actor
    from kppn_desktop.storage import clock_columns, history, schema
    from kppn_desktop.storage.models import Consultation, Event, User

    assert schema.pending() == []
    # Nothing lost: every consultation and event of the old file is there, the history's chain
    # (written by migration 0009 over the old events) holds.
    assert Consultation.select().count() == _old_rows("SELECT COUNT(*) FROM consultation")[0][0] == 60
    old = _old_rows("SELECT seq, kind, consultation_id FROM event ORDER BY seq")
    now = list(Event.select(Event.seq, Event.kind, Event.consultation).order_by(Event.seq).tuples())
    assert now[:len(old)] == old
    # ... and one more: migration 0011 recorded that it moved personal text out of the history.
    assert [(kind, json.loads(data)["migrasi"]) for _, kind, _, data in
            Event.select(Event.seq, Event.kind, Event.consultation, Event.data)
            .where(Event.seq > len(old)).tuples()] == [
        ("administrasi", "0011_personal_data_out_of_history")]
    chain = history.verify_chain()
    assert chain.ok, chain
    # The clocks and the report sums the migrations counted equal a fresh count from the history.
    again = clock_columns.recount()
    assert again.checked == 60
    assert not again.consultations and not again.sums, again

    u = User.get(User.username == "cso1")
    cso = Actor(u.id, u.username, u.full_name, u.role)
    # The lists' search text was written after the upgrade: a stakeholder's name finds its
    # consultations, as the old list did.
    (name, count), = _old_rows(
        "SELECT s.name, COUNT(*) FROM consultation c JOIN stakeholder s ON s.id = c.stakeholder_id "
        "GROUP BY s.id ORDER BY COUNT(*) DESC, s.id LIMIT 1")
    found = queries.list_consultations(cso, queries.ListFilter(text=name), limit=200)
    assert len(found) >= count
    # The library indexed the past answers (migration 0014).
    (number, answer), = _old_rows(
        "SELECT c.number, r.answer FROM resolution r JOIN consultation c ON c.id = r.consultation_id "
        "ORDER BY r.id LIMIT 1")
    word = max(answer.split(), key=len).strip(".,;:()")
    hits = library.search(cso, word, kinds=("jawaban",), limit=50)
    assert number in {h.citation for h in hits}


def test_the_upgraded_office_reports_what_its_rows_say(upgraded):
    """The report of the months the old file covers counts every consultation received in them
    and every one resolved, as the old rows say."""
    from kppn_desktop.services import reports

    (received,), = _old_rows("SELECT COUNT(*) FROM consultation")
    (resolved,), = _old_rows("SELECT COUNT(*) FROM consultation WHERE state = 'selesai'")
    now = dt.datetime(2026, 11, 28, 8, 0, tzinfo=dt.timezone.utc)
    report = reports.service_report(None, dt.date(2026, 9, 1), dt.date(2026, 11, 27), now=now)
    assert report.total == received
    assert report.resolved >= resolved

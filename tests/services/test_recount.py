"""Calendar corrections reach the stored figures: a closure entered afterwards for a past day
changes the clocks it touches, and the recount corrects them and the report sums and records it
(issue 10, item 3; ``kppn-desktop db recount``)."""

from __future__ import annotations

import datetime as dt

import pytest

from kppn_desktop.services import consultations as svc
from kppn_desktop.services import office as office_service
from kppn_desktop.services import queries, reports
from kppn_desktop.storage.models import Event

from .helpers import take, wita


def test_a_closure_entered_afterwards_is_recounted_and_recorded(office):
    # Tuesday 14:50: 10 office minutes that day, the other 10 on Wednesday from 08:00.
    [c] = take(office, wita(2026, 3, 10, 14, 50)).consultations
    c = svc.resolve(office.cso, c.id, "Dijawab.", expected_version=c.version,
                    at=wita(2026, 3, 11, 9, 0))
    assert c.service_met is False
    first = office_service.recount_clocks(office.admin)
    assert not first.changed and first.checked == 1           # consistent: nothing to do

    before = reports.service_report(office.admin, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    # The office was in fact closed that Wednesday (entered later): the answer came on a closed
    # day, no office minute after Tuesday's ten was used.
    office_service.set_closure(office.admin, dt.date(2026, 3, 11), "Banjir, kantor tutup")
    events = Event.select().count()
    found = office_service.recount_clocks(office.admin)
    assert list(found.consultations) == [c.number] and found.sums
    assert queries.summary_of(c.id).service_met is True
    assert Event.select().count() == events + 1                 # the correction is in the history
    after = reports.service_report(office.admin, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert after != before
    assert not office_service.recount_clocks(office.admin).changed


@pytest.mark.parametrize("closed_day, hours", [(dt.date(2026, 2, 18), None),
                                               (dt.date(2026, 3, 4), None),
                                               (dt.date(2026, 3, 9), (dt.time(8), dt.time(11)))])
def test_a_recount_after_a_correction_counts_only_what_it_can_touch_and_misses_nothing(
        database, closed_day, hours):
    """After a closure (or shorter hours) from a day on, the recount looks only at the
    consultations that can have counted office time from that day; a full recount afterwards
    finds nothing left to correct."""
    from kppn_desktop.demo import sample
    from kppn_desktop.services import users
    from kppn_desktop.storage.models import Consultation

    made_at = dt.datetime(2026, 3, 13, 3, 30, tzinfo=dt.timezone.utc)
    report = sample.generate(consultations=400, months=3, seed=11, now=made_at, bulk=True)
    admin = users.login("admin", dict((u, p) for u, p, _r in report.passwords)["admin"])
    assert not office_service.recount_clocks(admin, full=True).changed
    if hours is None:
        office_service.set_closure(admin, closed_day, "Koreksi: kantor tutup")
    else:
        office_service.add_hours_override(admin, closed_day, closed_day + dt.timedelta(days=2),
                                          {d: hours for d in range(5)}, "Koreksi jam")
    found = office_service.recount_clocks(admin)
    assert found.changed and found.checked < Consultation.select().count()
    assert not office_service.recount_clocks(admin, full=True).changed
    assert not office_service.recount_clocks(admin).changed       # nothing pending any more


def test_a_closure_on_the_day_an_update_counts_for_reaches_the_open_escalation_s_missed_days(
        office):
    """An open escalation's missed progress days since its last update come from two stored
    days (migration 0023), the day that update counts for among them, and which day that is
    depends on the calendar: an update after hours counts for the next working day. A closure
    entered afterwards on that day moves it; the recount the correction starts stores it again,
    and the report counts what the whole clock counts."""
    from kppn_desktop.services import projection

    [c] = take(office, wita(2026, 3, 3, 9, 0)).consultations
    c = svc.escalate(office.cso, c.id, section_id=office.sections["BANK"], reason="Konfirmasi",
                     contact_person="Nur", contact_phone="081244556677",
                     expected_version=c.version, at=wita(2026, 3, 3, 10, 0))
    # Wednesday 20:00, after hours: it counts for Thursday.
    svc.record_progress(office.cso, c.id, "Progres", channel="telepon",
                        expected_version=c.version, at=wita(2026, 3, 4, 20, 0))
    now = wita(2026, 3, 13, 18, 0).astimezone(dt.timezone.utc)
    march = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))

    def missed_by_clock():
        clocks = projection.clocks_of(c.id, c.service_target, now)
        return len(clocks[-1].progress.missed_days)

    assert reports.service_report(office.kakan, *march, now=now).missed_progress_updates \
        == missed_by_clock() > 0
    # The office was in fact closed that Thursday (entered later).
    office_service.set_closure(office.admin, dt.date(2026, 3, 5), "Banjir, kantor tutup")
    office_service.recount_clocks(office.admin)
    assert reports.service_report(office.kakan, *march, now=now).missed_progress_updates \
        == missed_by_clock() > 0


def test_a_cycle_stored_under_another_office_is_found_and_put_back(office):
    """A cycle row and its missed days carry their consultation's office (migration 0027), and
    an office's day sums read its own rows alone. A row stored under another office would count
    in that office's report and be missing from its own; the recount finds it and writes it
    back under its own office, and the sums with it."""
    from kppn_desktop.storage import rollups
    from kppn_desktop.storage.database import db
    from kppn_desktop.storage.models import ConsultationCycle

    [c] = take(office, wita(2026, 3, 10, 9, 0)).consultations
    svc.resolve(office.cso, c.id, "Dijawab.", expected_version=c.version,
                at=wita(2026, 3, 10, 9, 10))
    month = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    before = reports.service_report(office.admin, *month)
    assert before.service_compliance.met == 1
    other = office_service.add_office_unchecked(office_service.OfficeProfile(
        code="999", name="KPPN Lain", city="Kota"))

    def met(office_id: int) -> int:
        return reports.service_report(None, *month, office_id=office_id).service_compliance.met
    ConsultationCycle.update(office=other.id).where(ConsultationCycle.consultation == c.id).execute()
    with db.atomic():
        rollups.rebuild(office.admin.office_id)
        rollups.rebuild(other.id)
    assert (met(office.admin.office_id), met(other.id)) == (0, 1)       # counted elsewhere

    found = office_service.recount_clocks(office.admin, full=True)
    assert found.consultations == {c.number: ["kantor siklus"]}
    assert {k.office_id for k in ConsultationCycle.select().where(
        ConsultationCycle.consultation == c.id)} == {office.admin.office_id}
    assert reports.service_report(office.admin, *month).service_compliance == \
        before.service_compliance
    assert met(other.id) == 0               # and no longer there
    assert not office_service.recount_clocks(office.admin, full=True).changed


def test_a_cycle_stored_without_an_office_is_found_and_put_back(office):
    """SQLite adds migration 0027's office columns NULL-able: a row a writer stored without an
    office counts in no office's sums; the recount finds it too."""
    from kppn_desktop.storage.database import db
    from kppn_desktop.storage.models import ConsultationCycle

    if not db.obj.__class__.__name__.startswith("Sqlite"):
        pytest.skip("PostgreSQL's column is NOT NULL")
    [c] = take(office, wita(2026, 3, 10, 9, 0)).consultations
    db.execute_sql("UPDATE consultation_cycle SET office_id = NULL WHERE consultation_id = ?",
                   (c.id,))
    found = office_service.recount_clocks(office.admin, full=True)
    assert found.consultations == {c.number: ["kantor siklus"]}
    assert {k.office_id for k in ConsultationCycle.select().where(
        ConsultationCycle.consultation == c.id)} == {office.admin.office_id}


def test_the_days_a_consultation_s_stored_rows_count_on_are_all_of_them(database):
    """The days a save counts again before it rewrites a consultation's cycles and missed days
    (``clock_columns.stored_days``: one statement for both tables) are every day those rows
    name, as read row by row here."""
    from kppn_desktop.demo import sample
    from kppn_desktop.storage import clock_columns
    from kppn_desktop.storage.models import (
        CYCLE_DAYS,
        Consultation,
        ConsultationCycle,
        MissedUpdate,
    )

    sample.generate(consultations=300, months=3, seed=5, bulk=True,
                    now=dt.datetime(2026, 3, 13, 3, 30, tzinfo=dt.timezone.utc))
    escalated = sorted({cid for (cid,) in ConsultationCycle.select(
        ConsultationCycle.consultation).where(
        ConsultationCycle.solution_decided_on.is_null(False)).tuples()})
    assert escalated
    # The bulk sample stores no missed day: a day none of the cycles names, for some of them.
    missed = escalated[:10]
    for n, cid in enumerate(missed):
        MissedUpdate.insert(consultation=cid, office=Consultation.get_by_id(cid).office_id,
                            cycle=1, day=dt.date(2025, 1, 1) + dt.timedelta(days=n)).execute()
    some = missed + escalated[10:30] + [1, 2, 3]
    for cid in some:
        days = {getattr(row, name) for row in ConsultationCycle.select().where(
            ConsultationCycle.consultation == cid) for name in CYCLE_DAYS}
        days |= {m.day for m in MissedUpdate.select().where(MissedUpdate.consultation == cid)}
        assert clock_columns.stored_days(cid) == days - {None}, cid

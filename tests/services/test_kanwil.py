"""The Kanwil's consolidated report reads all its KPPNs together (their sums in one grouped query,
their open consultations in one query per cut-off, their clocks from one read of their events);
each office is still judged on its own time zone, calendar and standard, as of its own cut-off.
Checked against each office's own service report and, for the overdue escalations, against
every consultation's clocks counted one by one as of its office's cut-off (a plain recount), on
both engines, for periods in the past and periods that still last."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kppn_desktop import documents
from kppn_desktop.services import kanwil, projection, reports, users
from kppn_desktop.services import office as office_service
from kppn_desktop.services import settings as settings_service

#: When the sample data was made: the reports are asked as of this instant or up to 20 days on.
MADE = dt.datetime(2026, 3, 13, 3, 30, tzinfo=dt.timezone.utc)
#: The sample KPPNs beside the first (Asia/Makassar): code -> time zone.
ZONES = {"122": "Asia/Jakarta", "123": "Asia/Jayapura"}


@pytest.fixture
def region(database):
    """A Kanwil over three KPPNs in three time zones (WITA, WIB, WIT): the WIB one with a
    closure and shorter hours on some days, the WIT one with escalations due in 2 working days
    instead of 3 and a progress update every two working days; 60 sample consultations each over
    two months, and a few escalations that run late (:func:`_late_courses`)."""
    from kppn_desktop.demo import sample
    from kppn_desktop.storage.models import User

    for n, (code, zone) in enumerate(ZONES.items()):
        info = office_service.add_office_unchecked(office_service.OfficeProfile(
            code=code, name=f"KPPN Contoh {code}", city="Kota", timezone=zone))
        users.create_user_unchecked(f"admin.{code}", "Admin", "admin", "sandi-admin-x",
                                    office_id=info.id)
        admin = users.login(f"admin.{code}", "sandi-admin-x")
        if n == 0:
            office_service.set_closure(admin, dt.date(2026, 2, 18), "Banjir")
            office_service.add_hours_override(
                admin, dt.date(2026, 2, 23), dt.date(2026, 3, 6),
                {day: (dt.time(9), dt.time(12)) for day in range(5)}, "Ramadan")
        else:
            settings_service.put(settings_service.SOLUTION_WORKING_DAYS, 2, info.id)
            settings_service.put(settings_service.PROGRESS_EVERY_WORKING_DAYS, 2, info.id)
    sample.generate(consultations=60, months=2, seed=11, now=MADE, bulk=True, offices=3)
    for office in kanwil.offices(users.actor_for(User.get(User.username == "kanwil").id)):
        _late_courses(office.id)
    return users.actor_for(User.get(User.username == "kanwil").id)


def _late_courses(office_id: int) -> None:
    """Escalations that run past their solution deadline, at office-local times: one resolved
    late, half an hour before midnight on 20 February (a cut-off between its deadline and its
    answer lists it: the end of 20 February in another office's time zone would), one answered,
    reopened
    and escalated again (its second cycle still open), one whose solution clock waited for
    documents before running out."""
    from kppn_desktop.services import consultations as svc
    from kppn_desktop.services import queries
    from kppn_desktop.services.records import QuestionInput

    from .helpers import bendahara

    zone = office_service.office_calendar(office_id).tz
    section = office_service.list_sections(office_id=office_id)[0].id
    users.create_user_unchecked(f"cso.late.{office_id}", "Petugas", "cso", "sandi-cso-late",
                                office_id=office_id)
    cso = users.login(f"cso.late.{office_id}", "sandi-cso-late")
    category = office_service.list_categories(office_id=office_id)[0].id

    def at(month, day, hour, minute=0):
        return dt.datetime(2026, month, day, hour, minute, tzinfo=zone)

    def taken(when):
        visit = svc.take_consultation(
            cso, channel="tatap_muka", stakeholder=bendahara(),
            questions=[QuestionInput(category, "SPM LS ditolak karena data supplier.")], at=when)
        return visit.consultations[0].id

    def escalated(cid, when):
        svc.escalate(cso, cid, section_id=section, reason="Perlu Kasi", contact_person="Nur",
                     contact_phone="081244556677", expected_version=queries.summary_of(cid).version,
                     at=when)

    def version(cid):
        return queries.summary_of(cid).version

    late = taken(at(2, 3, 10))
    escalated(late, at(2, 3, 10, 5))
    svc.resolve(cso, late, "Jawaban", expected_version=version(late), at=at(2, 20, 23, 30))
    again = taken(at(2, 9, 10))
    svc.resolve(cso, again, "Jawaban", expected_version=version(again), at=at(2, 9, 10, 10))
    svc.reopen(cso, again, "Belum jelas", expected_version=version(again), at=at(2, 11, 9))
    escalated(again, at(2, 11, 9, 30))
    waited = taken(at(2, 16, 10))
    escalated(waited, at(2, 16, 10, 5))
    svc.request_documents(cso, waited, "SPM", expected_version=version(waited),
                          at=at(2, 17, 10))
    svc.record_documents_received(cso, waited, expected_version=version(waited),
                                  at=at(2, 25, 10))


def _figures(report: documents.ServiceReport) -> tuple:
    return (report.total, report.resolved, report.escalated, report.service_compliance,
            report.solution_compliance, report.missed_progress_updates, report.first_contact,
            report.avg_handling_minutes, report.p90_handling_minutes, report.backlog)


def _headline(f: documents.OfficeFigures) -> tuple:
    return (f.total, f.resolved, f.escalated, f.service_compliance, f.solution_compliance,
            f.missed_progress_updates, f.first_contact, f.avg_handling_minutes,
            f.p90_handling_minutes, f.backlog)


def _recount(office_id: int, cut_off: dt.datetime, first: dt.date = dt.date.min,
             last: dt.date = dt.date.max) -> tuple[set[tuple], int]:
    """Every consultation of the office, its clocks counted alone as of ``cut_off`` on its
    office's calendar: (number, deadline, office minutes overdue) of those that were escalations
    past their solution deadline then, and the progress updates missed from ``first`` to
    ``last``."""
    from kppn_desktop.domain import clocks
    from kppn_desktop.storage.models import Consultation

    calendar = office_service.office_calendar(office_id)
    overdue, missed = set(), 0
    for cid, number, target in (Consultation.select(Consultation.id, Consultation.number,
                                                    Consultation.service_target)
                                .where(Consultation.office == office_id).tuples()):
        cycles = projection.clocks_of(cid, target, cut_off)
        missed += sum(first <= day <= last for _n, day in clocks.missed_update_days(cycles))
        solution = cycles[-1].solution
        if (solution is not None and solution.stopped_at is None
                and solution.deadline is not None and solution.deadline < cut_off):
            overdue.add((number, solution.deadline,
                         round(calendar.office_minutes_between(solution.deadline, cut_off))))
    return overdue, missed


@settings(max_examples=10, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(0, 90), length=st.integers(0, 45), later=st.integers(0, 20 * 24))
@example(start=50, length=0, later=0)           # 20 February: its end differs by office
@example(start=31, length=19, later=100)
@example(start=59, length=30, later=200)        # March, still lasting
def test_each_office_is_judged_on_its_own_calendar_and_cut_off(region, start, length, later):
    """Any period (past, or still lasting), as of any instant from when the data was made to 20
    days on: each KPPN's row is its own service report's headline, and its missed progress
    updates and the overdue escalations are those each office's clocks say, as of its own
    cut-off."""
    now = MADE + dt.timedelta(hours=later)
    first = dt.date(2026, 1, 1) + dt.timedelta(days=start)
    last = first + dt.timedelta(days=length)
    report = kanwil.consolidated_report(region, first, last, now=now)
    offices = kanwil.offices(region)
    assert sorted(o.code for o in offices) == ["121", "122", "123"]
    by_code = {row.code: row.figures for row in report.offices}
    expected_overdue = set()
    for office in offices:
        own = reports.service_report(None, first, last, now=now, office_id=office.id)
        assert _headline(by_code[office.code]) == _figures(own), office.code
        cut_off, _present = reports.cut_off_of(last, now, office_service.office_calendar(office.id))
        overdue, missed = _recount(office.id, cut_off, first, last)
        assert by_code[office.code].missed_progress_updates == missed, office.code
        expected_overdue |= {(office.code, *row) for row in overdue}
    listed = [(r.office_code, r.overdue.number, r.overdue.deadline, r.overdue.overdue_minutes)
              for r in report.overdue]
    assert set(listed) == expected_overdue
    assert listed == sorted(listed, key=lambda r: (r[2], r[0], r[1]))



def test_an_office_s_figures_are_its_own_report_s_whatever_the_others_hold_in_a_part_month(
        region):
    """A period ending mid-March, when one KPPN alone has a consultation later that month: for
    it the March part is read from its days, for the others from their month row, in both
    reports. Each KPPN's row equals its own report to the last digit (the handling minutes are
    floats: added in another grouping, the average differed in its last digit)."""
    from kppn_desktop.services import consultations as svc
    from kppn_desktop.services import queries
    from kppn_desktop.services.records import QuestionInput

    from .helpers import bendahara

    offices = kanwil.offices(region)
    late_office = offices[-1].id
    cso = users.login(f"cso.late.{late_office}", "sandi-cso-late")
    when = dt.datetime(2026, 3, 30, 10, tzinfo=office_service.office_calendar(late_office).tz)
    [taken] = svc.take_consultation(
        cso, channel="tatap_muka", stakeholder=bendahara(),
        questions=[QuestionInput(office_service.list_categories(office_id=late_office)[0].id,
                                 "SPM LS ditolak karena data supplier.")], at=when).consultations
    svc.resolve(cso, taken.id, "Jawaban", expected_version=queries.summary_of(taken.id).version,
                at=when + dt.timedelta(minutes=7))
    now = dt.datetime(2026, 4, 2, 3, tzinfo=dt.timezone.utc)
    for first in (dt.date(2026, 1, 1), dt.date(2026, 1, 9), dt.date(2026, 2, 17)):
        report = kanwil.consolidated_report(region, first, dt.date(2026, 3, 20), now=now)
        by_code = {row.code: row.figures for row in report.offices}
        for office in offices:
            own = reports.service_report(None, first, dt.date(2026, 3, 20), now=now,
                                         office_id=office.id)
            assert _headline(by_code[office.code]) == _figures(own), (office.code, first)

def test_the_overdue_escalations_now_and_at_a_past_instant(region):
    """The overdue escalations across the KPPNs at an instant, each recounted on its own
    calendar: now (as stored) and at past instants (recounted as of then)."""
    offices = kanwil.offices(region)
    found_any = False
    for at in (None, MADE - dt.timedelta(days=3), MADE - dt.timedelta(days=20, hours=5)):
        cut_off = at or dt.datetime.now(dt.timezone.utc)
        rows = kanwil.overdue_escalations(region, at)
        expected = {(o.code, *row) for o in offices for row in _recount(o.id, cut_off)[0]}
        if at is None:       # minutes go on counting while the test runs: compare without them
            assert {r[:3] for r in expected} == {
                (r.office_code, r.overdue.number, r.overdue.deadline) for r in rows}
        else:
            assert expected == {(r.office_code, r.overdue.number, r.overdue.deadline,
                                 r.overdue.overdue_minutes) for r in rows}
        found_any |= bool(rows)
    assert found_any, "the sample has escalations past their deadline"

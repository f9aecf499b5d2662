"""The deadline of a consultation as the lists and the window show it: time left or over in office
time, urgency, a clock standing still (domain/deadlines.py). Words are tested in tests/gui."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kppn_desktop.domain import deadlines
from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.deadlines import Level, Standing, TimeLeft
from kppn_desktop.domain.standards import CalendarSettings
from kppn_desktop.domain.workflow import State

WITA = ZoneInfo("Asia/Makassar")


def at(y, m, d, hh=0, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=WITA)


@dataclass
class Row:
    state: str
    service_due_at: datetime | None = None
    service_met: bool | None = None
    solution_due_at: datetime | None = None
    solution_met: bool | None = None


@pytest.fixture(scope="module")
def cal():
    return OfficeCalendar(CalendarSettings())


def test_a_service_clock_counts_office_minutes_and_turns_soon_under_five(cal):
    row = Row(State.IN_SERVICE, service_due_at=at(2026, 3, 17, 10, 20))
    status = deadlines.deadline_status(row, at(2026, 3, 17, 10, 8), cal)
    assert (status.standing, status.level, status.clock) == (Standing.RUNNING, Level.OK, "service")
    assert status.left == TimeLeft(at(2026, 3, 17, 10, 20), over=False, minutes=12)
    assert deadlines.deadline_status(row, at(2026, 3, 17, 10, 16), cal).level == Level.SOON
    late = deadlines.deadline_status(row, at(2026, 3, 17, 11, 25), cal)
    assert (late.level, late.left.over, late.left.minutes) == (Level.LATE, True, 65)
    # Days over count the working days after the due day (the calendar's own tests pin which).
    days_late = deadlines.deadline_status(row, at(2026, 3, 26, 9, 0), cal).left
    assert days_late.over and days_late.days == deadlines.late_days(
        cal, at(2026, 3, 17, 10, 20), at(2026, 3, 26, 9, 0)) == 2


def test_a_solution_clock_counts_working_days_then_the_minutes_of_its_last_day(cal):
    row = Row(State.ESCALATED, solution_due_at=at(2026, 3, 27, 15, 0))
    first = deadlines.deadline_status(row, at(2026, 3, 17, 11, 0), cal)
    assert (first.clock, first.level, first.left.days) == ("solution", Level.OK, 3)
    last_day = deadlines.deadline_status(row, at(2026, 3, 27, 13, 0), cal)
    assert (last_day.level, last_day.left.days, last_day.left.minutes) == (Level.SOON, None, 120)
    after = deadlines.deadline_status(row, at(2026, 3, 30, 9, 0), cal)
    assert (after.level, after.left.over, after.left.days) == (Level.LATE, True, 1)


def test_a_deadline_passed_at_closing_time_has_no_minute_over_until_the_office_opens(cal):
    due = at(2026, 3, 10, 16, 0)        # Tuesday, closing time
    left = deadlines.time_left(cal, due, at(2026, 3, 10, 18, 0), in_days=False)
    assert left.over and left.passed_at_close and left.minutes is None and left.days is None


def test_outside_office_hours_the_clock_says_when_it_goes_on(cal):
    due = at(2026, 3, 11, 8, 10)
    left = deadlines.time_left(cal, due, at(2026, 3, 10, 17, 30), in_days=False)
    assert left.minutes == 10 and left.resumes_at == at(2026, 3, 11, 8, 0)
    open_now = deadlines.time_left(cal, due, at(2026, 3, 11, 8, 0), in_days=False)
    assert open_now.resumes_at is None


@pytest.mark.parametrize("row, standing, level", [
    (Row(State.RESOLVED, service_met=True), Standing.MET, Level.OK),
    (Row(State.RESOLVED, service_met=True, solution_met=False), Standing.BREACHED, Level.LATE),
    (Row(State.RESOLVED, service_met=False, solution_met=True), Standing.BREACHED, Level.LATE),
    (Row(State.RESOLVED), Standing.NONE, None),
    (Row(State.WAITING_DOCUMENTS), Standing.SERVICE_PAUSED, None),
    (Row(State.ESCALATED), Standing.SOLUTION_PAUSED, None),
    (Row(State.IN_SERVICE), Standing.NONE, None),
])
def test_resolved_and_paused_consultations(cal, row, standing, level):
    status = deadlines.deadline_status(row, at(2026, 3, 17, 10, 0), cal)
    assert (status.standing, status.level) == (standing, level)


def _office_minutes_by_walking(cal: OfficeCalendar, a: datetime, b: datetime) -> int:
    """A plain recount: every whole minute from a to b that lies inside that day's hours."""
    count, t = 0, a
    while t < b:
        span = cal.hours_on(t.date())
        if span is not None and span[0] <= t < span[1]:
            count += 1
        t += timedelta(minutes=1)
    return count


@settings(max_examples=60, deadline=None)
@given(start=st.integers(0, 9 * 24 * 60), due_after=st.integers(-3 * 24 * 60, 3 * 24 * 60))
def test_a_service_clock_agrees_with_a_recount_by_minutes(cal, start, due_after):
    now = at(2026, 6, 1) + timedelta(minutes=start)
    due = now + timedelta(minutes=due_after)
    status = deadlines.deadline_status(Row(State.IN_SERVICE, service_due_at=due), now, cal)
    left = status.left
    assert left.over == (due <= now)
    if not left.over:
        walked = _office_minutes_by_walking(cal, now, due)
        assert left.minutes == pytest.approx(walked)
        assert status.level == (Level.SOON if walked < deadlines.WARN_MINUTES else Level.OK)
        open_now = cal.hours_on(now.date()) and cal.hours_on(now.date())[0] <= now < \
            cal.hours_on(now.date())[1]
        assert (left.resumes_at is None) == bool(open_now)
    elif left.days:
        assert left.days == len([d for d in (due.date() + timedelta(days=i)
                                              for i in range(1, (now.date() - due.date()).days + 1))
                                 if cal.hours_on(d) is not None])
    elif not left.passed_at_close:
        assert left.minutes == pytest.approx(_office_minutes_by_walking(cal, due, now))

"""What a consultation's deadline says at a given moment: time left or over, how urgent, and
whether its clock stands still. Facts only; the screen words them (``gui.lists.consultation_model``)
in its own language, the lists and the consultation window alike.

The rules (DOMAIN.md, "Precise rules"):

- Time is counted in office time, as the clocks are. A clock measured in working days (the
  solution) counts whole working days until its last day, then the office minutes left that day;
  a clock in minutes (the service) counts office minutes.
- Past the deadline: the working days after its day, else the office minutes over; a deadline that
  passed at closing time has no office minute over yet (``passed_at_close``).
- Outside office hours a clock stands still: ``resumes_at`` says when office time goes on.
- A resolved consultation has met the standard when every decided clock met it; a breach in any
  cycle is final.
- Urgency: ``LATE`` once the deadline passed; ``SOON`` with under ``WARN_MINUTES`` office minutes
  left on a service clock, or a solution due today; else ``OK``.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Protocol

from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.workflow import State

#: Under this many office minutes left, a running service clock is due soon.
WARN_MINUTES = 5


class Level(enum.StrEnum):
    OK = "ok"
    SOON = "soon"
    LATE = "late"


class Standing(enum.StrEnum):
    """What the deadline column shows for a consultation."""

    NONE = "none"                  # no clock to show (a new consultation before its first event)
    MET = "met"                    # resolved within the standard
    BREACHED = "breached"          # resolved, a clock over the standard in some cycle
    SERVICE_PAUSED = "service_paused"    # waiting for documents: the service clock stands still
    SOLUTION_PAUSED = "solution_paused"  # escalated and waiting for documents
    RUNNING = "running"            # a deadline ahead or passed (``left``)


@dataclass(frozen=True)
class TimeLeft:
    """A running clock's distance to its deadline, in office time.

    Exactly one measure is set: ``days`` (whole working days, left or over) or ``minutes``
    (office minutes, left or over); a deadline passed at closing time sets neither
    (``passed_at_close``)."""

    due: dt.datetime
    over: bool
    days: int | None = None
    minutes: float | None = None
    passed_at_close: bool = False
    #: While the office is closed (and the clock stands still): when office time goes on, local.
    resumes_at: dt.datetime | None = None


@dataclass(frozen=True)
class DeadlineStatus:
    standing: Standing
    level: Level | None = None
    #: The clock the deadline belongs to: 'service' (20 minutes) or 'solution' (3 working days).
    clock: str | None = None
    left: TimeLeft | None = None


class HasDeadlines(Protocol):
    """The few columns of a consultation the deadline reads (``records.ConsultationSummary``)."""

    state: str
    service_due_at: dt.datetime | None
    service_met: bool | None
    solution_due_at: dt.datetime | None
    solution_met: bool | None


def late_days(calendar: OfficeCalendar, due: dt.datetime, now: dt.datetime) -> int:
    """Working days after the due day, up to and including today."""
    due_day, today = calendar.local(due).date(), calendar.local(now).date()
    if today <= due_day:
        return 0
    return len(calendar.working_days_between(due_day + dt.timedelta(days=1), today))


def resumes_at(calendar: OfficeCalendar, now: dt.datetime) -> dt.datetime | None:
    """None while the office is open; else the local moment office time (and a clock) goes on."""
    opening = calendar.next_opening(now)
    if opening <= calendar.local(now):
        return None
    return calendar.local(opening)


def time_left(calendar: OfficeCalendar, due: dt.datetime, now: dt.datetime, *,
              in_days: bool) -> TimeLeft:
    """The one rule for a running clock's time left or over, in the list and in the window."""
    if due <= now:
        days = late_days(calendar, due, now)
        if days:
            return TimeLeft(due, over=True, days=days)
        minutes = calendar.office_minutes_between(due, now)
        if minutes < 1:     # passed at closing time: office time stands still until the opening
            return TimeLeft(due, over=True, passed_at_close=True)
        return TimeLeft(due, over=True, minutes=minutes)
    if in_days:
        due_day, today = calendar.local(due).date(), calendar.local(now).date()
        if due_day != today:
            days = len(calendar.working_days_between(today + dt.timedelta(days=1), due_day))
            return TimeLeft(due, over=False, days=days, resumes_at=resumes_at(calendar, now))
    return TimeLeft(due, over=False, minutes=calendar.office_minutes_between(now, due),
                    resumes_at=resumes_at(calendar, now))


def deadline_status(c: HasDeadlines, now: dt.datetime, calendar: OfficeCalendar) -> DeadlineStatus:
    """The deadline of ``c`` as of ``now``: against the service deadline while open, the solution
    deadline once escalated; for a resolved one, whether the standard was met."""
    if c.state == State.RESOLVED:
        decided = [m for m in (c.service_met, c.solution_met) if m is not None]
        if any(m is False for m in decided):
            return DeadlineStatus(Standing.BREACHED, Level.LATE)
        if decided:
            return DeadlineStatus(Standing.MET, Level.OK)
        return DeadlineStatus(Standing.NONE)
    escalated = c.state == State.ESCALATED
    due = c.solution_due_at if escalated else c.service_due_at
    if due is None:
        if c.state == State.WAITING_DOCUMENTS:
            return DeadlineStatus(Standing.SERVICE_PAUSED, clock="service")
        if escalated:
            return DeadlineStatus(Standing.SOLUTION_PAUSED, clock="solution")
        return DeadlineStatus(Standing.NONE)
    clock = "solution" if escalated else "service"
    left = time_left(calendar, due, now, in_days=escalated)
    if left.over:
        level = Level.LATE
    elif escalated:
        level = Level.SOON if calendar.local(due).date() == calendar.local(now).date() else Level.OK
    else:
        level = Level.SOON if calendar.office_minutes_between(now, due) < WARN_MINUTES else Level.OK
    return DeadlineStatus(Standing.RUNNING, level, clock, left)

"""The Kepala Seksi's inbox figures: how many of the section's escalations fall due today, are
already late, and how many progress updates were missed. Read-only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kppn_desktop.domain import workflow
from kppn_desktop.services import office
from kppn_desktop.services.context import Actor, require
from kppn_desktop.storage import listing
from kppn_desktop.storage.models import Consultation, utcnow


@dataclass(frozen=True)
class ProgressState:
    """One open escalation's progress updates, as of the inbox's ``now``."""
    missed: int                       # working days ended without an update (all cycles)
    last_missed: dt.date | None       # the latest of them
    next_due: dt.datetime | None      # when the next update is due (end of a working day)


@dataclass(frozen=True)
class InboxCounts:
    escalated: int            # open escalations of the section
    due_today: int            # solution deadline later today (office-local day)
    overdue: int              # solution deadline already passed
    missed_updates: int       # progress updates missed so far, all open escalations together
    with_missed_updates: int  # open escalations with at least one missed update
    #: consultation id -> its progress, so each row can say which case missed an update
    progress: dict = field(default_factory=dict, compare=False)


def section_inbox_counts(actor: Actor, section_id: int | None = None,
                         now: dt.datetime | None = None) -> InboxCounts:
    """Figures for the open escalations of ``section_id`` (default: the actor's own section) as
    of ``now``. Missed updates are counted again up to ``now`` from the history, because working
    days keep ending without an event that would refresh the stored projection."""
    # Here, not with the module: the limits the main window looks for at login need no clocks.
    from kppn_desktop.services import projection  # noqa: PLC0415

    office_id = require(actor, workflow.Action.VIEW)
    section_id = actor.section_id if section_id is None else section_id
    if section_id is None:
        return InboxCounts(0, 0, 0, 0, 0)
    now = now or utcnow()
    calendar = office.office_calendar(office_id)
    end_of_today = dt.datetime.combine(calendar.local(now).date() + dt.timedelta(days=1),
                                       dt.time(), tzinfo=calendar.tz)
    rows = (Consultation.select(Consultation.id, Consultation.service_target,
                                Consultation.solution_due_at)
            .where(listing.rare(Consultation.state == workflow.State.ESCALATED),
                   Consultation.section == section_id, Consultation.office == office_id).tuples())
    escalated = due_today = overdue = missed = with_missed = 0
    progress: dict[int, ProgressState] = {}
    for cid, target, due in rows:
        escalated += 1
        if due is not None:
            if due < now:
                overdue += 1
            elif due < end_of_today:
                due_today += 1
        cycles = projection.clocks_of(cid, target, now)
        n = projection.missed_updates(cycles)
        missed += n
        with_missed += 1 if n else 0
        days = [d for c in cycles if c.progress for d in c.progress.missed_days]
        current = cycles[-1].progress
        progress[cid] = ProgressState(n, max(days) if days else None,
                                      current.deadline if current is not None else None)
    return InboxCounts(escalated, due_today, overdue, missed, with_missed, progress)


@dataclass(frozen=True)
class PassedLimit:
    """A limit that passed while the consultation was still open: the 20-minute service (clock
    ``layanan``) or the solution deadline of an escalation (``solusi``)."""
    consultation_id: int
    number: str
    summary: str
    clock: str
    due_at: dt.datetime           # in the office's zone


def _desk_scope(actor: Actor, office_id: int):
    """The consultations a desk must act on, in the actor's office: a CSO's, those they took; a
    Kepala Seksi's, the escalations of the section; None for the other roles."""
    if actor.role == workflow.Role.CSO:
        return (Consultation.officer == actor.user_id) & (Consultation.office == office_id)
    if actor.role == workflow.Role.KASI and actor.section_id is not None:
        return ((Consultation.state == workflow.State.ESCALATED)
                & (Consultation.section == actor.section_id)
                & (Consultation.office == office_id))
    return None


def limits_passed(actor: Actor, since: dt.datetime | None, until: dt.datetime | None = None
                  ) -> list[PassedLimit]:
    """The limits of open consultations that passed in (``since``, ``until``] (``since`` None:
    any time before), for the people who must act on them: a CSO the consultations they took
    (service and solution), a Kepala Seksi the escalations of the section (solution). Others get
    none. Oldest first."""
    office_id = require(actor, workflow.Action.VIEW)
    until = until or utcnow()
    escalated = Consultation.state == workflow.State.ESCALATED
    service = ~escalated & (Consultation.service_due_at <= until)
    solution = escalated & (Consultation.solution_due_at <= until)
    if since is not None:
        service &= Consultation.service_due_at > since
        solution &= Consultation.solution_due_at > since
    desk = _desk_scope(actor, office_id)
    if desk is None:
        return []
    scope = desk & (service | solution)      # a Kepala Seksi's desk holds escalations only
    open_states = [s.value for s in workflow.OPEN_STATES]
    rows = (Consultation.select(Consultation.id, Consultation.number, Consultation.summary,
                                Consultation.state, Consultation.service_due_at,
                                Consultation.solution_due_at)
            .where(listing.rare(Consultation.state.in_(open_states)), scope))
    local = office.office_calendar(office_id).local
    found = [PassedLimit(r.id, r.number, r.summary,
                         "solusi" if r.state == workflow.State.ESCALATED else "layanan",
                         local(r.solution_due_at if r.state == workflow.State.ESCALATED
                               else r.service_due_at))
             for r in rows]
    return sorted(found, key=lambda p: (p.due_at, p.number))


#: What a desk notice is about, most urgent first.
LATE, DUE_TODAY, PROGRESS_TODAY = "terlambat", "jatuh_tempo", "progres"
_URGENCY = {LATE: 0, DUE_TODAY: 1, PROGRESS_TODAY: 2}


@dataclass(frozen=True)
class DeskNotice:
    """Something a desk must act on today: a deadline already passed on an open consultation
    (``terlambat``: the service's or, once escalated, the solution's), an escalation whose
    solution is due later today (``jatuh_tempo``), or an escalation whose progress update for
    today has not been given (``progres``)."""
    consultation_id: int
    number: str
    summary: str
    kind: str
    due_at: dt.datetime           # in the office's zone


def desk_notices(actor: Actor, now: dt.datetime | None = None) -> list[DeskNotice]:
    """What the actor's desk must act on, as of ``now``, in office time only (outside the
    office's hours, and on days off, nothing: nobody is at the desk to act). A CSO: the
    consultations they took; a Kepala Seksi: the escalations of the section; others: none.
    Most urgent first (late, due today, progress), then by deadline."""
    from kppn_desktop.services import projection  # noqa: PLC0415 - the clocks, only here

    office_id = require(actor, workflow.Action.VIEW)
    now = now or utcnow()
    calendar = office.office_calendar(office_id)
    local = calendar.local(now)
    span = calendar.hours_on(local.date())
    if span is None or not span[0] <= local < span[1]:
        return []
    scope = _desk_scope(actor, office_id)
    if scope is None:
        return []
    open_states = [s.value for s in workflow.OPEN_STATES]
    rows = (Consultation.select(Consultation.id, Consultation.number, Consultation.summary,
                                Consultation.state, Consultation.service_target,
                                Consultation.service_due_at, Consultation.solution_due_at)
            .where(listing.rare(Consultation.state.in_(open_states)), scope))
    found = []
    for r in rows:
        is_escalated = r.state == workflow.State.ESCALATED
        due = r.solution_due_at if is_escalated else r.service_due_at
        if due is not None and due <= now:
            found.append(DeskNotice(r.id, r.number, r.summary, LATE, calendar.local(due)))
        elif is_escalated and due is not None and due <= span[1]:
            found.append(DeskNotice(r.id, r.number, r.summary, DUE_TODAY, calendar.local(due)))
        if is_escalated:
            progress = projection.clocks_of(r.id, r.service_target, now)[-1].progress
            deadline = progress.deadline if progress is not None else None
            if deadline is not None and calendar.local(deadline).date() == local.date():
                found.append(DeskNotice(r.id, r.number, r.summary, PROGRESS_TODAY,
                                        calendar.local(deadline)))
    return sorted(found, key=lambda n: (_URGENCY[n.kind], n.due_at, n.number))

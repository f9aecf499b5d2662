"""Keeping a consultation's clock columns equal to what its event history says.

Lists and reports filter and count on these columns in SQL; they are recomputed from the whole
history (never incremented) in the same transaction as each event."""

from __future__ import annotations

import datetime as dt
import json

from kppn_desktop.domain.clocks import ClockStatus, CycleClocks, consultation_clocks
from kppn_desktop.domain.events import ClockEvent, EventKind
from kppn_desktop.services.office import office_calendar, service_standard
from kppn_desktop.storage import rollups
from kppn_desktop.storage.models import Consultation, Event, utcnow

CLOCK_KINDS = frozenset({
    EventKind.RECEIVED, EventKind.DOCUMENTS_REQUESTED, EventKind.DOCUMENTS_RECEIVED,
    EventKind.ESCALATED, EventKind.PROGRESS_UPDATE, EventKind.RESOLVED, EventKind.REOPENED,
})


def clock_events(consultation_id: int) -> list[ClockEvent]:
    rows = (Event.select(Event.kind, Event.at, Event.data)
            .where(Event.consultation == consultation_id, Event.kind.in_(list(CLOCK_KINDS)))
            .order_by(Event.seq).tuples())
    events = []
    for kind, at, data in rows:
        reason = json.loads(data).get("alasan", "") if data else ""
        events.append(ClockEvent(EventKind(kind), at, reason))
    return events


def clocks_of(consultation_id: int, service_target: int,
              now: dt.datetime | None = None) -> list[CycleClocks]:
    """Every cycle's three clocks, as of ``now`` (by default the present, or the last event when a
    workstation's clock ran a little ahead: the clocks ignore events after ``now``)."""
    return _clocks(clock_events(consultation_id), service_target, now)


def _clocks(events: list[ClockEvent], service_target: int,
            now: dt.datetime | None) -> list[CycleClocks]:
    if now is None:
        now = max([utcnow(), *(e.at for e in events)])
    return consultation_clocks(events, office_calendar(), service_standard(), now,
                               service_minutes=service_target)


def missed_updates(cycles: list[CycleClocks]) -> int:
    """Progress updates missed over every cycle."""
    return sum(len(c.progress.missed_days) for c in cycles if c.progress)


def missed_updates_now(consultation_id: int, service_target: int, now: dt.datetime) -> int:
    """Missed updates counted again up to ``now``: for an open escalation the stored column goes
    stale as working days end without an event."""
    return missed_updates(clocks_of(consultation_id, service_target, now))


def _combined(results) -> bool | None:
    """False once any cycle breached (a breach is final); True when every decided cycle met and
    none is still open; None while undecided."""
    decided = [r.met for r in results if r is not None]
    if any(m is False for m in decided):
        return False
    if not decided or any(m is None for m in decided):
        return None
    return True


def columns(cycles: list[CycleClocks]) -> dict:
    """The stored clock columns that every cycle's clocks come to."""
    current = cycles[-1]
    stopped = [c.service.elapsed_minutes for c in cycles
               if c.service.status in (ClockStatus.MET, ClockStatus.BREACHED)
               and c.service.stopped_at is not None]
    values = {
        "service_due_at": current.service.deadline,
        "service_minutes": round(sum(stopped), 2) if stopped else None,
        "service_met": _combined([c.service for c in cycles]),
        "solution_due_at": current.solution.deadline if current.solution else None,
        "solution_met": _combined([c.solution for c in cycles if c.solution]),
        "missed_updates": missed_updates(cycles),
    }
    return values


#: Events that open or close a consultation: the days they fell on hold the backlog's sums.
_OPENS_OR_CLOSES = (EventKind.RESOLVED, EventKind.REOPENED)


def project(consultation_id: int, service_target: int, now: dt.datetime | None = None) -> dict:
    """Recompute and store the clock columns, and the report sums of the consultation's day of
    receipt and of the days of its resolutions and reopenings; returns the columns."""
    events = clock_events(consultation_id)
    values = columns(_clocks(events, service_target, now))
    Consultation.update(**values).where(Consultation.id == consultation_id).execute()
    day = (Consultation.select(Consultation.received_date)
           .where(Consultation.id == consultation_id).scalar())
    calendar = office_calendar()
    rollups.refresh([day, *(calendar.local(e.at).date() for e in events
                            if e.kind in _OPENS_OR_CLOSES)])
    return values

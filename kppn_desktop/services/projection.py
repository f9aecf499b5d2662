"""Keeping a consultation's clock columns equal to what its event history says.

Lists and reports filter and count on these columns in SQL; they are recomputed from the whole
history (never incremented) in the same transaction as each event."""

from __future__ import annotations

import datetime as dt

from kppn_desktop.domain.clocks import CLOCK_KINDS, CycleClocks, consultation_clocks, missed_updates  # noqa: F401
from kppn_desktop.domain.clocks import stored_columns as columns  # noqa: F401 - projection.columns
from kppn_desktop.domain.events import ClockEvent, EventKind
from kppn_desktop.services.office import office_calendar, service_standard
from kppn_desktop.storage import clock_columns, rollups
from kppn_desktop.storage.models import Consultation, utcnow


def clock_events(consultation_id: int, *, reasons: bool = False) -> list[ClockEvent]:
    return clock_columns.clock_events([consultation_id], reasons=reasons).get(consultation_id, [])


def clocks_of(consultation_id: int, service_target: int, now: dt.datetime | None = None, *,
              reasons: bool = False) -> list[CycleClocks]:
    """Every cycle's three clocks, as of ``now`` (by default the present, or the last event when a
    workstation's clock ran a little ahead: the clocks ignore events after ``now``); with
    ``reasons``, the reasons of their pauses for the explanation. By the calendar and standard
    of the consultation's own office."""
    return _clocks(clock_events(consultation_id, reasons=reasons), service_target, now,
                   office_of(consultation_id))


def clocks_of_many(consultations: list[tuple[int, int]], now: dt.datetime, office_id: int
                   ) -> dict[int, list[CycleClocks]]:
    """:func:`clocks_of` of several consultations of office ``office_id`` as of ``now``, given as
    (id, service target) (:func:`clocks_across`)."""
    return clocks_across([(cid, target, office_id) for cid, target in consultations], now)


def clocks_across(consultations: list[tuple[int, int, int]], now: dt.datetime
                  ) -> dict[int, list[CycleClocks]]:
    """:func:`clocks_of` of several consultations as of ``now``, given as (id, service target,
    office), each by its own office's calendar and standard (:func:`_across`)."""
    targets = {cid: target for cid, target, _office in consultations}
    return _across([(cid, office) for cid, _target, office in consultations],
                   lambda cid, events, calendar, standard: consultation_clocks(
                       events, calendar, standard, now, service_minutes=targets[cid]))


def _rules_of(consultations: list[tuple[int, int]]) -> dict:
    """office -> (its calendar, its standard) of each office of consultations given as (id,
    office), each read once."""
    return {office: (office_calendar(office), service_standard(office))
            for office in {office for _cid, office in consultations}}


def _across(consultations: list[tuple[int, int]], count) -> dict:
    """id -> ``count(id, events, calendar, standard)`` of each consultation, given as (id,
    office): their events read in one query per 500, each office's calendar and standard once
    (a report over many open escalations read both for each one)."""
    rules = _rules_of(consultations)
    out = {}
    for start in range(0, len(consultations), 500):
        part = consultations[start:start + 500]
        events = clock_columns.clock_events([cid for cid, _office in part])
        for cid, office in part:
            out[cid] = count(cid, events.get(cid, []), *rules[office])
    return out


def office_of(consultation_id: int) -> int | None:
    """The office a consultation belongs to (its clocks run on that office's calendar)."""
    return (Consultation.select(Consultation.office)
            .where(Consultation.id == consultation_id).scalar())


def _clocks(events: list[ClockEvent], service_target: int,
            now: dt.datetime | None, office_id: int | None) -> list[CycleClocks]:
    if now is None:
        now = max([utcnow(), *(e.at for e in events)])
    return consultation_clocks(events, office_calendar(office_id), service_standard(office_id),
                               now, service_minutes=service_target)


def missed_updates_now(consultation_id: int, service_target: int, now: dt.datetime) -> int:
    """Missed updates counted again up to ``now``: for an open escalation the stored column goes
    stale as working days end without an event."""
    return missed_updates(clocks_of(consultation_id, service_target, now))


#: Events that open or close a consultation: the days they fell on hold the backlog's sums.
_OPENS_OR_CLOSES = (EventKind.RESOLVED, EventKind.REOPENED)


def project(row: Consultation, now: dt.datetime | None = None) -> dict:
    """Recompute and store the clock columns of consultation ``row`` (as read in the caller's
    transaction: its target, day of receipt and office), the cycle rows and the missed updates,
    and the report sums of every day they count on, before and after (its day of receipt, the
    days of its resolutions and reopenings, and the days its clocks were decided on); returns
    the columns."""
    consultation_id, day, office_id = row.id, row.received_date, row.office_id
    events = clock_events(consultation_id)
    if now is None:
        # As of its last event, as the recount counts it (a clock that ran out since has no
        # stored verdict: the report judges it at its own cut-off).
        now = max((e.at for e in events), default=None)
    before = clock_columns.stored_days(consultation_id)
    values, after = clock_columns.store(consultation_id, office_id,
                                        _clocks(events, row.service_target, now, office_id))
    calendar = office_calendar(office_id)
    rollups.refresh([day, *before, *after, *(calendar.local(e.at).date() for e in events
                                             if e.kind in _OPENS_OR_CLOSES)], office_id)
    return values

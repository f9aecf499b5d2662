"""The three clocks of a consultation (service, solution, progress), computed from its history.

Nothing is stored or incremented: every result is recomputed from the append-only events, so a
correction of the calendar or of an event is reflected everywhere. Each result carries Indonesian
sentences that explain it, because a desk officer must be able to say why a case is late.
"""

from __future__ import annotations

import enum
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.events import ClockEvent, EventKind
from kppn_desktop.domain.standards import WEEKDAY_NAMES, ServiceStandard
from kppn_desktop.domain.texts import N_, Day, Days, Minutes, Moment, Text

# Office minutes come from float arithmetic; only a real excess is a breach.
_EPSILON = 1e-6
_STOPS_SERVICE = (EventKind.ESCALATED, EventKind.RESOLVED)
#: The events the clocks read; the rest of the history (attachments, edits) does not move them.
CLOCK_KINDS = frozenset({
    EventKind.RECEIVED, EventKind.DOCUMENTS_REQUESTED, EventKind.DOCUMENTS_RECEIVED,
    EventKind.ESCALATED, EventKind.PROGRESS_UPDATE, EventKind.RESOLVED, EventKind.REOPENED,
})


class ClockStatus(enum.StrEnum):
    NOT_STARTED = "belum_mulai"
    RUNNING = "berjalan"
    PAUSED = "dijeda"
    MET = "terpenuhi"
    BREACHED = "terlampaui"


@dataclass(frozen=True)
class Pause:
    start: datetime
    end: datetime | None          # None: still waiting (at the stop, or now)
    reason: str
    office_minutes: float         # office time inside the pause, up to its end (or the stop/now)


@dataclass(frozen=True)
class ClockResult:
    """One clock of one cycle, as of a given instant. Instants are aware, in the office zone."""

    name: str                      # 'Layanan (20 menit)', 'Solusi (3 hari kerja)', 'Progres berkala'
    status: ClockStatus
    started_at: datetime | None
    # Service: when the target is (or was) reached, None while paused short of it.
    # Solution: close of the N-th working day. Progress: when the next update is due (open only).
    deadline: datetime | None
    stopped_at: datetime | None
    elapsed_minutes: float         # office minutes counted (service) or from start to stop/now
    target_minutes: float | None   # service only
    remaining_minutes: float | None
    overrun_minutes: float         # 0 unless breached
    pauses: tuple[Pause, ...] = ()
    skipped_days: tuple[tuple[date, str], ...] = ()
    missed_days: tuple[date, ...] = ()   # progress only: last day of each missed chunk
    explanation: tuple[str, ...] = ()
    # Progress only: the working days that needed an update so far, and updates given.
    due_days: tuple[date, ...] = ()
    updates: int = 0
    # Progress only: the working day the latest update counts for (None: none given).
    last_credited: date | None = None

    @property
    def met(self) -> bool | None:
        """True when met, False when breached, None while undecided."""
        if self.status is ClockStatus.MET:
            return True
        if self.status is ClockStatus.BREACHED:
            return False
        return None


@dataclass(frozen=True)
class CycleClocks:
    number: int
    service: ClockResult
    solution: ClockResult | None
    progress: ClockResult | None
    opened_at: datetime | None = None   # the cycle's first event (receipt or reopening), local


# --- history -----------------------------------------------------------------------------------

def split_cycles(events) -> list[list[ClockEvent]]:
    """The history cut into cycles: the first starts at the first RECEIVED event, each REOPENED
    starts another. Events are ordered by ``at`` (ties keep their given order); events before the
    first RECEIVED belong to no cycle. All ``at`` must be aware (or all naive)."""
    cycles: list[list[ClockEvent]] = []
    for event in sorted(events, key=lambda e: e.at):
        if event.kind is EventKind.REOPENED or (event.kind is EventKind.RECEIVED and not cycles):
            cycles.append([event])
        elif cycles:
            cycles[-1].append(event)
    return cycles


def _prepared(events, calendar: OfficeCalendar, now: datetime) -> list[list[ClockEvent]]:
    # Local instants make naive and aware events comparable; events after ``now`` have not
    # happened yet as of ``now`` (a report computed "as of" a past date must not see them).
    local = [ClockEvent(e.kind, calendar.local(e.at), e.reason) for e in events]
    return split_cycles([e for e in local if e.at <= now])


def _first(cycle, kinds, start: int = 1) -> int | None:
    for i in range(start, len(cycle)):
        if cycle[i].kind in kinds:
            return i
    return None


def _number(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _days_sentence(days) -> list[str]:
    if not days:
        return []
    # A plain weekend day needs no reason beside its own name (``Days``).
    return [Text(N_("Hari yang tidak dihitung: {days}."), days=Days(days))]


def _not_started(name: str, target: float | None, why: str) -> ClockResult:
    return ClockResult(name, ClockStatus.NOT_STARTED, None, None, None, 0.0, target, target, 0.0,
                       explanation=(why,))


# --- service clock -----------------------------------------------------------------------------

def _service(cycle, cal: OfficeCalendar, target: float, now: datetime) -> ClockResult:
    name = Text(N_("Layanan ({n} menit)"), n=_number(target))
    first = cycle[0]
    started_at = cal.next_opening(first.at)
    stop_i = _first(cycle, _STOPS_SERVICE)
    stop = cycle[stop_i] if stop_i is not None else None
    end = stop.at if stop else now

    segments: list[tuple[datetime, datetime, bool]] = []   # (from, to, ended by a pause)
    pause_spans: list[tuple[datetime, datetime | None, str]] = []
    running, run_from, paused = True, first.at, None
    for event in cycle[1:stop_i]:
        if event.kind is EventKind.DOCUMENTS_REQUESTED and running:
            segments.append((run_from, event.at, True))
            running, paused = False, event
        elif event.kind is EventKind.DOCUMENTS_RECEIVED and not running:
            pause_spans.append((paused.at, event.at, paused.reason))
            running, run_from = True, event.at
    if running:
        segments.append((run_from, end, False))
    else:
        pause_spans.append((paused.at, None, paused.reason))
    pauses = tuple(Pause(s, e, r, cal.office_minutes_between(s, e or end)) for s, e, r in pause_spans)

    elapsed = 0.0
    deadline = None
    for seg_from, seg_to, by_pause in segments:
        minutes = cal.office_minutes_between(seg_from, seg_to)
        # The deadline is where the count reaches the target; the last running stretch is
        # projected forward even past a stop, so a met clock still shows the deadline it beat.
        if deadline is None and (not by_pause or elapsed + minutes >= target - _EPSILON):
            deadline = cal.add_office_minutes(seg_from, max(target - elapsed, 0.0))
        elapsed += minutes

    if elapsed > target + _EPSILON:
        status = ClockStatus.BREACHED
    elif stop:
        status = ClockStatus.MET
    elif not running:
        status = ClockStatus.PAUSED
    elif now < started_at:
        status = ClockStatus.NOT_STARTED
    else:
        status = ClockStatus.RUNNING
    breached = status is ClockStatus.BREACHED
    overrun = elapsed - target if breached else 0.0
    remaining = max(target - elapsed, 0.0)

    if stop:
        last_day = stop.at.date()
    elif deadline is not None and deadline > now:
        last_day = deadline.date()
    else:
        last_day = now.date()
    skipped = tuple(cal.non_working_days_between(first.at.date(), last_day))

    # Each sentence is a Text: the Indonesian sentence, and its template and values, so that
    # the screen can show it in English (domain/texts.py).
    fmt = lambda t: Moment(t, cal)  # noqa: E731
    lines = [Text(N_("Siklus baru dimulai karena konsultasi dibuka kembali {at}."), at=fmt(first.at))
             if first.kind is EventKind.REOPENED
             else Text(N_("Konsultasi diterima {at}."), at=fmt(first.at))]
    if started_at != first.at:
        lines.append(Text(N_("Waktu itu di luar jam layanan, sehingga waktu layanan mulai "
                             "dihitung {at}."), at=fmt(started_at)))
    else:
        lines.append(Text(N_("Waktu layanan mulai dihitung saat itu.")))
    lines.append(Text(N_("Target layanan {target}; hanya jam layanan kantor yang dihitung."),
                      target=Minutes(target)))
    for p in pauses:
        why = p.reason or Text(N_("menunggu dokumen pendukung dari stakeholder"))
        if p.end is not None:
            lines.append(Text(N_("Dijeda {start} karena {why}; dilanjutkan {end} ({minutes} dalam "
                                 "jam layanan tidak dihitung)."), start=fmt(p.start), why=why,
                              end=fmt(p.end), minutes=Minutes(p.office_minutes)))
        else:
            lines.append(Text(N_("Dijeda sejak {start} karena {why}; dokumen belum diterima."),
                              start=fmt(p.start), why=why))
    lines += _days_sentence(skipped)
    if stop:
        how = (Text(N_("dieskalasi ke Kepala Seksi")) if stop.kind is EventKind.ESCALATED
               else Text(N_("diselesaikan (Resolved)")))
        lines.append(Text(N_("Dihentikan {at} karena {how}."), at=fmt(stop.at), how=how))
    used = Minutes(elapsed)
    if breached:
        if deadline:
            lines.append(Text(N_("Terlampaui: terpakai {used}, melewati target {target} sebesar "
                                 "{overrun} (batas waktu {deadline})."), used=used,
                              target=Minutes(target), overrun=Minutes(overrun),
                              deadline=fmt(deadline)))
        else:
            lines.append(Text(N_("Terlampaui: terpakai {used}, melewati target {target} sebesar "
                                 "{overrun}."), used=used, target=Minutes(target),
                              overrun=Minutes(overrun)))
        if stop:
            lines.append(Text(N_("Penyelesaian setelah batas waktu tidak menghapus keterlambatan.")))
    elif status is ClockStatus.MET:
        lines.append(Text(N_("Terpenuhi: terpakai {used} dari target {target}."), used=used,
                          target=Minutes(target)))
    elif status is ClockStatus.PAUSED:
        lines.append(Text(N_("Dijeda: terpakai {used}, sisa {remaining}; batas waktu dihitung "
                             "kembali setelah dokumen diterima."), used=used,
                          remaining=Minutes(remaining)))
    elif status is ClockStatus.NOT_STARTED:
        lines.append(Text(N_("Belum mulai: batas waktu {deadline}."), deadline=fmt(deadline)))
    else:
        lines.append(Text(N_("Berjalan: terpakai {used}, sisa {remaining}; batas waktu {deadline}."),
                          used=used, remaining=Minutes(remaining), deadline=fmt(deadline)))

    return ClockResult(name, status, started_at, deadline,
                       stop.at if stop else None, elapsed, target, remaining, overrun, pauses,
                       skipped, (), tuple(lines))


# --- solution clock ----------------------------------------------------------------------------

def consultation_day(received_at: datetime, cal: OfficeCalendar) -> date:
    """The working day on which the service clock starts (DOMAIN.md): the day of receipt when
    received on a working day before closing time, otherwise the next working day."""
    return cal.next_opening(received_at).date()


def _waits(events) -> tuple[list[tuple[datetime, datetime]], datetime | None]:
    """The spans waited for documents among ``events`` (a request, then its receipt), and when
    the one still awaited at their end was asked for (None: none)."""
    spans, waiting = [], None
    for event in events:
        if event.kind is EventKind.DOCUMENTS_REQUESTED and waiting is None:
            waiting = event.at
        elif event.kind is EventKind.DOCUMENTS_RECEIVED and waiting is not None:
            spans.append((waiting, event.at))
            waiting = None
    return spans, waiting


def _document_waits(cycle, until: int) -> list[tuple[datetime, datetime]]:
    """The spans the cycle waited for the stakeholder's documents before event ``until`` (a
    request still open then ends there)."""
    spans, waiting = _waits(cycle[1:until])
    if waiting is not None:
        spans.append((waiting, cycle[until].at))
    return spans


def _waits_after_escalation(cycle, esc_i: int, res_i: int | None
                            ) -> list[tuple[datetime, datetime | None]]:
    """The spans the escalated cycle waited for documents asked for after its escalation, up to
    its resolution (a request still open then ends there; one still open now has no end)."""
    spans, waiting = _waits(cycle[esc_i + 1:res_i if res_i is not None else len(cycle)])
    if waiting is not None:
        spans.append((waiting, cycle[res_i].at if res_i is not None else None))
    return spans


def _solution(cycle, cal: OfficeCalendar, days: int, now: datetime) -> ClockResult | None:
    esc_i = _first(cycle, (EventKind.ESCALATED,))
    if esc_i is None:
        return None
    escalated = cycle[esc_i]
    res_i = _first(cycle, (EventKind.RESOLVED,), esc_i + 1)
    resolved = cycle[res_i] if res_i is not None else None
    cycle_day = consultation_day(cycle[0].at, cal)
    due_day = cal.nth_working_day_after(cycle_day, days)
    # The stakeholder's delay never counts against the office: all office time spent waiting for
    # documents moves the deadline later. (The workflow takes documents before the escalation
    # only; a request still open at the escalation ends there.)
    waited = sum(cal.office_minutes_between(a, b) for a, b in _document_waits(cycle, esc_i))
    deadline = cal.close_of(due_day)
    if waited > _EPSILON:
        deadline = cal.add_office_minutes(deadline, waited)
    end = resolved.at if resolved else now
    # Documents asked for during the escalation move the deadline by the office time waited, as
    # long as it had not passed when they were asked for (a breach is final); while they are
    # awaited the clock waits too.
    later, paused_since = [], None
    for start, stop in _waits_after_escalation(cycle, esc_i, res_i):
        if start >= deadline:
            break
        if stop is None:
            paused_since = start
            break
        minutes = cal.office_minutes_between(start, stop)
        later.append((start, stop, minutes))
        deadline = cal.add_office_minutes(deadline, minutes)

    if resolved:
        status = ClockStatus.MET if resolved.at <= deadline else ClockStatus.BREACHED
    elif paused_since is not None:
        status = ClockStatus.PAUSED
    else:
        status = ClockStatus.BREACHED if now > deadline else ClockStatus.RUNNING
    overrun = cal.office_minutes_between(deadline, end) if status is ClockStatus.BREACHED else 0.0
    remaining = cal.office_minutes_between(now, deadline) if status is ClockStatus.RUNNING else None
    skipped = tuple(cal.non_working_days_between(cycle_day + timedelta(days=1), due_day))

    fmt = lambda t: Moment(t, cal)  # noqa: E731
    lines = [Text(N_("Dieskalasi ke Kepala Seksi {at}; waktu solusi mulai berjalan."),
                  at=fmt(escalated.at))]
    if waited > _EPSILON:
        lines.append(Text(N_("Batas waktu solusi: akhir jam layanan hari kerja ke-{days} setelah "
                             "hari konsultasi ({day}), yaitu {close}, ditambah {waited} dalam jam "
                             "layanan selama menunggu dokumen dari stakeholder: {deadline}."),
                          days=days, day=Day(cycle_day), close=fmt(cal.close_of(due_day)),
                          waited=Minutes(waited), deadline=fmt(deadline)))
    else:
        lines.append(Text(N_("Batas waktu solusi: akhir jam layanan hari kerja ke-{days} setelah "
                             "hari konsultasi ({day}), yaitu {deadline}."),
                          days=days, day=Day(cycle_day), deadline=fmt(deadline)))
    lines += _days_sentence(skipped)
    for start, stop, minutes in later:
        lines.append(Text(N_("Menunggu dokumen dari stakeholder {start} sampai {stop} ({minutes} "
                             "dalam jam layanan): batas waktu digeser."),
                          start=fmt(start), stop=fmt(stop), minutes=Minutes(minutes)))
    if paused_since is not None and not resolved:
        lines.append(Text(N_("Dijeda sejak {at}: menunggu dokumen dari stakeholder; batas waktu "
                             "digeser sebanyak waktu menunggu."), at=fmt(paused_since)))
    if resolved:
        lines.append(Text(N_("Diselesaikan {at}."), at=fmt(resolved.at)))
    if status is ClockStatus.MET:
        lines.append(Text(N_("Terpenuhi: diselesaikan sebelum batas waktu.")))
    elif status is ClockStatus.BREACHED:
        late = (Text(N_("terlambat {minutes} dalam jam layanan"), minutes=Minutes(overrun))
                if overrun > _EPSILON else Text(N_("melewati batas waktu (di luar jam layanan)")))
        lines.append(Text(N_("Terlampaui: diselesaikan {late}; keterlambatan tetap tercatat."),
                          late=late)
                     if resolved else Text(N_("Terlampaui: belum diselesaikan, {late}."), late=late))
    elif status is ClockStatus.RUNNING:
        lines.append(Text(N_("Berjalan: sisa {remaining} dalam jam layanan sampai batas waktu."),
                          remaining=Minutes(remaining)))

    if status is ClockStatus.PAUSED:
        deadline = None
    return ClockResult(Text(N_("Solusi ({days} hari kerja)"), days=days), status, escalated.at, deadline,
                       resolved.at if resolved else None, cal.office_minutes_between(escalated.at, end),
                       None, remaining, overrun, (), skipped, (), tuple(lines))


# --- progress clock ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _ProgressDays:
    """What the progress clock counts: the working days an update was due, the days credited
    with one, and the last day of each whole chunk of ``every`` days that had none (missed)."""
    escalated: Any
    resolved: Any
    updates: list
    due: list[date]
    credited: set[date]
    missed: tuple[date, ...]


def _progress_days(cycle, cal: OfficeCalendar, every: int, now: datetime) -> _ProgressDays | None:
    esc_i = _first(cycle, (EventKind.ESCALATED,))
    if esc_i is None:
        return None
    escalated = cycle[esc_i]
    res_i = _first(cycle, (EventKind.RESOLVED,), esc_i + 1)
    resolved = cycle[res_i] if res_i is not None else None
    if resolved:
        # The resolution itself informs the stakeholder on its day.
        due = cal.working_days_between(escalated.at.date() + timedelta(days=1),
                                       resolved.at.date() - timedelta(days=1))
    else:
        due = _due_by(escalated.at.date(), cal, now)

    updates = [e for e in cycle[esc_i + 1:res_i] if e.kind is EventKind.PROGRESS_UPDATE]
    credited = {_credited_day(update.at, cal) for update in updates}
    # Only whole chunks can be missed: an unfinished one still has days left (or was closed by
    # the resolution, which informs the stakeholder itself).
    whole = len(due) - len(due) % every
    chunks = [due[i:i + every] for i in range(0, whole, every)]
    missed = tuple(chunk[-1] for chunk in chunks if not credited.intersection(chunk))
    return _ProgressDays(escalated, resolved, updates, due, credited, missed)


def _due_by(escalated_on: date, cal: OfficeCalendar, now: datetime) -> list[date]:
    """The working days after the escalation's office-local day ``escalated_on`` that closed by
    ``now`` (office-local), each of which needs an update while it is open."""
    return [d for d in cal.working_days_between(escalated_on + timedelta(days=1), now.date())
            if cal.close_of(d) <= now]


def _credited_day(at: datetime, cal: OfficeCalendar) -> date:
    """The working day an update given at ``at`` (office-local) counts for. A day that closed
    without an update stays missed: an update after its close (or on a non-working day) counts
    for the next working day."""
    day = at.date()
    on_time = cal.is_working_day(day) and at < cal.close_of(day)
    return day if on_time else cal.nth_working_day_after(day, 1)


def progress_due_days(escalated_on: date, calendar: OfficeCalendar, now: datetime
                      ) -> list[date]:
    """The working days after an escalation on the office-local day ``escalated_on`` that closed
    by ``now``: the days its progress clock's chunks are made of while it is open (the same for
    every escalation of that day)."""
    return _due_by(escalated_on, calendar, calendar.local(now))


def progress_missed_since_update(due: list[date], credited: date | None, every_working_days: int
                                 ) -> tuple[date, ...]:
    """The progress clock's missed days of an escalation still open, whose due days are ``due``
    (:func:`progress_due_days`), after the chunk its last update counts for (``credited``, the
    progress clock's ``last_credited``, stored with the consultation; None: none since the
    escalation): every whole chunk since has none, so each is missed. The clock's missed days
    up to that update were decided when it was given, and stored with it: what a report needs
    of many open escalations is this, from two days each (stored columns), not their
    histories."""
    every = every_working_days
    start = 0
    if credited is not None:
        i = bisect_left(due, credited)
        if i < len(due) and due[i] == credited:
            start = (i // every + 1) * every          # the chunk after the credited one
        elif i:
            start = len(due)                          # credited to a day not closed yet
    whole = len(due) - len(due) % every
    return tuple(due[i + every - 1] for i in range(start, whole, every))


def _progress(cycle, cal: OfficeCalendar, every: int, now: datetime) -> ClockResult | None:
    days = _progress_days(cycle, cal, every, now)
    if days is None:
        return None
    escalated, resolved, updates, due, credited, missed = (
        days.escalated, days.resolved, days.updates, days.due, days.credited, days.missed)
    esc_day = escalated.at.date()
    after_esc = esc_day + timedelta(days=1)

    deadline = None
    if not resolved:
        current = len(due) // every
        chunk_first = cal.nth_working_day_after(esc_day, current * every + 1)
        chunk_last = cal.nth_working_day_after(esc_day, (current + 1) * every)
        if any(chunk_first <= d <= chunk_last for d in credited):
            chunk_last = cal.nth_working_day_after(esc_day, (current + 2) * every)
        deadline = cal.close_of(chunk_last)

    if missed:
        status = ClockStatus.BREACHED
    else:
        status = ClockStatus.MET if resolved else ClockStatus.RUNNING
    end = resolved.at if resolved else now
    last_day = resolved.at.date() if resolved else deadline.date()
    skipped = tuple(cal.non_working_days_between(after_esc, last_day))

    fmt = lambda t: Moment(t, cal)  # noqa: E731
    lines = [Text(N_("Progres wajib disampaikan kepada stakeholder paling sedikit sekali setiap "
                     "{every} hari kerja sejak dieskalasi {at}."), every=every, at=fmt(escalated.at)),
             Text(N_("Hari kerja yang wajib progres: {due}; progres disampaikan: {updates} kali."),
                  due=len(due), updates=len(updates))]
    lines += _days_sentence(skipped)
    if missed:
        listed = Days((d, WEEKDAY_NAMES[d.weekday()]) for d in missed)
        lines.append(Text(N_("Tidak ada progres pada hari kerja: {days}."), days=listed)
                     if every == 1 else
                     Text(N_("Tidak ada progres dalam {every} hari kerja yang berakhir pada: "
                             "{days}."), every=every, days=listed))
    if resolved:
        lines.append(Text(N_("Diselesaikan {at}; penyelesaian sekaligus menjadi informasi kepada "
                             "stakeholder pada hari itu."), at=fmt(resolved.at)))
    if status is ClockStatus.BREACHED:
        lines.append(Text(N_("Terlampaui: {n} progres terlewat."), n=len(missed)))
    elif status is ClockStatus.MET:
        lines.append(Text(N_("Terpenuhi: tidak ada progres yang terlewat.")))
    if deadline is not None:
        lines.append(Text(N_("Progres berikutnya paling lambat {at}."), at=fmt(deadline)))

    return ClockResult(Text(N_("Progres berkala")), status, escalated.at, deadline,
                       resolved.at if resolved else None,
                       cal.office_minutes_between(escalated.at, end), None, None, 0.0, (),
                       skipped, missed, tuple(lines), tuple(due), len(updates),
                       max(credited, default=None))


# --- public entry points -----------------------------------------------------------------------

def _latest_cycle(events, calendar: OfficeCalendar, now: datetime):
    cycles = _prepared(events, calendar, calendar.local(now))
    return cycles[-1] if cycles else None


def service_clock(events, calendar: OfficeCalendar, target_minutes: float,
                  now: datetime) -> ClockResult:
    """The service clock of the latest cycle in ``events`` (one cycle's events, or a whole
    history), as of ``now``. NOT_STARTED when nothing was received yet."""
    cycle = _latest_cycle(events, calendar, now)
    if cycle is None:
        return _not_started(Text(N_("Layanan ({n} menit)"), n=_number(target_minutes)),
                            target_minutes, Text(N_("Belum ada konsultasi yang diterima.")))
    return _service(cycle, calendar, target_minutes, calendar.local(now))


def solution_clock(events, calendar: OfficeCalendar, working_days: int,
                   now: datetime) -> ClockResult | None:
    """The solution clock of the latest cycle in ``events`` as of ``now``; None if that cycle
    was not escalated."""
    cycle = _latest_cycle(events, calendar, now)
    return None if cycle is None else _solution(cycle, calendar, working_days, calendar.local(now))


def progress_clock(events, calendar: OfficeCalendar, every_working_days: int,
                   now: datetime) -> ClockResult | None:
    """The progress clock of the latest cycle in ``events`` as of ``now``; None if that cycle
    was not escalated."""
    cycle = _latest_cycle(events, calendar, now)
    return None if cycle is None else _progress(cycle, calendar, every_working_days,
                                                calendar.local(now))


def consultation_clocks(events, calendar: OfficeCalendar, standard: ServiceStandard, now: datetime,
                        service_minutes: int | None = None) -> list[CycleClocks]:
    """Every cycle's three clocks as of ``now``, oldest first. ``service_minutes`` (the
    category's target) overrides ``standard.service_minutes``. A history with nothing received
    yet gives one cycle whose service clock is NOT_STARTED, so the list is never empty."""
    target = standard.service_minutes if service_minutes is None else service_minutes
    now = calendar.local(now)
    cycles = _prepared(events, calendar, now)
    if not cycles:
        return [CycleClocks(1, _not_started(Text(N_("Layanan ({n} menit)"), n=_number(target)),
                                            target, Text(N_("Belum ada konsultasi yang diterima."))),
                            None, None)]
    return [CycleClocks(number,
                        _service(cycle, calendar, target, now),
                        _solution(cycle, calendar, standard.solution_working_days, now),
                        _progress(cycle, calendar, standard.progress_every_working_days, now),
                        cycle[0].at)
            for number, cycle in enumerate(cycles, start=1)]


# --- the stored columns --------------------------------------------------------------------------

def missed_updates(cycles: list[CycleClocks]) -> int:
    """Progress updates missed over every cycle."""
    return sum(len(c.progress.missed_days) for c in cycles if c.progress)


def _combined(results) -> bool | None:
    """False once any cycle breached (a breach is final); True once a cycle met and none
    breached (a later cycle still running does not undo a decided result); None while no cycle
    is decided."""
    decided = [r.met for r in results if r is not None and r.met is not None]
    if any(m is False for m in decided):
        return False
    return True if decided else None


def stored_columns(cycles: list[CycleClocks]) -> dict:
    """The consultation's clock columns (lists and reports count on them in SQL) that every
    cycle's clocks come to."""
    current = cycles[-1]
    stopped = [h for h in (handling_minutes(c) for c in cycles) if h is not None]
    return {
        "service_due_at": current.service.deadline,
        # The latest cycle's handling time (the receipt of its resolution shows it); exact:
        # rounded once, when shown (a stored 16.05 of 16.048 would show 16.1).
        "service_minutes": stopped[-1] if stopped else None,
        "service_met": _combined([c.service for c in cycles]),
        "solution_due_at": current.solution.deadline if current.solution else None,
        "solution_met": _combined([c.solution for c in cycles if c.solution]),
        "missed_updates": missed_updates(cycles),
        # What a report needs of the current cycle's progress clock while it is open (the days
        # missed since its last update: ``progress_missed_since_update``), without its history:
        # the office-local day it was escalated on, and the day its last update counts for.
        "escalated_on": _day(current.progress.started_at) if current.progress else None,
        "credited_on": current.progress.last_credited if current.progress else None,
    }


def handling_minutes(cycle: CycleClocks) -> float | None:
    """The cycle's handling time (DOMAIN.md): the office minutes of its service clock, waiting
    for documents excluded, from its start to resolution or escalation; None until it stopped.
    The "<= 20 menit" verdict of the cycle judges this same quantity."""
    service = cycle.service
    if service.status in (ClockStatus.MET, ClockStatus.BREACHED) and service.stopped_at is not None:
        return service.elapsed_minutes
    return None


def decided_at(clock: ClockResult | None) -> datetime | None:
    """When the clock's verdict became final (DOMAIN.md, reports as of a cut-off): met at its stop,
    breached when its deadline passed (even if it stopped later, or not yet); None while
    undecided."""
    if clock is None or clock.met is None:
        return None
    return clock.stopped_at if clock.met else clock.deadline


def _resolved_at(cycle: CycleClocks) -> datetime | None:
    if cycle.solution is not None:
        return cycle.solution.stopped_at
    return cycle.service.stopped_at


def _day(at: datetime | None) -> date | None:
    return None if at is None else at.date()


def cycle_columns(cycles: list[CycleClocks]) -> list[dict]:
    """The stored rows of the cycles (``consultation_cycle``): each cycle's own verdicts and
    handling time, which the reports count, one clock each, and the office-local days on which
    each thing happened, so a report counts it in the period it happened in: the cycle opened, its
    service clock was decided and stopped, its solution clock decided, the cycle resolved."""
    return [{"number": c.number, "service_met": c.service.met,
             "service_minutes": handling_minutes(c),
             "escalated": c.solution is not None,
             "solution_met": c.solution.met if c.solution else None,
             "missed_updates": len(c.progress.missed_days) if c.progress else 0,
             "opened_on": _day(c.opened_at),
             "service_decided_on": _day(decided_at(c.service)),
             "stopped_on": _day(c.service.stopped_at),
             "solution_decided_on": _day(decided_at(c.solution)),
             "resolved_on": _day(_resolved_at(c))}
            for c in cycles]


def missed_update_days(cycles: list[CycleClocks]) -> list[tuple[int, date]]:
    """(cycle number, day) of every missed progress update: the working day whose end made it
    missed, which is the period it belongs to (DOMAIN.md)."""
    return [(c.number, day) for c in cycles if c.progress for day in c.progress.missed_days]


def service_deadline(received_at: datetime, calendar: OfficeCalendar, minutes: float) -> datetime:
    """When ``minutes`` of office time have passed since ``received_at`` (moved to the next
    opening when received outside office hours), with no pause."""
    return calendar.add_office_minutes(received_at, minutes)


def solution_deadline(consultation_at: datetime, calendar: OfficeCalendar,
                      working_days: int) -> datetime:
    """Close of office hours on the ``working_days``-th working day strictly after the
    consultation day of a consultation received at ``consultation_at`` (no documents waited
    for)."""
    day = consultation_day(consultation_at, calendar)
    return calendar.close_of(calendar.nth_working_day_after(day, working_days))

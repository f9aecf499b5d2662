"""The service report for any period, from running sums per day and month kept in SQL
(``storage.rollups``): its cost grows with the period's days and groups, not with the table.

As of a cut-off (DOMAIN.md): volumes by receipt in the period; resolutions, escalations, handling
times and missed updates in the period they happened; every clock judged in the period it was
decided; "belum dinilai" the clocks running at the cut-off; backlog and overdue list the state
then. A closed period therefore reads the same whenever it is printed."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, Case, fn

from kppn_desktop import documents
from kppn_desktop.domain import clocks, validation, workflow
from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.domain.texts import N_, Text
from kppn_desktop.services import office as office_service
from kppn_desktop.services import projection
from kppn_desktop.services.context import EARLIEST, LATEST, Actor, instant, require
from kppn_desktop.services.library_report import library_use
from kppn_desktop.services.papers import office_header
from kppn_desktop.storage import listing, rollups
from kppn_desktop.storage.models import (
    Category,
    Consultation,
    ConsultationCycle,
    MissedUpdate,
    Office,
    Section,
    Stakeholder,
    User,
    day_from_db,
    escalated_now,
    ids_in,
    raw_rows,
)
from kppn_desktop.storage.office_rules import office_of

OVERDUE_LIMIT = 500


RUNNING_SERVICE_STATES = (workflow.State.RECEIVED, workflow.State.IN_SERVICE,
                          workflow.State.REOPENED)


@dataclass(frozen=True)
class _Running:
    """A clock of an open consultation that ran out by the cut-off with no stored verdict (no event
    has recomputed its columns since): a breach, decided when its deadline passed."""

    day: dt.date               # office-local day of the deadline: the period it is judged in
    keys: dict                 # dimension -> rollup key
    solution: bool             # the solution clock, else the service clock


def _running(cut_off: dt.datetime, calendar, office_id: int) -> list[_Running]:
    """The open consultations of office ``office_id`` whose current cycle's clock ran out before
    ``cut_off`` with no stored verdict yet (the verdicts of earlier cycles are final and
    stored)."""
    return _running_of(cut_off, {office_id: calendar})[office_id]


def _clock_due(solution: bool):
    """The deadline column of the solution clock, else of the service clock."""
    return Consultation.solution_due_at if solution else Consultation.service_due_at


def _ran_out(columns: tuple, solution: bool, office_ids: list[int], cut_off: dt.datetime):
    """The query of ``columns`` of the open consultations of the offices whose current cycle's
    service clock (``solution``: solution clock) ran out before ``cut_off`` with no verdict
    stored: chosen in SQL, each clock from its own rows (at 1M an office's 771 open
    consultations were read for its 129 running breaches; at ten such offices, the 5,850 open
    escalations for their 300 past the solution deadline). The running service clocks by state;
    the escalations through their partial index (its very condition, ``escalated_now``)."""
    cycle, due = ConsultationCycle, _clock_due(solution)
    if solution:
        state, met = escalated_now(), cycle.solution_met
    else:
        state = listing.rare(Consultation.state.in_([s.value for s in RUNNING_SERVICE_STATES]))
        met = cycle.service_met
    return (Consultation.select(*columns)
            .join(cycle, on=((cycle.consultation == Consultation.id)
                             & (cycle.number == Consultation.cycle)))
            .where(Consultation.office.in_(office_ids), state, due < cut_off, met.is_null()))


def _running_of(cut_off: dt.datetime, calendars: dict) -> dict[int, list[_Running]]:
    """office -> :func:`_running` of each office of ``calendars`` (office -> its calendar, which
    gives the office-local day of each deadline), offices whose cut-off is ``cut_off``: one
    query per clock, for all of them."""
    out: dict[int, list[_Running]] = {office: [] for office in calendars}
    # As the sums count them: a service clock by its category's section, a solution clock by
    # the section it was escalated to. An open escalation's service clock was decided when it
    # was escalated.
    for solution in (False, True):
        rows = raw_rows(_ran_out(
            (Consultation.office, Consultation.channel, Consultation.category, Category.section,
             Consultation.section, Consultation.officer, _clock_due(solution)), solution,
            list(calendars), cut_off)
            .join_from(Consultation, Category), instants=(6,))
        for office, channel, category, intake_section, section, officer, due in rows:
            out[office].append(_Running(
                calendars[office].local(due).date(),
                {"total": "", "channel": channel, "category": str(category),
                 "officer": str(officer), "section": _key(section if solution else intake_section)},
                solution))
    return out


@dataclass(frozen=True)
class _RunningCount:
    """An office's running breaches (:class:`_Running`) counted, not listed: those decided on a
    day of the period, and all of them (decided up to its last day: before the cut-off)."""

    service: int = 0
    solution: int = 0
    service_upto: int = 0
    solution_upto: int = 0


def _running_counts_of(cut_off: dt.datetime, calendars: dict, first: dt.date
                       ) -> dict[int, _RunningCount]:
    """office -> its running breaches counted in SQL, for the headline figures (the total only),
    of each office of ``calendars`` whose cut-off is ``cut_off``: one query per clock and per
    instant the period's first day begins at (offices in one time zone share it). At ten
    offices of 1M, the 1,290 running breaches of the month so far were read and built into rows
    one by one (7.7 ms)."""
    starts: dict[dt.datetime, list[int]] = {}
    for office, calendar in calendars.items():
        begins = dt.datetime.combine(first, dt.time(), calendar.tz).astimezone(dt.timezone.utc)
        starts.setdefault(begins, []).append(office)
    counts = {office: {} for office in calendars}
    for solution in (False, True):
        for begins, offices in starts.items():
            in_period = fn.SUM(Case(None, [(_clock_due(solution) >= begins, 1)], 0))
            query = _ran_out((Consultation.office, in_period, fn.COUNT(Consultation.id)),
                             solution, offices, cut_off).group_by(Consultation.office)
            for office, n_period, n_upto in raw_rows(query):
                counts[office][solution] = (int(n_period or 0), n_upto)
    out = {}
    for office, by_clock in counts.items():
        service, solution = by_clock.get(False, (0, 0)), by_clock.get(True, (0, 0))
        out[office] = _RunningCount(service[0], solution[0], service[1], solution[1])
    return out


def _key(section_id: int | None) -> str:
    return "" if section_id is None else str(section_id)


def _with_running(dimension: str, sums: dict, running: list[_Running], first: dt.date,
                  last: dt.date) -> dict:
    """``sums`` with the running breaches decided from ``first`` to ``last`` added."""
    for r in running:
        if first <= r.day <= last:
            row = sums.setdefault(r.keys[dimension], rollups.Sums())
            if r.solution:
                row.solution_breached += 1
            else:
                row.breached += 1
    return sums


def _pending(dimension: str, running: list[_Running], last: dt.date,
             office_id: int) -> dict[str, tuple[int, int]]:
    """key -> (service, solution) clocks opened by the cut-off and not decided by then: the
    "belum dinilai" (every clock opened up to the period's last day, less every one decided up
    to it, the running breaches included)."""
    return _undecided(dimension, rollups.upto(last, dimension, office_id), running, last)


def _undecided(dimension: str, upto: dict, running: list[_Running], last: dt.date
               ) -> dict[str, tuple[int, int]]:
    """:func:`_pending` from the sums ``upto`` the period's last day (changed in place)."""
    done = _with_running(dimension, upto, running, dt.date.min, last)
    return {key: _open_clocks(s) for key, s in done.items()}


def _open_clocks(s: rollups.Sums, service_running: int = 0, solution_running: int = 0
                 ) -> tuple[int, int]:
    """(service, solution) clocks of sums up to a day not decided by then, less the running
    breaches not yet in them."""
    return (max(s.clocks - s.met - s.breached - service_running, 0),
            max(s.solution_clocks - s.solution_met - s.solution_breached - solution_running, 0))


def _breakdown(sums: dict, labels: dict) -> tuple:
    """One line per key of a dimension's sums (``_with_running`` applied)."""
    out = []
    for key, s in sums.items():
        if not (s.total or s.resolved or s.met or s.breached or s.escalated or s.minutes_n):
            continue        # only clocks opened or updates missed that day: nothing this table shows
        out.append(documents.BreakdownRow(
            label=labels.get(key, key) or "(tanpa seksi)", total=s.total, resolved=s.resolved,
            met=s.met, breached=s.breached, escalated=s.escalated,
            avg_minutes=s.minutes_sum / s.minutes_n if s.minutes_n else None))
    return tuple(sorted(out, key=lambda row: (-row.total, row.label)))


def _overdue(cut_off: dt.datetime, present: bool, last: dt.date,
             calendar, office_id: int) -> tuple[documents.OverdueRow, ...]:
    """The consultations of office ``office_id`` received by ``last`` that were open and past
    their deadline at the cut-off, most overdue first (:func:`_overdue_of`)."""
    rows = _overdue_of(cut_off, present, last, {office_id: calendar})
    return tuple(row for _office, row in rows[:OVERDUE_LIMIT])


def _overdue_of(cut_off: dt.datetime, present: bool, last: dt.date, calendars: dict,
                escalated_only: bool = False, ties: tuple = ()
                ) -> list[tuple[int, documents.OverdueRow]]:
    """(office, row) of each consultation of the offices of ``calendars`` (office -> calendar)
    received by ``last`` that was open and past its deadline at ``cut_off`` (with
    ``escalated_only``, the escalations past their solution deadline), by deadline. ``present``:
    the cut-off is now, and the stored state is the state then (the first
    :data:`OVERDUE_LIMIT` by deadline, then ``ties`` (columns), then id); else (a past period)
    each candidate's clocks are computed again as of the cut-off, so one resolved since is
    listed and one resolved then but reopened since is not."""
    if present:
        found = _overdue_now(cut_off, last, list(calendars), escalated_only, ties)
    else:
        found = _overdue_then(cut_off, last, calendars, escalated_only)
    return [(row.office_id, documents.OverdueRow(
        number=row.number, received_at=row.received_at, stakeholder=row.stakeholder,
        category=row.category, officer=row.officer, deadline=deadline,
        overdue_minutes=round(calendars[row.office_id].office_minutes_between(deadline, cut_off)),
        section=row.section or ""))
        for row, deadline in found]


def _due():
    """The deadline a consultation is held to now: the solution deadline once escalated, else
    the service deadline."""
    return Case(None, [(Consultation.state == workflow.State.ESCALATED,
                        Consultation.solution_due_at)], Consultation.service_due_at)


@dataclass(frozen=True)
class _Candidate:
    """What the overdue list reads of a consultation (:func:`_overdue_query`), with the deadline
    it is held to now (``due``)."""

    id: int
    office_id: int
    service_target: int
    number: str
    received_at: dt.datetime
    stakeholder: str
    category: str
    officer: str
    section: str | None
    due: dt.datetime | None

    @classmethod
    def read(cls, query) -> list[_Candidate]:
        """The rows of an :func:`_overdue_query`, read raw: at ten offices of 1M the 300
        escalations overdue now took 5 ms through peewee's named tuples."""
        return [cls(*row) for row in raw_rows(query, instants=(4, 9))]


def _overdue_query(by_office: bool = False):
    """What the overdue list reads of a consultation (:class:`_Candidate`), with the deadline it
    is held to now (``due``); with ``by_office``, joined with its office (to order by its
    code)."""
    query = (Consultation.select(
        Consultation.id, Consultation.office.alias("office_id"), Consultation.service_target,
        Consultation.number, Consultation.received_at, Stakeholder.name.alias("stakeholder"),
        Category.name.alias("category"), User.full_name.alias("officer"),
        Section.name.alias("section"), _due().alias("due"))
        .join_from(Consultation, Stakeholder).join_from(Consultation, Category)
        .join_from(Consultation, User, on=(Consultation.officer == User.id))
        .join_from(Consultation, Section, JOIN.LEFT_OUTER))
    return query.join_from(Consultation, Office) if by_office else query


def _overdue_now(cut_off: dt.datetime, last: dt.date, office_ids: list[int],
                 escalated_only: bool, ties: tuple) -> list[tuple]:
    """(row, deadline) of the first :data:`OVERDUE_LIMIT` consultations of the offices open now
    and past their stored deadline (:func:`_overdue_of`, the cut-off now)."""
    open_states = [s.value for s in workflow.OPEN_STATES]
    due = _due()
    # A CASE is no field: give it the instant as stored (naive UTC), not an aware value that
    # PostgreSQL would read in the server's time zone.
    cut_db = Consultation.service_due_at.db_value(cut_off)
    query = _overdue_query(by_office=bool(ties))
    if escalated_only:
        # Held to its solution deadline: that column itself, and the very condition of the open
        # escalations' partial index (migration 0023), so that only those past it are read, by
        # office and deadline; not every open escalation of the offices (at ten offices of 1M,
        # 5,850 open for 300 past it: 7 ms).
        query = query.where(escalated_now(), Consultation.solution_due_at < cut_off)
    query = (query.where(Consultation.office.in_(office_ids),
                         listing.rare(Consultation.state.in_(open_states)),
                         Consultation.received_date <= last, due < cut_db)
             .order_by(due, *ties, Consultation.id).limit(OVERDUE_LIMIT))
    return [(row, row.due) for row in _Candidate.read(query)]


def _overdue_then(cut_off: dt.datetime, last: dt.date, calendars: dict, escalated_only: bool
                  ) -> list[tuple]:
    """(row, deadline then) of the consultations of the offices past their deadline at the past
    instant ``cut_off``, their clocks counted again as of then (:func:`_overdue_of`), by
    deadline; with the section each was with then."""
    ids = _open_then(cut_off, last, list(calendars), escalated_only)
    ids = _breached_by(ids, max(c.local(cut_off).date() for c in calendars.values()),
                       escalated_only)
    if not ids:
        return []           # none: the reads below would be composed and run for nothing
    candidates = _Candidate.read(_overdue_query().where(ids_in(Consultation.id, ids)))
    candidates.sort(key=lambda row: (row.due is None, row.due, row.id))
    every_clock = projection.clocks_across(
        [(row.id, row.service_target, row.office_id) for row in candidates], cut_off)
    late = []
    for row in candidates:
        cycle = every_clock[row.id][-1]
        deadline = _deadline_passed(cycle, cut_off)
        if deadline is not None and not (escalated_only and cycle.solution is None):
            late.append((row, cycle, deadline))
    sections = _sections_then({row.id: cycle for row, cycle, _deadline in late})
    found = [(dataclasses.replace(row, section=sections.get(row.id, "")), deadline)
             for row, _cycle, deadline in late]
    found.sort(key=lambda item: item[1])
    return found


def _open_then(cut_off: dt.datetime, last: dt.date, office_ids: list[int],
               escalated_only: bool = False) -> list[int]:
    """The ids of the consultations of the offices received by ``last`` that may have been open
    and past a deadline at ``cut_off``: open now, or resolved after it; with a stored deadline
    before it, or a later cycle whose earlier deadline the columns no longer hold. With
    ``escalated_only``, of those ever escalated (``escalated_at`` stays once set): one escalated
    by the cut-off is among them, and those resolved since are read through their own partial
    index (migration 0024)."""
    # Two queries, each on its index: the offices' open ones (office, state) and those resolved
    # after the cut-off (office, resolved_at, received_date: migration 0020). As one OR the
    # planner read every row of the office received by the period's end. The ids first, from the
    # consultation table alone (joined, the planner led with the categories and read every
    # consultation of the period's end).
    open_states = [s.value for s in workflow.OPEN_STATES]
    late = ((Consultation.service_due_at < cut_off) | (Consultation.solution_due_at < cut_off)
            | (Consultation.cycle > 1))
    still_open = Consultation.select(Consultation.id).where(
        Consultation.office.in_(office_ids), listing.rare(Consultation.state.in_(open_states)),
        Consultation.received_date <= last, late)
    resolved_since = Consultation.select(Consultation.id).where(
        # Few resolved since, told to SQLite's planner: with the office's statistics it took the
        # office's rows for the many and read them by their day of receipt (400 ms at 1M).
        listing.rare(Consultation.resolved_at > cut_off), Consultation.office.in_(office_ids),
        Consultation.received_date <= last, late)
    if escalated_only:
        # The very term of the partial index's WHERE: SQLite uses it only when the query has it.
        still_open = still_open.where(Consultation.escalated_at.is_null(False))
        resolved_since = resolved_since.where(Consultation.escalated_at.is_null(False))
    return sorted({cid for q in (still_open, resolved_since) for (cid,) in raw_rows(q)})


def _breached_by(ids: list[int], day: dt.date, escalated_only: bool = False) -> list[int]:
    """Those of ``ids`` with a cycle whose clock is breached by the office-local ``day`` or not
    decided yet: the solution clock of a cycle escalated by then (with ``escalated_only``, only
    that one), or the service clock of a cycle opened by then. A consultation past a deadline at
    a cut-off on ``day`` was breached then, and a breach is final (DOMAIN.md): its cycle's
    stored verdict is that breach, decided on the deadline's day, or none while no event has
    come since. Only their clocks need counting again (at 1M, a past month's 697 candidates
    were counted in 150 ms; most had met both clocks)."""
    cycle = ConsultationCycle
    solution = ((cycle.escalated == True) & (cycle.stopped_on <= day)  # noqa: E712 - SQL
                & (cycle.solution_met.is_null()
                   | ((cycle.solution_met == False)  # noqa: E712 - SQL
                      & (cycle.solution_decided_on <= day))))
    service = ((cycle.opened_on <= day)
               & (cycle.service_met.is_null()
                  | ((cycle.service_met == False)  # noqa: E712 - SQL
                     & (cycle.service_decided_on <= day))))
    late = solution if escalated_only else (solution | service)
    return sorted({cid for (cid,) in raw_rows(cycle.select(cycle.consultation).where(
        ids_in(cycle.consultation, ids), late))})


def _sections_then(cycles: dict) -> dict[int, str]:
    """consultation -> the section it was with in ``cycles[consultation]`` (its current cycle as
    of a past cut-off): the one it was escalated to, else its category's; not the one it is
    with now."""
    if not cycles:
        return {}
    escalated = {cid: cycle.number for cid, cycle in cycles.items() if cycle.solution is not None}
    others = [cid for cid, cycle in cycles.items() if cycle.solution is None]
    out = {}
    for cid, number, name in raw_rows(ConsultationCycle.select(
            ConsultationCycle.consultation, ConsultationCycle.number, Section.name)
            .join(Section, on=(ConsultationCycle.section == Section.id))
            .where(ids_in(ConsultationCycle.consultation, escalated))):
        if escalated[cid] == number:
            out[cid] = name
    out.update(raw_rows(Consultation.select(Consultation.id, Section.name).join(Category)
                        .join(Section, on=(Category.section == Section.id))
                        .where(ids_in(Consultation.id, others))))
    return out


def _deadline_passed(cycle, cut_off: dt.datetime) -> dt.datetime | None:
    """The deadline the cycle was past at ``cut_off`` while still open (its clocks as of then),
    else None: the solution deadline once escalated, before that the service deadline."""
    if cycle.solution is not None:
        clock = cycle.solution
    elif cycle.service.stopped_at is None:
        clock = cycle.service
    else:
        return None             # resolved at the cut-off
    if clock.stopped_at is None and clock.deadline is not None and clock.deadline < cut_off:
        return clock.deadline
    return None


def _running_missed(first: dt.date, last: dt.date, cut_off: dt.datetime, calendar,
                    office_id: int) -> dict[str, int]:
    """Progress updates missed from ``first`` to ``last`` by the escalations still open, per
    section (key as in the sums), that no event has stored yet: days keep ending without an
    update. Each escalation's missed days as of the cut-off, less those already stored."""
    return _running_missed_of(first, last, cut_off, {office_id: calendar})[office_id]


def _running_missed_of(first: dt.date, last: dt.date, cut_off: dt.datetime,
                       calendars: dict) -> dict[int, dict[str, int]]:
    """office -> :func:`_running_missed` of each office of ``calendars`` (office -> its
    calendar, as the caller has it) whose cut-off is ``cut_off``, each on its own calendar and
    standard. Only the current cycle's: an earlier cycle was resolved, and its missed days were
    final and stored then.

    An open escalation's missed days since its last update follow from two days stored with it
    (``clocks.progress_missed_since_update``): the day its current cycle was escalated on and
    the day its last update counts for. Its days before were stored with that update. So the
    escalations are counted in SQL per group with the same office, section and two days, read
    from their partial index alone, and each group's days are counted once; those of its days
    already stored (by an event since: one after the cut-off stored them all) are taken off,
    read per group and day. At 1M an office's 585 open escalations were counted one by one from
    their histories: 7 ms, ten times that for a Kanwil of ten offices."""
    office_ids = list(calendars)
    out: dict[int, dict[str, int]] = {office: {} for office in office_ids}
    group = (Consultation.office, Consultation.section, Consultation.escalated_on,
             Consultation.credited_on)

    def grouped(*extra, join_missed: bool = False):
        # Through the partial index of the open escalations alone (migration 0023): its very
        # condition (``escalated_now``), and only its columns.
        query = Consultation.select(*group, *extra, fn.COUNT(Consultation.id))
        where = [Consultation.office.in_(office_ids), escalated_now(),
                 Consultation.escalated_at < cut_off]
        if join_missed:
            query = query.join(MissedUpdate, on=(
                (MissedUpdate.consultation == Consultation.id)
                & (MissedUpdate.cycle == Consultation.cycle)))
            where.append(MissedUpdate.day.between(first, last))
        return raw_rows(query.where(*where).group_by(*group, *extra))

    groups = grouped()
    if not groups:
        return out
    every_of = {office: standard.progress_every_working_days for office, standard
                in office_service.service_standards(sorted({row[0] for row in groups})).items()}
    due: dict[tuple, list[dt.date]] = {}
    live: dict[tuple, frozenset[dt.date]] = {}

    def missed(office: int, escalated_on, credited_on) -> frozenset[dt.date]:
        """The days from ``first`` to ``last`` missed by an escalation of the group since its
        last update, as of the cut-off."""
        key = (office, escalated_on, credited_on)
        if key not in live:
            if escalated_on is None:            # no progress clock counted yet
                live[key] = frozenset()
                return live[key]
            day = day_from_db(escalated_on)
            if (office, day) not in due:
                due[office, day] = clocks.progress_due_days(day, calendars[office], cut_off)
            credited = None if credited_on is None else day_from_db(credited_on)
            live[key] = frozenset(d for d in clocks.progress_missed_since_update(
                due[office, day], credited, every_of[office]) if first <= d <= last)
        return live[key]

    def add(office: int, section, n: int) -> None:
        counts = out[office]
        counts[_key(section)] = counts.get(_key(section), 0) + n

    for office, section, escalated_on, credited_on, n in groups:
        add(office, section, n * len(missed(office, escalated_on, credited_on)))
    for office, section, escalated_on, credited_on, day, n in grouped(MissedUpdate.day,
                                                                       join_missed=True):
        if day_from_db(day) in missed(office, escalated_on, credited_on):
            add(office, section, -n)
    return {office: {key: n for key, n in counts.items() if n} for office, counts in out.items()}


def _solution_by_section(sums: dict, pending: dict, running_missed: dict[str, int],
                         labels: dict[str, str]) -> tuple[documents.SectionSolutionRow, ...]:
    """The solution clock and missed updates per section, for the sections that had
    escalations judged in the period or still running at the cut-off."""
    rows = []
    for key in sorted(sums.keys() | pending.keys(), key=lambda k: labels.get(k, k)):
        s = sums.get(key, rollups.Sums())
        waiting = pending.get(key, (0, 0))[1]
        judged = s.solution_met + s.solution_breached
        if not judged and not waiting:
            continue
        rows.append(documents.SectionSolutionRow(
            labels.get(key, "Tanpa seksi"),
            documents.Compliance(s.solution_met, s.solution_breached, judged + waiting),
            s.missed + running_missed.get(key, 0)))
    return tuple(rows)


def _labels(office_id: int) -> dict[str, dict[str, str]]:
    return {
        "channel": validation.CHANNEL_LABELS,
        "category": {str(i): n for i, n in Category.select(Category.id, Category.name)
                     .where(Category.office == office_id).tuples()},
        "section": {str(i): n for i, n in Section.select(Section.id, Section.name)
                    .where(Section.office == office_id).tuples()},
        # An officer moved to another office keeps their name on the sums they made here.
        "officer": {str(i): n for i, n in User.select(User.id, User.full_name).tuples()},
    }


def check_period(first: object, last: object) -> None:
    """A period is two calendar dates (not times) in the years 2000-2099, the last not before the
    first."""
    for value, field, label in ((first, "date_from", N_("Tanggal awal")),
                                (last, "date_to", N_("Tanggal akhir"))):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise ValidationError({field: Text(N_("{label} tidak dikenali."), label=Text(label))})
        if not EARLIEST.date() <= value < LATEST.date():
            raise ValidationError({field: Text(N_("{label} harus antara tahun 2000 dan 2099."),
                                               label=Text(label))})
    if last < first:
        raise ValidationError({"date_to": "Tanggal akhir tidak boleh sebelum tanggal awal."})


def cut_off_of(last: dt.date, now: dt.datetime, calendar) -> tuple[dt.datetime, bool]:
    """The cut-off of a period ending on ``last`` (DOMAIN.md): the end of the period, or ``now``
    while the period lasts; and whether it still lasts (the cut-off is the present)."""
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), calendar.tz)
    present = now <= end
    return (now if present else end.astimezone(dt.timezone.utc)), present


#: An office's headline figures (``documents.OfficeFigures``).
Headline = documents.OfficeFigures


def _headline(totals: rollups.Sums, pending: tuple[int, int], running_missed: dict[str, int],
              p90: float | None, backlog: int) -> Headline:
    service_judged = totals.met + totals.breached
    solution_judged = totals.solution_met + totals.solution_breached
    return Headline(
        total=totals.total, resolved=totals.resolved, escalated=totals.escalated,
        service_compliance=documents.Compliance(totals.met, totals.breached,
                                                service_judged + pending[0]),
        solution_compliance=documents.Compliance(totals.solution_met, totals.solution_breached,
                                                 solution_judged + pending[1]),
        missed_progress_updates=totals.missed + sum(running_missed.values()),
        first_contact=totals.first_contact,
        avg_handling_minutes=(totals.minutes_sum / totals.minutes_n
                              if totals.minutes_n else None),
        p90_handling_minutes=p90, backlog=backlog,
        minutes_sum=totals.minutes_sum, minutes_n=totals.minutes_n)


@dataclass(frozen=True)
class Cut:
    """An office as its report of a period is cut (DOMAIN.md): its calendar, its cut-off (the
    end of the period in its own time zone, or now while the period lasts) and whether the
    cut-off is the present."""

    office_id: int
    calendar: OfficeCalendar
    cut_off: dt.datetime
    present: bool


def cuts(office_ids: list[int], last: dt.date, now: dt.datetime) -> list[Cut]:
    """The cut of each office of ``office_ids`` for a period ending on ``last``."""
    out = []
    for office_id in office_ids:
        calendar = office_service.office_calendar(office_id)
        out.append(Cut(office_id, calendar, *cut_off_of(last, now, calendar)))
    return out


def _by_cut_off(offices: list[Cut], *, with_day: bool = False) -> dict[tuple, list[Cut]]:
    """The offices grouped by their cut-off instant (and whether it is the present; with
    ``with_day``, the office-local day it falls on too), each group read in one query: offices
    in one time zone share theirs."""
    groups: dict[tuple, list[Cut]] = {}
    for cut in offices:
        day = cut.calendar.local(cut.cut_off).date() if with_day else None
        groups.setdefault((cut.cut_off, cut.present, day), []).append(cut)
    return groups


def office_headlines(offices: list[Cut], first: dt.date, last: dt.date) -> dict[int, Headline]:
    """office -> the headline figures of the period of each office, on its own calendar as of
    its own cut-off: the running sums of all of them in one grouped query each, their open
    consultations in one query per cut-off. No role check: for the services that checked theirs
    (the Kanwil's consolidated report)."""
    ids = [cut.office_id for cut in offices]
    running: dict[int, _RunningCount] = {}
    running_missed: dict[int, dict[str, int]] = {}
    for (cut_off, _present, _day), group in _by_cut_off(offices).items():
        calendars = {cut.office_id: cut.calendar for cut in group}
        running.update(_running_counts_of(cut_off, calendars, first))
        running_missed.update(_running_missed_of(first, last, cut_off, calendars))
    period = rollups.sums_of_offices(first, last, ("total",), ids)
    totals = {}
    for office in ids:
        totals[office] = period.get((office, "total"), {}).get("", rollups.Sums())
        totals[office].breached += running[office].service
        totals[office].solution_breached += running[office].solution
    upto = rollups.upto_of_offices(last, rollups.BACKLOG_DIMENSIONS, ids)
    p90 = rollups.nearest_ranks(first, last, 0.9, {o: totals[o].minutes_n for o in ids})
    out = {}
    for office in ids:
        backlog = rollups.backlog_from(upto, office)
        pending = _open_clocks(upto.get((office, "total"), {}).get("", rollups.Sums()),
                               running[office].service_upto, running[office].solution_upto)
        out[office] = _headline(totals[office], pending, running_missed[office], p90[office],
                                backlog)
    return out


def overdue_of_offices(offices: list[Cut], *, escalated_only: bool = False
                       ) -> list[tuple[int, documents.OverdueRow]]:
    """(office, row) of the consultations of the offices open and past their deadline at each
    one's cut-off (present: as stored; else each recounted as of then), received up to that
    office-local day; with ``escalated_only``, the escalations past their solution deadline.
    Unordered; at least the first :data:`OVERDUE_LIMIT` by deadline, office code and number.
    No role check, as :func:`office_headlines`."""
    out = []
    for (cut_off, present, day), group in _by_cut_off(offices, with_day=True).items():
        out += _overdue_of(cut_off, present, day, {cut.office_id: cut.calendar for cut in group},
                           escalated_only, ties=(Office.code, Consultation.number))
    return out


def service_report(actor: Actor | None, first: dt.date, last: dt.date,
                   now: dt.datetime | None = None, *,
                   office_id: int | None = None) -> documents.ServiceReport:
    """Every figure of the service report of the actor's office for consultations received from
    ``first`` to ``last`` (office-local days), from the running sums (``storage.rollups``) and
    the few consultations still open. ``actor`` None: the office's own command line, for office
    ``office_id`` (None: the default office)."""
    if actor is not None:
        office_id = require(actor, workflow.Action.VIEW_REPORTS)
    else:
        office_id = office_of(office_id)
    check_period(first, last)
    now = instant(now, "now")
    calendar = office_service.office_calendar(office_id)
    profile = office_service.get_office(office_id)
    cut_off, present = cut_off_of(last, now, calendar)
    running = _running(cut_off, calendar, office_id)
    dimensions = ("total", "channel", "category", "section", "officer")
    sums = {dimension: _with_running(dimension, rollups.sums(first, last, dimension, office_id),
                                     running, first, last) for dimension in dimensions}
    totals = sums["total"].get("", rollups.Sums())
    pending = _pending("total", running, last, office_id).get("", (0, 0))
    daily = rollups.daily(first, last, office_id)
    for r in running:
        if first <= r.day <= last and not r.solution:
            daily.setdefault(r.day, rollups.Sums()).breached += 1
    # Every day of the period on the axis: a day off is a gap in the line, not a day left out
    # (the line joined the days on either side of a holiday as if they were neighbours).
    every_day = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    days = every_day if len(every_day) <= 800 else sorted(daily)

    def compliance(s: rollups.Sums | None) -> float | None:
        judged = (s.met + s.breached) if s else 0
        return round(100 * s.met / judged, 1) if judged else None
    labels = _labels(office_id)
    running_missed = _running_missed(first, last, cut_off, calendar, office_id)
    head = _headline(totals, pending, running_missed,
                     rollups.nearest_rank(first, last, 0.9, totals.minutes_n, office_id),
                     rollups.backlog(last, office_id))
    return documents.ServiceReport(
        header=office_header(office_id), period_start=first, period_end=last, generated_at=now,
        city=profile.city if profile else "", total=head.total, resolved=head.resolved,
        escalated=head.escalated, service_compliance=head.service_compliance,
        solution_compliance=head.solution_compliance,
        missed_progress_updates=head.missed_progress_updates,
        first_contact=head.first_contact,
        solution_by_section=_solution_by_section(sums["section"],
                                                 _pending("section", running, last, office_id),
                                                 running_missed, labels["section"]),
        avg_handling_minutes=head.avg_handling_minutes,
        p90_handling_minutes=head.p90_handling_minutes,
        backlog=head.backlog,
        by_channel=_breakdown(sums["channel"], labels["channel"]),
        by_category=_breakdown(sums["category"], labels["category"]),
        by_section=_breakdown(sums["section"], labels["section"]),
        by_officer=_breakdown(sums["officer"], labels["officer"]),
        overdue=_overdue(cut_off, present, last, calendar, office_id), cut_off=cut_off,
        daily_volume=tuple((d, daily[d].total if d in daily else 0) for d in days),
        daily_compliance=tuple((d, compliance(daily.get(d))) for d in days),
        head_name=profile.head_name if profile else "", head_nip=profile.head_nip if profile else "",
        library=library_use(first, last, office_id))


def _renderer(kind: object):
    renderers = {"pdf": documents.render_report, "csv": documents.export_report_csv,
                 "xlsx": documents.export_report_xlsx}
    if not isinstance(kind, str) or kind not in renderers:
        raise ValidationError({"out": "Format laporan: .pdf, .csv atau .xlsx."})
    return renderers[kind]


def render(report: documents.ServiceReport, kind: str) -> bytes:
    """A computed report as 'pdf', 'csv' or 'xlsx' bytes."""
    return _renderer(kind)(report)


def report_file(actor: Actor | None, first: dt.date, last: dt.date, kind: str, *,
                office_id: int | None = None) -> bytes:
    """The report of the period as 'pdf', 'csv' or 'xlsx' bytes."""
    renderer = _renderer(kind)
    return renderer(service_report(actor, first, last, office_id=office_id))

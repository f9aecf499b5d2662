"""The service report for any period, from running sums per day and month kept in SQL
(``storage.rollups``): its cost grows with the period's days and groups, not with the table.

As of a cut-off (DOMAIN.md): volumes by receipt in the period; resolutions, escalations, handling
times and missed updates in the period they happened; every clock judged in the period it was
decided; "belum dinilai" the clocks running at the cut-off; backlog and overdue list the state
then. A closed period therefore reads the same whenever it is printed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, Case

from kppn_desktop import documents
from kppn_desktop.domain import clocks, validation, workflow
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
    Section,
    Stakeholder,
    User,
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
    rows = (Consultation.select(
        Consultation.channel, Consultation.category, Category.section, Consultation.section,
        Consultation.officer, Consultation.state, ConsultationCycle.service_met,
        Consultation.service_due_at, ConsultationCycle.solution_met, Consultation.solution_due_at)
        .join(ConsultationCycle, on=((ConsultationCycle.consultation == Consultation.id)
                                     & (ConsultationCycle.number == Consultation.cycle)))
        .join_from(Consultation, Category)
        .where(Consultation.office == office_id,
               listing.rare(Consultation.state.in_([s.value for s in workflow.OPEN_STATES])),
               (Consultation.service_due_at < cut_off) | (Consultation.solution_due_at < cut_off))
        .tuples())
    out = []
    for (channel, category, intake_section, section, officer, state, service_met, service_due,
         solution_met, solution_due) in rows:
        keys = {"total": "", "channel": channel, "category": str(category),
                "officer": str(officer)}
        # As the sums count them: a service clock by its category's section, a solution clock by
        # the section it was escalated to.
        if (service_met is None and service_due is not None and service_due < cut_off
                and state in RUNNING_SERVICE_STATES):
            out.append(_Running(calendar.local(service_due).date(),
                                {**keys, "section": _key(intake_section)}, False))
        if (solution_met is None and state == workflow.State.ESCALATED
                and solution_due is not None and solution_due < cut_off):
            out.append(_Running(calendar.local(solution_due).date(),
                                {**keys, "section": _key(section)}, True))
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
    done = _with_running(dimension, rollups.upto(last, dimension, office_id), running, dt.date.min,
                         last)
    return {key: (max(s.clocks - s.met - s.breached, 0),
                  max(s.solution_clocks - s.solution_met - s.solution_breached, 0))
            for key, s in done.items()}


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
             calendar, office_id: int, escalated_only: bool = False
             ) -> tuple[documents.OverdueRow, ...]:
    """The consultations received by ``last`` that were open and past their deadline at the
    cut-off. ``present``: the cut-off is now, and the stored state is the state then; else (a
    past period) each candidate's clocks are computed again as of the cut-off, so one resolved
    since is listed and one resolved then but reopened since is not."""
    open_states = [s.value for s in workflow.OPEN_STATES]
    due = Case(None, [(Consultation.state == workflow.State.ESCALATED, Consultation.solution_due_at)],
               Consultation.service_due_at)
    # A CASE is no field: give it the instant as stored (naive UTC), not an aware value that
    # PostgreSQL would read in the server's time zone.
    cut_db = Consultation.service_due_at.db_value(cut_off)
    columns = (Consultation.id, Consultation.service_target, Consultation.number,
               Consultation.received_at, Stakeholder.name, Category.name, User.full_name,
               Section.name, due.alias("due"))
    query = (Consultation.select(*columns)
             .join_from(Consultation, Stakeholder).join_from(Consultation, Category)
             .join_from(Consultation, User, on=(Consultation.officer == User.id))
             .join_from(Consultation, Section, JOIN.LEFT_OUTER))
    if present:
        if escalated_only:
            query = query.where(Consultation.state == workflow.State.ESCALATED)
        query = query.where(Consultation.office == office_id,
                            listing.rare(Consultation.state.in_(open_states)),
                            Consultation.received_date <= last, due < cut_db).limit(OVERDUE_LIMIT)
        candidates = list(query.order_by(due, Consultation.id).tuples())
    else:
        # Open at the cut-off: open now, or resolved after it. Past its deadline then: a stored
        # deadline before it, or a later cycle whose earlier deadline the columns no longer hold.
        # Two queries, each on its index: the office's open ones (office, state) and those
        # resolved after the cut-off (resolved_at, the office checked on each row). As one OR
        # the planner read every row of the office received by the period's end.
        # The ids first, from the consultation table alone (joined, the planner led with the
        # categories and read every consultation of the period's end).
        late = ((Consultation.service_due_at < cut_off) | (Consultation.solution_due_at < cut_off)
                | (Consultation.cycle > 1))
        still_open = Consultation.select(Consultation.id).where(
            Consultation.office == office_id, listing.rare(Consultation.state.in_(open_states)),
            Consultation.received_date <= last, late)
        resolved_since = Consultation.select(Consultation.id).where(
            Consultation.resolved_at > cut_off, (Consultation.office + 0) == office_id,
            (Consultation.received_date + 0) <= last, late)
        ids = sorted({cid for q in (still_open, resolved_since) for (cid,) in q.tuples()})
        candidates = []
        for start in range(0, len(ids), 500):
            candidates.extend(query.where(Consultation.id.in_(ids[start:start + 500])).tuples())
        candidates.sort(key=lambda row: (row[-1] is None, row[-1], row[0]))
    rows = []
    every_clock = {} if present else projection.clocks_of_many(
        [(c[0], c[1]) for c in candidates], cut_off, office_id)
    for cid, _target, number, received, stakeholder, category, officer, section, deadline in (
            candidates):
        if present:
            deadline = Consultation.service_due_at.python_value(deadline)
        else:
            cycles = every_clock[cid]
            deadline = _deadline_passed(cycles[-1], cut_off)
            if deadline is None or (escalated_only and cycles[-1].solution is None):
                continue
            section = _section_then(cid, cycles[-1])
        rows.append(documents.OverdueRow(
            number=number, received_at=received, stakeholder=stakeholder, category=category,
            officer=officer, deadline=deadline,
            overdue_minutes=round(calendar.office_minutes_between(deadline, cut_off)),
            section=section or ""))
    rows.sort(key=lambda row: row.deadline)
    return tuple(rows[:OVERDUE_LIMIT])


def _section_then(consultation_id: int, cycle) -> str:
    """The section a consultation was with in ``cycle`` (its clocks as of a past cut-off): the
    one it was escalated to, else its category's; not the one it is with now."""
    if cycle.solution is not None:
        query = (ConsultationCycle.select(Section.name)
                 .join(Section, on=(ConsultationCycle.section == Section.id))
                 .where(ConsultationCycle.consultation == consultation_id,
                        ConsultationCycle.number == cycle.number))
    else:
        query = (Consultation.select(Section.name).join(Category)
                 .join(Section, on=(Category.section == Section.id))
                 .where(Consultation.id == consultation_id))
    return query.scalar() or ""


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


def _running_missed(first: dt.date, last: dt.date, cut_off: dt.datetime,
                    office_id: int) -> dict[str, int]:
    """Progress updates missed from ``first`` to ``last`` by the escalations still open, per
    section (key as in the sums), that no event has stored yet: days keep ending without an
    update. Each escalation's missed days as of the cut-off, less those already stored."""
    out: dict[str, int] = {}
    escalations = list(Consultation.select(
        Consultation.id, Consultation.service_target, Consultation.section)
        .where(Consultation.office == office_id,
               listing.rare(Consultation.state == workflow.State.ESCALATED),
               Consultation.escalated_at < cut_off).tuples())
    if not escalations:
        return out
    stored: dict[int, set] = {}
    every_clock = projection.clocks_of_many([(cid, target) for cid, target, _s in escalations],
                                            cut_off, office_id)
    for start in range(0, len(escalations), 500):
        ids = [cid for cid, _target, _section in escalations[start:start + 500]]
        for cid, cycle, day in (MissedUpdate.select(MissedUpdate.consultation, MissedUpdate.cycle,
                                                    MissedUpdate.day)
                                .where(MissedUpdate.consultation.in_(ids)).tuples()):
            stored.setdefault(cid, set()).add((cycle, day))
    for cid, _target, section in escalations:
        live = set(clocks.missed_update_days(every_clock[cid]))
        new = sum(first <= day <= last for _cycle, day in live - stored.get(cid, set()))
        if new:
            out[_key(section)] = out.get(_key(section), 0) + new
    return out


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


def _headline(office_id: int, first: dt.date, last: dt.date, totals: rollups.Sums,
              pending: tuple[int, int], running_missed: dict[str, int]) -> Headline:
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
        p90_handling_minutes=rollups.nearest_rank(first, last, 0.9, totals.minutes_n, office_id),
        backlog=rollups.backlog(last, office_id),
        minutes_sum=totals.minutes_sum, minutes_n=totals.minutes_n)


def office_headline(office_id: int, first: dt.date, last: dt.date, now: dt.datetime
                    ) -> tuple[Headline, dt.datetime, bool]:
    """The headline figures of office ``office_id`` for the period, its cut-off, and whether the
    cut-off is the present. No role check: for the services that checked theirs (the Kanwil's
    consolidated report)."""
    calendar = office_service.office_calendar(office_id)
    cut_off, present = cut_off_of(last, now, calendar)
    running = _running(cut_off, calendar, office_id)
    totals = _with_running("total", rollups.sums(first, last, "total", office_id), running,
                           first, last).get("", rollups.Sums())
    pending = _pending("total", running, last, office_id).get("", (0, 0))
    running_missed = _running_missed(first, last, cut_off, office_id)
    return (_headline(office_id, first, last, totals, pending, running_missed), cut_off,
            present)


def overdue_of(office_id: int, cut_off: dt.datetime, present: bool, *,
               escalated_only: bool = False) -> tuple[documents.OverdueRow, ...]:
    """The consultations of office ``office_id`` open and past their deadline at ``cut_off``
    (``present``: the cut-off is now; else each is recounted as of then), received up to that
    office-local day; with ``escalated_only``, the escalations past their solution deadline.
    No role check, as :func:`office_headline`."""
    calendar = office_service.office_calendar(office_id)
    last = calendar.local(cut_off).date()
    return _overdue(cut_off, present, last, calendar, office_id, escalated_only)


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
    running_missed = _running_missed(first, last, cut_off, office_id)
    head = _headline(office_id, first, last, totals, pending, running_missed)
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
        library=library_use(first, last, calendar.tz, office_id))


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

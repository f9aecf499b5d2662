"""The service report for any period, from running sums per day and month kept in SQL
(``storage.rollups``): its cost grows with the period's days and groups, not with the table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN, Case

from kppn_desktop import documents
from kppn_desktop.domain import validation, workflow
from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.services import office as office_service
from kppn_desktop.services import projection
from kppn_desktop.services.context import Actor, require
from kppn_desktop.services.papers import office_header
from kppn_desktop.storage import listing, rollups
from kppn_desktop.storage.models import (Category, Consultation, ConsultationCycle, Section,
                                         Stakeholder, User, utcnow)

OVERDUE_LIMIT = 500
_CHANNEL_LABELS = dict(validation.CHANNELS)


RUNNING_SERVICE_STATES = (workflow.State.RECEIVED, workflow.State.IN_SERVICE,
                          workflow.State.REOPENED)


@dataclass(frozen=True)
class _Running:
    """One open consultation of the period whose clock ran out without a stored verdict (a breach
    is final already, though no event has recomputed the column yet)."""

    day: dt.date
    keys: dict                 # dimension -> rollup key
    service_breached: bool
    solution_breached: bool


def _running(first: dt.date, last: dt.date, now: dt.datetime) -> list[_Running]:
    """The open consultations of the period whose current cycle's clock ran out by ``now`` with
    no stored verdict yet (the verdicts of earlier cycles are final and stored)."""
    rows = (Consultation.select(
        Consultation.received_date, Consultation.channel, Consultation.category,
        Consultation.section, Consultation.officer, Consultation.state,
        ConsultationCycle.service_met, Consultation.service_due_at, ConsultationCycle.solution_met,
        Consultation.solution_due_at)
        .join(ConsultationCycle, on=((ConsultationCycle.consultation == Consultation.id)
                                     & (ConsultationCycle.number == Consultation.cycle)))
        .where(listing.rare(Consultation.state.in_([s.value for s in workflow.OPEN_STATES])),
               Consultation.received_date.between(first, last)).tuples())
    out = []
    for (day, channel, category, section, officer, state, service_met, service_due,
         solution_met, solution_due) in rows:
        service = (service_met is None and service_due is not None and service_due < now
                   and state in RUNNING_SERVICE_STATES)
        solution = (solution_met is None and state == workflow.State.ESCALATED
                    and solution_due is not None and solution_due < now)
        if service or solution:
            out.append(_Running(day, {"total": "", "channel": channel, "category": str(category),
                                      "section": "" if section is None else str(section),
                                      "officer": str(officer)}, service, solution))
    return out


def _with_running(dimension: str, sums: dict, running: list[_Running]) -> dict:
    for r in running:
        row = sums.setdefault(r.keys[dimension], rollups.Sums())
        row.breached += r.service_breached
        row.solution_breached += r.solution_breached
    return sums


def _breakdown(sums: dict, labels: dict) -> tuple:
    """One line per key of a dimension's sums (``_with_running`` applied)."""
    out = []
    for key, s in sums.items():
        out.append(documents.BreakdownRow(
            label=labels.get(key, key) or "(tanpa seksi)", total=s.total, resolved=s.resolved,
            met=s.met, breached=s.breached, escalated=s.escalated,
            avg_minutes=s.minutes_sum / s.minutes_n if s.minutes_n else None))
    return tuple(sorted(out, key=lambda row: (-row.total, row.label)))


def _overdue(cut_off: dt.datetime, present: bool, last: dt.date,
             calendar) -> tuple[documents.OverdueRow, ...]:
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
        query = query.where(listing.rare(Consultation.state.in_(open_states)),
                            Consultation.received_date <= last, due < cut_db).limit(OVERDUE_LIMIT)
    else:
        # Open at the cut-off: open now, or resolved after it. Past its deadline then: a stored
        # deadline before it, or a later cycle whose earlier deadline the columns no longer hold.
        query = query.where(
            Consultation.received_date <= last,
            listing.rare(Consultation.state.in_(open_states))
            | (Consultation.resolved_at > cut_off),
            (Consultation.service_due_at < cut_off) | (Consultation.solution_due_at < cut_off)
            | (Consultation.cycle > 1))
    rows = []
    for cid, target, number, received, stakeholder, category, officer, section, deadline in (
            query.order_by(due, Consultation.id).tuples().iterator()):
        if present:
            deadline = Consultation.service_due_at.python_value(deadline)
        else:
            deadline = _deadline_passed(projection.clocks_of(cid, target, cut_off)[-1], cut_off)
            if deadline is None:
                continue
        rows.append(documents.OverdueRow(
            number=number, received_at=received, stakeholder=stakeholder, category=category,
            officer=officer, deadline=deadline,
            overdue_minutes=round(calendar.office_minutes_between(deadline, cut_off)),
            section=section or ""))
    rows.sort(key=lambda row: row.deadline)
    return tuple(rows[:OVERDUE_LIMIT])


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


def _running_missed(first: dt.date, last: dt.date, now: dt.datetime) -> dict[str, int]:
    """Progress updates missed so far by the escalations of the period still open, per section
    (key as in the sums), counted again up to ``now``: days keep passing without an event."""
    out: dict[str, int] = {}
    for cid, target, section in _in_period(
            Consultation.select(Consultation.id, Consultation.service_target,
                                Consultation.section), first, last).where(
            listing.rare(Consultation.state == workflow.State.ESCALATED)).tuples():
        key = "" if section is None else str(section)
        out[key] = out.get(key, 0) + projection.missed_updates_now(cid, target, now)
    return out


def _solution_by_section(sums: dict, running_missed: dict[str, int], labels: dict[str, str]
                         ) -> tuple[documents.SectionSolutionRow, ...]:
    """The solution clock and missed updates per section, for the sections that had
    escalations (``sums``: the section sums with the solution deadlines run out since their last
    event, as the total)."""
    rows = []
    for key, s in sorted(sums.items(), key=lambda item: labels.get(item[0], item[0])):
        if not s.solution_clocks:
            continue
        rows.append(documents.SectionSolutionRow(
            labels.get(key, "Tanpa seksi"),
            documents.Compliance(s.solution_met, s.solution_breached, s.solution_clocks),
            s.missed + running_missed.get(key, 0)))
    return tuple(rows)


def _in_period(query, first: dt.date, last: dt.date):
    return query.where(Consultation.received_date.between(first, last))


def _labels() -> dict[str, dict[str, str]]:
    return {
        "channel": _CHANNEL_LABELS,
        "category": {str(i): n for i, n in Category.select(Category.id, Category.name).tuples()},
        "section": {str(i): n for i, n in Section.select(Section.id, Section.name).tuples()},
        "officer": {str(i): n for i, n in User.select(User.id, User.full_name).tuples()},
    }


def service_report(actor: Actor | None, first: dt.date, last: dt.date,
                   now: dt.datetime | None = None) -> documents.ServiceReport:
    """Every figure of the service report for consultations received from ``first`` to ``last``
    (office-local days), from the running sums (``storage.rollups``) and the few consultations
    still open. ``actor`` None: the office's own command line."""
    if actor is not None:
        require(actor, workflow.Action.VIEW_REPORTS)
    if last < first:
        raise ValidationError({"date_to": "Tanggal akhir tidak boleh sebelum tanggal awal."})
    now = now or utcnow()
    calendar = office_service.office_calendar()
    profile = office_service.get_office()
    # The cut-off: the end of the period, or now while the period lasts (DOMAIN.md).
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), calendar.tz)
    present = now <= end
    cut_off = now if present else end.astimezone(dt.timezone.utc)
    running = _running(first, last, cut_off)
    totals = _with_running("total", rollups.sums(first, last, "total"), running).get(
        "", rollups.Sums())
    daily = rollups.daily(first, last)
    for r in running:
        daily.setdefault(r.day, rollups.Sums()).breached += r.service_breached
    # Every day of the period on the axis: a day off is a gap in the line, not a day left out
    # (the line joined the days on either side of a holiday as if they were neighbours).
    every_day = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    days = every_day if len(every_day) <= 800 else sorted(daily)

    def compliance(s: rollups.Sums | None) -> float | None:
        judged = (s.met + s.breached) if s else 0
        return round(100 * s.met / judged, 1) if judged else None
    labels = _labels()
    running_missed = _running_missed(first, last, cut_off)
    sums = {dimension: _with_running(dimension, rollups.sums(first, last, dimension), running)
            for dimension in ("channel", "category", "section", "officer")}
    return documents.ServiceReport(
        header=office_header(), period_start=first, period_end=last, generated_at=now,
        city=profile.city if profile else "", total=totals.total, resolved=totals.resolved,
        escalated=totals.escalated,
        service_compliance=documents.Compliance(totals.met, totals.breached, totals.clocks),
        solution_compliance=documents.Compliance(totals.solution_met, totals.solution_breached,
                                                 totals.solution_clocks),
        missed_progress_updates=totals.missed + sum(running_missed.values()),
        first_contact=totals.first_contact,
        solution_by_section=_solution_by_section(sums["section"], running_missed,
                                                 labels["section"]),
        avg_handling_minutes=(totals.minutes_sum / totals.minutes_n
                              if totals.minutes_n else None),
        p90_handling_minutes=rollups.nearest_rank(first, last, 0.9, totals.minutes_n),
        backlog=rollups.backlog(last),
        by_channel=_breakdown(sums["channel"], labels["channel"]),
        by_category=_breakdown(sums["category"], labels["category"]),
        by_section=_breakdown(sums["section"], labels["section"]),
        by_officer=_breakdown(sums["officer"], labels["officer"]),
        overdue=_overdue(cut_off, present, last, calendar), cut_off=cut_off,
        daily_volume=tuple((d, daily[d].total if d in daily else 0) for d in days),
        daily_compliance=tuple((d, compliance(daily.get(d))) for d in days),
        head_name=profile.head_name if profile else "", head_nip=profile.head_nip if profile else "")


def render(report: documents.ServiceReport, kind: str) -> bytes:
    """A computed report as 'pdf', 'csv' or 'xlsx' bytes."""
    renderers = {"pdf": documents.render_report, "csv": documents.export_report_csv,
                 "xlsx": documents.export_report_xlsx}
    if kind not in renderers:
        raise ValidationError({"out": "Format laporan: .pdf, .csv atau .xlsx."})
    return renderers[kind](report)


def report_file(actor: Actor | None, first: dt.date, last: dt.date, kind: str) -> bytes:
    """The report of the period as 'pdf', 'csv' or 'xlsx' bytes."""
    return render(service_report(actor, first, last), kind)

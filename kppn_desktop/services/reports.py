"""The service report for any period, counted in SQL: its cost grows with the period's groups, not
with the whole table."""

from __future__ import annotations

import datetime as dt
import math

from peewee import JOIN, Case, fn

from kppn_desktop import documents
from kppn_desktop.domain import validation, workflow
from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.services import office as office_service
from kppn_desktop.services import projection
from kppn_desktop.services.context import Actor, require
from kppn_desktop.services.papers import office_header
from kppn_desktop.storage.models import Category, Consultation, Section, Stakeholder, User, utcnow

OVERDUE_LIMIT = 500
_CHANNEL_LABELS = dict(validation.CHANNELS)


def _count_if(condition):
    return fn.COALESCE(fn.SUM(Case(None, [(condition, 1)], 0)), 0)


def _service_breached(now: dt.datetime):
    """Stored as breached, or still running past its deadline (a breach is final already, though
    no event has recomputed the column yet)."""
    return (Consultation.service_met == False) | (  # noqa: E712 - SQL
        Consultation.service_met.is_null() & Consultation.service_due_at.is_null(False)
        & (Consultation.service_due_at < now)
        & Consultation.state.in_([workflow.State.RECEIVED, workflow.State.IN_SERVICE,
                                  workflow.State.REOPENED]))


def _solution_breached(now: dt.datetime):
    return (Consultation.solution_met == False) | (  # noqa: E712 - SQL
        Consultation.solution_met.is_null() & (Consultation.state == workflow.State.ESCALATED)
        & (Consultation.solution_due_at < now))


def _measures(now: dt.datetime):
    return (
        fn.COUNT(Consultation.id).alias("total"),
        _count_if(Consultation.state == workflow.State.RESOLVED).alias("resolved"),
        _count_if(Consultation.service_met == True).alias("met"),  # noqa: E712 - SQL
        _count_if(_service_breached(now)).alias("breached"),
        _count_if(Consultation.escalated_at.is_null(False)).alias("escalated"),
        fn.AVG(Consultation.service_minutes).alias("avg_minutes"),
    )


def _in_period(query, first: dt.date, last: dt.date):
    return query.where(Consultation.received_date.between(first, last))


def _rows(group_field, label_field, join, first, last, now,
          labels=None) -> tuple[documents.BreakdownRow, ...]:
    query = Consultation.select(label_field, *_measures(now))
    if join is not None:
        query = query.join_from(Consultation, join[0], JOIN.LEFT_OUTER, on=join[1])
    query = _in_period(query, first, last).group_by(label_field).order_by(fn.COUNT(Consultation.id).desc())
    out = []
    for label, total, resolved, met, breached, escalated, avg in query.tuples():
        out.append(documents.BreakdownRow(
            label=(labels or {}).get(label, label) if label else "(tanpa seksi)", total=total,
            resolved=int(resolved), met=int(met), breached=int(breached),
            escalated=int(escalated), avg_minutes=round(avg, 1) if avg is not None else None))
    return tuple(out)


def _p90(first: dt.date, last: dt.date) -> float | None:
    """Nearest-rank 90th percentile of the handling minutes (the same in SQLite and PostgreSQL)."""
    base = _in_period(Consultation.select(Consultation.service_minutes), first, last).where(
        Consultation.service_minutes.is_null(False))
    n = base.count()
    if not n:
        return None
    rank = math.ceil(0.9 * n)
    return base.order_by(Consultation.service_minutes).offset(rank - 1).limit(1).scalar()


def _overdue(now: dt.datetime, last: dt.date, calendar) -> tuple[documents.OverdueRow, ...]:
    open_states = [s.value for s in workflow.OPEN_STATES]
    due = Case(None, [(Consultation.state == workflow.State.ESCALATED, Consultation.solution_due_at)],
               Consultation.service_due_at)
    # A CASE is no field: give it the instant as stored (naive UTC), not an aware value that
    # PostgreSQL would read in the server's time zone.
    now_db = Consultation.service_due_at.db_value(now)
    query = (Consultation.select(Consultation.number, Consultation.received_at, Stakeholder.name,
                                 Category.name, User.full_name, Section.name, due.alias("due"))
             .join_from(Consultation, Stakeholder).join_from(Consultation, Category)
             .join_from(Consultation, User, on=(Consultation.officer == User.id))
             .join_from(Consultation, Section, JOIN.LEFT_OUTER)
             .where(Consultation.state.in_(open_states), Consultation.received_date <= last,
                    due < now_db)
             .order_by(due).limit(OVERDUE_LIMIT))
    rows = []
    for number, received, stakeholder, category, officer, section, deadline in query.tuples():
        deadline = Consultation.service_due_at.python_value(deadline)
        rows.append(documents.OverdueRow(
            number=number, received_at=received, stakeholder=stakeholder, category=category,
            officer=officer, deadline=deadline,
            overdue_minutes=round(calendar.office_minutes_between(deadline, now)),
            section=section or ""))
    return tuple(rows)


def _missed_updates(first: dt.date, last: dt.date, now: dt.datetime) -> int:
    """Missed progress updates of the period: final figures from the projection, and for the
    escalations still open, counted again up to now (days keep passing without an event)."""
    settled = _in_period(Consultation.select(fn.COALESCE(fn.SUM(Consultation.missed_updates), 0)),
                         first, last).where(Consultation.state != workflow.State.ESCALATED).scalar()
    running = 0
    for cid, target in _in_period(Consultation.select(Consultation.id, Consultation.service_target),
                                  first, last).where(
            Consultation.state == workflow.State.ESCALATED).tuples():
        running += projection.missed_updates_now(cid, target, now)
    return int(settled) + running


def service_report(actor: Actor | None, first: dt.date, last: dt.date,
                   now: dt.datetime | None = None) -> documents.ServiceReport:
    """Every figure of the service report for consultations received from ``first`` to ``last``
    (office-local days). ``actor`` None: the office's own command line."""
    if actor is not None:
        require(actor, workflow.Action.VIEW_REPORTS)
    if last < first:
        raise ValidationError({"date_to": "Tanggal akhir tidak boleh sebelum tanggal awal."})
    now = now or utcnow()
    calendar = office_service.office_calendar()
    profile = office_service.get_office()
    totals = _in_period(Consultation.select(*_measures(now)), first, last).tuples().first()
    total, resolved, met, breached, escalated, avg = totals
    solution = _in_period(Consultation.select(
        _count_if(Consultation.solution_met == True),  # noqa: E712
        _count_if(_solution_breached(now))), first, last).tuples().first()
    end_of_period = calendar.local(dt.datetime.combine(last + dt.timedelta(days=1), dt.time(),
                                                       calendar.tz))
    backlog = (Consultation.select().where(
        Consultation.received_date <= last,
        Consultation.resolved_at.is_null() | (Consultation.resolved_at >= end_of_period)).count())
    daily = {}
    for day, count, day_met, day_breached in _in_period(Consultation.select(
            Consultation.received_date, fn.COUNT(Consultation.id),
            _count_if(Consultation.service_met == True),  # noqa: E712
            _count_if(_service_breached(now))), first, last).group_by(
            Consultation.received_date).tuples():
        day = Consultation.received_date.python_value(day)
        judged = int(day_met) + int(day_breached)
        daily[day] = (count, round(100 * int(day_met) / judged, 1) if judged else None)
    days = calendar.working_days_between(first, last) if (last - first).days < 800 else sorted(daily)
    days = sorted(set(days) | set(daily))
    return documents.ServiceReport(
        header=office_header(), period_start=first, period_end=last, generated_at=now,
        city=profile.city if profile else "", total=total, resolved=int(resolved),
        escalated=int(escalated),
        service_compliance=documents.Compliance(int(met), int(breached)),
        solution_compliance=documents.Compliance(int(solution[0]), int(solution[1])),
        missed_progress_updates=_missed_updates(first, last, now),
        avg_handling_minutes=round(avg, 1) if avg is not None else None,
        p90_handling_minutes=_p90(first, last), backlog=backlog,
        by_channel=_rows(Consultation.channel, Consultation.channel, None, first, last, now,
                         _CHANNEL_LABELS),
        by_category=_rows(Category.name, Category.name,
                          (Category, Consultation.category == Category.id), first, last, now),
        by_section=_rows(Section.name, Section.name,
                         (Section, Consultation.section == Section.id), first, last, now),
        by_officer=_rows(User.full_name, User.full_name,
                         (User, Consultation.officer == User.id), first, last, now),
        overdue=_overdue(now, last, calendar),
        daily_volume=tuple((d, daily.get(d, (0, None))[0]) for d in days),
        daily_compliance=tuple((d, daily.get(d, (0, None))[1]) for d in days),
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

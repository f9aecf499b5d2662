"""Every consultation's clock columns recomputed from its history (``recount``): after a calendar
correction, and for a migration that changes what a column means (``domain.clocks.stored_columns``),
so an existing database upgrades to the same figures a new one would hold.

The calendar and standard are read from the tables as the services store them
(``office_rules``): each office's own, for its own consultations."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections import defaultdict
from dataclasses import dataclass, field

import peewee as pw

from kppn_desktop.domain.clocks import (
    CLOCK_KINDS,
    CycleClocks,
    consultation_clocks,
    cycle_columns,
    missed_update_days,
    stored_columns,
)
from kppn_desktop.domain.events import ClockEvent, EventKind
from kppn_desktop.domain.workflow import OPEN_STATES
from kppn_desktop.storage import rollups
from kppn_desktop.storage.database import db, sent_together
from kppn_desktop.storage.models import (
    CYCLE_DAYS,
    Consultation,
    ConsultationCycle,
    Escalation,
    Event,
    MissedUpdate,
    day_from_db,
    raw_rows,
    utcnow,
    written_ids,
)
from kppn_desktop.storage.office_rules import office_calendar, service_standard

#: Consultations recomputed per transaction.
BATCH = 2000


def clock_events(consultation_ids, *, reasons: bool = False) -> dict[int, list[ClockEvent]]:
    """consultation id -> the events the clocks read, in the order of the history. With
    ``reasons``, a pause carries the documents asked for (read from their row: the history keeps
    only its seal), for the clocks' explanation; the figures never need it."""
    out: dict[int, list[ClockEvent]] = defaultdict(list)
    # A raw read (a report reads the events of hundreds of open escalations: peewee's per-row
    # conversion cost more than the query), the history's text only for the reasons.
    query = (Event.select(Event.consultation, Event.kind, Event.at,
                          Event.data if reasons else pw.Value(""))
             .where(Event.consultation.in_(list(consultation_ids)),
                    Event.kind.in_([k.value for k in CLOCK_KINDS]))
             .order_by(Event.consultation, Event.seq))
    rows = raw_rows(query, instants=(2,))
    said = [""] * len(rows)
    if reasons and rows:
        from kppn_desktop.storage import personal  # noqa: PLC0415

        keys = dict(Consultation.select(Consultation.id, Consultation.seal_key)
                    .where(Consultation.id.in_(list(consultation_ids))).tuples())
        opened = personal.open_seals([(cid, json.loads(data) if data else {})
                                      for cid, _kind, _at, data in rows], keys)
        said = [d.get("alasan") or "" for d in opened.data]
        said = [text if isinstance(text, str) else "" for text in said]
    for (cid, kind, at, _data), reason in zip(rows, said):
        out[cid].append(ClockEvent(EventKind(kind), at, reason))
    return out


def missed_of(consultation_ids) -> dict[int, set[tuple[int, dt.date]]]:
    """consultation id -> the (cycle, day) of its missed updates as stored (a raw read, the ids
    written in: :func:`models.written_ids`)."""
    out: dict[int, set[tuple[int, dt.date]]] = {}
    for cid, cycle, day in db.execute_sql(
            f'SELECT consultation_id, cycle, "day" FROM missed_update '
            f"WHERE consultation_id IN ({written_ids(consultation_ids)})").fetchall():
        out.setdefault(cid, set()).add((cycle, day_from_db(day)))
    return out


#: The stored columns of a cycle row (``domain.clocks.cycle_columns``), in order.
CYCLE_COLUMNS = ("number", "service_met", "service_minutes", "escalated", "solution_met",
                 "missed_updates", "opened_on", "service_decided_on", "stopped_on",
                 "solution_decided_on", "resolved_on", "section")
_DAY_COLUMNS = CYCLE_DAYS


def with_sections(rows: list[dict], sections: dict[int, int]) -> list[dict]:
    """The cycle rows with the section each escalated cycle went to (``sections``: cycle number
    -> section id, as the escalations are stored after any move)."""
    return [{**row, "section": sections.get(row["number"]) if row["escalated"] else None}
            for row in rows]


def escalation_sections(consultation_ids) -> dict[int, dict[int, int]]:
    """consultation id -> cycle number -> the section it was escalated to."""
    out: dict[int, dict[int, int]] = defaultdict(dict)
    for cid, cycle, section in (Escalation.select(Escalation.consultation, Escalation.cycle,
                                                  Escalation.section)
                                .where(Escalation.consultation.in_(list(consultation_ids)))
                                .order_by(Escalation.id).tuples()):
        out[cid][cycle] = section
    return out


def days_of(cycle_rows, missed) -> set[dt.date]:
    """The days a consultation's cycle rows and missed updates are counted on in the report sums
    (besides its day of receipt)."""
    days = {row[name] for row in cycle_rows for name in _DAY_COLUMNS if row[name] is not None}
    return days | {day for _number, day in missed}


def stored_days(consultation_id: int) -> set[dt.date]:
    """The days the consultation's stored cycle rows and missed updates are counted on: read
    before :func:`store` rewrites them, the sums of those days are counted again too. One
    statement for both tables (a save runs it once; two were two round trips)."""
    others = ", ".join(["NULL"] * (len(_DAY_COLUMNS) - 1))
    cursor = db.execute_sql(rollups.sql(
        f"SELECT {', '.join(_DAY_COLUMNS)} FROM consultation_cycle WHERE consultation_id = ? "
        f"UNION ALL SELECT day, {others} FROM missed_update WHERE consultation_id = ?"),
        [int(consultation_id)] * 2)
    return {day_from_db(day) for row in cursor.fetchall() for day in row if day is not None}


def store(consultation_id: int, office_id: int, cycles: list[CycleClocks]
          ) -> tuple[dict, set[dt.date]]:
    """Write what ``cycles`` come to: the consultation's clock columns, its cycle rows and its
    missed updates (each with ``office_id``, the consultation's office); returns the columns and
    the days the new rows count on. The escalations are read first; the writes, whose results
    are not read, go to the server together (``database.sent_together``: one round trip on
    PostgreSQL, not four or five per save)."""
    values = stored_columns(cycles)
    rows = with_sections(cycle_columns(cycles),
                         escalation_sections([consultation_id]).get(consultation_id, {}))
    missed = missed_update_days(cycles)
    with sent_together():
        Consultation.update(**values).where(Consultation.id == consultation_id).execute()
        ConsultationCycle.delete().where(
            ConsultationCycle.consultation == consultation_id).execute()
        # As a row count: no ids returned to wait for.
        ConsultationCycle.insert_many([{"consultation": consultation_id, "office": office_id,
                                        **row} for row in rows]).as_rowcount().execute()
        MissedUpdate.delete().where(MissedUpdate.consultation == consultation_id).execute()
        if missed:
            MissedUpdate.insert_many([{"consultation": consultation_id, "office": office_id,
                                       "cycle": number, "day": day}
                                      for number, day in missed]).as_rowcount().execute()
    return values, days_of(rows, missed)


# --- recount: what the stored figures should be, and what differed ------------------------------

_COLUMN_NAMES = ("service_due_at", "service_minutes", "service_met", "solution_due_at",
                 "solution_met", "missed_updates", "escalated_on", "credited_on")


@dataclass(frozen=True)
class Recount:
    """What ``recount`` found: the consultations whose stored clocks differed from their history
    (number -> the columns that changed, 'column: old -> new'), and the report-sum rows that
    differed (period, start, dimension, key)."""
    checked: int
    consultations: dict[str, list[str]] = field(default_factory=dict)
    sums: list[tuple] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.consultations or self.sums)


def _same(a, b) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return a.astimezone(dt.timezone.utc) == b.astimezone(dt.timezone.utc)
    return a == b


def _rollup_rows(office_id: int, days: set[dt.date] | None = None) -> dict[tuple, tuple]:
    """The report-sum rows of office ``office_id`` (of ``days`` and their months, when given)."""
    where, params = f" WHERE office_id = {int(office_id)}", []
    if days is not None:
        if not days:
            return {}
        months = sorted({d.replace(day=1) for d in days})
        where += (f" AND ((\"period\" = 'day' AND \"start\" IN ({', '.join('?' * len(days))})) "
                  f"OR (\"period\" = 'month' AND \"start\" IN ({', '.join('?' * len(months))})))")
        params = [*sorted(days), *months]
        where = rollups.sql(where)
    cursor = db.execute_sql(f'SELECT "period", "start", "dimension", "key", '
                            f'{", ".join(rollups.MEASURE_COLUMNS)} FROM report_rollup{where}',
                            params)
    return {tuple(str(v) for v in row[:4]): tuple(float(v or 0) for v in row[4:])
            for row in cursor.fetchall()}


def _affected(since: dt.date, calendar):
    """The consultations a calendar change from ``since`` on can touch: received since then, or
    still open, or resolved or due since then. One that ended before that day, with its deadlines
    before it, counted no office minute after it."""
    start = dt.datetime.combine(since, dt.time(), calendar.tz)
    return ((Consultation.received_date >= since) | Consultation.state.in_([s.value for s in OPEN_STATES])
            | (Consultation.resolved_at >= start) | (Consultation.service_due_at >= start)
            | (Consultation.solution_due_at >= start))


def recount(progress=lambda done, total: None, since: dt.date | None = None,
            office_id: int | None = None) -> Recount:
    """Every consultation's clocks and cycle rows from its history and today's calendar and
    standard, and the report sums after them; what differed is corrected and returned. Nothing on
    a consistent database. ``progress(done, total)`` is called after each batch (from the
    caller's thread). Used after a calendar correction and by migrations that change what a
    column means (``schema.recount_after``).

    As of each consultation's last event, as the services stored it then: a clock that ran out
    since has no stored verdict (the report judges it at its own cut-off), so a report of a past
    period reads the same before and after.

    Office by office (``office_id`` None: every office), each with its own calendar and
    standard."""
    offices = rollups.offices() if office_id is None else [office_id]
    scopes = {}
    for office in offices:
        scope = [Consultation.office == office]
        if since is not None:
            scope.append(_affected(since, office_calendar(office_id=office)))
        scopes[office] = scope
    total = sum(Consultation.select().where(*scope).count() for scope in scopes.values())
    found: dict[str, list[str]] = {}
    sums: list[tuple] = []
    done = 0
    for office, scope in scopes.items():
        done = _recount_office(office, scope, since, progress, done, total, found, sums)
    return Recount(done, found, sorted(sums))


def _stored_elsewhere(consultation_ids, office_id: int) -> dict[int, set[int]]:
    """Those of ``consultation_ids`` (of office ``office_id``) with a cycle row or missed day
    stored under another office, or none (SQLite's column may be NULL): consultation -> those
    offices. Counted in that office's sums, or in nobody's, not in their own."""
    ids, office = written_ids(consultation_ids), int(office_id)
    elsewhere = f"(office_id IS NULL OR office_id <> {office})"
    out: dict[int, set[int]] = defaultdict(set)
    for cid, other in db.execute_sql(
            f"SELECT consultation_id, office_id FROM consultation_cycle "
            f"WHERE consultation_id IN ({ids}) AND {elsewhere} UNION "
            f"SELECT consultation_id, office_id FROM missed_update "
            f"WHERE consultation_id IN ({ids}) AND {elsewhere}").fetchall():
        out[cid].add(other)
    return out


def _recount_office(office_id: int, scope: list, since: dt.date | None, progress, done: int,
                    total: int, found: dict, sums: list) -> int:
    calendar = office_calendar(office_id=office_id)
    standard = service_standard(office_id)
    now = utcnow()
    touched: set[dt.date] = set()
    last_id = 0
    while True:
        with db.atomic():
            rows = list(Consultation.select(Consultation.id, Consultation.number,
                                            Consultation.service_target,
                                            Consultation.received_date,
                                            *(getattr(Consultation, n) for n in _COLUMN_NAMES))
                        .where(Consultation.id > last_id, *scope).order_by(Consultation.id)
                        .limit(BATCH).tuples())
            if not rows:
                break
            ids = [r[0] for r in rows]
            events = clock_events(ids)
            stored_cycles = defaultdict(list)
            for row in (ConsultationCycle.select(ConsultationCycle.consultation,
                                                 *(getattr(ConsultationCycle, n)
                                                   for n in CYCLE_COLUMNS))
                        .where(ConsultationCycle.consultation.in_(ids))
                        .order_by(ConsultationCycle.consultation, ConsultationCycle.number)
                        .tuples()):
                stored_cycles[row[0]].append(dict(zip(CYCLE_COLUMNS, row[1:])))
            sections = escalation_sections(ids)
            stored_missed = defaultdict(set, missed_of(ids))
            elsewhere = _stored_elsewhere(ids, office_id)
            others: dict[int, set[dt.date]] = defaultdict(set)
            for cid, number, target, received, *old in rows:
                history = events.get(cid, [])
                at = max((e.at for e in history), default=now)
                cycles = consultation_clocks(history, calendar, standard, at,
                                             service_minutes=target)
                new = stored_columns(cycles)
                changes = [f"{name}: {was} -> {new[name]}"
                           for name, was in zip(_COLUMN_NAMES, old)
                           if not _same(Consultation._meta.fields[name].python_value(was),
                                        new[name])]
                fresh = with_sections(cycle_columns(cycles), sections.get(cid, {}))
                if len(fresh) != len(stored_cycles[cid]) or any(
                        not _same(a.get(k), b.get(k)) for a, b in zip(fresh, stored_cycles[cid])
                        for k in CYCLE_COLUMNS):
                    changes.append("siklus")
                if set(missed_update_days(cycles)) != stored_missed[cid]:
                    changes.append("progres terlewat")
                if cid in elsewhere:
                    changes.append("kantor siklus")
                    # The days the other office's sums counted them on, counted again there.
                    for other in elsewhere[cid] - {None}:
                        others[other] |= days_of(stored_cycles[cid], stored_missed[cid])
                if changes:
                    found[number] = changes
                    touched |= days_of(stored_cycles[cid], stored_missed[cid]) | {received}
                    touched |= store(cid, office_id, cycles)[1]
            for other, days in others.items():      # in the same transaction as the move
                rollups.refresh(days, other, at_end=False)
            done += len(rows)
            last_id = rows[-1][0]
        progress(done, total)
    with db.atomic():
        if since is None:
            before = _rollup_rows(office_id)
            rollups.rebuild(office_id)
            after = _rollup_rows(office_id)
        else:
            # Only the days the corrected consultations count on (the day's sums are whole
            # counts of the day, so counting those days again is enough).
            before = _rollup_rows(office_id, touched)
            rollups.refresh(touched, office_id, at_end=False)     # read back here
            after = _rollup_rows(office_id, touched)
    sums += [k for k in before.keys() | after.keys()
             if k not in before or k not in after
             or not all(_same(a, b) for a, b in zip(before[k], after[k]))]
    return done

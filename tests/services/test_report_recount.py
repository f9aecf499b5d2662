"""Every report figure against a plain recount written here from DOMAIN.md's rules, over random
consultation histories; and a closed period printed twice, with work on its consultations in
between, reads the same (DOMAIN.md, reports as of a cut-off).

The histories live in July and early August 2026, a span without holidays or cuti bersama (checked
below), with every action inside office hours on a weekday, so the rules can be recounted with
plain arithmetic: office minutes are wall minutes within a day, working days are weekdays."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field, replace

import holidays
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kppn_desktop.services import consultations as svc
from kppn_desktop.services import reports
from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import Category

from .helpers import take, wita

FIRST_DAY = dt.date(2026, 7, 1)
WORKING_DAYS = [FIRST_DAY + dt.timedelta(days=n) for n in range(45)
                if (FIRST_DAY + dt.timedelta(days=n)).weekday() < 5]
OPEN, CLOSE = dt.time(8, 0), dt.time(15, 0)
SOLUTION_DAYS = 3
# Weeks (Monday to Sunday) over the span, and the month of July.
PERIODS = [(dt.date(2026, 6, 29) + dt.timedelta(weeks=n),
            dt.date(2026, 7, 5) + dt.timedelta(weeks=n)) for n in range(7)]
PERIODS.append((dt.date(2026, 7, 1), dt.date(2026, 7, 31)))
NOW = wita(2026, 11, 1, 9, 0)


def test_the_span_has_no_day_off_but_weekends():
    days_off = holidays.country_holidays("ID", years=2026, categories=("public", "government"))
    assert not [d for d in days_off if WORKING_DAYS[0] <= d <= WORKING_DAYS[-1]]


def at(index: int, minutes: int) -> dt.datetime:
    """``minutes`` after opening on the ``index``-th working day of the span."""
    return wita(*WORKING_DAYS[index].timetuple()[:3], 8, 0) + dt.timedelta(minutes=minutes)


# --- histories --------------------------------------------------------------------------------

@dataclass
class Cycle:
    """One cycle as the test plays it: all of its service part within one morning."""
    day: int                          # working-day index of its start
    start: int                        # minutes after opening
    pause: tuple[int, int | None] | None = None   # (minutes worked before, paused minutes or None)
    worked_after: int = 0             # minutes from the end of the pause (or start) to the stop
    outcome: str = "open"             # 'resolve', 'escalate', 'open'
    updates: tuple[int, ...] = ()     # working days after the escalation with an update at 10:00
    solved_after: int | None = None   # working days after the escalation, resolved at 11:00
    # Documents asked for during the escalation: (working days after it, asked at 08:30;
    # working days more, received at 09:00, or None: never).
    escalation_documents: tuple[int, int | None] | None = None


@dataclass
class Life:
    category: int
    cycles: list[Cycle] = field(default_factory=list)


@st.composite
def lives(draw):
    out = []
    for _ in range(draw(st.integers(1, 4))):
        life = Life(draw(st.integers(0, 1)))
        day = draw(st.integers(0, 12))
        for number in range(draw(st.integers(1, 2))):
            cycle = Cycle(day, draw(st.integers(0, 240)) if number == 0 else 60)
            if draw(st.booleans()):
                cycle.pause = (draw(st.integers(1, 30)),
                               draw(st.one_of(st.none(), st.integers(5, 60))))
            cycle.worked_after = draw(st.integers(1, 40))
            if cycle.pause is None or cycle.pause[1] is not None:
                cycle.outcome = draw(st.sampled_from(["resolve", "escalate", "open"]))
            if cycle.outcome == "escalate":
                cycle.solved_after = draw(st.one_of(st.none(), st.integers(1, 7)))
                cycle.updates = tuple(sorted(draw(st.sets(st.integers(1, 7), max_size=4))))
                if draw(st.booleans()):
                    asked = draw(st.integers(1, 4))
                    if cycle.solved_after is None or asked <= cycle.solved_after:
                        cycle.escalation_documents = (
                            asked, draw(st.one_of(st.none(), st.integers(0, 3))))
            life.cycles.append(cycle)
            end = _resolved_day(cycle)
            if end is None:
                break
            day = end + draw(st.integers(1, 4))
        out.append(life)
    return out


def _stop_minute(c: Cycle) -> int:
    before, paused = c.pause or (0, 0)
    return c.start + before + (paused or 0) + c.worked_after


def _resolved_day(c: Cycle) -> int | None:
    if c.outcome == "resolve":
        return c.day
    if c.outcome == "escalate" and c.solved_after is not None:
        return c.day + c.solved_after
    return None


def _actions(life_no: int, life: Life) -> list[tuple[dt.datetime, int, str, object]]:
    """(instant, life, what, detail) of everything the life does, the reopenings included."""
    out = []
    for n, c in enumerate(life.cycles):
        out.append((at(c.day, c.start), life_no, "take" if n == 0 else "reopen", None))
        minute = c.start
        if c.pause:
            minute += c.pause[0]
            out.append((at(c.day, minute), life_no, "request", None))
            if c.pause[1] is None:
                continue
            minute += c.pause[1]
            out.append((at(c.day, minute), life_no, "received", None))
        if c.outcome == "open":
            continue
        out.append((at(c.day, _stop_minute(c)), life_no, c.outcome, None))
        if c.outcome == "escalate":
            last = c.solved_after if c.solved_after is not None else 7
            for u in c.updates:
                if u <= last:
                    out.append((at(c.day + u, 120), life_no, "progress", None))
            solved = (c.day + c.solved_after, 180) if c.solved_after is not None else None
            if c.escalation_documents:
                asked, received = c.escalation_documents
                out.append((at(c.day + asked, 30), life_no, "request_more", None))
                if received is not None and (solved is None
                                             or (c.day + asked + received, 60) < solved):
                    out.append((at(c.day + asked + received, 60), life_no, "received", None))
            if solved is not None:
                out.append((at(*solved), life_no, "solve", None))
    return out


def _play(office, action, state) -> None:
    instant, life_no, what, _ = action
    c = state.get(life_no)
    if what == "take":
        category = state["lives"][life_no].category
        [state[life_no]] = take(office, instant, category=category).consultations
        return
    if what == "request":
        c = svc.request_documents(office.cso, c.id, "Rekening koran", expected_version=c.version,
                                  at=instant)
    elif what == "request_more":
        c = svc.request_documents(office.kasi_bank, c.id, "Rekening koran", at=instant,
                                  expected_version=c.version)
    elif what == "received":
        c = svc.record_documents_received(office.cso, c.id, expected_version=c.version, at=instant)
    elif what == "resolve":
        c = svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version, at=instant)
    elif what == "escalate":
        c = svc.escalate(office.cso, c.id, section_id=office.sections["BANK"], reason="Konfirmasi",
                         contact_person="Nur", contact_phone="081244556677",
                         expected_version=c.version, at=instant)
    elif what == "progress":
        c = svc.record_progress(office.cso, c.id, "Masih diproses", channel="telepon",
                                expected_version=c.version, at=instant)
    elif what == "solve":
        c = svc.resolve(office.kasi_bank, c.id, "Solusi", expected_version=c.version, at=instant)
    elif what == "reopen":
        c = svc.reopen(office.cso, c.id, "Ditanyakan lagi", expected_version=c.version,
                       at=instant)
    state[life_no] = c


# --- the recount, from the rules ----------------------------------------------------------------

@dataclass
class Figures:
    total: int = 0
    resolved: int = 0
    escalated: int = 0
    met: int = 0
    breached: int = 0
    pending: int = 0
    solution_met: int = 0
    solution_breached: int = 0
    solution_pending: int = 0
    missed: int = 0
    first_contact: int = 0
    minutes: list = field(default_factory=list)
    by_category: dict = field(default_factory=dict)   # category index -> (total, met, breached)


def _recount(lives_made: list[Life], targets: list[int], first: dt.date, last: dt.date) -> Figures:
    f = Figures()

    def within(day_index):
        return day_index is not None and first <= WORKING_DAYS[day_index] <= last

    def upto(day_index):
        return day_index is not None and WORKING_DAYS[day_index] <= last

    per_category: dict[int, list[int]] = {}
    for life in lives_made:
        counts = per_category.setdefault(life.category, [0, 0, 0])
        target = targets[life.category]
        for n, c in enumerate(life.cycles):
            if n == 0 and within(c.day):
                f.total += 1
                counts[0] += 1
            # The service clock, all within the cycle's first morning: met when stopped within
            # the target; breached (decided that morning, when the count passed the target) when
            # stopped later, still running, or paused after passing it; else never decided.
            before, paused = c.pause or (0, 0)
            stopped = c.outcome != "open"
            worked = before + c.worked_after if stopped else None
            if stopped:
                verdict = worked <= target
            elif c.pause and paused is None:
                verdict = False if before > target else None
            else:
                verdict = False
            decided = None if verdict is None else c.day
            if within(decided):
                f.met += verdict is True
                f.breached += verdict is False
                counts[1] += verdict is True
                counts[2] += verdict is False
            if upto(c.day) and not upto(decided):
                f.pending += 1
            if stopped and within(c.day):
                f.minutes.append(worked)
                f.first_contact += n == 0 and verdict is True and c.outcome == "resolve"
            if c.outcome == "resolve" and within(c.day):
                f.resolved += 1
            if c.outcome != "escalate":
                continue
            if within(c.day):
                f.escalated += 1
            # The solution clock: close of the 3rd working day after the consultation day, moved
            # by the minutes waited for documents (into the next morning).
            deadline = (c.day + SOLUTION_DAYS, DAY_MINUTES)
            if paused:
                deadline = (deadline[0] + 1, paused)
            solved = c.day + c.solved_after if c.solved_after is not None else None
            waiting = False
            if c.escalation_documents:
                # Asked for before the deadline passed: it moves by the office minutes waited,
                # up to the receipt or the resolution; never received nor resolved: it waits.
                asked, received = c.escalation_documents
                begin = (c.day + asked, 30)
                end = (c.day + asked + received, 60) if received is not None else None
                if solved is not None and (end is None or (solved, 180) < end):
                    end = (solved, 180)
                if begin < deadline:
                    if end is None:
                        waiting = True
                    else:
                        deadline = _add_office_minutes(deadline, _office_minutes(begin, end))
            if solved is not None and (solved, 180) <= deadline:
                s_verdict, s_decided = True, solved
            elif waiting:
                s_verdict, s_decided = None, None
            else:
                s_verdict, s_decided = False, deadline[0]
            if within(s_decided):
                f.solution_met += s_verdict is True
                f.solution_breached += s_verdict is False
            if within(solved):
                f.resolved += 1
            if upto(c.day) and not upto(s_decided):
                f.solution_pending += 1
            # Progress: every working day after the escalation day, up to the day before the
            # resolution, needs an update; one that ends without it is missed on that day.
            end = solved - 1 if solved is not None else len(WORKING_DAYS) - 1
            for day in range(c.day + 1, end + 1):
                if day - c.day not in c.updates and within(day):
                    f.missed += 1
    f.by_category = {k: tuple(v) for k, v in per_category.items() if any(v)}
    return f


DAY_MINUTES = 7 * 60          # 08:00 to 15:00


def _office_minutes(begin: tuple[int, int], end: tuple[int, int]) -> int:
    """Office minutes between two (working-day index, minutes after opening) inside hours."""
    return (end[0] - begin[0]) * DAY_MINUTES + end[1] - begin[1]


def _add_office_minutes(moment: tuple[int, int], minutes: int) -> tuple[int, int]:
    day, minute = moment
    while minutes > DAY_MINUTES - minute:
        minutes -= DAY_MINUTES - minute
        day, minute = day + 1, 0
    return day, minute + minutes


def _figures_of(report, category_names) -> Figures:
    sc, so = report.service_compliance, report.solution_compliance
    return Figures(
        report.total, report.resolved, report.escalated, sc.met, sc.breached, sc.pending,
        so.met, so.breached, so.pending, report.missed_progress_updates, report.first_contact,
        by_category={category_names.index(r.label): (r.total, r.met, r.breached)
                     for r in report.by_category if r.total or r.met or r.breached})


def _printable(report):
    """Everything a paper shows, without the moment it was made."""
    return replace(report, generated_at=None)


@settings(max_examples=int(os.environ.get("KPPN_EXAMPLES", 25)), deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(made=lives(), checkpoint=st.integers(0, len(PERIODS) - 2))
# Escalated to Seksi Bank, overdue at the end of its week, then solved and reopened (back to its
# category's section): the overdue list named the section it was with at the second print.
@example(made=[Life(0, [Cycle(8, 0, worked_after=1, outcome="escalate", solved_after=5),
                        Cycle(14, 60, worked_after=1, outcome="resolve")]),
               Life(0, [Cycle(0, 0, worked_after=1, outcome="resolve")])], checkpoint=2)
# Escalated and never solved, no update: documents asked on its fourth working day store the
# days missed before it, which the open escalation's own count (from its two clock days) holds
# too; the report takes the stored ones off once.
@example(made=[Life(1, [Cycle(2, 0, worked_after=1, outcome="escalate",
                              escalation_documents=(3, None))])], checkpoint=0)
def test_every_figure_recounts_from_the_rules_and_a_closed_period_never_moves(
        office, made, checkpoint):
    # Each example in a transaction rolled back at its end: the next starts from the same office.
    with db.atomic() as example:
        try:
            _check(office, made, checkpoint)
        finally:
            example.rollback()


def _check(office, made, checkpoint):
    targets = [Category.get_by_id(office.categories[i].id).service_minutes or 20 for i in (0, 1)]
    names = [office.categories[i].name for i in (0, 1)]
    state = {"lives": dict(enumerate(made))}
    actions = sorted((a for n, life in state["lives"].items() for a in _actions(n, life)),
                     key=lambda a: (a[0], a[1]))
    # Work up to the end of one week, print every week closed by then; then work on.
    pause = dt.datetime.combine(PERIODS[checkpoint][1] + dt.timedelta(days=1), dt.time(),
                                NOW.tzinfo)
    for action in (a for a in actions if a[0] < pause):
        _play(office, action, state)
    closed = {p: _printable(reports.service_report(office.kakan, *p, now=NOW))
              for p in PERIODS[:checkpoint + 1]}
    for action in (a for a in actions if a[0] >= pause):
        _play(office, action, state)

    for p, then in closed.items():
        assert _printable(reports.service_report(office.kakan, *p, now=NOW)) == then, p
    for first, last in PERIODS:
        report = reports.service_report(office.kakan, first, last, now=NOW)
        want = _recount(made, targets, first, last)
        got = _figures_of(report, names)
        assert (got.total, got.resolved, got.escalated) == (
            want.total, want.resolved, want.escalated), (first, made)
        assert (got.met, got.breached, got.pending) == (want.met, want.breached, want.pending), (
            first, made)
        assert (got.solution_met, got.solution_breached, got.solution_pending) == (
            want.solution_met, want.solution_breached, want.solution_pending), (first, made)
        assert got.missed == want.missed, (first, made)
        assert got.first_contact == want.first_contact, (first, made)
        assert got.by_category == want.by_category, (first, made)
        if want.minutes:
            assert abs(report.avg_handling_minutes - sum(want.minutes) / len(want.minutes)) < 1e-6
        else:
            assert report.avg_handling_minutes is None

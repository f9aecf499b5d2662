"""Report figures from SQL against an independent count of what the test itself did."""

from __future__ import annotations

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kppn_desktop.services import consultations as svc
from kppn_desktop.services import papers, reports
from kppn_desktop.services.records import QuestionInput
from tests.documents.pdftools import text_of

from .helpers import bendahara, take, wita

UTC = dt.timezone.utc

# (day, minute taken, outcome, minutes to outcome, category index, channel)
SCENARIOS = [
    (16, 0, "resolve", 10, 0, "tatap_muka"),
    (16, 30, "resolve", 35, 0, "tatap_muka"),     # breach
    (16, 90, "resolve", 5, 12, "whatsapp"),
    (17, 0, "escalate", 8, 2, "tatap_muka"),      # escalated, resolved in time
    (17, 40, "escalate_open", 12, 0, "hai_cso"),  # still open, overdue by the report time
    (17, 80, "open", 0, 12, "tatap_muka"),        # in service, overdue
    (25, 0, "resolve", 19, 4, "telepon"),
]


@pytest.fixture
def period(office):
    made = []
    for day, minute, outcome, minutes, category, channel in SCENARIOS:
        at = wita(2026, 3, day, 9, 0) + dt.timedelta(minutes=minute)
        kwargs = {"external_ref": "HAI-1"} if channel == "hai_cso" else {}
        [c] = take(office, at, channel=channel, category=category, **kwargs).consultations
        done = at + dt.timedelta(minutes=minutes)
        if outcome == "resolve":
            svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version, at=done)
        elif outcome.startswith("escalate"):
            c = svc.escalate(office.cso, c.id, section_id=office.sections["BANK"], reason="Konfirmasi",
                             contact_person="Nur", contact_phone="081244556677",
                             expected_version=c.version, at=done)
            if outcome == "escalate":
                svc.record_progress(office.cso, c.id, "Progres", channel="telepon",
                                    expected_version=c.version, at=wita(2026, 3, 25, 9))
                svc.resolve(office.kasi_bank, c.id, "Solusi", expected_version=c.version + 1,
                            at=wita(2026, 3, 25, 10))
        made.append((c.id, outcome))
    return made


def test_report_counts_match_what_happened(office, period):
    now = wita(2026, 3, 27, 16, 0).astimezone(UTC)
    report = reports.service_report(office.kakan, dt.date(2026, 3, 16), dt.date(2026, 3, 27), now=now)
    outcomes = [s[2] for s in SCENARIOS]
    assert report.total == len(SCENARIOS)
    assert report.resolved == outcomes.count("resolve") + outcomes.count("escalate")
    assert report.escalated == outcomes.count("escalate") + outcomes.count("escalate_open")
    # Service clock: resolved in time 10, 5, 19; escalated in time 8, 12; breached 35; the open
    # one (received 17 Mar 10:20, never answered) breached by the report time.
    assert (report.service_compliance.met, report.service_compliance.breached) == (5, 2)
    assert (report.solution_compliance.met, report.solution_compliance.breached) == (1, 1)
    # The open escalation (17 Mar) had due days 25, 26, 27 without any update.
    assert report.missed_progress_updates == 3
    # First contact: answered within target in the first cycle, not escalated (10, 5, 19 min).
    assert report.first_contact == 3
    # Both escalations went to Seksi Bank: one solved in time, one still open past its deadline,
    # with its three missed updates.
    [bank] = report.solution_by_section
    assert (bank.solution.met, bank.solution.breached, bank.missed) == (1, 1, 3)
    handled = sorted([10, 35, 5, 8, 12, 19])
    assert report.avg_handling_minutes == pytest.approx(sum(handled) / 6)    # exact
    assert report.p90_handling_minutes == pytest.approx(35)
    assert report.backlog == 2
    assert {r.number for r in report.overdue} == {
        n for n in [__import__("kppn_desktop.services.queries", fromlist=["x"]).summary_of(cid).number
                    for cid, outcome in period if outcome in ("escalate_open", "open")]}
    channels = {r.label: r.total for r in report.by_channel}
    assert channels == {"Tatap muka": 4, "WhatsApp": 1, "HAI CSO (OM SPAN/MyIntress)": 1,
                        "Telepon": 1}
    volume = dict(report.daily_volume)
    assert volume[dt.date(2026, 3, 16)] == 3 and volume[dt.date(2026, 3, 17)] == 3
    assert volume[dt.date(2026, 3, 25)] == 1
    # Days off stay on the axis as gaps (cuti bersama, Nyepi, a weekend): no bar, no point.
    compliance = dict(report.daily_compliance)
    for day_off in (dt.date(2026, 3, 18), dt.date(2026, 3, 19), dt.date(2026, 3, 21)):
        assert volume[day_off] == 0 and compliance[day_off] is None


def test_report_needs_the_role_and_a_sane_period(office, period):
    from kppn_desktop.domain.errors import PermissionDenied, ValidationError

    with pytest.raises(PermissionDenied):
        reports.service_report(office.cso, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    with pytest.raises(ValidationError):
        reports.service_report(office.kakan, dt.date(2026, 3, 31), dt.date(2026, 3, 1))


def test_report_files_in_three_formats(office, period):
    [waiting] = take(office, wita(2026, 3, 26, 9, 0)).consultations
    svc.request_documents(office.cso, waiting.id, "SPM", expected_version=waiting.version,
                          at=wita(2026, 3, 26, 9, 5))        # paused: not judged yet
    pdf = reports.report_file(office.kakan, dt.date(2026, 3, 16), dt.date(2026, 3, 27), "pdf")
    text = text_of(pdf)
    assert "LAPORAN LAYANAN KONSULTASI STAKEHOLDER" in text and "Halaman 1 dari" in text
    assert "5 sesuai standar, 2 melebihi standar, 1 belum dinilai" in text
    csv_text = reports.report_file(office.kakan, dt.date(2026, 3, 16), dt.date(2026, 3, 27),
                                   "csv").decode("utf-8-sig")
    assert "Tatap muka" in csv_text
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(reports.report_file(
        office.kakan, dt.date(2026, 3, 16), dt.date(2026, 3, 27), "xlsx")))
    assert len(book.sheetnames) >= 6


def test_slip_and_receipt_carry_the_consultation(office):
    visit = take(office, wita(2026, 3, 17, 9, 0), questions=[
        QuestionInput(office.categories[0].id, "SPM ditolak"),
        QuestionInput(office.categories[12].id, "Reset OTP SAKTI")])
    first, second = visit.consultations
    slip = text_of(papers.slip_pdf(office.cso, first.id, "a4"))
    assert first.number in slip and second.number in slip
    assert "Nurhayati Saleh" in slip and "019385" in slip and "Rina Marlina" in slip
    # Printed from the second question, the slip is headed (and coded) with its number; the
    # visit is still named by the first.
    data = papers.consultation_slip(office.cso, second.id)
    assert data.qr_payload == second.number and data.visit_number == first.number
    assert [q.number for q in data.questions] == [second.number, first.number]
    from kppn_desktop.domain.errors import KppnError

    with pytest.raises(KppnError):
        papers.receipt_pdf(office.cso, first.id)
    svc.resolve(office.cso, first.id, "Perbaiki data supplier.", "PER-1/PB/2023",
                expected_version=first.version, at=wita(2026, 3, 17, 9, 12))
    receipt = text_of(papers.receipt_pdf(office.cso, first.id, "a5"))
    assert "Perbaiki data supplier." in receipt and "PER-1/PB/2023" in receipt
    assert "Resolved" in receipt and "12 menit" in receipt


def test_open_consultations_past_their_deadline_count_as_breached(office, database):
    """The stored flags are only recomputed by events; the report must not wait for one. On
    PostgreSQL the session runs in the office's zone, which must not shift the comparisons."""
    from kppn_desktop.storage.database import db

    if not database.is_sqlite:
        db.execute_sql("SET TIME ZONE 'Asia/Makassar'")
    now = dt.datetime.now(UTC)
    fresh, escalated = take(office, now, questions=[
        QuestionInput(office.categories[0].id, "Masih dilayani"),
        QuestionInput(office.categories[1].id, "Dieskalasi")]).consultations
    svc.escalate(office.cso, escalated.id, section_id=office.sections["PDMS"], reason="Konfirmasi",
                 contact_person="Nur", contact_phone="081244556677",
                 expected_version=escalated.version, at=now)
    today = fresh.received_at.astimezone(wita(2026, 1, 1).tzinfo).date()
    at_once = reports.service_report(office.kakan, today, today, now=now)
    assert fresh.number not in {r.number for r in at_once.overdue}
    assert at_once.service_compliance.breached == 0
    # A period that lasts until 30 days later (its cut-off is then): both ran out meanwhile.
    later = reports.service_report(office.kakan, today, today + dt.timedelta(days=30),
                                   now=now + dt.timedelta(days=30))
    assert later.service_compliance.breached == 1          # the one still in service
    assert later.solution_compliance.breached == 1         # the escalation, never answered
    assert {r.number for r in later.overdue} == {fresh.number, escalated.number}


def _direct(first, last, now):
    """The figures straight from the consultation and cycle rows, counted in Python: each thing on
    the day it happened (clocks on the day they were decided), the current cycle's judged at its
    deadline when it ran out before the cut-off without a stored verdict."""
    from kppn_desktop.storage.models import Consultation, ConsultationCycle

    zone = ZoneInfo("Asia/Makassar")
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), zone)
    now = min(now, end)       # the cut-off: the end of the period, or now while it lasts
    every = list(Consultation.select())
    rows = [c for c in every if first <= c.received_date <= last]
    cycles = [k for k in ConsultationCycle.select()]
    by_id = {c.id: c for c in every}

    def within(day):
        return day is not None and first <= day <= last

    def running(c, solution):
        k = next(k for k in cycles if k.consultation_id == c.id and k.number == c.cycle)
        if solution:
            due, ok = c.solution_due_at, k.solution_met is None and c.state == "dieskalasi"
        else:
            due = c.service_due_at
            ok = k.service_met is None and c.state in ("diterima", "dilayani", "dibuka_kembali")
        return ok and due is not None and due < now and within(due.astimezone(zone).date())

    def verdicts(keep=lambda c: True):
        met = sum(k.service_met is True and within(k.service_decided_on) for k in cycles
                  if keep(by_id[k.consultation_id]))
        breached = sum(k.service_met is False and within(k.service_decided_on) for k in cycles
                       if keep(by_id[k.consultation_id]))
        breached += sum(running(c, False) for c in every if keep(c))
        return met, breached

    minutes = sorted(k.service_minutes for k in cycles
                     if k.service_minutes is not None and within(k.stopped_on))
    channels = {}
    for channel in {c.channel for c in every}:
        total = sum(c.channel == channel for c in rows)
        met, breached = verdicts(lambda c, channel=channel: c.channel == channel)
        if total or met or breached:
            channels[channel] = (total, met, breached)
    met, breached = verdicts()
    return {
        "total": len(rows), "resolved": sum(within(k.resolved_on) for k in cycles),
        "escalated": sum(k.escalated and within(k.stopped_on) for k in cycles),
        "met": met, "breached": breached,
        "solution_met": sum(k.solution_met is True and within(k.solution_decided_on)
                            for k in cycles),
        "solution_breached": sum(k.solution_met is False and within(k.solution_decided_on)
                                 for k in cycles) + sum(running(c, True) for c in every),
        "p90": (int(minutes[__import__("math").ceil(0.9 * len(minutes)) - 1] * 10 + 0.5 + 1e-9)
                / 10 if minutes else None),
        "avg": sum(minutes) / len(minutes) if minutes else None,
        "channels": channels,
        "days": {d: sum(c.received_date == d for c in rows) for d in {c.received_date for c in rows}},
        "backlog": sum(1 for c in every
                       if c.received_date <= last and _open_at_end_of(c.id, last)),
    }


def _open_at_end_of(consultation_id, last):
    """From the history as it stood at the end of ``last``: open unless its latest resolution or
    reopening up to then was a resolution."""
    from kppn_desktop.storage.models import Event

    zone = ZoneInfo("Asia/Makassar")
    kinds = [e.kind for e in Event.select().where(Event.consultation == consultation_id)
             .order_by(Event.seq)
             if e.kind in ("diselesaikan", "dibuka_kembali")
             and e.at.astimezone(zone).date() <= last]
    return not kinds or kinds[-1] != "diselesaikan"


def test_running_sums_give_the_report_the_rows_would(database):
    """Bulk sample data and later changes through the services keep the sums equal to a count of
    the rows, for whole months, parts of months and the whole span."""
    from kppn_desktop.demo import sample
    from kppn_desktop.domain import validation
    from kppn_desktop.services.context import Actor
    from kppn_desktop.storage.models import Consultation, User

    made_at = dt.datetime(2026, 3, 13, 3, 30, tzinfo=UTC)
    sample.generate(consultations=400, months=3, seed=3, now=made_at, bulk=True)
    u = User.get(User.username == "cso1")
    cso = Actor(u.id, u.username, u.full_name, u.role)
    later = made_at + dt.timedelta(minutes=10)
    for c in Consultation.select().where(Consultation.state == "dilayani"):
        svc.resolve(cso, c.id, "Jawaban akhir", expected_version=c.version, at=later)
    now = made_at + dt.timedelta(days=2)
    labels = dict(validation.CHANNELS)
    # Reopened: its old day of resolution (not its day of receipt) loses it.
    reopened = next(c for c in Consultation.select().where(Consultation.state == "selesai")
                    .order_by(Consultation.id.desc())
                    if c.resolved_at.astimezone(ZoneInfo("Asia/Makassar")).date() != c.received_date)
    svc.reopen(cso, reopened.id, "Ditanyakan lagi", expected_version=reopened.version,
               at=later + dt.timedelta(minutes=5))
    for first, last in [(dt.date(2026, 1, 1), dt.date(2026, 1, 31)),
                        (dt.date(2026, 3, 1), dt.date(2026, 3, 12)),
                        (dt.date(2026, 2, 10), dt.date(2026, 3, 12)),
                        (dt.date(2025, 12, 1), dt.date(2026, 3, 31))]:
        report = reports.service_report(None, first, last, now=now)
        want = _direct(first, last, now)
        assert want["total"] > 0
        assert (report.total, report.resolved, report.escalated) == (
            want["total"], want["resolved"], want["escalated"])
        assert (report.service_compliance.met, report.service_compliance.breached) == (
            want["met"], want["breached"])
        assert (report.solution_compliance.met, report.solution_compliance.breached) == (
            want["solution_met"], want["solution_breached"])
        assert report.p90_handling_minutes == want["p90"]
        assert report.avg_handling_minutes == pytest.approx(want["avg"])
        assert {r.label: (r.total, r.met, r.breached) for r in report.by_channel} == {
            labels[k]: v for k, v in want["channels"].items()}
        assert {d: n for d, n in report.daily_volume if n} == want["days"]
        assert report.backlog == want["backlog"]
    # A reversed period holds nothing: the services refuse one, and the sums read none.
    from kppn_desktop.storage import rollups

    office_id = Consultation.select().first().office_id
    assert rollups.sums(dt.date(2026, 3, 1), dt.date(2026, 3, 12), "total", office_id)
    assert rollups.sums(dt.date(2026, 3, 12), dt.date(2026, 3, 1), "total", office_id) == {}


def test_the_backlog_reads_whole_years_from_their_year_rows(database):
    """The backlog is a sum since the office began: whole years come from their year rows
    (migration 0025). Over bulk data of three years, and after changes to the oldest year (a
    consultation of 2024 answered now: its service clock's breach is decided on its 2024
    deadline), it equals a count of the history, and the year rows equal what a full count of
    the sums makes."""
    from kppn_desktop.demo import sample
    from kppn_desktop.services.context import Actor
    from kppn_desktop.storage import rollups
    from kppn_desktop.storage.database import db
    from kppn_desktop.storage.models import Consultation, User

    made_at = dt.datetime(2026, 3, 13, 3, 30, tzinfo=UTC)
    sample.generate(consultations=300, months=28, seed=4, now=made_at, bulk=True)
    u = User.get(User.username == "cso1")
    cso = Actor(u.id, u.username, u.full_name, u.role)

    def year_rows():
        return sorted(db.execute_sql(
            "SELECT office_id, start, dimension, \"key\", total, clocks, met, breached "
            "FROM report_rollup WHERE period = 'year'").fetchall())

    def rebuilt():
        with db.atomic():
            rollups.rebuild()
        return year_rows()

    assert {str(row[1])[:4] for row in year_rows()} >= {"2024", "2025"}
    assert rebuilt() == year_rows()
    [late] = svc.take_consultation(
        cso, channel="tatap_muka", stakeholder=bendahara(), at=wita(2024, 6, 4, 9, 0),
        questions=[QuestionInput(Consultation.get_by_id(1).category_id, "SPM LS ditolak?")]
    ).consultations
    svc.resolve(cso, late.id, "Jawaban akhir", expected_version=late.version,
                at=made_at + dt.timedelta(minutes=5))
    now = made_at + dt.timedelta(days=1)
    kept = year_rows()
    seen = []
    real = db.obj
    run = real.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        seen.append(list(params or ()))
        return run(sql, params, *args, **kwargs)

    for last in (dt.date(2024, 12, 31), dt.date(2025, 12, 31), dt.date(2026, 1, 31),
                 dt.date(2026, 3, 12)):
        real.execute_sql = spy
        try:
            report = reports.service_report(None, last.replace(day=1), last, now=now)
        finally:
            del real.execute_sql
        assert report.backlog == _direct(last.replace(day=1), last, now)["backlog"], last
        if last.year > 2024:
            assert any("year" in params for params in seen), last   # read from a year row
        seen.clear()
    assert rebuilt() == kept


def test_the_sums_of_an_office_with_a_large_id_are_counted(database):
    """The lock of an office's day on PostgreSQL is one 64-bit key: with two int4 keys (office *
    4,000,000 + the day) every save of an office from id 537 on failed, out of range."""
    from kppn_desktop.storage import rollups
    from kppn_desktop.storage.database import db

    with db.atomic():
        rollups.refresh([dt.date(2026, 3, 2)], 1_000_000, at_end=False)
    assert rollups.sums(dt.date(2026, 3, 1), dt.date(2026, 3, 31), "total", 1_000_000) == {}


def test_backlog_is_the_state_at_the_cut_off(office):
    """Resolved inside the period and reopened after it: at the period's cut-off it was resolved,
    so the backlog of that period does not count it (DOMAIN.md, reports as of a cut-off)."""
    [c] = take(office, wita(2026, 3, 16, 9, 0)).consultations
    c = svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version,
                    at=wita(2026, 3, 16, 9, 10))
    period = (dt.date(2026, 3, 16), dt.date(2026, 3, 17))
    now = wita(2026, 3, 30, 12, 0)
    assert reports.service_report(office.kakan, *period, now=now).backlog == 0
    svc.reopen(office.cso, c.id, "Ditanyakan lagi", expected_version=c.version,
               at=wita(2026, 3, 25, 9, 0))
    assert reports.service_report(office.kakan, *period, now=now).backlog == 0
    # Open again from 25 March: a period that ends after the reopening counts it.
    later = reports.service_report(office.kakan, dt.date(2026, 3, 16), dt.date(2026, 3, 25),
                                   now=now)
    assert later.backlog == 1


_BASE = dt.date(2026, 4, 6)     # a Monday


@st.composite
def _lives(draw):
    """A few consultations, each received on some day and then resolved and reopened in turn,
    each step some days (and minutes) after the one before."""
    lives = []
    for _ in range(draw(st.integers(1, 4))):
        day = draw(st.integers(0, 8))
        steps = draw(st.lists(st.tuples(st.integers(0, 4), st.integers(5, 300)), max_size=4))
        lives.append((day, steps))
    return lives


@settings(max_examples=20, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(lives=_lives(), cut_offs=st.lists(st.integers(0, 20), min_size=1, max_size=3))
def test_backlog_at_any_cut_off_recounts_from_the_history(office, lives, cut_offs):
    """The backlog at the end of any day equals a recount of what the test did: received by then,
    and not resolved as of then (the last resolve/reopen up to that day was no resolution)."""
    made = _backlog_made.setdefault(id(office), [])
    for day, steps in lives:
        at = wita(_BASE.year, _BASE.month, _BASE.day, 9, 0) + dt.timedelta(days=day)
        [c] = take(office, at).consultations
        transitions = []            # (instant, resolved?) in order
        for n, (days, minutes) in enumerate(steps):
            at = at + dt.timedelta(days=days, minutes=minutes)
            if n % 2 == 0:
                c = svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version, at=at)
            else:
                c = svc.reopen(office.cso, c.id, "Lagi", expected_version=c.version, at=at)
            transitions.append((at, n % 2 == 0))
        made.append((_BASE + dt.timedelta(days=day), transitions))
    for offset in cut_offs:
        last = _BASE + dt.timedelta(days=offset)
        want = 0
        for received, transitions in made:
            upto = [resolved for at, resolved in transitions if at.date() <= last]
            want += received <= last and not (upto and upto[-1])
        report = reports.service_report(None, _BASE, last, now=wita(2026, 6, 1, 9, 0))
        assert report.backlog == want, (last, made)


_backlog_made: dict = {}


def test_handling_minutes_are_rounded_once_when_shown(office):
    """16.048 office minutes are shown as 16,0: not stored as 16.05 and shown as 16,1."""
    at = wita(2026, 3, 16, 9, 0)
    [c] = take(office, at).consultations
    svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version,
                at=at + dt.timedelta(minutes=16, seconds=2.88))
    day = dt.date(2026, 3, 16)
    report = reports.service_report(office.kakan, day, day, now=wita(2026, 3, 17, 9, 0))
    assert report.avg_handling_minutes == pytest.approx(16.048)
    assert report.p90_handling_minutes == 16.0
    text = " ".join(text_of(reports.render(report, "pdf")).split())
    assert "Waktu penanganan rata-rata 16,0 menit" in text
    assert "Waktu penanganan persentil ke-90 16,0 menit" in text
    assert "16,1" not in text


def _half_up(value, places=1):
    """Round a Decimal half up: the recount's own rounding."""
    from decimal import ROUND_HALF_UP, Decimal

    return float(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


_days_used: dict = {}


@settings(max_examples=15, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(durations=st.lists(st.integers(1, 60 * 60_000), min_size=1, max_size=5))
def test_average_and_percentile_round_the_exact_minutes_once(office, durations):
    """Handling times to the millisecond on one working day: the report's average and 90th
    percentile, as shown, are the exact minutes rounded once, half up (a recount in decimals)."""
    from decimal import Decimal

    from kppn_desktop.documents import _format as fmt
    from kppn_desktop.services import office as office_service

    calendar = office_service.office_calendar()
    day = _days_used.get(id(office), dt.date(2026, 5, 3))
    day += dt.timedelta(days=1)
    while not calendar.is_working_day(day):
        day += dt.timedelta(days=1)
    _days_used[id(office)] = day
    for i, ms in enumerate(durations):
        at = wita(day.year, day.month, day.day, 8, 0) + dt.timedelta(minutes=80 * i)
        [c] = take(office, at).consultations
        svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version,
                    at=at + dt.timedelta(milliseconds=ms))
    report = reports.service_report(None, day, day, now=wita(2026, 12, 1, 9, 0))
    exact = sorted(Decimal(ms) / Decimal(60_000) for ms in durations)
    mean = sum(exact) / len(exact)
    rank = -(-9 * len(exact) // 10)          # nearest rank: ceil(0.9 n)
    assert fmt.minutes(report.avg_handling_minutes) == fmt.minutes(_half_up(mean))
    assert fmt.decimal(report.avg_handling_minutes) == f"{_half_up(mean):.1f}".replace(".", ",")
    assert report.p90_handling_minutes == _half_up(exact[rank - 1])


_windows: dict = {}


@settings(max_examples=10, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(handled=st.lists(st.tuples(
    st.integers(0, 10_000),
    st.one_of(st.integers(1, 3900), st.sampled_from([9, 10, 99, 100, 999, 1000, 1001, 3899])),
    st.integers(-3000, 2999)), min_size=1, max_size=12))
def test_the_90th_percentile_of_months_and_edge_days_is_a_recount(office, handled):
    """Handling times around whole minutes (9.9 and 10.0, 99.9 and 100.0), on days spread over
    three months and around the period (from the 20th of the first to the 10th of the third):
    the report's 90th percentile, found by whole minute and then by tenth, is the nearest rank
    of a recount in decimals of those received in the period."""
    from decimal import Decimal

    from kppn_desktop.services import office as office_service

    calendar = office_service.office_calendar()
    # Each example its own three months, going back from July 2026 (the report is made in
    # December 2026), so that no example sees another's consultations.
    n = _windows[id(office)] = _windows.get(id(office), -1) + 1
    assume(n < 80)
    month = 2026 * 12 + 6 - 3 * n
    start = dt.date(month // 12, month % 12 + 1, 1)
    days = [start + dt.timedelta(days=i) for i in range(88)]
    days = [d for d in days if calendar.is_working_day(d)]
    first = start.replace(day=20)
    last = dt.date(start.year + (start.month + 1) // 12, (start.month + 1) % 12 + 1, 10)
    exact = []
    for i, (pick, tenths, jitter) in enumerate(handled):
        day = days[pick % len(days)]
        at = wita(day.year, day.month, day.day, 8, i)
        [c] = take(office, at).consultations
        ms = tenths * 6000 + jitter
        svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version,
                    at=at + dt.timedelta(milliseconds=ms))
        if first <= day <= last:
            exact.append(Decimal(ms) / Decimal(60_000))
    report = reports.service_report(None, first, last, now=wita(2026, 12, 1, 9, 0))
    if not exact:
        assert report.p90_handling_minutes is None
        return
    rank = -(-9 * len(exact) // 10)
    assert report.p90_handling_minutes == _half_up(sorted(exact)[rank - 1])


def test_reopening_does_not_undo_a_decided_result(office):
    """Met in its first cycle, then reopened: the first cycle stays met (a result is final) and
    the new cycle's clock is the one not yet judged. (At the real present: the services judge
    clocks as of now, whatever the office hours are when the test runs.)"""
    now = dt.datetime.now(UTC)
    [c] = take(office, now - dt.timedelta(minutes=15)).consultations
    c = svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version,
                    at=now - dt.timedelta(minutes=10))
    svc.reopen(office.cso, c.id, "Ditanyakan lagi", expected_version=c.version,
               at=now - dt.timedelta(minutes=5))
    today = now.astimezone(wita(2026, 1, 1).tzinfo).date()
    report = reports.service_report(office.kakan, today - dt.timedelta(days=1), today, now=now)
    compliance = report.service_compliance
    assert (compliance.met, compliance.breached, compliance.pending) == (1, 0, 1)
    assert [(r.met, r.breached) for r in report.by_channel] == [(1, 0)]
    text = " ".join(text_of(reports.render(report, "pdf")).split())
    assert "1 sesuai standar, 0 melebihi standar, 1 belum dinilai" in text


def test_each_cycle_keeps_its_own_verdict(office):
    """Met, reopened and met again: two clocks met. Met, reopened and never answered: one met,
    one breached; the consultation's first result is not turned into a breach or undone."""
    at = wita(2026, 3, 16, 9, 0)
    first, second = take(office, at, questions=[
        QuestionInput(office.categories[0].id, "Satu"),
        QuestionInput(office.categories[1].id, "Dua")]).consultations
    for c in (first, second):
        c = svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version,
                        at=at + dt.timedelta(minutes=10))
        c = svc.reopen(office.cso, c.id, "Lagi", expected_version=c.version,
                       at=at + dt.timedelta(minutes=60))
        if c.id == first.id:
            svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version,
                        at=at + dt.timedelta(minutes=70))
    day = dt.date(2026, 3, 16)
    report = reports.service_report(office.kakan, day, day, now=wita(2026, 3, 20, 9, 0))
    c = report.service_compliance
    assert (c.met, c.breached, c.pending) == (3, 1, 0)


@st.composite
def _cycles(draw):
    """One consultation's course within one office day: minutes to each resolution and, between
    them, minutes to each reopening."""
    return draw(st.lists(st.integers(1, 45), min_size=0, max_size=5))


@settings(max_examples=20, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(courses=st.lists(_cycles(), min_size=1, max_size=3))
def test_service_clocks_are_judged_per_cycle(office, courses):
    """Each cycle's 20-minute clock is judged once: met when resolved within 20 office minutes
    of its start (receipt or reopening), breached when resolved later or never. A recount over
    the test's own courses, all inside office hours of one working day (office minutes are wall
    minutes there), reported days later."""
    from kppn_desktop.services import office as office_service

    calendar = office_service.office_calendar()
    day = _days_used.get(("cycles", id(office)), dt.date(2026, 7, 5)) + dt.timedelta(days=1)
    while not calendar.is_working_day(day):
        day += dt.timedelta(days=1)
    _days_used[("cycles", id(office))] = day
    met = breached = 0
    handled = []            # each stopped cycle's handling minutes
    for n, steps in enumerate(courses):
        at = wita(day.year, day.month, day.day, 8, 0) + dt.timedelta(minutes=n)
        [c] = take(office, at).consultations
        for i, minutes in enumerate(steps):
            at += dt.timedelta(minutes=minutes)
            if i % 2 == 0:
                c = svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version, at=at)
                met += minutes <= 20
                breached += minutes > 20
                handled.append(minutes)
            else:
                c = svc.reopen(office.cso, c.id, "Lagi", expected_version=c.version, at=at)
        breached += len(steps) % 2 == 0          # still open: its clock ran out long ago
    report = reports.service_report(None, day, day, now=wita(2026, 12, 1, 9, 0))
    c = report.service_compliance
    assert (c.met, c.breached, c.pending) == (met, breached, 0)
    # Handling time is the same quantity, per cycle: the split, the average and the percentile.
    assert sum(m <= 20 for m in handled) == c.met
    if handled:
        assert report.avg_handling_minutes == pytest.approx(sum(handled) / len(handled))
        assert report.p90_handling_minutes == sorted(handled)[-(-9 * len(handled) // 10) - 1]
    else:
        assert report.avg_handling_minutes is None and report.p90_handling_minutes is None


def test_handling_time_is_per_cycle_like_the_20_minute_split(office):
    """Answered in 12 minutes, reopened, answered again in 15: two cycles within 20 minutes, and
    two handling times of 12 and 15 (not one of 27 counted as within 20)."""
    at = wita(2026, 3, 16, 9, 0)
    [c] = take(office, at).consultations
    c = svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version,
                    at=at + dt.timedelta(minutes=12))
    c = svc.reopen(office.cso, c.id, "Lagi", expected_version=c.version,
                   at=at + dt.timedelta(minutes=60))
    c = svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version,
                    at=at + dt.timedelta(minutes=75))
    day = dt.date(2026, 3, 16)
    report = reports.service_report(office.kakan, day, day, now=wita(2026, 3, 20, 9, 0))
    assert (report.service_compliance.met, report.service_compliance.breached) == (2, 0)
    assert report.avg_handling_minutes == pytest.approx(13.5)
    assert report.p90_handling_minutes == 15.0
    [row] = report.by_category
    assert (row.met, row.breached, row.avg_minutes) == (2, 0, pytest.approx(13.5))
    # The receipt of the second resolution shows the time of its own cycle.
    receipt = text_of(papers.receipt_pdf(office.cso, c.id, "a5"))
    assert "15 menit" in receipt and "27 menit" not in receipt


def test_solution_line_says_how_many_are_not_judged_yet(office):
    """Three escalations, one answered in time and two still within their 3 working days: the
    solution figure is 1 of 1 judged, and the report says 2 are not judged yet (at the real
    present: the services judge clocks as of now)."""
    now = dt.datetime.now(UTC)
    made = take(office, now - dt.timedelta(minutes=20), questions=[
        QuestionInput(office.categories[i].id, f"Pertanyaan {i}") for i in range(3)])
    for n, c in enumerate(made.consultations):
        c = svc.escalate(office.cso, c.id, section_id=office.sections["BANK"],
                         reason="Konfirmasi", contact_person="Nur",
                         contact_phone="081244556677", expected_version=c.version,
                         at=now - dt.timedelta(minutes=10))
        if n == 0:
            svc.resolve(office.kasi_bank, c.id, "Solusi", expected_version=c.version,
                        at=now - dt.timedelta(minutes=5))
    today = now.astimezone(wita(2026, 1, 1).tzinfo).date()
    report = reports.service_report(office.kakan, today - dt.timedelta(days=1), today, now=now)
    so = report.solution_compliance
    assert (so.met, so.breached, so.pending) == (1, 0, 2)
    text = " ".join(text_of(reports.render(report, "pdf")).split())
    assert "1 tepat waktu, 0 melewati batas, 2 belum dinilai" in text
    assert "Solusi ≤ 3 hari kerja (2 belum dinilai)" in text
    csv_text = reports.render(report, "csv").decode("utf-8-sig")
    assert "Solusi belum dinilai" in csv_text


def test_overdue_list_of_a_past_period_is_the_state_at_its_cut_off(office):
    """March's report made on 1 May: listed are the consultations open and late at the end of
    March, late up to then, whatever happened since."""
    at = wita(2026, 3, 16, 9, 0)
    late, reopened, never = take(office, at, questions=[
        QuestionInput(office.categories[i].id, f"Pertanyaan {i}") for i in range(3)]
    ).consultations
    late = svc.escalate(office.cso, late.id, section_id=office.sections["BANK"],
                        reason="Konfirmasi", contact_person="Nur", contact_phone="081244556677",
                        expected_version=late.version, at=at + dt.timedelta(minutes=10))
    svc.resolve(office.kasi_bank, late.id, "Solusi", expected_version=late.version,
                at=wita(2026, 4, 10, 10, 0))              # answered after March, too late
    reopened = svc.resolve(office.cso, reopened.id, "Jawaban", expected_version=reopened.version,
                           at=at + dt.timedelta(minutes=5))
    svc.reopen(office.cso, reopened.id, "Lagi", expected_version=reopened.version,
               at=wita(2026, 4, 6, 9, 0))                 # open (and late) only since April
    report = reports.service_report(office.kakan, dt.date(2026, 3, 1), dt.date(2026, 3, 31),
                                    now=wita(2026, 5, 1, 9, 0))
    cut_off = wita(2026, 4, 1, 0, 0)
    assert report.cut_off == cut_off
    listed = {r.number: r for r in report.overdue}
    assert set(listed) == {late.number, never.number}
    # 16 March: Senin; 18-20 and 23-24 March are not working days (cuti bersama, Nyepi).
    assert listed[late.number].deadline == wita(2026, 3, 26, 15, 0)
    assert listed[never.number].deadline == at + dt.timedelta(minutes=20)
    from kppn_desktop.services import office as office_service

    calendar = office_service.office_calendar()
    for row in listed.values():
        assert row.overdue_minutes == round(calendar.office_minutes_between(row.deadline, cut_off))
    assert report.backlog == 2
    text = " ".join(text_of(reports.render(report, "pdf")).split())
    assert "keadaan data per akhir 31 Maret 2026" in text

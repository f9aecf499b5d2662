"""The three clocks, computed from event histories. Expected instants are worked out by hand
(office hours Mon–Fri 08:00–15:00 WITA; 2025/2026 holidays and cuti bersama)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.clocks import (
    ClockResult,
    ClockStatus,
    Pause,
    consultation_clocks,
    progress_clock,
    progress_due_days,
    progress_missed_since_update,
    service_clock,
    service_deadline,
    solution_clock,
    solution_deadline,
    split_cycles,
)
from kppn_desktop.domain.events import ClockEvent, EventKind
from kppn_desktop.domain.standards import CalendarSettings, ServiceStandard

WITA = ZoneInfo("Asia/Makassar")
UTC = timezone.utc
K = EventKind


def at(y, m, d, hh=0, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=WITA)


def ev(kind, t, reason=""):
    return ClockEvent(kind, t, reason)


@pytest.fixture(scope="module")
def cal():
    return OfficeCalendar(CalendarSettings())


def service(events, cal, now, target=20):
    return service_clock(events, cal, target, now)


# --- deadlines used by the CLI -------------------------------------------------------------------

@pytest.mark.parametrize("consulted, expected", [
    (at(2026, 3, 17, 10, 0), at(2026, 3, 27, 15, 0)),          # DOMAIN.md example
    # After closing: the consultation day is the next working day (25 Mar), then 26, 27, 30.
    (at(2026, 3, 17, 21, 0), at(2026, 3, 30, 15, 0)),
    (at(2026, 8, 3, 21, 35), at(2026, 8, 7, 15, 0)),           # DOMAIN.md: Monday 21:35
    (datetime(2026, 3, 16, 23, 30, tzinfo=UTC), at(2026, 3, 27, 15, 0)),  # = 17 Mar 07:30 WITA
    (at(2025, 3, 27, 10, 0), at(2025, 4, 10, 15, 0)),          # Idul Fitri 2025
    (at(2025, 3, 26, 10, 0), at(2025, 4, 9, 15, 0)),
    (at(2026, 3, 13, 10, 0), at(2026, 3, 25, 15, 0)),          # 16, 17, then 25
    (at(2026, 2, 16, 10, 0), at(2026, 2, 23, 15, 0)),          # cuti bersama Imlek: day 18; 19, 20, 23
    (at(2026, 3, 14, 9, 0), at(2026, 3, 26, 15, 0)),           # Saturday: day 16; 17, 25, 26
])
def test_solution_deadline(cal, consulted, expected):
    result = solution_deadline(consulted, cal, 3)
    assert result == expected
    assert result.utcoffset() == timedelta(hours=8)


@pytest.mark.parametrize("received, expected", [
    (at(2026, 3, 10, 10, 0), at(2026, 3, 10, 10, 20)),
    (at(2026, 3, 10, 21, 0), at(2026, 3, 11, 8, 20)),          # online at night
    (at(2026, 3, 10, 14, 50), at(2026, 3, 11, 8, 10)),
    (at(2026, 3, 13, 14, 50), at(2026, 3, 16, 8, 10)),         # Friday -> Monday
    (at(2026, 3, 19, 10, 0), at(2026, 3, 25, 8, 20)),          # on Nyepi
    (datetime(2026, 3, 10, 6, 50, tzinfo=UTC), at(2026, 3, 11, 8, 10)),  # 14:50 WITA
    (datetime(2026, 3, 10, 14, 50), at(2026, 3, 11, 8, 10)),   # naive = office time
])
def test_service_deadline(cal, received, expected):
    assert service_deadline(received, cal, 20) == expected


def test_solution_deadline_follows_closures_and_openings():
    closed = OfficeCalendar(CalendarSettings(closures={date(2026, 3, 25): "Rapat kerja kantor"}))
    assert solution_deadline(at(2026, 3, 17, 10), closed, 3) == at(2026, 3, 30, 15)
    opened = OfficeCalendar(CalendarSettings(openings=frozenset({date(2026, 3, 24)})))
    assert solution_deadline(at(2026, 3, 17, 10), opened, 3) == at(2026, 3, 26, 15)


def test_service_deadline_in_ramadan_hours():
    ramadan = (date(2026, 2, 18), date(2026, 3, 19), {d: (time(8), time(14)) for d in range(5)})
    cal = OfficeCalendar(CalendarSettings(hours_overrides=(ramadan,)))
    assert service_deadline(at(2026, 3, 10, 13, 50), cal, 20) == at(2026, 3, 11, 8, 10)
    clock = service([ev(K.RECEIVED, at(2026, 3, 10, 13, 50))], cal, at(2026, 3, 10, 14, 30))
    assert clock.status is ClockStatus.RUNNING
    assert clock.elapsed_minutes == pytest.approx(10)


# --- service clock -------------------------------------------------------------------------------

def test_online_message_at_night_starts_at_next_opening(cal):
    events = [ev(K.RECEIVED, at(2026, 3, 10, 21, 0))]
    before = service(events, cal, at(2026, 3, 10, 21, 30))
    assert before.status is ClockStatus.NOT_STARTED
    assert before.started_at == at(2026, 3, 11, 8, 0)
    assert before.deadline == at(2026, 3, 11, 8, 20)
    assert before.elapsed_minutes == 0 and before.remaining_minutes == 20
    running = service(events, cal, at(2026, 3, 11, 8, 10))
    assert running.status is ClockStatus.RUNNING
    assert running.elapsed_minutes == pytest.approx(10)
    assert running.remaining_minutes == pytest.approx(10)
    assert running.met is None
    assert any("di luar jam layanan" in line for line in running.explanation)


def test_message_received_on_holiday_and_weekend(cal):
    nyepi = service([ev(K.RECEIVED, at(2026, 3, 19, 10, 0))], cal, at(2026, 3, 25, 8, 5))
    assert nyepi.started_at == at(2026, 3, 25, 8, 0)
    assert nyepi.deadline == at(2026, 3, 25, 8, 20)
    assert [d for d, _ in nyepi.skipped_days] == [date(2026, 3, d) for d in range(19, 25)]
    assert (date(2026, 3, 19), "Hari Suci Nyepi") in nyepi.skipped_days
    saturday = service([ev(K.RECEIVED, at(2026, 3, 14, 11, 0))], cal, at(2026, 3, 16, 9, 0))
    assert saturday.started_at == at(2026, 3, 16, 8, 0)
    assert saturday.deadline == at(2026, 3, 16, 8, 20)
    assert saturday.status is ClockStatus.BREACHED
    assert saturday.overrun_minutes == pytest.approx(40)


def test_received_near_close_continues_next_working_day(cal):
    received = ev(K.RECEIVED, at(2026, 3, 10, 14, 50))
    met = service([received, ev(K.RESOLVED, at(2026, 3, 11, 8, 5))], cal, at(2026, 3, 12, 9))
    assert met.deadline == at(2026, 3, 11, 8, 10)
    assert met.status is ClockStatus.MET and met.met is True
    assert met.elapsed_minutes == pytest.approx(15)
    assert met.stopped_at == at(2026, 3, 11, 8, 5)
    late = service([received, ev(K.RESOLVED, at(2026, 3, 11, 8, 15))], cal, at(2026, 3, 12, 9))
    assert late.status is ClockStatus.BREACHED
    assert late.elapsed_minutes == pytest.approx(25)
    assert late.overrun_minutes == pytest.approx(5)


def test_documents_pause_the_service_clock(cal):
    events = [
        ev(K.RECEIVED, at(2026, 3, 10, 10, 0)),
        ev(K.DOCUMENTS_REQUESTED, at(2026, 3, 10, 10, 5), "SPM belum ditandatangani PPSPM"),
        ev(K.DOCUMENTS_REQUESTED, at(2026, 3, 10, 10, 30), "ditanyakan lagi"),   # already paused
        ev(K.DOCUMENTS_RECEIVED, at(2026, 3, 10, 11, 0)),
        ev(K.RESOLVED, at(2026, 3, 10, 11, 10)),
    ]
    clock = service(events, cal, at(2026, 3, 10, 12, 0))
    assert clock.status is ClockStatus.MET
    assert clock.elapsed_minutes == pytest.approx(15)
    assert clock.deadline == at(2026, 3, 10, 11, 15)
    assert clock.pauses == (Pause(at(2026, 3, 10, 10, 5), at(2026, 3, 10, 11, 0),
                                  "SPM belum ditandatangani PPSPM", 55.0),)
    text = " ".join(clock.explanation)
    assert "SPM belum ditandatangani PPSPM" in text
    assert "ditanyakan lagi" not in text


def test_open_pause_has_no_deadline_but_says_what_is_left(cal):
    events = [ev(K.RECEIVED, at(2026, 3, 10, 10, 0)),
              ev(K.DOCUMENTS_REQUESTED, at(2026, 3, 10, 10, 5), "menunggu SK pengangkatan")]
    clock = service(events, cal, at(2026, 3, 10, 10, 45))
    assert clock.status is ClockStatus.PAUSED
    assert clock.deadline is None
    assert clock.remaining_minutes == pytest.approx(15)
    assert clock.pauses[0].end is None
    assert clock.pauses[0].office_minutes == pytest.approx(40)


def test_pause_over_night_counts_only_office_time(cal):
    events = [ev(K.RECEIVED, at(2026, 3, 10, 14, 40)),
              ev(K.DOCUMENTS_REQUESTED, at(2026, 3, 10, 14, 50), "rekening koran"),
              ev(K.DOCUMENTS_RECEIVED, at(2026, 3, 11, 9, 0))]
    clock = service(events, cal, at(2026, 3, 11, 9, 5))
    assert clock.pauses[0].office_minutes == pytest.approx(70)
    assert clock.elapsed_minutes == pytest.approx(15)
    assert clock.deadline == at(2026, 3, 11, 9, 10)
    assert clock.status is ClockStatus.RUNNING


def test_stopped_while_paused_keeps_the_pause_open(cal):
    events = [ev(K.RECEIVED, at(2026, 3, 10, 10, 0)),
              ev(K.DOCUMENTS_REQUESTED, at(2026, 3, 10, 10, 5), "kontrak"),
              ev(K.ESCALATED, at(2026, 3, 10, 10, 30))]
    clock = service(events, cal, at(2026, 3, 10, 12, 0))
    assert clock.status is ClockStatus.MET
    assert clock.elapsed_minutes == pytest.approx(5)
    assert clock.deadline is None
    assert clock.pauses[0].end is None and clock.pauses[0].office_minutes == pytest.approx(25)
    assert clock.stopped_at == at(2026, 3, 10, 10, 30)
    assert any("dieskalasi" in line for line in clock.explanation)


def test_documents_received_without_a_request_is_ignored(cal):
    events = [ev(K.RECEIVED, at(2026, 3, 10, 10, 0)),
              ev(K.DOCUMENTS_RECEIVED, at(2026, 3, 10, 10, 5))]
    clock = service(events, cal, at(2026, 3, 10, 10, 10))
    assert clock.status is ClockStatus.RUNNING and clock.pauses == ()
    assert clock.elapsed_minutes == pytest.approx(10)


def test_breach_is_final_even_when_resolved_later(cal):
    received = ev(K.RECEIVED, at(2026, 3, 10, 10, 0))
    running = service([received], cal, at(2026, 3, 10, 10, 30))
    assert running.status is ClockStatus.BREACHED
    assert running.overrun_minutes == pytest.approx(10) and running.stopped_at is None
    resolved = service([received, ev(K.RESOLVED, at(2026, 3, 10, 10, 45))], cal,
                       at(2026, 3, 10, 11, 0))
    assert resolved.status is ClockStatus.BREACHED and resolved.met is False
    assert resolved.deadline == at(2026, 3, 10, 10, 20)
    assert resolved.elapsed_minutes == pytest.approx(45)
    assert resolved.overrun_minutes == pytest.approx(25)
    assert any("tidak menghapus" in line for line in resolved.explanation)


def test_breach_before_a_pause_stays_a_breach(cal):
    events = [ev(K.RECEIVED, at(2026, 3, 10, 10, 0)),
              ev(K.DOCUMENTS_REQUESTED, at(2026, 3, 10, 10, 30), "terlambat minta")]
    clock = service(events, cal, at(2026, 3, 10, 11, 0))
    assert clock.status is ClockStatus.BREACHED
    assert clock.deadline == at(2026, 3, 10, 10, 20)
    assert clock.overrun_minutes == pytest.approx(10)


def test_exactly_on_target_is_met(cal):
    events = [ev(K.RECEIVED, at(2026, 3, 10, 10, 0)), ev(K.RESOLVED, at(2026, 3, 10, 10, 20))]
    assert service(events, cal, at(2026, 3, 10, 11, 0)).status is ClockStatus.MET


def test_events_are_sorted_and_ties_keep_their_order(cal):
    resumed = [ev(K.RECEIVED, at(2026, 3, 10, 10, 0)),
               ev(K.DOCUMENTS_REQUESTED, at(2026, 3, 10, 10, 5), "x"),
               ev(K.DOCUMENTS_RECEIVED, at(2026, 3, 10, 10, 5))]
    assert service(resumed, cal, at(2026, 3, 10, 10, 10)).status is ClockStatus.RUNNING
    shuffled = [resumed[2], resumed[1], resumed[0]]   # received-then-requested at the same instant
    clock = service(shuffled, cal, at(2026, 3, 10, 10, 10))
    assert clock.status is ClockStatus.PAUSED
    assert clock.elapsed_minutes == pytest.approx(5)


def test_events_after_now_have_not_happened(cal):
    events = [ev(K.RECEIVED, at(2026, 3, 10, 10, 0)), ev(K.RESOLVED, at(2026, 3, 10, 10, 15))]
    clock = service(events, cal, at(2026, 3, 10, 10, 10))
    assert clock.status is ClockStatus.RUNNING and clock.stopped_at is None


def test_naive_and_utc_histories_read_as_office_time(cal):
    aware = [ev(K.RECEIVED, at(2026, 3, 10, 14, 50)), ev(K.RESOLVED, at(2026, 3, 11, 8, 5))]
    naive = [ev(K.RECEIVED, datetime(2026, 3, 10, 14, 50)),
             ev(K.RESOLVED, datetime(2026, 3, 11, 8, 5))]
    utc = [ev(K.RECEIVED, datetime(2026, 3, 10, 6, 50, tzinfo=UTC)),
           ev(K.RESOLVED, datetime(2026, 3, 11, 0, 5, tzinfo=UTC))]
    now = datetime(2026, 3, 11, 4, 0, tzinfo=UTC)
    results = [service(h, cal, now) for h in (aware, naive, utc)]
    assert results[0] == results[1] == results[2]
    assert results[2].deadline == at(2026, 3, 11, 8, 10)
    assert results[2].started_at.tzinfo == WITA


def test_nothing_received_is_not_started(cal):
    clock = service([], cal, at(2026, 3, 10, 10, 0))
    assert clock.status is ClockStatus.NOT_STARTED and clock.met is None
    cycles = consultation_clocks([], cal, ServiceStandard(), at(2026, 3, 10, 10, 0))
    assert len(cycles) == 1 and cycles[0].service.status is ClockStatus.NOT_STARTED


# --- solution clock ------------------------------------------------------------------------------

DOMAIN_CASE = [ev(K.RECEIVED, at(2026, 3, 17, 10, 0)), ev(K.ESCALATED, at(2026, 3, 17, 10, 15))]


def test_solution_clock_domain_example(cal):
    clock = solution_clock(DOMAIN_CASE, cal, 3, at(2026, 3, 20, 9, 0))
    assert clock.name == "Solusi (3 hari kerja)"
    assert clock.deadline == at(2026, 3, 27, 15, 0)
    assert clock.started_at == at(2026, 3, 17, 10, 15)
    assert clock.status is ClockStatus.RUNNING
    assert clock.remaining_minutes == pytest.approx(3 * 420)
    assert clock.skipped_days == (
        (date(2026, 3, 18), "Cuti Bersama Hari Suci Nyepi"),
        (date(2026, 3, 19), "Hari Suci Nyepi"),
        (date(2026, 3, 20), "Cuti Bersama Hari Raya Idul Fitri"),
        (date(2026, 3, 21), "Hari Raya Idul Fitri"),
        (date(2026, 3, 22), "Hari kedua dari Hari Raya Idul Fitri"),
        (date(2026, 3, 23), "Cuti Bersama Hari Raya Idul Fitri"),
        (date(2026, 3, 24), "Cuti Bersama Hari Raya Idul Fitri"),
    )
    text = " ".join(clock.explanation)
    assert "Hari Suci Nyepi" in text and "Jumat, 27 Maret 2026 15:00 WITA" in text


@pytest.mark.parametrize("resolved_at, status, overrun", [
    (at(2026, 3, 27, 14, 59), ClockStatus.MET, 0),
    (at(2026, 3, 27, 15, 0), ClockStatus.MET, 0),
    (at(2026, 3, 27, 15, 1), ClockStatus.BREACHED, 0),       # after the close: no office minutes
    (at(2026, 3, 30, 9, 0), ClockStatus.BREACHED, 60),
])
def test_solution_clock_resolution(cal, resolved_at, status, overrun):
    events = DOMAIN_CASE + [ev(K.RESOLVED, resolved_at)]
    clock = solution_clock(events, cal, 3, at(2026, 4, 6, 9, 0))
    assert clock.status is status
    assert clock.stopped_at == resolved_at
    assert clock.overrun_minutes == pytest.approx(overrun)


def test_solution_clock_open_past_deadline_is_breached(cal):
    clock = solution_clock(DOMAIN_CASE, cal, 3, at(2026, 3, 30, 10, 0))
    assert clock.status is ClockStatus.BREACHED
    assert clock.overrun_minutes == pytest.approx(120)
    assert clock.elapsed_minutes == pytest.approx(285 + 3 * 420 + 120)


def test_no_escalation_no_solution_or_progress_clock(cal):
    events = [ev(K.RECEIVED, at(2026, 3, 10, 10, 0)), ev(K.RESOLVED, at(2026, 3, 10, 10, 10))]
    assert solution_clock(events, cal, 3, at(2026, 3, 11)) is None
    assert progress_clock(events, cal, 1, at(2026, 3, 11)) is None


def test_idul_fitri_2025_solution_deadline_in_clock(cal):
    events = [ev(K.RECEIVED, at(2025, 3, 27, 9, 0)), ev(K.ESCALATED, at(2025, 3, 27, 9, 30))]
    clock = solution_clock(events, cal, 3, at(2025, 4, 9, 12, 0))
    assert clock.deadline == at(2025, 4, 10, 15, 0)
    assert clock.status is ClockStatus.RUNNING
    assert [d for d, _ in clock.skipped_days] == [
        date(2025, 3, 28), date(2025, 3, 29), date(2025, 3, 30), date(2025, 3, 31),
        date(2025, 4, 1), date(2025, 4, 2), date(2025, 4, 3), date(2025, 4, 4),
        date(2025, 4, 5), date(2025, 4, 6), date(2025, 4, 7)]


# --- cycles --------------------------------------------------------------------------------------

def test_reopen_starts_a_second_cycle_and_the_first_stays_final(cal):
    events = [
        ev(K.RECEIVED, at(2026, 3, 10, 10, 0)),
        ev(K.RESOLVED, at(2026, 3, 10, 10, 30)),                 # late: 30 of 20 minutes
        ev(K.REOPENED, at(2026, 3, 11, 14, 0), "jawaban belum lengkap"),
        ev(K.ESCALATED, at(2026, 3, 11, 14, 5)),
    ]
    assert [len(c) for c in split_cycles(events)] == [2, 2]
    cycles = consultation_clocks(events, cal, ServiceStandard(), at(2026, 3, 12, 9, 0))
    assert [c.number for c in cycles] == [1, 2]
    first, second = cycles
    assert first.service.status is ClockStatus.BREACHED
    assert first.service.overrun_minutes == pytest.approx(10)
    assert first.solution is None and first.progress is None
    assert second.service.status is ClockStatus.MET
    assert second.service.started_at == at(2026, 3, 11, 14, 0)
    assert second.service.elapsed_minutes == pytest.approx(5)
    assert second.solution.deadline == at(2026, 3, 16, 15, 0)     # 12, 13, 16 March
    assert second.solution.status is ClockStatus.RUNNING
    assert any("dibuka kembali" in line for line in second.service.explanation)


def test_split_cycles_ignores_events_before_the_first_receipt():
    events = [ev(K.EDITED, at(2026, 3, 10, 9, 0)), ev(K.RECEIVED, at(2026, 3, 10, 10, 0)),
              ev(K.RESOLVED, at(2026, 3, 10, 10, 5)), ev(K.REOPENED, at(2026, 3, 10, 11, 0))]
    assert [[e.kind for e in c] for c in split_cycles(events)] == [
        [K.RECEIVED, K.RESOLVED], [K.REOPENED]]


def test_category_target_overrides_the_standard(cal):
    events = [ev(K.RECEIVED, at(2026, 3, 10, 10, 0))]
    cycles = consultation_clocks(events, cal, ServiceStandard(), at(2026, 3, 10, 10, 25),
                                 service_minutes=30)
    assert cycles[0].service.name == "Layanan (30 menit)"
    assert cycles[0].service.deadline == at(2026, 3, 10, 10, 30)
    assert cycles[0].service.status is ClockStatus.RUNNING


# --- progress clock ------------------------------------------------------------------------------

ESCALATED_TUESDAY = [ev(K.RECEIVED, at(2026, 3, 10, 10, 0)),
                     ev(K.ESCALATED, at(2026, 3, 10, 11, 0))]


def test_progress_missed_day_after_resolution(cal):
    events = ESCALATED_TUESDAY + [
        ev(K.PROGRESS_UPDATE, at(2026, 3, 11, 10, 0)),
        ev(K.PROGRESS_UPDATE, at(2026, 3, 13, 9, 0)),
        ev(K.RESOLVED, at(2026, 3, 16, 10, 0)),
    ]
    clock = progress_clock(events, cal, 1, at(2026, 3, 20, 9, 0))
    assert clock.due_days == (date(2026, 3, 11), date(2026, 3, 12), date(2026, 3, 13))
    assert clock.missed_days == (date(2026, 3, 12),)
    assert clock.updates == 2
    assert clock.status is ClockStatus.BREACHED and clock.met is False
    assert any("Kamis, 12 Maret 2026" in line for line in clock.explanation)


def test_progress_while_open(cal):
    one_update = ESCALATED_TUESDAY + [ev(K.PROGRESS_UPDATE, at(2026, 3, 11, 10, 0))]
    before_close = progress_clock(one_update, cal, 1, at(2026, 3, 12, 14, 0))
    assert before_close.due_days == (date(2026, 3, 11),)
    assert before_close.status is ClockStatus.RUNNING and before_close.missed_days == ()
    assert before_close.deadline == at(2026, 3, 12, 15, 0)
    after_close = progress_clock(one_update, cal, 1, at(2026, 3, 12, 16, 0))
    assert after_close.missed_days == (date(2026, 3, 12),)
    assert after_close.status is ClockStatus.BREACHED
    assert after_close.deadline == at(2026, 3, 13, 15, 0)
    given_today = one_update + [ev(K.PROGRESS_UPDATE, at(2026, 3, 12, 9, 0))]
    ahead = progress_clock(given_today, cal, 1, at(2026, 3, 12, 14, 0))
    assert ahead.deadline == at(2026, 3, 13, 15, 0)


def test_an_update_after_closing_does_not_erase_that_days_miss(cal):
    late = ESCALATED_TUESDAY + [ev(K.PROGRESS_UPDATE, at(2026, 3, 11, 10, 0)),
                                ev(K.PROGRESS_UPDATE, at(2026, 3, 12, 16, 0))]
    clock = progress_clock(late, cal, 1, at(2026, 3, 12, 17, 0))
    assert clock.missed_days == (date(2026, 3, 12),)       # the 12th closed at 15:00 without one
    next_day = progress_clock(late, cal, 1, at(2026, 3, 13, 16, 0))
    assert next_day.missed_days == (date(2026, 3, 12),)    # the 16:00 update served the 13th


def test_weekend_update_counts_for_the_next_working_day(cal):
    events = [ev(K.RECEIVED, at(2026, 3, 13, 9, 0)), ev(K.ESCALATED, at(2026, 3, 13, 10, 0)),
              ev(K.PROGRESS_UPDATE, at(2026, 3, 14, 10, 0)),
              ev(K.RESOLVED, at(2026, 3, 17, 10, 0))]
    clock = progress_clock(events, cal, 1, at(2026, 3, 18, 9, 0))
    assert clock.due_days == (date(2026, 3, 16),)
    assert clock.status is ClockStatus.MET and clock.missed_days == ()


def test_progress_every_two_working_days_across_holidays(cal):
    events = ESCALATED_TUESDAY + [ev(K.PROGRESS_UPDATE, at(2026, 3, 12, 9, 0)),
                                  ev(K.RESOLVED, at(2026, 3, 25, 10, 0))]
    clock = progress_clock(events, cal, 2, at(2026, 3, 26, 9, 0))
    assert clock.due_days == (date(2026, 3, 11), date(2026, 3, 12), date(2026, 3, 13),
                              date(2026, 3, 16), date(2026, 3, 17))
    assert clock.missed_days == (date(2026, 3, 16),)   # [11, 12] had one; [13, 16] none; 17 unfinished


def test_progress_resolved_same_day_is_met(cal):
    events = ESCALATED_TUESDAY + [ev(K.RESOLVED, at(2026, 3, 10, 14, 0))]
    clock = progress_clock(events, cal, 1, at(2026, 3, 12, 9, 0))
    assert clock.due_days == () and clock.status is ClockStatus.MET


def test_consultation_clocks_bundle_all_three(cal):
    events = DOMAIN_CASE + [ev(K.PROGRESS_UPDATE, at(2026, 3, 25, 9, 0)),
                            ev(K.PROGRESS_UPDATE, at(2026, 3, 26, 9, 0)),
                            ev(K.RESOLVED, at(2026, 3, 27, 11, 0))]
    (cycle,) = consultation_clocks(events, cal, ServiceStandard(), at(2026, 3, 30, 9, 0))
    assert cycle.service.status is ClockStatus.MET
    assert cycle.service.elapsed_minutes == pytest.approx(15)
    assert cycle.solution.status is ClockStatus.MET
    assert cycle.progress.due_days == (date(2026, 3, 25), date(2026, 3, 26))
    assert cycle.progress.status is ClockStatus.MET


def test_met_property():
    def result(status):
        return ClockResult("x", status, None, None, None, 0.0, None, None, 0.0)
    assert [result(s).met for s in ClockStatus] == [None, None, None, True, False]


# --- consultation day and documents waited for (solution deadline) -------------------------------

def test_solution_clock_counts_from_the_consultation_day(cal):
    """DOMAIN.md: an online message of Monday 3 August 2026, 21:35, escalated on Tuesday, is due
    Friday 7 August 2026, 15:00 (its consultation day is Tuesday)."""
    events = [ev(K.RECEIVED, at(2026, 8, 3, 21, 35)), ev(K.ESCALATED, at(2026, 8, 4, 9, 0))]
    clock = solution_clock(events, cal, 3, at(2026, 8, 4, 10, 0))
    assert clock.deadline == at(2026, 8, 7, 15, 0)
    assert "hari konsultasi (Selasa, 4 Agustus 2026)" in " ".join(clock.explanation)


@pytest.mark.parametrize("history, deadline", [
    # Monday 2 March 2026 (due Thursday 5 March, 15:00 without waiting). Requested 09:05,
    # received 11:05 (120 office minutes): moved into Friday's hours.
    ([(K.RECEIVED, (2, 9, 0)), (K.DOCUMENTS_REQUESTED, (2, 9, 5)),
      (K.DOCUMENTS_RECEIVED, (2, 11, 5)), (K.ESCALATED, (2, 11, 10))], at(2026, 3, 6, 10, 0)),
    # Still waiting when escalated at 11:10: the wait ends there (125 minutes).
    ([(K.RECEIVED, (2, 9, 0)), (K.DOCUMENTS_REQUESTED, (2, 9, 5)), (K.ESCALATED, (2, 11, 10))],
     at(2026, 3, 6, 10, 5)),
    # Waiting over the night counts office time only: 14:00 to 09:00 next day is 120 minutes.
    ([(K.RECEIVED, (2, 9, 0)), (K.DOCUMENTS_REQUESTED, (2, 14, 0)),
      (K.DOCUMENTS_RECEIVED, (3, 9, 0)), (K.ESCALATED, (3, 9, 10))], at(2026, 3, 6, 10, 0)),
    ([(K.RECEIVED, (2, 9, 0)), (K.ESCALATED, (2, 11, 10))], at(2026, 3, 5, 15, 0)),
])
def test_waiting_for_documents_moves_the_solution_deadline(cal, history, deadline):
    """The solution deadline moves later by all the office time the consultation spent waiting
    for the stakeholder's documents (DOMAIN.md: the stakeholder's delay never counts)."""
    events = [ev(kind, at(2026, 3, d, hh, mm)) for kind, (d, hh, mm) in history]
    clock = solution_clock(events, cal, 3, at(2026, 3, 4, 9, 0))
    assert clock.deadline == deadline
    if deadline != at(2026, 3, 5, 15, 0):
        assert "selama menunggu dokumen dari stakeholder" in " ".join(clock.explanation)


@pytest.mark.parametrize("history, now, status, deadline", [
    # Monday 2 March 2026, escalated at once: due Thursday 5 March, 15:00. Documents asked for
    # Tuesday 10:00, received Wednesday 10:00: 300 + 120 office minutes move it to Friday 15:00.
    ([(K.DOCUMENTS_REQUESTED, (3, 10, 0)), (K.DOCUMENTS_RECEIVED, (4, 10, 0)),
      (K.RESOLVED, (6, 14, 0))], (9, 9, 0), ClockStatus.MET, at(2026, 3, 6, 15, 0)),
    # The same without the documents: resolved on Friday, a day late.
    ([(K.RESOLVED, (6, 14, 0))], (9, 9, 0), ClockStatus.BREACHED, at(2026, 3, 5, 15, 0)),
    # Still awaited: the clock waits (no deadline, no breach), however long it takes.
    ([(K.DOCUMENTS_REQUESTED, (3, 10, 0))], (20, 9, 0), ClockStatus.PAUSED, None),
    # Received: the deadline moves by the wait (Tue 10:00 - Fri 10:00: 300 + 420 + 420 + 120
    # = 1260 office minutes after Thursday's close: Fri, Mon, then Tuesday 10 March, 15:00),
    # then it runs again.
    ([(K.DOCUMENTS_REQUESTED, (3, 10, 0)), (K.DOCUMENTS_RECEIVED, (6, 10, 0))], (9, 9, 0),
     ClockStatus.RUNNING, at(2026, 3, 10, 15, 0)),
    # Asked for after the deadline had passed: the breach is final.
    ([(K.DOCUMENTS_REQUESTED, (6, 10, 0)), (K.DOCUMENTS_RECEIVED, (9, 10, 0)),
      (K.RESOLVED, (9, 11, 0))], (10, 9, 0), ClockStatus.BREACHED, at(2026, 3, 5, 15, 0)),
    # Resolved while still waiting: the wait ends at the resolution (Tue 10:00 - Fri 09:00,
    # 1200 minutes: Fri, Mon, and 360 on Tuesday 10 March).
    ([(K.DOCUMENTS_REQUESTED, (3, 10, 0)), (K.RESOLVED, (6, 9, 0))], (9, 9, 0),
     ClockStatus.MET, at(2026, 3, 10, 14, 0)),
])
def test_documents_asked_for_during_the_escalation_move_the_solution_deadline(
        cal, history, now, status, deadline):
    """DOMAIN.md: the deadline moves by all office time spent waiting for the stakeholder's
    documents, before or after the escalation; a deadline already passed stays passed."""
    events = [ev(K.RECEIVED, at(2026, 3, 2, 9, 0)), ev(K.ESCALATED, at(2026, 3, 2, 9, 10))]
    events += [ev(kind, at(2026, 3, d, hh, mm)) for kind, (d, hh, mm) in history]
    clock = solution_clock(events, cal, 3, at(2026, 3, *now))
    assert (clock.status, clock.deadline) == (status, deadline)
    if status is ClockStatus.PAUSED:
        assert "menunggu dokumen" in " ".join(clock.explanation)


def _plain_working_day(d: date) -> bool:
    """DOMAIN.md, default calendar: Monday-Friday, not a national holiday nor cuti bersama."""
    import holidays

    return d.weekday() < 5 and d not in holidays.country_holidays(
        "ID", years=d.year, categories=("public", "government"))


@settings(max_examples=200, deadline=None, database=None)
@given(day=st.integers(0, 364), minute=st.integers(0, 24 * 60 - 1),
       waited=st.integers(0, 300))
def test_solution_deadline_recounted_from_the_rules(cal, day, minute, waited):
    """Received at any minute of 2026 and escalated at once (after a wait for documents of
    ``waited`` office minutes inside the day's hours when it is a working morning): the deadline
    is 15:00 on the 3rd working day after the consultation day (the day of receipt when a
    working day before 15:00, else the next working day), moved by the minutes waited."""
    received = datetime.combine(date(2026, 1, 1) + timedelta(days=day), time(), WITA) + \
        timedelta(minutes=minute)
    d = received.date()
    consultation = d if _plain_working_day(d) and received.time() < time(15) else None
    if consultation is None:
        consultation = d + timedelta(days=1)
        while not _plain_working_day(consultation):
            consultation += timedelta(days=1)
    due, n = consultation, 0
    while n < 3:
        due += timedelta(days=1)
        n += _plain_working_day(due)
    expected = datetime.combine(due, time(15), WITA)
    events = [ev(K.RECEIVED, received)]
    if waited and consultation == d and time(8) <= received.time() <= time(9):
        # A wait that fits the day's hours (received by 09:00, back by 14:00 at the latest).
        events += [ev(K.DOCUMENTS_REQUESTED, received),
                   ev(K.DOCUMENTS_RECEIVED, received + timedelta(minutes=waited))]
        nxt = due + timedelta(days=1)
        while not _plain_working_day(nxt):
            nxt += timedelta(days=1)
        expected = datetime.combine(nxt, time(8), WITA) + timedelta(minutes=waited)
    last = events[-1].at
    events.append(ev(K.ESCALATED, last))
    clock = solution_clock(events, cal, 3, last + timedelta(minutes=1))
    assert clock.deadline == expected


@settings(max_examples=200, deadline=None, database=None)
@given(start=st.integers(0, 300), gaps=st.lists(st.integers(0, 4 * 24 * 60), max_size=6),
       every=st.integers(1, 3), later=st.integers(0, 20 * 24 * 60),
       escalated_after=st.integers(0, 3 * 24 * 60))
def test_an_open_escalation_s_missed_days_since_its_last_update_are_the_progress_clock_s(
        cal, start, gaps, every, later, escalated_after):
    """``progress_missed_since_update`` (what a report reads of many open escalations) gives
    exactly the progress clock's missed days after the day of the last update (all of them
    without one), for any escalation, updates and moment; those before were stored with it.
    From the two days stored with the cycle at its last event, as the clock counted them then."""
    received = datetime.combine(date(2026, 1, 5) + timedelta(days=start), time(9), WITA)
    escalated = received + timedelta(minutes=escalated_after)
    events = [ev(K.RECEIVED, received), ev(K.ESCALATED, escalated)]
    t = escalated
    for gap in gaps:
        t += timedelta(minutes=gap)
        events.append(ev(K.PROGRESS_UPDATE, t))
    now = t + timedelta(minutes=later)
    clock = progress_clock(events, cal, every, now)
    last_update = t if gaps else None
    want = tuple(d for d in clock.missed_days if last_update is None or d > last_update.date())
    stored = progress_clock(events, cal, every, t)          # as the last event stored it
    assert stored.started_at.date() == cal.local(escalated).date()
    due = progress_due_days(stored.started_at.date(), cal, now)
    assert progress_missed_since_update(due, stored.last_credited, every) == want

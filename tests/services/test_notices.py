"""Which passed limits reach whom: the notices of the main window come from ``limits_passed``."""

from __future__ import annotations

import datetime as dt

from kppn_desktop.services import consultations as svc
from kppn_desktop.services.inbox import limits_passed

from .helpers import take, wita

UTC = dt.timezone.utc


def test_a_passed_limit_reaches_who_must_act_on_it_once(office):
    [late] = take(office, wita(2026, 3, 17, 9, 0)).consultations          # due 09:20
    [answered] = take(office, wita(2026, 3, 17, 9, 1)).consultations
    svc.resolve(office.cso, answered.id, "Dijawab.", expected_version=answered.version,
                at=wita(2026, 3, 17, 9, 10))
    [waiting] = take(office, wita(2026, 3, 17, 9, 2)).consultations
    svc.request_documents(office.cso, waiting.id, "SPM", expected_version=waiting.version,
                          at=wita(2026, 3, 17, 9, 5))                      # paused: no limit
    [up] = take(office, wita(2026, 3, 17, 9, 3)).consultations
    up = svc.escalate(office.cso, up.id, section_id=office.sections["PDMS"], reason="Konfirmasi",
                      contact_person="Nur", contact_phone="081244556677",
                      expected_version=up.version, at=wita(2026, 3, 17, 9, 6))

    morning = wita(2026, 3, 17, 8, 0)
    assert limits_passed(office.cso, morning, wita(2026, 3, 17, 9, 19)) == []
    [passed] = limits_passed(office.cso, morning, wita(2026, 3, 17, 9, 30))
    assert (passed.consultation_id, passed.clock, passed.due_at) == (
        late.id, "layanan", wita(2026, 3, 17, 9, 20).astimezone(UTC))
    # Told once: the next look starts where the last one ended.
    assert limits_passed(office.cso, wita(2026, 3, 17, 9, 30), wita(2026, 3, 17, 12, 0)) == []
    # Not the other CSO's, not a Kepala Seksi's, not the administrator's.
    assert limits_passed(office.cso2, morning, wita(2026, 3, 17, 9, 30)) == []
    assert limits_passed(office.kasi, morning, wita(2026, 3, 17, 9, 30)) == []
    assert limits_passed(office.admin, morning, wita(2026, 3, 17, 9, 30)) == []

    after = up.solution_due_at + dt.timedelta(minutes=1)
    solution = [(p.consultation_id, p.clock) for p in limits_passed(office.kasi, morning, after)]
    assert solution == [(up.id, "solusi")]
    assert limits_passed(office.kasi_bank, morning, after) == []
    mine = [(p.consultation_id, p.clock) for p in limits_passed(office.cso, morning, after)]
    assert mine == [(late.id, "layanan"), (up.id, "solusi")]
    # At login: everything of theirs still open and past its limit.
    assert [p.consultation_id for p in limits_passed(office.cso, None, after)] == [late.id, up.id]


def _seen(actor, at):
    from kppn_desktop.services.inbox import desk_notices

    return [(n.consultation_id, n.kind, n.due_at.replace(tzinfo=None))
            for n in desk_notices(actor, at)]


def test_a_desk_is_told_what_to_act_on_today_in_office_time_only(office):
    """DOMAIN.md's example: received and escalated Tuesday 17 March 2026, the solution is due
    Friday 27 March 15:00 WITA; the first working day after the escalation is 25 March (18, 20,
    23 and 24 cuti bersama, 19 Nyepi, a weekend), whose close is the first progress update's."""
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    c = svc.escalate(office.cso, c.id, section_id=office.sections["PDMS"], reason="Konfirmasi",
                     contact_person="Nur", contact_phone="081244556677",
                     expected_version=c.version, at=wita(2026, 3, 17, 9, 10))
    [mine] = take(office, wita(2026, 3, 25, 8, 30)).consultations          # service due 08:50
    progress = lambda day: (c.id, "progres", dt.datetime(2026, 3, day, 15, 0))  # noqa: E731
    solution_due = dt.datetime(2026, 3, 27, 15, 0)

    # The escalation informs for its own day; nothing is due on it.
    assert _seen(office.kasi, wita(2026, 3, 17, 10, 0)) == []
    assert _seen(office.kasi, wita(2026, 3, 25, 8, 40)) == [progress(25)]
    assert _seen(office.cso, wita(2026, 3, 25, 8, 40)) == [progress(25)]
    assert _seen(office.cso, wita(2026, 3, 25, 9, 0)) == [
        (mine.id, "terlambat", dt.datetime(2026, 3, 25, 8, 50)), progress(25)]
    # 25 March ended without an update (missed); on the 26th today's is due.
    assert _seen(office.kasi, wita(2026, 3, 26, 10, 0)) == [progress(26)]
    assert _seen(office.kasi, wita(2026, 3, 27, 10, 0)) == [
        (c.id, "jatuh_tempo", solution_due), progress(27)]
    # Outside office hours and on days off, nobody is at the desk.
    assert _seen(office.kasi, wita(2026, 3, 27, 15, 30)) == []
    assert _seen(office.kasi, wita(2026, 3, 28, 10, 0)) == []
    assert _seen(office.kasi, wita(2026, 3, 30, 9, 0)) == [
        (c.id, "terlambat", solution_due), progress(30)]
    # Today's update given: only the late solution is left.
    c = svc.record_progress(office.kasi, c.id, "Masih diproses.", channel="telepon",
                            expected_version=c.version, at=wita(2026, 3, 30, 9, 30))
    assert _seen(office.kasi, wita(2026, 3, 30, 10, 0)) == [(c.id, "terlambat", solution_due)]
    # Not another section's Kepala Seksi, not another CSO, not the administrator.
    assert _seen(office.kasi_bank, wita(2026, 3, 30, 10, 0)) == []
    assert _seen(office.cso2, wita(2026, 3, 30, 10, 0)) == []
    assert _seen(office.admin, wita(2026, 3, 30, 10, 0)) == []

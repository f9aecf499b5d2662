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

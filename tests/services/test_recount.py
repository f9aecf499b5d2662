"""Calendar corrections reach the stored figures: a closure entered afterwards for a past day
changes the clocks it touches, and the recount corrects them and the report sums and records it
(issue 10, item 3; ``kppn-desktop db recount``)."""

from __future__ import annotations

import datetime as dt

from kppn_desktop.services import consultations as svc
from kppn_desktop.services import office as office_service
from kppn_desktop.services import queries, reports
from kppn_desktop.storage.models import Event

from .helpers import take, wita


def test_a_closure_entered_afterwards_is_recounted_and_recorded(office):
    # Tuesday 14:50: 10 office minutes that day, the other 10 on Wednesday from 08:00.
    [c] = take(office, wita(2026, 3, 10, 14, 50)).consultations
    c = svc.resolve(office.cso, c.id, "Dijawab.", expected_version=c.version,
                    at=wita(2026, 3, 11, 9, 0))
    assert c.service_met is False
    first = office_service.recount_clocks(office.admin)
    assert not first.changed and first.checked == 1           # consistent: nothing to do

    before = reports.service_report(office.admin, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    # The office was in fact closed that Wednesday (entered later): the answer came on a closed
    # day, no office minute after Tuesday's ten was used.
    office_service.set_closure(office.admin, dt.date(2026, 3, 11), "Banjir, kantor tutup")
    events = Event.select().count()
    found = office_service.recount_clocks(office.admin)
    assert list(found.consultations) == [c.number] and found.sums
    assert queries.summary_of(c.id).service_met is True
    assert Event.select().count() == events + 1                 # the correction is in the history
    after = reports.service_report(office.admin, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert after != before
    assert not office_service.recount_clocks(office.admin).changed

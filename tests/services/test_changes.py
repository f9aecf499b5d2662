"""What the poller learns: which consultations changed since its last look, or that anything may
have (an administration change)."""

from __future__ import annotations

from kppn_desktop.services import consultations as svc
from kppn_desktop.services import settings, system

from .helpers import take, wita


def test_changes_since_names_the_consultations_or_says_anything(office):
    [a] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    [b] = take(office, wita(2026, 3, 17, 9, 1)).consultations
    marker = system.change_marker()
    assert system.changes_since(marker) == (marker, frozenset())
    svc.request_documents(office.cso, a.id, "SPM", expected_version=a.version,
                          at=wita(2026, 3, 17, 9, 5))
    later, ids = system.changes_since(marker)
    assert later > marker and ids == frozenset({a.id})
    svc.resolve(office.cso, b.id, "Dijawab.", expected_version=b.version,
                at=wita(2026, 3, 17, 9, 6))
    assert system.changes_since(marker)[1] == frozenset({a.id, b.id})
    settings.change(office.admin, settings.IDLE_LOCK_MINUTES, 15)      # an administration event
    assert system.changes_since(later)[1] is None

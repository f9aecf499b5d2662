"""Two workstations at once: separate connections (threads) on the same database."""

from __future__ import annotations

import threading

from kppn_desktop.domain.errors import ConflictError
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import queries
from kppn_desktop.storage import clock_columns, history
from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import Event

from .helpers import take, wita


def _run_together(*jobs):
    """Start every job in its own thread (its own connection) at the same moment."""
    barrier = threading.Barrier(len(jobs))
    results: list = [None] * len(jobs)

    def runner(i, job):
        try:
            barrier.wait()
            results[i] = job()
        except Exception as exc:  # noqa: BLE001 - the test inspects what each side got
            results[i] = exc
        finally:
            db.close()

    threads = [threading.Thread(target=runner, args=(i, job)) for i, job in enumerate(jobs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_two_workstations_change_one_consultation_one_gets_a_conflict(office):
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    results = _run_together(
        lambda: svc.resolve(office.cso, c.id, "Jawaban meja 1", expected_version=c.version,
                            at=wita(2026, 3, 17, 9, 10)),
        lambda: svc.request_documents(office.cso2, c.id, "Minta SPM", expected_version=c.version,
                                      at=wita(2026, 3, 17, 9, 10)),
    )
    conflicts = [r for r in results if isinstance(r, ConflictError)]
    saved = [r for r in results if not isinstance(r, Exception)]
    assert len(conflicts) == 1 and len(saved) == 1, results
    final = queries.summary_of(c.id)
    assert final.state == saved[0].state and final.version == c.version + 1
    detail = queries.get_consultation(office.cso, c.id)
    assert len(detail.timeline) == 2        # received + the one change that won


def test_workstations_saving_at_the_same_second_get_distinct_numbers(office):
    results = _run_together(*[
        (lambda i=i: take(office, wita(2026, 3, 17, 9, 0), request_key=f"ws{i}"))
        for i in range(6)])
    assert not [r for r in results if isinstance(r, Exception)], results
    numbers = sorted(r.consultations[0].number for r in results)
    assert numbers == [f"121-20260317-{n:04d}" for n in range(1, 7)]
    # Given as each save ends: what is stored and searched is the number, never a placeholder.
    for number in numbers:
        [found] = queries.list_consultations(office.cso, queries.ListFilter(text=number))
        assert found.number == number
    assert history.verify_chain().ok


def test_several_desks_saving_at_once_keep_the_chain_whole_and_the_sums_exact(office):
    """Takes, resolutions and escalations of several desks at once, each writing the shared sums
    and the chain's links at its end: the history verifies in one unbroken order and a full
    recount of the sums changes nothing."""
    taken = [take(office, wita(2026, 3, 17, 9, i)).consultations[0] for i in range(4)]
    jobs = [lambda i=i: take(office, wita(2026, 3, 17, 10, i), request_key=f"meja{i}")
            for i in range(4)]
    jobs += [lambda c=c: svc.resolve(office.cso, c.id, "Dijawab.", expected_version=c.version,
                                     at=wita(2026, 3, 17, 10, 30)) for c in taken[:2]]
    jobs += [lambda c=c: svc.escalate(office.cso2, c.id, section_id=office.sections["PDMS"],
                                      reason="Perlu seksi.", contact_person="Bendahara",
                                      contact_phone="081234567890", expected_version=c.version,
                                      at=wita(2026, 3, 17, 10, 30)) for c in taken[2:]]
    results = _run_together(*jobs)
    assert not [r for r in results if isinstance(r, Exception)], results
    report = history.verify_chain()
    assert report.ok and report.events_checked == Event.select().count()
    assert not clock_columns.recount().changed


def test_the_same_save_sent_from_two_connections_at_once_is_stored_once(office):
    from kppn_desktop.storage.models import Consultation

    results = _run_together(*[
        (lambda: take(office, wita(2026, 3, 17, 9, 0), request_key="retry-1")) for _ in range(3)])
    assert not [r for r in results if isinstance(r, Exception)], results
    assert len({r.visit_id for r in results}) == 1
    assert Consultation.select().count() == 1

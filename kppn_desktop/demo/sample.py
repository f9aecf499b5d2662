"""``sample-data``: a living sample office, through the services (a few hundred consultations) or
in batches by the bulk writer (from ``sample_data.BULK_FROM`` on), with the sample library."""

from __future__ import annotations

import datetime as dt
import random

from kppn_desktop.demo import sample_bulk, sample_library
from kppn_desktop.demo.sample_data import (
    BULK_FROM,
    SampleReport,
    kanwil_offices,
    made_here,
    prepare,
    queued_online_messages,
    through_services,
)
from kppn_desktop.storage import library_index
from kppn_desktop.storage.models import utcnow

__all__ = ["generate", "made_here"]


def generate(*, consultations: int = 400, months: int = 4, seed: int = 2026,
             progress=lambda text: None, now: dt.datetime | None = None,
             bulk: bool | None = None, offices: int | None = None) -> SampleReport:
    """Fill the open database with ``consultations`` consultations spread over the last ``months``
    months up to ``now``: through the real services, or from ``BULK_FROM`` on (or with ``bulk``)
    written in batches by ``sample_bulk`` with the same courses, clocks and history. With
    ``offices``: a Kanwil with that many KPPNs, each with its own users, sections, categories,
    FAQ and ``consultations`` consultations."""
    rng = random.Random(seed)
    now = now or utcnow()
    report = SampleReport()
    if offices is None:
        _office(rng, consultations, months, now, report, progress, bulk, None, True)
        return report
    for n, office_id in enumerate(kanwil_offices(offices, report)):
        progress(f"Kantor {n + 1} dari {offices}")
        _office(random.Random(f"{seed}-{n}"), consultations, months, now, report, progress, bulk,
                office_id, n == 0)
    return report


def _office(rng, consultations, months, now, report, progress, bulk, office_id,
            regulations: bool) -> None:
    office = prepare(rng, consultations, months, now, report, office_id)
    if office is None:
        return
    if office.kasis:
        sample_library.stock(next(iter(office.kasis.values())), regulations=regulations)
    if bulk or (bulk is None and consultations >= BULK_FROM):
        sample_bulk.write(rng, office, now, report, progress)
        library_index.rebuild_answers()     # the bulk writer bypasses the services' indexing
    else:
        through_services(rng, office, now, report, progress)
    if office.queued:
        queued_online_messages(rng, office.calendar, office.categories, office.csos,
                               office.people, now, report)

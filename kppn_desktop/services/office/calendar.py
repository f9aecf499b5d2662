"""The service standard and the office calendar: weekly hours, hours for some days, closures;
the recount of stored clocks after a correction."""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kppn_desktop.domain import workflow
from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.errors import NotFound, ValidationError
from kppn_desktop.domain.standards import ServiceStandard
from kppn_desktop.services import settings
from kppn_desktop.services.context import Actor, audit, require, transaction
from kppn_desktop.storage import office_rules, transactions
from kppn_desktop.storage.models import Closure, HoursOverride

if TYPE_CHECKING:
    from kppn_desktop.storage.clock_columns import Recount



def service_standard(office_id: int | None = None) -> ServiceStandard:
    """The service standard of office ``office_id`` (None: the default office); read once in a
    service's transaction (``transactions.remembered``)."""
    office = office_rules.office_of(office_id) or 0
    return transactions.remembered(("standard", office),
                                   lambda: service_standards([office])[office])


def service_standards(office_ids: list[int]) -> dict[int, ServiceStandard]:
    """office -> :func:`service_standard` of each office of ``office_ids``, in one read."""
    keys = [settings.SERVICE_MINUTES, settings.SOLUTION_WORKING_DAYS,
            settings.PROGRESS_EVERY_WORKING_DAYS, settings.STANDARD_REFERENCE]
    return {office: ServiceStandard(
        service_minutes=values[settings.SERVICE_MINUTES.name],
        solution_working_days=values[settings.SOLUTION_WORKING_DAYS.name],
        progress_every_working_days=values[settings.PROGRESS_EVERY_WORKING_DAYS.name],
        standard_reference=values[settings.STANDARD_REFERENCE.name])
        for office, values in settings.get_of_offices(keys, office_ids).items()}


def _build_calendar(office_id: int | None = None) -> OfficeCalendar:
    office_id = office_rules.office_of(office_id)
    return office_rules.office_calendar(settings.get(settings.WEEKLY_HOURS, office_id),
                                        office_id=office_id)


_calendar_cache: dict[tuple, OfficeCalendar] = {}
#: Two workers ask for the calendar as the main window opens (the intake page's office data, the
#: limit notices): the second waits for the first one's calendar instead of building its own.
_calendar_lock = threading.Lock()


def office_calendar(office_id: int | None = None) -> OfficeCalendar:
    """The calendar of office ``office_id`` (None: the default office) as configured in the open
    database: its time zone, hours and closures. Rebuilt only when an administrator changed it
    (any workstation), so the holiday lists are loaded once per office. In a service's
    transaction its revision is read once (``transactions.remembered``): a take read it three
    times."""
    office_id = office_rules.office_of(office_id)
    return transactions.remembered(("calendar", office_id), lambda: _current_calendar(office_id))


def _current_calendar(office_id: int | None) -> OfficeCalendar:
    from kppn_desktop.storage.database import current_database  # noqa: PLC0415

    info = current_database()
    url = info.url if info else None
    key = (url, office_id, settings.get(settings.CALENDAR_REVISION, office_id))
    with _calendar_lock:
        calendar = _calendar_cache.get(key)
        if calendar is None:
            for old in [k for k in _calendar_cache if k[:2] == key[:2] or k[0] != url]:
                del _calendar_cache[old]
            calendar = _calendar_cache[key] = _build_calendar(office_id)
    return calendar


def ready_calendar(now: dt.datetime | None = None, office_id: int | None = None) -> OfficeCalendar:
    """:func:`office_calendar` with the year of ``now`` already classified: a worker calls it
    before handing the calendar to the GUI thread, so the first holiday list (tens of
    milliseconds) is never loaded there."""
    calendar = office_calendar(office_id)
    calendar.hours_on(now or dt.datetime.now(dt.timezone.utc))
    return calendar


EVERYTHING = "semua"


def _bump_calendar(since: dt.date | None, office_id: int) -> None:
    """The calendar of office ``office_id`` changed (inside the caller's transaction): a new
    revision for the views, and the earliest day whose clocks the next recount of that office
    must count again (``since`` None: all)."""
    settings.put(settings.CALENDAR_REVISION,
                 settings.get(settings.CALENDAR_REVISION, office_id) + 1, office_id)
    pending = settings.get(settings.RECOUNT_FROM, office_id)
    if since is None or pending == EVERYTHING:
        mark = EVERYTHING
    elif pending:
        mark = min(dt.date.fromisoformat(pending), since).isoformat()
    else:
        mark = since.isoformat()
    settings.put(settings.RECOUNT_FROM, mark, office_id)


def _hours_json(hours: dict[int, tuple[dt.time, dt.time] | None]) -> dict:
    out, errors = {}, {}
    for day in range(7):
        span = hours.get(day)
        if span is None:
            out[str(day)] = None
            continue
        start, end = span
        if end <= start:
            errors[f"hours_{day}"] = "Jam tutup harus sesudah jam buka."
        out[str(day)] = [start.strftime("%H:%M"), end.strftime("%H:%M")]
    if errors:
        raise ValidationError(errors)
    return out


def weekly_hours(office_id: int | None = None) -> dict[int, tuple[dt.time, dt.time] | None]:
    """Office hours per weekday (0 = Monday); None for a closed weekday."""
    return office_rules.parse_hours(settings.get(settings.WEEKLY_HOURS, office_id))


@dataclass(frozen=True)
class HoursOverrideInfo:
    id: int
    first_day: dt.date
    last_day: dt.date
    hours: dict
    note: str


@dataclass(frozen=True)
class ClosureInfo:
    day: dt.date
    kind: str          # 'tutup' or 'buka'
    reason: str


def list_hours_overrides(office_id: int | None = None) -> list[HoursOverrideInfo]:
    office_id = office_rules.office_of(office_id)
    return [HoursOverrideInfo(o.id, o.first_day, o.last_day, office_rules.parse_hours(json.loads(o.hours)),
                              o.note)
            for o in HoursOverride.select().where(HoursOverride.office == office_id)
            .order_by(HoursOverride.first_day)]


def remove_hours_override(actor: Actor, override_id: int) -> None:
    office_id = require(actor, workflow.Action.MANAGE_OFFICE)
    with transaction():
        mine = (HoursOverride.id == override_id) & (HoursOverride.office == office_id)
        first = HoursOverride.select(HoursOverride.first_day).where(mine).scalar()
        if not HoursOverride.delete().where(mine).execute():
            raise NotFound("Jam khusus tidak ditemukan.")
        _bump_calendar(first, office_id)
        audit(actor, "calendar", "hapus jam khusus", id=override_id)


def list_closures(office_id: int | None = None) -> list[ClosureInfo]:
    office_id = office_rules.office_of(office_id)
    return [ClosureInfo(c.day, c.kind, c.reason)
            for c in Closure.select().where(Closure.office == office_id).order_by(Closure.day)]


def set_weekly_hours(actor: Actor, hours: dict[int, tuple[dt.time, dt.time] | None]) -> None:
    office_id = require(actor, workflow.Action.MANAGE_OFFICE)
    value = _hours_json(hours)
    with transaction():
        settings.put(settings.WEEKLY_HOURS, value, office_id)
        _bump_calendar(None, office_id)
        audit(actor, "calendar", "ubah jam layanan", jam=value)


def add_hours_override(actor: Actor, first_day: dt.date, last_day: dt.date,
                       hours: dict[int, tuple[dt.time, dt.time] | None], note: str = "") -> int:
    """Different hours for a date range (e.g. Ramadan)."""
    office_id = require(actor, workflow.Action.MANAGE_OFFICE)
    if last_day < first_day:
        raise ValidationError({"last_day": "Tanggal akhir tidak boleh sebelum tanggal awal."})
    value = {str(d): v for d, v in _hours_json(hours).items() if int(d) in hours}
    with transaction():
        row = HoursOverride.create(office=office_id, first_day=first_day, last_day=last_day,
                                   hours=json.dumps(value), note=note.strip())
        _bump_calendar(first_day, office_id)
        audit(actor, "calendar", "tambah jam khusus", dari=first_day, sampai=last_day, jam=value,
              catatan=note)
        return row.id


def set_closure(actor: Actor, day: dt.date, reason: str, *, open_instead: bool = False) -> None:
    """Close the office on ``day`` (or, with ``open_instead``, declare a listed holiday a working
    day: a correction that need not wait for a new holiday list)."""
    office_id = require(actor, workflow.Action.MANAGE_OFFICE)
    if not reason.strip():
        raise ValidationError({"reason": "Alasan wajib diisi."})
    kind = "buka" if open_instead else "tutup"
    with transaction():
        (Closure.insert(office=office_id, day=day, kind=kind, reason=reason.strip())
         .on_conflict(conflict_target=[Closure.office, Closure.day],
                      update={Closure.kind: kind, Closure.reason: reason.strip()}).execute())
        _bump_calendar(day, office_id)
        audit(actor, "calendar", "hari " + kind, tanggal=day, alasan=reason)


def remove_closure(actor: Actor, day: dt.date) -> None:
    office_id = require(actor, workflow.Action.MANAGE_OFFICE)
    with transaction():
        if not Closure.delete().where(Closure.day == day, Closure.office == office_id).execute():
            raise NotFound("Tidak ada penutupan/pembukaan khusus pada tanggal itu.")
        _bump_calendar(day, office_id)
        audit(actor, "calendar", "hapus hari khusus", tanggal=day)


def recount_clocks(actor: Actor | None, progress=lambda done, total: None, *,
                   full: bool = False) -> Recount:
    """The stored clocks and report sums counted again from the history and today's calendar
    and standard (after a calendar correction: a closure entered for a past day, other hours);
    what changed is corrected and recorded in the history. Only the consultations the
    corrections since the last recount can touch (from their earliest day on), unless ``full``
    or a change touched everything. The actor's office only; ``actor`` None: the command line,
    every office. Long on a large database: run it on a worker."""
    if actor is None:
        from kppn_desktop.storage.rollups import offices  # noqa: PLC0415

        found = [_recount_office(None, office, progress, full) for office in offices()]
        return found[0] if len(found) == 1 else _merged(found)
    return _recount_office(actor, require(actor, workflow.Action.MANAGE_OFFICE), progress, full)


def _merged(found: list[Recount]) -> Recount:
    from kppn_desktop.storage.clock_columns import Recount  # noqa: PLC0415

    return Recount(sum(f.checked for f in found),
                   {k: v for f in found for k, v in f.consultations.items()},
                   sorted(k for f in found for k in f.sums))


def _recount_office(actor: Actor | None, office_id: int, progress, full: bool) -> Recount:
    from kppn_desktop.storage import clock_columns  # noqa: PLC0415 - the clock computation

    pending = settings.get(settings.RECOUNT_FROM, office_id)
    since = None if full or pending in ("", EVERYTHING) else dt.date.fromisoformat(pending)
    found = clock_columns.recount(progress, since, office_id)
    with transaction():
        # Done up to what was asked when it began; a correction meanwhile asks again.
        settings.clear_if(settings.RECOUNT_FROM, pending, office_id)
    if found.changed:
        with transaction():
            audit(actor, "calendar", "hitung ulang jam layanan", diperiksa=found.checked,
                  konsultasi_berubah=len(found.consultations), jumlah_laporan_berubah=len(found.sums),
                  nomor=sorted(found.consultations)[:50])
    return found

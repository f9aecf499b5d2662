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
from kppn_desktop.storage import office_rules
from kppn_desktop.storage.models import Closure, HoursOverride

if TYPE_CHECKING:
    from kppn_desktop.storage.clock_columns import Recount



def service_standard() -> ServiceStandard:
    values = settings.get_many([settings.SERVICE_MINUTES, settings.SOLUTION_WORKING_DAYS,
                                settings.PROGRESS_EVERY_WORKING_DAYS, settings.STANDARD_REFERENCE])
    return ServiceStandard(
        service_minutes=values[settings.SERVICE_MINUTES.name],
        solution_working_days=values[settings.SOLUTION_WORKING_DAYS.name],
        progress_every_working_days=values[settings.PROGRESS_EVERY_WORKING_DAYS.name],
        standard_reference=values[settings.STANDARD_REFERENCE.name],
    )


def _build_calendar() -> OfficeCalendar:
    return office_rules.office_calendar(settings.get(settings.WEEKLY_HOURS))


_calendar_cache: dict[tuple, OfficeCalendar] = {}
#: Two workers ask for the calendar as the main window opens (the intake page's office data, the
#: limit notices): the second waits for the first one's calendar instead of building its own.
_calendar_lock = threading.Lock()


def office_calendar() -> OfficeCalendar:
    """The office calendar as configured in the open database. Rebuilt only when an administrator
    changed it (any workstation), so the holiday lists are loaded once."""
    from kppn_desktop.storage.database import current_database  # noqa: PLC0415

    info = current_database()
    key = (info.url if info else None, settings.get(settings.CALENDAR_REVISION))
    with _calendar_lock:
        calendar = _calendar_cache.get(key)
        if calendar is None:
            _calendar_cache.clear()
            calendar = _calendar_cache[key] = _build_calendar()
    return calendar


def ready_calendar(now: dt.datetime | None = None) -> OfficeCalendar:
    """:func:`office_calendar` with the year of ``now`` already classified: a worker calls it
    before handing the calendar to the GUI thread, so the first holiday list (tens of
    milliseconds) is never loaded there."""
    calendar = office_calendar()
    calendar.hours_on(now or dt.datetime.now(dt.timezone.utc))
    return calendar


EVERYTHING = "semua"


def _bump_calendar(since: dt.date | None = None) -> None:
    """The calendar changed (inside the caller's transaction): a new revision for the views, and
    the earliest day whose clocks the next recount must count again (``since`` None: all)."""
    settings.put(settings.CALENDAR_REVISION, settings.get(settings.CALENDAR_REVISION) + 1)
    pending = settings.get(settings.RECOUNT_FROM)
    if since is None or pending == EVERYTHING:
        mark = EVERYTHING
    elif pending:
        mark = min(dt.date.fromisoformat(pending), since).isoformat()
    else:
        mark = since.isoformat()
    settings.put(settings.RECOUNT_FROM, mark)


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


def weekly_hours() -> dict[int, tuple[dt.time, dt.time] | None]:
    """Office hours per weekday (0 = Monday); None for a closed weekday."""
    return office_rules.parse_hours(settings.get(settings.WEEKLY_HOURS))


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


def list_hours_overrides() -> list[HoursOverrideInfo]:
    return [HoursOverrideInfo(o.id, o.first_day, o.last_day, office_rules.parse_hours(json.loads(o.hours)),
                              o.note)
            for o in HoursOverride.select().order_by(HoursOverride.first_day)]


def remove_hours_override(actor: Actor, override_id: int) -> None:
    require(actor, workflow.Action.MANAGE_OFFICE)
    with transaction():
        first = (HoursOverride.select(HoursOverride.first_day)
                 .where(HoursOverride.id == override_id).scalar())
        if not HoursOverride.delete().where(HoursOverride.id == override_id).execute():
            raise NotFound("Jam khusus tidak ditemukan.")
        _bump_calendar(first)
        audit(actor, "calendar", "hapus jam khusus", id=override_id)


def list_closures() -> list[ClosureInfo]:
    return [ClosureInfo(c.day, c.kind, c.reason) for c in Closure.select().order_by(Closure.day)]


def set_weekly_hours(actor: Actor, hours: dict[int, tuple[dt.time, dt.time] | None]) -> None:
    require(actor, workflow.Action.MANAGE_OFFICE)
    value = _hours_json(hours)
    with transaction():
        settings.put(settings.WEEKLY_HOURS, value)
        _bump_calendar()
        audit(actor, "calendar", "ubah jam layanan", jam=value)


def add_hours_override(actor: Actor, first_day: dt.date, last_day: dt.date,
                       hours: dict[int, tuple[dt.time, dt.time] | None], note: str = "") -> int:
    """Different hours for a date range (e.g. Ramadan)."""
    require(actor, workflow.Action.MANAGE_OFFICE)
    if last_day < first_day:
        raise ValidationError({"last_day": "Tanggal akhir tidak boleh sebelum tanggal awal."})
    value = {str(d): v for d, v in _hours_json(hours).items() if int(d) in hours}
    with transaction():
        row = HoursOverride.create(first_day=first_day, last_day=last_day,
                                   hours=json.dumps(value), note=note.strip())
        _bump_calendar(first_day)
        audit(actor, "calendar", "tambah jam khusus", dari=first_day, sampai=last_day, jam=value,
              catatan=note)
        return row.id


def set_closure(actor: Actor, day: dt.date, reason: str, *, open_instead: bool = False) -> None:
    """Close the office on ``day`` (or, with ``open_instead``, declare a listed holiday a working
    day: a correction that need not wait for a new holiday list)."""
    require(actor, workflow.Action.MANAGE_OFFICE)
    if not reason.strip():
        raise ValidationError({"reason": "Alasan wajib diisi."})
    kind = "buka" if open_instead else "tutup"
    with transaction():
        (Closure.insert(day=day, kind=kind, reason=reason.strip())
         .on_conflict(conflict_target=[Closure.day],
                      update={Closure.kind: kind, Closure.reason: reason.strip()}).execute())
        _bump_calendar(day)
        audit(actor, "calendar", "hari " + kind, tanggal=day, alasan=reason)


def remove_closure(actor: Actor, day: dt.date) -> None:
    require(actor, workflow.Action.MANAGE_OFFICE)
    with transaction():
        if not Closure.delete().where(Closure.day == day).execute():
            raise NotFound("Tidak ada penutupan/pembukaan khusus pada tanggal itu.")
        _bump_calendar(day)
        audit(actor, "calendar", "hapus hari khusus", tanggal=day)


def recount_clocks(actor: Actor | None, progress=lambda done, total: None, *,
                   full: bool = False) -> Recount:
    """The stored clocks and report sums counted again from the history and today's calendar
    and standard (after a calendar correction: a closure entered for a past day, other hours);
    what changed is corrected and recorded in the history. Only the consultations the
    corrections since the last recount can touch (from their earliest day on), unless ``full``
    or a change touched everything. ``actor`` None: the command line of a database without
    users. Long on a large database: run it on a worker."""
    from kppn_desktop.storage import clock_columns  # noqa: PLC0415 - the clock computation

    if actor is not None:
        require(actor, workflow.Action.MANAGE_OFFICE)
    pending = settings.get(settings.RECOUNT_FROM)
    since = None if full or pending in ("", EVERYTHING) else dt.date.fromisoformat(pending)
    found = clock_columns.recount(progress, since)
    with transaction():
        # Done up to what was asked when it began; a correction meanwhile asks again.
        settings.clear_if(settings.RECOUNT_FROM, pending)
    if found.changed:
        with transaction():
            audit(actor, "calendar", "hitung ulang jam layanan", diperiksa=found.checked,
                  konsultasi_berubah=len(found.consultations), jumlah_laporan_berubah=len(found.sums),
                  nomor=sorted(found.consultations)[:50])
    return found

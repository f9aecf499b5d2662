"""The office profile, its calendar (hours, closures), sections and categories, and first-run setup."""

from __future__ import annotations

import datetime as dt
import json
import threading
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING

from peewee import JOIN

from kppn_desktop.domain import validation, workflow
from kppn_desktop.domain.calendar import OfficeCalendar
from kppn_desktop.domain.errors import ConflictError, KppnError, NotFound, ValidationError
from kppn_desktop.domain.standards import DEFAULT_TIMEZONE, ServiceStandard
from kppn_desktop.domain.texts import N_, Text
from kppn_desktop.services import settings
from kppn_desktop.services.context import Actor, audit, require, transaction
from kppn_desktop.storage import office_rules
from kppn_desktop.storage.models import Category, Closure, HoursOverride, Office, Section, User

if TYPE_CHECKING:
    from kppn_desktop.storage.clock_columns import Recount


@dataclass(frozen=True)
class OfficeProfile:
    code: str = "121"
    name: str = "KPPN Majene"
    office_type: str = "A2"
    full_name: str = "Kantor Pelayanan Perbendaharaan Negara Tipe A2 Majene"
    address: str = "Jl. Jend. Sudirman No. 96, Majene 91412"
    city: str = "Majene"
    phone: str = "081356270283"
    email: str = ""
    website: str = "https://djpb.kemenkeu.go.id/kppn/majene/id/"
    kanwil: str = "Kantor Wilayah Direktorat Jenderal Perbendaharaan Provinsi Sulawesi Barat"
    timezone: str = DEFAULT_TIMEZONE
    head_name: str = ""
    head_nip: str = ""
    version: int = 0

    def validated(self) -> "OfficeProfile":
        errors: dict[str, str] = {}
        values = asdict(self)
        for name, value in values.items():           # every text one clean line first
            if name != "version":
                values[name] = validation.clean_text_into(errors, value, name, "Isian")
        for name, label in (("name", N_("Nama kantor")), ("city", N_("Kota")),
                            ("timezone", N_("Zona waktu"))):
            if not str(values[name]).strip():
                errors[name] = Text(N_("{label} wajib diisi."), label=Text(label))
        try:
            values["code"] = validation.kode_kppn(self.code, "code")
        except ValidationError as exc:
            errors.update(exc.errors)
        try:
            import zoneinfo
            zoneinfo.ZoneInfo(self.timezone)
        except Exception:
            errors["timezone"] = "Zona waktu tidak dikenal (contoh: Asia/Makassar)."
        if self.head_nip.strip():
            try:
                values["head_nip"] = validation.nip(self.head_nip, "head_nip")
            except ValidationError as exc:
                errors.update(exc.errors)
        if errors:
            raise ValidationError(errors)
        return OfficeProfile(**{k: (v.strip() if isinstance(v, str) else v)
                                for k, v in values.items()})


_PROFILE_FIELDS = [f.name for f in fields(OfficeProfile) if f.name != "version"]


def _profile(row: Office) -> OfficeProfile:
    return OfficeProfile(**{name: getattr(row, name) for name in _PROFILE_FIELDS},
                         version=row.version)


def office_row() -> Office:
    row = Office.select().order_by(Office.id).first()
    if row is None:
        raise NotFound("Profil kantor belum diisi. Jalankan penyiapan awal.")
    return row


def get_office() -> OfficeProfile | None:
    row = Office.select().order_by(Office.id).first()
    return _profile(row) if row else None


def save_office(actor: Actor, profile: OfficeProfile) -> OfficeProfile:
    """Update the office profile. ``profile.version`` must be the version that was read."""
    require(actor, workflow.Action.MANAGE_OFFICE)
    clean = profile.validated()
    with transaction():
        row = office_row()
        values = {name: getattr(clean, name) for name in _PROFILE_FIELDS}
        changed = (Office.update(**values, version=Office.version + 1)
                   .where(Office.id == row.id, Office.version == profile.version).execute())
        if not changed:
            raise ConflictError("Profil kantor telah diubah di workstation lain. Muat ulang, "
                                "lalu simpan kembali perubahan Anda.")
        audit(actor, "office", "ubah profil kantor", **values)
        _bump_calendar()   # the time zone may have changed
        return _profile(Office.get_by_id(row.id))


# --- Standard and calendar -------------------------------------------------------------------

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


# --- Sections and categories ---------------------------------------------------------------

DEFAULT_SECTIONS = (
    ("PDMS", "Seksi Pencairan Dana dan Manajemen Satker"),
    ("BANK", "Seksi Bank"),
    ("VERAKI", "Seksi Verifikasi, Akuntansi dan Kepatuhan Internal"),
    ("UMUM", "Subbagian Umum"),
)

DEFAULT_CATEGORIES = (
    ("Pencairan dana / SPM–SP2D (LS, UP/GUP/TUP, SPM ditolak)", "PDMS"),
    ("Data supplier & kontrak", "PDMS"),
    ("Retur / koreksi / ralat SP2D", "BANK"),
    ("UP/TUP, KKP, Digipay", "PDMS"),
    ("Gaji & SKPP", "PDMS"),
    ("LPJ bendahara", "VERAKI"),
    ("Rekonsiliasi & laporan keuangan", "VERAKI"),
    ("Penerimaan negara (MPN/billing, konfirmasi setoran, pengembalian)", "BANK"),
    ("Rekening pemerintah", "BANK"),
    ("Hibah & BLU", "VERAKI"),
    ("DIPA, revisi, RPD, capaian output, IKPA", "PDMS"),
    ("DAK fisik & dana desa", "PDMS"),
    ("Aplikasi (SAKTI per modul, OM SPAN/MyIntress, user/OTP)", "VERAKI"),
    ("Sertifikasi pejabat perbendaharaan", "PDMS"),
    ("Akhir tahun anggaran", "PDMS"),
    ("Lainnya", "UMUM"),
)


@dataclass(frozen=True)
class SectionInfo:
    id: int
    code: str
    name: str
    active: bool


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    name: str
    section_id: int | None
    section_name: str
    service_minutes: int | None   # None: the office standard
    sort_order: int
    active: bool


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


def list_sections(active_only: bool = True) -> list[SectionInfo]:
    query = Section.select().order_by(Section.id)
    if active_only:
        query = query.where(Section.active)
    return [SectionInfo(s.id, s.code, s.name, s.active) for s in query]


def list_categories(active_only: bool = True) -> list[CategoryInfo]:
    query = (Category.select(Category, Section).join(Section, join_type=JOIN.LEFT_OUTER)
             .order_by(Category.sort_order, Category.id))
    if active_only:
        query = query.where(Category.active)
    return [CategoryInfo(c.id, c.name, c.section_id, c.section.name if c.section_id else "",
                         c.service_minutes, c.sort_order, c.active) for c in query]


def save_section(actor: Actor, code: str, name: str, *, section_id: int | None = None,
                 active: bool = True) -> int:
    require(actor, workflow.Action.MANAGE_CATEGORIES)
    errors = {}
    code = validation.clean_text_into(errors, code, "code", "Kode seksi")
    name = validation.clean_text_into(errors, name, "name", "Nama seksi")
    if not code and "code" not in errors:
        errors["code"] = "Kode seksi wajib diisi."
    if not name and "name" not in errors:
        errors["name"] = "Nama seksi wajib diisi."
    if errors:
        raise ValidationError(errors)
    with transaction():
        clash = Section.get_or_none((Section.code == code.strip().upper()) & (Section.id != (section_id or 0)))
        if clash:
            raise ValidationError({"code": "Kode seksi sudah dipakai."})
        values = dict(code=code.strip().upper(), name=name.strip(), active=active)
        if section_id is None:
            section_id = Section.create(**values).id
        elif not Section.update(**values).where(Section.id == section_id).execute():
            raise NotFound("Seksi tidak ditemukan.")
        audit(actor, f"section:{section_id}", "simpan seksi", **values)
        return section_id


def save_category(actor: Actor, name: str, section_id: int | None, *,
                  service_minutes: int | None = None, category_id: int | None = None,
                  sort_order: int = 0, active: bool = True) -> int:
    require(actor, workflow.Action.MANAGE_CATEGORIES)
    errors = {}
    name = validation.clean_text_into(errors, name, "name", "Nama kategori")
    if not name and "name" not in errors:
        errors["name"] = "Nama kategori wajib diisi."
    if service_minutes is not None and (isinstance(service_minutes, bool)
                                        or not isinstance(service_minutes, int)
                                        or not 1 <= service_minutes <= 600):
        errors["service_minutes"] = "Target layanan harus 1–600 menit."
    if section_id is not None and (validation.record_id(section_id) is None
                                   or Section.get_or_none(Section.id == section_id) is None):
        errors["section"] = "Seksi tidak ditemukan."
    if errors:
        raise ValidationError(errors)
    with transaction():
        clash = Category.get_or_none((Category.name == name.strip()) & (Category.id != (category_id or 0)))
        if clash:
            raise ValidationError({"name": "Nama kategori sudah dipakai."})
        values = dict(name=name.strip(), section=section_id, service_minutes=service_minutes,
                      sort_order=sort_order, active=active)
        if category_id is None:
            category_id = Category.create(**values).id
        elif not Category.update(**values).where(Category.id == category_id).execute():
            raise NotFound("Kategori tidak ditemukan.")
        audit(actor, f"category:{category_id}", "simpan kategori", **values)
        return category_id


# --- First run -------------------------------------------------------------------------------

def needs_setup() -> bool:
    """True on an empty database: no office profile or no administrator yet."""
    return Office.select().count() == 0 or User.select().where(User.role == "admin").count() == 0


def setup_office(profile: OfficeProfile, *, admin_username: str, admin_full_name: str,
                 admin_password: str) -> Actor:
    """First run: store the office profile, the default sections and categories, and the first
    administrator. Refused once an administrator exists."""
    from kppn_desktop.services import users  # noqa: PLC0415  (users imports this module)

    clean = profile.validated()
    with transaction():
        if not needs_setup():
            raise KppnError("Penyiapan awal sudah dilakukan.")
        if Office.select().count() == 0:
            Office.create(**{name: getattr(clean, name) for name in _PROFILE_FIELDS})
        if Section.select().count() == 0:
            codes = {code: Section.create(code=code, name=name).id for code, name in DEFAULT_SECTIONS}
            for order, (name, code) in enumerate(DEFAULT_CATEGORIES, start=1):
                Category.create(name=name, section=codes[code], sort_order=order)
        admin = users.create_user_unchecked(admin_username, admin_full_name, "admin",
                                            admin_password)
        audit(admin, "office", "penyiapan awal", kantor=clean.name)
        return admin

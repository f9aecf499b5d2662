"""The office profile: name, code, address, head of office, time zone."""

from __future__ import annotations

import zoneinfo
from dataclasses import asdict, dataclass, fields

from kppn_desktop.domain import validation, workflow
from kppn_desktop.domain.errors import ConflictError, NotFound, ValidationError
from kppn_desktop.domain.standards import DEFAULT_TIMEZONE
from kppn_desktop.domain.texts import N_, Text
from kppn_desktop.services.context import Actor, audit, require, transaction
from kppn_desktop.services.office.calendar import _bump_calendar
from kppn_desktop.services.office.catalog import DEFAULT_CATEGORIES, DEFAULT_SECTIONS
from kppn_desktop.storage.models import Category, Office, Section
from kppn_desktop.storage.office_rules import office_of


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
            zoneinfo.ZoneInfo(self.timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
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


def office_row(office_id: int | None = None) -> Office:
    """The office ``office_id`` (None: the default office, ``office_rules.default_office_id``)."""
    office_id = office_of(office_id)
    row = None if office_id is None else Office.get_or_none(Office.id == office_id)
    if row is None:
        raise NotFound("Profil kantor belum diisi. Jalankan penyiapan awal.")
    return row


def get_office(office_id: int | None = None) -> OfficeProfile | None:
    """The profile of office ``office_id`` (None: the default office); None before setup."""
    office_id = office_of(office_id)
    row = None if office_id is None else Office.get_or_none(Office.id == office_id)
    return _profile(row) if row else None


def login_title() -> str:
    """The name the login dialog shows before anyone is known: the office's, when the database
    holds one; the Kanwil's when it holds a Kanwil and its KPPNs (a KPPN's name would tell the
    other KPPNs' staff they are in the wrong place); '' when neither says it."""
    rows = list(Office.select(Office.name, Office.kind).order_by(Office.id).tuples())
    if len(rows) == 1:
        return rows[0][0]
    kanwils = [name for name, kind in rows if kind == workflow.OfficeKind.KANWIL]
    return kanwils[0] if len(kanwils) == 1 else ""


@dataclass(frozen=True)
class OfficeInfo:
    """An office of the database: a KPPN or a Kanwil, and the Kanwil of a KPPN."""

    id: int
    code: str
    name: str
    kind: str
    parent_id: int | None


def _office_info(row: Office) -> OfficeInfo:
    return OfficeInfo(row.id, row.code, row.name, row.kind, row.parent_id)


def office_kind(office_id: int) -> str:
    """'kppn' or 'kanwil': what office ``office_id`` is (a Kanwil has no desk of its own)."""
    kind = Office.select(Office.kind).where(Office.id == office_id).scalar()
    return kind or workflow.OfficeKind.KPPN


def list_offices() -> list[OfficeInfo]:
    """Every office of the database (the command line's office tools)."""
    return [_office_info(o) for o in Office.select().order_by(Office.id)]


def add_office_unchecked(profile: OfficeProfile, *, kind: str = workflow.OfficeKind.KPPN,
                         parent_id: int | None = None, defaults: bool = True) -> OfficeInfo:
    """Another office in the database (the command line on the server, sample data): its
    profile, and for a KPPN (``defaults``) the default sections and categories. A KPPN's
    ``parent_id`` names its Kanwil. Runs inside the caller's transaction when there is one."""
    clean = profile.validated()
    kind = workflow.OfficeKind(kind)
    with transaction():
        if Office.get_or_none(Office.code == clean.code) is not None:
            raise ValidationError({"code": "Kode kantor sudah dipakai."})
        if parent_id is not None and Office.get_or_none(
                (Office.id == parent_id) & (Office.kind == workflow.OfficeKind.KANWIL)) is None:
            raise ValidationError({"parent": "Kanwil tidak ditemukan."})
        row = Office.create(**{name: getattr(clean, name) for name in _PROFILE_FIELDS},
                            kind=kind.value, parent=parent_id)
        if defaults and kind == workflow.OfficeKind.KPPN:
            codes = {code: Section.create(office=row.id, code=code, name=name).id
                     for code, name in DEFAULT_SECTIONS}
            for order, (name, code) in enumerate(DEFAULT_CATEGORIES, start=1):
                Category.create(office=row.id, name=name, section=codes[code], sort_order=order)
        audit(None, "office", "tambah kantor", kantor=row.id, kode=row.code, jenis=kind.value,
              induk=parent_id)
        return _office_info(row)


def save_office(actor: Actor, profile: OfficeProfile) -> OfficeProfile:
    """Update the profile of the actor's office. ``profile.version`` must be the version that was
    read."""
    office_id = require(actor, workflow.Action.MANAGE_OFFICE)
    clean = profile.validated()
    with transaction():
        row = office_row(office_id)
        if Office.get_or_none((Office.code == clean.code) & (Office.id != row.id)) is not None:
            raise ValidationError({"code": "Kode kantor sudah dipakai."})
        values = {name: getattr(clean, name) for name in _PROFILE_FIELDS}
        changed = (Office.update(**values, version=Office.version + 1)
                   .where(Office.id == row.id, Office.version == profile.version).execute())
        if not changed:
            raise ConflictError("Profil kantor telah diubah di workstation lain. Muat ulang, "
                                "lalu simpan kembali perubahan Anda.")
        audit(actor, "office", "ubah profil kantor", **values)
        _bump_calendar(None, row.id)   # the time zone may have changed
        return _profile(Office.get_by_id(row.id))

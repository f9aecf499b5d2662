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
from kppn_desktop.storage.models import Office


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

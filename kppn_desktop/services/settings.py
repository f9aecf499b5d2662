"""Every configurable value, declared once with its type and default (the seed's figures), and
read/written through the ``setting`` table."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from kppn_desktop.domain import workflow
from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.domain.texts import N_, Text
from kppn_desktop.services.context import Actor, audit, require, transaction
from kppn_desktop.storage import statements, transactions
from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import Setting
from kppn_desktop.storage.office_rules import office_of


@dataclass(frozen=True)
class Key:
    name: str
    default: Any
    label: str
    minimum: int | None = None
    maximum: int | None = None
    #: One value for the whole database (stored with office 0), not one per office.
    database_wide: bool = False

    def check(self, value: Any) -> Any:
        """``value`` in the key's own type, or ``ValidationError``: a setting every clock and
        report reads must never be stored in a shape they cannot use."""
        if isinstance(self.default, bool):
            if not isinstance(value, bool):
                raise ValidationError({self.name: Text(N_("{label} harus ya atau tidak."),
                                                       label=Text(self.label))})
            return value
        if isinstance(self.default, int):
            return self._integer(value)
        if isinstance(self.default, str):
            return self._text(value)
        if isinstance(self.default, dict):
            return _weekly_hours(self, value)
        return value

    def _integer(self, value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise ValidationError({self.name: Text(N_("{label} harus berupa bilangan bulat."),
                                                   label=Text(self.label))})
        try:
            number = float(value) if isinstance(value, (float, str)) else value
            if isinstance(number, float):
                if not number.is_integer():
                    raise ValueError
                number = int(number)
        except (ValueError, OverflowError):
            raise ValidationError({self.name: Text(N_("{label} harus berupa bilangan bulat."),
                                                   label=Text(self.label))}) from None
        if self.minimum is not None and number < self.minimum:
            raise ValidationError({self.name: Text(N_("{label} minimal {n}."), label=Text(self.label),
                                                   n=self.minimum)})
        if self.maximum is not None and number > self.maximum:
            raise ValidationError({self.name: Text(N_("{label} maksimal {n}."), label=Text(self.label),
                                                   n=self.maximum)})
        return number

    def _text(self, value: Any) -> str:
        if not isinstance(value, str):
            raise ValidationError({self.name: Text(N_("{label} harus berupa teks."),
                                                   label=Text(self.label))})
        value = value.strip()
        if not value or len(value) > TEXT_MAX or any(ord(ch) < 32 for ch in value):
            raise ValidationError({self.name: Text(N_("{label} wajib diisi, satu baris, paling "
                                                      "banyak {n} karakter."),
                                                   label=Text(self.label), n=TEXT_MAX)})
        return value


TEXT_MAX = 200
_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _weekly_hours(key: Key, value: Any) -> dict:
    """{"0".."6": ["HH:MM", "HH:MM"] (opening before closing) or None}."""
    message = {key.name: Text(N_("{label}: untuk tiap hari (0 = Senin … 6 = Minggu) jam buka dan "
                                 "jam tutup HH:MM, jam tutup sesudah jam buka, atau kosong bila "
                                 "libur."), label=Text(key.label))}
    if not isinstance(value, dict) or set(value) != {str(d) for d in range(7)}:
        raise ValidationError(message)
    for span in value.values():
        if span is None:
            continue
        if (not isinstance(span, (list, tuple)) or len(span) != 2
                or not all(isinstance(t, str) and _HHMM.match(t) for t in span)
                or span[1] <= span[0]):
            raise ValidationError(message)
    return {day: None if span is None else list(span) for day, span in value.items()}


SERVICE_MINUTES = Key("standard.service_minutes", 20, "Standar waktu layanan (menit)", 1, 600)
SOLUTION_WORKING_DAYS = Key("standard.solution_working_days", 3,
                            "Batas waktu solusi (hari kerja)", 1, 60)
PROGRESS_EVERY_WORKING_DAYS = Key("standard.progress_every_working_days", 1,
                                  "Progres paling lambat setiap (hari kerja)", 1, 30)
STANDARD_REFERENCE = Key("standard.reference", "KEP-57/PB/2023", "Dasar standar pelayanan")
# Weekday ("0" = Monday) -> ["08:00", "15:00"] or null.
WEEKLY_HOURS = Key("calendar.weekly_hours", {
    "0": ["08:00", "15:00"], "1": ["08:00", "15:00"], "2": ["08:00", "15:00"],
    "3": ["08:00", "15:00"], "4": ["08:00", "15:00"], "5": None, "6": None,
}, "Jam layanan")
CALENDAR_REVISION = Key("calendar.revision", 0, "Revisi kalender")
ATTACHMENT_MAX_BYTES = Key("attachments.max_bytes", 25 * 1024 * 1024,
                           "Ukuran lampiran maksimal (byte)", 1024, 500 * 1024 * 1024)
IDLE_LOCK_MINUTES = Key("desk.idle_lock_minutes", 10, "Kunci layar setelah menganggur (menit)",
                        1, 240)
RETENTION_YEARS = Key("privacy.retention_years", 5, "Masa simpan data pribadi (tahun)", 1, 50)
AUTO_PRINT_SLIP = Key("desk.auto_print_slip", False, "Cetak bukti otomatis setelah pencatatan")

#: The earliest day a calendar correction since the last recount touched ("" none; "semua":
#: everything, e.g. the weekly hours). Not an office setting: the calendar services keep it.
RECOUNT_FROM = Key("calendar.recount_from", "", "Hitung ulang sejak")

#: Set when ``sample_data`` set the office up: only such a database takes more sample data.
#: Not an office setting (not in ALL_KEYS): nobody edits it.
SAMPLE_OFFICE = Key("sample.office", False, "Basis data contoh", database_wide=True)

ALL_KEYS = {k.name: k for k in (
    SERVICE_MINUTES, SOLUTION_WORKING_DAYS, PROGRESS_EVERY_WORKING_DAYS, STANDARD_REFERENCE,
    WEEKLY_HOURS, CALENDAR_REVISION, ATTACHMENT_MAX_BYTES, IDLE_LOCK_MINUTES, RETENTION_YEARS,
    AUTO_PRINT_SLIP)}


def _owner(key: Key, office_id: int | None) -> int:
    """The office whose value of ``key`` is meant: 0 for a database-wide key; else ``office_id``
    (None: the default office, ``office_rules.default_office_id``)."""
    return 0 if key.database_wide else (office_of(office_id) or 0)


def get(key: Key, office_id: int | None = None) -> Any:
    """The value of ``key`` for office ``office_id`` (each office keeps its own). Read by every
    calendar lookup: its statement is composed once (``storage.statements``)."""
    row = statements.first_row(
        "setting", lambda: Setting.select(Setting.value).where(Setting.key == "",
                                                               Setting.office_id == 0),
        (key.name, _owner(key, office_id)))
    return key.default if row is None else json.loads(row[0])


def get_many(keys: list[Key], office_id: int | None = None) -> dict[str, Any]:
    office = office_of(office_id) or 0
    return get_of_offices(keys, [office])[office]


def get_of_offices(keys: list[Key], office_ids: list[int]) -> dict[int, dict[str, Any]]:
    """office -> :func:`get_many` of each office of ``office_ids``, in one read (a Kanwil's
    report reads the standard of each of its KPPNs)."""
    n, m = len(keys), len(office_ids)
    sql = statements.composed(f"settings:{n}:{m}", lambda: Setting.select(
        Setting.key, Setting.value, Setting.office_id).where(
        Setting.key.in_([str(i) for i in range(n)]),
        Setting.office_id.in_([0, *(-1 - i for i in range(m))])))
    cursor = db.execute_sql(sql, (*(k.name for k in keys), 0, *office_ids))
    try:
        found = cursor.fetchall()
    finally:
        cursor.close()
    # A database-wide key's value is office 0's, any other key's the office's own.
    by_owner: dict[int, dict[str, str]] = {}
    for key, value, owner in found:
        if (owner == 0) == ALL_KEYS_WIDE.get(key, False):
            by_owner.setdefault(owner, {})[key] = value
    out = {}
    for office in office_ids:
        rows = {**by_owner.get(0, {}), **by_owner.get(office, {})}
        out[office] = {k.name: json.loads(rows[k.name]) if k.name in rows else k.default
                       for k in keys}
    return out


def put(key: Key, value: Any, office_id: int | None = None) -> None:
    """Store without a role check: for the services' own use inside their transaction."""
    text = json.dumps(key.check(value), ensure_ascii=False, sort_keys=True)
    (Setting.insert(office_id=_owner(key, office_id), key=key.name, value=text)
     .on_conflict(conflict_target=[Setting.office_id, Setting.key],
                  update={Setting.value: text}).execute())
    transactions.forget()     # a calendar or standard the transaction remembered


def clear_if(key: Key, value: Any, office_id: int | None = None) -> None:
    """Back to the default, unless someone stored another value meanwhile (inside the caller's
    transaction)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    Setting.delete().where(Setting.key == key.name, Setting.office_id == _owner(key, office_id),
                           Setting.value == text).execute()
    transactions.forget()


def change(actor: Actor, key: Key, value: Any) -> None:
    """An administrator changes a setting of their own office; audited."""
    office_id = require(actor, workflow.Action.MANAGE_OFFICE)
    with transaction():
        old = get(key, office_id)
        put(key, value, office_id)
        audit(actor, f"setting:{key.name}", "ubah pengaturan", lama=old, baru=key.check(value))


#: key name -> whether it is database-wide (for reading several keys at once).
ALL_KEYS_WIDE = {k.name: k.database_wide for k in (*ALL_KEYS.values(), SAMPLE_OFFICE,
                                                   RECOUNT_FROM)}

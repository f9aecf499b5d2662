"""Checks and normalisation of identity fields typed at the desk (DOMAIN.md, "Identity fields").

Every validator takes the raw text and returns the normalised value, or raises
``ValidationError({field: message})`` with a short Indonesian message for the officer. ``field``
names the form field so the message lands beside it; each validator has a sensible default.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, NoReturn, TypeVar

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.domain.formatting import format_number
from kppn_desktop.domain.texts import N_, Text

T = TypeVar("T")

# --- choices -------------------------------------------------------------------------------------

STAKEHOLDER_TYPES: tuple[tuple[str, str], ...] = (
    ("satker_kl", N_("Satker K/L")),
    ("satker_blu", N_("Satker BLU")),
    ("pemda", N_("Pemerintah daerah")),
    ("pemdes", N_("Pemerintah desa")),
    ("pihak_ketiga", N_("Pihak ketiga/supplier")),
    ("bank", N_("Bank")),
    ("pegawai", N_("Pegawai/pensiunan")),
    ("masyarakat", N_("Masyarakat umum")),
    ("instansi_lain", N_("Instansi lain")),
)

SATKER_ROLES: tuple[tuple[str, str], ...] = (
    ("kpa", N_("KPA")),
    ("ppk", N_("PPK")),
    ("ppspm", N_("PPSPM")),
    ("bendahara_pengeluaran", N_("Bendahara pengeluaran")),
    ("bendahara_penerimaan", N_("Bendahara penerimaan")),
    ("operator_sakti", N_("Operator SAKTI")),
)

CHANNELS: tuple[tuple[str, str], ...] = (
    ("tatap_muka", N_("Tatap muka")),
    ("hai_cso", N_("HAI CSO (OM SPAN/MyIntress)")),
    ("whatsapp", N_("WhatsApp")),
    ("telepon", N_("Telepon")),
    ("email", N_("E-mail")),
)

_CHANNEL_CODES = frozenset(code for code, _label in CHANNELS)
#: code -> label, for every list, paper and report that names a channel.
CHANNEL_LABELS: dict[str, str] = dict(CHANNELS)


def is_online(channel: str) -> bool:
    """True for every channel except face to face. An unknown code raises ValueError: it is a
    programming error, not something the officer typed."""
    if channel not in _CHANNEL_CODES:
        raise ValueError(f"unknown channel {channel!r}")
    return channel != "tatap_muka"


# --- small helpers -------------------------------------------------------------------------------

def _text(value: object) -> str:
    return "" if value is None else str(value)


def _fail(field: str, message: str) -> NoReturn:
    raise ValidationError({field: message})


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


#: One length rule per kind of field, the same on both engines (PostgreSQL refused what SQLite
#: stored): a line (a name, a reference, a reason in one line) and a text (a question, an answer).
LINE_LIMIT = 200
TEXT_LIMIT = 10_000


def clean_text(value: object, field: str, label: str, *, multiline: bool = False,
               limit: int | None = None, required: bool = False) -> str:
    """Free text as stored: a ``str`` only, valid Unicode (no lone surrogates), no control
    characters (new lines and tabs only where ``multiline``; Windows line ends made plain),
    stripped, at most ``limit`` characters (a line 200, a text 10,000)."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        _fail(field, Text(N_("{label} harus berupa teks."), label=Text(label)))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        _fail(field, Text(N_("{label} memuat karakter yang tidak sah."), label=Text(label)))
    if multiline:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    allowed = "\n\t" if multiline else "\t"
    if any((ord(ch) < 32 and ch not in allowed) or 0x7F <= ord(ch) < 0xA0 for ch in value):
        _fail(field, Text(N_("{label} memuat karakter kontrol yang tidak sah."),
                          label=Text(label)))
    value = value.strip()
    if required and not value:
        _fail(field, Text(N_("{label} wajib diisi."), label=Text(label)))
    limit = limit or (TEXT_LIMIT if multiline else LINE_LIMIT)
    if len(value) > limit:
        _fail(field, Text(N_("{label} paling banyak {n} karakter."), label=Text(label),
                          n=format_number(limit)))
    return value


def clean_text_into(errors: dict[str, str], value: object, field: str, label: str,
                    **options: Any) -> str:
    """:func:`clean_text`, its message kept in ``errors`` so that a form shows every field's at
    once; '' when refused."""
    try:
        return clean_text(value, field, label, **options)
    except ValidationError as exc:
        errors.update(exc.errors)
        return ""


def required(value: str | None, field: str, label: str, *, limit: int | None = None) -> str:
    """The value stripped of surrounding whitespace; '<label> wajib diisi.' when nothing is left.
    One line of clean text (:func:`clean_text`)."""
    return clean_text(value, field, label, limit=limit, required=True)


#: Row ids are 64-bit on both engines.
_MAX_ID = 2 ** 63 - 1


def record_id(value: object) -> int | None:
    """A row id as given by a list or a combo box: a whole number within 64 bits, else None (the
    caller says what was not found or chosen)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= _MAX_ID:
        return None
    return value


def optional(validator: Callable[..., T]) -> Callable[..., T | None]:
    """Wraps a validator so that empty input (None, '' or only spaces) gives None instead of an
    error; anything else goes to the validator with the same arguments."""
    def check(value, *args, **kwargs):
        if _is_blank(value):
            return None
        return validator(value, *args, **kwargs)
    check.__name__ = f"optional_{getattr(validator, '__name__', 'check')}"
    return check


def validate_optional(value: str | None, validator: Callable[..., T],
                      field: str | None = None) -> T | None:
    """None for empty input, else ``validator(value, field)`` (or the validator's own default
    field when ``field`` is None)."""
    if field is None:
        return optional(validator)(value)
    return optional(validator)(value, field)


# --- codes ---------------------------------------------------------------------------------------

def _digit_code(value: object, field: str, label: str, length: int) -> str:
    # Codes are often copied from reports with a space or a no-break space in them.
    compact = re.sub(r"\s+", "", _text(value))
    if not compact:
        _fail(field, Text(N_("{label} wajib diisi."), label=Text(label)))
    if not re.fullmatch(rf"[0-9]{{{length}}}", compact):
        _fail(field, Text(N_("{label} harus {n} digit angka."), label=Text(label), n=length))
    return compact


def kode_satker(value: str, field: str = "kode_satker") -> str:
    """Six digits, spaces removed (leading zeros kept): ' 999 062 ' -> '999062'."""
    return _digit_code(value, field, "Kode satker", 6)


def kode_ba(value: str, field: str = "kode_ba") -> str:
    """Three digits of a ministry/agency (bagian anggaran), e.g. '015'."""
    return _digit_code(value, field, "Kode BA", 3)


def kode_kppn(value: str, field: str = "kode_kppn") -> str:
    """Three digits of a KPPN office."""
    return _digit_code(value, field, "Kode KPPN", 3)


# --- NIP and NI PPPK -----------------------------------------------------------------------------

_FIRST_BIRTH_YEAR = 1940
_MIN_AGE_AT_START = 15


def _eighteen_digits(value: object, field: str, label: str) -> str:
    compact = re.sub(r"\s+", "", _text(value))
    if not compact:
        _fail(field, Text(N_("{label} wajib diisi."), label=Text(label)))
    if not re.fullmatch(r"[0-9]{18}", compact):
        _fail(field, Text(N_("{label} harus 18 digit angka."), label=Text(label)))
    return compact


def _birth_date(digits: str, field: str, label: str, today: date) -> date:
    year, month, day = int(digits[0:4]), int(digits[4:6]), int(digits[6:8])
    if not _FIRST_BIRTH_YEAR <= year <= today.year:
        _fail(field, Text(N_("Tahun lahir pada {label} (digit 1–4) harus antara {first} dan "
                             "{last}."), label=Text(label), first=_FIRST_BIRTH_YEAR,
                          last=today.year))
    try:
        born = date(year, month, day)
    except ValueError:
        _fail(field, Text(N_("Tanggal lahir pada {label} (digit 1–8) bukan tanggal yang sah."),
                          label=Text(label)))
    if born > today:
        _fail(field, Text(N_("Tanggal lahir pada {label} (digit 1–8) tidak boleh di masa depan."),
                          label=Text(label)))
    return born


def _nip_start(digits: str, born: date, field: str, label: str, today: date) -> None:
    year, month = int(digits[8:12]), int(digits[12:14])
    if not 1 <= month <= 12:
        _fail(field, Text(N_("Bulan pengangkatan pada {label} (digit 13–14) harus 01–12."),
                          label=Text(label)))
    if year < born.year + _MIN_AGE_AT_START:
        _fail(field, Text(N_("Tahun pengangkatan pada {label} (digit 9–12) paling awal {year}, "
                             "{age} tahun setelah tahun lahir."), label=Text(label),
                          year=born.year + _MIN_AGE_AT_START, age=_MIN_AGE_AT_START))
    if (year, month) > (today.year, today.month):
        _fail(field, Text(N_("Tahun-bulan pengangkatan pada {label} (digit 9–14) tidak boleh di "
                             "masa depan."), label=Text(label)))


def _sex_and_serial(digits: str, field: str, label: str) -> None:
    if digits[14] not in "12":
        _fail(field, Text(N_("Kode jenis kelamin pada {label} (digit 15) harus 1 atau 2."),
                          label=Text(label)))
    if digits[15:18] == "000":
        _fail(field, Text(N_("Nomor urut pada {label} (digit 16–18) harus 001–999."),
                          label=Text(label)))


def _check_nip(digits: str, field: str, label: str, today: date, start_label: str = "NIP") -> str:
    born = _birth_date(digits, field, label, today)
    _nip_start(digits, born, field, start_label, today)
    _sex_and_serial(digits, field, label)
    return digits


def _check_ni_pppk(digits: str, field: str, label: str, today: date) -> str:
    _birth_date(digits, field, label, today)
    # Digits 9-14 are the appointment year and a contract number, not a month (DOMAIN.md): any
    # check on them would reject genuine NI PPPK.
    _sex_and_serial(digits, field, label)
    return digits


def nip(value: str, field: str = "nip", *, today: date | None = None) -> str:
    """A civil servant's 18-digit NIP, spaces removed: birth date YYYYMMDD (a real date, year 1940
    to today), start YYYYMM (month 01–12, at least 15 years after the birth year, not after this
    month), sex digit 1 or 2, serial 001–999. Each failed part has its own message. ``today``
    defaults to the system date."""
    today = today or date.today()
    return _check_nip(_eighteen_digits(value, field, "NIP"), field, "NIP", today)


def ni_pppk(value: str, field: str = "ni_pppk", *, today: date | None = None) -> str:
    """A contract employee's 18-digit NI PPPK, spaces removed: birth date as for NIP, digits 9–14
    (year and contract number) accepted as they are, sex digit 1 or 2, serial 001–999."""
    today = today or date.today()
    return _check_ni_pppk(_eighteen_digits(value, field, "NI PPPK"), field, "NI PPPK", today)


def nip_or_ni_pppk(value: str, field: str = "nip", *, today: date | None = None) -> tuple[str, str]:
    """``(digits, 'NIP')`` or ``(digits, 'NI PPPK')``. Digits 13–14 that are a month (01–12)
    make it an NIP, checked with every NIP rule; otherwise it is checked as an NI PPPK. Messages
    name 'NIP/NI PPPK' except those about the NIP start month."""
    today = today or date.today()
    label = "NIP/NI PPPK"
    digits = _eighteen_digits(value, field, label)
    if 1 <= int(digits[12:14]) <= 12:
        return _check_nip(digits, field, label, today, start_label="NIP"), "NIP"
    return _check_ni_pppk(digits, field, label, today), "NI PPPK"


# --- contacts ------------------------------------------------------------------------------------

# Letters are refused before parsing: phonenumbers would read them as a keypad word ('0812-CALL').
_PHONE_CHARACTERS = re.compile(r"\+?[0-9 ()./\-]*")


def phone(value: str, field: str = "telepon") -> str:
    """An Indonesian mobile or landline number (0812…, +62 812…, 62812…, (0411) 123456, with
    spaces, dashes, dots or brackets) in E.164 form: '+6281234567890'."""
    text = clean_text(value, field, "Nomor telepon")
    if not text:
        _fail(field, "Nomor telepon wajib diisi.")
    if not _PHONE_CHARACTERS.fullmatch(text):
        _fail(field, "Nomor telepon hanya boleh berisi angka, spasi, tanda -, dan + di depan.")
    compact = re.sub(r"[^0-9+]", "", text)
    # '62812…' typed without '+': a national number never starts with 62 (it starts with 0), so
    # this is the country code. Left alone, phonenumbers would read it as a national number.
    if compact.startswith("62"):
        compact = "+" + compact
    import phonenumbers  # noqa: PLC0415 - its metadata loads on first use, not at start-up

    try:
        number = phonenumbers.parse(compact, "ID")
    except phonenumbers.NumberParseException:
        _fail(field, "Nomor telepon tidak sah. Contoh: 0812 3456 7890 atau 0411 123456.")
    if number.country_code != 62:
        _fail(field, "Nomor telepon harus nomor Indonesia (+62).")
    if not phonenumbers.is_valid_number(number):
        _fail(field, "Nomor telepon tidak sah. Contoh: 0812 3456 7890 atau 0411 123456.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_LOCAL_PART = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN_LABEL = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_TOP_LEVEL = re.compile(r"[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}")


def email(value: str, field: str = "email") -> str:
    """An ordinary e-mail address: one @, a plain local part, a domain with a dot and a top-level
    name of letters, no spaces. Returned stripped, with the domain lowercased."""
    text = clean_text(value, field, "Alamat e-mail", limit=1000)
    if not text:
        _fail(field, "Alamat e-mail wajib diisi.")
    if re.search(r"\s", text):
        _fail(field, "Alamat e-mail tidak boleh memuat spasi.")
    if text.count("@") != 1:
        _fail(field, "Alamat e-mail harus memuat tepat satu tanda @.")
    if len(text) > 254:
        _fail(field, "Alamat e-mail terlalu panjang.")
    local, domain = text.split("@")
    if not local or len(local) > 64 or not _LOCAL_PART.fullmatch(local):
        _fail(field, "Bagian sebelum @ pada alamat e-mail tidak sah.")
    labels = domain.split(".")
    if (len(labels) < 2 or not all(_DOMAIN_LABEL.fullmatch(part) for part in labels)
            or not _TOP_LEVEL.fullmatch(labels[-1])):
        _fail(field, "Domain alamat e-mail tidak sah (contoh: kemenkeu.go.id).")
    return f"{local}@{domain.lower()}"


# --- several fields at once ----------------------------------------------------------------------

class Collector:
    """Validates several fields and raises ONE ValidationError naming every bad field, so a form
    can show all its messages at once::

        with Collector() as c:
            satker = c.check("kode_satker", kode_satker, raw_satker)
            hp = c.check("telepon", optional(phone), raw_hp)
            if not hp and not raw_email.strip():
                c.add("telepon", "Isi nomor telepon atau alamat e-mail.")
        # leaving the block raises if any check failed

    A failed check returns None; the values are only trustworthy once the block has ended without
    an error. A field keeps its first message. Without ``with``, call ``raise_if_any()``.
    """

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        """Records a message of the caller's own (a rule across fields)."""
        self.errors.setdefault(field, message)

    def _record(self, field: str, error: ValidationError) -> None:
        if len(error.errors) == 1:
            # The form's name for the field wins over whatever name the validator used.
            self.add(field, next(iter(error.errors.values())))
        else:
            for name, message in error.errors.items():
                self.add(name, message)

    def check(self, field: str, validator: Callable[..., T], value: Any,
              *args: Any, **kwargs: Any) -> T | None:
        """``validator(value, field, *args, **kwargs)``; its message is kept under ``field``."""
        try:
            return validator(value, field, *args, **kwargs)
        except ValidationError as error:
            self._record(field, error)
            return None

    def run(self, field: str, check: Callable[[], T]) -> T | None:
        """Calls a zero-argument check; a ValidationError with one message is kept under
        ``field``, one with several keeps their own field names."""
        try:
            return check()
        except ValidationError as error:
            self._record(field, error)
            return None

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)

    def __enter__(self) -> Collector:
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            self.raise_if_any()
        elif isinstance(exc, ValidationError) and self.errors:
            # A ValidationError raised directly in the block joins the collected ones.
            raise ValidationError({**self.errors, **{k: v for k, v in exc.errors.items()
                                                     if k not in self.errors}}) from exc
        return False


def collect(**checks: Callable[[], Any]) -> dict[str, Any]:
    """Runs every zero-argument check (``field=lambda: nip(raw)``) and returns ``{field: value}``;
    if any fail, raises one ValidationError with every failed field's message under its name."""
    collector = Collector()
    values = {field: collector.run(field, check) for field, check in checks.items()}
    collector.raise_if_any()
    return values

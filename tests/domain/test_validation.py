"""Identity fields (DOMAIN.md, "Identity fields and their formats"), choices, and the collector.

Every NIP below was taken apart by hand: 8 digits birth date, 6 digits start (NIP) or year and
contract number (NI PPPK), 1 sex digit, 3 digits serial. ``TODAY`` pins "now" so the rules about
the future do not drift with the calendar.
"""

from __future__ import annotations

from datetime import date

import pytest

from kppn_desktop.domain import validation as v
from kppn_desktop.domain.errors import KppnError, ValidationError

TODAY = date(2026, 3, 17)


def errors_of(call, *args, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as info:
        call(*args, **kwargs)
    return info.value.errors


# --- codes ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("999062", "999062"),
    (" 999 062 ", "999062"),
    ("\u00a0999062\t", "999062"),          # no-break space and tab, as copied from a report
    ("012345", "012345"),                  # leading zero kept
])
def test_kode_satker_accepts(raw, expected):
    assert v.kode_satker(raw) == expected


@pytest.mark.parametrize("raw", ["99906", "9990621", "99906a", "999-062", "９９９０６２"])
def test_kode_satker_rejects(raw):
    assert errors_of(v.kode_satker, raw) == {"kode_satker": "Kode satker harus 6 digit angka."}


@pytest.mark.parametrize("raw", ["", "   ", None])
def test_kode_satker_empty(raw):
    assert errors_of(v.kode_satker, raw) == {"kode_satker": "Kode satker wajib diisi."}


def test_kode_ba_and_kppn():
    assert v.kode_ba("015") == "015"
    assert v.kode_ba(" 0 1 5") == "015"
    assert errors_of(v.kode_ba, "15") == {"kode_ba": "Kode BA harus 3 digit angka."}
    assert errors_of(v.kode_ba, "0155") == {"kode_ba": "Kode BA harus 3 digit angka."}
    assert v.kode_kppn("121") == "121"
    assert errors_of(v.kode_kppn, "12a") == {"kode_kppn": "Kode KPPN harus 3 digit angka."}
    assert errors_of(v.kode_kppn, "") == {"kode_kppn": "Kode KPPN wajib diisi."}


def test_field_name_is_the_callers():
    assert errors_of(v.kode_kppn, "12", "code") == {"code": "Kode KPPN harus 3 digit angka."}
    assert errors_of(v.kode_satker, "1", field="satker") == {"satker": "Kode satker harus 6 digit angka."}


def test_validation_error_is_a_kppn_error_with_the_message():
    with pytest.raises(KppnError) as info:
        v.kode_ba("1")
    assert info.value.message == "Kode BA harus 3 digit angka."


# --- NIP -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("199001012015031001", "199001012015031001"),
    ("19900101 201503 1 001", "199001012015031001"),
    ("198512302010122003", "198512302010122003"),
    ("200002292020011002", "200002292020011002"),     # born on a leap day
    ("199001012005011001", "199001012005011001"),     # start exactly 15 years after birth year
    ("199001012026031999", "199001012026031999"),     # start this month; serial 999
    ("194001012000012001", "194001012000012001"),     # earliest birth year
])
def test_nip_accepts(raw, expected):
    assert v.nip(raw, today=TODAY) == expected


@pytest.mark.parametrize("raw, message", [
    ("", "NIP wajib diisi."),
    ("19900101201503100", "NIP harus 18 digit angka."),
    ("1990010120150310011", "NIP harus 18 digit angka."),
    ("19900101201503100A", "NIP harus 18 digit angka."),
    ("19900101-201503-1-001", "NIP harus 18 digit angka."),
    ("193912312015031001", "Tahun lahir pada NIP (digit 1–4) harus antara 1940 dan 2026."),
    ("202701012045031001", "Tahun lahir pada NIP (digit 1–4) harus antara 1940 dan 2026."),
    ("199002302015031001", "Tanggal lahir pada NIP (digit 1–8) bukan tanggal yang sah."),
    ("199902292015031001", "Tanggal lahir pada NIP (digit 1–8) bukan tanggal yang sah."),
    ("199013012015031001", "Tanggal lahir pada NIP (digit 1–8) bukan tanggal yang sah."),
    ("199001002015031001", "Tanggal lahir pada NIP (digit 1–8) bukan tanggal yang sah."),
    ("202603182015031001", "Tanggal lahir pada NIP (digit 1–8) tidak boleh di masa depan."),
    ("199001012015131001", "Bulan pengangkatan pada NIP (digit 13–14) harus 01–12."),
    ("199001012015001001", "Bulan pengangkatan pada NIP (digit 13–14) harus 01–12."),
    ("199001012004121001",
     "Tahun pengangkatan pada NIP (digit 9–12) paling awal 2005, 15 tahun setelah tahun lahir."),
    ("199001012026041001", "Tahun-bulan pengangkatan pada NIP (digit 9–14) tidak boleh di masa depan."),
    ("199001012030011001", "Tahun-bulan pengangkatan pada NIP (digit 9–14) tidak boleh di masa depan."),
    ("199001012015033001", "Kode jenis kelamin pada NIP (digit 15) harus 1 atau 2."),
    ("199001012015030001", "Kode jenis kelamin pada NIP (digit 15) harus 1 atau 2."),
    ("199001012015031000", "Nomor urut pada NIP (digit 16–18) harus 001–999."),
])
def test_nip_rejects_each_part_with_its_own_message(raw, message):
    assert errors_of(v.nip, raw, today=TODAY) == {"nip": message}


def test_nip_field_and_default_today():
    assert errors_of(v.nip, "1", "head_nip") == {"head_nip": "NIP harus 18 digit angka."}
    # Without ``today`` the system date is used; a 2015 start is in the past on any run.
    assert v.nip("199001012015031001") == "199001012015031001"


# --- NI PPPK -------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("199001012022131001", "199001012022131001"),     # 2022, contract 13: not a month
    ("198703122023212012", "198703122023212012"),
    ("19900101 202221 2 005", "199001012022212005"),
    ("199001012022011001", "199001012022011001"),     # contract 01 looks like a month: fine too
    ("199001019999991001", "199001019999991001"),     # digits 9-14 are never a reason to reject
])
def test_ni_pppk_accepts(raw, expected):
    assert v.ni_pppk(raw, today=TODAY) == expected


@pytest.mark.parametrize("raw, message", [
    ("", "NI PPPK wajib diisi."),
    ("1990010120222110", "NI PPPK harus 18 digit angka."),
    ("193512012022211001", "Tahun lahir pada NI PPPK (digit 1–4) harus antara 1940 dan 2026."),
    ("199002302022211001", "Tanggal lahir pada NI PPPK (digit 1–8) bukan tanggal yang sah."),
    ("202612012022211001", "Tanggal lahir pada NI PPPK (digit 1–8) tidak boleh di masa depan."),
    ("199001012022213001", "Kode jenis kelamin pada NI PPPK (digit 15) harus 1 atau 2."),
    ("199001012022211000", "Nomor urut pada NI PPPK (digit 16–18) harus 001–999."),
])
def test_ni_pppk_rejects(raw, message):
    assert errors_of(v.ni_pppk, raw, today=TODAY) == {"ni_pppk": message}


# --- NIP or NI PPPK ------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("199001012015031001", ("199001012015031001", "NIP")),
    ("19900101 201503 1 001", ("199001012015031001", "NIP")),
    ("198703122023212012", ("198703122023212012", "NI PPPK")),
    ("199001012022131001", ("199001012022131001", "NI PPPK")),
    ("19900101 202221 2 005", ("199001012022212005", "NI PPPK")),
    ("199001012015001001", ("199001012015001001", "NI PPPK")),   # month 00 is not a month
])
def test_nip_or_ni_pppk_tells_which(raw, expected):
    assert v.nip_or_ni_pppk(raw, today=TODAY) == expected


@pytest.mark.parametrize("raw, message", [
    ("", "NIP/NI PPPK wajib diisi."),
    ("12345", "NIP/NI PPPK harus 18 digit angka."),
    # digits 13-14 are a month, so every NIP rule applies
    ("199001012000011001",
     "Tahun pengangkatan pada NIP (digit 9–12) paling awal 2005, 15 tahun setelah tahun lahir."),
    ("199001012026051001", "Tahun-bulan pengangkatan pada NIP (digit 9–14) tidak boleh di masa depan."),
    ("199002302015031001", "Tanggal lahir pada NIP/NI PPPK (digit 1–8) bukan tanggal yang sah."),
    ("199001012015033001", "Kode jenis kelamin pada NIP/NI PPPK (digit 15) harus 1 atau 2."),
    # digits 13-14 are not a month: the NI PPPK rules
    ("199002302022211001", "Tanggal lahir pada NIP/NI PPPK (digit 1–8) bukan tanggal yang sah."),
    ("199001012022211000", "Nomor urut pada NIP/NI PPPK (digit 16–18) harus 001–999."),
])
def test_nip_or_ni_pppk_rejects(raw, message):
    assert errors_of(v.nip_or_ni_pppk, raw, today=TODAY) == {"nip": message}


def test_nip_or_ni_pppk_field_name():
    assert errors_of(v.nip_or_ni_pppk, "1", "nip_pegawai") == {
        "nip_pegawai": "NIP/NI PPPK harus 18 digit angka."}


# --- phone ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("081234567890", "+6281234567890"),
    ("0812-3456-7890", "+6281234567890"),
    ("0812 3456 7890", "+6281234567890"),
    ("0812.3456.7890", "+6281234567890"),
    ("+62 812 3456 7890", "+6281234567890"),
    ("+62812-3456-7890", "+6281234567890"),
    ("+62 (0) 812 3456 7890", "+6281234567890"),
    ("6281234567890", "+6281234567890"),
    ("62 812 3456 7890", "+6281234567890"),
    ("0812 4455 6677", "+6281244556677"),
    ("0411-452123", "+62411452123"),              # Makassar landline
    ("(0422) 21001", "+6242221001"),              # Majene landline
    ("+62 422 21001", "+6242221001"),
    ("021-3449230", "+62213449230"),
    ("62411452123", "+62411452123"),              # the library alone would read 62 as a national prefix
    ("  0812 3456 7890  ", "+6281234567890"),
])
def test_phone_normalises_to_e164(raw, expected):
    assert v.phone(raw) == expected


@pytest.mark.parametrize("raw, message", [
    ("", "Nomor telepon wajib diisi."),
    ("   ", "Nomor telepon wajib diisi."),
    ("0812-CALL-ME", "Nomor telepon hanya boleh berisi angka, spasi, tanda -, dan + di depan."),
    ("0812 3456 7890 ext 12", "Nomor telepon hanya boleh berisi angka, spasi, tanda -, dan + di depan."),
    ("0812+3456", "Nomor telepon hanya boleh berisi angka, spasi, tanda -, dan + di depan."),
    ("08123", "Nomor telepon tidak sah. Contoh: 0812 3456 7890 atau 0411 123456."),
    ("0812345678901234", "Nomor telepon tidak sah. Contoh: 0812 3456 7890 atau 0411 123456."),
    ("+", "Nomor telepon tidak sah. Contoh: 0812 3456 7890 atau 0411 123456."),
    ("+1 202 555 0100", "Nomor telepon harus nomor Indonesia (+62)."),
    ("+60 12-345 6789", "Nomor telepon harus nomor Indonesia (+62)."),
])
def test_phone_rejects(raw, message):
    assert errors_of(v.phone, raw) == {"telepon": message}


def test_phone_field_name():
    assert errors_of(v.phone, "08123", "contact_phone") == {
        "contact_phone": "Nomor telepon tidak sah. Contoh: 0812 3456 7890 atau 0411 123456."}


# --- e-mail --------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, expected", [
    ("Nurhayati.Saleh@Kemenkeu.GO.ID", "Nurhayati.Saleh@kemenkeu.go.id"),   # local part kept as typed
    ("  bendahara.999062@gmail.com ", "bendahara.999062@gmail.com"),
    ("a+tag@sub.domain.co.id", "a+tag@sub.domain.co.id"),
    ("o'neil@example.org", "o'neil@example.org"),
    ("kppn-majene@kppn.go.id", "kppn-majene@kppn.go.id"),
    ("user@xn--80ak6aa92e.com", "user@xn--80ak6aa92e.com"),
])
def test_email_accepts(raw, expected):
    assert v.email(raw) == expected


LOCAL = "Bagian sebelum @ pada alamat e-mail tidak sah."
DOMAIN = "Domain alamat e-mail tidak sah (contoh: kemenkeu.go.id)."


@pytest.mark.parametrize("raw, message", [
    ("", "Alamat e-mail wajib diisi."),
    ("nama @kemenkeu.go.id", "Alamat e-mail tidak boleh memuat spasi."),
    ("nama@ kemenkeu.go.id", "Alamat e-mail tidak boleh memuat spasi."),
    ("namakemenkeu.go.id", "Alamat e-mail harus memuat tepat satu tanda @."),
    ("a@b@kemenkeu.go.id", "Alamat e-mail harus memuat tepat satu tanda @."),
    ("@kemenkeu.go.id", LOCAL),
    (".nama@kemenkeu.go.id", LOCAL),
    ("nama.@kemenkeu.go.id", LOCAL),
    ("na..ma@kemenkeu.go.id", LOCAL),
    ("ñama@kemenkeu.go.id", LOCAL),
    ("a" * 65 + "@kemenkeu.go.id", LOCAL),
    ("nama@", DOMAIN),
    ("nama@kemenkeu", DOMAIN),
    ("nama@kemenkeu.", DOMAIN),
    ("nama@.go.id", DOMAIN),
    ("nama@kemenkeu..go.id", DOMAIN),
    ("nama@-kemenkeu.go.id", DOMAIN),
    ("nama@kemenkeu.go.i", DOMAIN),
    ("nama@kemenkeu.go.123", DOMAIN),
    ("nama@keu_kppn.go.id", DOMAIN),
    ("a@" + ("b" * 63 + ".") * 4 + "id", "Alamat e-mail terlalu panjang."),   # 260 characters
])
def test_email_rejects(raw, message):
    assert errors_of(v.email, raw) == {"email": message}


# --- required and optional -----------------------------------------------------------------------

def test_required():
    assert v.required("  Nurhayati Saleh ", "name", "Nama") == "Nurhayati Saleh"
    assert errors_of(v.required, "   ", "name", "Nama stakeholder") == {
        "name": "Nama stakeholder wajib diisi."}
    assert errors_of(v.required, None, "name", "Nama") == {"name": "Nama wajib diisi."}


def test_optional_wrapper():
    optional_phone = v.optional(v.phone)
    assert optional_phone("") is None
    assert optional_phone("   ") is None
    assert optional_phone(None) is None
    assert optional_phone("0812 3456 7890") == "+6281234567890"
    assert errors_of(optional_phone, "08123", "contact_phone") == {
        "contact_phone": "Nomor telepon tidak sah. Contoh: 0812 3456 7890 atau 0411 123456."}
    assert v.optional(v.nip)("199001012026031001", today=TODAY) == "199001012026031001"


def test_validate_optional():
    assert v.validate_optional("", v.email) is None
    assert v.validate_optional(None, v.email, "mail") is None
    assert v.validate_optional("X@Y.ID", v.email) == "X@y.id"
    assert errors_of(v.validate_optional, "bukan-email", v.email) == {
        "email": "Alamat e-mail harus memuat tepat satu tanda @."}
    assert errors_of(v.validate_optional, "bukan-email", v.email, "mail") == {
        "mail": "Alamat e-mail harus memuat tepat satu tanda @."}


# --- several fields at once ----------------------------------------------------------------------

def test_collector_returns_values_when_all_pass():
    with v.Collector() as c:
        satker = c.check("kode_satker", v.kode_satker, " 999 062")
        hp = c.check("telepon", v.optional(v.phone), "")
        name = c.check("nama", v.required, " Andi ", "Nama")
    assert (satker, hp, name) == ("999062", None, "Andi")
    assert c.errors == {}


def test_collector_raises_one_error_with_every_field():
    with pytest.raises(ValidationError) as info:
        with v.Collector() as c:
            assert c.check("kode_satker", v.kode_satker, "12") is None
            assert c.check("nama", v.required, "", "Nama") is None
            assert c.check("kode_ba", v.kode_ba, "015") == "015"
            c.check("hp", v.phone, "08123")
            c.check("surel", v.email, "nama@kemenkeu")
    assert info.value.errors == {
        "kode_satker": "Kode satker harus 6 digit angka.",
        "nama": "Nama wajib diisi.",
        "hp": "Nomor telepon tidak sah. Contoh: 0812 3456 7890 atau 0411 123456.",
        "surel": "Domain alamat e-mail tidak sah (contoh: kemenkeu.go.id).",
    }
    assert str(info.value) == ("Kode satker harus 6 digit angka.; Nama wajib diisi.; "
                               "Nomor telepon tidak sah. Contoh: 0812 3456 7890 atau 0411 123456.; "
                               "Domain alamat e-mail tidak sah (contoh: kemenkeu.go.id).")


def test_collector_cross_field_rule_and_first_message_wins():
    with pytest.raises(ValidationError) as info:
        with v.Collector() as c:
            c.check("telepon", v.phone, "08123")
            c.add("telepon", "Isi nomor telepon atau alamat e-mail.")
            c.add("email", "Isi nomor telepon atau alamat e-mail.")
    assert info.value.errors == {
        "telepon": "Nomor telepon tidak sah. Contoh: 0812 3456 7890 atau 0411 123456.",
        "email": "Isi nomor telepon atau alamat e-mail.",
    }


def test_collector_run_files_a_single_message_under_its_field():
    c = v.Collector()
    assert c.run("nip_pegawai", lambda: v.nip("123")) is None
    assert c.run("ok", lambda: "nilai") == "nilai"

    def sub_form():
        raise ValidationError({"alamat": "Alamat wajib diisi.", "kota": "Kota wajib diisi."})

    c.run("kontak", sub_form)
    assert c.errors == {"nip_pegawai": "NIP harus 18 digit angka.",
                        "alamat": "Alamat wajib diisi.", "kota": "Kota wajib diisi."}
    with pytest.raises(ValidationError):
        c.raise_if_any()
    v.Collector().raise_if_any()     # nothing collected: nothing raised


def test_collector_lets_other_exceptions_through():
    with pytest.raises(ZeroDivisionError):
        with v.Collector() as c:
            c.check("kode_ba", v.kode_ba, "1")
            raise ZeroDivisionError


def test_collector_merges_a_validation_error_raised_in_the_block():
    with pytest.raises(ValidationError) as info:
        with v.Collector() as c:
            c.check("kode_ba", v.kode_ba, "1")
            raise ValidationError({"kategori": "Pilih kategori.", "kode_ba": "diabaikan"})
    assert info.value.errors == {"kode_ba": "Kode BA harus 3 digit angka.",
                                 "kategori": "Pilih kategori."}


def test_collector_leaves_a_lone_validation_error_alone():
    original = ValidationError({"kategori": "Pilih kategori."})
    with pytest.raises(ValidationError) as info:
        with v.Collector():
            raise original
    assert info.value is original


def test_collect():
    assert v.collect(kode=lambda: v.kode_satker(" 999 062"), mail=lambda: v.email("A@B.ID")) == {
        "kode": "999062", "mail": "A@b.id"}
    assert v.collect() == {}


def test_collect_runs_every_check_and_reports_all():
    ran = []

    def later():
        ran.append("later")
        return v.kode_ba("1")

    with pytest.raises(ValidationError) as info:
        v.collect(nip_pegawai=lambda: v.nip("1"), kode=later, nama=lambda: v.required("x", "n", "N"))
    assert ran == ["later"]
    assert info.value.errors == {"nip_pegawai": "NIP harus 18 digit angka.",
                                 "kode": "Kode BA harus 3 digit angka."}


# --- choices -------------------------------------------------------------------------------------

def test_stakeholder_types():
    assert v.STAKEHOLDER_TYPES == (
        ("satker_kl", "Satker K/L"),
        ("satker_blu", "Satker BLU"),
        ("pemda", "Pemerintah daerah"),
        ("pemdes", "Pemerintah desa"),
        ("pihak_ketiga", "Pihak ketiga/supplier"),
        ("bank", "Bank"),
        ("pegawai", "Pegawai/pensiunan"),
        ("masyarakat", "Masyarakat umum"),
        ("instansi_lain", "Instansi lain"),
    )


def test_satker_roles():
    assert v.SATKER_ROLES == (
        ("kpa", "KPA"),
        ("ppk", "PPK"),
        ("ppspm", "PPSPM"),
        ("bendahara_pengeluaran", "Bendahara pengeluaran"),
        ("bendahara_penerimaan", "Bendahara penerimaan"),
        ("operator_sakti", "Operator SAKTI"),
    )


def test_channels_and_online():
    assert v.CHANNELS == (
        ("tatap_muka", "Tatap muka"),
        ("hai_cso", "HAI CSO (OM SPAN/MyIntress)"),
        ("whatsapp", "WhatsApp"),
        ("telepon", "Telepon"),
        ("email", "E-mail"),
    )
    assert v.is_online("tatap_muka") is False
    for code in ("hai_cso", "whatsapp", "telepon", "email"):
        assert v.is_online(code) is True
    with pytest.raises(ValueError):
        v.is_online("surat")

"""The command line, in process, on real database files."""

from __future__ import annotations

import io
import sys

import pytest

from kppn_desktop.cli import main


def run(capsys, *argv, stdin: str | None = None) -> tuple[int, str, str]:
    if stdin is not None:
        sys.stdin = io.StringIO(stdin)
    try:
        code = main(list(argv))
    finally:
        sys.stdin = sys.__stdin__
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("start, kind, expected", [
    # DOMAIN.md: Tuesday 17 March 2026; 18, 20, 23, 24 cuti bersama, 19 Nyepi, 21-22 weekend.
    ("2026-03-17T10:00", "escalation", "2026-03-27T15:00:00+08:00"),
    # Idul Fitri 2025: 28 Mar cuti, 31 Mar-1 Apr Idul Fitri, 2-4 and 7 Apr cuti bersama.
    ("2025-03-27T09:00", "escalation", "2025-04-10T15:00:00+08:00"),
    ("2026-03-17T14:50", "service", "2026-03-25T08:10:00+08:00"),
    ("2026-03-17T09:00", "service", "2026-03-17T09:20:00+08:00"),
    # A UTC start: 01:00Z is 09:00 WITA.
    ("2026-03-17T01:00:00+00:00", "service", "2026-03-17T09:20:00+08:00"),
    # Saturday night online: the clock starts Monday 08:00.
    ("2026-11-28T21:00", "service", "2026-11-30T08:20:00+08:00"),
    ("2026-12-23T11:00", "escalation", "2026-12-30T15:00:00+08:00"),
])
def test_sla_deadline_first_line_is_iso_with_the_office_offset(capsys, tmp_path, start, kind,
                                                             expected):
    db = tmp_path / "tidak-ada.sqlite3"
    code, out, _err = run(capsys, "--db", f"sqlite:///{db}", "sla", "deadline", "--start", start,
                          "--kind", kind)
    assert code == 0
    assert out.splitlines()[0] == expected
    assert not db.exists(), "asking for a deadline must not create a database"


def test_sla_deadline_explains_the_days_it_skipped(capsys, tmp_path):
    _code, out, _ = run(capsys, "--db", f"sqlite:///{tmp_path}/x.sqlite3", "sla", "deadline",
                        "--start", "2026-03-17T10:00", "--kind", "escalation")
    assert "Hari Suci Nyepi" in out and "Cuti Bersama" in out


def test_sla_deadline_uses_the_office_settings_of_the_database(capsys, tmp_path):
    url = f"sqlite:///{tmp_path}/kppn.sqlite3"
    assert run(capsys, "--db", url, "setup", "--password-stdin", stdin="rahasia-123\n")[0] == 0
    import datetime as dt

    from kppn_desktop.services import office, settings
    from kppn_desktop.services.context import transaction
    from kppn_desktop.storage.database import close_database, open_database

    open_database(url)
    with transaction():
        settings.put(settings.SERVICE_MINUTES, 30)
    admin = __import__("kppn_desktop.services.users", fromlist=["x"]).login("admin", "rahasia-123")
    office.set_closure(admin, dt.date(2026, 3, 25), "Rapat kerja kantor")
    close_database()
    code, out, _ = run(capsys, "--db", url, "sla", "deadline", "--start", "2026-03-17T10:00",
                       "--kind", "escalation")
    assert out.splitlines()[0] == "2026-03-30T15:00:00+08:00"
    assert "Rapat kerja kantor" in out
    _code, out, _ = run(capsys, "--db", url, "sla", "deadline", "--start", "2026-03-17T10:00",
                        "--kind", "service")
    assert out.splitlines()[0] == "2026-03-17T10:30:00+08:00"


def test_bad_start_is_a_clear_error(capsys, tmp_path):
    code, _out, err = run(capsys, "--db", f"sqlite:///{tmp_path}/x.sqlite3", "sla", "deadline",
                          "--start", "kemarin", "--kind", "service")
    assert code == 1 and "Waktu mulai tidak dikenali" in err


def test_db_upgrade_user_add_and_verify(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("KPPN_DATABASE_URL", f"sqlite:///{tmp_path}/env.sqlite3")
    code, out, _ = run(capsys, "db", "upgrade")
    assert code == 0 and "0001_initial" in out and (tmp_path / "env.sqlite3").exists()
    assert "mutakhir" in run(capsys, "db", "upgrade")[1]
    # The first user of an empty database needs nobody's permission; every later one does.
    code, out, _ = run(capsys, "user", "add", "--username", "admin", "--name", "Admin", "--role",
                       "admin", "--password-stdin", stdin="sandi-admin-1\n")
    assert code == 0 and "admin" in out
    code, _out, err = run(capsys, "user", "add", "--username", "rina", "--name", "Rina",
                          "--role", "cso", "--password-stdin", stdin="sandi-rina-1\n")
    assert code == 1 and "--as" in err
    monkeypatch.setenv("KPPN_PASSWORD", "salah-sekali")
    code, _out, err = run(capsys, "--as", "admin", "user", "add", "--username", "rina", "--name",
                          "Rina", "--role", "cso", "--password-stdin", stdin="sandi-rina-1\n")
    assert code == 1 and "kata sandi salah" in err
    monkeypatch.setenv("KPPN_PASSWORD", "sandi-admin-1")
    code, out, _ = run(capsys, "--as", "admin", "user", "add", "--username", "rina", "--name",
                       "Rina", "--role", "cso", "--password-stdin", stdin="sandi-rina-1\n")
    assert code == 0 and "rina" in out
    code, _out, err = run(capsys, "--as", "admin", "user", "add", "--username", "rina", "--name",
                          "Rina", "--role", "cso", "--password-stdin", stdin="sandi-rina-1\n")
    assert code == 2 and "sudah dipakai" in err
    monkeypatch.setenv("KPPN_PASSWORD", "sandi-rina-1")               # a CSO may not add users
    code, _out, err = run(capsys, "--as", "rina", "user", "add", "--username", "andi", "--name",
                          "Andi", "--role", "admin", "--password-stdin", stdin="sandi-andi-1\n")
    assert code == 1 and "tidak berwenang" in err
    code, out, _ = run(capsys, "db", "verify")
    assert code == 0 and "utuh" in out


def test_sample_data_fills_a_living_office(capsys, tmp_path):
    url = f"sqlite:///{tmp_path}/contoh.sqlite3"
    code, out, _ = run(capsys, "--db", url, "sample-data", "--consultations", "60", "--months", "2")
    assert code == 0, out
    assert "60 konsultasi" in out and "admin" in out and "kasi.pdms" in out
    from kppn_desktop.storage import history
    from kppn_desktop.storage.database import close_database, open_database
    from kppn_desktop.storage.models import Consultation, Event

    open_database(url)
    try:
        states = {c.state for c in Consultation.select(Consultation.state)}
        assert "selesai" in states
        assert Consultation.select().where(Consultation.channel == "hai_cso").count() > 0
        assert Event.select().where(Event.kind == "dieskalasi").count() > 0
        assert history.verify_chain().ok
    finally:
        close_database()


def test_sample_data_refuses_an_office_s_own_database(capsys, tmp_path):
    url = f"sqlite:///{tmp_path}/kantor.sqlite3"
    code, _out, _err = run(capsys, "--db", url, "setup", "--password-stdin",
                           stdin="sandi-admin-1\n")
    assert code == 0
    code, out, err = run(capsys, "--db", url, "sample-data", "--consultations", "10")
    assert code == 1 and "bukan data contoh" in err and "kata sandi" not in out.lower()


def test_report_and_slip_commands_write_files(capsys, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/kppn.sqlite3"
    code, out, _ = run(capsys, "--db", url, "sample-data", "--consultations", "30", "--months", "1")
    assert code == 0
    kakan_password = next(line.split()[1] for line in out.splitlines()
                          if line.split()[:1] == ["kakan"])
    # A report and a slip show personal data: without a user, nothing is written.
    code, _text, err = run(capsys, "--db", url, "report", "--from", "2020-01-01", "--to",
                           "2020-01-31", "--out", str(tmp_path / "tanpa.pdf"))
    assert code == 1 and "--as" in err and not (tmp_path / "tanpa.pdf").exists()
    monkeypatch.setenv("KPPN_PASSWORD", kakan_password)
    from kppn_desktop.storage.database import close_database, open_database
    from kppn_desktop.storage.models import Consultation

    open_database(url)
    number = Consultation.select(Consultation.number).order_by(Consultation.id).scalar()
    close_database()
    today = __import__("datetime").date.today()
    for suffix in ("pdf", "csv", "xlsx"):
        out = tmp_path / f"laporan.{suffix}"
        code, text, err = run(capsys, "--db", url, "--as", "kakan", "report", "--from",
                              "2020-01-01", "--to", today.isoformat(), "--out", str(out))
        assert code == 0, err
        assert out.stat().st_size > 500
    from tests.documents.pdftools import text_of

    assert "Halaman 1 dari" in text_of((tmp_path / "laporan.pdf").read_bytes())
    code, _text, err = run(capsys, "--db", url, "--as", "kakan", "slip", number, "--out",
                           str(tmp_path / "s.pdf"))
    assert code == 0, err
    assert number in text_of((tmp_path / "s.pdf").read_bytes())
    code, _text, err = run(capsys, "--db", url, "--as", "kakan", "slip", "121-19990101-0001",
                           "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "tidak ditemukan" in err
    code, _text, err = run(capsys, "--db", url, "report", "--from", "2026-13-01", "--to",
                           "2026-01-01", "--out", str(tmp_path / "r.pdf"))
    assert code == 2 and "Tanggal tidak dikenali" in err


def test_report_issue_and_verify(capsys, tmp_path, monkeypatch):
    """``report --issue`` writes the stamped paper; ``report verify`` says it still holds (exit 0),
    and no longer once the figures were corrected (exit 1)."""
    url = f"sqlite:///{tmp_path}/kppn.sqlite3"
    code, out, _ = run(capsys, "--db", url, "sample-data", "--consultations", "40", "--months", "2")
    assert code == 0
    passwords = {line.split()[0]: line.split()[1] for line in out.splitlines()
                 if line.split()[:1] in (["kakan"], ["admin"])}
    monkeypatch.setenv("KPPN_PASSWORD", passwords["kakan"])
    # The office's own date (WITA): after 16:00 UTC it is already tomorrow there.
    from zoneinfo import ZoneInfo

    today = __import__("datetime").datetime.now(ZoneInfo("Asia/Makassar")).date()
    first = (today.replace(day=1) - __import__("datetime").timedelta(days=1)).replace(day=1)
    last = today.replace(day=1) - __import__("datetime").timedelta(days=1)
    paper = tmp_path / "terbit.pdf"
    code, text, err = run(capsys, "--db", url, "--as", "kakan", "report", "--from",
                          first.isoformat(), "--to", last.isoformat(), "--out", str(paper),
                          "--issue")
    assert code == 0, err
    assert "Kode verifikasi:" in text
    code, text, err = run(capsys, "--db", url, "--as", "kakan", "report", "verify", str(paper))
    assert code == 0, err
    assert "HASIL: laporan terbukti sama." in text
    # The present month cannot be issued: its figures still move.
    code, _text, err = run(capsys, "--db", url, "--as", "kakan", "report", "--from",
                           today.replace(day=1).isoformat(), "--to", today.isoformat(),
                           "--out", str(tmp_path / "x.pdf"), "--issue")
    assert code == 2 and "sudah berakhir" in err
    # A closure entered afterwards on the busiest day of the period, then recounted.
    from kppn_desktop.storage.database import close_database, open_database
    from kppn_desktop.storage.models import Consultation

    open_database(url)
    busiest = (Consultation.select(Consultation.received_date)
               .where(Consultation.received_date.between(first, last))
               .group_by(Consultation.received_date)
               .order_by(__import__("peewee").fn.COUNT(Consultation.id).desc()).scalar())
    close_database()
    monkeypatch.setenv("KPPN_PASSWORD", passwords["admin"])
    from kppn_desktop.services import office as office_service
    from kppn_desktop.services import users

    open_database(url)
    admin = users.login("admin", passwords["admin"])
    office_service.set_closure(admin, busiest, "Ditutup (koreksi)")
    office_service.recount_clocks(admin)
    close_database()
    code, text, err = run(capsys, "--db", url, "--as", "admin", "report", "verify", str(paper))
    assert code == 1 and "BERBEDA" in text and "HASIL: laporan TIDAK terbukti sama." in text


def test_db_recount_changes_nothing_on_a_consistent_database_and_says_what_it_corrected(
        capsys, tmp_path, monkeypatch):
    import datetime as dt

    url = f"sqlite:///{tmp_path}/kppn.sqlite3"
    code, out, _ = run(capsys, "--db", url, "sample-data", "--consultations", "40", "--months", "1")
    assert code == 0
    admin_password = next(line.split()[1] for line in out.splitlines()
                          if line.split()[:1] == ["admin"])
    monkeypatch.setenv("KPPN_PASSWORD", admin_password)
    code, out, _ = run(capsys, "--db", url, "--as", "admin", "db", "recount")
    assert code == 0 and "Tidak ada yang berubah" in out

    from kppn_desktop.services import office, users
    from kppn_desktop.storage.database import close_database, open_database
    from kppn_desktop.storage.models import Consultation

    open_database(url)
    try:
        day = (Consultation.select(Consultation.received_date)
               .where(Consultation.service_met.is_null(False))
               .order_by(Consultation.id.desc()).scalar())
        if isinstance(day, str):
            day = dt.date.fromisoformat(day)
        office.set_closure(users.login("admin", admin_password), day, "Koreksi: kantor tutup")
    finally:
        close_database()
    code, out, _ = run(capsys, "--db", url, "--as", "admin", "db", "recount")
    assert code == 1 and "dikoreksi" in out and "-" in out
    assert run(capsys, "--db", url, "--as", "admin", "db", "recount")[0] == 0


def _old_office(url):
    """An office with one consultation resolved in 2019 (past five years) and one still open."""
    from kppn_desktop.services import attachments, users
    from kppn_desktop.services import consultations as svc
    from kppn_desktop.services import office as office_service
    from kppn_desktop.storage.database import close_database, open_database
    from tests.services.helpers import bendahara, wita
    from tests.storage.test_replay import PDF

    open_database(url)
    try:
        admin = office_service.setup_office(office_service.OfficeProfile(), admin_username="admin",
                                            admin_full_name="Admin", admin_password="sandi-admin-1")
        users.add_user(admin, "rina", "Rina", "cso", "sandi-rina-1")
        cso = users.login("rina", "sandi-rina-1")
        category = office_service.list_categories()[0].id
        from kppn_desktop.services.records import QuestionInput

        def take(at, who):
            [c] = svc.take_consultation(cso, channel="tatap_muka", at=at, stakeholder=who,
                                        questions=[QuestionInput(category, "SPM ditolak?")]
                                        ).consultations
            return c
        old = take(wita(2019, 3, 5, 9, 0), bendahara())
        attachments.attach_file(cso, old.id, "ktp.pdf", PDF, at=wita(2019, 3, 5, 9, 2))
        svc.resolve(cso, old.id, "Perbaiki data supplier.", expected_version=old.version,
                    at=wita(2019, 3, 5, 9, 5))
        take(wita(2026, 3, 5, 9, 0), bendahara(name="Andi Wijaya", phone="0813 1111 2222"))
    finally:
        close_database()


def test_pdp_anonymise_counts_first_then_anonymises_and_db_verify_passes(capsys, tmp_path,
                                                                          monkeypatch):
    url = f"sqlite:///{tmp_path}/kppn.sqlite3"
    _old_office(url)
    code, _out, err = run(capsys, "--db", url, "pdp", "anonymise")
    assert code == 1 and "--as" in err
    monkeypatch.setenv("KPPN_PASSWORD", "sandi-rina-1")
    code, _out, err = run(capsys, "--db", url, "--as", "rina", "pdp", "anonymise")
    assert code == 1 and "tidak berwenang" in err
    monkeypatch.setenv("KPPN_PASSWORD", "sandi-admin-1")
    code, out, _ = run(capsys, "--db", url, "--as", "admin", "pdp", "anonymise", "--dry-run")
    assert code == 0 and "Akan dianonimkan: 1 konsultasi" in out and "1 berkas" in out
    code, out, _ = run(capsys, "--db", url, "--as", "admin", "pdp", "anonymise")
    assert code == 0 and "Dianonimkan: 1 konsultasi" in out and "1 stakeholder" in out
    code, out, _ = run(capsys, "--db", url, "--as", "admin", "pdp", "anonymise", "--dry-run")
    assert code == 0 and "Tidak ada data pribadi" in out
    code, out, _ = run(capsys, "--db", url, "db", "verify")
    assert code == 0 and "utuh" in out and "Data sesuai riwayat: 2 konsultasi" in out


def test_pdp_export_writes_json_and_pdf_and_record_prints_the_processing_record(
        capsys, tmp_path, monkeypatch):
    import json

    url = f"sqlite:///{tmp_path}/kppn.sqlite3"
    _old_office(url)
    monkeypatch.setenv("KPPN_PASSWORD", "sandi-admin-1")
    out = tmp_path / "akses"
    code, text, err = run(capsys, "--db", url, "--as", "admin", "pdp", "export", "--phone",
                          "0813 1111 2222", "--out", str(out))
    assert code == 0, err
    assert "1 data stakeholder dan 1 konsultasi" in text
    [json_file] = out.glob("*.json")
    assert json.loads(json_file.read_text())["stakeholder"][0]["nama"] == "Andi Wijaya"
    assert json_file.with_suffix(".pdf").read_bytes().startswith(b"%PDF")
    code, _text, err = run(capsys, "--db", url, "--as", "admin", "pdp", "export", "--out",
                           str(out))
    assert code == 2 and "sedikitnya satu" in err
    code, text, _ = run(capsys, "--db", url, "--as", "admin", "pdp", "record")
    assert code == 0 and "Pasal 31" in text and "Masa simpan" in text


def test_db_backup_and_restore(capsys, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/kppn.sqlite3"
    code, out, _ = run(capsys, "--db", url, "sample-data", "--consultations", "15", "--months", "1")
    admin = next(line.split()[1] for line in out.splitlines() if line.split()[:1] == ["admin"])
    monkeypatch.setenv("KPPN_PASSWORD", admin)
    code, text, err = run(capsys, "--db", url, "--as", "admin", "db", "backup", "--to",
                          str(tmp_path / "cadangan"))
    assert code == 0, err
    assert "cadangan dibuat dan diperiksa" in text and "Riwayat utuh" in text
    [copy] = (tmp_path / "cadangan").glob("kppn-*.sqlite3")
    code, text, err = run(capsys, "--db", f"sqlite:///{tmp_path}/baru.sqlite3", "db", "restore",
                          str(copy))
    assert code == 0, err
    assert "Riwayat utuh" in text and "Data sesuai riwayat" in text
    code, _text, err = run(capsys, "--db", url, "db", "restore", str(copy))
    assert code == 1 and "tidak kosong" in err
def test_db_key_create_sign_and_verify(capsys, tmp_path, monkeypatch):
    """An office adopts a key: 'db key create' (0600, the head signed, nothing rewritten), then
    'db verify' checks the checkpoints with it and says when the chain is unkeyed."""
    import os
    import stat

    url = f"sqlite:///{tmp_path}/kantor.sqlite3"
    key_file = tmp_path / "rahasia" / "kunci-kantor.key"
    run(capsys, "--db", url, "setup", "--password-stdin", stdin="sandi-admin-1\n")
    code, out, _ = run(capsys, "--db", url, "db", "verify")
    assert code == 0 and "tidak berkunci" in out
    monkeypatch.setenv("KPPN_PASSWORD", "sandi-admin-1")
    code, out, err = run(capsys, "--db", url, "--key-file", str(key_file), "--as", "admin",
                         "db", "key", "create")
    assert code == 0 and "dibuat" in out and "ditandatangani" in out, err
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    code, _out, err = run(capsys, "--db", url, "--key-file", str(key_file), "--as", "admin",
                          "db", "key", "create")
    assert code == 1 and "sudah ada" in err
    code, out, _ = run(capsys, "--db", url, "--key-file", str(key_file), "db", "verify")
    assert code == 0 and "titik periksa sah" in out
    monkeypatch.setenv("KPPN_OFFICE_KEY_FILE", str(key_file))          # as a workstation has it
    code, out, _ = run(capsys, "--db", url, "--as", "admin", "db", "key", "sign")
    assert code == 0 and "ditandatangani" in out
    code, out, _ = run(capsys, "--db", url, "db", "verify")
    assert code == 0 and "2 titik periksa sah" in out
    monkeypatch.setenv("KPPN_OFFICE_KEY_FILE", str(tmp_path / "tidak-ada.key"))
    code, out, _ = run(capsys, "--db", url, "db", "verify")
    assert code == 0 and "tidak berkunci" in out and "--key-file" in out


def test_db_roles_is_for_postgresql_only(capsys, tmp_path):
    code, _out, err = run(capsys, "db", "roles", "--owner-url", f"sqlite:///{tmp_path}/a.sqlite3")
    assert code == 1 and "hanya ada di PostgreSQL" in err


def test_library_import_and_search(capsys, tmp_path, monkeypatch):
    """`library import` as a Kepala Seksi (a CSO may not), then `library search` prints
    CITATION<TAB>TITLE<TAB>SNIPPET, any form of the word finding the article."""
    from tests import library_files as files

    url = f"sqlite:///{tmp_path}/kppn.sqlite3"
    assert run(capsys, "--db", url, "setup", "--password-stdin", stdin="rahasia-123\n")[0] == 0
    monkeypatch.setenv("KPPN_PASSWORD", "rahasia-123")
    for name, role, section in (("kasi", "kasi", "PDMS"), ("cso", "cso", None)):
        extra = ["--section", section] if section else []
        assert run(capsys, "--db", url, "--as", "admin", "user", "add", "--username", name,
                   "--name", name.title(), "--role", role, *extra, "--password-stdin",
                   stdin="rahasia-123\n")[0] == 0
    folder = tmp_path / "peraturan"
    folder.mkdir()
    (folder / "pmk62.pdf").write_bytes(files.pdf(files.PMK_62))
    (folder / "per7.docx").write_bytes(files.docx(files.PER_SAKTI))
    code, _out, err = run(capsys, "--db", url, "--as", "cso", "library", "import", str(folder))
    assert code == 1 and "tidak berwenang" in err
    code, out, err = run(capsys, "--db", url, "--as", "kasi", "library", "import", str(folder))
    assert code == 0, err
    assert "2 peraturan (5 pasal) diimpor" in out
    code, out, err = run(capsys, "--db", url, "--as", "kasi", "library", "import",
                         str(folder / "pmk62.pdf"))
    assert code == 1 and "pmk62.pdf: berkas ini sudah pernah diimpor" in err

    code, out, _ = run(capsys, "--db", url, "--as", "cso", "library", "search", "pencairan dana",
                       "--limit", "1")
    assert code == 0
    [line] = out.splitlines()
    citation, title, snippet = line.split("\t")
    assert citation == "PMK 62 Tahun 2023 Pasal 12"
    assert title.startswith("PERENCANAAN ANGGARAN")
    assert "«Dana» «dicairkan»" in snippet


def test_commands_write_the_log_file_without_their_arguments(capsys, tmp_path, monkeypatch):
    """Each command writes what ran and how it ended into the application's log file (the one
    Bantuan > Catatan aplikasi shows), never its arguments: a URL may carry a password."""
    from kppn_desktop import logs

    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "log"))
    url = f"sqlite:///{tmp_path}/rahasia.sqlite3"
    code, _out, _err = run(capsys, "--db", url, "sla", "deadline", "--start", "2026-03-17T10:00",
                           "--kind", "service")
    assert code == 0
    code, _out, err = run(capsys, "--db", "mysql://u:sandi@h/db", "db", "verify")
    assert code == 1 and "Kesalahan" in err
    text = (tmp_path / "log" / "kppn-desktop.log").read_text()
    assert "command sla deadline started" in text and "command sla deadline ended (0)" in text
    assert "command db verify failed: Alamat basis data tidak dikenal" in text
    assert "rahasia" not in text and "sandi" not in text


def test_offices_are_added_listed_and_linked_on_the_server_s_command_line(capsys, tmp_path):
    """A Kanwil shares its database with its KPPNs: ``office add`` makes a Kanwil and a KPPN
    under it, each with its first administrator (who logs in to their own office), ``office
    link`` puts the first office under the Kanwil; mistakes are named and leave nothing."""
    from kppn_desktop.services import users
    from kppn_desktop.storage.database import close_database, open_database
    from kppn_desktop.storage.models import Office, User

    url = f"sqlite:///{tmp_path}/wilayah.sqlite3"
    assert run(capsys, "--db", url, "setup", "--password-stdin", stdin="sandi-admin-awal\n")[0] == 0
    code, out, err = run(capsys, "--db", url, "office", "add", "--code", "122", "--name",
                         "KPPN Mamuju", "--city", "Mamuju", "--kanwil", "900", "--admin",
                         "admin.mamuju", "--password-stdin", stdin="sandi-mamuju-1\n")
    assert code == 2 and "Kanwil" in err            # no Kanwil 900 yet: nothing made
    for argv, password in ((["--code", "900", "--name", "Kanwil DJPb Sulawesi Barat", "--kind",
                             "kanwil", "--city", "Mamuju", "--admin", "admin.kanwil"],
                            "sandi-kanwil-1"),
                           (["--code", "122", "--name", "KPPN Mamuju", "--city", "Mamuju",
                             "--kanwil", "900", "--admin", "admin.mamuju"], "sandi-mamuju-1")):
        code, out, err = run(capsys, "--db", url, "office", "add", *argv, "--password-stdin",
                             stdin=password + "\n")
        assert code == 0, err
    code, out, err = run(capsys, "--db", url, "office", "add", "--code", "123", "--name",
                         "KPPN Polewali", "--city", "Polewali", "--admin", "admin.mamuju",
                         "--password-stdin",
                         stdin="sandi-polewali-1\n")
    assert code == 2                                  # the administrator's name is taken
    assert run(capsys, "--db", url, "office", "link", "--code", "121", "--kanwil", "900")[0] == 0
    code, out, _ = run(capsys, "--db", url, "office", "list")
    assert out.splitlines() == ["121  kppn    KPPN Majene (Kanwil 900)",
                                "900  kanwil  Kanwil DJPb Sulawesi Barat",
                                "122  kppn    KPPN Mamuju (Kanwil 900)"]
    open_database(url)
    try:
        assert Office.get_or_none(Office.code == "123") is None
        mamuju = Office.get(Office.code == "122")
        admin = users.login("admin.mamuju", "sandi-mamuju-1")
        assert admin.office_id == mamuju.id and admin.role == "admin"
        assert User.get(User.username == "admin.kanwil").office_id == Office.get(
            Office.code == "900").id
    finally:
        close_database()

"""The ``kppn-desktop`` command: the GUI when run without a subcommand, and the office's tools.

Every command works on the database named by ``--db URL``, else ``$KPPN_DATABASE_URL``, else the
default SQLite file in the user's data folder."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import logging
import os
import sys

from kppn_desktop import __version__, logs
from kppn_desktop.domain.errors import KppnError, ValidationError
from kppn_desktop.domain.standards import DEFAULT_TIMEZONE

log = logging.getLogger(__name__)


def _parse_start(text: str, tz) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise KppnError(f"Waktu mulai tidak dikenali: {text!r}. Contoh: 2026-03-17T10:00 atau "
                        "2026-03-17T10:00+08:00") from None
    return value.replace(tzinfo=tz) if value.tzinfo is None else value


def cmd_sla_deadline(args) -> int:
    from kppn_desktop.services import sla  # noqa: PLC0415

    calendar, standard = sla.office_rules(args.db)
    start = _parse_start(args.start, calendar.tz)
    result = sla.deadline(start, args.kind, calendar, standard)
    print(result.deadline.isoformat())
    for line in result.explanation:
        print(line)
    return 0


def cmd_db(args) -> int:
    from kppn_desktop.storage import history, schema  # noqa: PLC0415
    from kppn_desktop.storage.database import open_database  # noqa: PLC0415

    if args.db_command == "upgrade":
        info = open_database(args.db, migrate=False)
        applied = schema.upgrade()
        print(f"{info.display}: " + (f"{len(applied)} migrasi diterapkan ({', '.join(applied)})."
                                     if applied else "skema sudah mutakhir."))
        return 0
    if args.db_command == "status":
        info = open_database(args.db, migrate=False)
        waiting = schema.pending()
        print(f"{info.display}: " + (f"{len(waiting)} migrasi menunggu: {', '.join(waiting)}"
                                     if waiting else "skema mutakhir."))
        return 0
    if args.db_command == "recount":
        from kppn_desktop.domain.formatting import format_number  # noqa: PLC0415
        from kppn_desktop.services import office  # noqa: PLC0415

        info = open_database(args.db)
        found = office.recount_clocks(_acting(args, "manage_office"),
                                      lambda done, total: print(
                                          f"  {format_number(done)}/{format_number(total)} "
                                          "konsultasi",
                                          file=sys.stderr, flush=True), full=True)
        if not found.changed:
            print(f"{info.display}: {found.checked} konsultasi dihitung ulang; semua jam layanan "
                  "dan jumlah laporan sesuai dengan riwayat dan kalender. Tidak ada yang berubah.")
            return 0
        print(f"{info.display}: {len(found.consultations)} dari {found.checked} konsultasi dan "
              f"{len(found.sums)} baris jumlah laporan dikoreksi menurut riwayat dan kalender "
              "(dicatat di riwayat):")
        for number, changes in sorted(found.consultations.items()):
            print(f"  {number}: {'; '.join(changes)}")
        for period, start, dimension, key in found.sums[:20]:
            print(f"  jumlah laporan {period} {start} {dimension} {key}".rstrip())
        if len(found.sums) > 20:
            print(f"  … dan {len(found.sums) - 20} baris jumlah lainnya")
        return 1
    if args.db_command == "backup":
        from pathlib import Path  # noqa: PLC0415

        from kppn_desktop.services import backups  # noqa: PLC0415

        info = open_database(args.db)
        made = backups.make_backup(_acting(args, "manage_office"),
                                   Path(args.to) if args.to else None)
        print(f"{info.display}: cadangan dibuat dan diperiksa: {made.path} "
              f"({made.size:,} byte)")
        for line in made.check.lines:
            print(f"  {line}")
        return 0
    if args.db_command == "restore":
        from pathlib import Path  # noqa: PLC0415

        from kppn_desktop.storage import backup, replay  # noqa: PLC0415
        from kppn_desktop.storage.database import resolve_url  # noqa: PLC0415

        url = resolve_url(args.db)
        backup.restore(Path(args.file), url)
        info = open_database(url)        # migrations of a newer version apply here
        chain, rows = history.verify_chain(), replay.verify_rows()
        print(f"{info.display}: dipulihkan dari {args.file}.")
        print(f"  {chain.message}")
        print(f"  {rows.message}")
        return 0 if chain.ok and rows.ok else 1
    if args.db_command == "copy":
        from kppn_desktop.services import backups  # noqa: PLC0415

        info = open_database(args.db)
        moved = backups.copy_database(
            _acting(args, "manage_office"), args.to,
            lambda table, done: print(f"  {table}: {done:,}", file=sys.stderr, flush=True)
            if done % 50_000 == 0 else None)
        print(f"{info.display}:")
        for line in moved.lines:
            print(f"  {line}")
        return 0 if moved.ok else 1
    if args.db_command == "verify":
        from kppn_desktop.storage import office_key, replay  # noqa: PLC0415

        info = open_database(args.db)
        report = history.verify_chain()
        print(f"{info.display}: {report.message}")
        key = office_key.current()
        signed = history.verify_signatures(key)
        print(f"{info.display}: {signed.message}")
        rows = replay.verify_rows()
        print(f"{info.display}: {rows.message}")
        if key is not None and report.ok and signed.ok:
            _remember_last_checkpoint(key)
        return 0 if report.ok and signed.ok and rows.ok else 1
    if args.db_command == "key":
        return _cmd_db_key(args)
    if args.db_command == "roles":
        from kppn_desktop.storage import pg_roles  # noqa: PLC0415

        password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
        url = pg_roles.grant_app_role(args.owner_url, args.app_role, password)
        shown = url.replace(f":{password}@", ":***@") if password else url
        print(f"Peran aplikasi {args.app_role} siap: boleh membaca dan menulis data kantor, hanya "
              "menambah riwayat peristiwa (tanpa UPDATE, DELETE, TRUNCATE), tanpa mengubah skema. "
              f"Workstation memakai: --db {shown}")
        return 0
    raise AssertionError(args.db_command)


def _remember_last_checkpoint(key) -> None:
    """Raise the witness beside the key to the newest checkpoint just verified."""
    from kppn_desktop.storage.models import ChainCheckpoint  # noqa: PLC0415

    last = (ChainCheckpoint.select(ChainCheckpoint.seq, ChainCheckpoint.hash)
            .order_by(ChainCheckpoint.seq.desc()).tuples().first())
    if last is not None:
        key.remember(*last)


def _cmd_db_key(args) -> int:
    from kppn_desktop.storage import history, office_key  # noqa: PLC0415
    from kppn_desktop.storage.database import open_database  # noqa: PLC0415

    info = open_database(args.db)
    _acting(args, "manage_office")
    if args.key_command == "create":
        key = office_key.create(office_key.path())
        print(f"Kunci kantor {key.id} dibuat: {key.path} (hanya dapat dibaca pemiliknya). "
              "Simpan salinannya di tempat aman di luar server basis data: tanpa kunci ini, "
              "titik periksa riwayat tidak dapat diperiksa.")
    else:
        key = office_key.current()
        if key is None:
            raise office_key.OfficeKeyError(f"Tidak ada kunci kantor di {office_key.path()}: "
                                            "buat dengan 'kppn-desktop db key create', atau "
                                            "tunjukkan dengan --key-file.")
    office_key.use(key)
    seq, head = history.sign_head(key)
    key.remember(seq, head)
    print(f"{info.display}: kepala riwayat ditandatangani ({seq} peristiwa). Riwayat tidak "
          "ditulis ulang.")
    return 0


def _read_password(args) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Kata sandi: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise KppnError("Kedua kata sandi tidak sama.")
    return first


PASSWORD_ENV = "KPPN_PASSWORD"


def _acting(args, action_name: str):
    """The user on whose behalf a command that changes data or shows personal data runs: asked
    for with ``--as`` (password prompted, or from $KPPN_PASSWORD for scripts) and checked like a
    login to the application. A database without any user yet (first setup) asks nobody."""
    from kppn_desktop.domain.workflow import Action  # noqa: PLC0415
    from kppn_desktop.services import users  # noqa: PLC0415
    from kppn_desktop.services.context import require  # noqa: PLC0415

    if not users.any_users():
        return None
    username = args.as_user
    if not username:
        if not sys.stdin.isatty():
            raise KppnError("Perintah ini memerlukan pengguna yang berwenang: tambahkan --as "
                            f"NAMA_PENGGUNA (kata sandi diminta, atau dari ${PASSWORD_ENV}).")
        username = input("Nama pengguna: ")
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        password = getpass.getpass(f"Kata sandi {username}: ")
    actor = users.login(username, password)
    require(actor, Action(action_name))
    return actor


def cmd_user_add(args) -> int:
    from kppn_desktop.services import office, users  # noqa: PLC0415
    from kppn_desktop.storage.database import open_database  # noqa: PLC0415

    open_database(args.db)
    acting = _acting(args, "manage_users")
    section_id = None
    if args.section:
        matches = [s.id for s in office.list_sections(active_only=False)
                   if s.code == args.section.upper()]
        if not matches:
            raise ValidationError({"section": f"Seksi {args.section} tidak ada."})
        section_id = matches[0]
    if acting is None:     # the first user of an empty database
        actor = users.create_user_unchecked(args.username, args.name, args.role,
                                            _read_password(args), nip=args.nip or "",
                                            section_id=section_id)
    else:
        actor = users.add_user(acting, args.username, args.name, args.role, _read_password(args),
                               nip=args.nip or "", section_id=section_id)
    print(f"Pengguna {actor.username} ({actor.role_label}) dibuat.")
    return 0


def cmd_setup(args) -> int:
    from kppn_desktop.services import office  # noqa: PLC0415
    from kppn_desktop.storage.database import open_database  # noqa: PLC0415

    open_database(args.db)
    profile = office.OfficeProfile()
    admin = office.setup_office(profile, admin_username=args.admin, admin_full_name=args.name,
                                admin_password=_read_password(args))
    print(f"Kantor {profile.name} disiapkan; administrator {admin.username} dibuat.")
    return 0


def cmd_office(args) -> int:
    """``office list|add|link``: the offices of a database shared by a Kanwil and its KPPNs, on
    the server's command line (like ``setup``: whoever holds the database's URL)."""
    from kppn_desktop.services import office  # noqa: PLC0415
    from kppn_desktop.storage.database import open_database  # noqa: PLC0415

    open_database(args.db)
    if args.office_command == "list":
        rows = office.list_offices()
        codes = {o.id: o.code for o in rows}
        for o in rows:
            under = f" (Kanwil {codes[o.parent_id]})" if o.parent_id in codes else ""
            print(f"{o.code}  {o.kind:<6}  {o.name}{under}")
        return 0
    if args.office_command == "link":
        info = office.link_office(args.code, args.kanwil or None)
        print(f"{info.code} {info.name}: " + (f"di bawah Kanwil {args.kanwil}." if args.kanwil
                                                else "tidak di bawah Kanwil mana pun."))
        return 0
    profile = office.OfficeProfile(code=args.code, name=args.name, city=args.city,
                                   timezone=args.timezone)
    info, admin = office.add_office(profile, kind=args.kind, kanwil_code=args.kanwil or None,
                                    admin_username=args.admin, admin_full_name=args.admin_name,
                                    admin_password=_read_password(args))
    print(f"Kantor {info.code} {info.name} ditambahkan; administratornya {admin.username} "
          "melengkapi profil, seksi, kategori dan penggunanya dari jendela aplikasi.")
    return 0


def cmd_sample_data(args) -> int:
    from kppn_desktop.demo import sample  # noqa: PLC0415
    from kppn_desktop.storage.database import open_database  # noqa: PLC0415

    info = open_database(args.db)
    if not sample.made_here():
        raise KppnError(f"{info.display} berisi data kantor yang bukan data contoh; data contoh "
                        "hanya dibuat pada basis data baru (mis. --db sqlite:///contoh.sqlite3).")
    print(f"Mengisi {info.display} dengan data contoh…", flush=True)
    report = sample.generate(consultations=args.consultations, months=args.months,
                             seed=args.seed, progress=lambda text: print(text, flush=True),
                             offices=args.offices)
    print(report.summary())
    if report.passwords:
        print("\nPengguna contoh (nama pengguna / kata sandi / peran):")
        for username, password, role in report.passwords:
            print(f"  {username:<12} {password:<16} {role}")
    return 0


def _parse_date(text: str, field: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError({field: f"Tanggal tidak dikenali: {text!r} (contoh: 2026-03-17)."}) from None


def _kanwil_report(args, first, last, out, kind: str) -> int:
    """``report --kanwil``: the consolidated report of the Kanwil of the ``--as`` user."""
    from kppn_desktop.services import kanwil  # noqa: PLC0415
    from kppn_desktop.storage.database import open_database  # noqa: PLC0415

    if kind not in ("pdf", "xlsx") or args.issue:
        raise ValidationError({"out": "Laporan gabungan Kanwil: berkas .pdf atau .xlsx (tidak "
                                      "diterbitkan)."})
    open_database(args.db)
    actor = _acting(args, "view_kanwil_reports")
    if actor is None:
        raise KppnError("Basis data ini belum memiliki pengguna Kanwil.")
    data = kanwil.report_file(actor, first, last, kind)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"Laporan gabungan {first:%d-%m-%Y} s.d. {last:%d-%m-%Y} disimpan: {out} "
          f"({len(data):,} byte)")
    return 0


def cmd_report(args) -> int:
    from pathlib import Path  # noqa: PLC0415

    from kppn_desktop.services import reports  # noqa: PLC0415
    from kppn_desktop.storage.database import open_database  # noqa: PLC0415

    if args.verb == "verify":
        return _verify_report(args)
    missing = [name for name, value in (("--from", args.date_from), ("--to", args.date_to),
                                        ("--out", args.out)) if not value]
    if missing or args.file:
        raise ValidationError({"report": "Gunakan: report --from TANGGAL --to TANGGAL --out "
                                         "BERKAS [--issue], atau: report verify BERKAS.pdf"})
    first, last = _parse_date(args.date_from, "from"), _parse_date(args.date_to, "to")
    out = Path(args.out)
    kind = out.suffix.lower().lstrip(".")
    if args.kanwil:
        return _kanwil_report(args, first, last, out, kind)
    if kind not in ("pdf", "csv", "xlsx"):
        raise ValidationError({"out": "Nama berkas harus berakhiran .pdf, .csv atau .xlsx."})
    if args.issue and kind != "pdf":
        raise ValidationError({"out": "Laporan yang diterbitkan disimpan sebagai .pdf."})
    open_database(args.db)
    if args.issue:
        from kppn_desktop.services import issued_reports  # noqa: PLC0415

        actor = _acting(args, "issue_reports")
        if actor is None:
            raise KppnError("Basis data ini belum memiliki pengguna yang dapat menerbitkan.")
        issued = issued_reports.issue(actor, first, last)
        data = issued.pdf
        if issued.notes.previous_code:
            print(f"Periode ini pernah diterbitkan ({issued.notes.previous_code}). Perubahan:")
            for line in issued.notes.changes or ("tidak ada angka yang berubah",):
                print(f"  {line}")
            for line in issued.notes.corrections:
                print(f"  koreksi: {line}")
        print(f"Kode verifikasi: {issued.code}")
    else:
        data = reports.report_file(_acting(args, "view_reports"), first, last, kind)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"Laporan {first:%d-%m-%Y} s.d. {last:%d-%m-%Y} disimpan: {out} ({len(data):,} byte)")
    return 0


def _verify_report(args) -> int:
    """``report verify FILE.pdf``: exit 0 when the database still yields the issued report."""
    from pathlib import Path  # noqa: PLC0415

    from kppn_desktop.services import issued_reports  # noqa: PLC0415
    from kppn_desktop.storage.database import open_database  # noqa: PLC0415

    if not args.file:
        raise ValidationError({"file": "Sebutkan berkas PDF laporan: report verify BERKAS.pdf"})
    path = Path(args.file)
    if not path.is_file():
        raise ValidationError({"file": f"Berkas tidak ditemukan: {path}"})
    open_database(args.db)
    check = issued_reports.verify(_acting(args, "view_reports"), path.read_bytes())
    for line in check.lines:
        print(line)
    print("HASIL: laporan terbukti sama." if check.ok else "HASIL: laporan TIDAK terbukti sama.")
    return 0 if check.ok else 1


def cmd_slip(args) -> int:
    from pathlib import Path  # noqa: PLC0415

    from kppn_desktop.services import papers  # noqa: PLC0415
    from kppn_desktop.storage.database import open_database  # noqa: PLC0415

    open_database(args.db)
    data = papers.slip_pdf_by_number(_acting(args, "view"), args.number, args.layout)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    print(f"Bukti konsultasi {args.number} disimpan: {out}")
    return 0


def _personal_data_officer(args):
    actor = _acting(args, "manage_personal_data")
    if actor is None:
        raise KppnError("Basis data ini belum memiliki pengguna; jalankan 'kppn-desktop setup' "
                        "dahulu.")
    return actor


def cmd_pdp(args) -> int:
    from kppn_desktop.services import privacy  # noqa: PLC0415
    from kppn_desktop.storage.database import open_database  # noqa: PLC0415

    info = open_database(args.db)
    actor = _personal_data_officer(args)
    if args.pdp_command == "anonymise":
        if args.dry_run:
            print(f"{info.display}: {privacy.plan_anonymisation(actor).message}")
            return 0
        done = privacy.anonymise(actor, progress=lambda done, total: print(
            f"  {done}/{total} konsultasi", file=sys.stderr, flush=True))
        print(f"{info.display}: {done.message}")
        return 0
    if args.pdp_command == "export":
        import datetime as dt  # noqa: PLC0415
        from pathlib import Path  # noqa: PLC0415

        found = privacy.access_export(actor, name=args.name or "", phone=args.phone or "",
                                      email=args.email or "")
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        stem = f"data-pribadi-{dt.datetime.now():%Y%m%d-%H%M%S}"
        (out / f"{stem}.json").write_bytes(found.json)
        (out / f"{stem}.pdf").write_bytes(found.pdf)
        print(f"{found.message} Disimpan: {out / stem}.json dan .pdf")
        return 0
    if args.pdp_command == "record":
        print(privacy.processing_record(actor).text())
        return 0
    raise AssertionError(args.pdp_command)


def cmd_library(args) -> int:
    from kppn_desktop.storage.database import open_database  # noqa: PLC0415

    info = open_database(args.db)
    if args.library_command == "import":
        from kppn_desktop.services import library_import  # noqa: PLC0415

        actor = _acting(args, "manage_library")
        if actor is None:
            raise KppnError("Basis data ini belum memiliki pengguna; jalankan 'kppn-desktop setup' "
                            "dahulu.")
        try:
            done = library_import.import_paths(actor, args.paths, args.manifest)
        except library_import.ImportRefused as refused:
            print("Tidak ada yang diimpor:", file=sys.stderr)
            for name, why in refused.problems.items():
                print(f"  {name}: {why}", file=sys.stderr)
            return 1
        print(f"{info.display}: {done.message}")
        return 0
    if args.library_command == "search":
        from kppn_desktop.services import library  # noqa: PLC0415

        actor = _acting(args, "search_library")
        if actor is None:
            raise KppnError("Basis data ini belum memiliki pengguna; jalankan 'kppn-desktop setup' "
                            "dahulu.")
        for hit in library.search(actor, args.query, limit=args.limit,
                                  include_revoked=args.all):
            title = hit.title + (f" ({hit.status_note})" if hit.status_note else "")
            print("\t".join(" ".join(part.split()) for part in
                            (hit.citation, title, hit.snippet)))
        return 0
    raise AssertionError(args.library_command)


def cmd_tour(args) -> int:
    from kppn_desktop.demo.tour import run_tour  # noqa: PLC0415

    return run_tour(args.out, args.size, args.lang)


def cmd_gui(args) -> int:
    try:
        from kppn_desktop.gui.startup.app import run  # noqa: PLC0415
    except ImportError:
        print("Antarmuka grafis belum tersedia pada versi ini. Perintah yang tersedia: "
              "kppn-desktop --help", file=sys.stderr)
        return 2
    return run(args.db)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kppn-desktop",
        description="KPPN Desktop: layanan konsultasi stakeholder KPPN.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", metavar="URL", default=None,
                        help="basis data: sqlite:///berkas atau postgresql://user@host:port/db "
                             "(bawaan: $KPPN_DATABASE_URL, lalu berkas SQLite di folder data "
                             "pengguna)")
    parser.add_argument("--as", dest="as_user", metavar="PENGGUNA",
                        help="pengguna yang menjalankan perintah yang mengubah data atau "
                             "menampilkan data pribadi (kata sandi diminta, atau dari "
                             f"${PASSWORD_ENV})")
    parser.add_argument("--key-file", metavar="BERKAS", default=None,
                        help="kunci kantor (bawaan: $KPPN_OFFICE_KEY_FILE, lalu kunci-kantor.key "
                             "di folder konfigurasi pengguna)")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")

    gui = sub.add_parser("gui", help="buka aplikasi (bawaan tanpa perintah)")
    gui.set_defaults(func=cmd_gui)

    tour = sub.add_parser("tour", help="tur seluruh alur melalui jendela nyata, dengan tangkapan "
                                       "layar tiap langkah dan kertas cetakannya")
    tour.add_argument("--out", required=True, metavar="FOLDER")
    tour.add_argument("--size", choices=["1366x768", "1920x1080"], default="1366x768")
    tour.add_argument("--lang", choices=["id", "en"], default="id",
                      help="bahasa layar (id: Indonesia, en: Inggris)")
    tour.set_defaults(func=cmd_tour)

    db = sub.add_parser("db", help="skema dan keutuhan basis data")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="AKSI")
    db_sub.add_parser("upgrade", help="terapkan migrasi yang belum diterapkan")
    db_sub.add_parser("status", help="tampilkan migrasi yang menunggu")
    backup = db_sub.add_parser("backup", help="buat cadangan yang langsung diperiksa "
                                              "(SQLite: salinan daring; PostgreSQL: pg_dump)")
    backup.add_argument("--to", metavar="FOLDER",
                        help="folder tujuan (bawaan: folder 'cadangan' di samping berkas SQLite)")
    restore = db_sub.add_parser("restore", help="pulihkan cadangan ke basis data --db yang "
                                                "masih kosong, lalu periksa")
    restore.add_argument("file", metavar="BERKAS")
    copy = db_sub.add_parser("copy", help="salin seluruh kantor ke basis data lain yang masih "
                                          "kosong (mis. dari SQLite ke PostgreSQL), lalu periksa "
                                          "riwayat dan laporannya")
    copy.add_argument("--to", required=True, metavar="URL", help="postgresql://… atau sqlite:///…")
    db_sub.add_parser("verify", help="periksa rantai hash riwayat peristiwa, lalu data "
                                     "tersimpan dan isi lampiran terhadap riwayatnya")
    db_sub.add_parser("recount", help="hitung ulang semua jam layanan dan jumlah laporan dari "
                                      "riwayat dan kalender; kode keluar 1 bila ada yang berubah")
    key = db_sub.add_parser("key", help="kunci kantor di luar basis data yang menandatangani "
                                        "titik periksa riwayat")
    key_sub = key.add_subparsers(dest="key_command", required=True, metavar="AKSI")
    key_sub.add_parser("create", help="buat kunci baru (izin 0600) dan tandatangani kepala "
                                      "riwayat sekarang")
    key_sub.add_parser("sign", help="tandatangani kepala riwayat sekarang (mis. tiap akhir hari)")
    roles = db_sub.add_parser("roles", help="PostgreSQL: buat peran aplikasi yang hanya boleh "
                                            "menambah riwayat dan tidak boleh mengubah skema")
    roles.add_argument("--owner-url", required=True, metavar="URL",
                       help="URL pemilik basis data (postgresql://pemilik@host/db)")
    roles.add_argument("--app-role", default="kppn_app", metavar="PERAN")
    roles.add_argument("--password-stdin", action="store_true",
                       help="baca kata sandi peran aplikasi dari masukan standar")
    db.set_defaults(func=cmd_db)

    pdp = sub.add_parser("pdp", help="data pribadi (UU 27/2022): anonimisasi setelah masa simpan, "
                                      "ekspor data seseorang, catatan pemrosesan")
    pdp_sub = pdp.add_subparsers(dest="pdp_command", required=True, metavar="AKSI")
    anonymise = pdp_sub.add_parser("anonymise", help="anonimkan data pribadi konsultasi yang "
                                                     "selesai sebelum batas masa simpan")
    anonymise.add_argument("--dry-run", action="store_true",
                           help="hanya hitung yang akan dianonimkan; tidak ada yang diubah")
    export = pdp_sub.add_parser("export", help="semua data seseorang (JSON dan PDF) atas "
                                               "permintaan aksesnya")
    export.add_argument("--name", help="nama persis (huruf besar/kecil tidak dibedakan)")
    export.add_argument("--phone", help="nomor telepon (0812…, +62812…)")
    export.add_argument("--email")
    export.add_argument("--out", required=True, metavar="FOLDER")
    pdp_sub.add_parser("record", help="catatan pemrosesan data pribadi (Pasal 31)")
    pdp.set_defaults(func=cmd_pdp)

    lib = sub.add_parser("library", help="perpustakaan peraturan, FAQ dan jawaban terdahulu")
    lib_sub = lib.add_subparsers(dest="library_command", required=True, metavar="AKSI")
    imp = lib_sub.add_parser("import", help="impor peraturan dari PDF, DOCX atau TXT (berkas "
                                            "atau folder); semua atau tidak sama sekali")
    imp.add_argument("paths", nargs="+", metavar="PATH")
    imp.add_argument("--manifest", metavar="BERKAS.csv",
                     help="berkas,jenis,nomor,tahun,judul,berlaku_sejak,status,kategori untuk "
                          "berkas yang kepalanya tidak dikenali")
    find = lib_sub.add_parser("search", help="cari; satu hasil per baris: "
                                             "SITASI<TAB>JUDUL<TAB>CUPLIKAN")
    find.add_argument("query", metavar="QUERY")
    find.add_argument("--limit", type=int, default=10, metavar="N")
    find.add_argument("--all", action="store_true",
                      help="sertakan pasal peraturan yang sudah dicabut")
    lib.set_defaults(func=cmd_library)

    user = sub.add_parser("user", help="kelola pengguna")
    user_sub = user.add_subparsers(dest="user_command", required=True, metavar="AKSI")
    add = user_sub.add_parser("add", help="tambah pengguna")
    add.add_argument("--username", required=True)
    add.add_argument("--name", required=True, help="nama lengkap")
    add.add_argument("--role", required=True, choices=["cso", "kasi", "kakan", "admin"])
    add.add_argument("--section", help="kode seksi (wajib untuk kasi), mis. PDMS")
    add.add_argument("--nip")
    add.add_argument("--password-stdin", action="store_true",
                     help="baca kata sandi dari masukan standar")
    add.set_defaults(func=cmd_user_add)

    setup = sub.add_parser("setup", help="penyiapan awal: profil KPPN Majene dan administrator")
    setup.add_argument("--admin", default="admin", help="nama pengguna administrator")
    setup.add_argument("--name", default="Administrator", help="nama lengkap administrator")
    setup.add_argument("--password-stdin", action="store_true")
    setup.set_defaults(func=cmd_setup)

    offices = sub.add_parser("office", help="kantor-kantor dalam satu basis data (Kanwil dan KPPN)")
    office_sub = offices.add_subparsers(dest="office_command", required=True, metavar="AKSI")
    office_sub.add_parser("list", help="daftar kantor")
    add = office_sub.add_parser("add", help="tambah kantor beserta administrator pertamanya")
    add.add_argument("--code", required=True, help="kode kantor (3 digit)")
    add.add_argument("--name", required=True, help="nama kantor, mis. 'KPPN Mamuju'")
    add.add_argument("--kind", choices=["kppn", "kanwil"], default="kppn")
    add.add_argument("--kanwil", default="", metavar="KODE", help="kode Kanwil induk sebuah KPPN")
    add.add_argument("--city", required=True, help="kota kantor")
    add.add_argument("--timezone", default=DEFAULT_TIMEZONE, help="zona waktu kantor")
    add.add_argument("--admin", required=True, help="nama pengguna administrator kantor itu")
    add.add_argument("--admin-name", default="Administrator", help="nama lengkapnya")
    add.add_argument("--password-stdin", action="store_true")
    link = office_sub.add_parser("link", help="tempatkan KPPN di bawah Kanwil (kosong: lepas)")
    link.add_argument("--code", required=True, help="kode KPPN")
    link.add_argument("--kanwil", default="", metavar="KODE", help="kode Kanwil")
    offices.set_defaults(func=cmd_office)

    sample = sub.add_parser("sample-data", help="isi basis data dengan konsultasi contoh")
    sample.add_argument("--consultations", type=int, default=400, metavar="N")
    sample.add_argument("--months", type=int, default=4, help="rentang bulan ke belakang")
    sample.add_argument("--seed", type=int, default=2026)
    sample.add_argument("--offices", type=int, metavar="N",
                        help="sebuah Kanwil dengan N KPPN (pengguna, seksi, kategori dan "
                             "--consultations konsultasi per KPPN; pengguna Kanwil: kanwil)")
    sample.set_defaults(func=cmd_sample_data)

    report = sub.add_parser(
        "report", help="laporan layanan suatu periode (PDF, CSV atau XLSX); "
                       "'report verify BERKAS.pdf' memeriksa laporan yang diterbitkan",
        usage="%(prog)s --from TANGGAL --to TANGGAL --out BERKAS [--issue]\n"
              "       %(prog)s --kanwil --from TANGGAL --to TANGGAL --out BERKAS --as PENGGUNA\n"
              "       %(prog)s verify BERKAS.pdf")
    report.add_argument("verb", nargs="?", choices=["verify"], help=argparse.SUPPRESS)
    report.add_argument("file", nargs="?", help=argparse.SUPPRESS)
    report.add_argument("--from", dest="date_from", metavar="TANGGAL")
    report.add_argument("--to", dest="date_to", metavar="TANGGAL")
    report.add_argument("--out", metavar="BERKAS",
                        help="berkas keluaran; formatnya dari akhiran .pdf, .csv atau .xlsx")
    report.add_argument("--issue", action="store_true",
                        help="terbitkan (PDF): simpan di basis data dengan kode verifikasi; "
                             "hanya periode yang sudah berakhir, oleh Kepala Kantor atau admin")
    report.add_argument("--kanwil", action="store_true",
                        help="laporan gabungan KPPN di wilayah Kanwil pengguna --as (peran "
                             "kanwil): per KPPN, peringkat, jumlah, eskalasi terlambat; "
                             ".pdf atau .xlsx")
    report.set_defaults(func=cmd_report)

    slip = sub.add_parser("slip", help="bukti konsultasi (PDF) untuk satu nomor konsultasi")
    slip.add_argument("number", metavar="NOMOR")
    slip.add_argument("--out", required=True, metavar="BERKAS")
    slip.add_argument("--layout", choices=["receipt80", "a5", "a4"], default="receipt80")
    slip.set_defaults(func=cmd_slip)

    sla = sub.add_parser("sla", help="perhitungan tenggat standar layanan")
    sla_sub = sla.add_subparsers(dest="sla_command", required=True, metavar="AKSI")
    deadline = sla_sub.add_parser("deadline", help="cetak tenggat (baris pertama: ISO 8601)")
    deadline.add_argument("--start", required=True,
                          help="waktu mulai ISO 8601; tanpa zona = waktu kantor")
    deadline.add_argument("--kind", required=True, choices=["service", "escalation"])
    deadline.set_defaults(func=cmd_sla_deadline)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    if args.key_file or args.command == "db":
        from kppn_desktop.storage import office_key  # noqa: PLC0415
        office_key.use_path(args.key_file)
    # Every command writes the log file the window writes (Bantuan > Catatan aplikasi): what
    # ran and how it ended, never its arguments (a URL may hold a password).
    command = " ".join([args.command or "gui"] + [value for name, value in sorted(vars(args).items())
                                                  if name.endswith("_command") and value])
    logs.setup()
    log.info("command %s started", command)
    try:
        code = func(args)
        log.info("command %s ended (%s)", command, code)
        return code
    except ValidationError as exc:
        log.warning("command %s refused input: %s", command, exc.message)
        for field, message in exc.errors.items():
            print(f"Kesalahan ({field}): {message}", file=sys.stderr)
        return 2
    except KppnError as exc:
        log.warning("command %s failed: %s", command, exc.message)
        print(f"Kesalahan: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        log.info("command %s interrupted", command)
        return 130
    except BaseException:
        log.exception("command %s crashed", command)
        raise
    finally:
        from kppn_desktop.storage.database import close_database  # noqa: PLC0415
        close_database()
        logs.shutdown()

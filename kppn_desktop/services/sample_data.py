"""A living office for newcomers and demonstrations: users, stakeholders and consultations over the
last months up to today, taken through the same services as the desk (every clock, event and
number is therefore real)."""

from __future__ import annotations

import datetime as dt
import random
import secrets
from collections import Counter
from dataclasses import dataclass, field

from kppn_desktop.domain.workflow import State
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import office as office_service
from kppn_desktop.services import users
from kppn_desktop.services.context import Actor
from kppn_desktop.services.records import QuestionInput
from kppn_desktop.services.stakeholders import StakeholderInput
from kppn_desktop.storage.models import User, utcnow

SATKERS = (
    ("019385", "Kantor Kementerian Agama Kabupaten Majene", "025"),
    ("400512", "Universitas Sulawesi Barat", "023"),
    ("680173", "Pengadilan Negeri Majene", "005"),
    ("006512", "Kejaksaan Negeri Majene", "006"),
    ("640620", "Kepolisian Resor Majene", "060"),
    ("418230", "Badan Pusat Statistik Kabupaten Majene", "054"),
    ("097823", "KPP Pratama Majene", "015"),
    ("434009", "Kantor Pertanahan Kabupaten Majene", "056"),
    ("654321", "Rumah Tahanan Negara Kelas IIB Majene", "013"),
    ("677543", "Pengadilan Agama Majene", "005"),
    ("019406", "MAN 1 Majene", "025"),
    ("688112", "Komisi Pemilihan Umum Kabupaten Majene", "076"),
    ("415362", "Stasiun Meteorologi Majene", "075"),
    ("523719", "Kantor SAR Mamuju Pos Majene", "107"),
    ("019412", "Kantor Kementerian Agama Kabupaten Polewali Mandar", "025"),
    ("680190", "Pengadilan Negeri Polewali", "005"),
)
ROLES = ("bendahara_pengeluaran", "ppk", "operator_sakti", "ppspm", "kpa", "bendahara_penerimaan")
FIRST = ("Ahmad", "Nurhayati", "Muhammad", "Sitti", "Andi", "Rahmawati", "Syamsul", "Hasniah",
         "Ismail", "Fitriani", "Arifin", "Marwah", "Jusman", "Nurlina", "Baharuddin", "Hamsinah",
         "Irwan", "Suriani", "Rustam", "Darmawati")
LAST = ("Saleh", "Rahman", "Hamid", "Latif", "Musa", "Yusuf", "Haris", "Tahir", "Amin", "Ali")
QUESTIONS = {
    0: ["SPM LS kontrak ditolak karena data supplier belum sesuai, bagaimana perbaikannya?",
        "Berapa lama proses penerbitan SP2D untuk SPM GUP yang diajukan hari ini?"],
    1: ["Bagaimana cara mendaftarkan data kontrak multiyears di SAKTI?",
        "Nomor rekening supplier berubah, apa yang harus dilakukan?"],
    2: ["SP2D retur karena rekening penerima tidak aktif, bagaimana penyelesaiannya?"],
    3: ["Apakah TUP dapat diajukan kembali sebelum TUP sebelumnya dipertanggungjawabkan?",
        "Limit KKP satker kami perlu dinaikkan, apa persyaratannya?"],
    4: ["Bagaimana mengurus SKPP pegawai yang pindah ke Kabupaten Mamuju?"],
    5: ["LPJ bendahara bulan lalu ditolak, apa penyebabnya?"],
    6: ["Terdapat selisih pada rekonsiliasi BMN dan SAKTI, bagaimana menelusurinya?"],
    7: ["Setoran PNBP belum terkonfirmasi, bagaimana cara konfirmasi setoran?"],
    8: ["Bagaimana prosedur pembukaan rekening bendahara penerimaan?"],
    9: ["Bagaimana pengesahan hibah langsung dalam bentuk uang?"],
    10: ["Nilai IKPA satker turun karena deviasi RPD, bagaimana memperbaikinya?"],
    11: ["Penyaluran dana desa tahap II tertunda, dokumen apa yang kurang?"],
    12: ["Tidak bisa login SAKTI karena OTP tidak masuk, bagaimana reset user?",
         "Modul komitmen SAKTI error saat validasi, mohon bantuan."],
    13: ["Kapan jadwal sertifikasi bendahara pengeluaran berikutnya?"],
    14: ["Batas akhir pengajuan SPM LS pada akhir tahun anggaran kapan?"],
    15: ["Mohon informasi jam layanan KPPN selama bulan Ramadan."],
}
ANSWERS = ("Dijelaskan sesuai ketentuan dan langkah perbaikannya; stakeholder memahami.",
           "Diberikan panduan langkah demi langkah di aplikasi SAKTI.",
           "Dijelaskan persyaratan dokumen dan jadwal layanan.")
REGULATIONS = ("PMK 62 Tahun 2023", "PER-1/PB/2023", "PMK 210/PMK.05/2022", "Juknis SAKTI 2025",
               "PER-7/PB/2025")
CHANNELS = (("tatap_muka", 55), ("hai_cso", 20), ("whatsapp", 15), ("telepon", 7), ("email", 3))


@dataclass
class SampleReport:
    consultations: int = 0
    states: Counter = field(default_factory=Counter)
    passwords: list[tuple[str, str, str]] = field(default_factory=list)

    def summary(self) -> str:
        parts = ", ".join(f"{state}: {n}" for state, n in sorted(self.states.items()))
        return f"{self.consultations} konsultasi dibuat ({parts})."


def _users(rng: random.Random, report: SampleReport) -> dict[str, list[Actor]]:
    """The sample staff; only users that do not exist yet are created (and printed)."""
    if office_service.needs_setup():
        password = secrets.token_urlsafe(9)
        office_service.setup_office(office_service.OfficeProfile(), admin_username="admin",
                                    admin_full_name="Administrator", admin_password=password)
        report.passwords.append(("admin", password, "admin"))
    sections = {s.code: s.id for s in office_service.list_sections(active_only=False)}
    staff = (("cso1", "Rina Marlina", "cso", None), ("cso2", "Andi Pratama", "cso", None),
             ("cso3", "Nur Aisyah", "cso", None),
             ("kasi.pdms", "Budi Santoso", "kasi", "PDMS"), ("kasi.bank", "Sari Dewi", "kasi", "BANK"),
             ("kasi.vera", "Yusran Hamid", "kasi", "VERAKI"), ("kasi.umum", "Hj. Rosmiati", "kasi", "UMUM"),
             ("kakan", "Hasan Basri", "kakan", None))
    for username, name, role, section in staff:
        if User.get_or_none(User.username == username) is None:
            password = secrets.token_urlsafe(9)
            users.create_user_unchecked(username, name, role, password,
                                        section_id=sections.get(section))
            report.passwords.append((username, password, role))
    rows = User.select().where(User.active)
    by_role: dict[str, list[Actor]] = {}
    for u in rows:
        by_role.setdefault(u.role, []).append(Actor(u.id, u.username, u.full_name, u.role, u.section_id))
    return by_role


def _stakeholders(rng: random.Random, count: int) -> list[StakeholderInput]:
    people = []
    for i in range(count):
        kode, satker, ba = SATKERS[i % len(SATKERS)]
        phone = f"08{rng.choice('1235')}{rng.randrange(10**8, 10**9)}"
        people.append(StakeholderInput(
            name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", kind="satker_kl", role=rng.choice(ROLES),
            kode_satker=kode, satker_name=satker, kode_ba=ba, phone=phone))
    return people


def _arrival(rng: random.Random, calendar, day: dt.date, online: bool,
             now: dt.datetime) -> dt.datetime:
    start, end = calendar.hours_on(day)
    end = min(end, now - dt.timedelta(minutes=1))
    if online and rng.random() < 0.25 and day < calendar.local(now).date():
        # Messages also arrive in the evening; the clock then starts at the next opening.
        return dt.datetime.combine(day, dt.time(rng.randrange(16, 22), rng.randrange(60)),
                                   calendar.tz)
    span = max(int((end - start).total_seconds() // 60) - 30, 1)
    return start + dt.timedelta(minutes=rng.randrange(span))


def generate(*, consultations: int = 400, months: int = 4, seed: int = 2026,
             progress=lambda text: None, now: dt.datetime | None = None) -> SampleReport:
    """Fill the open database with ``consultations`` consultations spread over the last ``months``
    months up to ``now``, through the real services."""
    rng = random.Random(seed)
    now = now or utcnow()
    report = SampleReport()
    staff = _users(rng, report)
    calendar = office_service.office_calendar()
    categories = office_service.list_categories()
    sections = {s.code: s.id for s in office_service.list_sections()}
    csos, kasis = staff["cso"], {a.section_id: a for a in staff.get("kasi", [])}
    people = _stakeholders(rng, max(12, consultations // 6))
    known: dict[int, int] = {}   # index in people -> stakeholder id, for returning visitors

    today = calendar.local(now).date()
    first = today - dt.timedelta(days=30 * months)
    days = [d for d in calendar.working_days_between(first, today)
            if calendar.hours_on(d)[0] + dt.timedelta(minutes=5) < now]
    if not days:
        return report
    queued = 2 if consultations >= 10 else 0
    main = consultations - queued
    per_day = [main // len(days)] * len(days)
    for i in rng.sample(range(len(days)), main - sum(per_day)):
        per_day[i] += 1

    for index, (day, n) in enumerate(zip(days, per_day)):
        for _ in range(n):
            channel = rng.choices([c for c, _w in CHANNELS], [w for _c, w in CHANNELS])[0]
            online = channel != "tatap_muka"
            received = _arrival(rng, calendar, day, online, now)
            cso = rng.choice(csos)
            start = calendar.next_opening(received)
            taken_at = max(received, start) + dt.timedelta(minutes=rng.randrange(0, 4))
            if taken_at > now:
                taken_at = received
            who = rng.randrange(len(people))
            category = rng.choices(categories, [6 if i < 2 else 3 if i in (3, 10, 12) else 1
                                                for i in range(len(categories))])[0]
            text = rng.choice(QUESTIONS.get(categories.index(category), QUESTIONS[15]))
            ref = f"HAI-{day:%y%m%d}-{rng.randrange(1000, 9999)}" if channel == "hai_cso" else ""
            visit = svc.take_consultation(
                cso, channel=channel, questions=[QuestionInput(category.id, text)],
                stakeholder_id=known.get(who), stakeholder=None if who in known else people[who],
                received_at=received if online else None, external_ref=ref, at=taken_at)
            known.setdefault(who, visit.stakeholder.id)
            c = visit.consultations[0]
            # The last week keeps a living backlog: more escalations still running.
            escalate_share = 0.4 if index >= len(days) - 5 else 0.2
            state = _play(rng, calendar, c, cso, kasis, sections, taken_at, now, escalate_share)
            report.states[state] += 1
            report.consultations += 1
        if index % 20 == 0:
            progress(f"  {day:%d-%m-%Y}: {report.consultations} konsultasi")
    if queued:
        _queued_online_messages(rng, calendar, categories, csos, people, now, report)
    return report


def _queued_online_messages(rng, calendar, categories, csos, people, now, report) -> None:
    """Two WhatsApp messages from last night, recorded but not yet taken up (state 'diterima')."""
    evening = dt.datetime.combine(calendar.local(now).date() - dt.timedelta(days=1),
                                  dt.time(20, 15), calendar.tz)
    for i in range(2):
        received = evening + dt.timedelta(minutes=25 * i)
        category = categories[(i * 5) % len(categories)]
        svc.take_consultation(
            rng.choice(csos), channel="whatsapp", start_service=False,
            questions=[QuestionInput(category.id, rng.choice(QUESTIONS[12]))],
            stakeholder=people[-1 - i], received_at=received,
            at=min(now, max(received, calendar.next_opening(received))))
        report.states[State.RECEIVED] += 1
        report.consultations += 1


def _play(rng, calendar, c, cso, kasis, sections, t, now, escalate_share) -> str:
    """Take one consultation through a realistic course, stopping at ``now``."""
    version = c.version

    def step(minutes: float) -> dt.datetime | None:
        nonlocal t
        t = calendar.add_office_minutes(t, minutes)
        return t if t <= now else None

    roll = rng.random()
    if roll < 0.12 and step(rng.randrange(3, 10)):
        version = svc.request_documents(cso, c.id, "Salinan SPM dan ADK", expected_version=version,
                                        at=t).version
        if not step(rng.randrange(30, 600)):
            return State.WAITING_DOCUMENTS
        version = svc.record_documents_received(cso, c.id, "Diterima lengkap",
                                                expected_version=version, at=t).version
    if roll < 1 - escalate_share:
        # Most answers come within the 20 minutes; some run over.
        if not step(rng.choice([rng.uniform(4, 19)] * 5 + [rng.uniform(21, 45)])):
            return State.IN_SERVICE
        svc.resolve(cso, c.id, rng.choice(ANSWERS), rng.choice(REGULATIONS),
                    expected_version=version, at=t)
        return State.RESOLVED
    if not step(rng.uniform(8, 18)):
        return State.IN_SERVICE
    section_id = c.section_id or sections["PDMS"]
    version = svc.escalate(cso, c.id, section_id=section_id,
                           reason="Perlu konfirmasi Kepala Seksi atas kasus khusus",
                           contact_person=c.stakeholder, contact_phone="081234567890",
                           expected_version=version, at=t).version
    kasi = kasis.get(section_id)
    for day_number in range(rng.choice([1, 2, 3, 3, 4, 5])):
        if not step(rng.uniform(60, 300)):
            return State.ESCALATED
        if rng.random() < 0.85:
            version = svc.record_progress(cso, c.id, f"Progres hari ke-{day_number + 1}: sedang "
                                          "dikonfirmasi ke seksi terkait", channel="whatsapp",
                                          expected_version=version, at=t).version
        if kasi and day_number == 0:
            version = svc.kasi_respond(kasi, c.id, "Sudah dikoordinasikan, jawaban disiapkan.",
                                       expected_version=version, at=t).version
    if not step(rng.uniform(30, 200)):
        return State.ESCALATED
    version = svc.resolve(cso, c.id, rng.choice(ANSWERS), rng.choice(REGULATIONS),
                          expected_version=version, at=t).version
    if rng.random() < 0.1 and step(rng.uniform(60, 900)):
        version = svc.reopen(cso, c.id, "Stakeholder menanyakan kembali kasus yang sama",
                             expected_version=version, at=t).version
        if step(rng.uniform(5, 15)):
            svc.resolve(cso, c.id, rng.choice(ANSWERS), rng.choice(REGULATIONS),
                        expected_version=version, at=t)
            return State.RESOLVED
        return State.REOPENED
    return State.RESOLVED

"""A living office for newcomers and demonstrations: users, stakeholders and consultations over the
last months up to today, taken through the same services as the desk (every clock, event and
number is therefore real)."""

from __future__ import annotations

import datetime as dt
import random
import secrets
from collections import Counter
from dataclasses import dataclass, field

from kppn_desktop.demo import sample_library
from kppn_desktop.domain.workflow import State
from kppn_desktop.services import attachments, settings, users
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import office as office_service
from kppn_desktop.services.context import Actor
from kppn_desktop.services.records import QuestionInput
from kppn_desktop.services.stakeholders import StakeholderInput
from kppn_desktop.storage.models import User

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
REGULATIONS = sample_library.CITATIONS
CHANNELS = (("tatap_muka", 55), ("hai_cso", 20), ("whatsapp", 15), ("telepon", 7), ("email", 3))


@dataclass
class SampleReport:
    consultations: int = 0
    states: Counter = field(default_factory=Counter)
    passwords: list[tuple[str, str, str]] = field(default_factory=list)

    def summary(self) -> str:
        parts = ", ".join(f"{state}: {n}" for state, n in sorted(self.states.items()))
        return f"{self.consultations} konsultasi dibuat ({parts})."


def made_here() -> bool:
    """Whether sample data may go into the open database: it has no user yet, or its office was
    set up by this module. An office's own database is never filled with sample accounts."""
    return not User.select().exists() or settings.get(settings.SAMPLE_OFFICE)


def _users(rng: random.Random, report: SampleReport,
           office_id: int | None = None) -> dict[str, list[Actor]]:
    """The sample staff of office ``office_id`` (None: the first office, set up here when the
    database is new); only users that do not exist yet are created (and printed). The first
    office's users have the plain names (cso1, kakan…); another office's end in its code
    (cso1.122), since a user name is unique in the whole database."""
    if office_service.needs_setup():
        settings.put(settings.SAMPLE_OFFICE, True)
        password = secrets.token_urlsafe(9)
        office_service.setup_office(office_service.OfficeProfile(), admin_username="admin",
                                    admin_full_name="Administrator", admin_password=password)
        report.passwords.append(("admin", password, "admin"))
    first = office_service.office_row().id
    office_id = first if office_id is None else office_id
    suffix = "" if office_id == first else "." + office_service.office_row(office_id).code
    sections = {s.code: s.id for s in office_service.list_sections(active_only=False,
                                                                    office_id=office_id)}
    staff = (("cso1", "Rina Marlina", "cso", None), ("cso2", "Andi Pratama", "cso", None),
             ("cso3", "Nur Aisyah", "cso", None),
             ("kasi.pdms", "Budi Santoso", "kasi", "PDMS"), ("kasi.bank", "Sari Dewi", "kasi", "BANK"),
             ("kasi.vera", "Yusran Hamid", "kasi", "VERAKI"), ("kasi.umum", "Hj. Rosmiati", "kasi", "UMUM"),
             ("kakan", "Hasan Basri", "kakan", None))
    if suffix:
        staff += (("admin", "Administrator", "admin", None),)
    for username, name, role, section in staff:
        username += suffix
        if User.get_or_none(User.username == username) is None:
            password = secrets.token_urlsafe(9)
            users.create_user_unchecked(username, name, role, password,
                                        section_id=sections.get(section), office_id=office_id)
            report.passwords.append((username, password, role))
    rows = User.select().where(User.active, User.office == office_id)
    by_role: dict[str, list[Actor]] = {}
    for u in rows:
        by_role.setdefault(u.role, []).append(Actor(u.id, u.username, u.full_name, u.role,
                                                    u.section_id, u.office_id))
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


def spread_over_days(rng: random.Random, days: list[dt.date], total: int) -> list[int]:
    """How many consultations arrive on each working day: busier on Mondays, at the end of each
    month and in December (the year-end rush of SPM), quieter on Fridays."""
    weights = []
    for d in days:
        w = (1.3, 1.1, 1.0, 1.0, 0.8, 0.5, 0.5)[d.weekday()]
        if d.day >= 24:
            w *= 1.2
        if d.month == 12:
            w *= 1.5
        weights.append(w)
    scale = total / sum(weights)
    counts = [int(w * scale) for w in weights]
    for i in rng.choices(range(len(days)), weights, k=total - sum(counts)):
        counts[i] += 1
    return counts


def _arrival(rng: random.Random, calendar, day: dt.date, online: bool,
             now: dt.datetime) -> dt.datetime:
    start, end = calendar.hours_on(day)
    end = min(end, now - dt.timedelta(minutes=1))
    if online and rng.random() < 0.25 and day < calendar.local(now).date():
        # Messages also arrive in the evening; the clock then starts at the next opening.
        return dt.datetime.combine(day, dt.time(rng.randrange(16, 22), rng.randrange(60)),
                                   calendar.tz)
    span = max(int((end - start).total_seconds() // 60) - 30, 1)
    # Busiest in the middle of the morning.
    return start + dt.timedelta(minutes=int(rng.triangular(0, span, span * 0.25)))


#: From this many consultations on, the sample is written straight into the tables in batches
#: (``sample_bulk``) instead of through the services one by one.
BULK_FROM = 2000
CATEGORY_WEIGHTS = (6, 6, 1, 3, 1, 1, 1, 1, 1, 1, 3, 1, 3)


@dataclass
class SampleOffice:
    """What every sample consultation draws from: staff, calendar, categories and the people who
    come back with new questions."""

    calendar: object
    office_id: int
    categories: list
    sections: dict[str, int]
    csos: list[Actor]
    kasis: dict[int, Actor]
    people: list[StakeholderInput]
    days: list[dt.date]
    per_day: list[int]
    queued: int


@dataclass(frozen=True)
class Intake:
    """One consultation as it reaches the desk."""

    channel: str
    online: bool
    received: dt.datetime
    taken_at: dt.datetime
    cso: Actor
    who: int                 # index in ``SampleOffice.people``
    category: object
    text: str
    external_ref: str


def prepare(rng: random.Random, consultations: int, months: int, now: dt.datetime,
            report: SampleReport, office_id: int | None = None) -> SampleOffice | None:
    staff = _users(rng, report, office_id)
    office_id = office_service.office_row(office_id).id
    calendar = office_service.office_calendar(office_id)
    today = calendar.local(now).date()
    first = today - dt.timedelta(days=30 * months)
    days = [d for d in calendar.working_days_between(first, today)
            if calendar.hours_on(d)[0] + dt.timedelta(minutes=5) < now]
    if not days:
        return None
    queued = 2 if consultations >= 10 else 0
    return SampleOffice(
        calendar=calendar, office_id=office_id,
        categories=office_service.list_categories(office_id=office_id),
        sections={s.code: s.id for s in office_service.list_sections(office_id=office_id)},
        csos=staff["cso"], kasis={a.section_id: a for a in staff.get("kasi", [])},
        people=_stakeholders(rng, max(12, consultations // 8)), days=days,
        per_day=spread_over_days(rng, days, consultations - queued), queued=queued)


def intake(rng: random.Random, office: SampleOffice, day: dt.date, now: dt.datetime) -> Intake:
    calendar, categories = office.calendar, office.categories
    channel = rng.choices([c for c, _w in CHANNELS], [w for _c, w in CHANNELS])[0]
    online = channel != "tatap_muka"
    received = _arrival(rng, calendar, day, online, now)
    cso = rng.choice(office.csos)
    start = calendar.next_opening(received)
    taken_at = max(received, start) + dt.timedelta(minutes=rng.randrange(0, 4))
    if taken_at > now:
        taken_at = received
    if not online:
        received = taken_at        # face to face, the clock starts when the officer takes it
    who = rng.randrange(len(office.people))
    weights = [CATEGORY_WEIGHTS[i] if i < len(CATEGORY_WEIGHTS) else 1
               for i in range(len(categories))]
    index = rng.choices(range(len(categories)), weights)[0]
    text = rng.choice(QUESTIONS.get(index, QUESTIONS[15]))
    ref = f"HAI-{day:%y%m%d}-{rng.randrange(1000, 9999)}" if channel == "hai_cso" else ""
    return Intake(channel, online, received, taken_at, cso, who, categories[index], text, ref)


def escalate_share(office: SampleOffice, day_index: int) -> float:
    """The last week keeps a living backlog: more escalations still running."""
    return 0.4 if day_index >= len(office.days) - 5 else 0.2


def through_services(rng, office: SampleOffice, now, report, progress) -> None:
    known: dict[int, int] = {}   # index in people -> stakeholder id, for returning visitors
    for index, (day, n) in enumerate(zip(office.days, office.per_day)):
        for _ in range(n):
            it = intake(rng, office, day, now)
            visit = svc.take_consultation(
                it.cso, channel=it.channel, questions=[QuestionInput(it.category.id, it.text)],
                stakeholder_id=known.get(it.who),
                stakeholder=None if it.who in known else office.people[it.who],
                received_at=it.received if it.online else None, external_ref=it.external_ref,
                at=it.taken_at)
            known.setdefault(it.who, visit.stakeholder.id)
            state = _play(rng, office, visit.consultations[0], it.cso, it.taken_at, now,
                          escalate_share(office, index))
            report.states[state] += 1
            report.consultations += 1
        if index % 20 == 0:
            progress(f"  {day:%d-%m-%Y}: {report.consultations} konsultasi")


def queued_online_messages(rng, calendar, categories, csos, people, now, report) -> None:
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


@dataclass(frozen=True)
class Step:
    """One thing done to a sample consultation after it was taken."""

    action: str            # one of the keys of ``_SERVICE_STEPS``
    at: dt.datetime
    text: str = ""
    detail: str = ""


@dataclass
class Course:
    """What happens to one consultation up to ``now``, and the state it ends in."""

    steps: list[Step]
    state: str


#: A few small files that satker send with their questions (stored once each, by SHA-256).
SAMPLE_FILES = (
    ("SPM-LS-kontrak.pdf", b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                           b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"),
    ("foto-kuitansi.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
                          b"\xff\xd9"),
)


def plan_course(rng: random.Random, calendar, t: dt.datetime, now: dt.datetime,
                escalate_share: float, *, with_kasi: bool) -> Course:
    """A realistic course for a consultation taken at ``t``, stopping at ``now``: documents asked
    for now and then, most answered within the 20 minutes and some over, a share escalated with
    progress updates over the working days (and holidays) that follow, a few reopened."""
    steps: list[Step] = []

    def step(minutes: float) -> dt.datetime | None:
        nonlocal t
        t = calendar.add_office_minutes(t, minutes)
        return t if t <= now else None

    def done(action: str, text: str = "", detail: str = "") -> None:
        steps.append(Step(action, t, text, detail))

    if rng.random() < 0.05 and step(rng.randrange(1, 4)):
        done("attach", *SAMPLE_FILES[rng.randrange(len(SAMPLE_FILES))][:1])
    roll = rng.random()
    if roll < 0.12 and step(rng.randrange(3, 10)):
        done("request_documents", "Salinan SPM dan ADK")
        if not step(rng.randrange(30, 600)):
            return Course(steps, State.WAITING_DOCUMENTS)
        done("receive_documents", "Diterima lengkap")
    if roll < 1 - escalate_share:
        # Most answers come within the 20 minutes; some run over.
        if not step(rng.choice([rng.uniform(4, 19)] * 5 + [rng.uniform(21, 45)])):
            return Course(steps, State.IN_SERVICE)
        done("resolve", rng.choice(ANSWERS), rng.choice(REGULATIONS))
        return Course(steps, State.RESOLVED)
    if not step(rng.uniform(8, 18)):
        return Course(steps, State.IN_SERVICE)
    done("escalate", "Perlu konfirmasi Kepala Seksi atas kasus khusus")
    for day_number in range(rng.choice([1, 2, 3, 3, 4, 5])):
        if not step(rng.uniform(60, 300)):
            return Course(steps, State.ESCALATED)
        if rng.random() < 0.85:
            done("progress", f"Progres hari ke-{day_number + 1}: sedang dikonfirmasi ke seksi "
                             "terkait", "whatsapp")
        if with_kasi and day_number == 0:
            done("kasi_respond", "Sudah dikoordinasikan, jawaban disiapkan.")
    if not step(rng.uniform(30, 200)):
        return Course(steps, State.ESCALATED)
    done("resolve", rng.choice(ANSWERS), rng.choice(REGULATIONS))
    if rng.random() < 0.1 and step(rng.uniform(60, 900)):
        done("reopen", "Stakeholder menanyakan kembali kasus yang sama")
        if step(rng.uniform(5, 15)):
            done("resolve", rng.choice(ANSWERS), rng.choice(REGULATIONS))
            return Course(steps, State.RESOLVED)
        return Course(steps, State.REOPENED)
    return Course(steps, State.RESOLVED)


CONTACT_PHONE = "081234567890"


def _run_step(s: Step, c, actor: Actor, section_id: int, version: int) -> int:
    """Do ``s`` through the service the desk uses; returns the consultation's new version."""
    if s.action == "attach":
        attachments.attach_file(actor, c.id, s.text, dict(SAMPLE_FILES)[s.text], at=s.at)
        return version
    if s.action == "escalate":
        return svc.escalate(actor, c.id, section_id=section_id, reason=s.text,
                            contact_person=c.stakeholder, contact_phone=CONTACT_PHONE,
                            expected_version=version, at=s.at).version
    if s.action == "progress":
        return svc.record_progress(actor, c.id, s.text, channel=s.detail,
                                   expected_version=version, at=s.at).version
    if s.action == "resolve":
        return svc.resolve(actor, c.id, s.text, s.detail, expected_version=version,
                           at=s.at, article_id=sample_library.article_for(s.detail)).version
    use_case = {"request_documents": svc.request_documents,
                "receive_documents": svc.record_documents_received,
                "kasi_respond": svc.kasi_respond, "reopen": svc.reopen}[s.action]
    return use_case(actor, c.id, s.text, expected_version=version, at=s.at).version


def escalation_section(office: SampleOffice, section_id: int | None) -> int:
    """Where a consultation is escalated: its category's section, else PDMS."""
    return section_id or office.sections["PDMS"]


def _play(rng, office: SampleOffice, c, cso, t, now, share) -> str:
    """Take one consultation through a realistic course, through the services."""
    section_id = escalation_section(office, c.section_id)
    kasi = office.kasis.get(section_id)
    course = plan_course(rng, office.calendar, t, now, share, with_kasi=kasi is not None)
    version = c.version
    for s in course.steps:
        version = _run_step(s, c, kasi if s.action == "kasi_respond" else cso, section_id, version)
    return course.state


#: The sample KPPNs of a Kanwil (``sample-data --offices N``): code, name, city. The first is the
#: office of a single-office sample.
SAMPLE_KPPNS = (
    ("121", "Majene"), ("122", "Mamuju"), ("123", "Polewali"), ("124", "Pasangkayu"),
    ("125", "Mamasa"), ("126", "Makassar I"), ("127", "Makassar II"), ("128", "Pare-Pare"),
    ("129", "Palopo"), ("130", "Watampone"), ("131", "Bulukumba"), ("132", "Bantaeng"),
)
KANWIL_CODE = "900"
KANWIL_NAME = "Kanwil DJPb Provinsi Sulawesi Barat"


def kanwil_offices(count: int, report: SampleReport) -> list[int]:
    """A Kanwil (with a user of role ``kanwil``) over ``count`` KPPNs: the first office (set up
    as in a single-office sample) and ``count`` - 1 more; returns the KPPNs' ids, first office
    first. Offices that exist already (by code) are kept."""
    from kppn_desktop.storage.models import Office

    if count > len(SAMPLE_KPPNS):
        raise ValueError(f"paling banyak {len(SAMPLE_KPPNS)} kantor contoh")
    _users(random.Random(0), report)          # the first office and its administrator
    kanwil = Office.get_or_none(Office.code == KANWIL_CODE)
    if kanwil is None:
        kanwil_id = office_service.add_office_unchecked(office_service.OfficeProfile(
            code=KANWIL_CODE, name=KANWIL_NAME, office_type="Kanwil", full_name=KANWIL_NAME,
            address="Jl. Abdul Malik Pattana Endeng, Mamuju", city="Mamuju", website="",
            kanwil=KANWIL_NAME), kind="kanwil").id
        for username, name, role in (("kanwil", "Yusuf Rahman", "kanwil"),
                                     ("admin.kanwil", "Dewi Lestari", "admin")):
            password = secrets.token_urlsafe(9)
            users.create_user_unchecked(username, name, role, password, office_id=kanwil_id)
            report.passwords.append((username, password, role))
    else:
        kanwil_id = kanwil.id
    ids = []
    for code, city in SAMPLE_KPPNS[:count]:
        row = Office.get_or_none(Office.code == code)
        if row is None:
            row_id = office_service.add_office_unchecked(office_service.OfficeProfile(
                code=code, name=f"KPPN {city}",
                full_name=f"Kantor Pelayanan Perbendaharaan Negara {city}", city=city,
                address=f"Jl. Jend. Sudirman, {city}", website="", kanwil=KANWIL_NAME),
                parent_id=kanwil_id).id
        else:
            row_id = row.id
            if row.parent_id is None:
                Office.update(parent=kanwil_id).where(Office.id == row.id).execute()
        ids.append(row_id)
    return ids

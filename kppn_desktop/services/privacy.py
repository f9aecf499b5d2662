"""Personal data by law (UU 27/2022 Pelindungan Data Pribadi): the end of the retention period
(anonymisation), a person's request for their data (export), and the record of processing.

**Anonymisation.** A consultation resolved before the cut-off (the retention period, in years,
counted back from today in the office's calendar) loses its personal text: the question, the
summary, the answer, every note and reason, the contact person and phone, the file names read
:data:`personal.MARK`, its files' bytes are deleted where no other consultation still needs them,
and its seal key is deleted, which leaves the seals in the history unlinkable. A stakeholder
whose consultations are all anonymised (or who has none and was last changed before the cut-off)
keeps only the kind and the organisation (satker, institution): name, NIP, phone and e-mail go.
Nothing a report counts changes (category, channel, section, officer, every clock and sum), and
the history only grows: one event per consultation and one for the run, so ``db verify`` passes.
Open consultations are never anonymised.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from peewee import JOIN, Case, fn

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.domain.events import EventKind
from kppn_desktop.domain.texts import N_, Text
from kppn_desktop.domain.workflow import Action, State
from kppn_desktop.services import settings
from kppn_desktop.services.context import Actor, audit, instant, require, transaction
from kppn_desktop.services.office import office_calendar
from kppn_desktop.storage import history, library_index, listing, personal
from kppn_desktop.storage.models import (
    Attachment,
    Blob,
    Consultation,
    DocumentRequest,
    Escalation,
    Event,
    PersonalText,
    ProgressUpdate,
    Resolution,
    Stakeholder,
    Visit,
)
from kppn_desktop.storage.office_rules import office_of

MARK = personal.MARK
#: Consultations anonymised per transaction.
BATCH = 500
#: The subject and action of a run's event in the history.
RUN_SUBJECT = "data_pribadi"
RUN_ACTION = "anonimisasi data pribadi"


def retention_cut_off(now: dt.datetime, years: int, office_id: int | None = None) -> dt.datetime:
    """The start of the office-local day ``years`` before ``now`` (29 February: the 28th), in the
    calendar of office ``office_id`` (None: the default office)."""
    calendar = office_calendar(office_id)
    today = calendar.local(now).date()
    try:
        day = today.replace(year=today.year - years)
    except ValueError:
        day = today.replace(year=today.year - years, day=28)
    return dt.datetime.combine(day, dt.time(), tzinfo=calendar.tz).astimezone(dt.timezone.utc)


@dataclass(frozen=True)
class AnonymisationPlan:
    """What a run would anonymise now (a dry run), or what it did."""

    retention_years: int
    cut_off: dt.datetime              # consultations resolved before this instant
    consultations: int
    stakeholders: int
    files: int
    done: bool = False
    office_id: int | None = None      # whose data (its calendar says the day)

    @property
    def message(self) -> str:
        day = office_calendar(self.office_id).local(self.cut_off).date()
        when = Text(N_("diselesaikan sebelum {day} (masa simpan {years} tahun)"),
                    day=f"{day:%d-%m-%Y}", years=self.retention_years)
        if not self.consultations and not self.stakeholders:
            return Text(N_("Tidak ada data pribadi yang masa simpannya berakhir: tidak ada "
                           "konsultasi {when}."), when=when)
        what = Text(N_("{consultations} konsultasi {when}, {stakeholders} stakeholder dan isi "
                       "{files} berkas lampiran"), consultations=self.consultations, when=when,
                    stakeholders=self.stakeholders, files=self.files)
        if self.done:
            return Text(N_("Dianonimkan: {what}. Statistik dan laporan tidak berubah; riwayat "
                           "mencatat anonimisasi ini."), what=what)
        return Text(N_("Akan dianonimkan: {what}. Statistik dan laporan tidak berubah."), what=what)


def _due(cut_off: dt.datetime, office_id: int):
    return Consultation.select(Consultation.id).where(
        Consultation.office == office_id,
        Consultation.state == State.RESOLVED, Consultation.resolved_at < cut_off,
        Consultation.anonymised_at.is_null())


def _stakeholders_due(cut_off: dt.datetime, office_id: int, *, planned: bool = False):
    """Stakeholders not yet anonymised with no consultation left that keeps its personal text
    (``planned``: apart from those a run would anonymise now), or, without any consultation,
    last changed before the cut-off."""
    still = (Consultation.select(Consultation.stakeholder)
             .where(Consultation.anonymised_at.is_null()))
    if planned:
        still = still.where(Consultation.id.not_in(_due(cut_off, office_id)))
    return Stakeholder.select(Stakeholder.id).where(
        Stakeholder.office == office_id, ~Stakeholder.anonymised, Stakeholder.id.not_in(still),
        Stakeholder.id.in_(Consultation.select(Consultation.stakeholder))
        | (Stakeholder.updated_at < cut_off))


def _blobs_due(consultation_ids: list[int]):
    """Files attached to these consultations and to no consultation that keeps its text."""
    kept = (Attachment.select(Attachment.blob).join(Consultation)
            .where(Consultation.anonymised_at.is_null(), Consultation.id.not_in(consultation_ids)))
    return (Blob.select(Blob.id).join(Attachment)
            .where(Attachment.consultation.in_(consultation_ids), Blob.removed_at.is_null(),
                   Blob.id.not_in(kept)).distinct())


def plan_anonymisation(actor: Actor, now: dt.datetime | None = None) -> AnonymisationPlan:
    """The dry run: what :func:`anonymise` would do now."""
    office_id = require(actor, Action.MANAGE_PERSONAL_DATA)
    now = instant(now)
    years = settings.get(settings.RETENTION_YEARS, office_id)
    cut_off = retention_cut_off(now, years, office_id)
    ids = [cid for (cid,) in _due(cut_off, office_id).tuples()]
    files = 0
    for start in range(0, len(ids), BATCH):
        files += _blobs_due(ids[start:start + BATCH]).count()
    return AnonymisationPlan(years, cut_off, len(ids),
                             _stakeholders_due(cut_off, office_id, planned=True).count(), files,
                             office_id=office_id)


def _marked(field):
    """``field`` as MARK, or empty where it was empty (nothing personal was there)."""
    return Case(None, ((field == "", ""),), MARK)


def _anonymise_batch(actor: Actor, ids: list[int], now: dt.datetime, years: int) -> int:
    """One transaction: the text of ``ids`` marked, their keys deleted, one event each; returns
    how many files' bytes were deleted."""
    with transaction():
        ids = [cid for (cid,) in Consultation.select(Consultation.id).where(
            Consultation.id.in_(ids), Consultation.anonymised_at.is_null(),
            Consultation.state == State.RESOLVED).tuples()]      # none reopened meanwhile
        if not ids:
            return 0
        blobs = [bid for (bid,) in _blobs_due(ids).tuples()]
        mine = Consultation.id.in_(ids)
        Consultation.update(
            question=MARK, summary=MARK, answer=_marked(Consultation.answer),
            contact_person=_marked(Consultation.contact_person),
            contact_phone=_marked(Consultation.contact_phone), seal_key="", anonymised_at=now,
            version=Consultation.version + 1, updated_at=now).where(mine).execute()
        for model, fields in ((Resolution, ("answer",)),
                              (Escalation, ("reason", "contact_person", "contact_phone")),
                              (ProgressUpdate, ("note",)),
                              (DocumentRequest, ("description", "received_note")),
                              (Attachment, ("filename", "removal_reason")),
                              (PersonalText, ("text",))):
            model.update({getattr(model, f): _marked(getattr(model, f)) for f in fields}).where(
                model.consultation.in_(ids)).execute()
        if blobs:
            Blob.update(data=b"", removed_at=now).where(Blob.id.in_(blobs)).execute()
        # A visit's HAI CSO ticket leads back to the person: gone with its last consultation.
        visits = Consultation.select(Consultation.visit).where(mine)
        open_visits = (Consultation.select(Consultation.visit)
                       .where(Consultation.anonymised_at.is_null()))
        Visit.update(external_ref=_marked(Visit.external_ref)).where(
            Visit.id.in_(visits), Visit.id.not_in(open_visits)).execute()
        for cid in ids:
            history.append_event(EventKind.ANONYMISED.value, at=now, consultation_id=cid,
                                 actor_id=actor.user_id, data={"masa_simpan_tahun": years})
        listing.refresh_search_text(consultation_ids=ids)
        library_index.remove(library_index.ANSWER, ids)   # nothing left to show as a past answer
        return len(blobs)


def _anonymise_stakeholders(cut_off: dt.datetime, now: dt.datetime, office_id: int) -> int:
    with transaction():
        ids = [sid for (sid,) in _stakeholders_due(cut_off, office_id).tuples()]
        for start in range(0, len(ids), BATCH):
            chunk = ids[start:start + BATCH]
            Stakeholder.update(name=MARK, nip="", phone="", email="", anonymised=True,
                               updated_at=now, version=Stakeholder.version + 1).where(
                Stakeholder.id.in_(chunk)).execute()
            listing.refresh_search_text(consultation_ids=[
                cid for (cid,) in Consultation.select(Consultation.id)
                .where(Consultation.stakeholder.in_(chunk)).tuples()])
        return len(ids)


def anonymise(actor: Actor, now: dt.datetime | None = None,
              progress: Callable[[int, int], None] | None = None) -> AnonymisationPlan:
    """Anonymise every consultation resolved before the retention cut-off, in batches (each its
    own transaction: a run stopped midway leaves whole consultations done, and the next run does
    the rest), then the stakeholders left without personal text; record the run."""
    office_id = require(actor, Action.MANAGE_PERSONAL_DATA)
    now = instant(now)
    years = settings.get(settings.RETENTION_YEARS, office_id)
    cut_off = retention_cut_off(now, years, office_id)
    ids = [cid for (cid,) in _due(cut_off, office_id).order_by(Consultation.id).tuples()]
    files = 0
    for start in range(0, len(ids), BATCH):
        files += _anonymise_batch(actor, ids[start:start + BATCH], now, years)
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))
    people = _anonymise_stakeholders(cut_off, now, office_id)
    result = AnonymisationPlan(years, cut_off, len(ids), people, files, done=True,
                               office_id=office_id)
    with transaction():
        audit(actor, RUN_SUBJECT, RUN_ACTION, masa_simpan_tahun=years,
              batas=cut_off.isoformat(), konsultasi=len(ids), stakeholder=people, berkas=files)
    return result


@dataclass(frozen=True)
class LastRun:
    at: dt.datetime
    by: str
    consultations: int
    stakeholders: int
    files: int
    retention_years: int


def last_run(office_id: int | None = None) -> LastRun | None:
    """The last anonymisation run of office ``office_id`` (None: the default office), as the
    history records it (an administration event is its actor's office's)."""
    import json  # noqa: PLC0415

    from kppn_desktop.storage.models import User  # noqa: PLC0415

    event = (Event.select(Event.at, Event.data, fn.COALESCE(User.full_name, "Sistem"))
             .join(User, on=(Event.actor == User.id), join_type=JOIN.LEFT_OUTER)
             .where(Event.kind == EventKind.ADMIN.value, Event.subject == RUN_SUBJECT,
                    User.office == office_of(office_id))
             .order_by(Event.seq.desc()).tuples().first())
    if event is None:
        return None
    at, data, by = event
    data = json.loads(data)
    return LastRun(at, by, data.get("konsultasi", 0),
                   data.get("stakeholder", 0), data.get("berkas", 0),
                   data.get("masa_simpan_tahun", 0))


# --- a person's request for their data (UU 27/2022 Pasal 7) --------------------------------------

@dataclass(frozen=True)
class AccessExport:
    """One person's records: ``json`` (every field, machine-readable) and ``pdf`` (to hand over)."""

    stakeholders: int
    consultations: int
    json: bytes
    pdf: bytes

    @property
    def message(self) -> str:
        if not self.stakeholders and not self.consultations:
            return Text(N_("Tidak ada data yang cocok dengan data pencarian."))
        return Text(N_("Ditemukan {stakeholders} data stakeholder dan {consultations} konsultasi."),
                    stakeholders=self.stakeholders, consultations=self.consultations)


_STAKEHOLDER_FIELDS = (("nama", "name", "Nama"), ("nip", "nip", "NIP"),
                       ("telepon", "phone", "Telepon"), ("email", "email", "E-mail"),
                       ("jenis", "kind", "Jenis"), ("peran", "role", "Peran"),
                       ("kode_satker", "kode_satker", "Kode satker"),
                       ("nama_satker", "satker_name", "Nama satker"),
                       ("kode_ba", "kode_ba", "Kode BA"), ("instansi", "institution", "Instansi"))


def _criteria(name: str, phone: str, email: str) -> tuple[str, str, str]:
    from kppn_desktop.domain import validation  # noqa: PLC0415

    errors: dict[str, str] = {}
    name = " ".join(validation.clean_text_into(errors, name, "name", "Nama", limit=150).split())
    email = validation.clean_text_into(errors, email, "email", "E-mail").lower()
    phone = validation.clean_text_into(errors, phone, "phone", "Telepon")
    if phone and "phone" not in errors:
        try:
            phone = validation.phone(phone, "phone")
        except ValidationError as exc:
            errors.update(exc.errors)
    if not errors and not (name or phone or email):
        errors["name"] = "Isi sedikitnya satu: nama, telepon atau e-mail orang yang meminta datanya."
    if errors:
        raise ValidationError(errors)
    return name, phone, email


def _matching(name: str, phone: str, email: str,
              office_id: int) -> tuple[list[Stakeholder], list[int]]:
    """Stakeholders whose every given field matches (names without regard to case), and the
    consultations that are theirs or name the person as contact (name and phone, as given)."""
    people = Stakeholder.select().where(~Stakeholder.anonymised, Stakeholder.office == office_id)
    if name:
        people = people.where(fn.LOWER(Stakeholder.name) == name.lower())
    if phone:
        people = people.where(Stakeholder.phone == phone)
    if email:
        people = people.where(fn.LOWER(Stakeholder.email) == email)
    people = list(people.order_by(Stakeholder.id))
    theirs = Consultation.stakeholder.in_([p.id for p in people]) if people else None
    contact = None
    if (name or phone) and not email:
        contact = Consultation.anonymised_at.is_null()
        if name:
            contact &= fn.LOWER(Consultation.contact_person) == name.lower()
        if phone:
            contact &= Consultation.contact_phone == phone
    condition = theirs if contact is None else (contact if theirs is None else theirs | contact)
    ids = [] if condition is None else [cid for (cid,) in Consultation.select(Consultation.id)
                                        .where(condition).order_by(Consultation.id).tuples()]
    return people, ids


def access_export(actor: Actor, *, name: str = "", phone: str = "", email: str = "",
                  now: dt.datetime | None = None) -> AccessExport:
    """Every record the office keeps about a person (their stakeholder rows and consultations,
    with questions, answers, notes, contacts, files and the history of each), as JSON and PDF.
    The request is recorded in the history by row ids only, never the person's text."""
    import json  # noqa: PLC0415

    from kppn_desktop import documents  # noqa: PLC0415
    from kppn_desktop.services import papers, queries  # noqa: PLC0415

    office_id = require(actor, Action.MANAGE_PERSONAL_DATA)
    name, phone, email = _criteria(name, phone, email)
    now = instant(now)
    calendar = office_calendar(office_id)
    people, ids = _matching(name, phone, email, office_id)

    def local(t):
        return "" if t is None else f"{calendar.local(t):%d-%m-%Y %H:%M}"

    data = {"dibuat": now.isoformat(), "dasar": "UU 27/2022 tentang Pelindungan Data Pribadi",
            "kriteria": {"nama": name, "telepon": phone, "email": email},
            "stakeholder": [], "konsultasi": []}
    sections = []
    for p in people:
        data["stakeholder"].append({"id": p.id, **{key: getattr(p, attr)
                                                   for key, attr, _label in _STAKEHOLDER_FIELDS},
                                    "dicatat": p.created_at.isoformat()})
        sections.append(documents.RecordSection(
            f"Data stakeholder (no. {p.id})",
            tuple((label, str(getattr(p, attr))) for _key, attr, label in _STAKEHOLDER_FIELDS
                  if getattr(p, attr)) + (("Dicatat", local(p.created_at)),)))
    for cid in ids:
        d = queries.get_consultation(actor, cid, now)
        s = d.summary
        item = {
            "nomor": s.number, "diterima": s.received_at.isoformat(), "kanal": s.channel,
            "kategori": s.category, "seksi": s.section, "status": s.state,
            "pertanyaan": d.question, "ringkasan": s.summary, "jawaban": d.answer,
            "dasar_peraturan": d.regulation, "tiket": d.external_ref,
            "kontak": d.contact_person, "telepon_kontak": d.contact_phone,
            "catatan": [{"jenis": n.kind, "waktu": n.at.isoformat(), "oleh": n.by, "isi": n.text,
                         **n.extra} for n in d.notes],
            "permintaan_dokumen": [{"dokumen": r.description, "diminta": r.requested_at.isoformat(),
                                    "diterima": r.received_at and r.received_at.isoformat(),
                                    "catatan": r.received_note} for r in d.document_requests],
            "lampiran": [{"nama": a.filename, "ukuran": a.size, "sha256": a.sha256,
                          "ditambahkan": a.added_at.isoformat(),
                          "dihapus": a.removed_at and a.removed_at.isoformat()}
                         for a in d.attachments],
            "riwayat": [{"waktu": e.at.isoformat(), "peristiwa": e.label, "oleh": e.actor}
                        for e in d.timeline],
        }
        data["konsultasi"].append(item)
        rows = [("Diterima", local(s.received_at)), ("Kanal", s.channel),
                ("Kategori", s.category), ("Status", s.state), ("Pertanyaan", d.question),
                ("Jawaban", d.answer), ("Dasar peraturan", d.regulation),
                ("Tiket HAI CSO", d.external_ref), ("Kontak", d.contact_person),
                ("Telepon kontak", d.contact_phone)]
        rows += [(f"Catatan {local(n.at)}", n.text) for n in d.notes if n.kind != "penyelesaian"]
        rows += [(f"Dokumen diminta {local(r.requested_at)}", r.description)
                 for r in d.document_requests]
        rows += [("Lampiran", f"{a.filename} ({a.size} byte, SHA-256 {a.sha256[:16]}…)")
                 for a in d.attachments]
        rows += [("Riwayat", "; ".join(f"{local(e.at)} {e.label}" for e in d.timeline))]
        sections.append(documents.RecordSection(f"Konsultasi {s.number}",
                                                tuple((k, v) for k, v in rows if v)))
    criteria = ", ".join(f"{label} {value}" for label, value in
                         (("nama", name), ("telepon", phone), ("e-mail", email)) if value)
    pdf = documents.render_personal_data(documents.PersonalDataExport(
        papers.office_header(office_id), now, criteria, tuple(sections), actor.full_name))
    with transaction():
        audit(actor, "data_pribadi_akses", "ekspor data pribadi atas permintaan subjek data",
              stakeholder=[p.id for p in people], konsultasi=len(ids))
    return AccessExport(len(people), len(ids),
                        json.dumps(data, ensure_ascii=False, indent=2, default=str).encode("utf-8"),
                        pdf)


# --- the record of processing (UU 27/2022 Pasal 31) ----------------------------------------------

@dataclass(frozen=True)
class ProcessingRecord:
    """The office's record of processing personal data, as the administrator's page shows it:
    the fixed part (purposes, basis, categories, recipients, safeguards) with the office's own
    figures (retention, counts, the last anonymisation run)."""

    controller: str
    sections: tuple[tuple[str, tuple[str, ...]], ...]

    def text(self) -> str:
        lines = [f"Catatan pemrosesan data pribadi — {self.controller}",
                 "(UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 31)", ""]
        for title, items in self.sections:
            lines.append(title)
            lines += [f"  • {item}" for item in items]
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"


def processing_record(actor: Actor, now: dt.datetime | None = None) -> ProcessingRecord:
    from kppn_desktop.services import office as office_service  # noqa: PLC0415

    office_id = require(actor, Action.MANAGE_PERSONAL_DATA)
    now = instant(now)
    profile = office_service.get_office(office_id)
    controller = profile.name if profile else "Kantor"
    years = settings.get(settings.RETENTION_YEARS, office_id)
    standard = settings.get(settings.STANDARD_REFERENCE, office_id)
    cut_off = retention_cut_off(now, years, office_id)
    mine = Consultation.office == office_id
    kept = Consultation.select().where(mine, Consultation.anonymised_at.is_null()).count()
    anonymised = Consultation.select().where(mine, Consultation.anonymised_at.is_null(False)).count()
    people = Stakeholder.select().where(~Stakeholder.anonymised,
                                        Stakeholder.office == office_id).count()
    due = _due(cut_off, office_id).count()
    run = last_run(office_id)
    calendar = office_calendar(office_id)
    last = ("belum pernah dijalankan" if run is None else
            f"{calendar.local(run.at):%d-%m-%Y %H:%M} oleh {run.by}: {run.consultations} "
            f"konsultasi, {run.stakeholders} stakeholder, {run.files} berkas lampiran "
            f"(masa simpan {run.retention_years} tahun)")
    return ProcessingRecord(controller, (
        ("Pengendali data pribadi", (
            f"{controller}, Direktorat Jenderal Perbendaharaan, Kementerian Keuangan.",)),
        ("Tujuan pemrosesan", (
            f"Layanan konsultasi stakeholder sesuai standar pelayanan ({standard}): mencatat, "
            "menjawab, mengeskalasi ke Kepala Seksi dan menyampaikan progres.",
            "Laporan kinerja layanan (hanya statistik; tanpa data pribadi).",
            "Pembuktian dan audit: riwayat peristiwa yang tidak dapat diubah.")),
        ("Dasar pemrosesan", (
            "Pelaksanaan tugas pelayanan publik berdasarkan peraturan perundang-undangan "
            "(UU 27/2022 Pasal 20 ayat (2) huruf e).",)),
        ("Subjek data", (
            "Stakeholder yang berkonsultasi (pejabat dan pegawai satker, pihak ketiga, masyarakat) "
            "dan kontak person yang mereka tunjuk.",)),
        ("Kategori data pribadi", (
            "Identitas: nama, NIP/NI PPPK.", "Kontak: nomor telepon, e-mail, kontak person.",
            "Isi layanan: pertanyaan, ringkasan, jawaban, catatan, alasan, nomor tiket HAI CSO.",
            "Lampiran dokumen dari stakeholder.",
            "Data satker/instansi (bukan data pribadi) dicatat bersamanya.")),
        ("Penerima", (
            "Petugas layanan (CSO) dan Kepala Seksi yang menangani eskalasi.",
            "Kepala Kantor: laporan statistik tanpa data pribadi.",
            "Administrator: anonimisasi dan permintaan akses subjek data.",
            "Tidak ada pengiriman kepada pihak lain atau ke luar negeri.")),
        ("Masa simpan", (
            f"{years} tahun setelah konsultasi diselesaikan (pengaturan 'Masa simpan data "
            "pribadi'); sesudahnya data pribadi dianonimkan dan statistik tetap ada.",
            f"Batas saat ini: konsultasi yang diselesaikan sebelum "
            f"{calendar.local(cut_off):%d-%m-%Y}; menunggu anonimisasi: {due} konsultasi.")),
        ("Pengamanan", (
            "Akses menurut peran pengguna dengan kata sandi; sesi terkunci saat menganggur.",
            "Riwayat peristiwa berantai hash dan hanya dapat ditambah; riwayat menyimpan segel "
            "HMAC data pribadi, bukan teksnya.",
            "Isi lampiran diperiksa terhadap sidik SHA-256-nya ('kppn-desktop db verify').")),
        ("Data saat ini", (
            f"{people} stakeholder dengan data pribadi; {kept} konsultasi dengan data pribadi; "
            f"{anonymised} konsultasi sudah dianonimkan.",)),
        ("Anonimisasi terakhir", (last,)),
    ))

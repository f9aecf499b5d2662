"""Issued reports ("Terbitkan"): the report a Kepala Kantor signs and sends on, kept as it was
issued, with its figures, its cut-off and the head of the history it was made from.

The paper carries a verification code (printed, and in the PDF's keywords). ``verify`` finds the
issue by it and says three things: whether the file is the one issued, whether the history up
to the issue is still the same (``history.verify_anchor``), and whether the database still
yields the same figures for the period. Issuing a period again says what changed since the last
issue and which corrections of the history (administration, edits) came in between.

Only a closed period is issued: its figures no longer move with the desk's work (DOMAIN.md,
reports as of a cut-off), only with corrections, and the history says which."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass, replace

from peewee import JOIN

from kppn_desktop import documents
from kppn_desktop.domain import formatting, workflow
from kppn_desktop.domain.errors import NotFound, ValidationError
from kppn_desktop.domain.events import EVENT_LABELS, EventKind
from kppn_desktop.domain.texts import N_, Moment, Text
from kppn_desktop.services import office as office_service
from kppn_desktop.services import reports
from kppn_desktop.services.context import Actor, audit, require, transaction
from kppn_desktop.storage import history
from kppn_desktop.storage.database import plan_each_run
from kppn_desktop.storage.models import Consultation, Event, IssuedReport, User, utcnow

#: Parts of the report that are no figures (the office's letterhead, who signs, when it was
#: drawn): they may change without the report changing.
_NOT_FIGURES = ("header", "generated_at", "city", "head_name", "head_nip", "head_title",
                "signed_on", "title", "stamp")
_LABELS = {
    "period_start": N_("Awal periode"), "period_end": N_("Akhir periode"), "cut_off": N_("Batas data"),
    "total": N_("Konsultasi diterima"), "resolved": N_("Diselesaikan"), "escalated": N_("Dieskalasi"),
    "service_compliance": N_("Kepatuhan waktu layanan 20 menit"),
    "solution_compliance": N_("Kepatuhan penyelesaian 3 hari kerja"),
    "missed_progress_updates": N_("Laporan progres terlewat"),
    "first_contact": N_("Selesai pada kontak pertama"),
    "avg_handling_minutes": N_("Waktu penanganan rata-rata"),
    "p90_handling_minutes": N_("Waktu penanganan persentil ke-90"),
    "backlog": N_("Backlog akhir periode"), "by_channel": N_("Rincian per kanal"),
    "by_category": N_("Rincian per kategori"), "by_section": N_("Rincian per seksi"),
    "by_officer": N_("Rincian per petugas"), "overdue": N_("Daftar melewati batas waktu"),
    "daily_volume": N_("Jumlah konsultasi per hari"), "daily_compliance": N_("Kepatuhan per hari"),
    "solution_by_section": N_("Penyelesaian eskalasi per seksi"),
    "library": N_("Pemakaian perpustakaan peraturan"),
}
#: History events that correct data of a past period (and so may change an issued report).
_CORRECTIONS = (EventKind.ADMIN.value, EventKind.EDITED.value)
_CORRECTIONS_SHOWN = 20
ISSUE_SUBJECT = "laporan"


@dataclass(frozen=True)
class IssueNotes:
    """What changed since the period was last issued: the figures that differ (one line each)
    and the corrections recorded in the history since."""
    previous_code: str | None
    previous_at: dt.datetime | None
    changes: tuple[str, ...] = ()
    corrections: tuple[str, ...] = ()


@dataclass(frozen=True)
class Issued:
    code: str
    pdf: bytes
    notes: IssueNotes


@dataclass(frozen=True)
class Verification:
    ok: bool
    code: str | None
    lines: tuple[str, ...]


def _rounded(value):
    if isinstance(value, float):
        return round(value, 6)       # the last bits of a sum depend on the order SQL adds in
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


def figures_of(report: documents.ServiceReport) -> dict:
    """The report's figures as plain JSON values: what an issue pins. The overdue list without
    names (they are personal data, and anonymised later)."""
    bare = replace(report, overdue=tuple(replace(r, stakeholder="", officer="")
                                         for r in report.overdue))
    data = {k: v for k, v in asdict(bare).items() if k not in _NOT_FIGURES}
    return _rounded(json.loads(json.dumps(data, default=str, sort_keys=True)))


def _text(value) -> str:
    if isinstance(value, dict) and {"met", "breached", "clocks"} <= value.keys():
        pending = max(value["clocks"] - value["met"] - value["breached"], 0)
        if pending:
            return Text(N_("{met} sesuai, {breached} melebihi, {pending} belum dinilai"),
                        met=value["met"], breached=value["breached"], pending=pending)
        return Text(N_("{met} sesuai, {breached} melebihi"), met=value["met"],
                    breached=value["breached"])
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{formatting.round_half_up(value, 1):.1f}".replace(".", ",")
    return str(value)


def differences(before: dict, after: dict) -> tuple[str, ...]:
    """One Indonesian line per figure that differs."""
    out = []
    for key in sorted(before.keys() | after.keys(), key=lambda k: list(_LABELS).index(k)
                      if k in _LABELS else len(_LABELS)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        label = _LABELS.get(key, key)
        if isinstance(old, list) or isinstance(new, list):
            out.append(Text(N_("{label} berubah."), label=Text(label)))
        else:
            out.append(Text(N_("{label}: {old} → {new}"), label=Text(label), old=_text(old),
                            new=_text(new)))
    return tuple(out)


def _corrections_since(seq: int, calendar, office_id: int) -> tuple[str, ...]:
    """The corrections of office ``office_id`` recorded after event ``seq``: an event is the
    office's through its consultation, else through its actor (docs/DECISIONS.md)."""
    rows = (Event.select(Event.kind, Event.at, Event.subject, Event.data)
            .join_from(Event, Consultation, JOIN.LEFT_OUTER)
            .join_from(Event, User, JOIN.LEFT_OUTER, on=(Event.actor == User.id))
            .where(Event.seq > seq, Event.kind.in_(_CORRECTIONS),
                   Event.subject != ISSUE_SUBJECT,
                   (Consultation.office == office_id)
                   | (Event.consultation.is_null() & (User.office == office_id)))
            .order_by(Event.seq).limit(_CORRECTIONS_SHOWN + 1).tuples())
    out = []
    for kind, at, subject, data in rows:
        what = json.loads(data or "{}").get("aksi", "") if kind == EventKind.ADMIN else ""
        detail = " · ".join(part for part in (subject, what) if part)
        moment, label = Moment(at, calendar), Text(EVENT_LABELS[EventKind(kind)])
        out.append(Text(N_("{at} · {kind}: {detail}"), at=moment, kind=label, detail=detail)
                   if detail else Text(N_("{at} · {kind}"), at=moment, kind=label))
    if len(out) > _CORRECTIONS_SHOWN:
        out[-1] = Text(N_("… dan koreksi lain (lihat riwayat)."))
    return tuple(out)


def _closed_period(first: dt.date, last: dt.date, now: dt.datetime, calendar) -> None:
    reports.check_period(first, last)
    if reports.cut_off_of(last, now, calendar)[1]:
        raise ValidationError({"date_to": "Hanya periode yang sudah berakhir yang dapat "
                                          "diterbitkan; angka periode berjalan masih berubah."})


def _latest(first: dt.date, last: dt.date, office_id: int) -> IssuedReport | None:
    return (IssuedReport.select().where(IssuedReport.office == office_id,
                                        IssuedReport.period_start == first,
                                        IssuedReport.period_end == last)
            .order_by(IssuedReport.issued_at.desc(), IssuedReport.id.desc()).first())


def _notes(previous: IssuedReport | None, figures: dict, calendar) -> IssueNotes:
    if previous is None:
        return IssueNotes(None, None)
    return IssueNotes(previous.code, previous.issued_at,
                      differences(json.loads(previous.figures), figures),
                      _corrections_since(previous.event_count, calendar, previous.office_id))


def preview(actor: Actor, first: dt.date, last: dt.date,
            now: dt.datetime | None = None) -> IssueNotes:
    """What issuing the period now would say changed since its last issue (nothing issued yet:
    no previous code)."""
    office_id = require(actor, workflow.Action.ISSUE_REPORTS)
    now = now or utcnow()
    calendar = office_service.office_calendar(office_id)
    _closed_period(first, last, now, calendar)
    report = reports.service_report(actor, first, last, now=now)
    return _notes(_latest(first, last, office_id), figures_of(report), calendar)


def _code(figures: str, count: int, digest: str, at: dt.datetime) -> str:
    raw = hashlib.sha256(f"{figures}|{count}|{digest}|{at.isoformat()}".encode()).hexdigest()
    return "-".join(raw[i:i + 4] for i in range(0, 12, 4)).upper()


def issue(actor: Actor, first: dt.date, last: dt.date, now: dt.datetime | None = None) -> Issued:
    """Issue the report of a closed period: computed, stamped with a code and the history's
    head, stored with its figures, and recorded in the history. Returns the PDF and what changed
    since the period was last issued."""
    office_id = require(actor, workflow.Action.ISSUE_REPORTS)
    now = now or utcnow()
    calendar = office_service.office_calendar(office_id)
    _closed_period(first, last, now, calendar)
    with transaction():
        # The head held until the issue is stored: the figures are of exactly this history.
        count, digest = history.anchor(lock=True)
        plan_each_run()         # a report's reads, as outside a save (``database.keep_plans``)
        report = reports.service_report(actor, first, last, now=now)
        figures = figures_of(report)
        text = json.dumps(figures, sort_keys=True, ensure_ascii=False)
        code = _code(text, count, digest, now)
        issuer = User.get_by_id(actor.user_id).full_name
        stamp = documents.IssueStamp(code, now, issuer, count, digest)
        pdf = documents.render_report(replace(report, stamp=stamp))
        notes = _notes(_latest(first, last, office_id), figures, calendar)
        IssuedReport.create(code=code, office=office_id, period_start=first, period_end=last,
                            cut_off=report.cut_off, issued_at=now, issued_by=actor.user_id,
                            event_count=count, head_hash=digest, figures=text,
                            pdf_sha256=hashlib.sha256(pdf).hexdigest(), pdf=pdf)
        audit(actor, ISSUE_SUBJECT, "terbitkan", kode=code, awal=first.isoformat(),
              akhir=last.isoformat(), peristiwa=count, hash=digest)
    return Issued(code, pdf, notes)


def verify(actor: Actor | None, pdf: bytes) -> Verification:
    """Whether the database still yields the issued report ``pdf``: the file as issued, the
    history up to the issue unchanged, and the same figures recomputed now."""
    office_id = None if actor is None else require(actor, workflow.Action.VIEW_REPORTS)
    code = documents.verification_code(pdf)
    if code is None:
        return Verification(False, None, ("Berkas ini bukan laporan terbitan KPPN Desktop: kode "
                                          "verifikasi tidak ditemukan.",))
    row = IssuedReport.get_or_none(IssuedReport.code == code)
    if row is None or (office_id is not None and row.office_id != office_id):
        raise NotFound(N_("Kode verifikasi {code} tidak terdaftar di basis data ini."), code=code)
    calendar = office_service.office_calendar(row.office_id)
    issuer = User.get_by_id(row.issued_by_id).full_name
    lines = [f"Laporan {formatting.format_short_date(row.period_start)} – "
             f"{formatting.format_short_date(row.period_end)}, diterbitkan "
             f"{formatting.format_datetime(row.issued_at, calendar)} oleh {issuer}."]
    same_file = hashlib.sha256(pdf).hexdigest() == row.pdf_sha256
    lines.append("Berkas sama persis dengan yang diterbitkan." if same_file else
                 "Berkas BERBEDA dari yang diterbitkan (diubah setelah terbit).")
    same_history = history.verify_anchor(row.event_count, row.head_hash)
    lines.append(f"Riwayat sampai saat terbit ({row.event_count} peristiwa) masih utuh."
                 if same_history else
                 "Riwayat sampai saat terbit TELAH DIUBAH: laporan ini tidak lagi dapat "
                 "dibuktikan dari basis data.")
    report = reports.service_report(None, row.period_start, row.period_end, now=row.issued_at,
                                    office_id=row.office_id)
    changes = differences(json.loads(row.figures), figures_of(report))
    if changes:
        lines.append("Angka yang dihasilkan basis data sekarang BERBEDA:")
        lines += [f"  {line}" for line in changes]
        corrections = _corrections_since(row.event_count, calendar, row.office_id)
        if corrections:
            lines.append("Koreksi yang tercatat sejak terbit:")
            lines += [f"  {line}" for line in corrections]
    else:
        lines.append("Angka yang dihasilkan basis data sekarang sama dengan yang diterbitkan.")
    return Verification(same_file and same_history and not changes, code, tuple(lines))


def issued_pdf(actor: Actor, code: str) -> bytes:
    """The stored paper of an issue."""
    office_id = require(actor, workflow.Action.VIEW_REPORTS)
    row = IssuedReport.get_or_none(IssuedReport.code == code, IssuedReport.office == office_id)
    if row is None:
        raise NotFound(N_("Kode verifikasi {code} tidak terdaftar."), code=code)
    return bytes(row.pdf)

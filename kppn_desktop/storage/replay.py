"""The stored rows checked against the history that wrote them (``db verify``, after the chain).

The hash chain proves the history was not changed; this proves the tables still say what the
history says: every answer, escalation, progress note, document request and attachment row
against its event, the answer shown on the consultation against its last resolution, and every
attachment's bytes against their SHA-256. A row changed directly in the database (an answer
rewritten, an escalation moved, a file's bytes swapped) is named here.

The history holds no personal text, only seals of it (``storage.personal``): each seal is opened
with the text of its row, which must match it, and the rows are compared with the opened history.
An anonymised consultation has no key left: its seals are no longer checked, but it must carry
its anonymisation event, and a file's bytes may be missing only when every consultation that
attached it was anonymised."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field

from kppn_desktop.domain.events import EventKind
from kppn_desktop.storage import personal
from kppn_desktop.storage.models import (
    Attachment,
    Blob,
    Consultation,
    DocumentRequest,
    Escalation,
    Event,
    ProgressUpdate,
    Resolution,
)

#: How a seal's place is named in a problem.
_PLACE_NAMES = {"consultation.question": "pertanyaan", "consultation.summary": "ringkasan",
                "document_request.description": "permintaan dokumen",
                "document_request.received_note": "catatan dokumen diterima",
                "escalation.reason": "alasan eskalasi", "escalation.contact_person": "kontak",
                "escalation.contact_phone": "telepon kontak", "progress_update.note": "progres",
                "resolution.answer": "jawaban", "attachment.filename": "nama lampiran",
                "attachment.removal_reason": "alasan hapus lampiran",
                "personal_text.text": "catatan"}

BATCH = 2000
#: At most this many problems are listed (the first of them); the count is always complete.
LISTED = 50


@dataclass
class RowsReport:
    checked: int = 0
    problems: list[str] = field(default_factory=list)
    count: int = 0

    @property
    def ok(self) -> bool:
        return self.count == 0

    def add(self, text: str) -> None:
        self.count += 1
        if len(self.problems) < LISTED:
            self.problems.append(text)

    @property
    def message(self) -> str:
        if self.ok:
            return (f"Data sesuai riwayat: {self.checked} konsultasi dan lampirannya "
                    "diperiksa.")
        return (f"{self.count} data tidak sesuai riwayatnya (diubah langsung di basis data?): "
                + "; ".join(self.problems)
                + (" …" if self.count > len(self.problems) else ""))


def _by_consultation(model, ids, order):
    out = defaultdict(list)
    for row in model.select().where(model.consultation.in_(ids)).order_by(*order):
        out[row.consultation_id].append(row)
    return out


def _check_privacy(report, number, key, anonymised_at, events, bad) -> None:
    """The seals against their rows, and the anonymisation against its event."""
    for place in sorted(set(bad)):
        report.add(f"{number}: {_PLACE_NAMES.get(place, place)} tidak sesuai segelnya di riwayat")
    recorded = any(kind == EventKind.ANONYMISED.value for kind, _data in events)
    if anonymised_at is not None or recorded:
        if not (anonymised_at is not None and recorded and not key):
            report.add(f"{number}: anonimisasi tanpa peristiwanya di riwayat")
    elif not key:
        report.add(f"{number}: kunci segel data pribadi hilang")


def _check_attachment_rows(report, number, events, attachments) -> None:
    added = {d.get("lampiran"): d for kind, d in events
             if kind == EventKind.ATTACHMENT_ADDED.value}
    for attachment_id, filename, size, digest in attachments:
        said = added.get(attachment_id)
        if said is None or (said.get("nama"), said.get("ukuran"), said.get("sha256")) != (
                filename, size, digest):
            report.add(f"{number}: lampiran {filename}")


def _check_consultation(report, number, answer, events, resolutions, escalations, updates,
                        requests) -> None:
    said = defaultdict(list)
    for kind, data in events:
        said[kind].append(data)
    pairs = zip(said[EventKind.RESOLVED.value], resolutions)
    if len(said[EventKind.RESOLVED.value]) != len(resolutions) or any(
            d.get("jawaban") != r.answer or d.get("dasar", "") != r.regulation for d, r in pairs):
        report.add(f"{number}: jawaban")
    if resolutions and answer != resolutions[-1].answer:
        report.add(f"{number}: jawaban pada konsultasi")
    # An escalation's section is the last one the history gave it (escalated, then moved).
    sections, current = [], None
    for kind, data in events:
        if kind == EventKind.ESCALATED.value:
            current = [data, data.get("seksi")]
            sections.append(current)
        elif kind == EventKind.REROUTED.value and current is not None:
            current[1] = data.get("seksi")
    if len(sections) != len(escalations) or any(
            d.get("alasan") != e.reason or d.get("kontak") != e.contact_person
            or d.get("telepon") != e.contact_phone or section != e.section_id
            for (d, section), e in zip(sections, escalations)):
        report.add(f"{number}: eskalasi")
    notes = [("progres", d.get("catatan")) for k, d in events if k == EventKind.PROGRESS_UPDATE.value]
    notes += [("tanggapan_kasi", d.get("catatan")) for k, d in events
              if k == EventKind.KASI_RESPONSE.value]
    if sorted(notes) != sorted((u.kind, u.note) for u in updates):
        report.add(f"{number}: progres atau tanggapan")
    asked = [d.get("alasan") for k, d in events if k == EventKind.DOCUMENTS_REQUESTED.value]
    if asked != [r.description for r in requests]:
        report.add(f"{number}: permintaan dokumen")


def verify_rows() -> RowsReport:
    """Every consultation's rows against its history, in batches; then every attachment."""
    report = RowsReport()
    last_id = 0
    while True:
        rows = list(Consultation.select(Consultation.id, Consultation.number, Consultation.answer,
                                        Consultation.seal_key, Consultation.anonymised_at)
                    .where(Consultation.id > last_id).order_by(Consultation.id)
                    .limit(BATCH).tuples())
        if not rows:
            break
        ids = [r[0] for r in rows]
        stored = list(Event.select(Event.consultation, Event.kind, Event.data)
                      .where(Event.consultation.in_(ids)).order_by(Event.seq).tuples())
        opened = personal.open_seals([(cid, json.loads(data) if data else {})
                                      for cid, _kind, data in stored],
                                     {cid: key for cid, _n, _a, key, _at in rows})
        events, bad = defaultdict(list), defaultdict(list)
        for (cid, kind, _data), data in zip(stored, opened.data):
            events[cid].append((kind, data))
        for cid, place in opened.bad:
            bad[cid].append(place)
        resolutions = _by_consultation(Resolution, ids, (Resolution.at, Resolution.id))
        escalations = _by_consultation(Escalation, ids, (Escalation.at, Escalation.id))
        updates = _by_consultation(ProgressUpdate, ids, (ProgressUpdate.at, ProgressUpdate.id))
        requests = _by_consultation(DocumentRequest, ids, (DocumentRequest.id,))
        attachments = defaultdict(list)
        for cid, *values in (Attachment.select(Attachment.consultation, Attachment.id,
                                               Attachment.filename, Attachment.size, Blob.sha256)
                             .join(Blob).where(Attachment.consultation.in_(ids)).tuples()):
            attachments[cid].append(values)
        for cid, number, answer, key, anonymised_at in rows:
            _check_privacy(report, number, key, anonymised_at, events[cid], bad[cid])
            _check_consultation(report, number, answer, events[cid], resolutions[cid],
                                escalations[cid], updates[cid], requests[cid])
            _check_attachment_rows(report, number, events[cid], attachments[cid])
        report.checked += len(rows)
        last_id = rows[-1][0]
    _check_blobs(report)
    return report


def _check_blobs(report: RowsReport) -> None:
    """Every file's bytes against their SHA-256; bytes deleted only where every consultation
    that attached them was anonymised."""
    kept = {digest for (digest,) in (Blob.select(Blob.sha256).join(Attachment).join(Consultation)
                                     .where(Blob.removed_at.is_null(False),
                                            Consultation.anonymised_at.is_null())
                                     .distinct().tuples())}
    for digest in sorted(kept):
        report.add(f"isi berkas {digest[:12]}… dihapus padahal konsultasinya belum dianonimkan")
    last_id = 0
    while True:
        blobs = list(Blob.select(Blob.id, Blob.sha256, Blob.data)
                     .where(Blob.id > last_id, Blob.removed_at.is_null())
                     .order_by(Blob.id).limit(50).tuples())
        if not blobs:
            break
        for _id, digest, data in blobs:
            if hashlib.sha256(bytes(data)).hexdigest() != digest:
                report.add(f"isi berkas {digest[:12]}… tidak sesuai sidik SHA-256-nya")
        last_id = blobs[-1][0]

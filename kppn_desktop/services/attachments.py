"""Attachments: stored in the database (so every workstation can open them), once per SHA-256,
checked for size and for type by their content, and verified when read back."""

from __future__ import annotations

import datetime as dt
import hashlib

from kppn_desktop.domain import filetypes, validation, workflow
from kppn_desktop.domain.errors import KppnError, NotFound, ValidationError
from kppn_desktop.domain.events import EventKind
from kppn_desktop.domain.texts import N_, Text
from kppn_desktop.services import settings
from kppn_desktop.services.consultations import refuse_anonymised
from kppn_desktop.services.context import (
    Actor,
    find,
    instant,
    office_of_actor,
    require,
    transaction,
)
from kppn_desktop.services.records import AttachmentInfo
from kppn_desktop.storage import history, personal
from kppn_desktop.storage.models import Attachment, Blob, Consultation, User


class CorruptAttachment(KppnError):
    """The stored bytes no longer match their SHA-256."""


def _consultation_for(actor: Actor, consultation_id: int, action: workflow.Action) -> Consultation:
    office_id = require(actor, action)
    row = find(Consultation, consultation_id, "Konsultasi tidak ditemukan.", office_id)
    workflow.check_section(actor.role, actor.section_id, row.section_id)
    workflow.next_state(row.state, action)
    refuse_anonymised(row)
    return row


def _attachment(attachment_id: object, office_id: int | None) -> Attachment:
    """The attachment ``attachment_id`` of a consultation of office ``office_id``; another
    office's is not found."""
    row = find(Attachment, attachment_id, "Lampiran tidak ditemukan.")
    if (Consultation.select(Consultation.office).where(Consultation.id == row.consultation_id)
            .scalar() != office_id):
        raise NotFound("Lampiran tidak ditemukan.")
    return row


def _info(consultation_id: int, attachment_id: int) -> AttachmentInfo:
    for info in get_consultation_attachments(consultation_id):
        if info.id == attachment_id:
            return info
    raise NotFound("Lampiran tidak ditemukan.")


def get_consultation_attachments(consultation_id: int) -> list[AttachmentInfo]:
    if validation.record_id(consultation_id) is None:
        return []
    rows = (Attachment.select(Attachment, Blob.sha256, User.full_name)
            .join_from(Attachment, Blob).join_from(Attachment, User, on=(Attachment.added_by == User.id))
            .where(Attachment.consultation == consultation_id).order_by(Attachment.id))
    return [AttachmentInfo(a.id, a.consultation_id, a.filename, a.mime, a.size, a.blob.sha256,
                           a.added_at, a.added_by.full_name, a.removed_at, a.removal_reason)
            for a in rows]


def size_problem(size: int, office_id: int | None = None) -> Text | None:
    """Why a file of ``size`` bytes may not be attached (the limit of office ``office_id``, None:
    the default office), or None. The intake page asks it before the visit is saved;
    ``attach_file`` refuses by it."""
    limit = settings.get(settings.ATTACHMENT_MAX_BYTES, office_id)
    if size <= limit:
        return None
    return Text(N_("Berkas terlalu besar ({size} MB). Batas ukuran {limit} MB."),
                size=f"{size / 1048576:.1f}", limit=f"{limit / 1048576:.0f}")


def attach_file(actor: Actor, consultation_id: int, filename: str, data: bytes, *,
                at: dt.datetime | None = None) -> AttachmentInfo:
    """Store a file with the consultation. The type comes from the content; the name is kept for
    display, made safe and ending in the extension of that type."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ValidationError({"lampiran": "Isi berkas tidak terbaca."})
    if not isinstance(filename, str):
        raise ValidationError({"lampiran": "Nama berkas harus berupa teks."})
    data = bytes(data)
    if problem := size_problem(len(data), office_of_actor(actor)):
        raise ValidationError({"lampiran": problem})
    kind = filetypes.detect(data)
    name = filetypes.name_for(filetypes.safe_display_name(filename), kind)
    digest = hashlib.sha256(data).hexdigest()
    now = instant(at)
    with transaction():
        row = _consultation_for(actor, consultation_id, workflow.Action.ATTACH)
        blob = Blob.get_or_none(Blob.sha256 == digest)
        if blob is None:
            blob = Blob.create(sha256=digest, size=len(data), mime=kind.mime, data=data)
        elif blob.removed_at is not None:   # the same bytes again, after an anonymisation
            Blob.update(data=data, removed_at=None).where(Blob.id == blob.id).execute()
        attachment = Attachment.create(consultation=row.id, blob=blob, filename=name,
                                       mime=kind.mime, size=len(data), added_at=now,
                                       added_by=actor.user_id)
        history.append_event(EventKind.ATTACHMENT_ADDED.value, at=now, consultation_id=row.id,
                             actor_id=actor.user_id,
                             data={"lampiran": attachment.id, "sha256": digest, "ukuran": len(data),
                                   "nama": personal.seal(row.seal_key, Attachment, "filename",
                                                         attachment.id, name)})
    return _info(consultation_id, attachment.id)


def read_attachment(actor: Actor, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    """The file's bytes, after checking that they still match the SHA-256 stored with them."""
    office_id = require(actor, workflow.Action.VIEW)
    row = _attachment(attachment_id, office_id)
    blob = Blob.get_by_id(row.blob_id)
    if blob.removed_at is not None:
        raise NotFound(N_("Isi lampiran \u201c{name}\u201d sudah dihapus karena masa simpan data "
                          "pribadinya berakhir (UU 27/2022); riwayat menyimpan sidik SHA-256-nya."),
                       name=row.filename)
    data = bytes(blob.data)
    if hashlib.sha256(data).hexdigest() != blob.sha256:
        raise CorruptAttachment(N_("Isi lampiran \u201c{name}\u201d tidak cocok dengan sidik "
                                   "SHA-256-nya: berkas rusak atau telah diubah."),
                                name=row.filename)
    return _info(row.consultation_id, row.id), data


def remove_attachment(actor: Actor, attachment_id: int, reason: str, *,
                      at: dt.datetime | None = None) -> AttachmentInfo:
    """Withdraw an attachment with a reason. The record and the file stay for the history."""
    reason = validation.clean_text(reason, "reason", "Alasan penghapusan", required=True)
    now = instant(at)
    with transaction():
        row = _attachment(attachment_id, office_of_actor(actor))
        consultation = _consultation_for(actor, row.consultation_id,
                                         workflow.Action.REMOVE_ATTACHMENT)
        if row.removed_at is not None:
            raise ValidationError({"lampiran": "Lampiran ini sudah dihapus."})
        Attachment.update(removed_at=now, removed_by=actor.user_id,
                          removal_reason=reason).where(Attachment.id == row.id).execute()
        history.append_event(EventKind.ATTACHMENT_REMOVED.value, at=now,
                             consultation_id=row.consultation_id, actor_id=actor.user_id,
                             data={"lampiran": row.id,
                                   "nama": personal.seal(consultation.seal_key, Attachment,
                                                         "filename", row.id, row.filename),
                                   "alasan": personal.seal(consultation.seal_key, Attachment,
                                                           "removal_reason", row.id, reason)})
    return _info(row.consultation_id, row.id)

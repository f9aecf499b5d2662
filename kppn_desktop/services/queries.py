"""Reading consultations: one as a summary or in full detail, and lists that page in SQL."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from peewee import fn

from kppn_desktop.domain import validation, workflow
from kppn_desktop.domain.errors import NotFound, ValidationError
from kppn_desktop.domain.events import EVENT_LABELS, EventKind
from kppn_desktop.domain.texts import N_
from kppn_desktop.services import projection
from kppn_desktop.services.context import Actor, find, require
from kppn_desktop.services.records import (
    AttachmentInfo,
    ConsultationDetail,
    ConsultationSummary,
    DocumentRequestInfo,
    NoteInfo,
    TimelineEntry,
    VisitResult,
)
from kppn_desktop.services.stakeholders import get_stakeholder
from kppn_desktop.storage import listing, personal
from kppn_desktop.storage.models import (
    Attachment,
    Blob,
    Consultation,
    DocumentRequest,
    Escalation,
    Event,
    ProgressUpdate,
    Resolution,
    Section,
    User,
    Visit,
)


def documents_open(consultation_id: int) -> bool:
    """A request for documents of the consultation's current cycle waits for them. A request
    still open when the consultation was resolved ended with that cycle: it does not hold the
    next one (after a reopening) back."""
    later = Resolution.select(Resolution.id).where(
        Resolution.consultation == consultation_id,
        Resolution.at >= DocumentRequest.requested_at)
    return (DocumentRequest.select().where(DocumentRequest.consultation == consultation_id,
                                           DocumentRequest.received_at.is_null(),
                                           ~fn.EXISTS(later)).exists())


def _summaries(condition: str, params: list) -> list[ConsultationSummary]:
    """The summaries of the consultations matching ``condition`` on ``c``, by id, read with the
    lists' select (``listing.rows_where``): composed once, not by peewee at every save."""
    return [ConsultationSummary.from_values(listing.convert(row))
            for row in listing.rows_where(condition, params)]


def summary_of(consultation_id: int) -> ConsultationSummary:
    found = _summaries("c.id = ?", [int(consultation_id)])
    if not found:
        raise NotFound("Konsultasi tidak ditemukan.")
    return found[0]


def find_by_number(number: str, office_id: int | None = None) -> ConsultationSummary:
    """The consultation numbered ``number``; with ``office_id``, only one of that office."""
    number = validation.clean_text(number, "number", "Nomor konsultasi")
    found = (_summaries("c.number = ?", [number]) if office_id is None
             else _summaries("c.number = ? AND c.office_id = ?", [number, int(office_id)]))
    if not found:
        raise NotFound(N_("Konsultasi nomor {number} tidak ditemukan."), number=number)
    return found[0]


def visit_result(visit_id: int, created: bool = True) -> VisitResult:
    visit = Visit.get_by_id(visit_id)
    return VisitResult(visit.id, visit.channel, visit.external_ref, visit.received_at,
                       get_stakeholder(visit.stakeholder_id),
                       tuple(_summaries("c.visit_id = ?", [int(visit_id)])), created)


def _names(ids) -> dict[int, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return dict(User.select(User.id, User.full_name).where(User.id.in_(list(ids))).tuples())


def get_consultation(actor: Actor, consultation_id: int,
                     now: dt.datetime | None = None) -> ConsultationDetail:
    """Everything about one consultation: timeline, clocks (as of ``now``) with their explanations,
    attachments, document requests, notes, and the actions the actor may take now."""
    office_id = require(actor, workflow.Action.VIEW)
    row = find(Consultation, consultation_id, "Konsultasi tidak ditemukan.", office_id)
    summary = summary_of(consultation_id)
    visit = Visit.get_by_id(row.visit_id)
    events = list(Event.select().where(Event.consultation == consultation_id).order_by(Event.seq))
    escalations = list(Escalation.select().where(Escalation.consultation == consultation_id))
    updates = list(ProgressUpdate.select().where(ProgressUpdate.consultation == consultation_id))
    resolutions = list(Resolution.select().where(Resolution.consultation == consultation_id))
    requests = list(DocumentRequest.select().where(DocumentRequest.consultation == consultation_id)
                    .order_by(DocumentRequest.id))
    attachments = list(Attachment.select(Attachment, Blob.sha256).join(Blob)
                       .where(Attachment.consultation == consultation_id).order_by(Attachment.id))
    names = _names([e.actor_id for e in events] + [x.by_id for x in escalations + updates + resolutions]
                   + [r.requested_by_id for r in requests] + [a.added_by_id for a in attachments])
    sections = dict(Section.select(Section.id, Section.name)
                    .where(Section.office == office_id).tuples())
    # The history keeps seals of the personal text; the timeline shows the text of their rows.
    opened = personal.open_seals([(consultation_id, json.loads(e.data)) for e in events],
                                 {consultation_id: row.seal_key})
    timeline = tuple(TimelineEntry(e.seq, e.kind, EVENT_LABELS.get(EventKind(e.kind), e.kind), e.at,
                                   names.get(e.actor_id, "Sistem"), data)
                     for e, data in zip(events, opened.data))
    notes = sorted(
        [NoteInfo("eskalasi", x.cycle, x.at, names.get(x.by_id, ""), x.reason,
                  {"seksi": sections.get(x.section_id, ""), "kontak": x.contact_person,
                   "telepon": x.contact_phone}) for x in escalations]
        + [NoteInfo(u.kind, u.cycle, u.at, names.get(u.by_id, ""), u.note, {"kanal": u.channel})
           for u in updates]
        + [NoteInfo("penyelesaian", r.cycle, r.at, names.get(r.by_id, ""), r.answer,
                    {"dasar": r.regulation}) for r in resolutions],
        key=lambda n: n.at)
    own_section = workflow.handles_section(actor.role, actor.section_id, row.section_id)
    waiting = documents_open(consultation_id)
    allowed = tuple(a for a in workflow.allowed_actions(actor.role, row.state, waiting)
                    if own_section or a == workflow.Action.VIEW)
    return ConsultationDetail(
        summary=summary, question=row.question, answer=row.answer, regulation=row.regulation,
        external_ref=visit.external_ref, contact_person=row.contact_person,
        contact_phone=row.contact_phone, cycle=row.cycle,
        stakeholder=get_stakeholder(row.stakeholder_id), timeline=timeline,
        clocks=tuple(projection.clocks_of(consultation_id, row.service_target, now,
                                          reasons=True)),
        attachments=tuple(AttachmentInfo(a.id, a.consultation_id, a.filename, a.mime, a.size,
                                         a.blob.sha256, a.added_at, names.get(a.added_by_id, ""),
                                         a.removed_at, a.removal_reason) for a in attachments),
        document_requests=tuple(DocumentRequestInfo(r.id, r.description, r.requested_at,
                                                    names.get(r.requested_by_id, ""),
                                                    r.received_at, r.received_note)
                                for r in requests),
        notes=tuple(notes), allowed_actions=allowed,
        visit_consultations=tuple(Consultation.select(Consultation.id, Consultation.number)
                                  .where(Consultation.visit == row.visit_id)
                                  .order_by(Consultation.id).tuples()))


@dataclass(frozen=True)
class ListFilter:
    """What a list shows. Every field narrows the list; None means any."""

    states: tuple[str, ...] | None = None
    officer_id: int | None = None
    section_id: int | None = None
    category_id: int | None = None
    channel: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    overdue_at: dt.datetime | None = None   # only those past a running deadline at this instant
    #: Part of the number, stakeholder, satker, HAI CSO ticket, summary, question or answer.
    text: str = ""
    order: str = "newest"                   # 'newest' or 'deadline' (escalations by solution due)


_STATE_NAMES = {"open_states": tuple(s.value for s in workflow.OPEN_STATES),
                "escalated": workflow.State.ESCALATED.value}


#: The most rows one page may ask for.
PAGE_LIMIT = 1000


def _filters(flt: ListFilter, office_id: int) -> dict:
    """The list's filter as ``storage.listing`` takes it, always within the actor's office."""
    values = {**vars(flt), **_STATE_NAMES, "office_id": office_id}
    values["text"] = validation.clean_text(flt.text, "text", "Teks pencarian")
    for name in ("officer_id", "section_id", "category_id"):
        if values[name] is not None and validation.record_id(values[name]) is None:
            raise ValidationError({name: "Pilihan saringan tidak dikenal."})
    return values


def list_consultations(actor: Actor, flt: ListFilter = ListFilter(), *, offset: int = 0,
                       limit: int = 100,
                       after: tuple[dt.datetime, int] | None = None) -> list[ConsultationSummary]:
    """One page of consultations, in the filter's order: ``limit`` after the first ``offset``,
    or (newest first) after ``after``, the (received_at, id) of the row before the page
    (:func:`page_key`) -- a page by key costs the same at any depth of the list -- and with both,
    ``limit`` after the first ``offset`` rows after ``after`` (a jump from a key of
    :func:`list_keys`)."""
    office_id = require(actor, workflow.Action.VIEW)
    for name, value, low, high in (("offset", offset, 0, 2 ** 62), ("limit", limit, 1, PAGE_LIMIT)):
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError({name: f"Halaman daftar tidak sah ({name} {value!r})."})
    _check_key(flt, after)
    made, convert = ConsultationSummary.from_row, listing.convert
    return [made(r, convert) for r in listing.rows(_filters(flt, office_id), flt.order, offset,
                                                   limit, after)]


def _check_key(flt: ListFilter, after) -> None:
    if after is not None:
        received, ident = after
        if (flt.order != "newest" or not isinstance(received, dt.datetime)
                or received.tzinfo is None or validation.record_id(ident) is None):
            raise ValidationError({"after": "Halaman daftar tidak sah (kunci halaman)."})


def page_key(summary: ConsultationSummary) -> tuple[dt.datetime, int]:
    """What :func:`list_consultations` takes as ``after`` to go on after this row."""
    return summary.received_at, summary.id


#: How far apart the keys of :func:`list_keys` are (rows).
KEY_EVERY = 2000


def list_keys(actor: Actor, flt: ListFilter = ListFilter(), *, every: int = KEY_EVERY,
              after: tuple[dt.datetime, int] | None = None,
              count: int | None = None) -> list[tuple[dt.datetime, int]]:
    """The keys (:func:`page_key`) of the ``every``-th, 2 x ``every``-th, ... row of a newest-first
    list after the key ``after`` (``count`` of them at most; none for the deadline order): the row
    at position ``p`` is then the page at offset ``p - k * every`` after the ``k``-th key
    (:func:`list_consultations` with ``after`` and an offset under ``every``), which reads fewer
    than ``every`` rows instead of all ``p`` above it. Making the keys down to ``p`` reads what
    that OFFSET would, once."""
    office_id = require(actor, workflow.Action.VIEW)
    for name, value, low in (("every", every, 1), ("count", count, 0)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or not low <= value <= 2 ** 31):
            raise ValidationError({name: f"Kunci daftar tidak sah ({name} {value!r})."})
    _check_key(flt, after)
    if flt.order != "newest":
        return []
    return listing.keys(_filters(flt, office_id), every, after, count)


#: A count stops here by default (:func:`count_consultations`).
COUNT_CAP = 10_000


def count_consultations(actor: Actor, flt: ListFilter = ListFilter(), *,
                        cap: int | None = None) -> int:
    """How many consultations the filter lists; with ``cap``, at most ``cap`` + 1 (any more
    than ``cap`` reads as 'more than cap'), which costs no more than reading that many."""
    office_id = require(actor, workflow.Action.VIEW)
    if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 0):
        raise ValidationError({"cap": f"Batas hitungan tidak sah ({cap!r})."})
    return listing.count(_filters(flt, office_id), cap)

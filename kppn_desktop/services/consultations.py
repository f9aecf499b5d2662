"""The consultation use cases of the desk: take, add a question, documents, resolve, escalate,
progress, Kepala Seksi response, reopen, edit. Each checks the actor's role and the state, runs in
one transaction, writes its event to the history and refreshes the clock columns."""

from __future__ import annotations

import datetime as dt
import secrets

import peewee
from peewee import fn

from kppn_desktop.domain import validation, workflow
from kppn_desktop.domain.errors import ConflictError, NotFound, TransitionError, ValidationError
from kppn_desktop.domain.events import EventKind
from kppn_desktop.domain.workflow import Action, State
from kppn_desktop.services import office as office_service
from kppn_desktop.services import projection
from kppn_desktop.services.context import Actor, find, instant, office_of_actor, require, transaction
from kppn_desktop.services.queries import documents_open, summary_of, visit_result
from kppn_desktop.services.records import ConsultationSummary, QuestionInput, VisitResult
from kppn_desktop.services.stakeholders import StakeholderInput, create_stakeholder_in_transaction
from kppn_desktop.storage import history, library_index, listing, personal
from kppn_desktop.storage.database import sent_together
from kppn_desktop.storage.models import (
    Category,
    Consultation,
    DocumentRequest,
    Escalation,
    NumberSequence,
    ProgressUpdate,
    Resolution,
    Section,
    Stakeholder,
    Visit,
    utcnow,
)

_CHANNELS = {code for code, _label in validation.CHANNELS}
SUMMARY_LENGTH = 120
#: An online message may be recorded late, but not from the future (a little clock skew allowed).
FUTURE_TOLERANCE = dt.timedelta(minutes=2)
#: ... and not from long ago: a year typed wrong (1900, 2016) would put a clock decades off.
OLDEST_RECEIPT = dt.timedelta(days=366)

CONFLICT_MESSAGE = ("Konsultasi ini baru saja diubah di workstation lain. Tidak ada yang disimpan "
                    "dan isian Anda tetap ada: muat ulang konsultasi, lalu simpan kembali.")


# --- shared steps --------------------------------------------------------------------------

def _event(row: Consultation, kind: EventKind, actor: Actor, at: dt.datetime, **data) -> None:
    # Workstation clocks may disagree by a little: an event is never placed before the receipt
    # it follows, or the clocks would not see it (a consultation's receipt never changes).
    history.append_event(kind.value, at=max(at, row.received_at), consultation_id=row.id,
                         actor_id=actor.user_id, data=data)


def _give_numbers(ids: list[int], office_code: str, day: dt.date) -> None:
    """Numbers for new consultations ``ids`` (in that order), '121-20260317-0001' (office code,
    office-local day, sequence of that day), from office ``office_code``'s counter of ``day``,
    and their search text. The counter row is locked from its upsert to the commit, so a take
    gives its numbers last: the desks of an office taking visits at once wait for each other
    through those few statements, not through each other's whole take."""
    last, = (NumberSequence.insert(office_code=office_code, day=day, last=len(ids))
             .on_conflict(conflict_target=[NumberSequence.office_code, NumberSequence.day],
                          update={NumberSequence.last: NumberSequence.last + len(ids)})
             .returning(NumberSequence.last).tuples().execute())[0]
    with sent_together():       # results not read: one round trip while the counter is held
        for n, consultation_id in enumerate(ids, start=last - len(ids) + 1):
            Consultation.update(number=f"{office_code}-{day:%Y%m%d}-{n:04d}").where(
                Consultation.id == consultation_id).execute()
        listing.refresh_search_text(consultation_ids=ids)


def _claim(actor: Actor, consultation_id: int, expected_version: int | None,
           action: Action) -> Consultation:
    """Check role and state, and take the consultation for this transaction by raising its version
    (the row stays locked until commit). ``expected_version`` is the version the caller read; a
    different one means another workstation saved in between: :class:`ConflictError`."""
    office_id = require(actor, action)
    # Another office's consultation is not found: the same answer as one that does not exist.
    row = find(Consultation, consultation_id, "Konsultasi tidak ditemukan.", office_id)
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(CONFLICT_MESSAGE)
    refuse_anonymised(row)
    workflow.check_section(actor.role, actor.section_id, row.section_id)
    new_state = workflow.next_state(row.state, action)
    changed = (Consultation.update(state=new_state, version=Consultation.version + 1,
                                   updated_at=utcnow())
               .where(Consultation.id == row.id, Consultation.version == row.version).execute())
    if not changed:
        raise ConflictError(CONFLICT_MESSAGE)
    row.state, row.version = new_state, row.version + 1
    return row


def refuse_anonymised(row: Consultation) -> None:
    """An anonymised consultation is closed for good: its personal text and its key are gone."""
    if row.anonymised_at is not None:
        raise TransitionError("Data pribadi konsultasi ini sudah dianonimkan karena masa simpannya "
                              "berakhir; konsultasi ini tidak dapat diubah lagi.")


def _question_seals(row: Consultation, question: str, summary: str) -> dict:
    return {"pertanyaan": personal.seal(row.seal_key, Consultation, "question", row.id, question),
            "ringkasan": personal.seal(row.seal_key, Consultation, "summary", row.id, summary)}


def _finish(row: Consultation) -> ConsultationSummary:
    projection.project(row)
    listing.refresh_search_text(consultation_ids=[row.id])
    # Its past answer in the library: added at resolution, withdrawn while reopened.
    library_index.index_answers([row.id])
    return summary_of(row.id)


def _required(value: str, field: str, label: str, errors: dict, *, multiline: bool = True,
              limit: int | None = None) -> str:
    """Required free text, by default of several lines; its message goes into ``errors``."""
    return validation.clean_text_into(errors, value, field, label, multiline=multiline,
                                      limit=limit, required=True)


def _active_section(section_id, message: str, errors: dict, office_id: int) -> int | None:
    """``section_id`` when it names an active section of office ``office_id``; else ``message``
    under 'section'."""
    section_id = validation.record_id(section_id)
    if section_id is None or Section.get_or_none((Section.id == section_id) & Section.active
                                                 & (Section.office == office_id)) is None:
        errors["section"] = message
    return section_id


def _check_questions(questions: list[QuestionInput], errors: dict,
                     office_id: int) -> list[tuple[Category, str, str]]:
    if not questions:
        errors["questions"] = "Isi sedikitnya satu pertanyaan."
        return []
    clean = []
    for i, q in enumerate(questions):
        text = _required(q.question, f"questions.{i}.question", "Pertanyaan", errors)
        category_id = validation.record_id(q.category_id)
        category = None if category_id is None else Category.get_or_none(
            (Category.id == category_id) & Category.active & (Category.office == office_id))
        if category is None:
            errors[f"questions.{i}.category"] = "Pilih kategori layanan."
        summary = (validation.clean_text_into(errors, q.summary, f"questions.{i}.summary",
                                              "Ringkasan")
                   or " ".join(text.split())[:SUMMARY_LENGTH])
        clean.append((category, text, summary[:200]))
    return clean


def _create_consultation(actor: Actor, visit: Visit, office_code: str, category: Category,
                         text: str, summary: str, received_at: dt.datetime, start: bool,
                         request_key: str | None, at: dt.datetime) -> Consultation:
    office_id = visit.office_id
    calendar = office_service.office_calendar(office_id)
    local_day = calendar.local(received_at).date()
    target = (category.service_minutes
              or office_service.service_standard(office_id).service_minutes)
    row = Consultation.create(
        # Unique until its number is given, last in the take (_give_numbers).
        number=f"~{secrets.token_hex(8)}", office=office_id, visit=visit,
        stakeholder=visit.stakeholder_id,
        channel=visit.channel, category=category, section=category.section_id,
        officer=actor.user_id, summary=summary, question=text,
        state=State.IN_SERVICE if start else State.RECEIVED, received_at=received_at,
        received_date=local_day, service_target=target, request_key=request_key,
        seal_key=personal.new_key())
    _event(row, EventKind.RECEIVED, actor, received_at, kanal=visit.channel,
           kategori=category.name, **_question_seals(row, text, summary))
    if start and at > received_at:
        _event(row, EventKind.SERVICE_STARTED, actor, at)
    projection.project(row)
    library_index.mark_found(row.id, text)
    return row


# --- use cases ------------------------------------------------------------------------------

def take_consultation(actor: Actor, *, channel: str, questions: list[QuestionInput],
                      stakeholder_id: int | None = None,
                      stakeholder: StakeholderInput | None = None,
                      received_at: dt.datetime | None = None, external_ref: str = "",
                      request_key: str | None = None, start_service: bool = True,
                      at: dt.datetime | None = None) -> VisitResult:
    """Record a visit (or one online contact) and its questions, each its own consultation.

    Face to face, the clock starts at ``received_at`` when given (the first entry on the intake
    page), else now; online, at ``received_at`` (when the message arrived). A repeated call with
    the same ``request_key`` returns the first visit instead of a second one."""
    office_id = require(actor, Action.TAKE)
    now = instant(at)
    errors: dict[str, str] = {}
    if not isinstance(channel, str) or channel not in _CHANNELS:
        errors["channel"] = "Pilih kanal konsultasi."
    online = "channel" not in errors and validation.is_online(channel)
    # Online: when the message arrived. Face to face: when the officer began taking the visit
    # (the first entry on the intake page), not when it was saved. Either way now when not given.
    received = instant(received_at, "received_at") if received_at else now
    if received > now + FUTURE_TOLERANCE:
        errors["received_at"] = ("Waktu diterima tidak boleh di masa depan." if online
                                 else "Waktu mulai tidak boleh di masa depan.")
    received = min(received, now)   # within the tolerance: a clock a little fast
    if received < now - OLDEST_RECEIPT:
        errors["received_at"] = ("Waktu diterima lebih dari setahun yang lalu; periksa tanggal "
                                 "dan tahunnya.")
    external_ref = validation.clean_text_into(errors, external_ref, "external_ref",
                                              "Nomor tiket/referensi")
    if channel == "hai_cso" and not external_ref and "external_ref" not in errors:
        errors["external_ref"] = "Nomor tiket HAI CSO wajib diisi."
    clean_questions = _check_questions(questions, errors, office_id)
    if stakeholder_id is None and stakeholder is None:
        errors["stakeholder"] = "Pilih stakeholder atau isi data stakeholder baru."
    if stakeholder is not None and stakeholder_id is None:
        try:
            stakeholder.validated()
        except ValidationError as exc:
            errors.update({f"stakeholder.{k}": v for k, v in exc.errors.items()})
    if errors:
        raise ValidationError(errors)

    if request_key:
        existing = Visit.get_or_none(Visit.request_key == request_key, Visit.office == office_id)
        if existing is not None:
            return visit_result(existing.id, created=False)
    try:
        with transaction():
            office = office_service.office_row(office_id)
            if stakeholder_id is not None:
                if Stakeholder.get_or_none(Stakeholder.id == stakeholder_id,
                                           Stakeholder.office == office_id) is None:
                    raise ValidationError({"stakeholder": "Stakeholder tidak ditemukan."})
                person_id = stakeholder_id
            else:
                person_id = create_stakeholder_in_transaction(stakeholder, office_id).id
            visit = Visit.create(office=office, channel=channel, external_ref=external_ref.strip(),
                                 received_at=received, stakeholder=person_id,
                                 officer=actor.user_id, request_key=request_key)
            rows = [_create_consultation(actor, visit, office.code, category, text, summary,
                                         received, start_service,
                                         f"{request_key}:{i}" if request_key else None, now)
                    for i, (category, text, summary) in enumerate(clean_questions)]
            Stakeholder.update(updated_at=now).where(Stakeholder.id == person_id).execute()
            _give_numbers([row.id for row in rows], office.code, rows[0].received_date)
    except peewee.IntegrityError:
        # The same save arrived twice at once from two connections: the first one won.
        if request_key and (existing := Visit.get_or_none(Visit.request_key == request_key,
                                                          Visit.office == office_id)):
            return visit_result(existing.id, created=False)
        raise
    return visit_result(visit.id)


def add_question(actor: Actor, visit_id: int, question: QuestionInput, *,
                 request_key: str | None = None, at: dt.datetime | None = None) -> ConsultationSummary:
    """Another question of the same visit: a new consultation with its own category and clock."""
    office_id = require(actor, Action.ADD_QUESTION)
    now = instant(at)
    errors: dict[str, str] = {}
    [(category, text, summary)] = (_check_questions([question], errors, office_id)
                                   or [(None, "", "")])
    if errors:
        raise ValidationError({k.replace("questions.0.", ""): v for k, v in errors.items()})
    if request_key and (existing := Consultation.get_or_none(
            Consultation.request_key == request_key, Consultation.office == office_id)):
        return summary_of(existing.id)
    with transaction():
        visit = (None if validation.record_id(visit_id) is None
                 else Visit.get_or_none(Visit.id == visit_id, Visit.office == office_id))
        if visit is None:
            raise NotFound("Kunjungan tidak ditemukan.")
        office = office_service.office_row(office_id)
        received = visit.received_at if validation.is_online(visit.channel) else now
        row = _create_consultation(actor, visit, office.code, category, text, summary, received,
                                   True, request_key, now)
        _give_numbers([row.id], office.code, row.received_date)
    return summary_of(row.id)


def start_service(actor: Actor, consultation_id: int, *, expected_version: int | None,
                  at: dt.datetime | None = None) -> ConsultationSummary:
    now = instant(at)
    with transaction():
        row = _claim(actor, consultation_id, expected_version, Action.START_SERVICE)
        Consultation.update(officer=actor.user_id).where(Consultation.id == row.id).execute()
        _event(row, EventKind.SERVICE_STARTED, actor, now)
        return _finish(row)


def _check_documents(row: Consultation, action: Action) -> None:
    """An escalated consultation keeps its state while documents are asked for (DOMAIN.md): the
    open request decides which document action it takes."""
    if row.state == workflow.State.ESCALATED:
        workflow.check_documents(action, documents_open(row.id))


def request_documents(actor: Actor, consultation_id: int, description: str, *,
                      expected_version: int | None, at: dt.datetime | None = None
                      ) -> ConsultationSummary:
    """Ask the stakeholder for supporting documents; the service clock pauses until they arrive
    (during an escalation, the solution clock)."""
    errors: dict[str, str] = {}
    description = _required(description, "description", "Dokumen yang diminta", errors)
    if errors:
        raise ValidationError(errors)
    now = instant(at)
    with transaction():
        row = _claim(actor, consultation_id, expected_version, Action.REQUEST_DOCUMENTS)
        _check_documents(row, Action.REQUEST_DOCUMENTS)
        request = DocumentRequest.create(consultation=row.id, description=description,
                                         requested_at=now, requested_by=actor.user_id)
        _event(row, EventKind.DOCUMENTS_REQUESTED, actor, now, alasan=personal.seal(
            row.seal_key, DocumentRequest, "description", request.id, description))
        return _finish(row)


def record_documents_received(actor: Actor, consultation_id: int, note: str = "", *,
                              expected_version: int | None, at: dt.datetime | None = None
                              ) -> ConsultationSummary:
    """The requested documents arrived; the service (or solution) clock runs again."""
    note = validation.clean_text(note, "note", "Catatan", multiline=True)
    now = instant(at)
    with transaction():
        row = _claim(actor, consultation_id, expected_version, Action.RECEIVE_DOCUMENTS)
        _check_documents(row, Action.RECEIVE_DOCUMENTS)
        # One request is open at a time (a second cannot be made while waiting).
        request_id = (DocumentRequest.select(fn.MAX(DocumentRequest.id))
                      .where(DocumentRequest.consultation == row.id,
                             DocumentRequest.received_at.is_null()).scalar())
        (DocumentRequest.update(received_at=now, received_by=actor.user_id,
                                received_note=note)
         .where(DocumentRequest.consultation == row.id, DocumentRequest.received_at.is_null())
         .execute())
        _event(row, EventKind.DOCUMENTS_RECEIVED, actor, now, catatan=(
            personal.seal(row.seal_key, DocumentRequest, "received_note", request_id, note)
            if request_id else personal.keep(row.seal_key, row.id, note)))
        return _finish(row)


def resolve(actor: Actor, consultation_id: int, answer: str, regulation: str = "", *,
            expected_version: int | None, at: dt.datetime | None = None,
            article_id: int | None = None) -> ConsultationSummary:
    """Give the answer: status "Resolved". ``regulation`` is the rule cited (peraturan/juknis):
    free text, or, with ``article_id``, an article of the library, stored as a link and cited
    as the library cites it ('PMK 62 Tahun 2023 Pasal 12')."""
    errors: dict[str, str] = {}
    answer = _required(answer, "answer", "Jawaban", errors)
    regulation = validation.clean_text_into(errors, regulation, "regulation", "Dasar peraturan",
                                            limit=300)
    if article_id is not None:
        cited = library_index.article_citation(validation.record_id(article_id) or 0)
        if cited is None:
            errors["regulation"] = "Pasal yang dipilih tidak ada lagi di perpustakaan."
        else:
            regulation = cited
    if errors:
        raise ValidationError(errors)
    now = instant(at)
    with transaction():
        row = _claim(actor, consultation_id, expected_version, Action.RESOLVE)
        resolution = Resolution.create(consultation=row.id, cycle=row.cycle, answer=answer,
                                       regulation=regulation.strip(), at=now, by=actor.user_id,
                                       article=article_id)
        Consultation.update(answer=answer, regulation=regulation.strip(), resolved_at=now).where(
            Consultation.id == row.id).execute()
        # The regulation cited is the legal basis of the answer, not personal: it stays readable.
        cited_article = {"pasal": article_id} if article_id is not None else {}
        _event(row, EventKind.RESOLVED, actor, now, dasar=regulation.strip(), **cited_article,
               jawaban=personal.seal(row.seal_key, Resolution, "answer", resolution.id, answer))
        return _finish(row)


def escalate(actor: Actor, consultation_id: int, *, section_id: int | None, reason: str,
             contact_person: str, contact_phone: str, expected_version: int | None,
             at: dt.datetime | None = None) -> ConsultationSummary:
    """Hand the question to the Kepala Seksi of ``section_id``; the stakeholder gets a solution
    within the solution standard (3 working days) and progress updates meanwhile."""
    errors: dict[str, str] = {}
    reason = _required(reason, "reason", "Alasan eskalasi", errors)
    contact_person = _required(contact_person, "contact_person", "Kontak person", errors,
                               multiline=False, limit=150)
    phone = ""
    try:
        if not validation.clean_text(contact_phone, "contact_phone", "Nomor telepon"):
            errors["contact_phone"] = "Nomor telepon kontak person wajib diisi."
        else:
            phone = validation.phone(contact_phone, "contact_phone")
    except ValidationError as exc:
        errors.update(exc.errors)
    section_id = _active_section(section_id, "Pilih seksi tujuan eskalasi.", errors,
                                 office_of_actor(actor))
    if errors:
        raise ValidationError(errors)
    now = instant(at)
    with transaction():
        row = _claim(actor, consultation_id, expected_version, Action.ESCALATE)
        escalation = Escalation.create(consultation=row.id, cycle=row.cycle, section=section_id,
                                       reason=reason, contact_person=contact_person,
                                       contact_phone=phone, at=now, by=actor.user_id)
        Consultation.update(section=section_id, escalated_at=now, contact_person=contact_person,
                            contact_phone=phone).where(Consultation.id == row.id).execute()

        def sealed(column, text):
            return personal.seal(row.seal_key, Escalation, column, escalation.id, text)
        _event(row, EventKind.ESCALATED, actor, now, alasan=sealed("reason", reason),
               seksi=section_id, kontak=sealed("contact_person", contact_person),
               telepon=sealed("contact_phone", phone))
        return _finish(row)


def reroute_escalation(actor: Actor, consultation_id: int, *, section_id: int | None, reason: str,
                       expected_version: int | None, at: dt.datetime | None = None
                       ) -> ConsultationSummary:
    """Move an escalated consultation to another section's Kepala Seksi (sent to the wrong section,
    or to one without a Kepala Seksi). The clocks run on: the stakeholder's solution deadline and
    the progress updates do not start again. The CSO, or the Kepala Seksi who holds it, moves it."""
    errors: dict[str, str] = {}
    reason = _required(reason, "reason", "Alasan pemindahan", errors)
    section_id = _active_section(section_id, "Pilih seksi tujuan.", errors, office_of_actor(actor))
    if errors:
        raise ValidationError(errors)
    now = instant(at)
    with transaction():
        row = _claim(actor, consultation_id, expected_version, Action.REROUTE)
        if row.section_id == section_id:
            raise ValidationError({"section": "Konsultasi ini sudah berada di seksi tersebut; "
                                              "pilih seksi lain."})
        latest = (Escalation.select(Escalation.id)
                  .where(Escalation.consultation == row.id, Escalation.cycle == row.cycle)
                  .order_by(Escalation.at.desc(), Escalation.id.desc()).scalar())
        Escalation.update(section=section_id).where(Escalation.id == latest).execute()
        Consultation.update(section=section_id).where(Consultation.id == row.id).execute()
        _event(row, EventKind.REROUTED, actor, now,
               alasan=personal.keep(row.seal_key, row.id, reason), dari=row.section_id,
               seksi=section_id)
        return _finish(row)


def record_progress(actor: Actor, consultation_id: int, note: str, *, channel: str,
                    expected_version: int | None, at: dt.datetime | None = None
                    ) -> ConsultationSummary:
    """A progress report given to the stakeholder while the consultation is escalated."""
    errors: dict[str, str] = {}
    note = _required(note, "note", "Isi progres", errors)
    if not isinstance(channel, str) or channel not in _CHANNELS:
        errors["channel"] = "Pilih sarana penyampaian progres."
    if errors:
        raise ValidationError(errors)
    now = instant(at)
    with transaction():
        row = _claim(actor, consultation_id, expected_version, Action.PROGRESS_UPDATE)
        update = ProgressUpdate.create(consultation=row.id, cycle=row.cycle, kind="progres",
                                       channel=channel, note=note, at=now, by=actor.user_id)
        _event(row, EventKind.PROGRESS_UPDATE, actor, now, kanal=channel,
               catatan=personal.seal(row.seal_key, ProgressUpdate, "note", update.id, note))
        return _finish(row)


def kasi_respond(actor: Actor, consultation_id: int, note: str, *, expected_version: int | None,
                 at: dt.datetime | None = None) -> ConsultationSummary:
    """The Kepala Seksi's confirmation or direction on an escalated consultation."""
    errors: dict[str, str] = {}
    note = _required(note, "note", "Tanggapan", errors)
    if errors:
        raise ValidationError(errors)
    now = instant(at)
    with transaction():
        row = _claim(actor, consultation_id, expected_version, Action.KASI_RESPONSE)
        update = ProgressUpdate.create(consultation=row.id, cycle=row.cycle,
                                       kind="tanggapan_kasi", note=note, at=now, by=actor.user_id)
        _event(row, EventKind.KASI_RESPONSE, actor, now,
               catatan=personal.seal(row.seal_key, ProgressUpdate, "note", update.id, note))
        return _finish(row)


def reopen(actor: Actor, consultation_id: int, reason: str, *, expected_version: int | None,
           at: dt.datetime | None = None) -> ConsultationSummary:
    """Open a resolved consultation again: a new cycle with fresh clocks; the first stays final."""
    errors: dict[str, str] = {}
    reason = _required(reason, "reason", "Alasan membuka kembali", errors)
    if errors:
        raise ValidationError(errors)
    now = instant(at)
    with transaction():
        row = _claim(actor, consultation_id, expected_version, Action.REOPEN)
        Consultation.update(cycle=Consultation.cycle + 1, resolved_at=None,
                            section=Category.select(Category.section).where(
                                Category.id == row.category_id)).where(
            Consultation.id == row.id).execute()
        _event(row, EventKind.REOPENED, actor, now,
               alasan=personal.keep(row.seal_key, row.id, reason))
        return _finish(row)


def edit_consultation(actor: Actor, consultation_id: int, *, question: str, summary: str,
                      category_id: int, expected_version: int | None,
                      at: dt.datetime | None = None) -> ConsultationSummary:
    """Correct an open consultation's question, summary or category (the history keeps the old)."""
    errors: dict[str, str] = {}
    [(category, text, short)] = _check_questions(
        [QuestionInput(category_id, question, summary)], errors, office_of_actor(actor))
    if errors:
        raise ValidationError({k.replace("questions.0.", ""): v for k, v in errors.items()})
    now = instant(at)
    with transaction():
        row = _claim(actor, consultation_id, expected_version, Action.EDIT)
        values = {"question": text, "summary": short, "category": category.id}
        if category.id != row.category_id:
            # The target may follow the new category only while the first service clock still
            # runs: a result already decided (a breach is final) is never recomputed.
            if row.cycle == 1 and row.state in (State.RECEIVED, State.IN_SERVICE,
                                                State.WAITING_DOCUMENTS):
                values["service_target"] = (
                    category.service_minutes
                    or office_service.service_standard(row.office_id).service_minutes)
            if row.state != State.ESCALATED:
                values["section"] = category.section_id
        Consultation.update(**values).where(Consultation.id == row.id).execute()
        library_index.mark_found(row.id, text)
        # The text before the edit moves to its own rows; the new text is sealed where it is.
        _event(row, EventKind.EDITED, actor, now, lama={
            "pertanyaan": personal.keep(row.seal_key, row.id, row.question),
            "ringkasan": personal.keep(row.seal_key, row.id, row.summary),
            "kategori": row.category_id}, baru=_question_seals(row, text, short))
        row = Consultation.get_by_id(row.id)
        return _finish(row)

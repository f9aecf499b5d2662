"""The printed papers of one consultation: the data for a slip or a receipt, gathered from the
database, and the PDF bytes drawn by the documents layer."""

from __future__ import annotations

import datetime as dt

from kppn_desktop import documents
from kppn_desktop.domain import validation, workflow
from kppn_desktop.domain.errors import KppnError, NotFound, ValidationError
from kppn_desktop.services import office as office_service
from kppn_desktop.services.context import Actor, find, require
from kppn_desktop.services.queries import find_by_number, summary_of
from kppn_desktop.storage.models import (
    Article,
    Consultation,
    Escalation,
    Regulation,
    Resolution,
    Section,
    Stakeholder,
    User,
    Visit,
    utcnow,
)

_TYPE_LABELS = dict(validation.STAKEHOLDER_TYPES)
_ROLE_LABELS = dict(validation.SATKER_ROLES)


def office_header(office_id: int | None = None) -> documents.OfficeHeader:
    """The header of office ``office_id``'s papers (None: the default office)."""
    profile = office_service.get_office(office_id)
    if profile is None:
        raise NotFound("Profil kantor belum diisi.")
    return documents.OfficeHeader(
        office_name=profile.name, office_full_name=profile.full_name or profile.name,
        kanwil_name=profile.kanwil, address=profile.address, phone=profile.phone,
        website=profile.website, email=profile.email, timezone=profile.timezone)


def _stakeholder_type(s: Stakeholder) -> str:
    label = _TYPE_LABELS.get(s.kind, s.kind)
    return f"{label} – {_ROLE_LABELS[s.role]}" if s.role in _ROLE_LABELS else label


def consultation_slip(actor: Actor | None, consultation_id: int,
                      printed_at: dt.datetime | None = None) -> documents.ConsultationSlip:
    """The slip of the visit this consultation belongs to: all of the visit's questions, the one
    it is printed for first (its number heads the slip and is in the QR code)."""
    office_id = None if actor is None else require(actor, workflow.Action.VIEW)
    first = find(Consultation, consultation_id, "Konsultasi tidak ditemukan.", office_id)
    visit = Visit.get_by_id(first.visit_id)
    person = Stakeholder.get_by_id(visit.stakeholder_id)
    officer = User.get_by_id(visit.officer_id)
    rows = list(Consultation.select().where(Consultation.visit == visit.id).order_by(Consultation.id))
    visit_number = rows[0].number
    rows.sort(key=lambda c: c.id != consultation_id)     # stable: the others keep their order
    sections = dict(Section.select(Section.id, Section.name)
                    .where(Section.office == first.office_id).tuples())
    questions = []
    for c in rows:
        summary = summary_of(c.id)
        escalated = c.state == workflow.State.ESCALATED
        questions.append(documents.SlipQuestion(
            number=c.number, category=summary.category, summary=c.summary,
            service_target_minutes=c.service_target, status=summary.state_label,
            escalation_deadline=c.solution_due_at if escalated else None,
            contact_person=c.contact_person or None if escalated else None,
            section=sections.get(c.section_id) if escalated else None))
    return documents.ConsultationSlip(
        header=office_header(first.office_id), visit_number=visit_number, received_at=visit.received_at,
        stakeholder_name=person.name, stakeholder_type=_stakeholder_type(person),
        channel=validation.CHANNEL_LABELS.get(visit.channel, visit.channel), officer_name=officer.full_name,
        questions=tuple(questions), printed_at=printed_at or utcnow(),
        satker_code=person.kode_satker, satker_name=person.satker_name,
        external_reference=visit.external_ref)


def resolution_receipt(actor: Actor | None, consultation_id: int,
                       printed_at: dt.datetime | None = None) -> documents.ResolutionReceipt:
    """The receipt of a resolved consultation: the answer, and the time taken against the standard."""
    office_id = None if actor is None else require(actor, workflow.Action.VIEW)
    c = find(Consultation, consultation_id, "Konsultasi tidak ditemukan.", office_id)
    if c.state != workflow.State.RESOLVED:
        raise KppnError("Tanda terima hanya dapat dicetak untuk konsultasi yang sudah selesai.")
    summary = summary_of(c.id)
    visit = Visit.get_by_id(c.visit_id)
    person = Stakeholder.get_by_id(c.stakeholder_id)
    escalation = (Escalation.select(Escalation, Section.name).join(Section)
                  .where(Escalation.consultation == c.id).order_by(Escalation.at.desc()).first())
    return documents.ResolutionReceipt(
        header=office_header(c.office_id), number=c.number, stakeholder_name=person.name,
        channel=validation.CHANNEL_LABELS.get(c.channel, c.channel), category=summary.category,
        question_summary=c.summary, answer=c.answer, officer_name=summary.officer,
        received_at=c.received_at, resolved_at=c.resolved_at,
        handling_minutes=round(c.service_minutes or 0), target_minutes=c.service_target,
        met=bool(c.service_met), printed_at=printed_at or utcnow(), regulation=c.regulation,
        stakeholder_type=_stakeholder_type(person), satker_code=person.kode_satker,
        satker_name=person.satker_name, external_reference=visit.external_ref,
        escalated_to=escalation.section.name if escalation else "",
        solution_deadline=c.solution_due_at if escalation else None,
        solution_met=c.solution_met if escalation else None,
        regulation_title=_cited_title(c.id))


def _cited_title(consultation_id: int) -> str:
    """The title of the regulation whose article the last answer cited from the library."""
    last = (Resolution.select(Resolution.article).where(Resolution.consultation == consultation_id)
            .order_by(Resolution.at.desc(), Resolution.id.desc()).tuples().first())
    if not last or last[0] is None:
        return ""
    return (Regulation.select(Regulation.title).join(Article)
            .where(Article.id == last[0]).scalar()) or ""


LAYOUTS = ("receipt80", "a5", "a4")


def _layout(layout: object) -> str:
    if not isinstance(layout, str) or layout not in LAYOUTS:
        raise ValidationError({"layout": "Ukuran kertas: receipt80, a5 atau a4."})
    return layout


def slip_pdf(actor: Actor | None, consultation_id: int, layout: str = "receipt80") -> bytes:
    layout = _layout(layout)
    return documents.render_slip(consultation_slip(actor, consultation_id), layout=layout)


def receipt_pdf(actor: Actor | None, consultation_id: int, layout: str = "receipt80") -> bytes:
    layout = _layout(layout)
    return documents.render_receipt(resolution_receipt(actor, consultation_id), layout=layout)


def slip_pdf_by_number(actor: Actor | None, number: str, layout: str = "receipt80") -> bytes:
    office_id = None if actor is None else require(actor, workflow.Action.VIEW)
    return slip_pdf(actor, find_by_number(number, office_id).id, layout)

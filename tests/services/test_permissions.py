"""Every role/action pair the workflow forbids is refused by the service layer itself."""

from __future__ import annotations

import pytest

from kppn_desktop.domain import workflow
from kppn_desktop.domain.errors import PermissionDenied
from kppn_desktop.domain.workflow import Action, Role
from kppn_desktop.services import (
    attachments,
    issued_reports,
    library,
    privacy,
    reports,
    settings,
    stakeholders,
    users,
)
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import office as office_service
from kppn_desktop.services.records import QuestionInput

from .helpers import bendahara, take, wita

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _calls(office, c, attachment_id):
    """One service call per action, made on behalf of ``actor``."""
    cid, v = c.id, None
    cat = office.categories[0].id
    return {
        Action.TAKE: lambda a: svc.take_consultation(
            a, channel="tatap_muka", questions=[QuestionInput(cat, "Q")], stakeholder=bendahara()),
        Action.ADD_QUESTION: lambda a: svc.add_question(a, c.visit_id, QuestionInput(cat, "Q2")),
        Action.START_SERVICE: lambda a: svc.start_service(a, cid, expected_version=v),
        Action.REQUEST_DOCUMENTS: lambda a: svc.request_documents(a, cid, "SPM",
                                                                  expected_version=v),
        Action.RECEIVE_DOCUMENTS: lambda a: svc.record_documents_received(a, cid,
                                                                          expected_version=v),
        Action.ATTACH: lambda a: attachments.attach_file(a, cid, "spm.pdf", PDF),
        Action.REMOVE_ATTACHMENT: lambda a: attachments.remove_attachment(a, attachment_id, "x"),
        Action.RESOLVE: lambda a: svc.resolve(a, cid, "Jawab", expected_version=v),
        Action.ESCALATE: lambda a: svc.escalate(
            a, cid, section_id=office.sections["PDMS"], reason="r", contact_person="p",
            contact_phone="081244556677", expected_version=v),
        Action.REROUTE: lambda a: svc.reroute_escalation(
            a, cid, section_id=office.sections["BANK"], reason="r", expected_version=v),
        Action.PROGRESS_UPDATE: lambda a: svc.record_progress(a, cid, "p", channel="telepon",
                                                              expected_version=v),
        Action.KASI_RESPONSE: lambda a: svc.kasi_respond(a, cid, "t", expected_version=v),
        Action.REOPEN: lambda a: svc.reopen(a, cid, "r", expected_version=v),
        Action.EDIT: lambda a: svc.edit_consultation(a, cid, question="Q", summary="S",
                                                     category_id=cat, expected_version=v),
        Action.VIEW: lambda a: __import__("kppn_desktop.services.queries", fromlist=["x"])
        .get_consultation(a, cid),
        Action.VIEW_REPORTS: lambda a: reports.service_report(
            a, __import__("datetime").date(2026, 3, 1), __import__("datetime").date(2026, 3, 31)),
        Action.ISSUE_REPORTS: lambda a: issued_reports.issue(
            a, __import__("datetime").date(2026, 3, 1), __import__("datetime").date(2026, 3, 31),
            now=wita(2026, 4, 2, 9, 0)),
        Action.MANAGE_USERS: lambda a: users.add_user(a, "baru", "Pengguna Baru", "cso",
                                                      "sandi-baru-1"),
        Action.MANAGE_OFFICE: lambda a: settings.change(a, settings.SERVICE_MINUTES, 25),
        Action.MANAGE_CATEGORIES: lambda a: office_service.save_category(a, "Kategori baru", None),
        Action.MANAGE_STAKEHOLDERS: lambda a: stakeholders.create_stakeholder(a, bendahara()),
        Action.MANAGE_PERSONAL_DATA: lambda a: privacy.plan_anonymisation(a),
        Action.SEARCH_LIBRARY: lambda a: library.search(a, "SPM"),
        Action.MANAGE_LIBRARY: lambda a: library.save_faq(a, None, question="Q", answer="A"),
        Action.VIEW_KANWIL_REPORTS: lambda a: __import__(
            "kppn_desktop.services.kanwil", fromlist=["x"]).consolidated_report(
            a, __import__("datetime").date(2026, 3, 1), __import__("datetime").date(2026, 3, 31)),
    }


def test_every_forbidden_pair_is_refused_by_the_services(office):
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    attachment = attachments.attach_file(office.cso, c.id, "spm.pdf", PDF)
    calls = _calls(office, c, attachment.id)
    assert set(calls) == set(Action), "every action needs a call here"
    actors = {Role.CSO: office.cso, Role.KASI: office.kasi, Role.KAKAN: office.kakan,
              Role.ADMIN: office.admin}
    refused = 0
    for action, call in calls.items():
        if call is None:
            continue
        for role, actor in actors.items():
            if workflow.may(role, action):
                continue
            with pytest.raises(PermissionDenied):
                call(actor)
            refused += 1
    assert refused >= 40
    from kppn_desktop.storage.models import Consultation, User
    assert Consultation.select().count() == 1 and User.select().where(User.username == "baru").count() == 0


def test_each_role_can_do_its_own_work(office):
    """The table is not 'refuse everything': a sample of allowed pairs goes through."""
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    assert users.add_user(office.admin, "baru", "Pengguna Baru", "cso", "sandi-baru-1").role == "cso"
    assert office_service.save_category(office.admin, "Kategori baru", None, service_minutes=30)
    c = svc.escalate(office.cso, c.id, section_id=office.sections["PDMS"], reason="r",
                     contact_person="p", contact_phone="081244556677", expected_version=c.version,
                     at=wita(2026, 3, 17, 9, 5))
    c = svc.kasi_respond(office.kasi, c.id, "t", expected_version=c.version,
                         at=wita(2026, 3, 17, 9, 6))
    assert c.state == "dieskalasi"


def test_a_deactivated_or_changed_user_can_do_nothing_more(office):
    """The services read the user as stored now: an open session of a user deactivated or given
    another role meanwhile is refused everything, and nothing is stored."""
    from kppn_desktop.domain.errors import SessionEnded
    from kppn_desktop.storage.models import Event

    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    attachment = attachments.attach_file(office.cso, c.id, "spm.pdf", PDF)
    calls = {a: call for a, call in _calls(office, c, attachment.id).items() if call is not None}
    users.add_user(office.admin, "admin2", "Admin Dua", "admin", "sandi-admin-dua")
    admin2 = users.login("admin2", "sandi-admin-dua")
    stored = {u.id: u for u in users.list_users(admin2)}
    everyone = (office.cso, office.kasi, office.kakan, office.admin)
    for actor in everyone:
        u = stored[actor.user_id]
        users.update_user(admin2, u.id, full_name=u.full_name, role=u.role,
                          section_id=u.section_id, active=False, expected_version=u.version)
    events = Event.select().count()
    for call in calls.values():
        for actor in everyone:
            with pytest.raises(SessionEnded):
                call(actor)
    assert Event.select().count() == events

    # Demoted: the administrator made a CSO may no longer manage users, even from a session
    # opened as administrator (nor work as a CSO before logging in again).
    u = {x.id: x for x in users.list_users(admin2)}[office.admin.user_id]
    users.update_user(admin2, u.id, full_name=u.full_name, role="cso", active=True,
                      expected_version=u.version)
    with pytest.raises(SessionEnded) as err:
        calls[Action.MANAGE_USERS](office.admin)
    assert "masuk kembali" in err.value.message.lower()
    as_cso = users.login("admin", "rahasia-admin")
    assert as_cso.role == "cso"
    with pytest.raises(PermissionDenied):
        calls[Action.MANAGE_USERS](as_cso)

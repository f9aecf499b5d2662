"""Several offices in one database (issue 14): another office's data is invisible and
untouchable, through every service module, on both engines; the Kanwil sees its KPPNs' figures,
and its consolidated totals are the per-office reports added up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kppn_desktop.domain.errors import NotFound, PermissionDenied, ValidationError
from kppn_desktop.services import (
    attachments,
    inbox,
    issued_reports,
    kanwil,
    library,
    papers,
    privacy,
    queries,
    reports,
    stakeholders,
    system,
    users,
)
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import office as office_service
from kppn_desktop.services import settings as settings_service
from kppn_desktop.services.records import QuestionInput

from .helpers import bendahara, take, wita

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))


@dataclass
class Other:
    """A second KPPN in the same database, with its own staff and one escalated consultation,
    an attachment, a stakeholder, a closure, an hours override, an FAQ entry and an issued
    report; and a Kanwil over both offices."""

    id: int
    admin: object
    cso: object
    kasi: object
    kakan: object
    kanwil: object
    sections: dict
    categories: list
    consultation: object
    attachment_id: int
    stakeholder_id: int
    override_id: int
    faq_id: int
    issued: object


@pytest.fixture
def other(office):
    kanwil_office = office_service.add_office_unchecked(
        office_service.OfficeProfile(code="900", name="Kanwil Sulbar"), kind="kanwil")
    info = office_service.add_office_unchecked(
        office_service.OfficeProfile(code="122", name="KPPN Mamuju", city="Mamuju"),
        parent_id=kanwil_office.id)
    from kppn_desktop.storage.models import Office
    Office.update(parent=kanwil_office.id).where(Office.code == "121").execute()
    sections = {s.code: s.id for s in office_service.list_sections(office_id=info.id)}

    def make(username, role, section=None, office_id=info.id):
        users.create_user_unchecked(username, username.title(), role, "sandi-" + username,
                                    section_id=sections.get(section), office_id=office_id)
        return users.login(username, "sandi-" + username)
    admin, cso = make("admin.b", "admin"), make("cso.b", "cso")
    kasi, kakan = make("kasi.b", "kasi", "PDMS"), make("kakan.b", "kakan")
    watcher = make("pemantau", "kanwil", office_id=kanwil_office.id)
    categories = office_service.list_categories(office_id=info.id)
    visit = svc.take_consultation(
        cso, channel="tatap_muka", stakeholder=bendahara(name="Rahmat Mamuju"),
        questions=[QuestionInput(categories[0].id, "Rekening supplier Mamuju berubah.")],
        at=wita(2026, 3, 17, 9, 0))
    c = visit.consultations[0]
    attachment = attachments.attach_file(cso, c.id, "spm.pdf", PDF, at=wita(2026, 3, 17, 9, 1))
    c = svc.escalate(cso, c.id, section_id=sections["PDMS"], reason="Perlu Kasi",
                     contact_person="Rahmat", contact_phone="081244556677",
                     expected_version=queries.summary_of(c.id).version,
                     at=wita(2026, 3, 17, 9, 5))
    office_service.set_closure(admin, dt.date(2026, 3, 16), "Banjir Mamuju")
    override = office_service.add_hours_override(
        admin, dt.date(2026, 3, 2), dt.date(2026, 3, 6), {0: (dt.time(9), dt.time(12))}, "Ramadan")
    faq = library.save_faq(kasi, None, question="Rahasia Mamuju?", answer="Jawaban Mamuju.")
    issued = issued_reports.issue(kakan, *MARCH, now=wita(2026, 4, 2, 9, 0))
    return Other(info.id, admin, cso, kasi, kakan, watcher, sections, categories, c,
                 attachment.id, visit.stakeholder.id, override, faq.id, issued)


def _not_found(call):
    with pytest.raises(NotFound):
        call()


# --- one check per service module: the first office's users against the second's rows ----------

def _consultations(a, b):
    cid = b.consultation.id
    v = b.consultation.version
    for call in (
            lambda: svc.start_service(a.cso, cid, expected_version=None),
            lambda: svc.request_documents(a.cso, cid, "SPM", expected_version=v),
            lambda: svc.record_documents_received(a.kasi, cid, expected_version=None),
            lambda: svc.resolve(a.cso, cid, "Jawab", expected_version=None),
            lambda: svc.escalate(a.cso, cid, section_id=a.sections["PDMS"], reason="r",
                                 contact_person="p", contact_phone="081244556677",
                                 expected_version=None),
            lambda: svc.reroute_escalation(a.cso, cid, section_id=a.sections["BANK"], reason="r",
                                           expected_version=None),
            lambda: svc.record_progress(a.cso, cid, "p", channel="telepon", expected_version=None),
            lambda: svc.kasi_respond(a.kasi, cid, "t", expected_version=None),
            lambda: svc.reopen(a.cso, cid, "r", expected_version=None),
            lambda: svc.edit_consultation(a.cso, cid, question="Q", summary="S",
                                          category_id=a.categories[0].id, expected_version=None),
            lambda: svc.add_question(a.cso, b.consultation.visit_id,
                                     QuestionInput(a.categories[0].id, "Q2"))):
        _not_found(call)
    # The other office's category, section and stakeholder are not choices of this office.
    with pytest.raises(ValidationError):
        svc.take_consultation(a.cso, channel="tatap_muka", stakeholder=bendahara(),
                              questions=[QuestionInput(b.categories[0].id, "Q")])
    with pytest.raises(ValidationError):
        svc.take_consultation(a.cso, channel="tatap_muka", stakeholder_id=b.stakeholder_id,
                              questions=[QuestionInput(a.categories[0].id, "Q")])
    [mine] = take(a, wita(2026, 3, 18, 9, 0)).consultations
    with pytest.raises(ValidationError):
        svc.escalate(a.cso, mine.id, section_id=b.sections["PDMS"], reason="r",
                     contact_person="p", contact_phone="081244556677", expected_version=None)


def _queries(a, b):
    _not_found(lambda: queries.get_consultation(a.cso, b.consultation.id))
    take(a, wita(2026, 3, 18, 9, 0))
    listed = queries.list_consultations(a.cso)
    assert listed and b.consultation.id not in {s.id for s in listed}
    assert queries.count_consultations(a.cso) == len(listed)
    for text in ("Mamuju", "Rahmat", b.consultation.number, "122-"):
        flt = queries.ListFilter(text=text)
        assert queries.list_consultations(a.cso, flt) == []
        assert queries.count_consultations(a.cso, flt, cap=10) == 0
    flt = queries.ListFilter(states=("dieskalasi",))
    assert queries.list_consultations(a.kasi, flt) == []


def _attachments(a, b):
    _not_found(lambda: attachments.attach_file(a.cso, b.consultation.id, "x.pdf", PDF))
    _not_found(lambda: attachments.read_attachment(a.cso, b.attachment_id))
    _not_found(lambda: attachments.remove_attachment(a.cso, b.attachment_id, "salah"))


def _papers(a, b):
    _not_found(lambda: papers.slip_pdf(a.cso, b.consultation.id))
    _not_found(lambda: papers.receipt_pdf(a.cso, b.consultation.id))
    _not_found(lambda: papers.slip_pdf_by_number(a.cso, b.consultation.number))


def _reports(a, b):
    report = reports.service_report(a.kakan, *MARCH, now=wita(2026, 4, 2, 9, 0))
    assert report.total == 0 and report.escalated == 0 and report.backlog == 0
    assert report.overdue == () and report.by_category == ()
    assert report.header.office_name == "KPPN Majene"
    theirs = reports.service_report(b.kakan, *MARCH, now=wita(2026, 4, 2, 9, 0))
    assert theirs.total == 1 and theirs.escalated == 1 and len(theirs.overdue) == 1


def _issued_reports(a, b):
    _not_found(lambda: issued_reports.issued_pdf(a.kakan, b.issued.code))
    _not_found(lambda: issued_reports.verify(a.kakan, b.issued.pdf))
    assert issued_reports.verify(b.kakan, b.issued.pdf).ok
    notes = issued_reports.preview(a.kakan, *MARCH, now=wita(2026, 4, 2, 9, 0))
    assert notes.previous_code is None       # the other office's issue of March is not ours


def _inbox(a, b):
    counts = inbox.section_inbox_counts(a.kasi, now=wita(2026, 3, 30, 9, 0))
    assert counts.escalated == 0 and counts.progress == {}
    assert inbox.limits_passed(a.kasi, None, wita(2026, 3, 30, 9, 0)) == []
    assert inbox.desk_notices(a.kasi, wita(2026, 3, 30, 9, 0)) == []
    assert inbox.section_inbox_counts(b.kasi, now=wita(2026, 3, 30, 9, 0)).escalated == 1


def _users(a, b):
    names = {u.username for u in users.list_users(a.admin)}
    assert "cso.b" not in names and "rina" in names
    other_cso = users.login("cso.b", "sandi-cso.b")
    _not_found(lambda: users.update_user(a.admin, other_cso.user_id, full_name="X", role="cso",
                                         expected_version=1))
    _not_found(lambda: users.set_password(a.admin, other_cso.user_id, "sandi-baru-123"))
    with pytest.raises(ValidationError):       # a section of the other office
        users.add_user(a.admin, "kasi.x", "Kasi X", "kasi", "sandi-kasi-x",
                       section_id=b.sections["PDMS"])
    with pytest.raises(ValidationError):       # no Kanwil role in a KPPN
        users.add_user(a.admin, "pemantau.x", "Pemantau", "kanwil", "sandi-pemantau")


def _catalog(a, b):
    assert {s.id for s in office_service.list_sections(office_id=a.id)}.isdisjoint(
        b.sections.values())
    assert {c.id for c in office_service.list_categories(office_id=a.id)}.isdisjoint(
        {c.id for c in b.categories})
    _not_found(lambda: office_service.save_section(a.admin, "LAIN", "Diambil",
                                                   section_id=b.sections["PDMS"]))
    _not_found(lambda: office_service.save_category(a.admin, "Diambil", None,
                                                    category_id=b.categories[0].id))
    with pytest.raises(ValidationError):
        office_service.save_category(a.admin, "Baru", b.sections["PDMS"])
    # The same code and name are free in each office.
    assert office_service.save_section(a.admin, "KHUSUS", "Seksi Khusus")
    assert office_service.save_section(b.admin, "KHUSUS", "Seksi Khusus")


def _calendar(a, b):
    assert office_service.list_closures(office_id=a.id) == []
    assert [c.day for c in office_service.list_closures(office_id=b.id)] == [dt.date(2026, 3, 16)]
    assert office_service.list_hours_overrides(office_id=a.id) == []
    _not_found(lambda: office_service.remove_closure(a.admin, dt.date(2026, 3, 16)))
    _not_found(lambda: office_service.remove_hours_override(a.admin, b.override_id))
    assert office_service.office_calendar(a.id).is_working_day(dt.date(2026, 3, 16))
    assert not office_service.office_calendar(b.id).is_working_day(dt.date(2026, 3, 16))
    office_service.set_weekly_hours(b.admin, {d: (dt.time(7, 30), dt.time(16)) for d in range(5)})
    assert office_service.weekly_hours(a.id)[0] == (dt.time(8), dt.time(15))


def _settings(a, b):
    settings_service.change(b.admin, settings_service.SERVICE_MINUTES, 30)
    assert settings_service.get(settings_service.SERVICE_MINUTES, a.id) == 20
    assert office_service.service_standard(a.id).service_minutes == 20
    assert office_service.service_standard(b.id).service_minutes == 30
    # Read together (a Kanwil's report), each office keeps its own; a database-wide key its one.
    settings_service.change(a.admin, settings_service.PROGRESS_EVERY_WORKING_DAYS, 2)
    both = office_service.service_standards([a.id, b.id])
    assert both == {a.id: office_service.service_standard(a.id),
                    b.id: office_service.service_standard(b.id)}
    assert (both[a.id].service_minutes, both[b.id].service_minutes) == (20, 30)
    assert (both[a.id].progress_every_working_days, both[b.id].progress_every_working_days) == (2, 1)
    wide = [settings_service.SERVICE_MINUTES, settings_service.SAMPLE_OFFICE]
    settings_service.put(settings_service.SAMPLE_OFFICE, True, a.id)
    assert settings_service.get_of_offices(wide, [a.id, b.id]) == {
        a.id: settings_service.get_many(wide, a.id), b.id: settings_service.get_many(wide, b.id)}
    assert settings_service.get_many(wide, b.id) == {"standard.service_minutes": 30,
                                                      "sample.office": True}


def _profile(a, b):
    mine = office_service.get_office(a.id)
    from dataclasses import replace
    office_service.save_office(a.admin, replace(mine, phone="0411 123456"))
    assert office_service.get_office(b.id).name == "KPPN Mamuju"
    assert office_service.get_office(b.id).phone != "0411 123456"
    with pytest.raises(ValidationError):           # the other office's code
        office_service.save_office(a.admin, replace(office_service.get_office(a.id), code="122"))


def _stakeholders(a, b):
    assert stakeholders.find_stakeholders("Rahmat", office_id=a.id) == []
    assert [s.id for s in stakeholders.find_stakeholders("Rahmat", office_id=b.id)] == [
        b.stakeholder_id]
    _not_found(lambda: stakeholders.update_stakeholder(a.cso, b.stakeholder_id,
                                                       bendahara(name="Diubah"),
                                                       expected_version=1))


def _privacy(a, b):
    export = privacy.access_export(a.admin, name="Rahmat Mamuju")
    assert export.stakeholders == 0 and export.consultations == 0   # the criteria are echoed
    plan = privacy.plan_anonymisation(a.admin, now=wita(2032, 1, 1, 9, 0))
    assert plan.consultations == 0
    record = privacy.processing_record(a.admin)
    assert "KPPN Majene" in record.text() and "Mamuju" not in record.text()


def _library(a, b):
    assert b.faq_id not in {f.id for f in library.list_faq(a.kasi)}
    _not_found(lambda: library.set_faq_active(a.kasi, b.faq_id, False))
    _not_found(lambda: library.save_faq(a.kasi, b.faq_id, question="Q", answer="A"))
    assert library.faq_revisions(a.kasi, b.faq_id) == []
    hits = library.search(a.cso, "Rahasia Mamuju")
    assert all(h.ref != b.faq_id for h in hits if h.kind == "faq")
    assert any(h.ref == b.faq_id for h in library.search(b.cso, "Rahasia Mamuju")
               if h.kind == "faq")


def _system(a, b):
    marker = system.change_marker()
    svc.record_progress(b.cso, b.consultation.id, "progres", channel="telepon",
                        expected_version=None)
    assert system.changes_since(marker, a.id) == (system.change_marker(), frozenset())
    assert system.changes_since(marker, b.id)[1] == frozenset({b.consultation.id})


def _kanwil(a, b):
    for actor in (a.cso, a.kakan, a.admin, b.kakan):
        with pytest.raises(PermissionDenied):
            kanwil.consolidated_report(actor, *MARCH)
    with pytest.raises(PermissionDenied):          # and no desk for the Kanwil
        queries.list_consultations(b.kanwil)
    report = kanwil.consolidated_report(b.kanwil, *MARCH, now=wita(2026, 4, 2, 9, 0))
    assert [o.code for o in report.offices] == ["122", "121"]   # the one with a figure first
    assert report.totals.total == 1 and [x.office_code for x in report.overdue] == ["122"]
    assert [o.code for o in kanwil.offices(b.kanwil)] == ["121", "122"]
    assert len(kanwil.overdue_escalations(b.kanwil)) == 1


CHECKS = {
    "consultations": _consultations, "queries": _queries, "attachments": _attachments,
    "papers": _papers, "reports": _reports, "issued_reports": _issued_reports, "inbox": _inbox,
    "users": _users, "office.catalog": _catalog, "office.calendar": _calendar,
    "settings": _settings, "office.profile": _profile, "stakeholders": _stakeholders,
    "privacy": _privacy, "library": _library, "system": _system, "kanwil": _kanwil,
}


@pytest.mark.parametrize("service", list(CHECKS))
def test_another_offices_data_is_invisible_and_untouchable(office, other, service):
    office.id = office_service.office_row().id
    CHECKS[service](office, other)


def test_an_existing_database_has_one_office_that_owns_everything(office):
    from kppn_desktop.storage.models import (
        Category,
        Consultation,
        Office,
        ReportRollup,
        Section,
        Stakeholder,
        User,
    )
    take(office, wita(2026, 3, 17, 9, 0))
    [only] = Office.select()
    assert only.kind == "kppn" and only.parent_id is None
    for model in (User, Section, Category, Stakeholder, Consultation, ReportRollup):
        assert model.select().where(model.office != only.id).count() == 0, model


# --- the consolidated report adds up --------------------------------------------------------

@pytest.fixture
def region(database):
    from kppn_desktop.demo import sample
    from kppn_desktop.storage.models import User

    now = dt.datetime(2026, 3, 13, 3, 30, tzinfo=dt.timezone.utc)
    sample.generate(consultations=60, months=2, seed=7, now=now, bulk=True, offices=3)
    u = User.get(User.username == "kanwil")
    return users.actor_for(u.id), now


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.integers(0, 70), length=st.integers(0, 60))
def test_consolidated_totals_are_the_per_office_reports_added_up(region, start, length):
    actor, now = region
    first = dt.date(2026, 1, 1) + dt.timedelta(days=start)
    last = first + dt.timedelta(days=length)
    report = kanwil.consolidated_report(actor, first, last, now=now)
    plain = [reports.service_report(None, first, last, now=now, office_id=office.id)
             for office in kanwil.offices(actor)]
    assert len(report.offices) == len(plain) == 3
    t = report.totals
    assert t.total == sum(r.total for r in plain)
    assert t.resolved == sum(r.resolved for r in plain)
    assert t.escalated == sum(r.escalated for r in plain)
    assert t.backlog == sum(r.backlog for r in plain)
    assert t.first_contact == sum(r.first_contact for r in plain)
    assert t.missed_progress_updates == sum(r.missed_progress_updates for r in plain)
    for name in ("service_compliance", "solution_compliance"):
        mine = getattr(t, name)
        assert (mine.met, mine.breached, mine.clocks) == (
            sum(getattr(r, name).met for r in plain), sum(getattr(r, name).breached for r in plain),
            sum(getattr(r, name).clocks for r in plain))
    by_code = {o.code: o.figures for o in report.offices}
    for office, r in zip(kanwil.offices(actor), plain):
        f = by_code[office.code]
        assert (f.total, f.backlog, f.p90_handling_minutes) == (r.total, r.backlog,
                                                                r.p90_handling_minutes)
    ranks = [kanwil.rank_key(o) for o in report.offices]
    assert ranks == sorted(ranks)


def test_the_login_names_the_office_or_else_its_kanwil(office):
    """Before anyone logs in, the dialog names the database's office; with a Kanwil and its
    KPPNs, the Kanwil (the first KPPN's name would greet the other KPPNs' staff)."""
    assert office_service.login_title() == office_service.get_office().name
    kanwil = office_service.add_office_unchecked(
        office_service.OfficeProfile(code="900", name="Kanwil DJPb Sulawesi Barat"), kind="kanwil")
    office_service.add_office_unchecked(
        office_service.OfficeProfile(code="122", name="KPPN Mamuju"), parent_id=kanwil.id)
    assert office_service.login_title() == "Kanwil DJPb Sulawesi Barat"

"""The end of the retention period (UU 27/2022): anonymisation keeps every statistic and a history
that verifies, and leaves open consultations and the files they need alone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from kppn_desktop.demo import sample
from kppn_desktop.domain.errors import NotFound, PermissionDenied, TransitionError, ValidationError
from kppn_desktop.services import attachments, privacy, queries, reports, settings
from kppn_desktop.services import consultations as svc
from kppn_desktop.services.context import Actor
from kppn_desktop.storage import history, replay
from kppn_desktop.storage.models import (
    Blob,
    Consultation,
    Event,
    PersonalText,
    Resolution,
    Stakeholder,
    User,
    Visit,
)
from tests.services.helpers import bendahara, take, wita
from tests.storage.test_personal import _everything
from tests.storage.test_replay import PDF
from tests.storage.test_schema import _figures

MARK = privacy.MARK
LATER = wita(2031, 6, 1, 9, 0)       # more than five years after March 2026


def _verified():
    chain, rows = history.verify_chain(), replay.verify_rows()
    assert chain.ok, chain.message
    assert rows.ok, rows.message


def test_a_resolved_consultation_past_its_retention_is_anonymised(office):
    a, b = _everything(office)        # a: resolved; b: still escalated
    a = svc.resolve(office.cso, a.id, "Jawaban kedua untuk Ibu Nurhayati.", "PER-1/PB/2023",
                    expected_version=a.version, at=wita(2026, 3, 17, 12, 0))
    plan = privacy.plan_anonymisation(office.admin, LATER)
    assert (plan.consultations, plan.stakeholders, plan.files) == (1, 1, 1)
    assert "Akan dianonimkan: 1 konsultasi" in plan.message
    assert Consultation.get_by_id(a.id).anonymised_at is None      # a dry run changes nothing

    done = privacy.anonymise(office.admin, LATER)
    assert (done.consultations, done.stakeholders, done.files) == (1, 1, 1)
    row = Consultation.get_by_id(a.id)
    assert (row.question, row.summary, row.answer, row.seal_key) == (MARK, MARK, MARK, "")
    assert row.regulation == "PER-1/PB/2023" and row.category_id == office.categories[1].id
    assert {r.answer for r in Resolution.select().where(Resolution.consultation == a.id)} == {MARK}
    assert {p.text for p in PersonalText.select().where(PersonalText.consultation == a.id)} == {MARK}
    person = Stakeholder.get_by_id(row.stakeholder_id)
    assert (person.name, person.phone, person.nip, person.anonymised) == (MARK, "", "", True)
    assert person.kode_satker == "019385"                   # the organisation stays
    assert Blob.get().removed_at is not None and bytes(Blob.get().data) == b""
    [info] = attachments.get_consultation_attachments(a.id)
    with pytest.raises(NotFound, match="masa simpan"):
        attachments.read_attachment(office.admin, info.id)
    assert "Nurhayati" not in Consultation.get_by_id(a.id).search_text
    # The open escalation keeps everything.
    other = Consultation.get_by_id(b.id)
    assert other.anonymised_at is None and other.contact_person == "Nur"
    # The consultation's timeline says what happened; nothing can change it any more.
    timeline = queries.get_consultation(office.admin, a.id).timeline
    assert timeline[-1].label.startswith("Data pribadi dianonimkan")
    assert timeline[-1].data == {"masa_simpan_tahun": 5}
    with pytest.raises(TransitionError, match="dianonimkan"):
        svc.reopen(office.cso, a.id, "Lagi", expected_version=row.version)
    _verified()
    run = privacy.last_run()
    assert (run.consultations, run.stakeholders, run.files, run.by) == (1, 1, 1, "Admin Kantor")
    # Nothing more to do the second time; the run is recorded all the same.
    again = privacy.anonymise(office.admin, LATER)
    assert (again.consultations, again.stakeholders) == (0, 0)
    assert "Tidak ada data pribadi" in again.message
    _verified()


def test_a_file_another_open_consultation_needs_is_kept(office):
    [old] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    [new] = take(office, wita(2026, 3, 17, 9, 5)).consultations
    attachments.attach_file(office.cso, old.id, "spm.pdf", PDF)
    attachments.attach_file(office.cso, new.id, "spm.pdf", PDF)
    old = svc.resolve(office.cso, old.id, "Jawab", expected_version=old.version,
                      at=wita(2026, 3, 17, 9, 10))
    done = privacy.anonymise(office.admin, LATER)
    assert (done.consultations, done.files) == (1, 0)
    assert bytes(Blob.get().data) == PDF
    _verified()
    # Attached again after the bytes went: they come back.
    new = svc.resolve(office.cso, new.id, "Jawab", expected_version=new.version,
                      at=wita(2026, 3, 17, 9, 20))
    assert privacy.anonymise(office.admin, LATER).files == 1
    [third] = take(office, LATER).consultations
    attachments.attach_file(office.cso, third.id, "spm.pdf", PDF)
    assert bytes(Blob.get().data) == PDF and Blob.get().removed_at is None
    _verified()


def test_a_consultation_within_its_retention_or_open_is_kept(office):
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    svc.resolve(office.cso, c.id, "Jawab", expected_version=c.version, at=wita(2026, 3, 17, 9, 5))
    settings.change(office.admin, settings.RETENTION_YEARS, 6)
    assert privacy.anonymise(office.admin, LATER).consultations == 0
    assert Consultation.get_by_id(c.id).question != MARK


def test_only_the_administrator_may_anonymise(office):
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    svc.resolve(office.cso, c.id, "Jawab", expected_version=c.version, at=wita(2026, 3, 17, 9, 5))
    for actor in (office.cso, office.kasi, office.kakan):
        with pytest.raises(PermissionDenied):
            privacy.anonymise(actor, LATER)
        with pytest.raises(PermissionDenied):
            privacy.plan_anonymisation(actor, LATER)
    assert Consultation.get_by_id(c.id).anonymised_at is None
    assert privacy.last_run() is None


NOW = dt.datetime(2026, 3, 20, 3, 30, tzinfo=dt.timezone.utc)


def test_reports_are_identical_before_and_after_anonymisation(database):
    sample.generate(consultations=300, months=3, seed=11, now=NOW, bulk=True)
    u = User.get(User.username == "admin")
    admin = Actor(u.id, u.username, u.full_name, u.role)
    first, last = dt.date(2025, 12, 1), dt.date(2026, 3, 31)
    before = reports.service_report(None, first, last, now=NOW)
    resolved = Consultation.select().where(Consultation.state == "selesai").count()
    done = privacy.anonymise(admin, NOW + dt.timedelta(days=366 * 5 + 30))
    assert done.consultations == resolved > 250
    assert Consultation.select().where(Consultation.question == MARK).count() == resolved
    after = reports.service_report(None, first, last, now=NOW)
    assert _figures(after) == _figures(before)
    assert reports.render(after, "csv") == reports.render(before, "csv")
    _verified()
    text = "\n".join(d for (d,) in Event.select(Event.data).tuples())
    for person in Stakeholder.select().where(Stakeholder.anonymised):
        assert person.name == MARK
    assert Visit.select().where(Visit.external_ref.not_in(["", MARK])).count() <= (
        Consultation.select().where(Consultation.anonymised_at.is_null()).count())
    assert "+62" not in text


WITA = ZoneInfo("Asia/Makassar")


@hsettings(max_examples=60, deadline=None)
@given(st.datetimes(min_value=dt.datetime(2001, 1, 1), max_value=dt.datetime(2090, 12, 31)),
       st.integers(min_value=1, max_value=50))
def test_the_cut_off_is_the_start_of_the_same_office_day_years_back(local, years):
    from unittest import mock

    from kppn_desktop.domain.calendar import OfficeCalendar
    from kppn_desktop.domain.standards import CalendarSettings

    calendar = OfficeCalendar(CalendarSettings())
    now = local.replace(tzinfo=WITA)
    with mock.patch.object(privacy, "office_calendar", return_value=calendar):
        cut = privacy.retention_cut_off(now, years)
    day = cut.astimezone(WITA)
    assert day.time() == dt.time() and day.year == now.year - years
    assert (day.month, day.day) == (now.month, now.day) or (
        (now.month, now.day, day.day) == (2, 29, 28))
    assert cut < now


def test_a_person_s_data_comes_out_whole_as_json_and_pdf(office):
    import json

    from tests.documents.pdftools import text_of

    a, b = _everything(office)
    [other] = take(office, wita(2026, 3, 18, 9, 0),
                   stakeholder=bendahara(name="Andi Wijaya", phone="0813 1111 2222")).consultations
    found = privacy.access_export(office.admin, name="nurhayati saleh", phone="0812-4455-6677")
    data = json.loads(found.json)
    assert (found.stakeholders, found.consultations) == (2, 2)
    assert {p["nama"] for p in data["stakeholder"]} == {"Nurhayati Saleh"}
    numbers = {c["nomor"] for c in data["konsultasi"]}
    assert numbers == {a.number, b.number} and other.number not in found.json.decode()
    by_number = {c["nomor"]: c for c in data["konsultasi"]}
    assert by_number[a.number]["jawaban"] == "Jawaban asli."
    assert by_number[a.number]["lampiran"][0]["nama"] == "spm.pdf"
    assert by_number[b.number]["kontak"] == "Nur"
    assert any(n["isi"] == "Sedang dicek" for n in by_number[b.number]["catatan"])
    pdf = text_of(found.pdf)
    assert "DATA PRIBADI" in pdf and "Nurhayati Saleh" in pdf and a.number in pdf
    # By the contact's phone alone: the escalation that names them.
    contact = privacy.access_export(office.admin, phone="+6281244556677")
    assert contact.consultations == 2
    # The request is in the history, without the person's text.
    event = Event.select().order_by(Event.seq.desc()).first()
    assert event.subject == "data_pribadi_akses" and "Nurhayati" not in event.data
    with pytest.raises(ValidationError):
        privacy.access_export(office.admin)
    with pytest.raises(PermissionDenied):
        privacy.access_export(office.cso, name="Nurhayati Saleh")
    nobody = privacy.access_export(office.admin, email="tidak.ada@example.go.id")
    assert nobody.consultations == 0 and "Tidak ada data" in nobody.message


def test_an_anonymised_person_is_no_longer_found(office):
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    svc.resolve(office.cso, c.id, "Jawab", expected_version=c.version, at=wita(2026, 3, 17, 9, 5))
    privacy.anonymise(office.admin, LATER)
    found = privacy.access_export(office.admin, name="Nurhayati Saleh")
    assert (found.stakeholders, found.consultations) == (0, 0)


def test_the_processing_record_names_purposes_retention_and_the_last_run(office):
    record = privacy.processing_record(office.admin, LATER)
    text = record.text()
    for words in ("Pasal 31", "Tujuan pemrosesan", "Kategori data pribadi", "Penerima",
                  "5 tahun setelah konsultasi diselesaikan", "belum pernah dijalankan"):
        assert words in text, words
    privacy.anonymise(office.admin, LATER)
    assert "oleh Admin Kantor: 0 konsultasi" in privacy.processing_record(office.admin).text()
    with pytest.raises(PermissionDenied):
        privacy.processing_record(office.kakan)

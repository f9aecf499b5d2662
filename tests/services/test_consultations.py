"""The desk's use cases through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from kppn_desktop.domain.errors import ConflictError, TransitionError, ValidationError
from kppn_desktop.domain.workflow import State
from kppn_desktop.services import consultations as svc
from kppn_desktop.services import queries
from kppn_desktop.services.records import QuestionInput
from kppn_desktop.storage import history

from .helpers import bendahara, take, wita

UTC = dt.timezone.utc


def test_face_to_face_consultation_resolved_within_standard(office):
    visit = take(office, wita(2026, 3, 17, 9, 0))
    [c] = visit.consultations
    assert c.number == "121-20260317-0001"
    assert c.state == State.IN_SERVICE and c.stakeholder == "Nurhayati Saleh"
    assert visit.stakeholder.phone == "+6281244556677"
    assert c.service_due_at == wita(2026, 3, 17, 9, 20).astimezone(UTC)

    done = svc.resolve(office.cso, c.id, "Perbaiki data supplier di SAKTI lalu ajukan ulang.",
                       "PER-1/PB/2023", expected_version=c.version, at=wita(2026, 3, 17, 9, 12))
    assert done.state == State.RESOLVED and done.service_met is True
    detail = queries.get_consultation(office.cso, c.id, now=wita(2026, 3, 17, 10, 0))
    [cycle] = detail.clocks
    assert cycle.service.elapsed_minutes == pytest.approx(12)
    assert detail.answer.startswith("Perbaiki") and detail.regulation == "PER-1/PB/2023"
    assert [e.kind for e in detail.timeline] == ["diterima", "diselesaikan"]
    assert detail.timeline[-1].actor == "Rina Marlina"
    assert history.verify_chain().ok


def test_one_visit_several_questions_each_with_its_own_number_and_clock(office):
    questions = [QuestionInput(office.categories[0].id, "Pertanyaan SPM"),
                 QuestionInput(office.categories[12].id, "Reset user SAKTI", "OTP tidak masuk")]
    visit = take(office, wita(2026, 3, 17, 9, 0), questions=questions)
    numbers = [c.number for c in visit.consultations]
    assert numbers == ["121-20260317-0001", "121-20260317-0002"]
    assert visit.consultations[1].summary == "OTP tidak masuk"
    assert visit.consultations[0].category != visit.consultations[1].category
    later = svc.add_question(office.cso, visit.visit_id,
                             QuestionInput(office.categories[4].id, "SKPP pindah"),
                             at=wita(2026, 3, 17, 9, 10))
    assert later.number == "121-20260317-0003" and later.visit_id == visit.visit_id
    assert later.service_due_at == wita(2026, 3, 17, 9, 30).astimezone(UTC)


def test_online_message_at_night_starts_its_clock_at_the_next_opening(office):
    visit = take(office, wita(2026, 3, 17, 8, 5), channel="hai_cso", external_ref="HAI-778812",
                 received_at=wita(2026, 3, 16, 21, 40))
    [c] = visit.consultations
    assert c.number == "121-20260316-0001"          # numbered by the day it was received
    assert c.service_due_at == wita(2026, 3, 17, 8, 20).astimezone(UTC)
    assert visit.external_ref == "HAI-778812"


def test_online_channel_checks(office):
    with pytest.raises(ValidationError) as err:
        take(office, wita(2026, 3, 17, 9, 0), channel="hai_cso",
             received_at=wita(2026, 3, 17, 11, 0))
    assert set(err.value.errors) == {"external_ref", "received_at"}


def test_bad_input_names_every_field_and_stores_nothing(office):
    from kppn_desktop.storage.models import Consultation, Stakeholder

    with pytest.raises(ValidationError) as err:
        svc.take_consultation(
            office.cso, channel="merpati", at=wita(2026, 3, 17, 9),
            questions=[QuestionInput(None, "  ")],
            stakeholder=bendahara(kode_satker="12a", phone="12345", email="bukan-email"))
    assert set(err.value.errors) >= {"channel", "questions.0.question", "questions.0.category",
                                     "stakeholder.kode_satker", "stakeholder.phone",
                                     "stakeholder.email"}
    assert "Kode satker" in err.value.errors["stakeholder.kode_satker"]
    assert Consultation.select().count() == 0 and Stakeholder.select().count() == 0


def test_a_save_sent_twice_creates_one_consultation(office):
    from kppn_desktop.storage.models import Consultation

    first = take(office, wita(2026, 3, 17, 9, 0), request_key="desk1-7f3a")
    again = take(office, wita(2026, 3, 17, 9, 0), request_key="desk1-7f3a")
    assert again.created is False and again.visit_id == first.visit_id
    assert Consultation.select().count() == 1


def test_documents_pause_the_service_clock(office):
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    c = svc.request_documents(office.cso, c.id, "Salinan SPM dan ADK", expected_version=c.version,
                              at=wita(2026, 3, 17, 9, 5))
    assert c.state == State.WAITING_DOCUMENTS and c.service_due_at is None
    c = svc.record_documents_received(office.cso, c.id, "Lengkap", expected_version=c.version,
                                      at=wita(2026, 3, 17, 10, 5))
    assert c.state == State.IN_SERVICE
    assert c.service_due_at == wita(2026, 3, 17, 10, 20).astimezone(UTC)   # 5 used, 15 left
    c = svc.resolve(office.cso, c.id, "Sudah dijawab.", expected_version=c.version,
                    at=wita(2026, 3, 17, 10, 15))
    assert c.service_met is True
    detail = queries.get_consultation(office.cso, c.id)
    assert detail.document_requests[0].received_note == "Lengkap"
    pause = detail.clocks[0].service.pauses[0]
    assert pause.reason == "Salinan SPM dan ADK" and pause.office_minutes == pytest.approx(60)


def test_documents_asked_for_during_an_escalation_move_its_deadline(office):
    """The Kepala Seksi may need documents to find the solution: the consultation stays
    escalated, one request is open at a time, and the solution deadline moves by the wait."""
    [c] = take(office, wita(2026, 3, 2, 9, 0)).consultations
    c = svc.escalate(office.cso, c.id, section_id=office.sections["BANK"], reason="Konfirmasi",
                     contact_person="Nur", contact_phone="081244556677",
                     expected_version=c.version, at=wita(2026, 3, 2, 9, 10))
    assert c.solution_due_at == wita(2026, 3, 5, 15, 0).astimezone(UTC)
    actions = queries.get_consultation(office.kasi_bank, c.id).allowed_actions
    assert "request_documents" in actions and "receive_documents" not in actions
    with pytest.raises(TransitionError, match="Tidak ada permintaan dokumen"):
        svc.record_documents_received(office.kasi_bank, c.id, expected_version=c.version)
    c = svc.request_documents(office.kasi_bank, c.id, "Rekening koran Februari",
                              expected_version=c.version, at=wita(2026, 3, 3, 10, 0))
    assert c.state == State.ESCALATED and c.solution_due_at is None      # the clock waits
    actions = queries.get_consultation(office.kasi_bank, c.id).allowed_actions
    assert "receive_documents" in actions and "request_documents" not in actions
    with pytest.raises(TransitionError, match="belum diterima"):
        svc.request_documents(office.kasi_bank, c.id, "Lagi", expected_version=c.version)
    c = svc.record_documents_received(office.cso, c.id, "Lengkap", expected_version=c.version,
                                      at=wita(2026, 3, 4, 10, 0))
    assert c.state == State.ESCALATED
    # 300 + 120 office minutes after Thursday's close: Friday 6 March, 15:00.
    assert c.solution_due_at == wita(2026, 3, 6, 15, 0).astimezone(UTC)
    c = svc.resolve(office.kasi_bank, c.id, "Solusi", expected_version=c.version,
                    at=wita(2026, 3, 6, 14, 0))
    assert c.solution_met is True


def test_a_request_left_open_when_resolved_does_not_hold_the_next_cycle_back(office):
    """Found by the report's property test: documents asked for during an escalation, never
    received, the Kepala Seksi resolved it anyway; reopened and escalated again, the next
    request was refused because the first one still counted as open."""
    [c] = take(office, wita(2026, 3, 2, 9, 0)).consultations
    escalate = lambda c, at: svc.escalate(  # noqa: E731
        office.cso, c.id, section_id=office.sections["BANK"], reason="Konfirmasi",
        contact_person="Nur", contact_phone="081244556677", expected_version=c.version, at=at)
    c = escalate(c, wita(2026, 3, 2, 9, 10))
    c = svc.request_documents(office.kasi_bank, c.id, "Rekening koran",
                              expected_version=c.version, at=wita(2026, 3, 3, 8, 30))
    c = svc.resolve(office.kasi_bank, c.id, "Solusi tanpa menunggu dokumen",
                    expected_version=c.version, at=wita(2026, 3, 4, 11, 0))
    assert svc.documents_open(c.id) is False
    c = svc.reopen(office.cso, c.id, "Belum tuntas", expected_version=c.version,
                   at=wita(2026, 3, 9, 9, 0))
    c = escalate(c, wita(2026, 3, 9, 9, 30))
    actions = queries.get_consultation(office.kasi_bank, c.id).allowed_actions
    assert "request_documents" in actions and "receive_documents" not in actions
    c = svc.request_documents(office.kasi_bank, c.id, "Rekening koran Maret",
                              expected_version=c.version, at=wita(2026, 3, 10, 8, 30))
    assert svc.documents_open(c.id) is True and c.solution_due_at is None
    c = svc.record_documents_received(office.cso, c.id, "Lengkap", expected_version=c.version,
                                      at=wita(2026, 3, 10, 10, 0))
    assert svc.documents_open(c.id) is False and c.solution_due_at is not None


def test_late_answer_stays_a_breach(office):
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    c = svc.resolve(office.cso, c.id, "Dijawab.", expected_version=c.version,
                    at=wita(2026, 3, 17, 9, 35))
    assert c.service_met is False
    detail = queries.get_consultation(office.cso, c.id)
    assert detail.clocks[0].service.overrun_minutes == pytest.approx(15)


def test_escalation_over_nyepi_and_idul_fitri(office):
    [c] = take(office, wita(2026, 3, 17, 10, 0)).consultations
    with pytest.raises(ValidationError) as err:
        svc.escalate(office.cso, c.id, section_id=None, reason="", contact_person="",
                     contact_phone="08", expected_version=c.version)
    assert set(err.value.errors) == {"section", "reason", "contact_person", "contact_phone"}
    c = svc.escalate(office.cso, c.id, section_id=office.sections["PDMS"],
                     reason="Perlu konfirmasi Kasi PDMS", contact_person="Nurhayati",
                     contact_phone="0812-4455-6677", expected_version=c.version,
                     at=wita(2026, 3, 17, 10, 10))
    assert c.state == State.ESCALATED and c.service_met is True
    assert c.solution_due_at == wita(2026, 3, 27, 15, 0).astimezone(UTC)
    detail = queries.get_consultation(office.kasi, c.id, now=wita(2026, 3, 26, 16, 0))
    assert detail.contact_phone == "+6281244556677"
    assert "kasi_response" in detail.allowed_actions
    progress = detail.clocks[0].progress
    assert list(progress.missed_days) == [dt.date(2026, 3, 25), dt.date(2026, 3, 26)]

    c = svc.record_progress(office.cso, c.id, "Sedang dikonfirmasi", channel="whatsapp",
                            expected_version=c.version, at=wita(2026, 3, 25, 9, 0))
    c = svc.kasi_respond(office.kasi, c.id, "Jawaban disiapkan.", expected_version=c.version,
                         at=wita(2026, 3, 25, 11, 0))
    c = svc.resolve(office.kasi, c.id, "Solusi diberikan.", "PMK 62/2023",
                    expected_version=c.version, at=wita(2026, 3, 26, 14, 0))
    assert c.solution_met is True
    from kppn_desktop.storage.models import Consultation
    assert Consultation.get_by_id(c.id).missed_updates == 0


def test_kasi_of_another_section_cannot_respond(office):
    from kppn_desktop.domain.errors import PermissionDenied

    [c] = take(office, wita(2026, 3, 17, 10, 0)).consultations
    c = svc.escalate(office.cso, c.id, section_id=office.sections["PDMS"], reason="Konfirmasi",
                     contact_person="Nur", contact_phone="081244556677", expected_version=c.version,
                     at=wita(2026, 3, 17, 10, 5))
    with pytest.raises(PermissionDenied):
        svc.kasi_respond(office.kasi_bank, c.id, "Bukan seksi saya", expected_version=c.version)


def test_an_escalation_moves_to_another_section_and_its_clocks_run_on(office):
    from kppn_desktop.domain.errors import PermissionDenied
    from kppn_desktop.services import office as office_service
    from kppn_desktop.services.inbox import section_inbox_counts

    [c] = take(office, wita(2026, 3, 17, 10, 0)).consultations
    headless = next(i for code, i in office.sections.items() if code not in ("PDMS", "BANK"))
    c = svc.escalate(office.cso, c.id, section_id=headless, reason="Konfirmasi",
                     contact_person="Nur", contact_phone="081244556677", expected_version=c.version,
                     at=wita(2026, 3, 17, 10, 5))
    due = c.solution_due_at
    with pytest.raises(ValidationError) as err:
        svc.reroute_escalation(office.cso, c.id, section_id=None, reason=" ",
                               expected_version=c.version)
    assert set(err.value.errors) == {"section", "reason"}
    with pytest.raises(ValidationError) as err:
        svc.reroute_escalation(office.cso, c.id, section_id=headless, reason="Salah seksi",
                               expected_version=c.version)
    assert "sudah berada" in err.value.errors["section"]
    assert queries.summary_of(c.id).version == c.version        # nothing was kept

    c = svc.reroute_escalation(office.cso, c.id, section_id=office.sections["BANK"],
                               reason="Seksi ini belum ada Kasi-nya",
                               expected_version=c.version, at=wita(2026, 3, 17, 11, 0))
    assert c.state == State.ESCALATED and c.section_id == office.sections["BANK"]
    assert c.solution_due_at == due                              # the stakeholder's clock runs on
    assert section_inbox_counts(office.kasi_bank).escalated == 1
    detail = queries.get_consultation(office.kasi_bank, c.id)
    moved = detail.timeline[-1]
    assert (moved.kind, moved.data["dari"], moved.data["seksi"]) == (
        "dialihkan", headless, office.sections["BANK"])
    [note] = [n for n in detail.notes if n.kind == "eskalasi"]
    assert note.extra["seksi"] == next(s.name for s in office_service.list_sections()
                                      if s.id == office.sections["BANK"])
    # The Kepala Seksi who holds it may pass it on; another section's may not touch it.
    with pytest.raises(PermissionDenied):
        svc.reroute_escalation(office.kasi, c.id, section_id=office.sections["PDMS"],
                               reason="Ambil alih", expected_version=c.version)
    c = svc.reroute_escalation(office.kasi_bank, c.id, section_id=office.sections["PDMS"],
                               reason="Ranah PDMS", expected_version=c.version)
    assert "reroute" in queries.get_consultation(office.kasi, c.id).allowed_actions
    assert history.verify_chain().ok


def test_reopen_starts_a_new_cycle_and_the_first_stays_final(office):
    [c] = take(office, wita(2026, 3, 16, 9, 0)).consultations
    c = svc.resolve(office.cso, c.id, "Dijawab terlambat.", expected_version=c.version,
                    at=wita(2026, 3, 16, 9, 50))
    assert c.service_met is False
    c = svc.reopen(office.cso, c.id, "Stakeholder bertanya lagi", expected_version=c.version,
                   at=wita(2026, 3, 17, 9, 0))
    assert c.state == State.REOPENED and c.resolved_at is None
    assert c.service_due_at == wita(2026, 3, 17, 9, 20).astimezone(UTC)
    c = svc.resolve(office.cso, c.id, "Dijawab cepat.", expected_version=c.version,
                    at=wita(2026, 3, 17, 9, 5))
    detail = queries.get_consultation(office.cso, c.id)
    assert [cy.service.met for cy in detail.clocks] == [False, True]
    assert c.service_met is False          # a breach is final
    assert detail.cycle == 2


def test_wrong_state_is_refused_with_a_clear_message(office):
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    with pytest.raises(TransitionError) as err:
        svc.record_progress(office.cso, c.id, "progres", channel="telepon",
                            expected_version=c.version)
    assert "Sedang dilayani" in err.value.message


def test_stale_version_is_a_conflict_and_nothing_changes(office):
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    svc.request_documents(office.cso2, c.id, "KTP", expected_version=c.version,
                          at=wita(2026, 3, 17, 9, 3))
    with pytest.raises(ConflictError) as err:
        svc.resolve(office.cso, c.id, "Jawaban saya", expected_version=c.version,
                    at=wita(2026, 3, 17, 9, 4))
    assert "workstation lain" in err.value.message
    now = queries.summary_of(c.id)
    assert now.state == State.WAITING_DOCUMENTS and now.version == c.version + 1


def test_lists_page_and_filter_in_the_database(office):
    for minute in range(5):
        take(office, wita(2026, 3, 17, 9, minute))
    [late] = take(office, wita(2026, 3, 16, 9, 0)).consultations
    flt = queries.ListFilter(date_from=dt.date(2026, 3, 17))
    assert queries.count_consultations(office.cso, flt) == 5
    page = queries.list_consultations(office.cso, flt, offset=1, limit=2)
    assert [p.number for p in page] == ["121-20260317-0004", "121-20260317-0003"]
    overdue = queries.list_consultations(
        office.cso, queries.ListFilter(overdue_at=wita(2026, 3, 17, 9, 10).astimezone(UTC)))
    assert [o.id for o in overdue] == [late.id]


def test_a_new_category_never_rewrites_a_decided_clock(office):
    from kppn_desktop.services import office as office_service

    slow = office_service.save_category(office.admin, "Kasus khusus", office.sections["PDMS"],
                                        service_minutes=60)
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    c = svc.escalate(office.cso, c.id, section_id=office.sections["PDMS"], reason="Konfirmasi",
                     contact_person="Nur", contact_phone="081244556677",
                     expected_version=c.version, at=wita(2026, 3, 17, 9, 35))
    assert c.service_met is False
    c = svc.edit_consultation(office.cso, c.id, question="SPM ditolak", summary="SPM",
                              category_id=slow, expected_version=c.version,
                              at=wita(2026, 3, 17, 9, 40))
    assert c.service_met is False and c.service_target == 20 and c.category_id == slow


def test_a_workstation_clock_a_little_fast_loses_no_event(office):
    now = dt.datetime.now(UTC)
    visit = take(office, now, channel="whatsapp", received_at=now + dt.timedelta(seconds=90))
    [c] = visit.consultations
    assert c.received_at <= now + dt.timedelta(seconds=1)
    done = svc.resolve(office.cso, c.id, "Dijawab.", expected_version=c.version,
                       at=now + dt.timedelta(seconds=30))
    assert done.state == State.RESOLVED and done.service_met is not None


def test_a_consultation_rolled_back_within_a_save_takes_no_number(office):
    """Numbers are given as the save ends: one made in a part of the save that was undone takes
    none, so the day's numbers stay without gaps."""
    import pytest

    from kppn_desktop.services.context import transaction
    from kppn_desktop.storage.database import db

    class Undone(Exception):
        pass

    with transaction():
        first = take(office, wita(2026, 3, 17, 9, 0)).consultations[0]
        with pytest.raises(Undone):
            with db.atomic():
                take(office, wita(2026, 3, 17, 9, 1))
                raise Undone
        second = take(office, wita(2026, 3, 17, 9, 2)).consultations[0]
    numbers = [queries.summary_of(c.id).number for c in (first, second)]
    assert numbers == ["121-20260317-0001", "121-20260317-0002"]

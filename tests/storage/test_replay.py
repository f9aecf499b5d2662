"""``db verify`` beyond the chain: the stored rows and attachment bytes against the history that
wrote them (issue 11, item 9). A row changed directly in the database is named."""

from __future__ import annotations

from kppn_desktop.services import attachments
from kppn_desktop.services import consultations as svc
from kppn_desktop.storage import history, replay
from kppn_desktop.storage.models import Blob, Consultation, Escalation, Resolution
from tests.services.helpers import take, wita

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _worked(office):
    [a] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    [b] = take(office, wita(2026, 3, 17, 9, 5)).consultations
    attachments.attach_file(office.cso, a.id, "spm.pdf", PDF)
    a = svc.request_documents(office.cso, a.id, "SPM", expected_version=a.version,
                              at=wita(2026, 3, 17, 9, 6))
    a = svc.record_documents_received(office.cso, a.id, "ok", expected_version=a.version,
                                      at=wita(2026, 3, 17, 9, 7))
    a = svc.resolve(office.cso, a.id, "Jawaban asli.", "PER-1/PB/2023",
                    expected_version=a.version, at=wita(2026, 3, 17, 9, 10))
    b = svc.escalate(office.cso, b.id, section_id=office.sections["PDMS"], reason="Konfirmasi",
                     contact_person="Nur", contact_phone="081244556677",
                     expected_version=b.version, at=wita(2026, 3, 17, 9, 20))
    b = svc.reroute_escalation(office.cso, b.id, section_id=office.sections["BANK"],
                               reason="Salah seksi", expected_version=b.version,
                               at=wita(2026, 3, 17, 9, 30))
    svc.record_progress(office.cso, b.id, "Sedang dicek", channel="telepon",
                        expected_version=b.version, at=wita(2026, 3, 18, 9, 0))
    return a, b


def test_rows_that_agree_with_their_history_pass(office):
    _worked(office)
    found = replay.verify_rows()
    assert found.ok and found.checked == 2, found.message


def test_a_row_changed_behind_the_application_s_back_is_named(office):
    a, b = _worked(office)
    Resolution.update(answer="Jawaban yang diganti.").where(
        Resolution.consultation == a.id).execute()
    Consultation.update(answer="Jawaban yang diganti.").where(Consultation.id == a.id).execute()
    Escalation.update(section=office.sections["PDMS"]).where(
        Escalation.consultation == b.id).execute()
    Blob.update(data=PDF.replace(b"1.4", b"1.5")).execute()
    assert history.verify_chain().ok                # the chain alone saw nothing
    found = replay.verify_rows()
    assert not found.ok
    text = found.message
    assert f"{a.number}: jawaban" in text and f"{b.number}: eskalasi" in text
    assert "SHA-256" in text


def _changes(office, a, b):
    """One direct change of a row each: (model, whose rows, new values; None deletes them)."""
    from kppn_desktop.storage.models import Attachment, DocumentRequest, ProgressUpdate

    return {
        "jawaban": (Resolution, a, {"answer": "Diganti."}),
        "dasar": (Resolution, a, {"regulation": "PER-99"}),
        "resolusi dihapus": (Resolution, a, None),
        "seksi eskalasi": (Escalation, b, {"section": office.sections["PDMS"]}),
        "alasan eskalasi": (Escalation, b, {"reason": "Lain"}),
        "kontak eskalasi": (Escalation, b, {"contact_person": "Orang lain"}),
        "telepon eskalasi": (Escalation, b, {"contact_phone": "081200000000"}),
        "eskalasi dihapus": (Escalation, b, None),
        "progres": (ProgressUpdate, b, {"note": "Lain"}),
        "permintaan dokumen": (DocumentRequest, a, {"description": "Lain"}),
        "nama lampiran": (Attachment, a, {"filename": "lain.pdf"}),
        "ukuran lampiran": (Attachment, a, {"size": 1}),
    }


def _change(model, consultation, values):
    query = model.delete() if values is None else model.update(**values)
    query.where(model.consultation == consultation.id).execute()


def test_each_direct_change_of_a_row_alone_is_caught(office):
    """Every tamper case of the issue, one at a time (a change alone, not hidden among others):
    the answer, the resolution, an escalation, a note, an attachment row or its bytes."""
    from kppn_desktop.storage.database import db

    a, b = _worked(office)
    others = {
        "jawaban pada konsultasi": lambda: Consultation.update(answer="Diganti.").where(
            Consultation.id == a.id).execute(),
        "resolusi ditambah": lambda: Resolution.create(
            consultation=a.id, cycle=1, answer="Tambahan.", at=wita(2026, 3, 17, 9, 11),
            by=office.cso.user_id),
        "isi lampiran": lambda: Blob.update(data=PDF.replace(b"1.4", b"1.5")).execute(),
        "sidik lampiran": lambda: Blob.update(sha256="0" * 64).execute(),
    }
    cases = {name: (lambda c=change: _change(*c))
             for name, change in _changes(office, a, b).items()}
    for name, change in {**cases, **others}.items():
        with db.atomic() as txn:
            change()
            assert history.verify_chain().ok, name
            assert not replay.verify_rows().ok, f"{name} was not caught"
            txn.rollback()
    assert replay.verify_rows().ok

"""Personal text stays out of the history (UU 27/2022; issue 11, item 12): events keep seals of it,
``db verify`` checks the rows against the seals, and migration 0011 seals an existing history,
rebuilding the chain on purpose."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kppn_desktop.domain.events import EventKind
from kppn_desktop.services import attachments, queries
from kppn_desktop.services import consultations as svc
from kppn_desktop.storage import history, personal, replay, schema
from kppn_desktop.storage.database import db
from kppn_desktop.storage.models import Consultation, Event, PersonalText, ProgressUpdate, Stakeholder
from tests.services.helpers import bendahara, take, wita
from tests.storage.test_replay import _worked

MIGRATION = "0011_personal_data_out_of_history"


def _everything(office):
    """Every event that once carried personal text: intake, documents, resolution, reopening,
    edit, escalation, move, progress, Kepala Seksi response, attachments added and removed."""
    a, b = _worked(office)
    a = svc.reopen(office.cso, a.id, "Stakeholder Nurhayati minta penjelasan ulang",
                   expected_version=a.version, at=wita(2026, 3, 17, 11, 0))
    a = svc.edit_consultation(office.cso, a.id, question="Pertanyaan Ibu Nurhayati diperbaiki",
                              summary="Ringkasan baru", category_id=office.categories[1].id,
                              expected_version=a.version, at=wita(2026, 3, 17, 11, 5))
    b = svc.kasi_respond(office.kasi_bank, b.id, "Hubungi Ibu Nurhayati di 0812 4455 6677",
                         expected_version=svc.summary_of(b.id).version,
                         at=wita(2026, 3, 18, 10, 0))
    [info] = attachments.get_consultation_attachments(a.id)
    attachments.remove_attachment(office.cso, info.id, "Berkas KTP Nurhayati salah unggah",
                                  at=wita(2026, 3, 17, 11, 10))
    return a, b


PERSONAL = ("Nurhayati", "4455", "SPM LS ditolak", "Jawaban asli", "Sedang dicek", "Konfirmasi",
            "Salah seksi", "spm.pdf", "Pertanyaan Ibu", "Ringkasan baru", "Nur\"")


#: Seals, hashes and keys in the history are long hexadecimal runs; a phone number's digits can
#: occur in one by chance ("4455" in about 1 seal in 700), so they are taken out before searching.
_HEX_RUN = re.compile(r"[0-9a-f]{32,}")


def _history_text() -> str:
    return _HEX_RUN.sub("#", "\n".join(d for (d,) in Event.select(Event.data).tuples()))


def sealed_and_verified() -> None:
    """No personal text in the history, and db verify passes (chain and rows)."""
    text = _history_text()
    for word in PERSONAL:
        assert word not in text, word
    assert history.verify_chain().ok
    found = replay.verify_rows()
    assert found.ok, found.message


def test_no_personal_text_is_written_into_the_history(office):
    _everything(office)
    sealed_and_verified()


def test_the_timeline_and_the_clocks_read_the_text_from_its_rows(office):
    a, b = _everything(office)
    detail = queries.get_consultation(office.cso, b.id)
    said = {e.kind: e.data for e in detail.timeline}
    assert said[EventKind.ESCALATED.value]["kontak"] == "Nur"
    assert said[EventKind.ESCALATED.value]["telepon"] == "+6281244556677"
    assert said[EventKind.REROUTED.value]["alasan"] == "Salah seksi"
    detail = queries.get_consultation(office.cso, a.id)
    said = {e.kind: e.data for e in detail.timeline}
    assert said[EventKind.EDITED.value]["lama"]["pertanyaan"].startswith("SPM LS ditolak")
    # The summary sealed on receipt was edited since: that event no longer shows it.
    assert "ringkasan" not in said[EventKind.RECEIVED.value]
    assert said[EventKind.RESOLVED.value] == {"jawaban": "Jawaban asli.", "dasar": "PER-1/PB/2023"}
    assert said[EventKind.DOCUMENTS_REQUESTED.value]["alasan"] == "SPM"
    pauses = [p for c in detail.clocks for p in c.service.explanation if "SPM" in p]
    assert pauses, detail.clocks[0].service.explanation


def test_a_changed_personal_row_breaks_its_seal(office):
    a, b = _everything(office)
    ProgressUpdate.update(note="Diganti").where(ProgressUpdate.consultation == b.id).execute()
    PersonalText.update(text="Alasan lain").where(PersonalText.text == "Salah seksi").execute()
    found = replay.verify_rows()
    assert not found.ok
    assert f"{b.number}: progres tidak sesuai segelnya" in found.message
    assert f"{b.number}: catatan tidak sesuai segelnya" in found.message


def test_a_lost_key_or_a_false_anonymisation_is_named(office):
    a, b = _everything(office)
    Consultation.update(seal_key="").where(Consultation.id == a.id).execute()
    Consultation.update(anonymised_at=Consultation.received_at).where(
        Consultation.id == b.id).execute()
    found = replay.verify_rows()
    assert f"{a.number}: kunci segel data pribadi hilang" in found.message
    assert f"{b.number}: anonimisasi tanpa peristiwanya" in found.message


def test_the_migration_seals_an_existing_history_and_rebuilds_the_chain(office):
    a, b = _everything(office)
    before = replay.verify_rows()
    assert before.ok
    schema._runner().down(MIGRATION)           # the history as it was: text in the events
    text = _history_text()
    assert "Salah seksi" in text and "Jawaban asli." in text and '"kontak":"Nur"' in text
    assert history.verify_chain().ok
    last = Event.select().order_by(Event.seq.desc()).first()
    assert json.loads(last.data)["aksi"].startswith("teks data pribadi dikembalikan")

    assert schema.upgrade()[:1] == [MIGRATION]       # and the later ones, undone with it
    sealed_and_verified()
    last = Event.select().order_by(Event.seq.desc()).first()
    data = json.loads(last.data)
    assert last.kind == "administrasi" and last.actor_id is None
    assert data["aksi"].startswith("teks data pribadi dipindahkan dari riwayat")
    assert data["peristiwa_diubah"] > 10 and len(data["kepala_lama"]) == 64
    # The text the history said is the text shown, the edited summary too.
    said = {e.kind: e.data for e in queries.get_consultation(office.cso, a.id).timeline}
    assert said[EventKind.EDITED.value]["lama"]["ringkasan"].startswith("SPM LS ditolak")
    assert said[EventKind.REOPENED.value]["alasan"].startswith("Stakeholder Nurhayati")
    # The triggers are back: the history is append-only again.
    with pytest.raises(Exception, match="hanya dapat ditambah"):
        with db.atomic():
            Event.update(data="{}").where(Event.seq == 1).execute()


def test_the_migration_keeps_a_row_changed_behind_the_application_s_back_visible(office):
    """A row that no longer says what its event said is not sealed as it is now: the event's
    text moves aside and ``db verify`` still names the row."""
    a, b = _everything(office)
    schema._runner().down(MIGRATION)
    db.execute_sql("UPDATE resolution SET answer = 'Dipalsukan' WHERE consultation_id = "
                   f"{a.id}")
    db.execute_sql(f"UPDATE consultation SET answer = 'Dipalsukan' WHERE id = {a.id}")
    schema.upgrade()
    assert history.verify_chain().ok
    found = replay.verify_rows()
    assert f"{a.number}: jawaban" in found.message


def test_an_empty_database_migrates_without_a_system_event(database):
    assert Event.select().count() == 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_categories=("Cc", "Cs", "Cf", "Co", "Cn")), min_size=1,
               max_size=60).filter(lambda t: t.strip()))
def test_any_answer_is_sealed_and_verified(office, answer):
    answer = answer.strip()
    [c] = take(office, wita(2026, 3, 17, 9, 0), stakeholder=bendahara()).consultations
    c = svc.resolve(office.cso, c.id, answer, expected_version=c.version,
                    at=wita(2026, 3, 17, 9, 5))
    [data] = [json.loads(d) for (d,) in Event.select(Event.data).where(
        Event.consultation == c.id, Event.kind == EventKind.RESOLVED.value).tuples()]
    assert personal.is_seal(data["jawaban"])
    key = Consultation.get_by_id(c.id).seal_key
    stored = Consultation.get_by_id(c.id).answer
    assert data["jawaban"]["hmac"] == personal.mac(key, stored)
    said = {e.kind: e.data for e in queries.get_consultation(office.cso, c.id).timeline}
    assert said[EventKind.RESOLVED.value]["jawaban"] == stored


def test_stakeholder_rows_are_never_copied_into_the_history(office):
    take(office, wita(2026, 3, 17, 9, 0), stakeholder=bendahara(email="nur@example.go.id"))
    text = _history_text()
    person = Stakeholder.get()
    for value in (person.name, person.phone, person.email):
        assert value not in text

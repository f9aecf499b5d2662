"""The intake page (Konsultasi baru) driven through its widgets; what it stored is checked through
the services."""

from __future__ import annotations

import datetime as dt
import re

import peewee
import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QAbstractButton, QLabel

from kppn_desktop.domain import formatting
from kppn_desktop.domain.workflow import State
from kppn_desktop.gui.pages.intake import IntakePage
from kppn_desktop.services import queries, stakeholders
from tests.services.helpers import WITA, take, wita

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def page(cso_session, qtbot):
    widget = IntakePage(cso_session)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitUntil(lambda: widget.calendar is not None and bool(widget.categories), timeout=5000)
    return widget


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def type_new_stakeholder(qtbot, page, *, name="Nurhayati Saleh", kode_satker="019385",
                         phone="0812 4455 6677") -> None:
    ui = page.ui
    qtbot.keyClicks(ui.nameEdit, name)
    choose(ui.kindCombo, "satker_kl")
    choose(ui.roleCombo, "bendahara_pengeluaran")
    qtbot.keyClicks(ui.kodeSatkerEdit, kode_satker)
    qtbot.keyClicks(ui.satkerNameEdit, "Kantor Kementerian Agama Kabupaten Majene")
    qtbot.keyClicks(ui.kodeBaEdit, "025")
    qtbot.keyClicks(ui.phoneEdit, phone)


def type_question(qtbot, row, category, text) -> None:
    choose(row.ui.categoryCombo, category.id)
    qtbot.keyClicks(row.ui.questionEdit, text)


def click_save(qtbot, page) -> None:
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)


def save_ok(qtbot, page):
    with qtbot.waitSignal(page.saved, timeout=10000) as blocker:
        click_save(qtbot, page)
    return blocker.args[0]


def save_failing(qtbot, page) -> None:
    click_save(qtbot, page)
    qtbot.waitUntil(lambda: page.ui.saveButton.isEnabled(), timeout=10000)


def stored(office) -> list:
    return queries.list_consultations(office.cso)


# --- taking consultations -------------------------------------------------------------------

def test_face_to_face_with_a_new_stakeholder(qtbot, page, office, shown_errors):
    type_new_stakeholder(qtbot, page)
    type_question(qtbot, page.rows[0], office.categories[0],
                  "SPM LS ditolak karena data supplier belum sesuai.")
    outcome = save_ok(qtbot, page)

    [row] = stored(office)
    assert row.channel == "tatap_muka"
    assert row.category_id == office.categories[0].id
    person = stakeholders.get_stakeholder(row.stakeholder_id)
    assert (person.name, person.kind, person.role, person.kode_satker, person.kode_ba,
            person.phone) == ("Nurhayati Saleh", "satker_kl", "bendahara_pengeluaran", "019385",
                              "025", "+6281244556677")
    assert outcome.result.consultations[0].number == row.number
    assert page.ui.stack.currentWidget() is page.ui.successPage
    assert page.ui.numbersList.count() == 1
    text = page.ui.numbersList.item(0).text()
    assert row.number in text
    # The service deadline with its date, never a bare time.
    due = row.service_due_at.astimezone(WITA)
    assert f"paling lambat {formatting.format_datetime(due, WITA)}" in text, text
    assert not shown_errors


def test_online_hai_cso_with_ticket_and_time_received(qtbot, page, office):
    ui = page.ui
    choose(ui.channelCombo, "hai_cso")
    assert ui.externalRefEdit.isVisible() and ui.receivedEdit.isVisible()
    qtbot.keyClicks(ui.externalRefEdit, "HAI-2026-000123")
    received = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=2)).astimezone(page.tz)
    received = received.replace(second=0, microsecond=0)
    ui.receivedEdit.setDateTime(QDateTime(QDate(received.year, received.month, received.day),
                                          QTime(received.hour, received.minute)))
    type_new_stakeholder(qtbot, page)
    type_question(qtbot, page.rows[0], office.categories[12], "Lupa kata sandi OM SPAN.")
    outcome = save_ok(qtbot, page)

    [row] = stored(office)
    detail = queries.get_consultation(office.cso, row.id)
    assert row.channel == "hai_cso"
    assert detail.external_ref == "HAI-2026-000123"
    assert outcome.result.received_at == received
    assert "HAI-2026-000123" in ui.successDetails.text()


def test_online_fields_only_for_online_channels(page):
    ui = page.ui
    assert not ui.externalRefEdit.isVisible() and not ui.receivedEdit.isVisible()
    choose(ui.channelCombo, "whatsapp")
    assert ui.externalRefEdit.isVisible() and ui.receivedEdit.isVisible()
    assert not ui.externalRefError.isVisible()
    choose(ui.channelCombo, "tatap_muka")
    assert not ui.externalRefEdit.isVisible()


def test_returning_stakeholder_found_by_kode_satker(qtbot, page, office):
    first = take(office, None)
    qtbot.keyClicks(page.ui.searchEdit, "0193")
    qtbot.waitUntil(lambda: page.ui.resultsList.count() == 1, timeout=5000)
    item = page.ui.resultsList.item(0)
    assert "Nurhayati Saleh" in item.text()
    # The one result is readable: no horizontal scroll bar over it, the whole row in view.
    results = page.ui.resultsList
    assert not results.horizontalScrollBar().isVisible()
    assert results.viewport().rect().contains(results.visualItemRect(item))
    qtbot.mouseClick(page.ui.resultsList.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.ui.resultsList.visualItemRect(item).center())
    assert page.stakeholder.picked.id == first.stakeholder.id
    assert not page.ui.newStakeholderGroup.isEnabled()
    assert "Nurhayati Saleh" in page.ui.pickedLabel.text()
    type_question(qtbot, page.rows[0], office.categories[1], "Cara memperbarui data supplier.")
    outcome = save_ok(qtbot, page)

    assert outcome.result.stakeholder.id == first.stakeholder.id
    assert len(stakeholders.find_stakeholders("019385")) == 1
    assert len(stored(office)) == 2


def test_search_ignores_too_short_text_and_says_when_nothing_found(qtbot, page, office):
    take(office, None)
    qtbot.keyClicks(page.ui.searchEdit, "7777")
    with qtbot.waitSignal(page.stakeholder.searched, timeout=5000):
        pass
    assert page.ui.resultsList.count() == 0
    assert "Tidak ditemukan" in page.ui.searchStatusLabel.text()


def test_two_questions_become_two_consultations(qtbot, page, office):
    type_new_stakeholder(qtbot, page)
    type_question(qtbot, page.rows[0], office.categories[0], "SPM LS ditolak.")
    qtbot.mouseClick(page.ui.addQuestionButton, Qt.MouseButton.LeftButton)
    assert len(page.rows) == 2
    type_question(qtbot, page.rows[1], office.categories[4], "Pengajuan SKPP pegawai pindah.")
    outcome = save_ok(qtbot, page)

    rows = stored(office)
    assert len(rows) == 2
    assert {r.visit_id for r in rows} == {outcome.result.visit_id}
    assert {r.category_id for r in rows} == {office.categories[0].id, office.categories[4].id}
    texts = [page.ui.numbersList.item(i).text() for i in range(page.ui.numbersList.count())]
    assert all(any(r.number in t for t in texts) for r in rows)
    # Either consultation of the visit opens: the one chosen in the list.
    second = outcome.result.consultations[1]
    page.ui.numbersList.setCurrentRow(1)
    with qtbot.waitSignal(page.open_consultation) as opened:
        qtbot.mouseClick(page.ui.openButton, Qt.MouseButton.LeftButton)
    assert opened.args == [second.id]


def test_remove_question_row(qtbot, page):
    qtbot.mouseClick(page.ui.addQuestionButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.rows[1].ui.questionEdit, "kedua")
    qtbot.mouseClick(page.rows[0].ui.removeButton, Qt.MouseButton.LeftButton)
    assert len(page.rows) == 1
    assert page.rows[0].ui.questionEdit.toPlainText() == "kedua"
    assert page.rows[0].ui.titleLabel.text() == "Pertanyaan 1"
    assert not page.rows[0].ui.removeButton.isVisible()


# --- documents ------------------------------------------------------------------------------

def test_attached_file_and_document_request_are_stored(qtbot, page, office, tmp_path):
    pdf = tmp_path / "surat pengantar.pdf"
    pdf.write_bytes(PDF)
    fake = tmp_path / "bukan.pdf"
    fake.write_bytes(b"hanya teks biasa")
    page.add_files([str(pdf), str(fake)])
    qtbot.waitUntil(lambda: page.ui.filesList.count() == 1, timeout=5000)
    assert "surat pengantar.pdf" in page.ui.filesList.item(0).text()
    assert page.ui.filesError.isVisible() and "bukan.pdf" in page.ui.filesError.text()
    type_new_stakeholder(qtbot, page)
    type_question(qtbot, page.rows[0], office.categories[2], "Retur SP2D, rekening ditutup.")
    qtbot.keyClicks(page.ui.requestDocsEdit, "Surat keterangan bank")
    outcome = save_ok(qtbot, page)

    first = outcome.result.consultations[0]
    detail = queries.get_consultation(office.cso, first.id)
    [attachment] = detail.attachments
    assert (attachment.filename, attachment.mime, attachment.size) == (
        "surat pengantar.pdf", "application/pdf", len(PDF))
    [request] = detail.document_requests
    assert request.description == "Surat keterangan bank"
    assert detail.summary.state == State.WAITING_DOCUMENTS
    assert not outcome.failed


def test_files_and_the_document_request_go_to_the_question_they_belong_to(qtbot, page, office,
                                                                          tmp_path):
    spm, dipa = tmp_path / "spm.pdf", tmp_path / "dipa.pdf"
    spm.write_bytes(PDF)
    dipa.write_bytes(PDF + b"%2")
    type_new_stakeholder(qtbot, page)
    type_question(qtbot, page.rows[0], office.categories[0], "SPM LS ditolak.")
    assert not page.ui.documentsTargetCombo.isVisible()        # one question: nothing to choose
    qtbot.mouseClick(page.ui.addQuestionButton, Qt.MouseButton.LeftButton)
    type_question(qtbot, page.rows[1], office.categories[1], "Revisi DIPA halaman III.")
    combo = page.ui.documentsTargetCombo
    assert combo.isVisible() and combo.count() == 2
    page.add_files([str(spm)])                                  # for question 1
    qtbot.waitUntil(lambda: page.ui.filesList.count() == 1, timeout=5000)
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    page.add_files([str(dipa)])                                 # for question 2
    qtbot.waitUntil(lambda: page.ui.filesList.count() == 2, timeout=5000)
    texts = [page.ui.filesList.item(i).text() for i in range(2)]
    assert texts[0].startswith("Pertanyaan 1: spm.pdf") and texts[1].startswith(
        "Pertanyaan 2: dipa.pdf")
    # Selecting a file shows its question; choosing another moves it there.
    page.ui.filesList.item(0).setSelected(True)
    assert combo.currentIndex() == 0
    page.ui.filesList.clearSelection()
    combo.setCurrentIndex(1)
    qtbot.keyClicks(page.ui.requestDocsEdit, "Halaman III DIPA yang direvisi")
    outcome = save_ok(qtbot, page)

    first, second = outcome.result.consultations
    one = queries.get_consultation(office.cso, first.id)
    two = queries.get_consultation(office.cso, second.id)
    assert [a.filename for a in one.attachments] == ["spm.pdf"]
    assert [a.filename for a in two.attachments] == ["dipa.pdf"]
    assert one.document_requests == () and one.summary.state == State.IN_SERVICE
    assert [r.description for r in two.document_requests] == ["Halaman III DIPA yang direvisi"]
    assert two.summary.state == State.WAITING_DOCUMENTS


def test_remove_pending_file(qtbot, page, tmp_path):
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(PDF)
    page.add_files([str(pdf)])
    qtbot.waitUntil(lambda: page.ui.filesList.count() == 1, timeout=5000)
    page.ui.filesList.setCurrentRow(0)
    qtbot.mouseClick(page.ui.removeFileButton, Qt.MouseButton.LeftButton)
    assert page.ui.filesList.count() == 0 and page.files == []


# --- bad input ------------------------------------------------------------------------------

def test_bad_input_shows_messages_beside_fields_and_keeps_text(qtbot, page, office, shown_errors):
    type_new_stakeholder(qtbot, page, kode_satker="12a")
    # The letter is refused as it is typed, and the field says why.
    assert page.ui.kodeSatkerEdit.text() == "12"
    assert "Hanya angka" in page.ui.kodeSatkerError.text() and page.ui.kodeSatkerError.isVisible()
    choose(page.rows[0].ui.categoryCombo, office.categories[0].id)
    save_failing(qtbot, page)

    ui = page.ui
    assert ui.kodeSatkerError.isVisible() and "6 digit" in ui.kodeSatkerError.text()
    row = page.rows[0]
    assert row.ui.questionError.isVisible() and "wajib" in row.ui.questionError.text()
    assert not row.ui.categoryError.isVisible()
    assert ui.kodeSatkerEdit.text() == "12"
    assert ui.nameEdit.text() == "Nurhayati Saleh"
    assert ui.phoneEdit.text() == "0812 4455 6677"
    assert ui.stack.currentWidget() is ui.formPage
    assert stored(office) == []
    assert stakeholders.find_stakeholders("Nurhayati") == []
    assert not shown_errors

    # corrected, each message goes as soon as its field is changed, and the same form saves
    ui.kodeSatkerEdit.clear()
    qtbot.keyClicks(ui.kodeSatkerEdit, "019385")
    assert not ui.kodeSatkerError.isVisible() and ui.kodeSatkerEdit.styleSheet() == ""
    qtbot.keyClicks(row.ui.questionEdit, "Pertanyaan yang benar.")
    assert not row.ui.questionError.isVisible()
    save_ok(qtbot, page)
    assert not ui.kodeSatkerError.isVisible()
    assert len(stored(office)) == 1


def test_no_stakeholder_and_missing_ticket(qtbot, page, office):
    choose(page.ui.channelCombo, "hai_cso")
    type_question(qtbot, page.rows[0], office.categories[0], "Pertanyaan.")
    save_failing(qtbot, page)
    assert page.ui.stakeholderError.isVisible()
    assert "HAI CSO" in page.ui.externalRefError.text() and page.ui.externalRefError.isVisible()
    assert page.rows[0].ui.questionEdit.toPlainText() == "Pertanyaan."
    assert stored(office) == []


# --- one visit, whatever happens ------------------------------------------------------------

def test_double_click_saves_one_visit(qtbot, page, office, cso_session):
    type_new_stakeholder(qtbot, page)
    type_question(qtbot, page.rows[0], office.categories[0], "SPM LS ditolak.")
    with qtbot.waitSignal(page.saved, timeout=10000):
        click_save(qtbot, page)
        click_save(qtbot, page)
        page.save()
    cso_session.runner.wait()
    assert len(stored(office)) == 1


def test_retry_after_a_lost_answer_uses_the_same_request_key(qtbot, page, office, monkeypatch,
                                                             shown_errors):
    from kppn_desktop.services import intake

    real = intake.take_visit
    calls = []

    def answer_lost_once(actor, request, *args, **kwargs):
        calls.append(request["request_key"])
        result = real(actor, request, *args, **kwargs)     # committed
        if len(calls) == 1:
            raise peewee.OperationalError("server closed the connection unexpectedly")
        return result

    monkeypatch.setattr(intake, "take_visit", answer_lost_once)
    type_new_stakeholder(qtbot, page)
    type_question(qtbot, page.rows[0], office.categories[0], "SPM LS ditolak.")
    save_failing(qtbot, page)
    assert shown_errors and shown_errors[0][0] == "Basis data tidak terjangkau"
    assert page.ui.stack.currentWidget() is page.ui.formPage
    assert page.ui.nameEdit.text() == "Nurhayati Saleh"

    outcome = save_ok(qtbot, page)
    assert calls[0] == calls[1]
    assert outcome.result.created is False
    assert len(stored(office)) == 1
    assert len(stakeholders.find_stakeholders("019385")) == 1
    assert "sudah tersimpan" in page.ui.successWarning.text()


def test_new_consultation_clears_form_with_a_new_key(qtbot, page, office):
    type_new_stakeholder(qtbot, page)
    type_question(qtbot, page.rows[0], office.categories[0], "SPM LS ditolak.")
    outcome = save_ok(qtbot, page)
    with qtbot.waitSignal(page.open_consultation, timeout=2000) as opened:
        qtbot.mouseClick(page.ui.openButton, Qt.MouseButton.LeftButton)
    assert opened.args == [outcome.result.consultations[0].id]

    key = page.request_key
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    assert page.ui.stack.currentWidget() is page.ui.formPage
    assert page.request_key != key
    assert page.ui.nameEdit.text() == "" and len(page.rows) == 1
    assert page.rows[0].ui.questionEdit.toPlainText() == ""
    type_new_stakeholder(qtbot, page, name="Andi Wijaya", kode_satker="999062",
                         phone="0813 1111 2222")
    type_question(qtbot, page.rows[0], office.categories[1], "Data kontrak.")
    save_ok(qtbot, page)
    assert len(stored(office)) == 2


def test_ctrl_s_saves(qtbot, page, office):
    type_new_stakeholder(qtbot, page)
    type_question(qtbot, page.rows[0], office.categories[0], "SPM LS ditolak.")
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    with qtbot.waitSignal(page.saved, timeout=10000):
        qtbot.keyClick(page.rows[0].ui.questionEdit, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    assert len(stored(office)) == 1


# --- the live clock -------------------------------------------------------------------------

def test_clock_counts_down_and_changes_colour(page):
    clock = page.rows[0].ui.clockLabel
    start = wita(2026, 3, 17, 10, 0)           # a Tuesday, in office hours
    page.started_at = start
    page.now = lambda: start + dt.timedelta(seconds=90)
    page._on_clock_timeout()
    assert clock.text().startswith("Sisa 18:30") and page.rows[0].level == "ok"
    page.now = lambda: start + dt.timedelta(minutes=16)
    page._on_clock_timeout()
    assert clock.text().startswith("Sisa 04:00") and page.rows[0].level == "warn"
    page.now = lambda: start + dt.timedelta(minutes=21, seconds=5)
    page._on_clock_timeout()
    assert clock.text().startswith("Lewat 01:05") and page.rows[0].level == "late"


def test_clock_ticks_by_itself_every_second(qtbot, page):
    start = wita(2026, 3, 17, 10, 0)
    moments = iter([start + dt.timedelta(seconds=s) for s in range(1, 100)])
    page.started_at = start
    page.now = lambda: next(moments)
    page._on_clock_timeout()
    before = page.rows[0].ui.clockLabel.text()
    assert page.clock.isActive()
    qtbot.waitUntil(lambda: page.rows[0].ui.clockLabel.text() != before, timeout=1500)


def test_clock_stops_outside_office_hours(page):
    start = wita(2026, 3, 17, 14, 50)
    page.started_at = start
    page.now = lambda: wita(2026, 3, 17, 16, 0)
    page._on_clock_timeout()
    assert page.rows[0].ui.clockLabel.text().startswith("Sisa 10:00")
    assert "di luar jam layanan" in page.rows[0].ui.clockLabel.text()


# --- keyboard -------------------------------------------------------------------------------

def test_tab_order_runs_channel_stakeholder_questions_save(qtbot, page):
    ui = page.ui
    ui.channelCombo.setFocus()
    seen = []
    for _ in range(40):
        widget = page.focusWidget()
        seen.append(widget)
        if widget is ui.saveButton:
            break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    order = [ui.channelCombo, ui.searchEdit, ui.nameEdit, ui.emailEdit,
             page.rows[0].ui.categoryCombo, page.rows[0].ui.questionEdit, ui.saveButton]
    assert all(w in seen for w in order), [w.objectName() for w in seen]
    assert [seen.index(w) for w in order] == sorted(seen.index(w) for w in order)


def test_mnemonics_are_unique_and_clear_of_the_menu_bar(page):
    letters = []
    for widget in [*page.ui.formPage.findChildren(QLabel),
                   *page.ui.formPage.findChildren(QAbstractButton)]:
        found = re.search(r"&(\w)", widget.text())
        if found:
            letters.append(found.group(1).lower())
    assert len(letters) >= 15
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & {"b", "k", "t"}   # &Berkas, &Konsultasi, Ban&tuan


def test_slip_prints_itself_after_intake_when_the_office_asks(qtbot, page, office):
    from kppn_desktop.services import settings
    from tests.documents.pdftools import text_of

    printed = []
    page.print_slip = printed.append
    type_new_stakeholder(qtbot, page)
    type_question(qtbot, page.rows[0], office.categories[0], "Pertanyaan pertama.")
    save_ok(qtbot, page)
    qtbot.wait(300)
    assert printed == []                       # the default: no automatic printing
    settings.change(office.admin, settings.AUTO_PRINT_SLIP, True)
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    type_new_stakeholder(qtbot, page)
    type_question(qtbot, page.rows[0], office.categories[0], "Pertanyaan kedua.")
    outcome = save_ok(qtbot, page)
    qtbot.waitUntil(lambda: len(printed) == 1, timeout=10000)
    assert outcome.result.consultations[0].number in text_of(printed[0])


def test_clock_starts_at_the_first_entry_not_when_the_page_opens(qtbot, page, office):
    """A blank page left open (after login, after unlocking) does not eat into the stakeholder's
    20 minutes: the clock starts at the first entry, and the consultation is received then."""
    assert page.started_at is None
    assert "Belum dimulai" in page.ui.startedLabel.text()
    assert "isian pertama" in page.rows[0].ui.clockLabel.text()
    first_entry = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=7)
    page.now = lambda: first_entry
    qtbot.keyClicks(page.ui.nameEdit, "N")
    assert page.started_at == first_entry
    assert page.ui.startedLabel.text().startswith("Dimulai")
    page.now = lambda: dt.datetime.now(dt.timezone.utc)
    qtbot.keyClicks(page.ui.nameEdit, "urhayati Saleh")
    assert page.started_at == first_entry                 # the first entry only
    type_new_stakeholder(qtbot, page, name="")
    type_question(qtbot, page.rows[0], office.categories[0], "SPM LS ditolak.")
    save_ok(qtbot, page)
    [row] = stored(office)
    assert abs(row.received_at - first_entry) < dt.timedelta(seconds=1)


def test_time_received_is_taken_exactly_as_typed(qtbot, page, office):
    """'30/11/2026 21:35' typed over a February date used to be stored as 01/11/2026 21:35; what
    is typed is now what is stored, and an unfinished or impossible value is refused beside the
    field, with the form kept."""
    ui = page.ui
    choose(ui.channelCombo, "whatsapp")
    ui.receivedEdit.setDateTime(QDateTime(QDate(2026, 2, 1), QTime(18, 0)))
    assert ui.receivedEdit.width() >= ui.receivedEdit.fontMetrics().horizontalAdvance(
        "30/11/2026 21:35")
    ui.receivedEdit.selectAll()
    qtbot.keyClicks(ui.receivedEdit, "30/11/2025 21:35")
    assert page.received_at() == dt.datetime(2025, 11, 30, 21, 35, tzinfo=page.tz)

    ui.receivedEdit.selectAll()
    qtbot.keyClicks(ui.receivedEdit, "31/11/2025 21:35")        # no 31 November
    assert page.received_at() is None
    type_new_stakeholder(qtbot, page)
    type_question(qtbot, page.rows[0], office.categories[0], "SPM LS ditolak.")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.receivedError.isVisible() and "30/11/2026 21:35" in ui.receivedError.text()
    assert ui.receivedEdit.text() == "31/11/2025 21:35" and stored(office) == []

    ui.receivedEdit.selectAll()
    qtbot.keyClicks(ui.receivedEdit, "30/11/2025 21:35")
    assert not ui.receivedError.isVisible()
    save_ok(qtbot, page)
    [row] = stored(office)
    assert row.received_at == dt.datetime(2025, 11, 30, 21, 35, tzinfo=page.tz)


def test_keyboard_down_into_results_and_enter_picks(qtbot, page, office):
    first = take(office, None)
    page.ui.searchEdit.setFocus()
    qtbot.keyClicks(page.ui.searchEdit, "0193")
    qtbot.waitUntil(lambda: page.ui.resultsList.count() == 1, timeout=5000)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.ui.searchEdit.setFocus()
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Down)
    assert page.ui.resultsList.hasFocus() and page.ui.resultsList.currentRow() == 0
    page.ui.searchEdit.setFocus()
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Return)
    assert page.stakeholder.picked.id == first.stakeholder.id

"""The consultation window and its action dialogs, driven through their widgets; what they stored
is checked through the services."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kppn_desktop.domain.clocks import ClockStatus
from kppn_desktop.gui.consultation.actions import (
    DocumentsReceivedDialog,
    EscalateDialog,
    KasiResponseDialog,
    ProgressDialog,
    RemoveAttachmentDialog,
    ReopenDialog,
    RequestDocumentsDialog,
    RerouteDialog,
    ResolveDialog,
)
from kppn_desktop.gui.consultation.tables import STATUS_COLOURS
from kppn_desktop.gui.consultation.window import ConsultationWindow
from kppn_desktop.services import attachments, consultations, queries
from kppn_desktop.services.queries import ListFilter
from tests.services.helpers import take

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
LEFT = Qt.MouseButton.LeftButton


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def new_consultation(office, *, days_ago: float = 0, **kwargs):
    """A consultation taken by the office's CSO (``days_ago`` days before now)."""
    return take(office, utcnow() - dt.timedelta(days=days_ago), **kwargs).consultations[0]


def escalated(office, days_ago: float = 0):
    c = new_consultation(office, days_ago=days_ago)
    return consultations.escalate(office.cso, c.id, section_id=office.sections["PDMS"],
                                  reason="Perlu konfirmasi Kasi PDMS.",
                                  contact_person="Nurhayati Saleh", contact_phone="081244556677",
                                  expected_version=c.version)


def detail(office, consultation_id, actor=None):
    return queries.get_consultation(actor or office.cso, consultation_id)


@pytest.fixture
def open_window(qtbot):
    def opener(session, consultation_id) -> ConsultationWindow:
        window = ConsultationWindow(session, consultation_id)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
        return window
    return opener


@pytest.fixture
def kakan_session(office, make_session):
    return make_session(office.kakan)


def click(qtbot, button) -> None:
    assert button.isVisible(), button.objectName()
    qtbot.mouseClick(button, LEFT)


def open_dialog(qtbot, window, button, kind):
    click(qtbot, button)
    dialog = window.dialog
    assert isinstance(dialog, kind)
    assert dialog.isVisible()
    return dialog


def settled(qtbot, window) -> None:
    """Wait until the window shows the consultation as the services hold it now."""
    qtbot.waitUntil(lambda: not window.loading and window.version == queries.summary_of(
        window.consultation_id).version, timeout=5000)


def submit(qtbot, window, dialog, *, reloaded=True) -> None:
    """Click OK; when it saves, wait for the window to show the new state."""
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)    # saved on the worker
    if reloaded:
        settled(qtbot, window)


def cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def column_texts(model, column) -> list[str]:
    return [cell(model, row, column) for row in range(model.rowCount())]


# --- what the window shows ----------------------------------------------------------------

def test_opening_shows_header_timeline_and_clocks(qtbot, office, cso_session, open_window,
                                                  shown_errors):
    c = new_consultation(office, days_ago=10, channel="hai_cso", external_ref="HC-2026-0042")
    window = open_window(cso_session, c.id)
    ui = window.ui

    assert window.consultation_id == c.id
    assert ui.numberLabel.text() == c.number
    assert c.number in window.windowTitle()
    assert "Sedang dilayani" in ui.statusLabel.text()
    # Ten days in service: the badge says the limit has passed, as the clock table does.
    assert "batas layanan terlampaui" in ui.statusLabel.text()
    assert "Nurhayati Saleh" in ui.stakeholderValue.text()
    assert "019385 Kantor Kementerian Agama Kabupaten Majene" in ui.stakeholderValue.text()
    assert "HAI CSO" in ui.channelValue.text() and "HC-2026-0042" in ui.channelValue.text()
    assert ui.categoryValue.text() == office.categories[0].name
    assert ui.officerValue.text() == "Rina Marlina"
    assert "WITA" in ui.receivedValue.text()
    assert "SPM LS ditolak" in ui.questionText.toPlainText()

    assert column_texts(window.timeline, 2) == ["Konsultasi diterima"]
    assert "HAI CSO" in cell(window.timeline, 0, 3)
    assert cell(window.timeline, 0, 1) == "Rina Marlina"

    # Three clocks in the one cycle; taken ten days ago and never answered: the service clock
    # is breached (red), the others do not apply yet.
    assert window.clocks.rowCount() == 3
    assert cell(window.clocks, 0, 1) == "Layanan (20 menit)"
    assert cell(window.clocks, 0, 2) == "Terlampaui"
    assert cell(window.clocks, 0, 5).startswith("lewat ")
    background = cell(window.clocks, 0, 2, Qt.ItemDataRole.BackgroundRole).color()
    assert background == QColor(STATUS_COLOURS[ClockStatus.BREACHED][0])
    assert cell(window.clocks, 1, 2) == "Belum berlaku"
    explanation = ui.explanationText.toPlainText()
    assert "Konsultasi diterima" in explanation and "Terlampaui" in explanation
    assert shown_errors == []


def test_clock_explanation_follows_the_selected_clock(qtbot, office, cso_session, open_window):
    s = escalated(office)
    window = open_window(cso_session, s.id)
    # Escalated: the solution clock is chosen first and is running (amber).
    assert window.ui.clocksView.currentIndex().row() == 1
    assert cell(window.clocks, 1, 2) == "Berjalan"
    assert cell(window.clocks, 1, 2, Qt.ItemDataRole.BackgroundRole).color() == \
        QColor(STATUS_COLOURS[ClockStatus.RUNNING][0])
    assert "Batas waktu solusi" in window.ui.explanationText.toPlainText()

    window.ui.clocksView.selectRow(0)
    assert "Target layanan 20 menit" in window.ui.explanationText.toPlainText()
    assert "dieskalasi ke Kepala Seksi" in window.ui.explanationText.toPlainText()
    window.ui.clocksView.selectRow(2)
    assert "Progres wajib disampaikan" in window.ui.explanationText.toPlainText()


# --- actions ------------------------------------------------------------------------------

def test_resolve_through_the_dialog(qtbot, office, cso_session, open_window, shown_errors):
    c = new_consultation(office)
    window = open_window(cso_session, c.id)
    dialog = open_dialog(qtbot, window, window.ui.resolveButton, ResolveDialog)

    submit(qtbot, window, dialog, reloaded=False)          # no answer yet
    assert dialog.isVisible()
    assert dialog.errors.message("answer") == "Jawaban wajib diisi."
    assert dialog.ui.answerError.isVisible()

    qtbot.keyClicks(dialog.ui.answerEdit, "Perbaiki data supplier di SAKTI, lalu ajukan ulang SPM.")
    qtbot.keyClicks(dialog.ui.regulationEdit, "PER-62/PB/2018")
    with qtbot.waitSignal(cso_session.data_changed, timeout=5000):
        submit(qtbot, window, dialog)

    assert not dialog.isVisible()
    stored = detail(office, c.id)
    assert stored.summary.state == "selesai"
    assert stored.answer == "Perbaiki data supplier di SAKTI, lalu ajukan ulang SPM."
    assert stored.regulation == "PER-62/PB/2018"
    assert "Selesai" in window.ui.statusLabel.text()
    assert "Perbaiki data supplier" in window.ui.answerText.toPlainText()
    assert "PER-62/PB/2018" in window.ui.regulationValue.text()
    assert window.offered_actions() == ["reopen"]
    assert "Diselesaikan (Resolved)" in column_texts(window.timeline, 2)
    assert shown_errors == []


def test_ctrl_enter_opens_resolve(qtbot, office, cso_session, open_window):
    c = new_consultation(office)
    window = open_window(cso_session, c.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.dialog, ResolveDialog) and window.dialog.isVisible()
    window.dialog.reject()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.dialog, EscalateDialog) and window.dialog.isVisible()


def test_escalate_with_missing_fields_keeps_the_text(qtbot, office, cso_session, open_window,
                                                     shown_errors):
    c = new_consultation(office)
    window = open_window(cso_session, c.id)
    dialog = open_dialog(qtbot, window, window.ui.escalateButton, EscalateDialog)
    ui = dialog.ui
    # The stakeholder is offered as contact person; the category's section comes first.
    assert ui.contactPersonEdit.text() == "Nurhayati Saleh"
    assert ui.sectionCombo.currentData() == c.section_id

    ui.sectionCombo.setCurrentIndex(0)                      # "— pilih seksi —"
    ui.contactPersonEdit.clear()
    ui.contactPhoneEdit.clear()
    qtbot.keyClicks(ui.reasonEdit, "Perlu konfirmasi tentang retur SP2D.")
    qtbot.keyClicks(ui.contactPhoneEdit, "12345")
    submit(qtbot, window, dialog, reloaded=False)

    assert dialog.isVisible()
    assert dialog.errors.message("section") == "Pilih seksi tujuan eskalasi."
    assert dialog.errors.message("contact_person") == "Kontak person wajib diisi."
    assert "Nomor telepon" in dialog.errors.message("contact_phone")
    assert ui.sectionError.isVisible() and ui.contactPhoneError.isVisible()
    assert not ui.reasonError.isVisible()
    assert ui.reasonEdit.toPlainText() == "Perlu konfirmasi tentang retur SP2D."
    assert ui.contactPhoneEdit.text() == "12345"
    assert detail(office, c.id).summary.state == "dilayani"
    assert shown_errors == []


def test_escalate_properly(qtbot, office, cso_session, open_window, shown_errors):
    c = new_consultation(office)
    window = open_window(cso_session, c.id)
    dialog = open_dialog(qtbot, window, window.ui.escalateButton, EscalateDialog)
    ui = dialog.ui
    ui.sectionCombo.setCurrentIndex(ui.sectionCombo.findData(office.sections["BANK"]))
    qtbot.keyClicks(ui.reasonEdit, "Rekening satker perlu dicek ke bank.")
    ui.contactPersonEdit.clear()
    qtbot.keyClicks(ui.contactPersonEdit, "Ahmad Yani")
    ui.contactPhoneEdit.clear()
    qtbot.keyClicks(ui.contactPhoneEdit, "0812 9988 7766")
    submit(qtbot, window, dialog)

    stored = detail(office, c.id)
    assert stored.summary.state == "dieskalasi"
    assert stored.summary.section_id == office.sections["BANK"]
    assert (stored.contact_person, stored.contact_phone) == ("Ahmad Yani", "+6281299887766")
    assert "Dieskalasi" in window.ui.statusLabel.text()
    assert "Ahmad Yani" in window.ui.contactValue.text()
    assert "Dieskalasi ke Kepala Seksi" in column_texts(window.timeline, 2)
    assert cell(window.clocks, 1, 1) == "Solusi (3 hari kerja)"
    # Documents may still be asked for: the solution clock waits for them (DOMAIN.md).
    assert set(window.offered_actions()) == {"resolve", "reroute", "progress_update",
                                             "request_documents"}
    assert shown_errors == []


def test_progress_update(qtbot, office, cso_session, open_window, shown_errors):
    s = escalated(office)
    window = open_window(cso_session, s.id)
    dialog = open_dialog(qtbot, window, window.ui.progressButton, ProgressDialog)
    ui = dialog.ui
    assert ui.channelCombo.currentData() == "tatap_muka"     # the consultation's own channel
    submit(qtbot, window, dialog, reloaded=False)
    assert dialog.errors.message("note") == "Isi progres wajib diisi."

    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("whatsapp"))
    qtbot.keyClicks(ui.noteEdit, "Masih dikonfirmasi ke Kanwil; kabar besok pagi.")
    submit(qtbot, window, dialog)

    [note] = [n for n in detail(office, s.id).notes if n.kind == "progres"]
    assert note.text == "Masih dikonfirmasi ke Kanwil; kabar besok pagi."
    assert note.extra["kanal"] == "whatsapp"
    row = column_texts(window.timeline, 2).index("Progres disampaikan")
    assert "WhatsApp" in cell(window.timeline, row, 3)
    assert "1 progres disampaikan" in column_texts(window.clocks, 5)
    assert shown_errors == []


def test_kasi_response_from_a_kasi_session(qtbot, office, kasi_session, open_window,
                                           shown_errors):
    s = escalated(office)
    window = open_window(kasi_session, s.id)
    assert set(window.offered_actions()) == {"resolve", "reroute", "progress_update",
                                           "kasi_response", "request_documents"}
    dialog = open_dialog(qtbot, window, window.ui.kasiResponseButton, KasiResponseDialog)
    submit(qtbot, window, dialog, reloaded=False)
    assert dialog.ui.noteError.isVisible()
    assert dialog.errors.message("note") == "Tanggapan wajib diisi."

    qtbot.keyClicks(dialog.ui.noteEdit, "Data supplier sudah benar; SPM dapat diajukan ulang.")
    submit(qtbot, window, dialog)
    [note] = [n for n in detail(office, s.id).notes if n.kind == "tanggapan_kasi"]
    assert note.text == "Data supplier sudah benar; SPM dapat diajukan ulang."
    assert note.by == "Budi Santoso"
    assert "Tanggapan Kepala Seksi" in column_texts(window.timeline, 2)
    assert shown_errors == []


def test_resolving_after_a_kasi_response_offers_it_as_the_answer(qtbot, office, cso_session,
                                                               open_window, shown_errors):
    s = escalated(office)
    consultations.kasi_respond(office.kasi, s.id, "Data supplier sudah benar; ajukan ulang SPM.",
                               expected_version=s.version)
    window = open_window(cso_session, s.id)
    dialog = open_dialog(qtbot, window, window.ui.resolveButton, ResolveDialog)
    assert dialog.ui.answerEdit.toPlainText() == "Data supplier sudah benar; ajukan ulang SPM."
    assert "Budi Santoso" in dialog.ui.answerEdit.toolTip()
    submit(qtbot, window, dialog)
    assert detail(office, s.id).summary.state == "selesai"
    assert detail(office, s.id).answer == "Data supplier sudah benar; ajukan ulang SPM."
    assert shown_errors == []


def test_reopen(qtbot, office, cso_session, open_window, shown_errors):
    c = new_consultation(office)
    consultations.resolve(office.cso, c.id, "Sudah dijelaskan.", expected_version=c.version)
    window = open_window(cso_session, c.id)
    assert window.offered_actions() == ["reopen"]
    dialog = open_dialog(qtbot, window, window.ui.reopenButton, ReopenDialog)
    submit(qtbot, window, dialog, reloaded=False)
    assert dialog.errors.message("reason") == "Alasan membuka kembali wajib diisi."

    qtbot.keyClicks(dialog.ui.reasonEdit, "Stakeholder datang lagi: SPM masih ditolak.")
    submit(qtbot, window, dialog)
    stored = detail(office, c.id)
    assert stored.summary.state == "dibuka_kembali" and stored.cycle == 2
    assert "Dibuka kembali" in window.ui.statusLabel.text()
    assert "siklus 2" in window.ui.statusLabel.text()
    assert window.clocks.rowCount() == 6                     # three clocks per cycle
    assert column_texts(window.clocks, 0) == ["1", "1", "1", "2", "2", "2"]
    assert "resolve" in window.offered_actions()


def test_request_documents_then_documents_received(qtbot, office, cso_session, open_window,
                                                   tmp_path, shown_errors):
    c = new_consultation(office)
    window = open_window(cso_session, c.id)
    dialog = open_dialog(qtbot, window, window.ui.requestDocumentsButton, RequestDocumentsDialog)
    submit(qtbot, window, dialog, reloaded=False)
    assert dialog.errors.message("description") == "Dokumen yang diminta wajib diisi."
    qtbot.keyClicks(dialog.ui.descriptionEdit, "Salinan kontrak dan ADK supplier")
    submit(qtbot, window, dialog)

    assert detail(office, c.id).summary.state == "menunggu_dokumen"
    assert "Menunggu dokumen" in window.ui.statusLabel.text()
    assert column_texts(window.documents, 0) == ["Salinan kontrak dan ADK supplier"]
    assert cell(window.documents, 0, 3) == "Belum diterima"
    assert cell(window.clocks, 0, 2) == "Dijeda"
    assert "receive_documents" in window.offered_actions()

    # The received documents are attached in the same step.
    received = tmp_path / "kontrak.pdf"
    received.write_bytes(PDF)
    window.choose_files = lambda: [str(received)]
    dialog = open_dialog(qtbot, window, window.ui.documentsReceivedButton, DocumentsReceivedDialog)
    qtbot.keyClicks(dialog.ui.noteEdit, "Diterima lengkap lewat e-mail")
    qtbot.mouseClick(dialog.addFilesButton, LEFT)
    assert dialog.filesList.count() == 1 and dialog.filesList.item(0).text() == "kontrak.pdf"
    submit(qtbot, window, dialog)
    stored = detail(office, c.id)
    assert [a.filename for a in stored.attachments] == ["kontrak.pdf"]
    assert stored.summary.state == "dilayani"
    assert stored.document_requests[0].received_note == "Diterima lengkap lewat e-mail"
    assert cell(window.documents, 0, 4) == "Diterima lengkap lewat e-mail"
    assert cell(window.documents, 0, 3) != "Belum diterima"
    assert shown_errors == []


def test_start_service_of_an_online_consultation(qtbot, office, cso_session, open_window):
    c = take(office, utcnow(), channel="whatsapp", start_service=False).consultations[0]
    window = open_window(cso_session, c.id)
    assert "Diterima" in window.ui.statusLabel.text()
    click(qtbot, window.ui.startServiceButton)
    qtbot.waitUntil(lambda: detail(office, c.id).summary.state == "dilayani", timeout=5000)
    settled(qtbot, window)
    assert "Sedang dilayani" in window.ui.statusLabel.text()
    assert "terlampaui" not in window.ui.statusLabel.text()
    assert "start_service" not in window.offered_actions()


# --- attachments --------------------------------------------------------------------------

def test_attachments_add_open_and_remove_with_reason(qtbot, office, cso_session, open_window,
                                                     tmp_path, shown_errors):
    c = new_consultation(office)
    window = open_window(cso_session, c.id)
    good = tmp_path / "kontrak.pdf"
    good.write_bytes(PDF)
    bad = tmp_path / "catatan.txt"
    bad.write_bytes(b"bukan dokumen yang didukung")
    window.choose_files = lambda: [str(good), str(bad)]
    window.ui.detailTabs.setCurrentWidget(window.ui.attachmentsTab)
    click(qtbot, window.ui.addAttachmentButton)
    qtbot.waitUntil(lambda: window.attachments.rowCount() == 1 and not window.loading,
                    timeout=5000)

    [info] = attachments.get_consultation_attachments(c.id)
    assert info.filename == "kontrak.pdf"
    assert column_texts(window.attachments, 0) == ["kontrak.pdf"]
    assert cell(window.attachments, 0, 1) == "Dokumen PDF"
    # The file that could not be attached is named beside the list.
    assert window.ui.attachmentsError.isVisible()
    assert "catatan.txt" in window.ui.attachmentsError.text()

    # Open: fetched on a worker thread, written to a temporary file, handed to the desktop.
    opened = []
    window.open_url = lambda url: opened.append(url) or True
    window.ui.attachmentsView.selectRow(0)
    click(qtbot, window.ui.openAttachmentButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    path = opened[0].toLocalFile()
    assert path.endswith("kontrak.pdf")
    assert open(path, "rb").read() == PDF

    dialog = open_dialog(qtbot, window, window.ui.removeAttachmentButton, RemoveAttachmentDialog)
    submit(qtbot, window, dialog, reloaded=False)
    assert dialog.errors.message("reason") == "Alasan penghapusan wajib diisi."
    qtbot.keyClicks(dialog.ui.reasonEdit, "Salah berkas")
    submit(qtbot, window, dialog)

    [info] = attachments.get_consultation_attachments(c.id)
    assert info.removed_at is not None and info.removal_reason == "Salah berkas"
    assert "Salah berkas" in cell(window.attachments, 0, 5)
    assert cell(window.attachments, 0, 0, Qt.ItemDataRole.FontRole).strikeOut()
    window.ui.attachmentsView.selectRow(0)
    assert not window.ui.removeAttachmentButton.isEnabled()
    assert "Lampiran dihapus" in column_texts(window.timeline, 2)
    assert shown_errors == []


# --- who may do what ----------------------------------------------------------------------

def test_kakan_sees_no_action_buttons(qtbot, office, kakan_session, open_window):
    c = new_consultation(office)
    window = open_window(kakan_session, c.id)
    window.ui.detailTabs.setCurrentWidget(window.ui.attachmentsTab)
    assert window.ui.openAttachmentButton.isVisible()
    assert window.offered_actions() == []
    assert window.ui.noActionsLabel.isVisible()
    assert not window.ui.addAttachmentButton.isVisible()
    assert not window.ui.removeAttachmentButton.isVisible()
    assert window.open_action("resolve") is None
    assert window.ui.numberLabel.text() == c.number


def test_cso_is_not_offered_the_kasi_response(qtbot, office, cso_session, open_window):
    s = escalated(office)
    window = open_window(cso_session, s.id)
    assert "kasi_response" not in window.offered_actions()
    assert not window.ui.kasiResponseButton.isVisible()
    assert not window.ui.escalateButton.isVisible()
    assert window.ui.resolveButton.isVisible()
    assert window.open_action("kasi_response") is None


def test_kasi_of_another_section_may_only_look(qtbot, office, make_session, open_window):
    s = escalated(office)                                   # to PDMS
    session = make_session(office.kasi_bank)
    window = open_window(session, s.id)
    window.ui.detailTabs.setCurrentWidget(window.ui.attachmentsTab)
    assert window.offered_actions() == []
    assert window.ui.noActionsLabel.isVisible()
    assert window.ui.openAttachmentButton.isVisible()
    assert not window.ui.addAttachmentButton.isVisible()
    session.runner.wait()


# --- another workstation ------------------------------------------------------------------

def test_conflict_keeps_the_answer_and_the_second_ok_saves(qtbot, office, cso_session,
                                                          open_window, shown_errors):
    c = new_consultation(office)
    window = open_window(cso_session, c.id)
    loaded_version = window.version
    # Another workstation asks for documents meanwhile.
    changed = consultations.request_documents(office.cso2, c.id, "Fotokopi SPM",
                                              expected_version=c.version)
    assert changed.version != loaded_version

    dialog = open_dialog(qtbot, window, window.ui.resolveButton, ResolveDialog)
    qtbot.keyClicks(dialog.ui.answerEdit, "Jawaban yang sudah diketik panjang.")
    with qtbot.waitSignal(window.loaded, timeout=5000):
        submit(qtbot, window, dialog, reloaded=False)

    assert [title for title, _text in shown_errors] == ["Data berubah"]
    assert dialog.isVisible()
    assert dialog.ui.answerEdit.toPlainText() == "Jawaban yang sudah diketik panjang."
    assert detail(office, c.id).summary.state == "menunggu_dokumen"
    # The window behind shows the other workstation's change and holds the new version.
    assert window.version == changed.version
    assert "Menunggu dokumen" in window.ui.statusLabel.text()
    assert "Dokumen pendukung diminta" in column_texts(window.timeline, 2)

    submit(qtbot, window, dialog)
    assert not dialog.isVisible()
    stored = detail(office, c.id)
    assert stored.summary.state == "selesai"
    assert stored.answer == "Jawaban yang sudah diketik panjang."
    assert len(shown_errors) == 1


def test_reloads_when_another_workstation_changed_data(qtbot, office, cso_session, open_window):
    c = new_consultation(office)
    window = open_window(cso_session, c.id)
    consultations.resolve(office.cso2, c.id, "Dijawab di meja lain.", expected_version=c.version)
    assert "Sedang dilayani" in window.ui.statusLabel.text()
    with qtbot.waitSignal(window.loaded, timeout=5000):
        cso_session.changed()                               # what the poller does
    assert "Selesai" in window.ui.statusLabel.text()
    assert "Dijawab di meja lain." in window.ui.answerText.toPlainText()
    assert window.offered_actions() == ["reopen"]


def test_closing_while_loading_is_safe(qtbot, office, cso_session, shown_errors):
    c = new_consultation(office)
    window = ConsultationWindow(cso_session, c.id)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    with qtbot.waitSignal(window.destroyed, timeout=5000):
        window.close()
    cso_session.runner.wait()
    qtbot.wait(50)                          # the finished load is delivered to a closed window
    cso_session.changed()
    assert shown_errors == []


def test_print_slip_and_receipt_in_each_layout(qtbot, office, cso_session):
    from kppn_desktop.gui.consultation.window import ConsultationWindow
    from kppn_desktop.services import consultations as svc_
    from tests.documents.pdftools import reader, text_of
    from tests.services.helpers import take, wita

    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    window = ConsultationWindow(cso_session, c.id)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail is not None and not window.loading, timeout=10000)
    assert not window.ui.printReceiptButton.isEnabled()
    shown = []
    window.slip_menu.preview = lambda parent, pdf, title: shown.append((title, pdf))
    window.receipt_menu.preview = window.slip_menu.preview
    assert [a.text() for a in window.ui.printSlipButton.menu().actions()] == [
        "Struk 80 mm", "Kertas A5", "Kertas A4"]
    window.ui.printSlipButton.menu().actions()[0].trigger()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    title, pdf = shown[0]
    assert title == "Bukti konsultasi" and c.number in text_of(pdf)
    assert abs(float(reader(pdf).pages[0].mediabox.width) - 226.77) < 0.5
    svc_.resolve(office.cso, c.id, "Jawaban lengkap.", expected_version=c.version,
                 at=wita(2026, 3, 17, 9, 10))
    window.reload()
    qtbot.waitUntil(lambda: window.ui.printReceiptButton.isEnabled(), timeout=10000)
    window.ui.printReceiptButton.menu().actions()[2].trigger()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    assert "Jawaban lengkap." in text_of(shown[1][1])


def test_the_window_and_the_list_read_a_clock_the_same_way(qtbot, office, cso_session, open_window):
    """'sisa 21 jam' in the window beside 'sisa 3 hari kerja' in the list was one clock read two
    ways; both now use the list's rule, and the clock table shows the figure uncut."""
    from kppn_desktop.gui.lists.consultation_model import deadline_cell

    s = escalated(office)
    window = open_window(cso_session, s.id)
    window.resize(1180, 700)
    qtbot.waitUntil(lambda: window.clocks.rowCount() == 3, timeout=5000)
    row = window.clocks.default_row()
    assert window.clocks.rows[row][1] == "Solusi"
    now = dt.datetime.now(dt.timezone.utc)
    window.clocks.now = lambda: now
    shown = window.clocks.data(window.clocks.index(row, 5))
    [summary] = [c for c in queries.list_consultations(office.cso, ListFilter(), limit=10)
                 if c.id == s.id]
    expected, _level, _tip = deadline_cell(summary, now, window.data.calendar)
    assert shown == expected
    view = window.ui.clocksView
    right = view.horizontalHeader().sectionViewportPosition(5) + view.columnWidth(5)
    assert right <= view.viewport().width()


def test_escalating_to_a_section_without_a_kepala_seksi_warns_first(qtbot, office, cso_session,
                                                                   open_window):
    c = new_consultation(office)
    window = open_window(cso_session, c.id)
    dialog = window.open_action("escalate")
    headless = [code for code in office.sections if code not in ("PDMS", "BANK")]
    assert headless
    combo = dialog.ui.sectionCombo
    combo.setCurrentIndex(combo.findData(office.sections[headless[0]]))
    assert dialog.noHeadWarning.isVisible()
    assert "belum memiliki Kepala Seksi" in dialog.noHeadWarning.text()
    combo.setCurrentIndex(combo.findData(office.sections["PDMS"]))
    assert not dialog.noHeadWarning.isVisible()
    dialog.reject()


def test_an_escalation_sent_to_a_section_without_a_kepala_seksi_is_moved(qtbot, office, cso_session,
                                                                       open_window, shown_errors):
    headless = next(i for code, i in office.sections.items() if code not in ("PDMS", "BANK"))
    c = new_consultation(office)
    c = consultations.escalate(office.cso, c.id, section_id=headless, reason="Konfirmasi",
                               contact_person="Nur", contact_phone="081244556677",
                               expected_version=c.version)
    window = open_window(cso_session, c.id)
    assert "belum ada Kepala Seksi aktif" in window.ui.sectionValue.text()
    assert "reroute" in window.offered_actions()
    dialog = open_dialog(qtbot, window, window.ui.rerouteButton, RerouteDialog)
    combo = dialog.ui.sectionCombo
    assert combo.findData(headless) == -1          # not offered: it is already there
    assert dialog.ui.currentLabel.text() == next(s.name for s in window.data.sections
                                                 if s.id == headless)
    qtbot.mouseClick(dialog.ok_button, LEFT)        # nothing chosen, no reason
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    assert dialog.isVisible()
    assert dialog.ui.sectionError.text() and dialog.ui.reasonError.text()
    combo.setCurrentIndex(combo.findData(office.sections["BANK"]))
    assert not dialog.noHeadWarning.isVisible()
    qtbot.keyClicks(dialog.ui.reasonEdit, "Seksi tujuan belum memiliki Kepala Seksi.")
    submit(qtbot, window, dialog)

    stored = detail(office, c.id)
    assert stored.summary.section_id == office.sections["BANK"]
    assert stored.summary.solution_due_at == c.solution_due_at
    assert "Eskalasi dipindahkan ke seksi lain" in column_texts(window.timeline, 2)
    assert "belum ada Kepala Seksi" not in window.ui.sectionValue.text()
    assert shown_errors == []


def test_a_visit_with_two_questions_is_one_window_with_a_tab_each(qtbot, office, cso_session,
                                                                  open_window, tmp_path,
                                                                  shown_errors):
    from kppn_desktop.services.records import QuestionInput

    visit = take(office, utcnow(), questions=[
        QuestionInput(office.categories[0].id, "SPM LS ditolak karena data supplier."),
        QuestionInput(office.categories[1].id, "Cara revisi DIPA halaman III.")])
    first, second = visit.consultations
    window = open_window(cso_session, first.id)
    tabs = window.visitTabs
    assert tabs.isVisible() and tabs.count() == 2
    assert [tabs.tabText(i) for i in range(2)] == [f"Pertanyaan 1 · {first.number}",
                                                   f"Pertanyaan 2 · {second.number}"]
    assert tabs.currentIndex() == 0
    qtbot.mouseClick(tabs, LEFT, pos=tabs.tabRect(1).center())
    qtbot.waitUntil(lambda: window.detail.summary.id == second.id and not window.loading,
                    timeout=5000)
    assert window.ui.numberLabel.text() == second.number
    assert "revisi DIPA" in window.ui.questionText.toPlainText()

    # A file attached here belongs to the second question, not the first.
    received = tmp_path / "dipa.pdf"
    received.write_bytes(PDF)
    window.choose_files = lambda: [str(received)]
    window.ui.detailTabs.setCurrentWidget(window.ui.attachmentsTab)
    click(qtbot, window.ui.addAttachmentButton)
    qtbot.waitUntil(lambda: window.attachments.rowCount() == 1 and not window.loading,
                    timeout=5000)
    assert [a.filename for a in attachments.get_consultation_attachments(second.id)] == ["dipa.pdf"]
    assert attachments.get_consultation_attachments(first.id) == []
    # A single question has no tabs.
    single = open_window(cso_session, new_consultation(office).id)
    assert not single.visitTabs.isVisible()
    assert shown_errors == []


def test_an_open_window_reloads_only_for_its_own_consultation(qtbot, office, cso_session,
                                                             open_window):
    a, b = new_consultation(office), new_consultation(office)
    first, second = open_window(cso_session, a.id), open_window(cso_session, b.id)
    cso_session.check_now()                      # the poller's first look sets its marker
    qtbot.waitUntil(lambda: not cso_session.runner.busy, timeout=5000)
    loads = {first: 0, second: 0}
    first.loaded.connect(lambda _d: loads.__setitem__(first, loads[first] + 1))
    second.loaded.connect(lambda _d: loads.__setitem__(second, loads[second] + 1))

    # Another workstation requests documents on the first consultation.
    consultations.request_documents(office.cso2, a.id, "SPM", expected_version=a.version)
    with qtbot.waitSignal(cso_session.consultations_changed, timeout=5000) as told:
        cso_session.check_now()
    assert told.args == [frozenset({a.id})]
    qtbot.waitUntil(lambda: loads[first] == 1 and not first.loading, timeout=5000)
    assert first.detail.summary.state == "menunggu_dokumen"
    assert loads[second] == 0
    # A change that may touch every consultation (the calendar) reloads both.
    cso_session.changed()
    qtbot.waitUntil(lambda: loads[first] == 2 and loads[second] == 1, timeout=5000)


def test_every_action_of_the_window_has_its_button_and_its_dialog():
    """Each workflow action taken on a consultation from its window is offered by a button of
    ui/consultation_window.ui and taken by the dialog that names it (``action = Action.X``). A new
    action in ``TRANSITIONS`` fails here until it has both, or is named as taken elsewhere."""
    import xml.etree.ElementTree as ET

    from kppn_desktop.domain.workflow import TRANSITIONS, Action
    from kppn_desktop.gui.consultation.actions import DIALOGS
    from kppn_desktop.gui.forms.build import ROOT

    elsewhere = {
        Action.EDIT: "the intake page edits a consultation before it is answered",
        Action.ADD_QUESTION: "the intake page adds a question to a visit",
        Action.ATTACH: "the attachments tab's own button (a file dialog, no form)",
        Action.VIEW: "opening the window itself",
    }
    tree = ET.parse(ROOT / "ui" / "consultation_window.ui")
    names = {w.get("name") for w in tree.iter("widget")}
    for action in TRANSITIONS:
        if action in elsewhere:
            continue
        if action == Action.REMOVE_ATTACHMENT:       # its button is in the attachments tab
            assert DIALOGS[action].action is action
            continue
        assert ConsultationWindow.ACTION_BUTTONS.get(action) in names, action
        if action != Action.START_SERVICE:          # a click starts it; there is nothing to ask
            assert DIALOGS[action].action is action, action
    assert set(DIALOGS) <= set(TRANSITIONS)

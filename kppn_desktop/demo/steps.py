"""The steps of the tour (see ``demo.tour``): first-run setup, login, intake, resolve, escalate,
progress, the lists, the Kepala Seksi's inbox and response, the report, administration, the lock
screen and the papers. Every step goes through the real windows and their services."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest

from kppn_desktop.demo import sample
from kppn_desktop.domain.workflow import State
from kppn_desktop.services import office, queries, users


def _click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def _type(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def _select_data(combo, value) -> None:
    combo.setCurrentIndex(combo.findData(value))


def setup(tour) -> object:
    from kppn_desktop.gui.shell.setup_wizard import SetupWizard

    wizard = tour.show(SetupWizard(), 900, 680)
    tour.shot(wizard, "penyiapan-profil-kantor")
    _click(wizard.ui.nextButton)
    _type(wizard.ui.usernameEdit, "admin")
    _type(wizard.ui.fullNameEdit, "Administrator Kantor")
    _type(wizard.ui.passwordEdit, "admin-kppn-2026")
    _type(wizard.ui.confirmEdit, "admin-kppn-2026")
    tour.shot(wizard, "penyiapan-administrator")
    _click(wizard.ui.finishButton)
    tour.wait_until(lambda: wizard.admin is not None)
    wizard.close()
    admin = wizard.admin
    tour.dispose(wizard)
    return admin


def staff(admin) -> dict:
    sections = {s.code: s.id for s in office.list_sections()}
    people = {"rina": ("Rina Marlina", "cso", None), "budi": ("Budi Santoso", "kasi", "PDMS"),
              "hasan": ("Hasan Basri", "kakan", None)}
    for username, (name, role, section) in people.items():
        users.add_user(admin, username, name, role, f"sandi-{username}-2026",
                       section_id=sections.get(section))
    return {u: users.login(u, f"sandi-{u}-2026") for u in people}


def login(tour, username: str):
    from kppn_desktop.gui.shell.login import LoginDialog

    dialog = tour.show(LoginDialog(office.get_office().name), 460, 280)
    _type(dialog.ui.usernameEdit, username)
    _type(dialog.ui.passwordEdit, f"sandi-{username}-2026")
    tour.shot(dialog, f"masuk-{username}")
    _click(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok))
    tour.wait_until(lambda: dialog.actor is not None)
    actor = dialog.actor
    tour.dispose(dialog)
    return actor


def main_window(tour, actor, info):
    from kppn_desktop.gui.shell.main_window import MainWindow
    from kppn_desktop.gui.startup.session import Session

    session = Session(actor, info.display)
    window = tour.show(MainWindow(session))
    return session, window


def log_out(tour, session, window) -> None:
    """As the application does between logins (``app.run_session``): the window closed, the
    session ended, both deleted here on purpose rather than whenever Python lets go of them."""
    window.leave_confirmed = True
    window.close()
    session.close()
    tour.dispose(window)


def intake(tour, window) -> int:
    page = window.show_page("intake")
    tour.settle(400)
    ui = page.ui
    _type(ui.nameEdit, "Nurhayati Saleh")
    _select_data(ui.kindCombo, "satker_kl")
    _select_data(ui.roleCombo, "bendahara_pengeluaran")
    _type(ui.kodeSatkerEdit, "019385")
    _type(ui.satkerNameEdit, "Kantor Kementerian Agama Kabupaten Majene")
    _type(ui.phoneEdit, "0812 4455 6677")
    row = page.rows[0]
    row.ui.categoryCombo.setCurrentIndex(1)
    _type(row.ui.questionEdit, "SPM LS kontrak ditolak karena data supplier belum sesuai; "
                               "bagaimana memperbaikinya?")
    second = page.add_question()
    second.ui.categoryCombo.setCurrentIndex(2)   # Data supplier & kontrak (Seksi PDMS)
    _type(second.ui.questionEdit, "Data kontrak tahun jamak tidak dapat direkam di SAKTI.")
    # The library's hits for the question typed last (sample data stocked the library).
    tour.wait_until(lambda: bool(page.library.hits))
    tour.shot(window, "konsultasi-baru-diisi")
    page.save()
    tour.wait_until(lambda: page.outcome is not None)
    tour.shot(window, "konsultasi-baru-tersimpan")
    return [c.id for c in page.outcome.result.consultations]


def consultation_action(tour, window, consultation_id: int, action: str, fill, name: str):
    cw = window.open_consultation(consultation_id)
    cw.resize(1200, 740)
    tour.wait_until(lambda: cw.detail is not None and not cw.loading)
    dialog = cw.open_action(action)
    fill(dialog)
    tour.settle(200)
    tour.shot(dialog, name)
    _click(dialog.ok_button)
    tour.wait_until(lambda: not dialog.isVisible() and not cw.loading)
    tour.settle(300)
    return cw


def library(tour, window) -> None:
    """The Kepala Seksi's library: a search, the regulations (the sample ones), the FAQ."""
    page = window.show_page("library")
    tour.wait_until(lambda: page.ui.regulationsTable.rowCount() > 0)
    _type(page.ui.searchEdit, "pengajuan TUP")
    tour.wait_until(lambda: bool(page.results.hits))
    tour.shot(window, "perpustakaan-cari")
    page.ui.tabs.setCurrentWidget(page.ui.regulationsTab)
    tour.settle(300)
    tour.shot(window, "perpustakaan-peraturan")
    page.ui.tabs.setCurrentWidget(page.ui.faqTab)
    page.ui.faqTable.selectRow(0)
    tour.settle(300)
    tour.shot(window, "perpustakaan-faq")


def run_all(tour, info) -> None:
    admin = setup(tour)
    people = staff(admin)
    sample.generate(consultations=120, months=2, seed=7)

    # The CSO at the desk.
    cso = login(tour, "rina")
    session, window = main_window(tour, cso, info)
    first, second = intake(tour, window)

    def answer(dialog):
        _type(dialog.ui.answerEdit, "Perbaiki data supplier pada modul Komitmen SAKTI, lalu "
                                    "ajukan ulang SPM.")
        # The regulation cited from the library: the first article among the hits.
        tour.wait_until(lambda: any(h.kind == "pasal" for h in dialog.library.hits))
        index = next(i for i, h in enumerate(dialog.library.hits) if h.kind == "pasal")
        dialog.library.browser.anchorClicked.emit(QUrl(f"kutip:{index}"))

    cw = consultation_action(tour, window, first, "resolve", answer, "selesaikan")
    tour.shot(cw, "konsultasi-selesai")
    cw.close()

    def escalation(dialog):
        _type(dialog.ui.reasonEdit, "Perlu konfirmasi Kepala Seksi PDMS atas perekaman kontrak tahun jamak.")

    cw = consultation_action(tour, window, second, "escalate", escalation, "eskalasi")
    tour.shot(cw, "konsultasi-dieskalasi")
    cw.close()

    queue = window.show_page("queue")
    tour.settle(1200)
    tour.shot(window, "daftar-konsultasi")
    if hasattr(queue, "focus_search"):
        queue.focus_search()
    log_out(tour, session, window)

    # The Kepala Seksi PDMS.
    escalated = queries.summary_of(second)
    if escalated.state == State.ESCALATED and escalated.section_id == people["budi"].section_id:
        kasi = login(tour, "budi")
        session, window = main_window(tour, kasi, info)
        window.show_page("kasi")
        tour.settle(1200)
        tour.shot(window, "eskalasi-seksi")

        def respond(dialog):
            _type(dialog.ui.noteEdit, "Kontrak dapat direkam setelah addendum diunggah; "
                                      "dijelaskan kepada satker.")

        cw = consultation_action(tour, window, second, "kasi_response", respond,
                                 "tanggapan-kepala-seksi")
        cw.close()
        library(tour, window)
        log_out(tour, session, window)

    # The head of office reads the report.
    kakan = login(tour, "hasan")
    session, window = main_window(tour, kakan, info)
    page = window.show_page("reports")
    # As a user would: the period fills in with the office's date (its zone read on a worker;
    # late in the UTC day it is already tomorrow in WITA), then the report is asked for.
    from kppn_desktop.gui.pages.period import PRESETS

    tour.wait_until(lambda: page.tz is not None)
    page.ui.presetCombo.setCurrentIndex(PRESETS.index("Bulan ini"))
    page.make_report()
    tour.wait_until(lambda: page.report is not None)
    tour.settle(300)
    tour.shot(window, "laporan")
    log_out(tour, session, window)

    # The administrator.
    session, window = main_window(tour, admin, info)
    page = window.show_page("admin")
    tour.settle(800)
    for index in range(page.ui.tabs.count()):
        page.ui.tabs.setCurrentIndex(index)
        tour.settle(500)
        tour.shot(window, f"administrasi-{index + 1}")

    # An idle workstation locks itself; nothing typed is lost.
    window.lock()
    tour.settle(400)
    dialog = window.lock_dialog
    _type(dialog.ui.passwordEdit, "admin-kppn-2026")
    tour.shot(dialog, "layar-terkunci")
    _click(dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok))
    tour.wait_until(lambda: not window.locked)
    log_out(tour, session, window)

    _papers(tour, cso, first, second)


def _papers(tour, cso, resolved_id: int, escalated_id: int) -> None:
    from kppn_desktop.gui.printing import preview as printing
    from kppn_desktop.services import office, papers, reports

    calendar = office.office_calendar()
    today = calendar.local(dt.datetime.now(dt.timezone.utc)).date()
    files = {
        "bukti-konsultasi-80mm.pdf": papers.slip_pdf(cso, escalated_id, "receipt80"),
        "bukti-konsultasi-a4.pdf": papers.slip_pdf(cso, escalated_id, "a4"),
        "tanda-terima-a5.pdf": papers.receipt_pdf(cso, resolved_id, "a5"),
        "laporan-bulanan.pdf": reports.report_file(None, today.replace(day=1), today, "pdf"),
    }
    for name, data in files.items():
        path = tour.out / name
        path.write_bytes(data)
        tour.saved.append(path)
        image = printing.page_images(data, 80)[0]
        png = tour.out / f"{path.stem}.png"
        image.save(str(png))
        tour.saved.append(png)

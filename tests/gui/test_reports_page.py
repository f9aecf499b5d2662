from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter

from kppn_desktop.gui.pages.period import PRESETS, preset_range
from kppn_desktop.gui.pages.reports import ReportsPage
from kppn_desktop.gui.printing import preview as printing
from kppn_desktop.services import consultations as svc
from tests.documents.pdftools import page_texts
from tests.services.helpers import take, wita


def test_presets():
    today = dt.date(2026, 3, 17)
    assert preset_range("Hari ini", today) == (today, today)
    assert preset_range("Bulan ini", today) == (dt.date(2026, 3, 1), today)
    assert preset_range("Bulan lalu", today) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert preset_range("Pilih tanggal", today) is None


def test_make_report_off_the_gui_thread_and_print_it(qtbot, office, make_session, tmp_path):
    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version, at=wita(2026, 3, 17, 9, 10))
    session = make_session(office.kakan)
    page = ReportsPage(session)
    qtbot.addWidget(page)
    assert not page.ui.printButton.isEnabled()
    page.ui.fromEdit.setDate(QDate(2026, 3, 1))
    page.ui.toEdit.setDate(QDate(2026, 3, 31))
    assert PRESETS[page.ui.presetCombo.currentIndex()] == "Pilih tanggal"
    qtbot.mouseClick(page.ui.makeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    assert page.report.total == 1 and page.report.service_compliance.met == 1
    assert "1 konsultasi" in page.ui.summaryLabel.text()
    assert "<b>100,0%</b>" in page.ui.summaryLabel.text()     # Indonesian decimal comma
    assert page.ui.previewLayout.count() >= 1 and page.ui.printButton.isEnabled()
    # Readable in the window: an A4 page drawn about 1,000 pixels wide (it was 500).
    first = page.ui.previewLayout.itemAt(0).widget()
    assert first.pixmap().width() >= 900

    printer = printing.make_printer(page.pdf)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    pages = printing.paint(page.pdf, printer)
    assert pages == len(page_texts(page.pdf)) and out.stat().st_size > 10_000
    session.runner.wait()


def test_bad_period_is_shown_beside_the_dates(qtbot, office, make_session):
    session = make_session(office.kakan)
    page = ReportsPage(session)
    qtbot.addWidget(page)
    page.ui.fromEdit.setDate(QDate(2026, 3, 31))
    page.ui.toEdit.setDate(QDate(2026, 3, 1))
    qtbot.mouseClick(page.ui.makeButton, Qt.MouseButton.LeftButton)
    assert "sebelum tanggal awal" in page.ui.date_toError.text()
    assert page.ui.toEdit.date() == QDate(2026, 3, 1)


def test_print_preview_opens_fitted_to_the_width(qtbot):
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    from kppn_desktop.documents import render_slip
    from tests.documents.samples import slip as sample_slip

    preview = printing.PaperPreview(render_slip(sample_slip(), layout="a4"), "Bukti")
    qtbot.addWidget(preview)
    assert preview.view.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth
    # The 80 mm roll opens whole, not zoomed onto its letterhead.
    roll = printing.PaperPreview(render_slip(sample_slip(), layout="receipt80"), "Bukti")
    qtbot.addWidget(roll)
    assert roll.view.zoomMode() == QPrintPreviewWidget.ZoomMode.FitInView


def test_issue_a_closed_period_from_the_page(qtbot, office, make_session, tmp_path, monkeypatch):
    """The Kepala Kantor issues March: asked first (on the worker: what changed since the last
    issue), then issued on the worker and saved; the code is shown. The CSO has no such button;
    a period that has not ended cannot be issued."""
    from PySide6.QtWidgets import QMessageBox

    from kppn_desktop.services import issued_reports

    [c] = take(office, wita(2026, 3, 17, 9, 0)).consultations
    svc.resolve(office.cso, c.id, "Jawaban", expected_version=c.version, at=wita(2026, 3, 17, 9, 10))
    saved = []
    monkeypatch.setattr(printing, "save_file",
                        lambda parent, data, name, filters: saved.append((name, data)))
    cso_page = ReportsPage(make_session(office.cso))
    qtbot.addWidget(cso_page)
    assert cso_page.ui.issueButton.isHidden()

    page = ReportsPage(make_session(office.kakan))
    qtbot.addWidget(page)
    page.ui.presetCombo.setCurrentIndex(PRESETS.index("Bulan ini"))
    assert not page.ui.issueButton.isEnabled()              # this month has not ended
    page.ui.fromEdit.setDate(QDate(2026, 3, 1))
    page.ui.toEdit.setDate(QDate(2026, 3, 31))
    assert page.ui.issueButton.isEnabled()
    qtbot.mouseClick(page.ui.issueButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirmation is not None, timeout=20000)
    assert "Terbitkan laporan periode 01/03/2026 – 31/03/2026" in page.confirmation.text()
    page.confirmation.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.issued is not None, timeout=20000)
    [(name, data)] = saved
    assert page.issued.code in name and data == page.issued.pdf
    assert page.issued.code in page.ui.summaryLabel.text()
    assert issued_reports.verify(office.kakan, data).ok
    # Again: the page says it was issued before and that nothing changed.
    qtbot.mouseClick(page.ui.issueButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.confirmation is not None, timeout=20000)
    assert page.issued.code in page.confirmation.text()
    assert "Tidak ada angka yang berubah" in page.confirmation.text()
    page.confirmation.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: page.ui.issueButton.isEnabled(), timeout=5000)
    page.session.runner.wait()

"""The service report page: pick a period (daily and monthly presets), make the report off the GUI
thread, look at its pages, print, save as PDF or export CSV/XLSX."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kppn_desktop.domain import workflow
from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from kppn_desktop.gui.language import formatting, i18n
from kppn_desktop.gui.pages.period import PeriodPicker
from kppn_desktop.gui.printing import preview as printing
from kppn_desktop.gui.startup import errors
from kppn_desktop.gui.startup.session import Session
from kppn_desktop.gui.widgets.common import FieldErrors
from kppn_desktop.services import issued_reports, reports

#: The report's pages in the window are drawn at this resolution: an A4 page about 1,000 pixels
#: wide, its table text as large as the window's own (at 60 it was too small to read).
PREVIEW_DPI = 115


def percent_text(value: float | None) -> str:
    """'78,4%' as written in Indonesian; '–' when nothing was judged."""
    return "–" if value is None else f"{value:.1f}".replace(".", i18n.locale().decimalPoint()) + "%"



class ReportsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.report = None
        self.pdf: bytes | None = None
        self.issuing = False
        self.issued: issued_reports.Issued | None = None
        self.confirmation: QMessageBox | None = None
        self.errors = FieldErrors({"date_to": (self.ui.toEdit, self.ui.date_toError)})
        self.picker = PeriodPicker(self.ui, session, self)
        self._set_buttons(False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.picker.changed.connect(self._update_issue_button)
        self.ui.makeButton.clicked.connect(self.make_report)
        self.ui.printButton.clicked.connect(self._on_printButton_clicked)
        self.ui.savePdfButton.clicked.connect(lambda: self._export("pdf"))
        self.ui.csvButton.clicked.connect(lambda: self._export("csv"))
        self.ui.xlsxButton.clicked.connect(lambda: self._export("xlsx"))
        self.ui.issueButton.clicked.connect(self._on_issueButton_clicked)

    def refresh(self) -> None:
        """Nothing to reload on its own: a report is made when asked for."""

    @property
    def tz(self):
        """The office's zone once read (None until then)."""
        return self.picker.tz

    def _today(self) -> dt.date:
        return self.picker.today()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.picker.period()

    def make_report(self) -> None:
        self.errors.clear()
        try:
            first, last = self.picker.checked_period()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        actor = self.session.actor
        self.ui.makeButton.setEnabled(False)
        self.ui.summaryLabel.setText(self.tr("Menyusun laporan…"))

        def work():
            report = reports.service_report(actor, first, last)
            pdf = reports.render(report, "pdf")
            return report, pdf, printing.page_images(pdf, PREVIEW_DPI)

        self.session.runner.run(work, self._on_report_ready, self._on_report_failed)

    def _on_report_ready(self, result) -> None:
        self.report, self.pdf, images = result
        self.ui.makeButton.setEnabled(True)
        r = self.report
        service, solution = (percent_text(c.pct) for c in (r.service_compliance, r.solution_compliance))
        service_pending, solution_pending = (
            self.tr(" ({n} belum dinilai)").format(n=c.pending) if c.pending else ""
            for c in (r.service_compliance, r.solution_compliance))
        self.ui.summaryLabel.setText(self.tr(
            "<b>{first} – {last}</b>: {total} konsultasi, {resolved} selesai, {escalated} "
            "dieskalasi · kepatuhan 20 menit <b>{service}</b>{service_pending} · solusi 3 hari "
            "kerja <b>{solution}</b>{solution_pending} · progres terlewat {missed} · belum "
            "selesai {backlog}").format(
            first=formatting.format_short_date(r.period_start),
            last=formatting.format_short_date(r.period_end), total=r.total, resolved=r.resolved,
            escalated=r.escalated, service=service, service_pending=service_pending,
            solution=solution, solution_pending=solution_pending,
            missed=r.missed_progress_updates, backlog=r.backlog))
        layout = self.ui.previewLayout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for image in images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("background: #888; padding: 8px;")
            layout.addWidget(label)
        self._set_buttons(True)

    def _on_report_failed(self, exc: Exception) -> None:
        self.ui.makeButton.setEnabled(True)
        self.ui.summaryLabel.clear()
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        else:
            errors.show_exception(self, exc)

    def _set_buttons(self, enabled: bool) -> None:
        for button in (self.ui.printButton, self.ui.savePdfButton, self.ui.csvButton,
                       self.ui.xlsxButton):
            button.setEnabled(enabled)
        self._update_issue_button()

    def _update_issue_button(self) -> None:
        """Issuing is for the Kepala Kantor (and the administrator), of a period that ended."""
        may = workflow.may(self.session.actor.role, workflow.Action.ISSUE_REPORTS)
        self.ui.issueButton.setVisible(may)
        self.ui.issueButton.setEnabled(may and not self.issuing
                                       and self.period()[1] < self._today())

    # --- issuing: what changed since the last issue (worker), confirm, issue (worker), save ---

    def _on_issueButton_clicked(self) -> None:
        first, last = self.period()
        actor = self.session.actor
        self._set_issuing(True)
        self.session.runner.run(lambda: issued_reports.preview(actor, first, last),
                                lambda notes: self._confirm_issue(first, last, notes),
                                self._on_issue_failed, owner=self)

    def _confirm_issue(self, first: dt.date, last: dt.date,
                       notes: issued_reports.IssueNotes) -> None:
        period = f"{formatting.format_short_date(first)} – {formatting.format_short_date(last)}"
        text = self.tr("Terbitkan laporan periode {period}? Laporan disimpan di basis data "
                       "dengan kode verifikasi dan catatan riwayat; siapa pun dapat memeriksanya "
                       "kemudian.").format(period=period)
        if notes.previous_code:
            text += "\n\n" + self.tr("Periode ini pernah diterbitkan dengan kode {code}.").format(
                code=notes.previous_code)
            text += "\n" + (self.tr("Perubahan sejak itu:") + "\n" + "\n".join(
                f"• {i18n.message(line)}" for line in notes.changes) if notes.changes
                else self.tr("Tidak ada angka yang berubah sejak itu."))
            if notes.corrections:
                text += "\n" + self.tr("Koreksi yang tercatat:") + "\n" + "\n".join(
                    f"• {i18n.message(line)}" for line in notes.corrections)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Terbitkan laporan"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Terbitkan"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirmation = box
        box.finished.connect(lambda result: self._on_confirmation_finished(first, last, result))
        box.open()

    def _on_confirmation_finished(self, first: dt.date, last: dt.date, result: int) -> None:
        box, self.confirmation = self.confirmation, None
        if box is not None:
            box.deleteLater()
        if result != QMessageBox.StandardButton.Yes:
            self._set_issuing(False)
            return
        actor = self.session.actor
        self.session.runner.run(lambda: issued_reports.issue(actor, first, last),
                                self._on_issued, self._on_issue_failed, owner=self)

    def _on_issued(self, issued: issued_reports.Issued) -> None:
        self._set_issuing(False)
        self.issued = issued
        first, last = self.period()
        try:
            printing.save_file(self, issued.pdf, f"laporan-konsultasi-{first:%Y%m%d}-"
                               f"{last:%Y%m%d}-{issued.code}.pdf", "PDF (*.pdf)")
        except OSError as exc:
            errors.show_exception(self, exc)
        self.ui.summaryLabel.setText(self.tr(
            "Laporan diterbitkan dengan kode verifikasi <b>{code}</b>; tersimpan di basis data. "
            "Periksa kapan saja: <tt>kppn-desktop report verify BERKAS.pdf</tt>").format(
                code=issued.code))

    def _on_issue_failed(self, exc: Exception) -> None:
        self._set_issuing(False)
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        else:
            errors.show_exception(self, exc)

    def _set_issuing(self, issuing: bool) -> None:
        self.issuing = issuing
        self._update_issue_button()

    def _file_stem(self) -> str:
        first, last = self.report.period_start, self.report.period_end
        return f"laporan-konsultasi-{first:%Y%m%d}-{last:%Y%m%d}"

    def _on_printButton_clicked(self) -> None:
        if self.pdf is None:
            return
        preview = printing.PaperPreview(self.pdf, self.tr("Laporan layanan"), self)
        preview.exec()

    def _export(self, kind: str) -> None:
        if self.report is None:
            return
        filters = {"pdf": "PDF (*.pdf)", "csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)"}[kind]
        data = self.pdf if kind == "pdf" else reports.render(self.report, kind)
        try:
            printing.save_file(self, data, f"{self._file_stem()}.{kind}", filters)
        except OSError as exc:
            errors.show_exception(self, exc)

"""The service report page: pick a period (daily and monthly presets), make the report off the GUI
thread, look at its pages, print, save as PDF or export CSV/XLSX."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from kppn_desktop.domain import formatting
from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.gui import errors, printing
from kppn_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from kppn_desktop.gui.session import Session
from kppn_desktop.gui.widgets import FieldErrors
from kppn_desktop.services import office, reports

PRESETS = ("Hari ini", "Kemarin", "Bulan ini", "Bulan lalu", "Tahun ini", "Pilih tanggal")

#: The report's pages in the window are drawn at this resolution: an A4 page about 1,000 pixels
#: wide, its table text as large as the window's own (at 60 it was too small to read).
PREVIEW_DPI = 115


def preset_range(name: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    first_of_month = today.replace(day=1)
    if name == "Hari ini":
        return today, today
    if name == "Kemarin":
        day = today - dt.timedelta(days=1)
        return day, day
    if name == "Bulan ini":
        return first_of_month, today
    if name == "Bulan lalu":
        last = first_of_month - dt.timedelta(days=1)
        return last.replace(day=1), last
    if name == "Tahun ini":
        return today.replace(month=1, day=1), today
    return None


def _percent(value: float | None) -> str:
    """'78,4%' as written in Indonesian; '–' when nothing was judged."""
    return "–" if value is None else f"{value:.1f}".replace(".", ",") + "%"


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


class ReportsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.report = None
        self.pdf: bytes | None = None
        self.errors = FieldErrors({"date_to": (self.ui.toEdit, self.ui.date_toError)})
        self.ui.presetCombo.addItems([self.tr(p) for p in PRESETS])
        self._set_buttons(False)
        self._connect_signals()
        #: The office's zone, read on the worker; until then the workstation's own clock.
        self.tz = None
        self.ui.presetCombo.setCurrentIndex(PRESETS.index("Bulan ini"))
        self._on_presetCombo_currentIndexChanged(self.ui.presetCombo.currentIndex())
        session.runner.run(lambda: office.office_calendar().tz, self._on_tz_read,
                           lambda exc: None)

    def _connect_signals(self) -> None:
        self.ui.presetCombo.currentIndexChanged.connect(self._on_presetCombo_currentIndexChanged)
        self.ui.makeButton.clicked.connect(self.make_report)
        self.ui.printButton.clicked.connect(self._on_printButton_clicked)
        self.ui.savePdfButton.clicked.connect(lambda: self._export("pdf"))
        self.ui.csvButton.clicked.connect(lambda: self._export("csv"))
        self.ui.xlsxButton.clicked.connect(lambda: self._export("xlsx"))
        self.ui.fromEdit.dateChanged.connect(self._on_date_edited)
        self.ui.toEdit.dateChanged.connect(self._on_date_edited)

    def refresh(self) -> None:
        """Nothing to reload on its own: a report is made when asked for."""

    def _today(self) -> dt.date:
        """The office's date now (a report's 'Hari ini', 'Bulan ini')."""
        if self.tz is None:
            return dt.date.today()
        return dt.datetime.now(self.tz).date()

    def _on_tz_read(self, tz) -> None:
        self.tz = tz
        index = self.ui.presetCombo.currentIndex()
        if PRESETS[index] != "Pilih tanggal":     # the office's day may differ from this PC's
            self._on_presetCombo_currentIndexChanged(index)

    def _on_presetCombo_currentIndexChanged(self, index: int) -> None:
        span = preset_range(PRESETS[index], self._today())
        if span is None:
            return
        for edit, day in ((self.ui.fromEdit, span[0]), (self.ui.toEdit, span[1])):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _on_date_edited(self, _date) -> None:
        self.ui.presetCombo.blockSignals(True)
        self.ui.presetCombo.setCurrentIndex(PRESETS.index("Pilih tanggal"))
        self.ui.presetCombo.blockSignals(False)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()

    def make_report(self) -> None:
        first, last = self.period()
        self.errors.clear()
        if last < first:
            self.errors.show(ValidationError(
                {"date_to": self.tr("Tanggal akhir tidak boleh sebelum tanggal awal.")}))
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
        service, solution = (_percent(c.pct) for c in (r.service_compliance, r.solution_compliance))
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

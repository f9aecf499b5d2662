"""The Kanwil's page: its KPPNs side by side for a period (the consolidated report: a ranking,
each office's figures, the totals), the escalations past their deadline across the KPPNs, and the
report as PDF (preview, print, save) or XLSX. Read-only; every figure is made by
``services.kanwil`` on a worker thread."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QWidget

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.gui.forms.ui_kanwil_page import Ui_KanwilPage
from kppn_desktop.gui.language import formatting, i18n
from kppn_desktop.gui.pages.admin_common import RowsModel, attach_model
from kppn_desktop.gui.pages.period import PeriodPicker
from kppn_desktop.gui.pages.reports import percent_text
from kppn_desktop.gui.printing import preview as printing
from kppn_desktop.gui.startup import errors
from kppn_desktop.gui.startup.session import Session
from kppn_desktop.gui.widgets.common import FieldErrors
from kppn_desktop.services import kanwil


def _minutes(value: float | None) -> str:
    return "–" if value is None else formatting.format_minutes(value)


class KanwilPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_KanwilPage()
        self.ui.setupUi(self)
        self.report = None
        self.pdf: bytes | None = None
        self.errors = FieldErrors({"date_to": (self.ui.toEdit, self.ui.date_toError)})
        self.ranking_model = RowsModel([
            (self.tr("Peringkat"), lambda r: str(r.rank)),
            (self.tr("Kode"), lambda r: r.code),
            (self.tr("KPPN"), lambda r: r.name),
            (self.tr("Konsultasi"), lambda r: str(r.figures.total)),
            (self.tr("Selesai"), lambda r: str(r.figures.resolved)),
            (self.tr("Dieskalasi"), lambda r: str(r.figures.escalated)),
            (self.tr("Layanan 20 menit"), lambda r: percent_text(r.figures.service_compliance.pct)),
            (self.tr("Solusi 3 hari kerja"),
             lambda r: percent_text(r.figures.solution_compliance.pct)),
            (self.tr("Progres terlewat"), lambda r: str(r.figures.missed_progress_updates)),
            (self.tr("Penanganan rata-rata"), lambda r: _minutes(r.figures.avg_handling_minutes)),
            (self.tr("Belum selesai"), lambda r: str(r.figures.backlog)),
        ], self)
        attach_model(self.ui.rankingView, self.ranking_model, stretch=2)
        self.overdue_model = RowsModel([
            (self.tr("KPPN"), lambda r: f"{r.office_code} {r.office_name}"),
            (self.tr("Nomor"), lambda r: r.overdue.number),
            (self.tr("Seksi"), lambda r: r.overdue.section),
            (self.tr("Kategori"), lambda r: r.overdue.category),
            (self.tr("Batas solusi"),
             lambda r: formatting.format_short_datetime(r.overdue.deadline, self.tz)),
            (self.tr("Lewat"), lambda r: formatting.format_minutes(r.overdue.overdue_minutes)),
            (self.tr("Stakeholder"), lambda r: r.overdue.stakeholder),
        ], self)
        attach_model(self.ui.overdueView, self.overdue_model, stretch=6)
        self.picker = PeriodPicker(self.ui, session, self)
        #: Reports asked for so far: only the latest one's result is shown.
        self._asked = 0
        #: This month's report is made when the page is first shown, once the Kanwil's zone
        #: (its date) is known: a Kanwil user starts here, and an empty table said nothing.
        self._first_report_due = True
        self._set_buttons(False)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.picker.changed.connect(self._make_first_report)
        self.ui.makeButton.clicked.connect(self.make_report)
        self.ui.printButton.clicked.connect(self._on_printButton_clicked)
        self.ui.savePdfButton.clicked.connect(lambda: self._export("pdf"))
        self.ui.xlsxButton.clicked.connect(lambda: self._export("xlsx"))

    def showEvent(self, event):  # Qt override
        super().showEvent(event)
        self._make_first_report()

    def _make_first_report(self) -> None:
        """The report of the period shown (this month) the first time the page is visible with
        the Kanwil's zone known; after that, only when asked for."""
        if self._first_report_due and self.isVisible() and self.tz is not None:
            self._first_report_due = False
            self.make_report()

    # --- the escalations past their deadline now (until a report is made) --------------------

    def refresh(self) -> None:
        """The escalations across the KPPNs that are past their deadline now."""
        if self.report is not None:
            return          # the report's own list, as of its cut-off, is shown
        actor = self.session.actor
        self.session.runner.run(lambda: kanwil.overdue_escalations(actor), self._on_overdue_read,
                                lambda exc: errors.show_exception(self, exc))

    def _on_overdue_read(self, rows) -> None:
        if self.report is None:
            self._show_overdue(rows, None)

    def _show_overdue(self, rows, cut_off: dt.datetime | None) -> None:
        self.overdue_model.set_rows(rows)
        title = (self.tr("&Eskalasi melewati batas ({n})").format(n=len(rows)) if cut_off is None
                 else self.tr("&Eskalasi melewati batas per {at} ({n})").format(
                     at=formatting.format_short_datetime(cut_off, self.tz), n=len(rows)))
        self.ui.tabs.setTabText(self.ui.tabs.indexOf(self.ui.overdueTab), title)

    @property
    def tz(self):
        """The Kanwil's zone once read (None until then: the workstation's own)."""
        return self.picker.tz

    def period(self) -> tuple[dt.date, dt.date]:
        return self.picker.period()

    # --- the report -------------------------------------------------------------------------

    def make_report(self) -> None:
        self.errors.clear()
        try:
            first, last = self.picker.checked_period()
        except ValidationError as exc:
            self.errors.show(exc)
            return
        actor = self.session.actor
        self._first_report_due = False
        self._asked += 1
        asked = self._asked
        # The button stays enabled: another period may be asked for while one is being made
        # (this month's, made when the page opened); the latest one asked for is shown.
        self.ui.summaryLabel.setText(self.tr("Menyusun laporan gabungan…"))

        def work():
            report = kanwil.consolidated_report(actor, first, last)
            return asked, report, kanwil.render(report, "pdf")

        self.session.runner.run(work, self._on_report_ready,
                                lambda exc: self._on_report_failed(asked, exc), owner=self)

    def _on_report_ready(self, result) -> None:
        asked, report, pdf = result
        if asked != self._asked:
            return          # an earlier report, asked for before the one being made
        self.report, self.pdf = report, pdf
        r, t = self.report, self.report.totals
        self.ui.summaryLabel.setText(self.tr(
            "<b>{first} – {last}</b>, {offices} KPPN: {total} konsultasi, {resolved} selesai, "
            "{escalated} dieskalasi · kepatuhan 20 menit <b>{service}</b> · solusi 3 hari kerja "
            "<b>{solution}</b> · progres terlewat {missed} · belum selesai {backlog}").format(
            first=formatting.format_short_date(r.period_start),
            last=formatting.format_short_date(r.period_end), offices=len(r.offices),
            total=t.total, resolved=t.resolved, escalated=t.escalated,
            service=percent_text(t.service_compliance.pct),
            solution=percent_text(t.solution_compliance.pct),
            missed=t.missed_progress_updates, backlog=t.backlog))
        self.ranking_model.set_rows(r.offices)
        self.ui.rankingRuleLabel.setText(i18n.message(r.ranking_rule))
        self._show_overdue(r.overdue, r.cut_off)
        self._set_buttons(True)

    def _on_report_failed(self, asked: int, exc: Exception) -> None:
        if asked != self._asked:
            return
        self.ui.summaryLabel.clear()
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        else:
            errors.show_exception(self, exc)

    def _set_buttons(self, enabled: bool) -> None:
        for button in (self.ui.printButton, self.ui.savePdfButton, self.ui.xlsxButton):
            button.setEnabled(enabled)

    def _file_stem(self) -> str:
        first, last = self.report.period_start, self.report.period_end
        return f"laporan-gabungan-{first:%Y%m%d}-{last:%Y%m%d}"

    def _on_printButton_clicked(self) -> None:
        if self.pdf is None:
            return
        preview = printing.PaperPreview(self.pdf, self.tr("Laporan gabungan"), self)
        preview.exec()

    def _export(self, kind: str) -> None:
        if self.report is None:
            return
        filters = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}[kind]
        name = f"{self._file_stem()}.{kind}"

        def save(data: bytes) -> None:
            try:
                printing.save_file(self, data, name, filters)
            except OSError as exc:
                errors.show_exception(self, exc)

        if kind == "pdf":
            save(self.pdf)
        else:
            report = self.report
            self.session.runner.run(lambda: kanwil.render(report, kind), save,
                                    lambda exc: errors.show_exception(self, exc))

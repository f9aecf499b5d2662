"""Jam layanan & hari libur: weekly hours, hours for a date range, the office's own closures and
corrected openings, and the year's non-working days as the calendar computes them (so the cuti
bersama list can be checked)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from kppn_desktop.domain.standards import WEEKDAY_NAMES
from kppn_desktop.gui.forms.ui_admin_calendar import Ui_CalendarTab
from kppn_desktop.gui.language import formatting
from kppn_desktop.gui.pages.admin_common import (
    LatestLoader,
    RowsModel,
    attach_model,
    attempt,
    open_dialog,
    selected_row,
    show_message,
    show_rows,
)
from kppn_desktop.gui.pages.admin_hours import OverrideDialog, WeekHoursEditor, hours_summary
from kppn_desktop.gui.startup.errors import show_exception
from kppn_desktop.gui.widgets.common import FieldErrors
from kppn_desktop.services import office

# The calendar gives a weekend or a weekday without hours these reasons; anything else that is not
# a closure is a holiday from the national list.
WEEKLY_REASONS = frozenset({*WEEKDAY_NAMES, "Di luar jam layanan"})
KINDS = ("national", "cuti_bersama", "closure", "weekly")


@dataclass(frozen=True)
class PreviewDay:
    day: dt.date
    reason: str
    kind: str       # one of KINDS


def preview_year(year: int, office_id: int) -> list[PreviewDay]:
    """Every non-working day of ``year`` by the office calendar (worker thread)."""
    calendar = office.office_calendar(office_id)
    closed = {c.day for c in office.list_closures(office_id) if c.kind == "tutup"}
    out = []
    for day, reason in calendar.non_working_days_between(dt.date(year, 1, 1),
                                                         dt.date(year, 12, 31)):
        if day in closed:
            kind = "closure"
        elif reason in WEEKLY_REASONS:
            kind = "weekly"
        elif reason.lower().startswith("cuti bersama"):
            kind = "cuti_bersama"
        else:
            kind = "national"
        out.append(PreviewDay(day, reason, kind))
    return out


def _load(office_id: int) -> dict:
    calendar = office.office_calendar(office_id)
    return {"weekly": office.weekly_hours(office_id),
            "overrides": office.list_hours_overrides(office_id),
            "closures": office.list_closures(office_id),
            "today": calendar.local(dt.datetime.now(dt.timezone.utc)).date()}


def _day_text(d: dt.date) -> str:
    """'Sel, 17/03/2026': short enough for the preview column."""
    return f"{formatting.weekday_name(d, short=True)}, {formatting.format_short_date(d)}"



class CalendarTab(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = ui = Ui_CalendarTab()
        ui.setupUi(self)
        self.dialog: QDialog | None = None
        self.today = dt.date.today()
        self._dated = False
        self.weekly: dict = {}
        self.weekly_dirty = False
        self.preview: list[PreviewDay] = []
        self.editor = WeekHoursEditor(self)
        ui.weeklyHolder.addWidget(self.editor)
        # The year's summary wraps: one long line made the tab wider than a 1366x768 screen.
        ui.previewCountLabel.setWordWrap(True)
        # What a calendar correction did to the stored clocks (recounted on the worker).
        self.recountLabel = QLabel(self)
        self.recountLabel.setObjectName("recountLabel")
        self.recountLabel.setWordWrap(True)
        self.recountLabel.setStyleSheet("color: #1f3b63;")
        self.recountLabel.hide()
        self.layout().insertWidget(0, self.recountLabel)
        self.recounting = False
        self._recount_again = False
        self.setTabOrder(self.editor.closes[6], ui.saveHoursButton)
        self.hours_errors = FieldErrors(self.editor.error_fields())
        self.closure_errors = FieldErrors({
            "day": (ui.closureDayEdit, ui.dayError),
            "kind": (ui.closureKindCombo, ui.kindError),
            "reason": (ui.closureReasonEdit, ui.reasonError),
        })
        ui.closureKindCombo.addItem(self.tr("Tutup (libur tambahan)"), "tutup")
        ui.closureKindCombo.addItem(self.tr("Buka (koreksi: hari kerja walau tercantum libur)"),
                                    "buka")
        self.kind_labels = {"national": self.tr("Libur nasional"),
                            "cuti_bersama": self.tr("Cuti bersama"),
                            "closure": self.tr("Penutupan kantor"),
                            "weekly": self.tr("Libur mingguan")}
        ui.closureDayEdit.setDate(formatting.qdate(self.today))
        ui.yearSpin.setValue(self.today.year)
        self.overrides_model = RowsModel([
            (self.tr("Dari"), lambda o: formatting.format_short_date(o.first_day)),
            (self.tr("Sampai"), lambda o: formatting.format_short_date(o.last_day)),
            (self.tr("Jam layanan"), lambda o: hours_summary(o.hours, self.tr("tutup"))),
            (self.tr("Keterangan"), lambda o: o.note),
        ], self)
        self.closures_model = RowsModel([
            (self.tr("Tanggal"), lambda c: formatting.format_date(c.day)),
            (self.tr("Jenis"), lambda c: self.tr("Buka") if c.kind == "buka" else self.tr("Tutup")),
            (self.tr("Alasan"), lambda c: c.reason),
        ], self)
        self.preview_model = RowsModel([
            (self.tr("Tanggal"), lambda p: _day_text(p.day)),
            (self.tr("Jenis"), lambda p: self.kind_labels[p.kind]),
            (self.tr("Keterangan"), lambda p: p.reason),
        ], self)
        attach_model(ui.overridesView, self.overrides_model, stretch=2)
        attach_model(ui.closuresView, self.closures_model)
        attach_model(ui.previewView, self.preview_model)
        office_id = session.actor.office_id
        self.loader = LatestLoader(session.runner, lambda: _load(office_id), self._on_loaded, self)
        self.preview_loader = LatestLoader(session.runner, None, self._on_preview_loaded, self)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        ui = self.ui
        self.editor.edited.connect(self._on_editor_edited)
        ui.saveHoursButton.clicked.connect(self.save_weekly_hours)
        ui.addOverrideButton.clicked.connect(self._on_addOverrideButton_clicked)
        ui.removeOverrideButton.clicked.connect(self._on_removeOverrideButton_clicked)
        ui.addClosureButton.clicked.connect(self.add_closure)
        ui.closureReasonEdit.returnPressed.connect(self.add_closure)
        ui.removeClosureButton.clicked.connect(self._on_removeClosureButton_clicked)
        ui.yearSpin.valueChanged.connect(self._on_yearSpin_valueChanged)
        ui.weekendsCheck.toggled.connect(self._on_weekendsCheck_toggled)
        ui.overridesView.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.closuresView.selectionModel().selectionChanged.connect(self._update_buttons)

    # --- loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        self.loader.start()
        self.load_preview()

    def _on_loaded(self, data: dict) -> None:
        if not self._dated:
            # The office's own date (its zone), once: later reloads leave a chosen date alone.
            self._dated = True
            self.ui.closureDayEdit.setDate(formatting.qdate(data["today"]))
        self.today = data["today"]
        self.weekly = data["weekly"]
        if not self.weekly_dirty:
            self.editor.set_hours(self.weekly)
        show_rows(self.ui.overridesView, data["overrides"])
        show_rows(self.ui.closuresView, data["closures"], key=lambda c: c.day)
        self._update_buttons()

    def load_preview(self) -> None:
        year, office_id = self.ui.yearSpin.value(), self.session.actor.office_id
        self.preview_loader.fn = lambda: preview_year(year, office_id)
        self.preview_loader.start()

    def _on_preview_loaded(self, days: list[PreviewDay]) -> None:
        self.preview = days
        self._show_preview()

    def _show_preview(self) -> None:
        everything = self.ui.weekendsCheck.isChecked()
        rows = [p for p in self.preview if everything or p.kind != "weekly"]
        self.preview_model.set_rows(rows)
        counts = {kind: sum(1 for p in self.preview if p.kind == kind) for kind in KINDS}
        self.ui.previewCountLabel.setText(self.tr(
            "{year}: {national} libur nasional, {cuti} cuti bersama, {closure} penutupan kantor\n"
            "ditambah {weekly} hari libur mingguan (Sabtu/Minggu)").format(
            year=self.ui.yearSpin.value(), national=counts["national"],
            cuti=counts["cuti_bersama"], closure=counts["closure"], weekly=counts["weekly"]))

    def preview_texts(self) -> list[str]:
        """What the preview list shows, one 'date — kind — reason' line per row."""
        return [" — ".join(col[1](p) for col in self.preview_model.columns)
                for p in self.preview_model.rows]

    def _on_yearSpin_valueChanged(self, _year: int) -> None:
        self.load_preview()

    def _on_weekendsCheck_toggled(self, _on: bool) -> None:
        self._show_preview()

    def _update_buttons(self, *_args) -> None:
        self.ui.removeOverrideButton.setEnabled(selected_row(self.ui.overridesView) is not None)
        self.ui.removeClosureButton.setEnabled(selected_row(self.ui.closuresView) is not None)

    # --- weekly hours -----------------------------------------------------------------------

    def _on_editor_edited(self) -> None:
        self.weekly_dirty = True
        show_message(self.ui.hoursSavedLabel, "")

    def save_weekly_hours(self) -> None:
        hours, actor = self.editor.hours(), self.session.actor

        def saved(_result) -> None:
            self.weekly, self.weekly_dirty = hours, False
            show_message(self.ui.hoursSavedLabel, self.tr("Tersimpan."))
            self.corrected()

        attempt(self, self.hours_errors, lambda: office.set_weekly_hours(actor, hours), saved)

    # --- hours for a date range ---------------------------------------------------------------

    def _on_addOverrideButton_clicked(self) -> None:
        open_dialog(self, OverrideDialog(self.session, self.weekly or self.editor.hours(),
                                         self.today, self),
                    lambda _dialog: self.corrected())

    def _on_removeOverrideButton_clicked(self) -> None:
        override = selected_row(self.ui.overridesView)
        if override is None:
            return
        actor = self.session.actor
        attempt(self, self.hours_errors,
                lambda: office.remove_hours_override(actor, override.id),
                lambda _r: self.corrected())

    # --- closures and corrected openings ----------------------------------------------------

    def add_closure(self) -> None:
        ui = self.ui
        day = ui.closureDayEdit.date().toPython()
        opening = ui.closureKindCombo.currentData() == "buka"
        actor, reason = self.session.actor, ui.closureReasonEdit.text()

        def added(_result) -> None:
            ui.closureReasonEdit.clear()
            self.corrected()

        attempt(self, self.closure_errors, lambda: office.set_closure(
            actor, day, reason, open_instead=opening), added)

    def _on_removeClosureButton_clicked(self) -> None:
        closure = selected_row(self.ui.closuresView)
        if closure is None:
            return
        actor = self.session.actor
        attempt(self, self.closure_errors, lambda: office.remove_closure(actor, closure.day),
                lambda _r: self.corrected())

    # --- after a correction: every clock counted again ----------------------------------------

    def corrected(self) -> None:
        """The calendar changed: the views reload, and every stored clock and report sum is
        counted again on the worker (a closure entered for a past day changes past clocks)."""
        self.session.changed()
        if self.recounting:
            self._recount_again = True
            return
        self.recounting = True
        show_message(self.recountLabel, self.tr(
            "Kalender berubah: jam layanan semua konsultasi dan jumlah laporan sedang dihitung "
            "ulang. Anda dapat terus bekerja."))
        actor = self.session.actor
        self.session.runner.run(lambda: office.recount_clocks(actor), self._on_recounted,
                                self._on_recount_failed)

    def _on_recounted(self, found) -> None:
        self.recounting = False
        if found.changed:
            text = self.tr("Dihitung ulang menurut kalender baru: {n} dari {total} konsultasi "
                           "dikoreksi, juga jumlah laporannya (dicatat di riwayat).").format(
                n=len(found.consultations), total=found.checked)
            self.session.changed()
        else:
            text = self.tr("Dihitung ulang: {total} konsultasi, tidak ada jam layanan yang "
                           "berubah.").format(total=found.checked)
        show_message(self.recountLabel, text)
        if self._recount_again:
            self._recount_again = False
            self.corrected()

    def _on_recount_failed(self, exc: Exception) -> None:
        self.recounting = False
        show_message(self.recountLabel, "")
        show_exception(self, exc)

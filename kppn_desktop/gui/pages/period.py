"""The period of a report page (the service report, the Kanwil's consolidated report): quick
choices (today, yesterday, this month, last month, this year) or two dates. 'Today' is the
office's day: its time zone is read on the worker, and the quick choice is set again once it is
known (the office's day may differ from this PC's)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Signal

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.domain.texts import N_
from kppn_desktop.gui.language import formatting, i18n
from kppn_desktop.services import office

PRESETS = (N_("Hari ini"), N_("Kemarin"), N_("Bulan ini"), N_("Bulan lalu"), N_("Tahun ini"),
           N_("Pilih tanggal"))


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


class PeriodPicker(QObject):
    """Drives a page's ``presetCombo``, ``fromEdit`` and ``toEdit``; ``changed`` after each
    change of the period (a quick choice, a date typed, the office's zone arriving)."""

    changed = Signal()

    def __init__(self, ui, session, parent: QObject):
        super().__init__(parent)
        self.ui = ui
        #: The office's zone, read on the worker; until then the workstation's own clock.
        self.tz = None
        ui.presetCombo.addItems([i18n.message(p) for p in PRESETS])
        ui.presetCombo.currentIndexChanged.connect(self._on_presetCombo_currentIndexChanged)
        ui.fromEdit.dateChanged.connect(self._on_date_edited)
        ui.toEdit.dateChanged.connect(self._on_date_edited)
        ui.presetCombo.setCurrentIndex(PRESETS.index("Bulan ini"))
        self._on_presetCombo_currentIndexChanged(ui.presetCombo.currentIndex())
        office_id = session.actor.office_id
        session.runner.run(lambda: office.office_calendar(office_id).tz, self._on_tz_read,
                           lambda exc: None, owner=self)

    def today(self) -> dt.date:
        """The office's date now (a report's 'Hari ini', 'Bulan ini')."""
        if self.tz is None:
            return dt.date.today()
        return dt.datetime.now(self.tz).date()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()

    def checked_period(self) -> tuple[dt.date, dt.date]:
        """The period to report on; ``ValidationError`` (beside the end date) when it ends
        before it starts."""
        first, last = self.period()
        if last < first:
            raise ValidationError(
                {"date_to": self.tr("Tanggal akhir tidak boleh sebelum tanggal awal.")})
        return first, last

    def _on_tz_read(self, tz) -> None:
        self.tz = tz
        index = self.ui.presetCombo.currentIndex()
        if PRESETS[index] != "Pilih tanggal":     # the office's day may differ from this PC's
            self._on_presetCombo_currentIndexChanged(index)
        else:
            self.changed.emit()

    def _on_presetCombo_currentIndexChanged(self, index: int) -> None:
        span = preset_range(PRESETS[index], self.today())
        if span is None:
            return
        for edit, day in ((self.ui.fromEdit, span[0]), (self.ui.toEdit, span[1])):
            edit.blockSignals(True)
            edit.setDate(formatting.qdate(day))
            edit.blockSignals(False)
        self.changed.emit()

    def _on_date_edited(self, _date) -> None:
        self.ui.presetCombo.blockSignals(True)
        self.ui.presetCombo.setCurrentIndex(PRESETS.index("Pilih tanggal"))
        self.ui.presetCombo.blockSignals(False)
        self.changed.emit()

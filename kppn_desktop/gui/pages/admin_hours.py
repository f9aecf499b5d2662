"""Office hours per weekday: the editor (used for the weekly hours and for a date range such as
Ramadan), its one-line summary, and the dialog that adds hours for a date range."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from kppn_desktop.gui.forms.ui_admin_override_dialog import Ui_OverrideDialog
from kppn_desktop.gui.forms.ui_admin_week_hours import Ui_WeekHoursEditor
from kppn_desktop.gui.language import formatting
from kppn_desktop.gui.language.formatting import weekday_names
from kppn_desktop.gui.pages.admin_common import attempt
from kppn_desktop.gui.widgets.common import FieldErrors
from kppn_desktop.services import office

Hours = dict[int, tuple[dt.time, dt.time] | None]


def hours_summary(hours: Hours, closed: str = "tutup") -> str:
    """'Sen–Kam 08:00–14:00; Jum 08:00–11:30; Sab–Min tutup': consecutive days with the same hours
    are grouped."""
    def text(span):
        return closed if span is None else f"{span[0]:%H:%M}–{span[1]:%H:%M}"

    days = [d for d in range(7) if d in hours]
    parts, start = [], None
    for i, day in enumerate(days):
        if start is None:
            start = day
        following = days[i + 1] if i + 1 < len(days) else None
        if following != day + 1 or hours[following] != hours[day]:
            name = weekday_names(short=True)[start]
            if day != start:
                name += "–" + weekday_names(short=True)[day]
            parts.append(f"{name} {text(hours[day])}")
            start = None
    return "; ".join(parts)


class WeekHoursEditor(QWidget):
    """Seven rows: open that weekday (check box), opening and closing time. ``edited`` fires on
    the user's changes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_WeekHoursEditor()
        self.ui.setupUi(self)
        self.checks = [getattr(self.ui, f"dayCheck{d}") for d in range(7)]
        self.opens = [getattr(self.ui, f"openEdit{d}") for d in range(7)]
        self.closes = [getattr(self.ui, f"closeEdit{d}") for d in range(7)]
        self._connect_signals()

    def _connect_signals(self) -> None:
        for d in range(7):
            self.checks[d].toggled.connect(self._on_dayCheck_toggled)
            self.opens[d].userTimeChanged.connect(self._on_time_edited)
            self.closes[d].userTimeChanged.connect(self._on_time_edited)

    def error_fields(self) -> dict[str, tuple[QWidget, QLabel]]:
        """``hours_<weekday>`` -> (closing time edit, its error label), for a FieldErrors."""
        return {f"hours_{d}": (self.closes[d], getattr(self.ui, f"hours_{d}Error"))
                for d in range(7)}

    def set_hours(self, hours: Hours) -> None:
        for d in range(7):
            span = hours.get(d)
            for widget in (self.checks[d], self.opens[d], self.closes[d]):
                widget.blockSignals(True)
            self.checks[d].setChecked(span is not None)
            opening, closing = span or (dt.time(8, 0), dt.time(15, 0))
            self.opens[d].setTime(QTime(opening.hour, opening.minute))
            self.closes[d].setTime(QTime(closing.hour, closing.minute))
            for widget in (self.checks[d], self.opens[d], self.closes[d]):
                widget.blockSignals(False)
            self._enable(d)

    def hours(self) -> Hours:
        return {d: (self.opens[d].time().toPython(), self.closes[d].time().toPython())
                if self.checks[d].isChecked() else None for d in range(7)}

    def _enable(self, d: int) -> None:
        on = self.checks[d].isChecked()
        self.opens[d].setEnabled(on)
        self.closes[d].setEnabled(on)

    def _on_dayCheck_toggled(self, _on: bool) -> None:
        for d in range(7):
            self._enable(d)
        self.edited.emit()

    def _on_time_edited(self, _time) -> None:
        self.edited.emit()



class OverrideDialog(QDialog):
    """Different hours for a date range (e.g. Ramadan), starting from the weekly hours."""

    def __init__(self, session, weekly: Hours, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = ui = Ui_OverrideDialog()
        ui.setupUi(self)
        self.editor = WeekHoursEditor(self)
        ui.hoursHolder.addWidget(self.editor)
        self.editor.set_hours(weekly)
        ui.firstDayEdit.setDate(formatting.qdate(today))
        ui.lastDayEdit.setDate(formatting.qdate(today + dt.timedelta(days=29)))
        self.setTabOrder(ui.noteEdit, self.editor.checks[0])
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Tambahkan"))
        self.errors = FieldErrors({
            "first_day": (ui.firstDayEdit, ui.first_dayError),
            "last_day": (ui.lastDayEdit, ui.last_dayError),
            "note": (ui.noteEdit, ui.noteError),
            **self.editor.error_fields(),
        }, ui.generalError)
        self.added_id: int | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.buttons.accepted.connect(self._on_buttons_accepted)
        self.ui.buttons.rejected.connect(self.reject)

    def _on_buttons_accepted(self) -> None:
        ui = self.ui
        actor, first, last = (self.session.actor, ui.firstDayEdit.date().toPython(),
                              ui.lastDayEdit.date().toPython())
        hours, note = self.editor.hours(), ui.noteEdit.text()

        def added(override_id) -> None:
            self.added_id = override_id
            self.accept()

        attempt(self, self.errors, lambda: office.add_hours_override(
            actor, first, last, hours, note), added)

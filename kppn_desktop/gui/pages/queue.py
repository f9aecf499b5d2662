"""Daftar konsultasi: the lists of the desk (today, mine, waiting for documents, escalated, late,
all) with a search box and filters over a paging table. A double click or Enter opens a
consultation."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from kppn_desktop.domain import validation, workflow
from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.domain.standards import DEFAULT_TIMEZONE
from kppn_desktop.gui.forms.ui_queue_page import Ui_QueuePage
from kppn_desktop.gui.language import formatting, i18n
from kppn_desktop.gui.lists.consultation_model import (
    ConsultationTableModel,
    OpensConsultationRows,
    configure_view,
)
from kppn_desktop.gui.startup.errors import show_exception
from kppn_desktop.gui.widgets.common import FieldErrors, MinuteTimer
from kppn_desktop.services import office, users
from kppn_desktop.services.queries import ListFilter

SEARCH_DELAY_MS = 300

TODAY, MINE, WAITING, ESCALATED, OVERDUE, ALL = "today", "mine", "waiting", "escalated", \
    "overdue", "all"
OPEN = "open"   # the status filter 'Belum selesai'
FILTER_STYLE = "color: #8a5300; font-weight: bold;"


def _load_choices(actor) -> dict:
    """Categories, sections, desk officers and the office's today. Runs on a worker thread."""
    now = dt.datetime.now(dt.timezone.utc)
    calendar = office.ready_calendar(now, actor.office_id)
    return {"categories": office.list_categories(active_only=False, office_id=actor.office_id),
            "sections": office.list_sections(active_only=False, office_id=actor.office_id),
            "officers": [u for u in users.list_users(actor) if u.role == workflow.Role.CSO],
            "tz": calendar.tz,
            "calendar": calendar}


def _fill(combo, any_label: str, items: list[tuple[str, object]]) -> None:
    """Replace a combo's choices, keeping the current one when it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(any_label, None)
    for label, data in items:
        combo.addItem(label, data)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


class QueuePage(OpensConsultationRows, QWidget):
    """``open_consultation(id)`` asks the main window to open a consultation."""

    open_consultation = Signal(int)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_QueuePage()
        self.ui.setupUi(self)
        self.tz = ZoneInfo(DEFAULT_TIMEZONE)     # until the office's own zone is loaded
        self.model = ConsultationTableModel(session, self)
        configure_view(self.ui.table, self.model)
        self.errors = FieldErrors({"date_to": (self.ui.toEdit, self.ui.date_toError)})
        self._list_buttons = {TODAY: self.ui.todayButton, MINE: self.ui.mineButton,
                              WAITING: self.ui.waitingButton, ESCALATED: self.ui.escalatedButton,
                              OVERDUE: self.ui.overdueButton, ALL: self.ui.allButton}
        self._selected_id: int | None = None
        #: Until the user picks a list, the page may choose one ('Semua' on a day off).
        self._list_chosen = False
        self.filterLabel = QLabel(self)
        self.filterLabel.setObjectName("filterLabel")
        self.filterLabel.setStyleSheet(FILTER_STYLE)
        self.filterLabel.hide()
        row = self.ui.countLabel.parentWidget().layout()
        if row is not None and row.indexOf(self.ui.countLabel) >= 0:
            row.insertWidget(row.indexOf(self.ui.countLabel) + 1, self.filterLabel)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.clock_timer = MinuteTimer(self)
        self._fill_static_choices()
        today = self.today()
        for edit in (self.ui.fromEdit, self.ui.toEdit):
            edit.setDate(QDate(today.year, today.month, today.day))
        self._on_dateCheck_toggled(False)
        self._connect_signals()
        self._update_fixed_fields()
        # A shortcut of the search box, not an event filter (see intake_stakeholder).
        self.search_down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.ui.searchEdit)
        self.search_down.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.search_down.activated.connect(self._on_searchDown_activated)
        self.apply_filter()
        self._load_choices()
        self.clock_timer.start()

    def _fill_static_choices(self) -> None:
        _fill(self.ui.channelCombo, self.tr("Semua kanal"),
              [(i18n.message(label), code) for code, label in validation.CHANNELS])
        _fill(self.ui.stateCombo, self.tr("Semua status"),
              [(self.tr("Belum selesai"), OPEN)]
              + [(i18n.message(label), state.value) for state, label in workflow.STATE_LABELS.items()])

    def _connect_signals(self) -> None:
        ui = self.ui
        for button in self._list_buttons.values():
            button.toggled.connect(self._on_listButton_toggled)
            button.pressed.connect(self._on_listButton_pressed)
        ui.searchEdit.textChanged.connect(self._on_searchEdit_textChanged)
        ui.searchEdit.returnPressed.connect(self._on_searchEdit_returnPressed)
        self.search_timer.timeout.connect(self.apply_filter)
        ui.clearButton.clicked.connect(self._on_clearButton_clicked)
        ui.dateCheck.toggled.connect(self._on_dateCheck_toggled)
        ui.fromEdit.dateChanged.connect(self._on_dateEdit_dateChanged)
        ui.toEdit.dateChanged.connect(self._on_dateEdit_dateChanged)
        for combo in (ui.channelCombo, ui.categoryCombo, ui.sectionCombo, ui.officerCombo,
                      ui.stateCombo):
            combo.currentIndexChanged.connect(self._on_filterCombo_currentIndexChanged)
        ui.table.activated.connect(self._on_table_activated)
        ui.openButton.clicked.connect(self._on_openButton_clicked)
        self.model.count_loaded.connect(self._on_model_count_loaded)
        self.model.count_capped.connect(self._on_model_count_capped)
        self.model.load_failed.connect(self._on_model_load_failed)
        self.model.modelAboutToBeReset.connect(self._on_model_modelAboutToBeReset)
        self.model.modelReset.connect(self._on_model_modelReset)
        self.session.data_changed.connect(self._on_session_data_changed)
        self.clock_timer.timeout.connect(self._on_clock_timer_timeout)

    # --- public ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch the list again (fresh 'now' and 'today') and the filter choices; the selection
        stays."""
        self._load_choices()
        flt = self.build_filter()
        if flt is not None:
            self.model.reload(flt)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def current_list(self) -> str:
        return next(key for key, button in self._list_buttons.items() if button.isChecked())

    def show_list(self, key: str) -> None:
        self._list_buttons[key].setChecked(True)

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)

    def today(self) -> dt.date:
        """The office-local date of ``now()``."""
        return self.now().astimezone(self.tz).date()

    def build_filter(self) -> ListFilter | None:
        """The filter the widgets describe, or None (with the message beside the dates) when the
        date range is impossible."""
        ui, key = self.ui, self.current_list()
        values: dict = {}
        if key == TODAY:
            values["date_from"] = values["date_to"] = self.today()
        elif ui.dateCheck.isChecked():
            first, last = ui.fromEdit.date().toPython(), ui.toEdit.date().toPython()
            if last < first:
                self.errors.show(ValidationError(
                    {"date_to": self.tr("Tanggal akhir tidak boleh sebelum tanggal awal.")}))
                return None
            values["date_from"], values["date_to"] = first, last
        self.errors.clear()
        if key == MINE:
            values["officer_id"] = self.session.actor.user_id
        elif ui.officerCombo.currentData() is not None:
            values["officer_id"] = ui.officerCombo.currentData()
        if key == WAITING:
            values["states"] = (workflow.State.WAITING_DOCUMENTS.value,)
        elif key == ESCALATED:
            values["states"] = (workflow.State.ESCALATED.value,)
        elif (state := ui.stateCombo.currentData()) is not None:
            values["states"] = (tuple(s.value for s in workflow.State if s in workflow.OPEN_STATES)
                                if state == OPEN else (state,))
        if key == OVERDUE:
            values["overdue_at"] = self.now()
        for name, combo in (("channel", ui.channelCombo), ("category_id", ui.categoryCombo),
                            ("section_id", ui.sectionCombo)):
            if combo.currentData() is not None:
                values[name] = combo.currentData()
        values["text"] = ui.searchEdit.text().strip()
        return ListFilter(**values)

    def apply_filter(self) -> None:
        """Show the list the widgets describe (from the top)."""
        self.search_timer.stop()
        flt = self.build_filter()
        if flt is None:
            return
        self._show_active_filters()
        if flt != self.model.filter:
            self.ui.countLabel.setText(self.tr("Memuat…"))
            self.model.set_filter(flt)

    # --- choices ---------------------------------------------------------------------------

    def _load_choices(self) -> None:
        actor = self.session.actor
        self.session.runner.run(lambda: _load_choices(actor), self._on_choices_loaded,
                                lambda exc: show_exception(self, exc))

    def _on_choices_loaded(self, data: dict) -> None:
        self.tz = data["tz"]
        calendar = data["calendar"]
        if not self._list_chosen and self.current_list() == TODAY \
                and not calendar.is_working_day(calendar.local(self.now()).date()):
            self._list_chosen = True
            self.ui.allButton.setChecked(True)      # 'Hari ini' is empty on a day off
        inactive = self.tr(" (nonaktif)")
        _fill(self.ui.categoryCombo, self.tr("Semua kategori"),
              [(c.name + ("" if c.active else inactive), c.id) for c in data["categories"]])
        _fill(self.ui.sectionCombo, self.tr("Semua seksi"),
              [(s.name + ("" if s.active else inactive), s.id) for s in data["sections"]])
        _fill(self.ui.officerCombo, self.tr("Semua petugas"),
              [(u.full_name + ("" if u.active else inactive), u.id) for u in data["officers"]])

    # --- slots -----------------------------------------------------------------------------

    def _update_fixed_fields(self) -> None:
        """Fields the chosen list decides are greyed out (the list wins over them)."""
        key = self.current_list()
        ui = self.ui
        dates = key != TODAY
        ui.dateCheck.setEnabled(dates)
        for widget in (ui.fromEdit, ui.toEdit, ui.fromLabel, ui.toLabel):
            widget.setEnabled(dates and ui.dateCheck.isChecked())
        ui.officerCombo.setEnabled(key != MINE)
        ui.stateCombo.setEnabled(key not in (WAITING, ESCALATED))

    def _on_listButton_pressed(self) -> None:
        self._list_chosen = True

    def _on_listButton_toggled(self, checked: bool) -> None:
        if not checked:
            return      # the button losing its check; the one gaining it does the work
        # A list starts clean: a search or filter left from another list would hide its rows.
        self._reset_filters()
        self._update_fixed_fields()
        self.apply_filter()

    def _on_searchEdit_textChanged(self, _text: str) -> None:
        self.search_timer.start()

    def _on_searchEdit_returnPressed(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.ui.table.setFocus()

    def _on_clearButton_clicked(self) -> None:
        self._reset_filters()
        self._update_fixed_fields()
        self.apply_filter()
        self.ui.searchEdit.setFocus()

    def _reset_filters(self) -> None:
        """Search text, dates and every filter back to 'all', without loading."""
        ui = self.ui
        self.search_timer.stop()
        for widget in (ui.searchEdit, ui.dateCheck, ui.channelCombo, ui.categoryCombo,
                       ui.sectionCombo, ui.officerCombo, ui.stateCombo):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        ui.dateCheck.setChecked(False)
        for combo in (ui.channelCombo, ui.categoryCombo, ui.sectionCombo, ui.officerCombo,
                      ui.stateCombo):
            combo.setCurrentIndex(0)
        for widget in (ui.searchEdit, ui.dateCheck, ui.channelCombo, ui.categoryCombo,
                       ui.sectionCombo, ui.officerCombo, ui.stateCombo):
            widget.blockSignals(False)

    def active_filters(self) -> list[str]:
        """What narrows the chosen list besides the list itself, in words."""
        ui = self.ui
        parts = []
        if ui.searchEdit.text().strip():
            parts.append(self.tr("teks “{text}”").format(text=ui.searchEdit.text().strip()))
        for combo in (ui.channelCombo, ui.categoryCombo, ui.sectionCombo, ui.officerCombo,
                      ui.stateCombo):
            if combo.isEnabled() and combo.currentIndex() > 0:
                parts.append(combo.currentText())
        if ui.dateCheck.isEnabled() and ui.dateCheck.isChecked():
            parts.append(self.tr("tanggal {a}–{b}").format(
                a=ui.fromEdit.date().toString("dd/MM/yyyy"),
                b=ui.toEdit.date().toString("dd/MM/yyyy")))
        return parts

    def _show_active_filters(self) -> None:
        parts = self.active_filters()
        self.filterLabel.setText(self.tr("Filter aktif: {parts}").format(parts=", ".join(parts)))
        self.filterLabel.setVisible(bool(parts))

    def _on_dateCheck_toggled(self, _checked: bool) -> None:
        self._update_fixed_fields()
        if hasattr(self, "model") and self.model.filter is not None:
            self.apply_filter()

    def _on_dateEdit_dateChanged(self, _date) -> None:
        if self.ui.dateCheck.isChecked():
            self.apply_filter()

    def _on_filterCombo_currentIndexChanged(self, _index: int) -> None:
        self.apply_filter()

    def _on_model_count_loaded(self, count: int) -> None:
        self.ui.countLabel.setText(self.tr("{n} konsultasi").format(n=formatting.format_number(count)))

    def _on_model_count_capped(self, cap: int) -> None:
        self.ui.countLabel.setText(self.tr("lebih dari {n} konsultasi").format(
            n=formatting.format_number(cap)))

    def _on_model_load_failed(self) -> None:
        if not self.model.loaded:
            self.ui.countLabel.setText(self.tr("Daftar gagal dimuat (tekan F5 untuk mencoba lagi)"))

    def _on_model_modelAboutToBeReset(self) -> None:
        index = self.ui.table.currentIndex()
        self._selected_id = self.model.consultation_id(index.row()) if index.isValid() else None

    def _on_model_modelReset(self) -> None:
        if self._selected_id is None:
            return
        row = self.model.row_of(self._selected_id)
        if row is not None:
            self.ui.table.selectRow(row)

    def _on_session_data_changed(self) -> None:
        self.refresh()

    def _on_clock_timer_timeout(self) -> None:
        if self.isVisible() and self.current_list() in (OVERDUE, TODAY):
            flt = self.build_filter()
            if flt is not None:
                self.model.reload(flt)

    def _on_searchDown_activated(self) -> None:
        """Down arrow in the search box goes to the list, as in a browser's address bar."""
        if self.model.rowCount():
            self.ui.table.setFocus()
            if not self.ui.table.currentIndex().isValid():
                self.ui.table.selectRow(0)

"""Eskalasi seksi: the Kepala Seksi's inbox. The section's open escalations, nearest solution
deadline first, with how many fall due today, are late, and how many progress updates were
missed. A double click or Enter opens the consultation, where the Kasi responds or resolves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

from kppn_desktop.domain import workflow
from kppn_desktop.gui.forms.ui_kasi_inbox_page import Ui_KasiInboxPage
from kppn_desktop.gui.lists.consultation_model import (
    COL_DEADLINE,
    COL_STATUS,
    ConsultationTableModel,
    OpensConsultationRows,
    configure_view,
)
from kppn_desktop.gui.startup.errors import show_exception
from kppn_desktop.services import inbox, office
from kppn_desktop.services.queries import ListFilter

COUNT_STYLE = "font-size: 11pt; padding: 2px 10px; border-radius: 4px; {colour}"
CALM = "background: #eef1f4; color: #333;"
ALERT = {"due": "background: #fff1cc; color: #7a4f00;",
         "late": "background: #fbe3e1; color: #b3261e;"}
#: The counts are taken again this often while the page shows (deadlines pass without events).
COUNTS_MS = 60_000


class KasiInboxPage(OpensConsultationRows, QWidget):
    """``open_consultation(id)`` asks the main window to open a consultation."""

    open_consultation = Signal(int)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_KasiInboxPage()
        self.ui.setupUi(self)
        self.section_id = session.actor.section_id
        self.counts: inbox.InboxCounts | None = None
        self._counts_generation = 0
        self.model = ConsultationTableModel(session, self)
        # Every row here is escalated: the status column tells each case's progress updates
        # instead, and the deadline column its solution date as well as the time left.
        self.model.column_text = self._column_text
        self.model.column_titles = {COL_STATUS: self.tr("Progres ke stakeholder"),
                                    COL_DEADLINE: self.tr("Batas solusi")}
        configure_view(self.ui.table, self.model, samples={
            COL_STATUS: ("12 terlewat (terakhir 27/11)", "berikutnya 30/11 15:00"),
            COL_DEADLINE: ("01/12 15:00 · sisa 3 hari kerja", "13/03 15:00 · lewat 2 hari kerja")})
        self.counts_timer = QTimer(self)
        self.counts_timer.setInterval(COUNTS_MS)
        self.ui.noSectionLabel.setVisible(self.section_id is None)
        self.ui.table.setVisible(self.section_id is not None)
        self._show_counts(None)
        self._connect_signals()
        if self.section_id is not None:
            self.model.set_filter(self.list_filter())
        self._load_counts()
        self.counts_timer.start()

    def _connect_signals(self) -> None:
        self.ui.table.activated.connect(self._on_table_activated)
        self.ui.openButton.clicked.connect(self._on_openButton_clicked)
        self.session.data_changed.connect(self._on_session_data_changed)
        self.counts_timer.timeout.connect(self._on_counts_timer_timeout)

    def list_filter(self) -> ListFilter:
        return ListFilter(states=(workflow.State.ESCALATED.value,), section_id=self.section_id,
                          order="deadline")

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)

    # --- public ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Fetch the escalations and the counts again."""
        if self.section_id is not None:
            self.model.reload()
        self._load_counts()

    # --- counts ----------------------------------------------------------------------------

    def _load_counts(self) -> None:
        actor, section_id, now = self.session.actor, self.section_id, self.now()
        self._counts_generation += 1
        generation = self._counts_generation

        def work():
            names = {s.id: s.name for s in office.list_sections(active_only=False,
                                                                office_id=actor.office_id)}
            return (generation, names.get(section_id, ""),
                    inbox.section_inbox_counts(actor, section_id, now))

        self.session.runner.run(work, self._on_counts_loaded, lambda exc: show_exception(self, exc))

    def _column_text(self, s, column: int) -> str | None:
        calendar = self.model.calendar
        if column == COL_DEADLINE and s.solution_due_at is not None and calendar is not None:
            left = self.model.deadline_of(s)[0]
            due = calendar.local(s.solution_due_at)
            return f"{due:%d/%m %H:%M} · {left}"
        if column != COL_STATUS:
            return None
        state = self.counts.progress.get(s.id) if self.counts is not None else None
        if state is None:
            return ""
        if state.missed:
            return self.tr("{n} terlewat (terakhir {day})").format(
                n=state.missed, day=f"{state.last_missed:%d/%m}")
        if state.next_due is not None and calendar is not None:
            return self.tr("berikutnya {when}").format(
                when=f"{calendar.local(state.next_due):%d/%m %H:%M}")
        return self.tr("tepat waktu")

    def _on_counts_loaded(self, result) -> None:
        generation, section_name, counts = result
        if generation != self._counts_generation:
            return      # an older request finished after a newer one
        if section_name:
            self.ui.titleLabel.setText(self.tr("Eskalasi {name}").format(name=section_name))
        self.counts = counts
        self._show_counts(counts)
        if self.model.rowCount():     # the progress column reads the fresh counts
            self.model.dataChanged.emit(self.model.index(0, COL_STATUS),
                                        self.model.index(self.model.rowCount() - 1, COL_DEADLINE))

    def _show_counts(self, counts: inbox.InboxCounts | None) -> None:
        ui = self.ui
        if counts is None:
            for label in (ui.openCountLabel, ui.dueTodayLabel, ui.overdueLabel, ui.missedLabel):
                label.setText(self.tr("Memuat…"))
                label.setStyleSheet(COUNT_STYLE.format(colour=CALM))
            return
        ui.openCountLabel.setText(self.tr("Menunggu solusi: {n}").format(n=counts.escalated))
        ui.dueTodayLabel.setText(self.tr("Jatuh tempo hari ini: {n}").format(n=counts.due_today))
        ui.overdueLabel.setText(self.tr("Terlambat: {n}").format(n=counts.overdue))
        ui.missedLabel.setText(self.tr("Progres terlewat: {n}").format(n=counts.missed_updates))
        ui.missedLabel.setToolTip(self.tr("Pada {n} konsultasi yang dieskalasi").format(
            n=counts.with_missed_updates))
        ui.openCountLabel.setStyleSheet(COUNT_STYLE.format(colour=CALM))
        for label, n, alert in ((ui.dueTodayLabel, counts.due_today, "due"),
                                (ui.overdueLabel, counts.overdue, "late"),
                                (ui.missedLabel, counts.missed_updates, "late")):
            label.setStyleSheet(COUNT_STYLE.format(colour=ALERT[alert] if n else CALM))

    # --- slots -----------------------------------------------------------------------------

    def _on_session_data_changed(self) -> None:
        self.refresh()

    def _on_counts_timer_timeout(self) -> None:
        if self.isVisible():
            self._load_counts()

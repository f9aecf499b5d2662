"""One consultation in its own window: who asked what, the answer, its history, its three clocks
with their explanations, attachments and document requests, and buttons for exactly the actions
the logged-in user may take now. Non-modal: several can be open beside the lists."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QPushButton, QTabBar, QWidget

from kppn_desktop.domain import validation
from kppn_desktop.domain.clocks import ClockStatus
from kppn_desktop.domain.errors import ConflictError
from kppn_desktop.domain.events import EventKind
from kppn_desktop.domain.standards import DEFAULT_TIMEZONE
from kppn_desktop.domain.texts import N_
from kppn_desktop.domain.workflow import Action, State
from kppn_desktop.gui.consultation.actions import DIALOGS, ActionDialog
from kppn_desktop.gui.consultation.jobs import (
    LoadedConsultation,
    attach_paths,
    fetch_attachment,
    load_consultation,
)
from kppn_desktop.gui.consultation.library_panel import LibraryPanel
from kppn_desktop.gui.consultation.tables import (
    STATUS_LABELS,
    AttachmentsModel,
    ClocksModel,
    DocumentsModel,
    TimelineModel,
)
from kppn_desktop.gui.forms.ui_consultation_window import Ui_ConsultationWindow
from kppn_desktop.gui.language import formatting, i18n
from kppn_desktop.gui.printing.paper_menu import PaperMenu
from kppn_desktop.gui.startup.errors import show_exception
from kppn_desktop.gui.widgets.common import ERROR_STYLE, MinuteTimer
from kppn_desktop.gui.widgets.geometry import PreserveGeometry
from kppn_desktop.services import consultations

FILE_FILTER = N_("Dokumen (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;Semua berkas (*)")
STATE_STYLES = {
    State.RESOLVED: "background: #2e7d32; color: white;",
    State.ESCALATED: "background: #f0a500; color: black;",
    State.WAITING_DOCUMENTS: "background: #9e9e9e; color: white;",
}
DEFAULT_STATE_STYLE = "background: #1565c0; color: white;"
PASSED_STYLE = "background: #b3261e; color: white;"


class ConsultationWindow(PreserveGeometry, QDialog):
    """``reload()`` fetches the consultation again (on a worker thread); ``loaded`` fires with the
    :class:`ConsultationDetail` each time it arrives. ``dialog`` is the last action dialog opened.
    ``open_url`` and ``choose_files`` may be replaced (tests)."""

    geometry_key = "consultation"
    loaded = Signal(object)

    #: workflow action -> its button in ui/consultation_window.ui (shown while the action is
    #: allowed; its dialog is ``actions.DIALOGS[action]``, except for starting the service).
    ACTION_BUTTONS = {
        Action.START_SERVICE: "startServiceButton",
        Action.RESOLVE: "resolveButton",
        Action.ESCALATE: "escalateButton",
        Action.REROUTE: "rerouteButton",
        Action.PROGRESS_UPDATE: "progressButton",
        Action.KASI_RESPONSE: "kasiResponseButton",
        Action.REQUEST_DOCUMENTS: "requestDocumentsButton",
        Action.RECEIVE_DOCUMENTS: "documentsReceivedButton",
        Action.REOPEN: "reopenButton",
    }

    def __init__(self, session, consultation_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.consultation_id = consultation_id
        self.data: LoadedConsultation | None = None
        self.detail = None
        self.version: int | None = None
        self.tz = DEFAULT_TIMEZONE
        self.dialog: ActionDialog | None = None
        self.ui = Ui_ConsultationWindow()
        self.ui.setupUi(self)
        self.setModal(False)
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.WindowMinMaxButtonsHint
                            | Qt.WindowType.WindowCloseButtonHint)
        self.open_url = QDesktopServices.openUrl
        self.choose_files = self._choose_files
        self._loading = False
        self._reload_again = False
        self._finished = False
        self.timeline = TimelineModel(self)
        self.clocks = ClocksModel(self)
        self.attachments = AttachmentsModel(self)
        self.documents = DocumentsModel(self)
        # Answers at hand (issue 12): the library's best hits for this question, beside it.
        self.library = LibraryPanel(session, self.ui.questionBox)
        self.ui.questionLayout.addWidget(self.library, 1)
        self.ui.timelineView.setModel(self.timeline)
        self.ui.clocksView.setModel(self.clocks)
        self.ui.attachmentsView.setModel(self.attachments)
        self.ui.documentsView.setModel(self.documents)
        for view in (self.ui.timelineView, self.ui.clocksView, self.ui.attachmentsView,
                     self.ui.documentsView):
            view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        # The clock table fits its width: the short columns as wide as their contents, 'Terpakai'
        # and 'Sisa / lewat' share the rest and wrap, so the figure that matters is never cut off.
        header = self.ui.clocksView.horizontalHeader()
        for column in range(self.clocks.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.ui.clocksView.setWordWrap(True)
        self.ui.clocksView.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        # A window, not a form: Enter must not press whichever button happens to be first.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.ui.attachmentsError.setStyleSheet(ERROR_STYLE)
        self.ui.attachmentsError.setWordWrap(True)
        self.ui.attachmentsError.hide()
        self.ui.mainSplitter.setSizes([370, 290])
        self.ui.topSplitter.setSizes([500, 640])
        self.resolve_shortcuts = [QShortcut(QKeySequence(k), self) for k in ("Ctrl+Return", "Ctrl+Enter")]
        self.escalate_shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        self.reload_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        self.tick = MinuteTimer(self)
        self.slip_menu = PaperMenu(self, session, self.ui.printSlipButton, "slip",
                                   lambda: self.consultation_id)
        self.receipt_menu = PaperMenu(self, session, self.ui.printReceiptButton, "receipt",
                                      lambda: self.consultation_id)
        self.ui.printReceiptButton.setEnabled(False)
        # One visit, several questions: a tab per question switches this window between them.
        self.visitTabs = QTabBar(self)
        self.visitTabs.setObjectName("visitTabs")
        self.visitTabs.setExpanding(False)
        self.visitTabs.setAccessibleName(self.tr("Pertanyaan dalam kunjungan ini"))
        self.visitTabs.hide()
        self.ui.mainLayout.insertWidget(0, self.visitTabs)
        self._show_actions(())
        self._connect_signals()
        self.restore_geometry()
        self.tick.start()
        self.reload()

    def _connect_signals(self) -> None:
        ui = self.ui
        for code, name in self.ACTION_BUTTONS.items():
            getattr(ui, name).clicked.connect(partial(self._on_actionButton_clicked, code))
        ui.reloadButton.clicked.connect(self.reload)
        ui.closeButton.clicked.connect(self.close)
        ui.clocksView.selectionModel().currentRowChanged.connect(self._on_clocksView_currentRowChanged)
        ui.attachmentsView.selectionModel().currentRowChanged.connect(
            self._on_attachmentsView_currentRowChanged)
        ui.attachmentsView.doubleClicked.connect(self._on_openAttachmentButton_clicked)
        ui.openAttachmentButton.clicked.connect(self._on_openAttachmentButton_clicked)
        ui.addAttachmentButton.clicked.connect(self._on_addAttachmentButton_clicked)
        ui.removeAttachmentButton.clicked.connect(self._on_removeAttachmentButton_clicked)
        for shortcut in self.resolve_shortcuts:
            shortcut.activated.connect(lambda: self.open_action(Action.RESOLVE))
        self.escalate_shortcut.activated.connect(lambda: self.open_action(Action.ESCALATE))
        self.reload_shortcut.activated.connect(self.reload)
        self.tick.timeout.connect(self._on_tick_timeout)
        self.session.consultations_changed.connect(self._on_session_consultations_changed)
        self.visitTabs.currentChanged.connect(self._on_visitTabs_currentChanged)

    # --- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the consultation again; what is typed in an open dialog stays."""
        if self._finished:
            return
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        actor, consultation_id = self.session.actor, self.consultation_id
        self.session.runner.run(lambda: load_consultation(actor, consultation_id),
                                self._on_loaded, self._on_load_failed)

    @property
    def loading(self) -> bool:
        """True while a reload is on its way (or another is queued behind it)."""
        return self._loading or self._reload_again

    def _load_settled(self) -> bool:
        """Marks the load finished; True when the result should be shown."""
        self._loading = False
        if self._reload_again and not self._finished:
            self._reload_again = False
            self.reload()
        return not self._finished

    def _on_load_failed(self, exc: Exception) -> None:
        if self._load_settled():
            show_exception(self, exc)

    def _on_job_failed(self, exc: Exception) -> None:
        # The window may have been closed (and deleted) while the job ran.
        show_exception(None if self._finished else self, exc)

    def _on_loaded(self, data: LoadedConsultation) -> None:
        if not self._load_settled() or data.detail.summary.id != self.consultation_id:
            return      # closed, or switched to another question of the visit meanwhile
        self.data, self.detail, self.tz = data, data.detail, data.timezone
        self.version = data.detail.summary.version
        self._show_header(data)
        self._show_visit(data.detail)
        self._show_texts(data.detail)
        self.timeline.set_names(data.section_names, data.category_names)
        self.timeline.set_rows(data.detail.timeline, self.tz)
        self._show_clocks(data.detail)
        self.attachments.set_rows(data.detail.attachments, self.tz)
        self.documents.set_rows(data.detail.document_requests, self.tz)
        self._show_tab_titles(data.detail)
        for view in (self.ui.timelineView, self.ui.attachmentsView, self.ui.documentsView):
            view.resizeColumnsToContents()
        self._show_actions(data.detail.allowed_actions)
        self.ui.printReceiptButton.setEnabled(data.detail.summary.state == State.RESOLVED)
        self._on_attachmentsView_currentRowChanged()
        self.loaded.emit(data.detail)

    # --- showing ----------------------------------------------------------------------------

    def passed_limit(self, detail) -> str:
        """'' unless an open consultation's current clock has passed its limit: then which."""
        if detail.summary.state == State.RESOLVED or not detail.clocks:
            return ""
        current = detail.clocks[-1]
        if current.solution is not None and current.solution.status is ClockStatus.BREACHED:
            return self.tr("batas solusi terlampaui")
        if current.solution is None and current.service.status is ClockStatus.BREACHED:
            return self.tr("batas layanan terlampaui")
        return ""

    def _show_header(self, data: LoadedConsultation) -> None:
        ui, detail = self.ui, data.detail
        summary, person = detail.summary, detail.stakeholder
        self.setWindowTitle(self.tr("Konsultasi {number} — {name}").format(
            number=summary.number, name=person.name))
        ui.numberLabel.setText(summary.number)
        status = i18n.message(summary.state_label)
        if detail.cycle > 1:
            status += " · " + self.tr("siklus {n}").format(n=detail.cycle)
        style = STATE_STYLES.get(summary.state, DEFAULT_STATE_STYLE)
        passed = self.passed_limit(detail)
        if passed:     # the badge agrees with the clock table: the limit has passed
            status += " · " + passed
            style = PASSED_STYLE
        ui.statusLabel.setText(status)
        ui.statusLabel.setStyleSheet(style + " border-radius: 4px; padding: 3px 10px;"
                                     " font-weight: 600;")
        who = [person.display, i18n.message(person.kind_label)]
        if person.phone:
            who.append(person.phone)
        ui.stakeholderValue.setText(" · ".join(p for p in who if p))
        channel = i18n.message(validation.CHANNEL_LABELS.get(summary.channel, summary.channel))
        if detail.external_ref:
            channel += " — " + self.tr("ref. {ref}").format(ref=detail.external_ref)
        ui.channelValue.setText(channel)
        ui.receivedValue.setText(formatting.format_datetime(summary.received_at, self.tz))
        ui.categoryValue.setText(summary.category)
        section = summary.section or "—"
        headless = (summary.state == State.ESCALATED
                    and summary.section_id not in self.data.sections_with_head)
        if headless:       # nobody's inbox shows it: say so where the section is named
            section += " — " + self.tr("belum ada Kepala Seksi aktif; pindahkan eskalasi")
        ui.sectionValue.setText(section)
        ui.sectionValue.setStyleSheet("color: #8a5300; font-weight: 600;" if headless else "")
        ui.officerValue.setText(summary.officer)
        contact = " · ".join(p for p in (detail.contact_person, detail.contact_phone) if p)
        ui.contactValue.setText(contact or "—")

    def _show_visit(self, detail) -> None:
        tabs, others = self.visitTabs, detail.visit_consultations
        tabs.blockSignals(True)
        while tabs.count():
            tabs.removeTab(0)
        for n, (consultation_id, number) in enumerate(others, start=1):
            index = tabs.addTab(self.tr("Pertanyaan {n} · {number}").format(n=n, number=number))
            tabs.setTabData(index, consultation_id)
            if consultation_id == self.consultation_id:
                tabs.setCurrentIndex(index)
        tabs.blockSignals(False)
        tabs.setVisible(len(others) > 1)

    def show_consultation(self, consultation_id: int) -> None:
        """Switch to another question of the same visit (its own number, clocks and files)."""
        if consultation_id != self.consultation_id:
            self.consultation_id = consultation_id
            self._attachment_problem("")
            self.reload()

    def _on_visitTabs_currentChanged(self, index: int) -> None:
        if index >= 0:
            self.show_consultation(self.visitTabs.tabData(index))

    def _show_texts(self, detail) -> None:
        self.ui.questionText.setPlainText(detail.question)
        self.library.search_now(detail.question)
        self.ui.answerText.setPlainText(detail.answer or self.tr("(belum dijawab)"))
        self.ui.regulationValue.setText(
            self.tr("Dasar peraturan/juknis: {text}").format(text=detail.regulation)
            if detail.regulation else "")
        self.ui.regulationValue.setVisible(bool(detail.regulation))

    def _show_clocks(self, detail) -> None:
        previous = self.ui.clocksView.currentIndex().row()
        count_before = self.clocks.rowCount()
        self.clocks.set_cycles(detail.clocks, self.tz, self.data.calendar)
        row = previous if 0 <= previous < self.clocks.rowCount() and \
            count_before == self.clocks.rowCount() else self.clocks.default_row()
        if row >= 0:
            self.ui.clocksView.selectRow(row)
        self._show_explanation(row)

    def _show_explanation(self, row: int) -> None:
        if row < 0 or row >= self.clocks.rowCount():
            self.ui.explanationText.clear()
            return
        cycle, kind, clock = self.clocks.rows[row]
        if clock is None:
            title = self.tr("Siklus {n} — {name}: {status}").format(
                n=cycle, name=i18n.message(kind), status=i18n.message(STATUS_LABELS[None]))
            lines = [self.tr("Jam solusi dan progres berjalan setelah konsultasi dieskalasi "
                             "ke Kepala Seksi.")]
        else:
            title = self.tr("Siklus {n} — {name}: {status}").format(
                n=cycle, name=i18n.message(clock.name), status=i18n.message(STATUS_LABELS[clock.status]))
            lines = [i18n.message(line) for line in clock.explanation]
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
        self.ui.explanationText.setHtml(f"<p><b>{html.escape(title)}</b></p><ul>{items}</ul>")

    def _show_tab_titles(self, detail) -> None:
        tabs = self.ui.detailTabs
        active = sum(1 for a in detail.attachments if a.removed_at is None)
        waiting = sum(1 for r in detail.document_requests if r.received_at is None)
        tabs.setTabText(tabs.indexOf(self.ui.timelineTab),
                        self.tr("Riwayat ({n})").format(n=len(detail.timeline)))
        tabs.setTabText(tabs.indexOf(self.ui.attachmentsTab),
                        self.tr("Lampiran ({n})").format(n=active))
        documents = self.tr("Permintaan dokumen ({n})").format(n=len(detail.document_requests))
        if waiting:
            documents += " · " + self.tr("{n} belum diterima").format(n=waiting)
        tabs.setTabText(tabs.indexOf(self.ui.documentsTab), documents)

    def _show_actions(self, allowed) -> None:
        offered = False
        for code, name in self.ACTION_BUTTONS.items():
            getattr(self.ui, name).setVisible(code in allowed)
            offered = offered or code in allowed
        self.ui.noActionsLabel.setVisible(self.detail is not None and not offered)
        for shortcut in self.resolve_shortcuts:
            shortcut.setEnabled(Action.RESOLVE in allowed)
        self.escalate_shortcut.setEnabled(Action.ESCALATE in allowed)
        self.ui.addAttachmentButton.setVisible(Action.ATTACH in allowed)
        self.ui.removeAttachmentButton.setVisible(Action.REMOVE_ATTACHMENT in allowed)

    def offered_actions(self) -> list[Action]:
        """The actions whose buttons are shown now."""
        return [code for code, name in self.ACTION_BUTTONS.items()
                if not getattr(self.ui, name).isHidden()]

    # --- actions ----------------------------------------------------------------------------

    def _on_actionButton_clicked(self, code: Action, *_checked) -> None:
        if code == Action.START_SERVICE:
            self.start_service()
        else:
            self.open_action(code)

    def open_action(self, code: Action) -> ActionDialog | None:
        """Open the dialog of ``code`` (a workflow action) if the user may take it now."""
        if self.detail is None or code not in self.detail.allowed_actions or code not in DIALOGS:
            return None
        dialog_class = DIALOGS[code]
        options = dialog_class.options(self)
        if options is None:
            return None
        dialog = self._open_dialog(dialog_class(self.session, self.consultation_id,
                                                lambda: self.version, parent=self, **options))
        if code == Action.RESOLVE:
            response = self.kasi_response()
            if response is not None:   # the Kepala Seksi's answer, offered as the answer
                dialog.offer_kasi_response(response.actor, response.data.get("catatan", ""))
        return dialog

    def kasi_response(self):
        """The Kepala Seksi's latest response in the current cycle (after the last reopening),
        or None."""
        latest = None
        for entry in self.detail.timeline:
            if entry.kind == EventKind.REOPENED.value:
                latest = None
            elif entry.kind == EventKind.KASI_RESPONSE.value:
                latest = entry
        return latest

    def _open_dialog(self, dialog: ActionDialog) -> ActionDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.saved.connect(self._on_dialog_saved)
        dialog.conflict.connect(self.reload)
        dialog.open()
        return dialog

    def start_service(self) -> None:
        """On the worker, like every change; the button waits meanwhile."""
        actor, consultation_id, version = self.session.actor, self.consultation_id, self.version
        self.ui.startServiceButton.setEnabled(False)
        self.session.runner.run(
            lambda: consultations.start_service(actor, consultation_id, expected_version=version),
            self._on_service_started, self._on_start_failed)

    def _on_service_started(self, _result) -> None:
        self.ui.startServiceButton.setEnabled(True)
        self._after_change()

    def _on_start_failed(self, exc: Exception) -> None:
        self.ui.startServiceButton.setEnabled(True)
        show_exception(self, exc)
        if isinstance(exc, ConflictError):
            self.reload()

    def _on_dialog_saved(self, _result) -> None:
        problems = getattr(self.dialog, "attach_problems", [])
        self._attachment_problem("\n".join(problems))
        self._after_change()

    def _after_change(self) -> None:
        self.session.changed([self.consultation_id])     # this window reloads with the others

    # --- attachments ------------------------------------------------------------------------

    def selected_attachment(self):
        return self.attachments.attachment(self.ui.attachmentsView.currentIndex().row())

    def _on_attachmentsView_currentRowChanged(self, *_args) -> None:
        info = self.selected_attachment()
        self.ui.openAttachmentButton.setEnabled(info is not None)
        self.ui.removeAttachmentButton.setEnabled(info is not None and info.removed_at is None)

    def _attachment_problem(self, text: str) -> None:
        self.ui.attachmentsError.setText(text)
        self.ui.attachmentsError.setVisible(bool(text))

    def _on_openAttachmentButton_clicked(self, *_args) -> None:
        info = self.selected_attachment()
        if info is None:
            return
        actor = self.session.actor
        self.session.runner.run(lambda: fetch_attachment(actor, info.id),
                                self._on_attachment_fetched, self._on_job_failed)

    def _on_attachment_fetched(self, path) -> None:
        if self._finished:
            return
        if self.open_url(QUrl.fromLocalFile(str(path))) is False:
            self._attachment_problem(self.tr("Tidak ada aplikasi untuk membuka berkas ini. "
                                             "Berkas disimpan di {path}").format(path=path))
        else:
            self._attachment_problem("")

    def _choose_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Tambah lampiran"), "",
                                                i18n.message(FILE_FILTER))
        return paths

    def _on_addAttachmentButton_clicked(self) -> None:
        paths = self.choose_files()
        if not paths:
            return
        self._attachment_problem("")
        actor, consultation_id = self.session.actor, self.consultation_id
        self.session.runner.run(lambda: attach_paths(actor, consultation_id, paths),
                                self._on_files_attached, self._on_attach_failed)

    def _on_files_attached(self, outcome) -> None:
        added, problems = outcome
        if not self._finished:
            self._attachment_problem("\n".join(problems))
        if added:
            self._after_change()

    def _on_attach_failed(self, exc: Exception) -> None:
        self._on_job_failed(exc)
        self.reload()

    def _on_removeAttachmentButton_clicked(self) -> None:
        self.open_action(Action.REMOVE_ATTACHMENT)

    # --- other slots ------------------------------------------------------------------------

    def _on_clocksView_currentRowChanged(self, current, _previous=None) -> None:
        self._show_explanation(current.row())

    def _on_session_consultations_changed(self, ids) -> None:
        """Reload only when this consultation changed (or anything may have: ``ids`` None)."""
        if not self._finished and (ids is None or self.consultation_id in ids):
            self.reload()

    def _on_tick_timeout(self) -> None:
        running = any(self.clocks.status(r) is ClockStatus.RUNNING
                      for r in range(self.clocks.rowCount()))
        if running and self.isVisible():
            self.reload()

    def showEvent(self, event):  # Qt override
        if self._finished:
            self._finished = False
            self.tick.start()
            self.reload()
        super().showEvent(event)

    def done(self, result: int) -> None:
        """Closing (button, Escape, window frame) ends the window's work; slow jobs still running
        are ignored when they finish."""
        self._finished = True
        self.tick.stop()
        super().done(result)

"""Konsultasi baru: the desk officer records a visit (or one online contact) with its stakeholder,
its questions and the documents brought along, while a live clock per question shows the time left
against the service standard."""

from __future__ import annotations

import datetime as dt
import uuid
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from kppn_desktop.domain import validation
from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.domain.standards import DEFAULT_TIMEZONE
from kppn_desktop.domain.texts import N_
from kppn_desktop.gui.consultation.library_panel import LibraryPanel
from kppn_desktop.gui.forms.ui_intake_page import Ui_IntakePage
from kppn_desktop.gui.language import formatting, i18n
from kppn_desktop.gui.pages.intake_files import PendingFile, SaveOutcome, read_files, save_intake
from kppn_desktop.gui.pages.intake_questions import (
    QuestionRow,
    clock_text,
    office_minutes_used,
    waiting_clock_text,
)
from kppn_desktop.gui.pages.intake_stakeholder import StakeholderSection
from kppn_desktop.gui.printing.paper_menu import auto_print_slip, print_default
from kppn_desktop.gui.startup.errors import show_exception
from kppn_desktop.gui.widgets.common import ERROR_STYLE, DateTimeField, FieldErrors

#: The hits under the question being typed show two or three entries without scrolling.
HITS_MIN_HEIGHT = 190

FILE_FILTER = N_("Dokumen (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx);;Semua berkas (*)")


def _load_office_data(office_id: int) -> dict:
    """Categories, the office standard and calendar. Runs on a worker thread (which imports the
    office service: the GUI thread does not need it before the window shows)."""
    from kppn_desktop.services import office  # noqa: PLC0415

    return {"categories": office.list_categories(office_id=office_id),
            "standard": office.service_standard(office_id).service_minutes,
            "calendar": office.ready_calendar(office_id=office_id)}


class IntakePage(QWidget):
    """``open_consultation(id)`` asks the main window to open a saved consultation; ``saved``
    carries the :class:`SaveOutcome` of each successful save."""

    open_consultation = Signal(int)
    saved = Signal(object)

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_IntakePage()
        self.ui.setupUi(self)
        self.categories: list = []
        self.standard_minutes = 20
        self.calendar = None
        self.tz = ZoneInfo(DEFAULT_TIMEZONE)
        self.rows: list[QuestionRow] = []
        self.files: list[PendingFile] = []
        #: file path -> the question row its file belongs to (files and the document request go
        #: to the question chosen in "Untuk pertanyaan", not always to the first)
        self.file_rows: dict[str, QuestionRow] = {}
        self.outcome: SaveOutcome | None = None
        self.request_key = ""
        #: When the officer began taking this visit: the first entry on the form (DOMAIN.md,
        #: service clock). An idle blank page is not a consultation, so None until then.
        self.started_at: dt.datetime | None = None
        self._saving = False
        self._received_touched = False
        for code, label in validation.CHANNELS:
            self.ui.channelCombo.addItem(i18n.message(label), code)
        self._use_typed_received_field()
        self.stakeholder = StakeholderSection(self.ui, session.runner, session.actor.office_id,
                                              self)
        # Answers at hand (issue 12): the library's best hits for the question being typed,
        # right under that question (_place_hits): at 1366x768 the hits below the last of
        # several questions were scrolled out of sight while the first was typed.
        self.library = LibraryPanel(session, self.ui.formContents)
        self.library.setMinimumHeight(HITS_MIN_HEIGHT)
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        # The whole window: Ctrl+S works right after login, before any field has focus (a hidden
        # page's shortcut never fires).
        self.save_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        for label in (self.ui.generalError, self.ui.filesError, self.ui.questionsError):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
        self.ui.savingLabel.hide()
        self.setAcceptDrops(True)
        #: Prints a slip PDF on the default printer; replaceable (tests).
        self.print_slip = print_default
        self._connect_signals()
        for group in (self.ui.channelGroup, self.ui.stakeholderGroup, self.ui.documentsGroup):
            self._watch_input(group)
        self.new_form()
        self.refresh()

    def _use_typed_received_field(self) -> None:
        """The time received is typed into a field that keeps exactly what was typed (Qt's
        date-time editor turned 30/11 typed over a February date into 01/11)."""
        old = self.ui.receivedEdit
        field = DateTimeField(old.parentWidget())
        field.setObjectName("receivedEdit")
        field.setAccessibleName(old.accessibleName() or self.tr("Waktu diterima"))
        self.ui.receivedRow.replaceWidget(old, field)
        self.ui.receivedLabel.setBuddy(field)
        old.hide()
        old.deleteLater()
        self.ui.receivedEdit = field

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.channelCombo.currentIndexChanged.connect(self._on_channelCombo_currentIndexChanged)
        ui.receivedEdit.dateTimeChanged.connect(self._on_receivedEdit_dateTimeChanged)
        ui.addQuestionButton.clicked.connect(self._on_addQuestionButton_clicked)
        ui.addFileButton.clicked.connect(self._on_addFileButton_clicked)
        ui.removeFileButton.clicked.connect(self._on_removeFileButton_clicked)
        ui.documentsTargetCombo.activated.connect(self._on_documentsTargetCombo_activated)
        ui.filesList.itemSelectionChanged.connect(self._on_filesList_itemSelectionChanged)
        ui.saveButton.clicked.connect(self.save)
        ui.openButton.clicked.connect(self._on_openButton_clicked)
        ui.numbersList.itemActivated.connect(self._on_numbersList_itemActivated)
        ui.newButton.clicked.connect(self._on_newButton_clicked)
        self.save_shortcut.activated.connect(self.save)
        self.clock.timeout.connect(self._on_clock_timeout)
        self.stakeholder.changed.connect(self._on_stakeholder_changed)

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload categories, the service standard and the office calendar; what is typed stays."""
        office_id = self.session.actor.office_id
        self.session.runner.run(lambda: _load_office_data(office_id), self._on_office_loaded,
                                lambda exc: show_exception(self, exc))

    def _on_office_loaded(self, data: dict) -> None:
        self.categories = data["categories"]
        self.standard_minutes = data["standard"]
        self.calendar = data["calendar"]
        self.tz = self.calendar.tz
        self.ui.receivedZoneLabel.setText(self.calendar.tz_abbrev)
        self.ui.standardLabel.setText(self.tr("Standar layanan: {n} menit per pertanyaan").format(
            n=self.standard_minutes))
        for row in self.rows:
            row.set_categories(self.categories)
        self._on_clock_timeout()

    @staticmethod
    def now() -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)

    # --- the form ---------------------------------------------------------------------------

    def new_form(self) -> None:
        """An empty form with a fresh request key; the intake clock starts now."""
        ui = self.ui
        self._field_errors().clear()
        ui.generalError.hide()
        ui.filesError.hide()
        ui.channelCombo.setCurrentIndex(0)
        ui.externalRefEdit.clear()
        self._set_received(self.now())
        self._received_touched = False
        self.stakeholder.reset()
        for row in list(self.rows):
            self._drop_row(row)
        self.add_question()
        self.files = []
        self.file_rows = {}
        self._show_files()
        ui.requestDocsEdit.clear()
        self.outcome = None
        self.request_key = str(uuid.uuid4())
        self.started_at = None
        ui.stack.setCurrentWidget(ui.formPage)
        self._on_channelCombo_currentIndexChanged(0)
        ui.channelCombo.setFocus()

    def is_blank(self) -> bool:
        return (not self.ui.externalRefEdit.text().strip() and self.stakeholder.is_blank()
                and all(r.is_blank() for r in self.rows) and not self.files
                and not self.ui.requestDocsEdit.text().strip())

    def has_unsaved_draft(self) -> bool:
        """Something typed on the form and not saved yet (a saved form shows its outcome)."""
        return self.ui.stack.currentWidget() is self.ui.formPage and not self.is_blank()

    def channel(self) -> str:
        return self.ui.channelCombo.currentData()

    def _on_channelCombo_currentIndexChanged(self, _index: int) -> None:
        online = validation.is_online(self.channel())
        self.ui.channelForm.setRowVisible(1, online)
        self.ui.channelForm.setRowVisible(2, online)
        for label in (self.ui.externalRefError, self.ui.receivedError):
            label.setVisible(online and bool(label.text()))   # setRowVisible showed them all
        if online and not self._received_touched:
            self._set_received(self.now())
        hai = self.channel() == "hai_cso"
        self.ui.externalRefLabel.setText(self.tr("N&omor tiket HAI CSO") if hai
                                         else self.tr("N&omor/kontak referensi"))
        self.ui.externalRefEdit.setPlaceholderText(
            self.tr("Wajib untuk HAI CSO") if hai else self.tr("Opsional, mis. nomor WA atau "
                                                                "subjek e-mail"))
        self._on_clock_timeout()

    def _set_received(self, t: dt.datetime) -> None:
        local = t.astimezone(self.tz)
        edit = self.ui.receivedEdit
        edit.blockSignals(True)
        edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                   QTime(local.hour, local.minute)))
        edit.blockSignals(False)

    def received_at(self) -> dt.datetime | None:
        """The time received, typed in office time, as an aware datetime; None while what is
        typed is not a whole, real date and time."""
        value = self.ui.receivedEdit.dateTime()
        if not value.isValid():
            return None
        d, t = value.date(), value.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.tz)

    def _on_receivedEdit_dateTimeChanged(self, _value) -> None:
        self._received_touched = True
        self._on_clock_timeout()

    def _on_stakeholder_changed(self) -> None:
        self._fix_tab_order()

    # --- questions --------------------------------------------------------------------------

    def add_question(self) -> QuestionRow:
        row = QuestionRow(self.categories, self.ui.questionsGroup)
        row.remove_requested.connect(self._on_row_remove_requested)
        row.category_changed.connect(self._on_clock_timeout)
        self._watch_input(row)
        row.ui.questionEdit.textChanged.connect(self._on_question_textChanged)
        self.rows.append(row)
        self.ui.questionRows.addWidget(row)
        self._place_hits(row)
        self._renumber()
        self._on_clock_timeout()
        return row

    def _on_question_textChanged(self) -> None:
        edit = self.focusWidget()
        texts = [row.ui.questionEdit for row in self.rows]
        typed = edit if edit in texts else (texts[-1] if texts else None)
        if typed is not None:
            self._place_hits(self.rows[texts.index(typed)], show=True)
            self.library.set_query(typed.toPlainText())

    def _place_hits(self, row: QuestionRow, show: bool = False) -> None:
        """The library's hits right under ``row``, the question being typed; with ``show``, the
        form scrolls (if it must) so the hits and the question field are both in sight."""
        layout = self.ui.questionRows
        if layout.indexOf(row) < 0:
            return
        if layout.indexOf(self.library) != layout.indexOf(row) + 1:
            layout.removeWidget(self.library)
            layout.insertWidget(layout.indexOf(row) + 1, self.library)
        if show:
            scroll, edit = self.ui.formScroll, row.ui.questionEdit
            QTimer.singleShot(0, self.library, lambda: (scroll.ensureWidgetVisible(
                self.library, 0, 0), scroll.ensureWidgetVisible(edit, 0, 0)))

    def _on_addQuestionButton_clicked(self) -> None:
        self.add_question().ui.categoryCombo.setFocus()

    def _on_row_remove_requested(self, row: QuestionRow) -> None:
        if len(self.rows) > 1:
            self._drop_row(row)
            self._renumber()
            self.rows[-1].ui.questionEdit.setFocus()

    def _drop_row(self, row: QuestionRow) -> None:
        self.rows.remove(row)
        self.ui.questionRows.removeWidget(row)
        row.hide()
        row.deleteLater()
        if self.rows:
            self._place_hits(self.rows[-1])

    def _renumber(self) -> None:
        for i, row in enumerate(self.rows):
            row.set_index(i, removable=len(self.rows) > 1)
        self._fix_tab_order()
        self._show_targets()

    def _show_targets(self) -> None:
        """'Untuk pertanyaan': one entry per question, shown when there is more than one."""
        combo, chosen = self.ui.documentsTargetCombo, self.target_row()
        combo.blockSignals(True)
        combo.clear()
        for i, _row in enumerate(self.rows):
            combo.addItem(self.tr("Pertanyaan {n}").format(n=i + 1))
        combo.setCurrentIndex(self.rows.index(chosen) if chosen in self.rows else 0)
        combo.blockSignals(False)
        several = len(self.rows) > 1
        combo.setVisible(several)
        self.ui.documentsTargetLabel.setVisible(several)
        self._show_files()

    def target_row(self):
        """The question that new files and the document request go to."""
        index = self.ui.documentsTargetCombo.currentIndex()
        return self.rows[index] if 0 <= index < len(self.rows) else (
            self.rows[0] if self.rows else None)

    def _row_of(self, path: str):
        row = self.file_rows.get(path)
        return row if row in self.rows else (self.rows[0] if self.rows else None)

    def _on_documentsTargetCombo_activated(self, _index: int) -> None:
        """The files selected in the list move to the question chosen."""
        for item in self.ui.filesList.selectedItems():
            self.file_rows[item.data(Qt.ItemDataRole.UserRole)] = self.target_row()
        self._show_files()

    def _on_filesList_itemSelectionChanged(self) -> None:
        """Selecting a file shows (and lets the officer change) the question it belongs to."""
        selected = self.ui.filesList.selectedItems()
        if selected and len(self.rows) > 1:
            row = self._row_of(selected[0].data(Qt.ItemDataRole.UserRole))
            self.ui.documentsTargetCombo.setCurrentIndex(self.rows.index(row))

    def _fix_tab_order(self) -> None:
        """Channel → stakeholder search → new stakeholder → questions → documents → save."""
        ui = self.ui
        chain = [ui.emailEdit]
        for row in self.rows:
            chain += [row.ui.categoryCombo, row.ui.questionEdit, row.ui.summaryEdit,
                      row.ui.removeButton]
        chain += [ui.addQuestionButton, ui.documentsTargetCombo, ui.filesList, ui.addFileButton,
                  ui.removeFileButton,
                  ui.requestDocsEdit, ui.saveButton]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _on_clock_timeout(self, *_args) -> None:
        """Time left per question against its category's target, in office minutes since the
        intake started (face to face) or since the message was received (online)."""
        online = validation.is_online(self.channel() or "tatap_muka")
        start = self.received_at() if online else self.started_at
        if start is None:
            for row in self.rows:
                row.show_clock(*waiting_clock_text(row.target_minutes(self.standard_minutes)))
            self.ui.startedLabel.setText(
                self.tr("Isi waktu diterima (mis. 30/11/2026 21:35)") if online
                else self.tr("Belum dimulai: waktu layanan dihitung sejak isian pertama"))
            return
        now = self.now()
        used, open_now = office_minutes_used(start, now, self.calendar)
        for row in self.rows:
            row.show_clock(*clock_text(used, row.target_minutes(self.standard_minutes), open_now))
        caption = self.tr("Diterima") if online else self.tr("Dimulai")
        self.ui.startedLabel.setText(f"{caption} {formatting.format_short_datetime(start, self.tz)}"
                                     f" {formatting.zone_abbrev(self.tz)}")

    def _on_form_input(self, *_args) -> None:
        """The first entry on the form starts the face-to-face service clock."""
        if self.started_at is None and not self.is_blank():
            self.started_at = self.now()
            self._on_clock_timeout()

    def _watch_input(self, container: QWidget) -> None:
        """Every field of ``container`` reports the officer's input (not the page's own)."""
        for edit in container.findChildren(QLineEdit):
            edit.textEdited.connect(self._on_form_input)
        for combo in container.findChildren(QComboBox):
            combo.activated.connect(self._on_form_input)
        for text in container.findChildren(QPlainTextEdit):
            text.textChanged.connect(self._on_form_input)

    def showEvent(self, event):  # Qt override
        if self.ui.stack.currentWidget() is self.ui.formPage:
            self.clock.start()
            self._on_clock_timeout()
        super().showEvent(event)

    def hideEvent(self, event):  # Qt override
        self.clock.stop()
        self.stakeholder.stop()
        super().hideEvent(event)

    # --- documents --------------------------------------------------------------------------

    def add_files(self, paths: list[str]) -> None:
        """Read and check files (worker thread), then list them for attaching on save. Both the
        file dialog and drag and drop come here."""
        known = {f.path for f in self.files}
        paths = [str(p) for p in paths if str(p) not in known]
        if paths:
            office_id = self.session.actor.office_id
            self.session.runner.run(lambda: read_files(paths, office_id), self._on_files_read,
                                    lambda exc: show_exception(self, exc))

    def _on_files_read(self, answer) -> None:
        ok, problems = answer
        known = {f.path for f in self.files}
        target = self.target_row()
        for pending in ok:
            if pending.path not in known:
                self.files.append(pending)
                self.file_rows[pending.path] = target
        self._show_files()
        self._on_form_input()
        self.ui.filesError.setText("\n".join(problems))
        self.ui.filesError.setVisible(bool(problems))

    def _show_files(self) -> None:
        selected = {i.data(Qt.ItemDataRole.UserRole) for i in self.ui.filesList.selectedItems()}
        self.ui.filesList.blockSignals(True)
        self.ui.filesList.clear()
        for pending in self.files:
            text = f"{pending.name}  ({i18n.message(pending.label)}, {pending.size_text})"
            if len(self.rows) > 1:
                text = self.tr("Pertanyaan {n}: ").format(
                    n=self.rows.index(self._row_of(pending.path)) + 1) + text
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, pending.path)
            self.ui.filesList.addItem(item)
            item.setSelected(pending.path in selected)
        self.ui.filesList.blockSignals(False)
        self.ui.removeFileButton.setEnabled(bool(self.files))

    def _on_addFileButton_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415 - not needed to open the page

        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Pilih dokumen pendukung"),
                                                      "", i18n.message(FILE_FILTER))
        self.add_files(paths)

    def _on_removeFileButton_clicked(self) -> None:
        chosen = {i.data(Qt.ItemDataRole.UserRole) for i in self.ui.filesList.selectedItems()}
        if not chosen and self.ui.filesList.currentItem() is not None:
            chosen = {self.ui.filesList.currentItem().data(Qt.ItemDataRole.UserRole)}
        self.files = [f for f in self.files if f.path not in chosen]
        self._show_files()

    @staticmethod
    def _local_paths(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event):  # Qt override
        if self.ui.stack.currentWidget() is self.ui.formPage and self._local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event):  # Qt override
        paths = self._local_paths(event)
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # --- saving -----------------------------------------------------------------------------

    def _field_errors(self) -> FieldErrors:
        ui = self.ui
        fields = {"channel": (ui.channelCombo, ui.channelError),
                  "received_at": (ui.receivedEdit, ui.receivedError),
                  "external_ref": (ui.externalRefEdit, ui.externalRefError),
                  "questions": (None, ui.questionsError),
                  "files": (None, ui.filesError),
                  "request_documents": (None, ui.requestDocsError),
                  **self.stakeholder.error_fields()}
        for i, row in enumerate(self.rows):
            fields.update(row.error_fields(i))
        return FieldErrors(fields, fallback=ui.generalError)

    def request(self) -> dict:
        """take_consultation's keyword arguments, from what is on the form."""
        online = validation.is_online(self.channel())
        return {"channel": self.channel(),
                "questions": [row.value() for row in self.rows],
                "received_at": self.received_at() if online else self.started_at,
                "external_ref": self.ui.externalRefEdit.text() if online else "",
                "request_key": self.request_key,
                **self.stakeholder.choice()}

    def save(self) -> None:
        """Save the intake. The request key stays the same until the form is cleared, so a double
        click or a retry after a lost answer never records the visit twice."""
        if self._saving or self.ui.stack.currentWidget() is not self.ui.formPage:
            return
        self._field_errors().clear()
        if validation.is_online(self.channel()) and self.received_at() is None:
            self._field_errors().show(ValidationError({"received_at": self.tr(
                "Tanggal dan jam diterima tidak lengkap atau tidak ada; tulis seperti "
                "30/11/2026 21:35.")}))
            return
        request = self.request()
        files = [(f, self.rows.index(self._row_of(f.path))) for f in self.files]
        documents = (self.ui.requestDocsEdit.text(), self.rows.index(self.target_row()))
        actor = self.session.actor
        self._set_saving(True)
        self.session.runner.run(lambda: save_intake(actor, request, files, documents),
                                self._on_save_done, self._on_save_failed)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.ui.saveButton.setEnabled(not saving)
        self.ui.savingLabel.setVisible(saving)

    def _on_save_failed(self, exc: Exception) -> None:
        self._set_saving(False)
        if isinstance(exc, ValidationError):
            self._field_errors().show(exc)
        else:
            show_exception(self, exc)

    def _on_save_done(self, outcome: SaveOutcome) -> None:
        self._set_saving(False)
        self.outcome = outcome
        self._show_success(outcome)
        self.session.changed(c.id for c in outcome.result.consultations)
        self.saved.emit(outcome)
        auto_print_slip(self, self.session, outcome.result.consultations[0].id, self.print_slip)

    def _show_success(self, outcome: SaveOutcome) -> None:
        ui = self.ui
        result = outcome.result
        self.clock.stop()
        details = [self.tr("Stakeholder: {s}").format(s=result.stakeholder.display),
                   self.tr("Kanal: {c}").format(c=i18n.message(validation.CHANNEL_LABELS.get(result.channel,
                                                                             result.channel))),
                   self.tr("Diterima: {t}").format(t=formatting.format_datetime(result.received_at,
                                                                                self.tz))]
        if result.external_ref:
            details.append(self.tr("Referensi: {r}").format(r=result.external_ref))
        ui.successDetails.setText("\n".join(details))
        ui.numbersList.clear()
        for c in result.consultations:
            text = f"{c.number} — {c.category}"
            if c.service_due_at is not None:
                # Always with its date: "08:20" alone read as today for a case due tomorrow.
                when = formatting.format_datetime(c.service_due_at, self.tz)
                if c.service_due_at <= self.now():
                    text += self.tr("  (batas layanan {t} sudah lewat)").format(t=when)
                else:
                    text += self.tr("  (layanan selesai paling lambat {t})").format(t=when)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            ui.numbersList.addItem(item)
        ui.numbersList.setCurrentRow(0)
        notes = []
        if not result.created:
            notes.append(self.tr("Kunjungan ini sudah tersimpan pada penyimpanan sebelumnya; "
                                 "tidak ada data ganda yang dibuat."))
        if outcome.attached:
            notes.append(self.tr("Lampiran tersimpan: {names}.").format(
                names=", ".join(outcome.attached)))
        if outcome.documents_requested:
            notes.append(self.tr("Permintaan dokumen dicatat; jam layanan dijeda."))
        for name, exc in outcome.failed:
            notes.append(self.tr("{name} gagal disimpan: {why} Tambahkan dari jendela "
                                 "konsultasi.").format(name=name, why=_message(exc)))
        ui.successWarning.setText("\n".join(notes))
        ui.successWarning.setVisible(bool(notes))
        ui.successWarning.setStyleSheet("color: #8a5300;" if outcome.failed else "color: #333;")
        ui.stack.setCurrentWidget(ui.successPage)
        ui.openButton.setFocus()
        for _name, exc in outcome.failed:
            if not isinstance(exc, ValidationError):
                show_exception(self, exc)

    def _on_openButton_clicked(self) -> None:
        """Opens the consultation chosen in the list (each question of the visit is one)."""
        item = self.ui.numbersList.currentItem() or self.ui.numbersList.item(0)
        if self.outcome is not None and item is not None:
            self.open_consultation.emit(item.data(Qt.ItemDataRole.UserRole))

    def _on_numbersList_itemActivated(self, item: QListWidgetItem) -> None:
        self.open_consultation.emit(item.data(Qt.ItemDataRole.UserRole))

    def _on_newButton_clicked(self) -> None:
        self.new_form()
        if self.isVisible():
            self.clock.start()


def _message(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(i18n.message(m) for m in exc.errors.values())
    return getattr(exc, "message", "") or str(exc)

"""Perpustakaan: search the library with filters (every role); import regulations with a progress
bar, set a regulation's status, and keep the FAQ (a Kepala Seksi or the administrator)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QTableWidgetItem,
    QWidget,
)

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.domain.regulation_text import KINDS as REGULATION_KINDS
from kppn_desktop.domain.regulation_text import STATUSES
from kppn_desktop.domain.texts import N_
from kppn_desktop.domain.workflow import Action
from kppn_desktop.gui.consultation.library_panel import LibraryPanel
from kppn_desktop.gui.forms.ui_library_details_dialog import Ui_RegulationDetailsDialog
from kppn_desktop.gui.forms.ui_library_page import Ui_LibraryPage
from kppn_desktop.gui.language import i18n
from kppn_desktop.gui.startup.errors import show_exception
from kppn_desktop.gui.widgets.common import ERROR_STYLE, FieldErrors

KINDS = ((N_("Semua jenis"), None), (N_("Pasal peraturan"), ("pasal",)), (N_("FAQ"), ("faq",)),
         (N_("Jawaban terdahulu"), ("jawaban",)))
REGULATION_COLUMNS = (N_("Peraturan"), N_("Judul"), N_("Status"), N_("Pasal"), N_("Kategori"))
FAQ_COLUMNS = (N_("No."), N_("Pertanyaan"), N_("Dasar"), N_("Tinjau"), N_("Status"), N_("Catatan"))
INACTIVE_GREY = "#8a8a8a"
PROGRESS_MS = 100


class ImportProgress:
    """Plain Python, written by the import on the worker and read by a timer here: the worker
    never touches a Qt object."""

    def __init__(self):
        self.done, self.total = 0, 0

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total


class RegulationDetailsDialog(QDialog):
    """Type, number, year and title of a file whose heading was not recognised, each checked
    with its message beside the field; ``details`` holds them once accepted."""

    def __init__(self, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = ui = Ui_RegulationDetailsDialog()
        ui.setupUi(self)
        self.details = None
        ui.introLabel.setText(self.tr(
            "Kepala peraturan pada berkas <b>{name}</b> tidak dikenali (JENIS … NOMOR … TAHUN … "
            "TENTANG …). Isi datanya di bawah ini; pasal-pasalnya tetap dibaca dari berkas.")
            .format(name=file_name.replace("&", "&amp;").replace("<", "&lt;")))
        ui.kindCombo.addItem(self.tr("— pilih jenis —"), "")
        for code, label in REGULATION_KINDS:
            ui.kindCombo.addItem(f"{code} — {label}" if label != code else code, code)
        self.errors = FieldErrors({
            "kind": (ui.kindCombo, ui.kindError), "number": (ui.numberEdit, ui.numberError),
            "year": (ui.yearEdit, ui.yearError), "title": (ui.titleEdit, ui.titleError)},
            fallback=ui.generalError)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Impor"))
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Batal"))
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        ui.buttons.rejected.connect(self.reject)

    def _on_buttons_accepted(self) -> None:
        from kppn_desktop.services.library_import import regulation_details  # noqa: PLC0415

        ui = self.ui
        self.errors.clear()
        try:   # plain checks of the typed text, no database
            self.details = regulation_details(ui.kindCombo.currentData(), ui.numberEdit.text(),
                                              ui.yearEdit.text(), ui.titleEdit.text())
        except ValidationError as exc:
            self.errors.show(exc)
            return
        self.accept()


class LibraryPage(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_LibraryPage()
        self.ui.setupUi(self)
        self.manager = session.actor.may(Action.MANAGE_LIBRARY)
        self.regulations: list = []
        self.categories: list = []
        self.faqs: list = []
        self.faq_id: int | None = None
        self.faq_version: int | None = None
        #: The consultation whose answer the FAQ entry being written was made from.
        self.faq_source: int | None = None
        self.progress: ImportProgress | None = None
        #: The last import asked for (paths, manifest), the details typed so far for its files
        #: without a recognised heading, and those still to ask for.
        self.last_import: tuple[list[str], str | None] | None = None
        self.details: dict = {}
        self.details_to_ask: list[str] = []
        self.details_dialog: RegulationDetailsDialog | None = None
        self.results = LibraryPanel(session, self.ui.searchTab, limit=20, make_faq=self.manager)
        self.ui.searchTabLayout.addWidget(self.results, 1)
        for label, kinds in KINDS:
            self.ui.kindCombo.addItem(i18n.message(label), kinds)
        for code, label in STATUSES:
            self.ui.statusCombo.addItem(i18n.message(label), code)
        self._table(self.ui.regulationsTable, REGULATION_COLUMNS, stretch=1)
        self._table(self.ui.faqTable, FAQ_COLUMNS, stretch=1)
        for label in (self.ui.questionError, self.ui.answerError, self.ui.articlesError,
                      self.ui.faqMessage, self.ui.categoryError):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
        self.faq_errors = FieldErrors({
            "question": (self.ui.questionEdit, self.ui.questionError),
            "answer": (self.ui.answerEdit, self.ui.answerError),
            "articles": (self.ui.citationsEdit, self.ui.articlesError)},
            fallback=self.ui.faqMessage)
        self.ui.reviewEdit.setDate(QDate.currentDate().addYears(1))
        self.ui.importProgress.hide()
        for widget in (self.ui.importFilesButton, self.ui.importFolderButton, self.ui.statusBox,
                       self.ui.categoryBox, self.ui.faqBox):
            widget.setVisible(self.manager)
        #: Replaceable in tests: what the file dialogs would return.
        self.choose_files = self._choose_files
        self.choose_folder = self._choose_folder
        self.progress_timer = QTimer(self)
        self.progress_timer.setInterval(PROGRESS_MS)
        self._connect_signals()
        self.refresh()

    @staticmethod
    def _table(table, columns, stretch: int) -> None:
        table.setColumnCount(len(columns))
        table.setHorizontalHeaderLabels([i18n.message(c) for c in columns])
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._on_searchEdit_textChanged)
        ui.kindCombo.currentIndexChanged.connect(self._on_filters_changed)
        ui.revokedCheck.toggled.connect(self._on_filters_changed)
        ui.importFilesButton.clicked.connect(self._on_importFilesButton_clicked)
        ui.importFolderButton.clicked.connect(self._on_importFolderButton_clicked)
        ui.regulationsTable.itemSelectionChanged.connect(self._on_regulationsTable_selection)
        ui.saveStatusButton.clicked.connect(self._on_saveStatusButton_clicked)
        ui.faqTable.itemSelectionChanged.connect(self._on_faqTable_selection)
        ui.newFaqButton.clicked.connect(self._on_newFaqButton_clicked)
        ui.saveFaqButton.clicked.connect(self._on_saveFaqButton_clicked)
        ui.activeFaqButton.clicked.connect(self._on_activeFaqButton_clicked)
        ui.saveCategoriesButton.clicked.connect(self._on_saveCategoriesButton_clicked)
        self.progress_timer.timeout.connect(self._on_progress_timer_timeout)
        self.results.faq_requested.connect(self._on_results_faq_requested)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        actor = self.session.actor

        def load():
            from kppn_desktop.services import library, office  # noqa: PLC0415 - on the worker

            return (library.list_regulations(actor), library.list_faq(actor),
                    [(c.id, c.name) for c in office.list_categories(office_id=actor.office_id)])

        self.session.runner.run(load, self._on_loaded, lambda exc: show_exception(self, exc))

    def _on_loaded(self, loaded) -> None:
        selected = self._selected_regulation()
        self.regulations, self.faqs, self.categories = loaded
        self._fill_regulations()
        self._fill_faq()
        if selected is not None:       # the same regulation stays selected after a save
            ids = [r.id for r in self.regulations]
            if selected.id in ids:
                self.ui.regulationsTable.selectRow(ids.index(selected.id))
        self._show_categories(self._selected_regulation())

    def _fill_regulations(self) -> None:
        table = self.ui.regulationsTable
        table.setRowCount(len(self.regulations))
        status = dict(STATUSES)
        for row, reg in enumerate(self.regulations):
            state = i18n.message(status[reg.status])
            if reg.status_note:
                state += f" ({reg.status_note})"
            for col, text in enumerate((reg.citation, reg.title, state, str(reg.articles),
                                        ", ".join(reg.categories))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, col, item)
        combo = self.ui.replacedByCombo
        combo.clear()
        combo.addItem(self.tr("— tidak disebut —"), None)
        for reg in self.regulations:
            combo.addItem(reg.citation, reg.id)

    def _fill_faq(self) -> None:
        table = self.ui.faqTable
        table.setRowCount(len(self.faqs))
        for row, faq in enumerate(self.faqs):
            review = faq.review_on.strftime("%d-%m-%Y") if faq.review_on else "–"
            state = self.tr("aktif") if faq.active else self.tr("nonaktif")
            for col, text in enumerate((f"FAQ {faq.id}", faq.question, "; ".join(faq.citations),
                                        review, state, faq.flag)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not faq.active:
                    item.setForeground(QBrush(QColor(INACTIVE_GREY)))
                table.setItem(row, col, item)
        self._show_faq_state()

    # --- search ----------------------------------------------------------------------------

    def _on_searchEdit_textChanged(self, text: str) -> None:
        self.results.set_query(text)

    def _on_filters_changed(self, *_args) -> None:
        self.results.set_filters(self.ui.kindCombo.currentData(), self.ui.revokedCheck.isChecked())

    # --- import ----------------------------------------------------------------------------

    def _choose_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Impor peraturan"), "",
            self.tr("Peraturan (*.pdf *.docx *.txt);;Manifest (*.csv)"))
        return paths

    def _choose_folder(self) -> list[str]:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Impor folder peraturan"))
        return [folder] if folder else []

    def _on_importFilesButton_clicked(self) -> None:
        self.import_paths(self.choose_files())

    def _on_importFolderButton_clicked(self) -> None:
        self.import_paths(self.choose_folder())

    def import_paths(self, paths: list[str], details: dict | None = None) -> None:
        """Import on the worker, the progress bar following; a CSV among the paths is the
        manifest. ``details``: type, number, year and title typed for files whose heading was
        not recognised."""
        if not paths or self.progress is not None:
            return
        manifest = next((p for p in paths if p.lower().endswith(".csv")), None)
        files = [p for p in paths if p != manifest]
        actor, progress = self.session.actor, ImportProgress()
        self.progress = progress
        self.last_import = (list(paths), manifest)
        self.details = dict(details or {})
        typed = dict(self.details)

        def work():
            from kppn_desktop.services import library_import  # noqa: PLC0415 - on the worker

            return library_import.import_paths(actor, files, manifest, progress=progress,
                                               details=typed)

        self.ui.importMessage.setStyleSheet("")
        self.ui.importMessage.setText(self.tr("Mengimpor…"))
        self.ui.importProgress.setValue(0)
        self.ui.importProgress.show()
        for button in (self.ui.importFilesButton, self.ui.importFolderButton):
            button.setEnabled(False)
        self.progress_timer.start()
        self.session.runner.run(work, self._on_imported, self._on_import_failed)

    def _on_progress_timer_timeout(self) -> None:
        if self.progress is not None and self.progress.total:
            self.ui.importProgress.setMaximum(self.progress.total)
            self.ui.importProgress.setValue(self.progress.done)

    def _import_ended(self) -> None:
        self.progress = None
        self.progress_timer.stop()
        self.ui.importProgress.hide()
        for button in (self.ui.importFilesButton, self.ui.importFolderButton):
            button.setEnabled(True)

    def _on_imported(self, result) -> None:
        self._import_ended()
        self.ui.importMessage.setText(self.tr("{n} peraturan ({articles} pasal) diimpor: "
                                              "{names}.").format(
            n=len(result.regulations), articles=result.articles,
            names=", ".join(result.regulations)))
        self.refresh()

    def _on_import_failed(self, exc: Exception) -> None:
        self._import_ended()
        problems = getattr(exc, "problems", None)
        headingless = getattr(exc, "headingless", ())
        if problems and headingless and set(problems) == set(headingless):
            # only headings were not recognised: ask for each file's details, then import again
            self.ui.importMessage.setStyleSheet("")
            self.ui.importMessage.setText(self.tr("Kepala peraturan tidak dikenali pada: "
                                                  "{names}.").format(names=", ".join(headingless)))
            self.details_to_ask = list(headingless)
            self._ask_next_details()
            return
        self.ui.importMessage.setStyleSheet(ERROR_STYLE)
        if problems:
            lines = [self.tr("Tidak ada yang diimpor:")]
            lines += [f"• {i18n.message(name)}: {i18n.message(why)}" for name, why in problems.items()]
            self.ui.importMessage.setText("\n".join(lines))
        else:
            self.ui.importMessage.setText(i18n.error_text(exc))

    def _ask_next_details(self) -> None:
        if not self.details_to_ask:
            paths, _manifest = self.last_import
            self.import_paths(paths, self.details)
            return
        name = self.details_to_ask[0]
        dialog = RegulationDetailsDialog(name, self)
        self.details_dialog = dialog
        dialog.finished.connect(lambda result, d=dialog, n=name: self._on_details_finished(
            d, n, result))
        dialog.open()

    def _on_details_finished(self, dialog, name: str, result: int) -> None:
        self.details_dialog = None
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.details is None:
            self.details_to_ask = []
            self.ui.importMessage.setStyleSheet(ERROR_STYLE)
            self.ui.importMessage.setText(self.tr("Impor dibatalkan; tidak ada yang diimpor."))
            return
        self.details[name] = dialog.details
        self.details_to_ask.pop(0)
        self._ask_next_details()

    # --- status of a regulation ------------------------------------------------------------

    def _selected_regulation(self):
        rows = self.ui.regulationsTable.selectionModel().selectedRows()
        return self.regulations[rows[0].row()] if rows else None

    def _on_regulationsTable_selection(self) -> None:
        reg = self._selected_regulation()
        if reg is not None:
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(reg.status))
            by = self.ui.replacedByCombo.findData(reg.changed_by_id)
            self.ui.replacedByCombo.setCurrentIndex(max(0, by))
        self._show_categories(reg)

    def _show_categories(self, reg) -> None:
        """The office's categories, those the selected regulation serves checked."""
        box = self.ui.categoryList
        box.clear()
        self.ui.categoryError.clear()
        self.ui.categoryBox.setEnabled(reg is not None)
        serves = set(reg.category_ids) if reg is not None else set()
        for cid, name in self.categories:
            item = QListWidgetItem(name, box)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if cid in serves else
                               Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, cid)

    def _on_saveCategoriesButton_clicked(self) -> None:
        reg = self._selected_regulation()
        if reg is None:
            self.ui.categoryError.setText(self.tr("Pilih peraturan di tabel lebih dahulu."))
            return
        box = self.ui.categoryList
        chosen = tuple(box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())
                       if box.item(i).checkState() == Qt.CheckState.Checked)
        actor = self.session.actor

        def save():
            from kppn_desktop.services import library  # noqa: PLC0415 - on the worker

            return library.set_categories(actor, reg.id, chosen)

        def failed(exc):
            self.ui.categoryError.setText(getattr(exc, "message", None) or str(exc))

        self.session.runner.run(save, lambda _info: self.refresh(), failed)

    def _on_saveStatusButton_clicked(self) -> None:
        reg = self._selected_regulation()
        if reg is None:
            self.ui.importMessage.setText(self.tr("Pilih peraturan di tabel lebih dahulu."))
            return
        actor, status = self.session.actor, self.ui.statusCombo.currentData()
        by = self.ui.replacedByCombo.currentData()

        def save():
            from kppn_desktop.services import library  # noqa: PLC0415 - on the worker

            return library.set_status(actor, reg.id, status, by)

        self.session.runner.run(save, lambda _info: self.refresh(),
                                lambda exc: show_exception(self, exc))

    # --- FAQ -------------------------------------------------------------------------------

    def _on_faqTable_selection(self) -> None:
        rows = self.ui.faqTable.selectionModel().selectedRows()
        if not rows:
            return
        faq = self.faqs[rows[0].row()]
        self.faq_id, self.faq_version, self.faq_source = faq.id, faq.version, None
        self._show_faq_state()
        self.ui.questionEdit.setPlainText(faq.question)
        self.ui.answerEdit.setPlainText(faq.answer)
        self.ui.citationsEdit.setText("; ".join(faq.citations))
        self.ui.reviewCheck.setChecked(faq.review_on is not None)
        if faq.review_on:
            self.ui.reviewEdit.setDate(QDate(faq.review_on.year, faq.review_on.month,
                                             faq.review_on.day))
        self.ui.faqBox.setTitle(self.tr("FAQ {n} (versi {v})").format(n=faq.id, v=faq.version))
        self.faq_errors.clear()

    def _on_results_faq_requested(self, consultation_id: int, question: str, answer: str) -> None:
        """A good past answer becomes a new FAQ entry, to be edited before it is saved."""
        self._on_newFaqButton_clicked()
        self.faq_source = consultation_id
        self.ui.questionEdit.setPlainText(question)
        self.ui.answerEdit.setPlainText(answer)
        self.ui.tabs.setCurrentWidget(self.ui.faqTab)
        self.ui.citationsEdit.setFocus()

    def _on_newFaqButton_clicked(self) -> None:
        self.faq_id = self.faq_version = self.faq_source = None
        self.ui.faqTable.clearSelection()
        for edit in (self.ui.questionEdit, self.ui.answerEdit):
            edit.clear()
        self.ui.citationsEdit.clear()
        self.ui.faqBox.setTitle(self.tr("Entri FAQ baru"))
        self.faq_errors.clear()
        self._show_faq_state()
        self.ui.questionEdit.setFocus()

    def _on_saveFaqButton_clicked(self) -> None:
        self.faq_errors.clear()
        actor, faq_id, version = self.session.actor, self.faq_id, self.faq_version
        source = self.faq_source
        question, answer = self.ui.questionEdit.toPlainText(), self.ui.answerEdit.toPlainText()
        cited = self.ui.citationsEdit.text()
        review = None
        if self.ui.reviewCheck.isChecked():
            d = self.ui.reviewEdit.date()
            review = dt.date(d.year(), d.month(), d.day())

        def save():
            from kppn_desktop.services import library  # noqa: PLC0415 - on the worker

            ids = library.articles_cited(actor, cited)
            return library.save_faq(actor, faq_id, question=question, answer=answer,
                                    article_ids=ids, review_on=review, source_id=source,
                                    expected_version=version)

        self.session.runner.run(save, self._on_faq_saved, self._on_faq_failed)

    def _on_faq_saved(self, faq) -> None:
        self.faq_id, self.faq_version = faq.id, faq.version
        self.ui.faqBox.setTitle(self.tr("FAQ {n} (versi {v})").format(n=faq.id, v=faq.version))
        self.ui.faqMessage.setStyleSheet("color: #2e7d32;")
        self.ui.faqMessage.setText(self.tr("FAQ {n} tersimpan.").format(n=faq.id))
        self.ui.faqMessage.show()
        self.refresh()

    def _current_faq(self):
        return next((f for f in self.faqs if f.id == self.faq_id), None)

    def _show_faq_state(self) -> None:
        """The deactivate / activate button follows the entry being edited; an inactive entry
        is read, not edited, until it is activated again."""
        faq = self._current_faq()
        button = self.ui.activeFaqButton
        button.setEnabled(faq is not None)
        active = faq is None or faq.active
        button.setText(self.tr("Nonaktif&kan") if active else self.tr("Aktifkan &kembali"))
        self.ui.saveFaqButton.setEnabled(active)
        for edit in (self.ui.questionEdit, self.ui.answerEdit):
            edit.setReadOnly(not active)
        self.ui.citationsEdit.setReadOnly(not active)
        if faq is not None:
            title = self.tr("FAQ {n} (versi {v})").format(n=faq.id, v=faq.version)
            self.ui.faqBox.setTitle(title if active else title + self.tr(" — nonaktif"))

    def _on_activeFaqButton_clicked(self) -> None:
        faq = self._current_faq()
        if faq is None:
            return
        actor, wanted = self.session.actor, not faq.active

        def save():
            from kppn_desktop.services import library  # noqa: PLC0415 - on the worker

            return library.set_faq_active(actor, faq.id, wanted, expected_version=faq.version)

        self.faq_errors.clear()
        self.session.runner.run(save, self._on_faq_activity_saved, self._on_faq_failed)

    def _on_faq_activity_saved(self, faq) -> None:
        self.ui.faqMessage.setStyleSheet("color: #2e7d32;")
        self.ui.faqMessage.setText(
            self.tr("FAQ {n} diaktifkan kembali.").format(n=faq.id) if faq.active else
            self.tr("FAQ {n} dinonaktifkan: tidak muncul di pencarian dan saran.").format(
                n=faq.id))
        self.ui.faqMessage.show()
        self.refresh()

    def _on_faq_failed(self, exc: Exception) -> None:
        from kppn_desktop.domain.errors import ValidationError  # noqa: PLC0415

        self.ui.faqMessage.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, ValidationError):
            self.faq_errors.show(exc)
        else:
            show_exception(self, exc)

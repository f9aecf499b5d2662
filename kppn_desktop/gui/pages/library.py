"""Perpustakaan: search the library with filters (every role); import regulations with a progress
bar, set a regulation's status, and keep the FAQ (a Kepala Seksi or the administrator)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from kppn_desktop.domain.regulation_text import STATUSES
from kppn_desktop.domain.texts import N_
from kppn_desktop.domain.workflow import Action
from kppn_desktop.gui import i18n
from kppn_desktop.gui.errors import show_exception
from kppn_desktop.gui.forms.ui_library_page import Ui_LibraryPage
from kppn_desktop.gui.library_panel import LibraryPanel
from kppn_desktop.gui.widgets import ERROR_STYLE, FieldErrors

KINDS = ((N_("Semua jenis"), None), (N_("Pasal peraturan"), ("pasal",)), (N_("FAQ"), ("faq",)),
         (N_("Jawaban terdahulu"), ("jawaban",)))
REGULATION_COLUMNS = (N_("Peraturan"), N_("Judul"), N_("Status"), N_("Pasal"), N_("Kategori"))
FAQ_COLUMNS = (N_("No."), N_("Pertanyaan"), N_("Dasar"), N_("Tinjau"), N_("Catatan"))
PROGRESS_MS = 100


class ImportProgress:
    """Plain Python, written by the import on the worker and read by a timer here: the worker
    never touches a Qt object."""

    def __init__(self):
        self.done, self.total = 0, 0

    def __call__(self, done: int, total: int) -> None:
        self.done, self.total = done, total


class LibraryPage(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_LibraryPage()
        self.ui.setupUi(self)
        self.manager = session.actor.may(Action.MANAGE_LIBRARY)
        self.regulations: list = []
        self.faqs: list = []
        self.faq_id: int | None = None
        self.faq_version: int | None = None
        #: The consultation whose answer the FAQ entry being written was made from.
        self.faq_source: int | None = None
        self.progress: ImportProgress | None = None
        self.results = LibraryPanel(session, self.ui.searchTab, limit=20, make_faq=self.manager)
        self.ui.searchTabLayout.addWidget(self.results, 1)
        for label, kinds in KINDS:
            self.ui.kindCombo.addItem(i18n.message(label), kinds)
        for code, label in STATUSES:
            self.ui.statusCombo.addItem(i18n.message(label), code)
        self._table(self.ui.regulationsTable, REGULATION_COLUMNS, stretch=1)
        self._table(self.ui.faqTable, FAQ_COLUMNS, stretch=1)
        for label in (self.ui.questionError, self.ui.answerError, self.ui.articlesError,
                      self.ui.faqMessage):
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
                       self.ui.faqBox):
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
        self.progress_timer.timeout.connect(self._on_progress_timer_timeout)
        self.results.faq_requested.connect(self._on_results_faq_requested)

    # --- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        actor = self.session.actor

        def load():
            from kppn_desktop.services import library  # noqa: PLC0415 - on the worker

            return library.list_regulations(actor), library.list_faq(actor)

        self.session.runner.run(load, self._on_loaded, lambda exc: show_exception(self, exc))

    def _on_loaded(self, loaded) -> None:
        self.regulations, self.faqs = loaded
        self._fill_regulations()
        self._fill_faq()

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
            for col, text in enumerate((f"FAQ {faq.id}", faq.question, "; ".join(faq.citations),
                                        review, faq.flag)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, col, item)

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

    def import_paths(self, paths: list[str]) -> None:
        """Import on the worker, the progress bar following; a CSV among the paths is the
        manifest."""
        if not paths or self.progress is not None:
            return
        manifest = next((p for p in paths if p.lower().endswith(".csv")), None)
        files = [p for p in paths if p != manifest]
        actor, progress = self.session.actor, ImportProgress()
        self.progress = progress

        def work():
            from kppn_desktop.services import library_import  # noqa: PLC0415 - on the worker

            return library_import.import_paths(actor, files, manifest, progress=progress)

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
        self.ui.importMessage.setStyleSheet(ERROR_STYLE)
        if problems:
            lines = [self.tr("Tidak ada yang diimpor:")]
            lines += [f"• {name}: {why}" for name, why in problems.items()]
            self.ui.importMessage.setText("\n".join(lines))
        else:
            self.ui.importMessage.setText(getattr(exc, "message", str(exc)))

    # --- status of a regulation ------------------------------------------------------------

    def _selected_regulation(self):
        rows = self.ui.regulationsTable.selectionModel().selectedRows()
        return self.regulations[rows[0].row()] if rows else None

    def _on_regulationsTable_selection(self) -> None:
        reg = self._selected_regulation()
        if reg is not None:
            self.ui.statusCombo.setCurrentIndex(self.ui.statusCombo.findData(reg.status))

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

    def _on_faq_failed(self, exc: Exception) -> None:
        from kppn_desktop.domain.errors import ValidationError  # noqa: PLC0415

        self.ui.faqMessage.setStyleSheet(ERROR_STYLE)
        if isinstance(exc, ValidationError):
            self.faq_errors.show(exc)
        else:
            show_exception(self, exc)

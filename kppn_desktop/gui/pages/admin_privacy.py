"""Data pribadi (UU 27/2022): the anonymisation run at the end of the retention period, a person's
data for their access request, and the record of processing. Every call runs on the worker."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.gui.forms.ui_admin_privacy import Ui_PrivacyTab
from kppn_desktop.gui.language import i18n
from kppn_desktop.gui.pages.admin_common import LatestLoader, attempt, show_message
from kppn_desktop.gui.startup.errors import show_exception
from kppn_desktop.gui.widgets.common import FieldErrors
from kppn_desktop.services import privacy


def ask_folder(parent: QWidget) -> str:
    """The folder the export goes to ('' when cancelled); replaced in the tests."""
    return QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("PrivacyTab", "Simpan data pribadi ke folder"))


def write_export(folder: str, found: privacy.AccessExport, stamp: str) -> Path:
    """The JSON and the PDF side by side (worker thread); returns their common stem."""
    stem = Path(folder) / f"data-pribadi-{stamp}"
    stem.with_suffix(".json").write_bytes(found.json)
    stem.with_suffix(".pdf").write_bytes(found.pdf)
    return stem


class PrivacyTab(QWidget):
    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = ui = Ui_PrivacyTab()
        ui.setupUi(self)
        self.confirmation: QMessageBox | None = None
        self.busy = False
        self.errors = FieldErrors({"name": (ui.nameEdit, ui.nameError),
                                   "phone": (ui.phoneEdit, ui.phoneError),
                                   "email": (ui.emailEdit, ui.emailError)})
        for label in (ui.anonymiseStatus, ui.exportStatus):
            show_message(label, "")
        actor = session.actor
        self.loader = LatestLoader(session.runner, lambda: privacy.processing_record(actor),
                                   self._on_record_loaded, self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.anonymiseButton.clicked.connect(self._on_anonymiseButton_clicked)
        self.ui.exportButton.clicked.connect(self._on_exportButton_clicked)

    def refresh(self) -> None:
        self.loader.start()

    def _on_record_loaded(self, record: privacy.ProcessingRecord) -> None:
        self.ui.recordView.setPlainText(record.text())

    # --- anonymisation: count on the worker, confirm, run on the worker ----------------------

    def _on_anonymiseButton_clicked(self) -> None:
        if not self.busy:
            self._run(privacy.plan_anonymisation, self._on_planned,
                      self.tr("Menghitung data yang masa simpannya berakhir…"))

    def _run(self, service, on_done, message: str) -> None:
        """``service(actor)`` on the worker, the button disabled and ``message`` shown meanwhile."""
        self._set_busy(True, message)
        actor = self.session.actor
        self.session.runner.run(lambda: service(actor), on_done, self._on_failed, owner=self)

    def _on_planned(self, plan: privacy.AnonymisationPlan) -> None:
        self._set_busy(False, "")
        if not plan.consultations and not plan.stakeholders:
            show_message(self.ui.anonymiseStatus, i18n.message(plan.message))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Anonimkan data pribadi"),
                          i18n.message(plan.message) + "\n\n" + self.tr(
                              "Data pribadi ini dihapus untuk selamanya dan tidak dapat "
                              "dikembalikan. Lanjutkan?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Yes).setText(
            self.tr("Anonimkan {n} konsultasi").format(n=plan.consultations))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.confirmation = box
        box.finished.connect(self._on_confirmation_finished)
        box.open()

    def _on_confirmation_finished(self, result: int) -> None:
        box, self.confirmation = self.confirmation, None
        if box is not None:
            box.deleteLater()
        if result != QMessageBox.StandardButton.Yes:
            return
        self._run(privacy.anonymise, self._on_anonymised,
                  self.tr("Menganonimkan… Anda dapat terus bekerja."))

    def _on_anonymised(self, done: privacy.AnonymisationPlan) -> None:
        self._set_busy(False, i18n.message(done.message))
        self.session.changed()          # lists show the marked text; the record its last run

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False, "")
        show_exception(self, exc)

    def _set_busy(self, busy: bool, text: str) -> None:
        self.busy = busy
        self.ui.anonymiseButton.setEnabled(not busy)
        show_message(self.ui.anonymiseStatus, text)

    # --- a person's data ------------------------------------------------------------------------

    def _on_exportButton_clicked(self) -> None:
        name, phone = self.ui.nameEdit.text(), self.ui.phoneEdit.text()
        email = self.ui.emailEdit.text()
        if not (name.strip() or phone.strip() or email.strip()):
            self.errors.clear()
            self.errors.show(ValidationError({"name": self.tr(
                "Isi sedikitnya satu: nama, telepon atau e-mail orang yang meminta datanya.")}))
            return
        folder = ask_folder(self)
        if not folder:
            return
        actor = self.session.actor
        stamp = f"{dt.datetime.now():%Y%m%d-%H%M%S}"
        show_message(self.ui.exportStatus, self.tr("Mengumpulkan data…"))

        def export():
            found = privacy.access_export(actor, name=name, phone=phone, email=email)
            return found, write_export(folder, found, stamp)

        def done(result) -> None:
            found, stem = result
            show_message(self.ui.exportStatus, self.tr("{message} Disimpan: {path}.json dan "
                                                       ".pdf").format(message=i18n.message(found.message),
                                                                      path=str(stem)))

        attempt(self, self.errors, export, done,
                on_failed=lambda: show_message(self.ui.exportStatus, ""))

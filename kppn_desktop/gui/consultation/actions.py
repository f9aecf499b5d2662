"""The dialogs of the consultation window's actions: resolve, escalate, move an escalation,
progress, Kepala Seksi response, reopen, request documents, documents received, and removing an
attachment.

Each dialog calls one service with the version its window loaded, on the session's worker (the
window never freezes on a slow database); OK is disabled meanwhile. Bad input: the messages appear
beside the fields and everything typed stays. Another workstation changed the consultation:
the conflict is shown, the dialog stays open with its text, and ``conflict`` asks the window to
reload, so the next OK saves against the new version."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QWidget,
)

from kppn_desktop.domain import validation
from kppn_desktop.domain.errors import ConflictError, ValidationError
from kppn_desktop.domain.texts import N_
from kppn_desktop.domain.workflow import Action
from kppn_desktop.gui.consultation.jobs import attach_paths
from kppn_desktop.gui.consultation.library_panel import LibraryPanel
from kppn_desktop.gui.forms.ui_action_documents_received import Ui_DocumentsReceivedDialog
from kppn_desktop.gui.forms.ui_action_escalate import Ui_EscalateDialog
from kppn_desktop.gui.forms.ui_action_kasi_response import Ui_KasiResponseDialog
from kppn_desktop.gui.forms.ui_action_progress import Ui_ProgressDialog
from kppn_desktop.gui.forms.ui_action_remove_attachment import Ui_RemoveAttachmentDialog
from kppn_desktop.gui.forms.ui_action_reopen import Ui_ReopenDialog
from kppn_desktop.gui.forms.ui_action_request_documents import Ui_RequestDocumentsDialog
from kppn_desktop.gui.forms.ui_action_reroute import Ui_RerouteDialog
from kppn_desktop.gui.forms.ui_action_resolve import Ui_ResolveDialog
from kppn_desktop.gui.language import i18n
from kppn_desktop.gui.startup.errors import show_exception
from kppn_desktop.gui.widgets.common import FieldErrors
from kppn_desktop.services import attachments, consultations


def plain(edit) -> str:
    return edit.toPlainText()


#: workflow action -> its dialog; filled by each ``ActionDialog`` subclass that names its ``action``.
DIALOGS: dict[Action, type[ActionDialog]] = {}


class ActionDialog(QDialog):
    """One action on one consultation. ``version()`` gives the version the window holds now
    (it changes when the window reloads after a conflict). ``saved`` carries the service's result
    after success; the dialog is then accepted.

    A subclass names the workflow ``action`` it takes: it is then the dialog of that action
    (``DIALOGS``), opened by the consultation window's button of the same action with the
    keyword arguments its ``options`` takes from the window."""

    #: The workflow action taken; a subclass that names one registers itself in ``DIALOGS``.
    action: ClassVar[Action | None] = None
    form_class: type = type(None)
    ok_text = N_("Simpan")
    saved = Signal(object)
    conflict = Signal()

    def __init__(self, session, consultation_id: int, version: Callable[[], int],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.consultation_id = consultation_id
        self.version = version
        self.ui = self.form_class()
        self.ui.setupUi(self)
        self.ok_button = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(i18n.message(self.ok_text))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.errors = FieldErrors(self.fields(), fallback=self.ui.generalError)
        self._busy = False
        # Multi-line fields keep Enter for new lines; Ctrl+Enter saves from anywhere.
        self.submit_shortcuts = [QShortcut(QKeySequence(key), self)
                                 for key in ("Ctrl+Return", "Ctrl+Enter")]
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.buttons.accepted.connect(self._on_buttons_accepted)
        self.ui.buttons.rejected.connect(self.reject)
        for shortcut in self.submit_shortcuts:
            shortcut.activated.connect(self._on_buttons_accepted)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("action") is not None:
            DIALOGS[cls.action] = cls

    @classmethod
    def options(cls, window) -> dict | None:
        """The keyword arguments this dialog needs from the consultation window (its ``detail``,
        its ``data``, the selection); none by default. None: there is nothing to act on (no
        attachment chosen), and no dialog opens."""
        return {}

    def fields(self) -> dict:
        """Service field name -> (input widget, its error label)."""
        raise NotImplementedError

    def perform(self, actor, consultation_id: int, expected_version: int) -> Callable[[], Any]:
        """Read the fields (here, on the GUI thread) and return the service call to make on the
        worker."""
        raise NotImplementedError

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)
        self.ok_button.setText(self.tr("Menyimpan…") if busy else i18n.message(self.ok_text))

    def _on_buttons_accepted(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        call = self.perform(self.session.actor, self.consultation_id, self.version())
        self._set_busy(True)
        self.session.runner.run(call, self._on_saved, self._on_failed)

    def _on_saved(self, result) -> None:
        self._set_busy(False)
        self.accept()
        self.saved.emit(result)

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationError):
            self.errors.show(exc)
        elif isinstance(exc, ConflictError):
            show_exception(self, exc)
            self.conflict.emit()
        else:   # shown to the user; the dialog keeps the text
            show_exception(self, exc)


class ResolveDialog(ActionDialog):
    """The answer, and the regulation it rests on: typed, or an article picked from the library
    (stored as a link to it). ``question``: the library is first asked with it."""

    action = Action.RESOLVE
    form_class = Ui_ResolveDialog
    ok_text = N_("Selesaikan")

    @classmethod
    def options(cls, window) -> dict:
        return {"question": window.detail.question}

    def __init__(self, session, consultation_id, version, *, question: str = "", parent=None):
        super().__init__(session, consultation_id, version, parent)
        #: The article cited, while the regulation field still shows its citation.
        self.article: tuple[int, str] | None = None
        self.library = LibraryPanel(session, self, actions=True)
        self.ui.layout.insertWidget(self.ui.layout.indexOf(self.ui.generalError), self.library, 1)
        self.ui.librarySearchEdit.textChanged.connect(self._on_librarySearchEdit_textChanged)
        self.ui.regulationEdit.textEdited.connect(self._on_regulationEdit_textEdited)
        self.library.article_chosen.connect(self._on_library_article_chosen)
        self.library.answer_chosen.connect(self._on_library_answer_chosen)
        if question.strip():
            self.library.search_now(question)

    def _on_librarySearchEdit_textChanged(self, text: str) -> None:
        self.library.set_query(text)

    def _on_library_article_chosen(self, article_id: int, citation: str) -> None:
        self.article = (article_id, citation)
        self.ui.regulationEdit.setText(citation)
        self.ui.regulationEdit.setToolTip(self.tr("Dikutip dari perpustakaan"))

    def _on_regulationEdit_textEdited(self, _text: str) -> None:
        # Typed over by hand: free text again, no longer the library's article.
        self.article = None
        self.ui.regulationEdit.setToolTip("")

    def _on_library_answer_chosen(self, text: str) -> None:
        """The FAQ entry's answer, to be edited: it replaces what was typed only when asked."""
        self.ui.answerEdit.setPlainText(text)
        self.ui.answerEdit.moveCursor(QTextCursor.MoveOperation.End)
        self.ui.answerEdit.setFocus()

    def fields(self) -> dict:
        return {"answer": (self.ui.answerEdit, self.ui.answerError),
                "regulation": (self.ui.regulationEdit, self.ui.regulationError)}

    def offer_kasi_response(self, kasi: str, note: str) -> None:
        """The Kepala Seksi's response fills an empty answer, to be checked and sent on: the CSO
        no longer types it again."""
        if note and not plain(self.ui.answerEdit).strip():
            self.ui.answerEdit.setPlainText(note)
            self.ui.answerEdit.setToolTip(
                self.tr("Diisi dari tanggapan Kepala Seksi ({name}); periksa sebelum "
                        "menyelesaikan.").format(name=kasi))

    def perform(self, actor, consultation_id, expected_version):
        answer, regulation = plain(self.ui.answerEdit), self.ui.regulationEdit.text()
        article_id = self.article[0] if self.article else None
        return lambda: consultations.resolve(actor, consultation_id, answer, regulation,
                                             expected_version=expected_version,
                                             article_id=article_id)


class HeadlessWarning(QLabel):
    """Beside a section combo: warns before a consultation goes to a section where no active
    Kepala Seksi works (nobody's inbox would show it). ``sections_with_head`` None: not known."""

    def __init__(self, combo, sections_with_head, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("noHeadWarning")
        self.setWordWrap(True)
        self.setStyleSheet("color: #8a5300;")
        self.combo, self.sections_with_head = combo, sections_with_head
        combo.currentIndexChanged.connect(self._on_combo_currentIndexChanged)
        self._on_combo_currentIndexChanged()

    def _on_combo_currentIndexChanged(self, *_args) -> None:
        section = self.combo.currentData()
        headless = (self.sections_with_head is not None and section is not None
                    and section not in self.sections_with_head)
        self.setText(self.tr(
            "Seksi ini belum memiliki Kepala Seksi yang aktif: konsultasi ini tidak akan muncul "
            "di kotak masuk siapa pun. Pilih seksi lain, atau minta administrator menetapkan "
            "Kepala Seksinya.") if headless else "")
        self.setVisible(headless)


def _fill_sections(combo, sections, chosen: int | None, *, leave_out: int | None = None) -> None:
    combo.addItem(QCoreApplication.translate("ActionDialog", "— pilih seksi —"), None)
    for section in sections:
        if section.id != leave_out:
            combo.addItem(section.name, section.id)
    index = combo.findData(chosen) if chosen is not None else -1
    combo.setCurrentIndex(max(index, 0))


class EscalateDialog(ActionDialog):
    """``sections``: [SectionInfo]; the consultation's own section is chosen first, and the
    stakeholder's name and phone are offered as the contact person."""

    action = Action.ESCALATE
    form_class = Ui_EscalateDialog
    ok_text = N_("Eskalasi")

    @classmethod
    def options(cls, window) -> dict:
        detail = window.detail
        return {"sections": window.data.sections, "section_id": detail.summary.section_id,
                "sections_with_head": window.data.sections_with_head,
                "contact_person": detail.contact_person or detail.stakeholder.name,
                "contact_phone": detail.contact_phone or detail.stakeholder.phone}

    def __init__(self, session, consultation_id, version, *, sections, section_id=None,
                 contact_person: str = "", contact_phone: str = "", parent=None,
                 sections_with_head=None):
        super().__init__(session, consultation_id, version, parent)
        _fill_sections(self.ui.sectionCombo, sections, section_id)
        self.noHeadWarning = HeadlessWarning(self.ui.sectionCombo, sections_with_head, self)
        self.ui.form.insertRow(2, "", self.noHeadWarning)
        self.ui.contactPersonEdit.setText(contact_person)
        self.ui.contactPhoneEdit.setText(contact_phone)

    def fields(self) -> dict:
        ui = self.ui
        return {"section": (ui.sectionCombo, ui.sectionError),
                "reason": (ui.reasonEdit, ui.reasonError),
                "contact_person": (ui.contactPersonEdit, ui.contactPersonError),
                "contact_phone": (ui.contactPhoneEdit, ui.contactPhoneError)}

    def perform(self, actor, consultation_id, expected_version):
        ui = self.ui
        values = {"section_id": ui.sectionCombo.currentData(), "reason": plain(ui.reasonEdit),
                  "contact_person": ui.contactPersonEdit.text(),
                  "contact_phone": ui.contactPhoneEdit.text()}
        return lambda: consultations.escalate(actor, consultation_id, **values,
                                              expected_version=expected_version)


class RerouteDialog(ActionDialog):
    """Moves an escalated consultation to another section's Kepala Seksi; its clocks run on."""

    action = Action.REROUTE
    form_class = Ui_RerouteDialog
    ok_text = N_("Pindahkan")

    @classmethod
    def options(cls, window) -> dict:
        return {"sections": window.data.sections,
                "section_id": window.detail.summary.section_id,
                "sections_with_head": window.data.sections_with_head}

    def __init__(self, session, consultation_id, version, *, sections, section_id=None,
                 sections_with_head=None, parent=None):
        super().__init__(session, consultation_id, version, parent)
        current = next((s.name for s in sections if s.id == section_id), "")
        self.ui.currentLabel.setText(current or self.tr("(tidak diketahui)"))
        _fill_sections(self.ui.sectionCombo, sections, None, leave_out=section_id)
        self.noHeadWarning = HeadlessWarning(self.ui.sectionCombo, sections_with_head, self)
        self.ui.form.insertRow(3, "", self.noHeadWarning)

    def fields(self) -> dict:
        return {"section": (self.ui.sectionCombo, self.ui.sectionError),
                "reason": (self.ui.reasonEdit, self.ui.reasonError)}

    def perform(self, actor, consultation_id, expected_version):
        section_id, reason = self.ui.sectionCombo.currentData(), plain(self.ui.reasonEdit)
        return lambda: consultations.reroute_escalation(
            actor, consultation_id, section_id=section_id, reason=reason,
            expected_version=expected_version)


class ProgressDialog(ActionDialog):
    action = Action.PROGRESS_UPDATE
    form_class = Ui_ProgressDialog
    ok_text = N_("Catat progres")

    @classmethod
    def options(cls, window) -> dict:
        return {"channel": window.detail.summary.channel}

    def __init__(self, session, consultation_id, version, *, channel: str = "", parent=None):
        super().__init__(session, consultation_id, version, parent)
        for code, label in validation.CHANNELS:
            self.ui.channelCombo.addItem(i18n.message(label), code)
        self.ui.channelCombo.setCurrentIndex(max(self.ui.channelCombo.findData(channel), 0))

    def fields(self) -> dict:
        return {"channel": (self.ui.channelCombo, self.ui.channelError),
                "note": (self.ui.noteEdit, self.ui.noteError)}

    def perform(self, actor, consultation_id, expected_version):
        note, channel = plain(self.ui.noteEdit), self.ui.channelCombo.currentData()
        return lambda: consultations.record_progress(actor, consultation_id, note,
                                                     channel=channel,
                                                     expected_version=expected_version)


class KasiResponseDialog(ActionDialog):
    action = Action.KASI_RESPONSE
    form_class = Ui_KasiResponseDialog
    ok_text = N_("Simpan tanggapan")

    def fields(self) -> dict:
        return {"note": (self.ui.noteEdit, self.ui.noteError)}

    def perform(self, actor, consultation_id, expected_version):
        note = plain(self.ui.noteEdit)
        return lambda: consultations.kasi_respond(actor, consultation_id, note,
                                                  expected_version=expected_version)


class ReopenDialog(ActionDialog):
    action = Action.REOPEN
    form_class = Ui_ReopenDialog
    ok_text = N_("Buka kembali")

    def fields(self) -> dict:
        return {"reason": (self.ui.reasonEdit, self.ui.reasonError)}

    def perform(self, actor, consultation_id, expected_version):
        reason = plain(self.ui.reasonEdit)
        return lambda: consultations.reopen(actor, consultation_id, reason,
                                            expected_version=expected_version)


class RequestDocumentsDialog(ActionDialog):
    action = Action.REQUEST_DOCUMENTS
    form_class = Ui_RequestDocumentsDialog
    ok_text = N_("Minta dokumen")

    def fields(self) -> dict:
        return {"description": (self.ui.descriptionEdit, self.ui.descriptionError)}

    def perform(self, actor, consultation_id, expected_version):
        description = plain(self.ui.descriptionEdit)
        return lambda: consultations.request_documents(actor, consultation_id, description,
                                                       expected_version=expected_version)


class DocumentsReceivedDialog(ActionDialog):
    """Records the documents received, and attaches the files that came with them (files are
    chosen here; ``choose_files`` is the consultation window's, replaceable in tests)."""

    action = Action.RECEIVE_DOCUMENTS
    form_class = Ui_DocumentsReceivedDialog
    ok_text = N_("Catat diterima")

    @classmethod
    def options(cls, window) -> dict:
        return {"choose_files": lambda: window.choose_files()}

    def __init__(self, session, consultation_id, version, *, choose_files=None, parent=None):
        super().__init__(session, consultation_id, version, parent)
        self.choose_files = choose_files or (lambda: [])
        self.paths: list[str] = []
        #: What could not be attached once saved (shown by the window beside its attachments).
        self.attach_problems: list[str] = []
        self.filesList = QListWidget(self)
        self.filesList.setObjectName("filesList")
        self.filesList.setMaximumHeight(80)
        self.addFilesButton = QPushButton(self.tr("&Lampirkan berkas yang diterima…"), self)
        self.addFilesButton.setObjectName("addFilesButton")
        self.addFilesButton.setAutoDefault(False)
        self.addFilesButton.clicked.connect(self._on_addFilesButton_clicked)
        self.ui.form.addRow(self.tr("Berkas"), self.filesList)
        self.ui.form.addRow("", self.addFilesButton)
        self.filesList.hide()

    def _on_addFilesButton_clicked(self) -> None:
        for path in self.choose_files():
            if path not in self.paths:
                self.paths.append(path)
                self.filesList.addItem(Path(path).name)
        self.filesList.setVisible(bool(self.paths))

    def fields(self) -> dict:
        return {"note": (self.ui.noteEdit, self.ui.noteError)}

    def perform(self, actor, consultation_id, expected_version):
        note, paths = plain(self.ui.noteEdit), list(self.paths)

        def call():
            summary = consultations.record_documents_received(
                actor, consultation_id, note, expected_version=expected_version)
            return summary, attach_paths(actor, consultation_id, paths) if paths else ([], [])
        return call

    def _on_saved(self, result) -> None:
        _summary, (_added, problems) = result
        self.attach_problems = problems
        super()._on_saved(result)


class RemoveAttachmentDialog(ActionDialog):
    """Withdraws one attachment with a reason (attachments carry no consultation version)."""

    action = Action.REMOVE_ATTACHMENT
    form_class = Ui_RemoveAttachmentDialog
    ok_text = N_("Hapus lampiran")

    @classmethod
    def options(cls, window) -> dict | None:
        info = window.selected_attachment()
        if info is None or info.removed_at is not None:
            return None         # nothing (left) to remove
        return {"attachment": info}

    def __init__(self, session, consultation_id, version, *, attachment, parent=None):
        super().__init__(session, consultation_id, version, parent)
        self.attachment = attachment
        self.ui.titleLabel.setText(self.tr("Hapus lampiran \u201c{name}\u201d").format(
            name=attachment.filename))

    def fields(self) -> dict:
        return {"reason": (self.ui.reasonEdit, self.ui.reasonError)}

    def perform(self, actor, consultation_id, expected_version):
        attachment_id, reason = self.attachment.id, plain(self.ui.reasonEdit)
        return lambda: attachments.remove_attachment(actor, attachment_id, reason)


__all__ = ["DIALOGS", "ActionDialog", "DocumentsReceivedDialog", "EscalateDialog",
           "HeadlessWarning", "KasiResponseDialog", "ProgressDialog", "RemoveAttachmentDialog",
           "ReopenDialog", "RequestDocumentsDialog", "RerouteDialog", "ResolveDialog"]

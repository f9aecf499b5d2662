"""The dialogs of the Pengguna tab: add or edit a user, and reset a password. Each stays open with
what was typed when the service refuses, and shows the message beside the field."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kppn_desktop.domain import workflow
from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.gui.forms.ui_admin_password_dialog import Ui_PasswordDialog
from kppn_desktop.gui.forms.ui_admin_user_dialog import Ui_UserDialog
from kppn_desktop.gui.language import i18n
from kppn_desktop.gui.pages.admin_common import attempt, show_message
from kppn_desktop.gui.startup.errors import show_exception
from kppn_desktop.gui.widgets.common import FieldErrors, digits_only
from kppn_desktop.services import users
from kppn_desktop.services.office import SectionInfo
from kppn_desktop.services.users import UserInfo


def _mismatch(dialog: QDialog) -> ValidationError:
    return ValidationError(
        {"confirm": QCoreApplication.translate(
            "UserDialog", "Ulangan kata sandi tidak sama dengan kata sandi.")})


class UserDialog(QDialog):
    """Adds a user (``user`` None) or edits one. ``saved`` holds the stored :class:`UserInfo`."""

    def __init__(self, session, sections: list[SectionInfo], user: UserInfo | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.user = user
        self.version = user.version if user else 0
        self.saved: UserInfo | None = None
        self.ui = ui = Ui_UserDialog()
        ui.setupUi(self)
        for role, label in workflow.ROLE_LABELS.items():
            ui.roleCombo.addItem(i18n.message(label), role.value)
        ui.sectionCombo.addItem(self.tr("— tanpa seksi —"), None)
        for section in sections:
            if section.active or (user and section.id == user.section_id):
                ui.sectionCombo.addItem(f"{section.code} — {section.name}", section.id)
        self.errors = FieldErrors({
            "username": (ui.usernameEdit, ui.usernameError),
            "full_name": (ui.fullNameEdit, ui.full_nameError),
            "nip": (ui.nipEdit, ui.nipError),
            "role": (ui.roleCombo, ui.roleError),
            "section": (ui.sectionCombo, ui.sectionError),
            "password": (ui.passwordEdit, ui.passwordError),
            "confirm": (ui.confirmEdit, ui.confirmError),
        }, ui.generalError)
        digits_only(ui.nipEdit, ui.nipError, 18)
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if user is None:
            self.setWindowTitle(self.tr("Tambah pengguna"))
            ok.setText(self.tr("&Tambahkan"))
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(workflow.Role.CSO.value))
            ui.form.setRowVisible(ui.activeCheck, False)
        else:
            self.setWindowTitle(self.tr("Ubah pengguna — {name}").format(name=user.username))
            ok.setText(self.tr("&Simpan"))
            ui.usernameEdit.setText(user.username)
            ui.usernameEdit.setReadOnly(True)
            ui.fullNameEdit.setText(user.full_name)
            ui.nipEdit.setText(user.nip)
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(user.role))
            ui.sectionCombo.setCurrentIndex(max(0, ui.sectionCombo.findData(user.section_id)))
            ui.activeCheck.setChecked(user.active)
            for label in (ui.passwordLabel, ui.confirmLabel):
                ui.form.setRowVisible(label, False)
            ui.fullNameEdit.setFocus()
        self._connect_signals()
        self._on_roleCombo_currentIndexChanged(ui.roleCombo.currentIndex())

    def _connect_signals(self) -> None:
        self.ui.buttons.accepted.connect(self._on_buttons_accepted)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.roleCombo.currentIndexChanged.connect(self._on_roleCombo_currentIndexChanged)

    def _on_roleCombo_currentIndexChanged(self, _index: int) -> None:
        kasi = self.ui.roleCombo.currentData() == workflow.Role.KASI.value
        self.ui.sectionLabel.setText(self.tr("&Seksi (wajib)") if kasi else self.tr("&Seksi"))

    def _on_buttons_accepted(self) -> None:
        ui = self.ui
        actor = self.session.actor
        role, section = ui.roleCombo.currentData(), ui.sectionCombo.currentData()
        if self.user is None:
            if ui.passwordEdit.text() != ui.confirmEdit.text():
                self.errors.show(_mismatch(self))
                return
            username, full_name, password, nip = (ui.usernameEdit.text(), ui.fullNameEdit.text(),
                                                  ui.passwordEdit.text(), ui.nipEdit.text())
            attempt(self, self.errors, lambda: users.add_user(
                actor, username, full_name, role, password, nip=nip, section_id=section),
                self._on_saved)
        else:
            user_id, version = self.user.id, self.version
            values = {"full_name": ui.fullNameEdit.text(), "role": role, "nip": ui.nipEdit.text(),
                      "section_id": section, "active": ui.activeCheck.isChecked()}
            attempt(self, self.errors, lambda: users.update_user(
                actor, user_id, **values, expected_version=version), self._on_saved,
                on_conflict=self._on_conflict)

    def _on_saved(self, saved) -> None:
        self.saved = saved
        self.accept()

    def _on_conflict(self) -> None:
        """Someone changed this user meanwhile: take their version, keep what is typed, and say
        that saving again replaces their change. Read on the worker."""
        actor, user_id = self.session.actor, self.user.id
        self.session.runner.run(
            lambda: next((u for u in users.list_users(actor) if u.id == user_id), None),
            self._on_latest_loaded, lambda exc: show_exception(self, exc), owner=self)

    def _on_latest_loaded(self, latest) -> None:
        if latest is None:
            return
        self.version = latest.version
        show_message(self.ui.generalError, self.tr(
            "Data terbaru di basis data: {name}, {role}, {state}. Isian Anda tetap di sini; tekan "
            "Simpan sekali lagi untuk menimpanya, atau Batal.").format(
            name=latest.full_name, role=i18n.message(latest.role_label),
            state=self.tr("aktif") if latest.active else self.tr("nonaktif")))


class PasswordDialog(QDialog):
    """Sets a new password for ``user``. For one's own account the old password is asked too."""

    def __init__(self, session, user: UserInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.user = user
        self.ui = ui = Ui_PasswordDialog()
        ui.setupUi(self)
        self.own = user.id == session.actor.user_id
        ui.userLabel.setText(self.tr("Kata sandi baru untuk <b>{name}</b> ({username}).").format(
            name=user.full_name, username=user.username))
        ui.form.setRowVisible(ui.oldPasswordLabel, self.own)
        (ui.oldPasswordEdit if self.own else ui.newPasswordEdit).setFocus()
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Simpan"))
        self.errors = FieldErrors({
            "old_password": (ui.oldPasswordEdit, ui.old_passwordError),
            "new_password": (ui.newPasswordEdit, ui.new_passwordError),
            "confirm": (ui.confirmEdit, ui.confirmError),
        }, ui.generalError)
        self.done_ok = False
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.buttons.accepted.connect(self._on_buttons_accepted)
        self.ui.buttons.rejected.connect(self.reject)

    def _on_buttons_accepted(self) -> None:
        ui = self.ui
        if ui.newPasswordEdit.text() != ui.confirmEdit.text():
            self.errors.show(_mismatch(self))
            return
        actor, user_id, password = self.session.actor, self.user.id, ui.newPasswordEdit.text()
        old = ui.oldPasswordEdit.text() if self.own else None

        def changed(_result) -> None:
            self.done_ok = True
            self.accept()

        attempt(self, self.errors, lambda: users.set_password(
            actor, user_id, password, old_password=old), changed)

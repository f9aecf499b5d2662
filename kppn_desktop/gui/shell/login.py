"""Logging in, and unlocking a workstation that locked itself while idle. The password is checked
on a worker, so the window never freezes on a slow database."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from kppn_desktop.domain.errors import AuthenticationError
from kppn_desktop.gui.forms.ui_login_dialog import Ui_LoginDialog
from kppn_desktop.gui.language import i18n
from kppn_desktop.gui.startup.errors import show_exception
from kppn_desktop.gui.startup.tasks import TaskRunner
from kppn_desktop.services import users
from kppn_desktop.services.context import Actor


class LoginDialog(QDialog):
    """Asks for user name and password; ``actor`` holds who logged in. With ``locked_for`` set, the
    user name is fixed: only that user (or an administrator) can unlock."""

    def __init__(self, office_name: str = "", locked_for: Actor | None = None,
                 parent: QWidget | None = None, *, username: str = ""):
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.actor: Actor | None = None
        self.locked_for = locked_for
        #: The password is checked on a worker (argon2 and the database take their time).
        self.runner = TaskRunner(self)
        self._checking = False
        if office_name:
            self.ui.officeLabel.setText(self.tr("Layanan Konsultasi Stakeholder — {office}").format(
                office=office_name))
        if locked_for is not None:
            self.setWindowTitle(self.tr("Layar terkunci — KPPN Desktop"))
            self.ui.titleLabel.setText(self.tr("Layar terkunci"))
            self.ui.usernameEdit.setText(locked_for.username)
            self.ui.usernameEdit.setReadOnly(True)
            self.ui.passwordEdit.setFocus()
            self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keluar akun"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Buka kunci") if locked_for else self.tr("Masuk"))
        if username and locked_for is None:     # e.g. the administrator just created
            self.ui.usernameEdit.setText(username)
            self.ui.passwordEdit.setFocus()
        self._office_name = office_name
        for code, name in i18n.LANGUAGES.items():
            self.ui.languageCombo.addItem(name, code)
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(i18n.current()))
        self.ui.languageCombo.setVisible(locked_for is None)
        self.ui.languageLabel.setVisible(locked_for is None)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.ui.buttons.accepted.connect(self._on_buttons_accepted)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.languageCombo.currentIndexChanged.connect(self._on_language_chosen)

    def _on_language_chosen(self, index: int) -> None:
        """The workstation's language: kept, and applied at once (the main window is built
        after the login, so it opens in it; this dialog is translated again)."""
        code = self.ui.languageCombo.itemData(index)
        if not code or code == i18n.current():
            return
        i18n.store_language(code)
        i18n.install(QApplication.instance(), code)
        # Qt's own LanguageChange first (the button box sets its standard texts again on it),
        # then ours over it.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.ui.retranslateUi(self)
        if self._office_name:
            self.ui.officeLabel.setText(self.tr("Layanan Konsultasi Stakeholder — {office}").format(
                office=self._office_name))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Masuk"))
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("QPlatformTheme", "Cancel"))
        self.ui.errorLabel.clear()

    @property
    def checking(self) -> bool:
        """True while the password is being checked (on a worker)."""
        return self._checking

    def _on_buttons_accepted(self) -> None:
        if self._checking:
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username or not password:
            self.ui.errorLabel.setText(self.tr("Isi nama pengguna dan kata sandi."))
            return
        self._set_checking(True)
        self.runner.run(lambda: users.login(username, password), self._on_checked,
                        self._on_check_failed)

    def _set_checking(self, checking: bool) -> None:
        self._checking = checking
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not checking)
        if checking:
            self.ui.errorLabel.setText("")

    def _on_checked(self, actor: Actor) -> None:
        self._set_checking(False)
        if self.locked_for is not None and actor.user_id != self.locked_for.user_id:
            self.ui.errorLabel.setText(
                self.tr("Layar ini hanya dapat dibuka oleh pengguna yang sedang masuk."))
            return
        self.actor = actor
        self.accept()

    def _on_check_failed(self, exc: Exception) -> None:
        self._set_checking(False)
        if isinstance(exc, AuthenticationError):
            self.ui.errorLabel.setText(i18n.error_text(exc))
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
        else:
            show_exception(self, exc)

"""First run on an empty database: the office profile (prefilled with KPPN Majene), then the first
administrator. Nothing typed is lost when a page has a mistake or the user goes back."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from kppn_desktop.domain.errors import ValidationError
from kppn_desktop.gui.forms.ui_setup_wizard import Ui_SetupWizard
from kppn_desktop.gui.pages.admin_common import attempt
from kppn_desktop.gui.pages.admin_profile import OfficeProfileForm
from kppn_desktop.gui.startup.tasks import TaskRunner
from kppn_desktop.gui.widgets.common import FieldErrors
from kppn_desktop.services import office
from kppn_desktop.services.context import Actor
from kppn_desktop.services.office import OfficeProfile

PROFILE_PAGE, ADMIN_PAGE = 0, 1


class SetupWizard(QDialog):
    """``exec()`` returns Accepted once the office and its administrator exist; ``admin`` is then
    the administrator (the login dialog follows)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self.admin: Actor | None = None
        self.runner = TaskRunner(self)
        self.profile_form = OfficeProfileForm(self, fallback=self.ui.generalError)
        self.ui.profileHolder.addWidget(self.profile_form)
        self.profile_form.set_profile(OfficeProfile())
        ui = self.ui
        self.admin_errors = FieldErrors({
            "username": (ui.usernameEdit, ui.usernameError),
            "full_name": (ui.fullNameEdit, ui.full_nameError),
            "password": (ui.passwordEdit, ui.passwordError),
            "confirm": (ui.confirmEdit, ui.confirmError),
        }, ui.generalError)
        self.setTabOrder(self.profile_form.ui.websiteEdit, ui.backButton)
        # User names are kept in lower case: said beside the field as it happens, not silently.
        self.usernameNote = QLabel(self.tr("Nama pengguna selalu disimpan dengan huruf kecil."))
        self.usernameNote.setObjectName("usernameNote")
        self.usernameNote.setStyleSheet("color: #555;")
        self.usernameNote.hide()
        ui.usernameEditBox.addWidget(self.usernameNote)
        self._connect_signals()
        self._go(PROFILE_PAGE)

    def _connect_signals(self) -> None:
        self.ui.nextButton.clicked.connect(self._on_nextButton_clicked)
        self.ui.backButton.clicked.connect(self._on_backButton_clicked)
        self.ui.finishButton.clicked.connect(self._on_finishButton_clicked)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.usernameEdit.textEdited.connect(self._on_usernameEdit_textEdited)

    def _on_usernameEdit_textEdited(self, text: str) -> None:
        lower = text.lower()
        if lower != text:
            edit = self.ui.usernameEdit
            position = edit.cursorPosition()
            edit.setText(lower)
            edit.setCursorPosition(position)
            self.usernameNote.show()

    @property
    def page(self) -> int:
        return self.ui.stack.currentIndex()

    def _go(self, page: int) -> None:
        ui = self.ui
        ui.stack.setCurrentIndex(page)
        first = page == PROFILE_PAGE
        ui.stepLabel.setText(self.tr("Langkah 1 dari 2: profil kantor") if first
                             else self.tr("Langkah 2 dari 2: administrator pertama"))
        ui.backButton.setEnabled(not first)
        ui.nextButton.setVisible(first)
        ui.finishButton.setVisible(not first)
        ui.nextButton.setDefault(first)
        ui.finishButton.setDefault(not first)
        (self.profile_form.ui.codeEdit if first else ui.usernameEdit).setFocus()

    def _profile_ok(self) -> bool:
        """Check the profile page; its mistakes are shown beside its fields."""
        self.profile_form.errors.clear()
        try:
            self.profile_form.profile().validated()
        except ValidationError as exc:
            self.profile_form.errors.show(exc)
            return False
        return True

    def _on_nextButton_clicked(self) -> None:
        if self._profile_ok():
            self._go(ADMIN_PAGE)

    def _on_backButton_clicked(self) -> None:
        self.admin_errors.clear()
        self._go(PROFILE_PAGE)

    def _on_finishButton_clicked(self) -> None:
        ui = self.ui
        self.admin_errors.clear()
        if not self._profile_ok():
            self._go(PROFILE_PAGE)
            return
        if ui.passwordEdit.text() != ui.confirmEdit.text():
            self.admin_errors.show(ValidationError(
                {"confirm": self.tr("Ulangan kata sandi tidak sama dengan kata sandi.")}))
            return
        profile = self.profile_form.profile()
        username, full_name, password = (ui.usernameEdit.text(), ui.fullNameEdit.text(),
                                         ui.passwordEdit.text())
        ui.finishButton.setEnabled(False)
        attempt(self, self.admin_errors, lambda: office.setup_office(
            profile, admin_username=username, admin_full_name=full_name,
            admin_password=password), self._on_set_up, on_failed=self._on_setup_failed,
            runner=self.runner)

    def _on_set_up(self, admin) -> None:
        self.ui.finishButton.setEnabled(True)
        self.admin = admin
        self.accept()

    def _on_setup_failed(self) -> None:
        self.ui.finishButton.setEnabled(True)
        self._route_profile_errors()

    def _route_profile_errors(self) -> None:
        """A profile message the service found (not caught by the page check) goes back beside its
        field on page 1."""
        if self.ui.generalError.text() and not self._profile_ok():
            self._go(PROFILE_PAGE)


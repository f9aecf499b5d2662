"""Pengguna: every user with role, section and status; add, edit and reset a password through
dialogs (opened window-modal, so the page keeps running)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from kppn_desktop.gui.forms.ui_admin_users import Ui_UsersTab
from kppn_desktop.gui.language import i18n
from kppn_desktop.gui.pages.admin_common import (
    LatestLoader,
    RowsModel,
    attach_model,
    open_dialog,
    selected_row,
    show_rows,
)
from kppn_desktop.gui.pages.admin_user_dialogs import PasswordDialog, UserDialog
from kppn_desktop.services import office, users


class UsersTab(QWidget):
    """``dialog`` is the add/edit/password dialog currently open (None when none is)."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_UsersTab()
        self.ui.setupUi(self)
        self.sections: list = []
        self.dialog: QDialog | None = None
        section_name = self._section_name
        self.model = RowsModel([
            (self.tr("Nama pengguna"), lambda u: u.username),
            (self.tr("Nama lengkap"), lambda u: u.full_name),
            (self.tr("NIP"), lambda u: u.nip),
            (self.tr("Peran"), lambda u: i18n.message(u.role_label)),
            (self.tr("Seksi"), lambda u: section_name(u.section_id)),
            (self.tr("Status"), lambda u: self.tr("Aktif") if u.active else self.tr("Nonaktif")),
        ], self)
        attach_model(self.ui.usersView, self.model)
        actor = session.actor
        self.loader = LatestLoader(
            session.runner,
            lambda: (users.list_users(actor),
                     office.list_sections(active_only=False, office_id=actor.office_id)),
            self._on_loaded, self)
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.ui.addButton.clicked.connect(self._on_addButton_clicked)
        self.ui.editButton.clicked.connect(self._on_editButton_clicked)
        self.ui.passwordButton.clicked.connect(self._on_passwordButton_clicked)
        self.ui.usersView.activated.connect(self._on_editButton_clicked)
        self.ui.usersView.selectionModel().selectionChanged.connect(self._update_buttons)

    def refresh(self) -> None:
        self.loader.start()

    def _section_name(self, section_id: int | None) -> str:
        for section in self.sections:
            if section.id == section_id:
                return section.name
        return ""

    def _on_loaded(self, result) -> None:
        rows, self.sections = result
        show_rows(self.ui.usersView, rows)
        active = sum(1 for u in rows if u.active)
        self.ui.countLabel.setText(self.tr("{n} pengguna, {a} aktif").format(n=len(rows), a=active))
        self._update_buttons()

    def _update_buttons(self, *_args) -> None:
        chosen = selected_row(self.ui.usersView) is not None
        self.ui.editButton.setEnabled(chosen)
        self.ui.passwordButton.setEnabled(chosen)

    def _open(self, dialog: QDialog) -> None:
        open_dialog(self, dialog, lambda _dialog: self.session.changed())

    def _on_addButton_clicked(self) -> None:
        self._open(UserDialog(self.session, self.sections, None, self))

    def _on_editButton_clicked(self, *_args) -> None:
        user = selected_row(self.ui.usersView)
        if user is not None:
            self._open(UserDialog(self.session, self.sections, user, self))

    def _on_passwordButton_clicked(self) -> None:
        user = selected_row(self.ui.usersView)
        if user is not None:
            self._open(PasswordDialog(self.session, user, self))

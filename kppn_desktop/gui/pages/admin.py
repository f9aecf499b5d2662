"""Administrasi: users, sections and categories, office hours and holidays, the service standard
settings, the office profile, and personal data (UU 27/2022), one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kppn_desktop.domain.workflow import OfficeKind
from kppn_desktop.gui.forms.ui_admin_page import Ui_AdminPage
from kppn_desktop.gui.pages.admin_calendar import CalendarTab
from kppn_desktop.gui.pages.admin_catalog import CatalogTab
from kppn_desktop.gui.pages.admin_privacy import PrivacyTab
from kppn_desktop.gui.pages.admin_profile import ProfileTab
from kppn_desktop.gui.pages.admin_standards import StandardTab
from kppn_desktop.gui.pages.admin_users import UsersTab
from kppn_desktop.services import office as office_service


class AdminPage(QWidget):
    """The tabs reload (off the GUI thread) on :meth:`refresh` and whenever the session reports a
    change; a reload never overwrites a form the administrator is editing."""

    def __init__(self, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.ui = Ui_AdminPage()
        self.ui.setupUi(self)
        self.users = UsersTab(session, self)
        self.catalog = CatalogTab(session, self)
        self.calendar = CalendarTab(session, self)
        self.standard = StandardTab(session, self)
        self.profile = ProfileTab(session, self)
        self.privacy = PrivacyTab(session, self)
        self.tabs = (self.users, self.catalog, self.calendar, self.standard, self.profile,
                     self.privacy)
        for tab, holder in zip(self.tabs, (self.ui.usersTabLayout, self.ui.catalogTabLayout,
                                           self.ui.calendarTabLayout, self.ui.standardTabLayout,
                                           self.ui.profileTabLayout, self.ui.privacyTabLayout)):
            holder.addWidget(tab)
        if office_service.office_kind(session.actor.office_id) == OfficeKind.KANWIL:
            self._leave_out_the_desk_s_tabs()
        self._connect_signals()
        self.refresh()

    def _leave_out_the_desk_s_tabs(self) -> None:
        """A Kanwil has no desk: no sections and categories, service standard or consultations'
        personal data of its own. Its administrator keeps its users, calendar (its reports'
        cut-off) and profile."""
        kept = (self.users, self.calendar, self.profile)
        for widget in (self.ui.catalogTab, self.ui.standardTab, self.ui.privacyTab):
            self.ui.tabs.setTabVisible(self.ui.tabs.indexOf(widget), False)
        self.tabs = kept

    def _connect_signals(self) -> None:
        self.session.data_changed.connect(self._on_session_data_changed)

    def refresh(self) -> None:
        for tab in self.tabs:
            tab.refresh()

    def _on_session_data_changed(self) -> None:
        self.refresh()
